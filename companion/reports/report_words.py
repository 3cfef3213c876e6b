"""The report's words for the domain's values (reach, verdicts, screening results, events), in
the reader's language.

The domain keeps its English words for the CSV export and the logs; the PDF report writes the
same values through these, each a literal translate() call that pyside6-lupdate extracts.
"""

from __future__ import annotations

from companion.domain.figures import (
    FEW_DAYS,
    PainComparison,
    PainSummary,
    ReachSummary,
    ReachTrend,
    SessionTotals,
    TimelineEvent,
)
from companion.domain.measures import (
    BUILT_IN_MEASURES,
    ChangeFromBaseline,
    MeasureError,
    MeasureKind,
    MeasureResult,
    ThresholdKind,
    Verdict,
    change_from_baseline,
)
from companion.domain.report import MeasureScores
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import LegReach, TreatmentKind, TriageLevel
from companion.reports.wording import ENGLISH, Wording


def reach_words(words: Wording, reach: LegReach) -> str:
    """How far the leg symptoms reach, as a table cell or in a sentence."""
    return {
        LegReach.NONE: words.translate("Report", "no leg symptoms"),
        LegReach.BUTTOCK: words.translate("Report", "buttock"),
        LegReach.THIGH: words.translate("Report", "thigh"),
        LegReach.CALF: words.translate("Report", "below the knee"),
        LegReach.FOOT: words.translate("Report", "into the foot"),
    }[reach]


def measure_name(words: Wording, measure_id: str, english: str) -> str:
    """A built-in measure's name (another one keeps the name it was stored with)."""
    names = {
        MeasureKind.BACK_PAIN.value: words.translate("Report", "Back pain"),
        MeasureKind.LEG_PAIN.value: words.translate("Report", "Leg pain"),
        MeasureKind.BOTHERSOMENESS.value: words.translate("Report", "Sciatica bother score"),
        MeasureKind.FUNCTIONAL_SCALE.value: words.translate("Report", "Activity score"),
    }
    return names.get(measure_id, english)


def pain_name(words: Wording, comparison: PainComparison, back: bool) -> str:
    """ "Back pain" or "Leg pain"."""
    kind = MeasureKind.BACK_PAIN if back else MeasureKind.LEG_PAIN
    return measure_name(words, kind.value, comparison.name)


def verdict_flag(words: Wording, comparison: PainComparison) -> str:
    """A short verdict for the pain table's cell."""
    if comparison.change is None:
        return words.translate("Report", "too few check-ins")
    return {
        Verdict.THRESHOLD_IMPROVEMENT: words.translate("Report", "important improvement"),
        Verdict.SMALL_IMPROVEMENT: words.translate("Report", "small change"),
        Verdict.NO_CHANGE: words.translate("Report", "no change"),
        Verdict.SMALL_WORSENING: words.translate("Report", "small change"),
        Verdict.THRESHOLD_WORSENING: words.translate("Report", "IMPORTANT WORSENING"),
    }[comparison.change.verdict]


def reach_sentence(words: Wording, reach: ReachSummary) -> str:
    """One plain sentence about how far the leg symptoms reach, first week against last."""
    if reach.at_start is None or reach.at_end is None:
        return words.translate("Report", "Too few check-ins to say how far the leg symptoms reach.")
    start, end = reach_words(words, reach.at_start), reach_words(words, reach.at_end)
    if reach.trend is ReachTrend.RETREATING:
        text = words.translate(
            "Report",
            "Leg symptoms retreated towards the back: {start} in the first week, {end} in the "
            "last week.",
        )
    elif reach.trend is ReachTrend.SPREADING:
        text = words.translate(
            "Report",
            "Leg symptoms spread further down the leg: {start} in the first week, {end} in the "
            "last week.",
        )
    else:
        text = words.translate(
            "Report", "Leg symptoms reach as far as before: {end} in the first and the last week."
        )
    return text.format(start=start, end=end)


def adherence_sentence(words: Wording, adherence: SessionTotals) -> str:
    """One plain sentence about the sessions, honest when no programme was stored."""
    extra = ""
    if adherence.ended_early:
        early = words.translate("Report", "; {count} ended early")
        extra += early.format(count=adherence.ended_early)
    if adherence.movement_snacks:
        snacks = adherence.movement_snacks  # lupdate skips a count that is not a plain name
        extra += words.translate("Report", "; %n movement snack(s)", "", snacks)
    completed, planned = adherence.completed, adherence.planned
    if planned is None:
        text = words.translate(
            "Report",
            "No programme stored, so nothing to compare with: %n session(s) completed{extra}.",
            "",
            completed,
        )
        return text.format(extra=extra)
    text = words.translate(
        "Report",
        "{completed} of %n planned session(s) completed ({percent}%){extra}.",
        "",
        planned,
    )
    return text.format(completed=adherence.completed, percent=adherence.percent, extra=extra)


def weekly_activity_lines(words: Wording, adherence: SessionTotals) -> list[str]:
    """One line per weekly activity: its days done in the period's last week, against its
    times a week (these are not sessions, so they are not in the sentence above)."""
    lines = []
    for count in adherence.weekly:
        target = count.target
        text = words.translate(
            "Report", "{name}: {done} of %n time(s) in the week from {start}", "", target
        )
        lines.append(
            text.format(
                name=count.name or count.exercise_id,
                done=count.done,
                start=words.short_day(count.week_start),
            )
        )
    return lines


def measure_scale(words: Wording, measure: MeasureScores) -> str:
    """A built-in measure's range and direction, e.g. "0-24, higher is worse"."""
    known = BUILT_IN_MEASURES.get(measure.measure_id)
    if known is None:
        return measure.scale
    scale = (
        words.translate("Report", "{low}-{high}, higher is worse")
        if known.higher_is_worse
        else words.translate("Report", "{low}-{high}, higher is better")
    )
    return scale.format(low=words.number(known.low), high=words.number(known.high))


def measure_sentence(words: Wording, measure: MeasureScores) -> str:
    """What the measure's change means, claiming no more than the numbers support; English as
    the domain words it (describe_change)."""
    if words.language == ENGLISH:
        return measure.sentence
    name = measure_name(words, measure.measure_id, measure.name)
    change = _change(measure)
    if change is None:  # a single score, or one of a measure with no agreed meaning
        return words.translate("Report", "{name}: {score} on {day}.").format(
            name=name, score=words.number(measure.latest), day=words.day(measure.latest_on)
        )
    return change_sentence(words, name, change)


def change_sentence(words: Wording, name: str, change: ChangeFromBaseline) -> str:
    """One plain sentence about a change that claims no more than the numbers support, as
    describe_change says it in English."""
    before = words.number(change.baseline.score)
    latest = words.number(change.current.score)
    since = words.day(change.baseline.taken_on)
    if change.verdict is Verdict.NO_CHANGE or before == latest:
        same = words.translate("Report", "{name} is {now}, the same as on {since}.")
        return same.format(name=name, now=latest, since=since)
    fact = (
        words.translate("Report", "{name} is up from {before} to {now} since {since}")
        if change.points > 0
        else words.translate("Report", "{name} is down from {before} to {now} since {since}")
    ).format(name=name, before=before, now=latest, since=since)
    if not change.threshold_known:
        return f"{fact}."
    threshold = change.measure.threshold
    assert threshold is not None  # threshold_known
    # Each measure's own term: pain reaches a minimal important change (Ostelo), the
    # functional scale a detectable change (Stratford).
    if threshold.kind is ThresholdKind.MINIMAL_IMPORTANT_CHANGE:
        better = words.translate(
            "Report", "an improvement of at least the minimal important change"
        )
        worse = words.translate("Report", "a worsening of at least the minimal important change")
    else:
        better = words.translate("Report", "an improvement beyond the detectable change")
        worse = words.translate("Report", "a worsening beyond the detectable change")
    judgement = {
        Verdict.THRESHOLD_IMPROVEMENT: better,
        Verdict.THRESHOLD_WORSENING: worse,
        Verdict.SMALL_IMPROVEMENT: words.translate(
            "Report", "a small change that may be day-to-day variation"
        ),
        Verdict.SMALL_WORSENING: words.translate(
            "Report", "a small change that may be day-to-day variation"
        ),
    }[change.verdict]
    return f"{fact}, {judgement}."


def pain_sentence(words: Wording, comparison: PainComparison, back: bool) -> str:
    """The first week's mean pain against the last week's, in one sentence."""
    if words.language == ENGLISH:
        return comparison.sentence
    name = pain_name(words, comparison, back)
    if comparison.change is None:
        if comparison.current is None:
            return words.translate("Report", "{name}: too few check-ins to compare.").format(
                name=name
            )
        return words.translate(
            "Report", "{name}: too few check-ins to compare, {score} on the one day with check-ins."
        ).format(name=name, score=words.number(comparison.current))
    return change_sentence(words, name, comparison.change)


def headline(words: Wording, summary: PainSummary) -> list[str]:
    """The Progress page's headline in the report's words: leg pain first (what sciatica
    trials follow), then back pain, then the reach, with a word of caution when there are only
    a few days; nothing while there is no second day to compare with."""
    days = summary.days_with_checkins
    if days < 2:
        return []
    said = [
        pain_sentence(words, summary.leg, back=False),
        pain_sentence(words, summary.back, back=True),
        reach_sentence(words, summary.reach),
    ]
    if days < FEW_DAYS:
        said.append(
            words.translate(
                "Report",
                "These are only %n day(s) of check-ins; a few more will show whether the change "
                "lasts.",
                "",
                days,
            )
        )
    return said


def _change(measure: MeasureScores) -> ChangeFromBaseline | None:
    known = BUILT_IN_MEASURES.get(measure.measure_id)
    if known is None or measure.sittings < 2:
        return None
    try:
        return change_from_baseline(
            MeasureResult(known, measure.first, measure.first_on),
            MeasureResult(known, measure.latest, measure.latest_on),
        )
    except MeasureError:
        return None


def level_words(words: Wording, level: TriageLevel) -> str:
    """A red-flag screening's result as a clinician reads it."""
    return {
        TriageLevel.EMERGENCY: words.translate("Report", "EMERGENCY advice given"),
        TriageLevel.SAME_DAY: words.translate("Report", "same-day review advised"),
        TriageLevel.ROUTINE: words.translate("Report", "routine review advised"),
        TriageLevel.CLEAR: words.translate("Report", "clear"),
    }[level]


def level_count(words: Wording, level: TriageLevel, count: int) -> str:
    """How many screenings ended at `level`, e.g. "2 routine review"."""
    text = {
        TriageLevel.EMERGENCY: words.translate("Report", "{count} emergency"),
        TriageLevel.SAME_DAY: words.translate("Report", "{count} same-day review"),
        TriageLevel.ROUTINE: words.translate("Report", "{count} routine review"),
        TriageLevel.CLEAR: words.translate("Report", "{count} clear"),
    }[level]
    return text.format(count=count)


def assessed_by(words: Wording, who: AssessedBy) -> str:
    """Who assessed the patient after an emergency answer."""
    return {
        AssessedBy.DOCTOR: words.translate("Report", "a doctor"),
        AssessedBy.EMERGENCY_DEPARTMENT: words.translate("Report", "an emergency department"),
    }[who]


def event_label(words: Wording, event: TimelineEvent) -> str:
    """A treatment or event: its kind, name and dose in one phrase."""
    kinds = {
        TreatmentKind.MEDICATION_STARTED: words.translate("Report", "Medication started"),
        TreatmentKind.MEDICATION_CHANGED: words.translate("Report", "Medication changed"),
        TreatmentKind.MEDICATION_STOPPED: words.translate("Report", "Medication stopped"),
        TreatmentKind.INJECTION: words.translate("Report", "Injection"),
        TreatmentKind.PROCEDURE: words.translate("Report", "Procedure"),
        TreatmentKind.APPOINTMENT: words.translate("Report", "Appointment"),
        TreatmentKind.FLARE_UP: words.translate("Report", "Flare-up"),
        TreatmentKind.OTHER: words.translate("Report", "Other"),
    }
    kind = kinds.get(event.kind, str(event.kind))
    details = " ".join(part for part in (event.name, event.dose) if part)
    return f"{kind}: {details}" if details else kind


def note_source(words: Wording, source: str) -> str:
    """Where a note was written ("Check-in", "Activity", "Treatment", "Questionnaire")."""
    return {
        "Check-in": words.translate("Report", "Check-in"),
        "Activity": words.translate("Report", "Activity"),
        "Treatment": words.translate("Report", "Treatment"),
        "Questionnaire": words.translate("Report", "Questionnaire"),
    }.get(source, source)


def finding_words(words: Wording, finding: str) -> str:
    """A red-flag finding as the services name it (its question id as words, "Saddle
    numbness"), in the report's language; an unknown one stays as it is."""
    findings = {
        "Both legs": words.translate("Report", "Both legs"),
        "Both legs weak or walking": words.translate("Report", "Both legs weak or walking"),
        "Saddle numbness": words.translate("Report", "Saddle numbness"),
        "Bladder": words.translate("Report", "Bladder"),
        "Bowel": words.translate("Report", "Bowel"),
        "Sexual function": words.translate("Report", "Sexual function"),
        "Serious accident": words.translate("Report", "Serious accident"),
        "Chest or breathless": words.translate("Report", "Chest or breathless"),
        "One leg weak": words.translate("Report", "One leg weak"),
        "Spreading numbness": words.translate("Report", "Spreading numbness"),
        "Fever or unwell": words.translate("Report", "Fever or unwell"),
        "Cancer history": words.translate("Report", "Cancer history"),
        "Weight loss": words.translate("Report", "Weight loss"),
        "Constant or night pain": words.translate("Report", "Constant or night pain"),
        "Fragile bones minor fall": words.translate("Report", "Fragile bones minor fall"),
        "Immune or injecting": words.translate("Report", "Immune or injecting"),
        "No improvement": words.translate("Report", "No improvement"),
        "Getting worse": words.translate("Report", "Getting worse"),
        "Struggling to cope": words.translate("Report", "Struggling to cope"),
        "First episode over 50": words.translate("Report", "First episode over 50"),
        "Shoulder blade pain": words.translate("Report", "Shoulder blade pain"),
        "Back shape": words.translate("Report", "Back shape"),
    }
    return findings.get(finding, finding)
