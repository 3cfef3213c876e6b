"""Which language the words that reports/ writes (the report, the handout, the Progress page's
headline) take when the user has not chosen one: the app's own."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from companion.reports.wording import ENGLISH, report_languages


def app_report_language() -> str:
    """The report language matching the app's: the first of the locale's languages (as Qt
    picks the app's translation) that a report can be written in; English otherwise."""
    known = report_languages()
    for name in QLocale().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in known:
            return code
    return ENGLISH
