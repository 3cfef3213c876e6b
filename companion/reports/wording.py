"""The report's words in the reader's language, without Qt.

The app's translations are Qt Linguist sources (resources/translations/companion_<lang>.ts);
`companion export` and reports/ cannot import Qt, so this reads the same committed files with
the standard library: one catalogue, for the screen (compiled to .qm) and for the reports.
Only finished messages are used, as lrelease -nounfinished compiles them; anything else stays
English.

Every report word is written as a literal `words.translate("Report", "...")` call, so
pyside6-lupdate extracts it into the .ts files like any `QCoreApplication.translate` call, and
the completeness test covers it. A counted phrase is `translate(context, "%n day(s)", "", n)`,
as in Qt.

Dates and numbers are written as the language writes them (a small table: no locale library
is a dependency, and the process locale is not the reader's): "4 Dec 2026" / "4. Dez. 2026",
"2.5" / "2,5".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

ENGLISH = "en"
AUTOMATIC = ""  # the reader's language: the one the app speaks

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    # Duden's abbreviations: four-letter months are written out, "Juni" and "Juli" too.
    "de": (
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ),
}


@dataclass(frozen=True)
class LocaleFormats:
    """How a language writes a day and a number, and the first day of its week."""

    day: str  # "{d} {month} {y}"
    short_day: str  # "{d} {month}"
    decimal: str
    first_weekday: int  # 0 is Monday, as date.weekday()
    plural: Callable[[int], int] = field(default=lambda n: 0 if n == 1 else 1)


_FORMATS = {
    # British English, as the app's English is: the week starts on Monday.
    "en": LocaleFormats(
        day="{d} {month} {y}", short_day="{d} {month}", decimal=".", first_weekday=0
    ),
    "de": LocaleFormats(
        day="{d}. {month} {y}", short_day="{d}. {month}", decimal=",", first_weekday=0
    ),
}


class UnknownLanguage(ValueError):
    """A report language this build has no words for; the message names the ones it has."""


def translations_folder() -> Path:
    """Where the committed Qt Linguist sources live (shipped in every build)."""
    from companion.paths import resources_dir

    return resources_dir() / "translations"


def report_languages(folder: Path | None = None) -> list[str]:
    """The languages a report can be written in: English and each language with a catalogue."""
    found = {
        path.stem.split("_", 1)[1]
        for path in (folder or translations_folder()).glob("companion_*.ts")
    }
    return sorted(found | {ENGLISH})


def check_report_language(language: str, folder: Path | None = None) -> str:
    """`language` if a report can be written in it; UnknownLanguage otherwise."""
    known = report_languages(folder)
    if language not in known:
        raise UnknownLanguage(
            f"There is no report in {language!r}; choose one of: {', '.join(known)}."
        )
    return language


def _catalogue(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) → finished translation (its plural forms for a counted phrase)."""
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    # A committed file of ours, shipped read-only with the app: not untrusted input.
    root = ElementTree.parse(path).getroot()  # noqa: S314
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete: not shown, as lrelease leaves it
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            text = forms or (translation.text or "",)
            if all(text):
                found[(name, source)] = text
    return found


_COUNT = re.compile(r"%n")


class Wording:
    """The report's words and formats in one language."""

    def __init__(self, language: str = ENGLISH, folder: Path | None = None) -> None:
        self.language = language
        self.formats = _FORMATS.get(language, _FORMATS[ENGLISH])
        self._months = _MONTHS.get(language, _MONTHS[ENGLISH])
        self._messages = _catalogue((folder or translations_folder()) / f"companion_{language}.ts")

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """`text` in this language (as QCoreApplication.translate: "%n" is the count `n`)."""
        forms = self._messages.get((context, text))
        if forms is None:
            forms = (text.replace("(s)", ""), text.replace("(s)", "s")) if n >= 0 else (text,)
        chosen = forms[min(self.formats.plural(n), len(forms) - 1)] if n >= 0 else forms[0]
        return _COUNT.sub(str(n), chosen) if n >= 0 else chosen

    def day(self, day: date) -> str:
        """A day with its year: "4 Dec 2026", "4. Dez. 2026"."""
        return self.formats.day.format(d=day.day, month=self._months[day.month - 1], y=day.year)

    def short_day(self, day: date) -> str:
        """A day without its year: "4 Dec", "4. Dez."."""
        return self.formats.short_day.format(d=day.day, month=self._months[day.month - 1])

    def month(self, day: date) -> str:
        """The month's short name."""
        return self._months[day.month - 1]

    def decimal(self, value: float, places: int = 1, sign: bool = False) -> str:
        """`value` with `places` decimals and the language's decimal mark."""
        text = f"{value:+.{places}f}" if sign else f"{value:.{places}f}"
        return text.replace(".", self.formats.decimal)

    def number(self, value: float | None) -> str:
        """A score as printed: whole numbers without decimals, others with one; "–" for none."""
        if value is None:
            return "–"
        if abs(value - round(value)) < 1e-9:
            return str(round(value))
        return self.decimal(value)


@cache
def wording(language: str = ENGLISH) -> Wording:
    """The report's words in `language` (read once per language)."""
    return Wording(language)
