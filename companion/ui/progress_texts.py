"""The change sentences (Progress, the measures' results) in the user's language.

The domain finds what changed (`progress_findings`, `ChangeFromBaseline`) and says it in English
for the report; these put the same findings into the user's words, with the locale's dates and
numbers. A built-in measure gets its translated name; a clinic's questionnaire keeps its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from companion.domain.measures import ChangeFromBaseline, MeasureKind, Verdict
from companion.domain.progress import PainDay, progress_findings
from companion.domain.vocabulary import LegReach

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
    judgement = {
        Verdict.MEANINGFUL_IMPROVEMENT: translate("Progress", "a meaningful improvement"),
        Verdict.MEANINGFUL_WORSENING: translate("Progress", "a meaningful worsening"),
        Verdict.SMALL_IMPROVEMENT: small,
        Verdict.SMALL_WORSENING: small,
    }[change.verdict]
    return translate("Progress", "{fact}, {judgement}.").format(fact=fact, judgement=judgement)


def _reach_words(reach: LegReach) -> str:
    return {
        LegReach.NONE: translate("Progress", "no leg symptoms"),
        LegReach.BUTTOCK: translate("Progress", "the buttock"),
        LegReach.THIGH: translate("Progress", "the thigh"),
        LegReach.CALF: translate("Progress", "below the knee"),
        LegReach.FOOT: translate("Progress", "the foot"),
    }[reach]


def reach_sentence(first: PainDay, last: PainDay) -> str:
    """How far the leg symptoms reach now against the first day shown, in plain words."""
    since = _day(first.day, last.day)
    then, now = first.reach, last.reach
    words = {"since": since, "then": _reach_words(then), "now": _reach_words(now)}
    if then is now:
        if now is LegReach.NONE:
            return translate("Progress", "No leg symptoms, as on {since}.").format(**words)
        return translate("Progress", "Leg symptoms reach {now}, as on {since}.").format(**words)
    if now.level < then.level:
        if now is LegReach.NONE:
            return translate(
                "Progress",
                "Leg symptoms have gone since {since}, when they reached {then}: a good sign.",
            ).format(**words)
        return translate(
            "Progress",
            "Leg symptoms now reach {now}, not {then} as on {since}: closer to the back, which "
            "is a good sign.",
        ).format(**words)
    if then is LegReach.NONE:
        return translate(
            "Progress", "Leg symptoms now reach {now}; on {since} there were none."
        ).format(**words)
    return translate(
        "Progress", "Leg symptoms now reach {now}, further than on {since} ({then})."
    ).format(**words)


def summary_sentences(days: Sequence[PainDay]) -> list[str]:
    """The sentences above the charts: leg pain, back pain, reach, and a word on few days."""
    found = progress_findings(days)
    if found is None:
        return []
    sentences = [change_sentence(change, found.weekly) for change in found.changes]
    sentences.append(reach_sentence(found.first, found.last))
    if found.few_days:
        count = found.days  # lupdate skips a message whose count is written `found.days`
        sentences.append(
            translate(
                "Progress",
                "These are only %n day(s) of check-ins; a few more will show whether the "
                "change lasts.",
                "",
                count,
            )
        )
    return sentences
