"""A measure's change (the measures' dialogs, the Progress page's measures chart) in the user's
language, with the locale's dates and numbers.

The domain finds what changed (`ChangeFromBaseline`) and says it in English (`describe_change`);
this says the same in the user's words. A built-in measure gets its translated name; a clinic's
questionnaire keeps its own. The Progress headline is the report's (reports/report_words.py).
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from companion.domain.measures import ChangeFromBaseline, MeasureKind, ThresholdKind, Verdict

translate = QCoreApplication.translate


def _number(value: float) -> str:
    """A score as people read it: whole numbers bare, averages to one decimal place."""
    if math.isclose(value, round(value), abs_tol=1e-9):
        return QLocale().toString(round(value))
    return QLocale().toString(value, "f", 1)


def _day(day: date, today: date) -> str:
    """A day and month ("22 November", „22. November“), with the year when it is not this one."""
    if day.year == today.year:
        pattern = translate("Progress", "d MMMM", "date format: day and month")
    else:
        pattern = translate("Progress", "d MMMM yyyy", "date format: day, month and year")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _measure_name(change: ChangeFromBaseline, weekly: bool) -> str:
    measure = change.measure
    names: dict[str, str] = {
        MeasureKind.LEG_PAIN: (
            translate("Progress", "Leg pain (7-day average)")
            if weekly
            else translate("Progress", "Leg pain")
        ),
        MeasureKind.BACK_PAIN: (
            translate("Progress", "Back pain (7-day average)")
            if weekly
            else translate("Progress", "Back pain")
        ),
        MeasureKind.BOTHERSOMENESS: translate("Progress", "Sciatica bother score"),
        MeasureKind.FUNCTIONAL_SCALE: translate("Progress", "Activity score"),
    }
    return names.get(measure.id, measure.name)


def change_sentence(change: ChangeFromBaseline, weekly: bool = False) -> str:
    """One plain sentence about a change that claims no more than the numbers support."""
    name = _measure_name(change, weekly)
    before = _number(change.baseline.score)
    now = _number(change.current.score)
    since = _day(change.baseline.taken_on, change.current.taken_on)
    if change.verdict is Verdict.NO_CHANGE or before == now:
        return translate("Progress", "{name} is {now}, the same as on {since}.").format(
            name=name, now=now, since=since
        )
    if change.points > 0:
        fact = translate("Progress", "{name} is up from {before} to {now} since {since}")
    else:
        fact = translate("Progress", "{name} is down from {before} to {now} since {since}")
    fact = fact.format(name=name, before=before, now=now, since=since)
    if not change.threshold_known:
        # No agreed threshold: report the numbers and let the clinician judge.
        return translate("Progress", "{fact}.").format(fact=fact)
    small = translate("Progress", "a small change that may be day-to-day variation")
    threshold = change.measure.threshold
    assert threshold is not None  # threshold_known
    # Each measure's own term: pain reaches a minimal important change (Ostelo), the
    # functional scale a detectable change (Stratford).
    if threshold.kind is ThresholdKind.MINIMAL_IMPORTANT_CHANGE:
        better = translate("Progress", "an improvement of at least the minimal important change")
        worse = translate("Progress", "a worsening of at least the minimal important change")
    else:
        better = translate("Progress", "an improvement beyond the detectable change")
        worse = translate("Progress", "a worsening beyond the detectable change")
    judgement = {
        Verdict.THRESHOLD_IMPROVEMENT: better,
        Verdict.THRESHOLD_WORSENING: worse,
        Verdict.SMALL_IMPROVEMENT: small,
        Verdict.SMALL_WORSENING: small,
    }[change.verdict]
    return translate("Progress", "{fact}, {judgement}.").format(fact=fact, judgement=judgement)
