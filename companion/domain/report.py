"""What a progress report says, as plain values: filled by the services, drawn by the writers.

The figures are aggregates (per day, per week) of domain/figures.py, the same values the Progress
page shows; raw rows go to the CSV and FHIR exports only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from companion.domain.exercise import ClearanceCondition
from companion.domain.figures import (
    PainComparison,
    PainDay,
    Period,
    ReachSummary,
    SessionTotals,
    TimelineEvent,
    WeekRow,
)
from companion.domain.safety_lock import AssessedBy
from companion.domain.safety_plan import HoldReason
from companion.domain.vocabulary import TriageLevel


class ReportProblemReason(enum.StrEnum):
    """Why report options cannot be used (the app and the CLI each word it)."""

    DATES_SWAPPED = "dates-swapped"  # the first day chosen is after the last day chosen
    STARTS_AFTER_TODAY = "starts-after-today"  # no last day chosen: the period ends today
    TEXT_TOO_LONG = "text-too-long"  # the name (NAME_MAX) or the clinic line (CLINIC_MAX)


NAME_MAX = 200
CLINIC_MAX = 300


class ReportProblem(ValueError):
    """Report options that cannot be used: `reason`, and the period's ends where they matter."""

    def __init__(
        self, reason: ReportProblemReason, start: date | None = None, end: date | None = None
    ) -> None:
        # For logs only: what a person reads is worded by the app or the CLI.
        super().__init__(f"{reason}: {start} to {end}")
        self.reason = reason
        self.start = start
        self.end = end


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
    # The language of the report's words ("en", "de"): the reader's, or one chosen for a
    # physiotherapist who reads another. The data and its codes are the same in every language.
    language: str = "en"

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ReportProblem(ReportProblemReason.DATES_SWAPPED, self.start, self.end)
        if len(self.name) > NAME_MAX or len(self.clinic) > CLINIC_MAX:
            raise ReportProblem(ReportProblemReason.TEXT_TOO_LONG)

    @property
    def anonymised(self) -> bool:
        """True when neither a name nor notes leave the computer."""
        return not self.name.strip() and not self.include_notes


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
    period: Period
    generated_at: datetime
    checkin_count: int
    days_with_checkins: int
    back: PainComparison
    leg: PainComparison
    reach: ReachSummary
    adherence: SessionTotals
    worse_exercises: tuple[ExerciseResponses, ...]
    measures: tuple[MeasureScores, ...]
    screenings: tuple[ScreeningLine, ...]
    events: tuple[TimelineEvent, ...]
    days: tuple[PainDay, ...]
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
