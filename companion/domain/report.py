"""What a progress report says, as plain values: filled by the services, drawn by the writers.

The figures are aggregates (per day, per week); raw rows go to the CSV and FHIR exports only.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.domain.exercise import ClearanceCondition
from companion.domain.measures import ChangeFromBaseline, Verdict
from companion.domain.safety_lock import AssessedBy
from companion.domain.safety_plan import HoldReason
from companion.domain.vocabulary import LegReach, TreatmentKind, TriageLevel

# The baseline and the current pain are averages over a week, not single ratings: pain varies
# from day to day, and one bad morning must not read as a trend.
COMPARISON_WINDOW_DAYS = 7


class ReportProblem(ValueError):
    """Report options that cannot be used; the message says what to change."""


@dataclass(frozen=True)
class ReportOptions:
    """What the user asked for: the period, whose name to print, notes or not, branding."""

    start: date | None = None  # None: from the first recorded day
    end: date | None = None  # None: up to today
    name: str = ""  # printed on the report; empty in an anonymised export
    include_notes: bool = True
    clinic: str = ""  # a clinic's name and contact line, printed in the header when given
    # True when `start` is a preset ("the last 3 months"), not a day the user chose: a diary
    # that began later starts the report on its first entry, without weeks of nothing before.
    start_is_preset: bool = False

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ReportProblem(
                f"The period starts ({self.start:%d %b %Y}) after it ends "
                f"({self.end:%d %b %Y}). Swap the dates and try again."
            )
        if len(self.name) > 200 or len(self.clinic) > 300:
            raise ReportProblem("The name or the clinic line is too long (200 and 300 letters).")

    @property
    def anonymised(self) -> bool:
        """True when neither a name nor notes leave the computer."""
        return not self.name.strip() and not self.include_notes


@dataclass(frozen=True)
class ReportPeriod:
    """The local days a report covers, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        """How many days the period spans."""
        return (self.end - self.start).days + 1

    def weeks(self) -> list[date]:
        """The Monday of every week the period touches."""
        first = self.start - timedelta(days=self.start.weekday())
        return [first + timedelta(weeks=n) for n in range((self.end - first).days // 7 + 1)]


@dataclass(frozen=True)
class PainComparison:
    """Average pain in the period's first week against its last week, with the verdict."""

    name: str  # "Back pain" / "Leg pain"
    baseline: float | None
    current: float | None
    baseline_days: tuple[date, date] | None
    current_days: tuple[date, date] | None
    change: ChangeFromBaseline | None
    sentence: str

    @property
    def flag(self) -> str:
        """A short verdict for a table cell."""
        if self.change is None:
            return "too few check-ins"
        return VERDICT_FLAGS[self.change.verdict]


# Pain's threshold is a minimal important change (Ostelo): the flags say "important".
VERDICT_FLAGS: dict[Verdict, str] = {
    Verdict.THRESHOLD_IMPROVEMENT: "important improvement",
    Verdict.SMALL_IMPROVEMENT: "small change",
    Verdict.NO_CHANGE: "no change",
    Verdict.SMALL_WORSENING: "small change",
    Verdict.THRESHOLD_WORSENING: "IMPORTANT WORSENING",
}


class ReachTrend(enum.StrEnum):
    """Which way the leg symptoms moved: back towards the spine is good news."""

    RETREATING = "retreating"
    UNCHANGED = "unchanged"
    SPREADING = "spreading"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReachSummary:
    """How far the leg symptoms reached in the first and the last week of the period."""

    at_start: LegReach | None
    at_end: LegReach | None
    furthest: LegReach | None

    @property
    def trend(self) -> ReachTrend:
        """Retreating, unchanged or spreading (furthest reach of the first vs the last week)."""
        if self.at_start is None or self.at_end is None:
            return ReachTrend.UNKNOWN
        if self.at_end.level < self.at_start.level:
            return ReachTrend.RETREATING
        if self.at_end.level > self.at_start.level:
            return ReachTrend.SPREADING
        return ReachTrend.UNCHANGED

    @property
    def sentence(self) -> str:
        """One plain sentence about the reach."""
        if self.at_start is None or self.at_end is None:
            return "Too few check-ins to say how far the leg symptoms reach."
        start, end = REACH_WORDS[self.at_start], REACH_WORDS[self.at_end]
        return {
            ReachTrend.RETREATING: f"Leg symptoms retreated towards the back: {start} in the "
            f"first week, {end} in the last week.",
            ReachTrend.SPREADING: f"Leg symptoms spread further down the leg: {start} in the "
            f"first week, {end} in the last week.",
            ReachTrend.UNCHANGED: f"Leg symptoms reach as far as before: {end} in the first and "
            "the last week.",
        }[self.trend]


REACH_WORDS: dict[LegReach, str] = {
    LegReach.NONE: "no leg symptoms",
    LegReach.BUTTOCK: "buttock",
    LegReach.THIGH: "thigh",
    LegReach.CALF: "below the knee",
    LegReach.FOOT: "into the foot",
}


@dataclass(frozen=True)
class Adherence:
    """Exercise sessions planned and done. `planned` is None when no programme was stored."""

    planned: int | None
    completed: int
    ended_early: int
    movement_snacks: int

    @property
    def percent(self) -> int | None:
        """Completed sessions as a share of the planned ones, or None without a plan."""
        if not self.planned:
            return None
        return round(self.completed / self.planned * 100)

    @property
    def sentence(self) -> str:
        """One plain sentence about adherence, honest when there is no programme."""
        early = f"; {self.ended_early} ended early" if self.ended_early else ""
        snacks = f"; {self.movement_snacks} movement snacks" if self.movement_snacks else ""
        if self.planned is None:
            return (
                f"No programme stored, so nothing to compare with: {self.completed} sessions "
                f"completed{early}{snacks}."
            )
        return (
            f"{self.completed} of {self.planned} planned sessions completed "
            f"({self.percent}%){early}{snacks}."
        )


@dataclass(frozen=True)
class ExerciseResponses:
    """How often an exercise drew a "worse" traffic light in the period."""

    exercise_id: str
    name: str
    times_done: int
    worse: int  # "spread further down my leg"
    worse_but_settling: int
    new_numbness_or_weakness: int = 0  # the other red answer: it ended the session


@dataclass(frozen=True)
class MeasureScores:
    """An outcome measure in the period: first and latest score and what the change means."""

    measure_id: str
    name: str
    sittings: int
    first: float
    first_on: date
    latest: float
    latest_on: date
    scale: str  # e.g. "0-24, higher is worse"
    sentence: str  # describe_change's sentence, or the single score when there is one sitting


@dataclass(frozen=True)
class ScreeningLine:
    """One red-flag screening and its result."""

    taken_at: datetime
    reason: str
    level: TriageLevel
    findings: tuple[str, ...]

    @property
    def result(self) -> str:
        """The result as a clinician reads it."""
        return LEVEL_WORDS[self.level]


LEVEL_WORDS: dict[TriageLevel, str] = {
    TriageLevel.EMERGENCY: "EMERGENCY advice given",
    TriageLevel.SAME_DAY: "same-day review advised",
    TriageLevel.ROUTINE: "routine review advised",
    TriageLevel.CLEAR: "clear",
}


@dataclass(frozen=True)
class TimelineEvent:
    """A treatment or an event (medication change, injection, flare-up, appointment)."""

    occurred_at: datetime
    kind: TreatmentKind
    name: str
    dose: str
    note: str  # empty when notes are left out

    @property
    def label(self) -> str:
        """Kind, name and dose in one phrase."""
        words = KIND_WORDS.get(self.kind, str(self.kind))
        details = " ".join(part for part in (self.name, self.dose) if part)
        return f"{words}: {details}" if details else words


KIND_WORDS: dict[TreatmentKind, str] = {
    TreatmentKind.MEDICATION_STARTED: "Medication started",
    TreatmentKind.MEDICATION_CHANGED: "Medication changed",
    TreatmentKind.MEDICATION_STOPPED: "Medication stopped",
    TreatmentKind.INJECTION: "Injection",
    TreatmentKind.PROCEDURE: "Procedure",
    TreatmentKind.APPOINTMENT: "Appointment",
    TreatmentKind.FLARE_UP: "Flare-up",
    TreatmentKind.OTHER: "Other",
}


@dataclass(frozen=True)
class DayPain:
    """One day's average back and leg pain and the furthest reach (a chart point)."""

    day: date
    checkins: int
    back: float
    leg: float
    furthest_reach: LegReach


@dataclass(frozen=True)
class WeekRow:
    """One row of the weekly table."""

    week_start: date  # a Monday
    checkins: int = 0
    back: float | None = None
    leg: float | None = None
    furthest_reach: LegReach | None = None
    sessions_completed: int = 0
    sessions_ended_early: int = 0
    sessions_planned: int | None = None
    activity_minutes: int = 0
    breaks_taken: int = 0
    breaks_snoozed: int = 0
    breaks_skipped: int = 0
    worse_responses: int = 0


@dataclass(frozen=True)
class Note:
    """A note the user wrote, with where it came from."""

    at: datetime
    source: str  # "Check-in", "Activity", "Treatment", "Questionnaire"
    text: str


@dataclass(frozen=True)
class AssessmentLine:
    """The patient's confirmation that a doctor or an emergency department assessed them after
    an emergency answer, which unlocked exercise."""

    recorded_at: datetime
    assessed_on: date
    assessed_by: AssessedBy
    locked_since: datetime | None  # the emergency answer it cleared


@dataclass(frozen=True)
class Report:
    """Everything one report shows."""

    options: ReportOptions
    period: ReportPeriod
    generated_at: datetime
    checkin_count: int
    days_with_checkins: int
    back: PainComparison
    leg: PainComparison
    reach: ReachSummary
    adherence: Adherence
    worse_exercises: tuple[ExerciseResponses, ...]
    measures: tuple[MeasureScores, ...]
    screenings: tuple[ScreeningLine, ...]
    events: tuple[TimelineEvent, ...]
    days: tuple[DayPain, ...]
    weeks: tuple[WeekRow, ...]
    notes: tuple[Note, ...] = field(default=())  # empty when notes are left out
    # The clearance checklist as answered (None: never answered), and why progression is held
    # at the time of the report (empty: not held, or no progression rules).
    clearance: frozenset[ClearanceCondition] | None = None
    progression_held: tuple[HoldReason, ...] = ()
    assessments: tuple[AssessmentLine, ...] = field(default=())
    # Long-standing findings answered "my doctor knows" that still stand: (finding, since).
    known_findings: tuple[tuple[str, datetime], ...] = field(default=())
    locked_since: datetime | None = None  # exercise still locked when the report was made

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was recorded in the period."""
        return not (
            self.checkin_count
            or self.adherence.completed
            or self.adherence.ended_early
            or self.measures
            or self.screenings
            or self.assessments
            or self.events
        )


def counted(number: int, noun: str) -> str:
    """ "1 page", "3 pages": a count with its noun, which takes an s."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def rounded(value: float | None, places: int = 1) -> float | None:
    """A mean as it is printed (None stays None)."""
    if value is None or not math.isfinite(value):
        return None
    return round(value, places)
