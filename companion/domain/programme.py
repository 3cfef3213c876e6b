"""A prescribed home programme: what a physiotherapist asked for, how it progresses, adherence.

Plain values and pure functions. Progression follows the clinical brief: one variable at a time,
only after a run of good days without a "worse" response, never past the cap the file sets. An
amber response ("a little worse but settling") holds the dose and restarts the count; a red one
("worse") steps the dose back one step, never below what was prescribed.

Given `today`, a rule's `after_sessions` counts days with a good session, not sessions (three
sessions a day count once), and a step waits for the guards of domain.safety_plan: 7 days since
the last step and no hold reason from the check-ins, answers and screenings.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from companion.domain.exercise import Dose, Exercise
from companion.domain.safety_plan import HoldReason, too_soon
from companion.domain.vocabulary import ExerciseResponse

WEEKDAYS = (1, 2, 3, 4, 5, 6, 7)  # ISO: Monday is 1
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# The hard ceiling for any progressed value, whatever a file says (matches the library's limits).
DOSE_CEILING: Mapping[str, int] = {"sets": 10, "reps": 50, "hold_s": 600}


class DoseField(enum.StrEnum):
    """The part of a dose a progression rule may change."""

    SETS = "sets"
    REPS = "reps"
    HOLD_S = "hold_s"


@dataclass(frozen=True)
class ProgressionRule:
    """Add `step` to one dose field after `after_sessions` good days in a row, up to a cap.

    The name is the programme file's; given `today`, progress() counts days with a good session.
    """

    change: DoseField
    step: int
    after_sessions: int
    up_to: int


@dataclass(frozen=True)
class Prescription:
    """One exercise of a programme: which, how much, on which days, and how it may progress."""

    exercise_id: str
    dose: Dose
    days: frozenset[int] = frozenset(WEEKDAYS)
    notes: str = ""
    progression: tuple[ProgressionRule, ...] = ()

    def is_due_on(self, day: date) -> bool:
        """True if this exercise is scheduled on `day` (a weekly one: one of its possible days)."""
        return day.isoweekday() in self.days

    def is_due(self, day: date, done_on: Collection[date] = (), first_weekday: int = 1) -> bool:
        """True if it is due on `day`: scheduled, and for a weekly dose not yet done enough.

        `done_on` holds the days it was done; a weekly dose counts those of `day`'s week
        before `day` (so a day it was done on keeps it, shown as done). The week starts on
        ISO weekday `first_weekday` (the locale's: Monday in Germany, Sunday in the US).
        """
        if not self.is_due_on(day):
            return False
        weekly = self.dose.times_per_week
        if weekly is None:
            return True
        start = week_start(day, first_weekday)
        return len({d for d in done_on if start <= d < day}) < weekly

    @property
    def weekly_target(self) -> int:
        """How many times a week it is asked for: its weekly count, else days × times a day."""
        if self.dose.times_per_week is not None:
            return min(self.dose.times_per_week, len(self.days))
        return len(self.days) * self.dose.times_per_day


@dataclass(frozen=True)
class FlareUpPlan:
    """What to do on a bad day: advice and a short list of gentle exercises."""

    advice: str
    exercise_ids: tuple[str, ...] = ()
    sitting_break_minutes: int | None = None


@dataclass(frozen=True)
class ProgrammeDocument:
    """A whole programme as a physiotherapist wrote it (or as a starter programme offers it)."""

    title: str
    exercises: tuple[Prescription, ...]
    author: str = ""
    clinic: str = ""
    contact: str = ""
    patient_label: str = ""
    issued: date | None = None
    start_date: date | None = None
    review_date: date | None = None
    sitting_break_minutes: int | None = None
    notes: str = ""
    flare_up: FlareUpPlan | None = None
    custom_exercises: tuple[Exercise, ...] = ()
    starter_id: str = ""  # set when the programme is one of the app's starter programmes

    def sessions_on(self, day: date) -> int:
        """How many sessions are planned on `day`: the most times a day any due exercise asks.

        A weekly exercise (water walking) plans no daily session: count it by `weekly_target`.
        """
        return max(
            (
                p.dose.times_per_day
                for p in self.exercises
                if p.is_due_on(day) and not p.dose.is_weekly
            ),
            default=0,
        )

    def sessions_by_weekday(self) -> tuple[int, ...]:
        """Planned sessions for Monday..Sunday."""
        monday = date(2024, 1, 1)  # a Monday
        return tuple(self.sessions_on(monday + timedelta(days=i)) for i in range(7))

    def same_clinician(self, other: ProgrammeDocument) -> bool:
        """True if both were written by the same named person at the same clinic."""
        if not self.author.strip():
            return False
        return (self.author.strip().casefold(), self.clinic.strip().casefold()) == (
            other.author.strip().casefold(),
            other.clinic.strip().casefold(),
        )

    def custom(self, exercise_id: str) -> Exercise | None:
        """The programme's own exercise with this id, if it defines one."""
        return next((e for e in self.custom_exercises if e.id == exercise_id), None)


# --- Progression -----------------------------------------------------------------------------


class ProgressReason(enum.StrEnum):
    """Why a dose changed, or why it did not."""

    STEADY = "steady"  # enough good days in a row without a worse response: one step up
    COUNTING = "counting"  # a good session, counted towards the next step
    SETTLING = "settling"  # amber: keep the dose, start counting again
    WORSE = "worse"  # red: one step back (never below the prescription)
    AT_LIMIT = "at_limit"  # every rule has reached the cap the file allows
    NOT_DONE = "not_done"  # skipped or no response: nothing changes
    NO_RULES = "no_rules"  # the file sets no progression for this exercise
    HELD = "held"  # a step was due but a guard holds it (see ProgressOutcome.holds)


@dataclass(frozen=True)
class ProgressState:
    """Where one exercise stands: the dose now and the good sessions since the last change."""

    sets: int
    reps: int
    hold_s: int
    streak: int = 0
    steps: tuple[DoseField, ...] = ()  # each step taken so far, so a "worse" undoes the last
    counted_day: date | None = None  # the last day counted in the streak (one count a day)
    last_step: date | None = None  # the day of the last step up (7 days between steps)

    @classmethod
    def start(cls, dose: Dose) -> ProgressState:
        """The state of a freshly prescribed exercise."""
        return cls(sets=dose.sets, reps=dose.reps, hold_s=dose.hold_s)

    def value(self, which: DoseField) -> int:
        """The current value of one dose field."""
        return int(getattr(self, which.value))

    def dose(self, prescribed: Dose) -> Dose:
        """The prescribed dose with the progressed numbers."""
        return replace(prescribed, sets=self.sets, reps=self.reps, hold_s=self.hold_s)


@dataclass(frozen=True)
class DoseChange:
    """One field that changed, from what to what."""

    field: DoseField
    before: int
    after: int


@dataclass(frozen=True)
class ProgressOutcome:
    """The state after one session's response, the change (if any) and why."""

    state: ProgressState
    reason: ProgressReason
    change: DoseChange | None = None
    sessions_needed: int = 0  # for COUNTING: good days still needed before the next step
    holds: tuple[HoldReason, ...] = ()  # for HELD: every reason the step waits


def _cap(rule: ProgressionRule) -> int:
    return min(rule.up_to, DOSE_CEILING[rule.change.value])


def _next_rule(rules: Sequence[ProgressionRule], state: ProgressState) -> ProgressionRule | None:
    """The first rule whose field is still below its cap: one variable at a time."""
    return next((r for r in rules if state.value(r.change) < _cap(r)), None)


def progress(
    rules: Sequence[ProgressionRule],
    prescribed: Dose,
    state: ProgressState,
    response: ExerciseResponse | None,
    *,
    today: date | None = None,
    holds: Sequence[HoldReason] = (),
) -> ProgressOutcome:
    """Apply one session's response to an exercise's progression state.

    With `today`, good sessions count once a day and a due step waits for the guards: `holds`
    (from safety_plan.progression_holds) and 7 days since this exercise's last step.
    """
    if not rules:
        return ProgressOutcome(state, ProgressReason.NO_RULES)
    if response is None:
        return ProgressOutcome(state, ProgressReason.NOT_DONE)
    if response is ExerciseResponse.WORSE_BUT_SETTLING:
        return ProgressOutcome(replace(state, streak=0, counted_day=today), ProgressReason.SETTLING)
    if response.is_red:  # spread further down the leg, or new numbness or weakness
        return _step_back(rules, prescribed, replace(state, counted_day=today))
    rule = _next_rule(rules, state)
    if rule is None:
        return ProgressOutcome(replace(state, streak=0), ProgressReason.AT_LIMIT)
    counted_already = today is not None and state.counted_day == today
    streak = min(state.streak + (0 if counted_already else 1), rule.after_sessions)
    counted = replace(state, streak=streak, counted_day=today)
    if streak < rule.after_sessions:
        return ProgressOutcome(
            counted, ProgressReason.COUNTING, sessions_needed=rule.after_sessions - streak
        )
    if today is not None:
        waiting = tuple(holds)
        if too_soon(state.last_step, today):
            waiting = (HoldReason.TOO_SOON, *waiting)
        if waiting:
            return ProgressOutcome(counted, ProgressReason.HELD, holds=waiting)
    before = state.value(rule.change)
    after = min(before + rule.step, _cap(rule))
    moved = _with_value(counted, rule.change, after)
    stepped = replace(moved, streak=0, steps=(*state.steps, rule.change), last_step=today)
    return ProgressOutcome(stepped, ProgressReason.STEADY, DoseChange(rule.change, before, after))


def _with_value(state: ProgressState, which: DoseField, value: int) -> ProgressState:
    if which is DoseField.SETS:
        return replace(state, sets=value)
    if which is DoseField.REPS:
        return replace(state, reps=value)
    return replace(state, hold_s=value)


def _step_back(
    rules: Sequence[ProgressionRule], prescribed: Dose, state: ProgressState
) -> ProgressOutcome:
    reset = replace(state, streak=0)
    if not state.steps:
        return ProgressOutcome(reset, ProgressReason.WORSE)
    last = state.steps[-1]
    step = next((r.step for r in reversed(rules) if r.change is last), 1)
    floor = int(getattr(prescribed, last.value))
    before = state.value(last)
    after = max(before - step, floor)
    stepped = replace(_with_value(reset, last, after), steps=state.steps[:-1])
    change = DoseChange(last, before, after) if after != before else None
    return ProgressOutcome(stepped, ProgressReason.WORSE, change)


def worst_response(responses: Iterable[ExerciseResponse | None]) -> ExerciseResponse | None:
    """The response that counts when an exercise was answered more than once in a session."""
    order = [
        ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS,
        ExerciseResponse.WORSE,
        ExerciseResponse.WORSE_BUT_SETTLING,
        ExerciseResponse.BETTER_OR_SAME,
    ]
    given = [r for r in responses if r is not None]
    return min(given, key=order.index) if given else None


_FIELD_WORDS = {DoseField.SETS: "sets", DoseField.REPS: "repetitions", DoseField.HOLD_S: "hold"}


def describe_outcome(exercise_name: str, outcome: ProgressOutcome) -> str:
    """The outcome in one plain English sentence, for the report (the UI translates its own)."""
    change = outcome.change
    if change is not None:
        unit = " s" if change.field is DoseField.HOLD_S else ""
        what = _FIELD_WORDS[change.field]
        if outcome.reason is ProgressReason.STEADY:
            return (
                f"{exercise_name}: {what} up from {change.before}{unit} to {change.after}{unit} "
                "after steady days with no worse response."
            )
        return (
            f"{exercise_name}: {what} back from {change.before}{unit} to {change.after}{unit} "
            "because it made symptoms worse."
        )
    texts = {
        ProgressReason.COUNTING: "no change yet; it steps up after a few more steady days.",
        ProgressReason.SETTLING: "kept the same because it was a little worse but settling.",
        ProgressReason.WORSE: "kept at the prescribed dose because it made symptoms worse.",
        ProgressReason.AT_LIMIT: "at the most the programme allows; no further change.",
        ProgressReason.NOT_DONE: "not done this time; nothing changed.",
        ProgressReason.NO_RULES: "the programme sets no progression.",
        ProgressReason.HELD: "a step was due but is held back for now.",
    }
    return f"{exercise_name}: {texts[outcome.reason]}"


# --- Adherence -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanPeriod:
    """A programme in force from `start` until the day before `end` (None: still in force)."""

    start: date
    end: date | None
    sessions_by_weekday: tuple[int, ...]  # Monday..Sunday

    def planned_on(self, day: date) -> int:
        """Sessions this programme plans on `day` (0 outside its period)."""
        if day < self.start or (self.end is not None and day >= self.end):
            return 0
        return self.sessions_by_weekday[day.isoweekday() - 1]


@dataclass(frozen=True)
class DayAdherence:
    """Sessions planned and done on one day."""

    day: date
    planned: int
    done: int
    partial: int = 0  # started but ended early or interrupted
    snacks: int = 0  # movement snacks at sitting breaks (counted apart)

    @property
    def kept(self) -> int:
        """Done sessions that count against the plan (doing more never goes above 100 %)."""
        return min(self.done, self.planned)


@dataclass(frozen=True)
class WeekAdherence:
    """Sessions planned and done in one week (Monday to Sunday)."""

    week_start: date
    planned: int
    done: int
    kept: int
    partial: int = 0
    snacks: int = 0

    @property
    def rate(self) -> float | None:
        """Share of planned sessions done, 0..1; None when nothing was planned."""
        return self.kept / self.planned if self.planned else None


@dataclass(frozen=True)
class SessionCounts:
    """What was done on one day."""

    done: int = 0
    partial: int = 0
    snacks: int = 0


def planned_on(periods: Sequence[PlanPeriod], day: date) -> int:
    """Sessions planned on `day`; where periods overlap, the one that started last wins."""
    in_force = [p for p in periods if p.start <= day and (p.end is None or day < p.end)]
    if not in_force:
        return 0
    return max(in_force, key=lambda p: p.start).planned_on(day)


def daily_adherence(
    periods: Sequence[PlanPeriod],
    done: Mapping[date, SessionCounts],
    first: date,
    last: date,
) -> list[DayAdherence]:
    """Planned against done for each day from `first` to `last` inclusive."""
    days: list[DayAdherence] = []
    day = first
    while day <= last:
        counts = done.get(day, SessionCounts())
        days.append(
            DayAdherence(day, planned_on(periods, day), counts.done, counts.partial, counts.snacks)
        )
        day += timedelta(days=1)
    return days


def week_start(day: date, first_weekday: int = 1) -> date:
    """The first day of the week `day` falls in: its Monday, or the day of ISO weekday
    `first_weekday` (1 Monday ... 7 Sunday) on or before it."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


@dataclass(frozen=True)
class WeeklyCount:
    """A weekly activity's week: the days it was done against the days asked for, as in
    "Water walking: 2 of 3 this week". It is counted apart from the daily sessions."""

    exercise_id: str
    week_start: date
    done: int
    target: int
    name: str = ""  # filled in by whoever words it (the report, in its language)


def weekly_counts(
    prescriptions: Iterable[Prescription],
    done_on: Mapping[str, Collection[date]],
    day: date,
    first_weekday: int = 1,
) -> tuple[WeeklyCount, ...]:
    """Each weekly activity's days done in the week of `day`, up to `day` included.

    `done_on` holds each exercise's local days done; a day with two sessions counts once, as
    `times_per_week` counts days.
    """
    start = week_start(day, first_weekday)
    return tuple(
        WeeklyCount(
            p.exercise_id,
            start,
            len({d for d in done_on.get(p.exercise_id, ()) if start <= d <= day}),
            p.weekly_target,
        )
        for p in prescriptions
        if p.dose.is_weekly
    )


def weekly_adherence(days: Iterable[DayAdherence]) -> list[WeekAdherence]:
    """Days rolled up into Monday-to-Sunday weeks, oldest first."""
    weeks: dict[date, list[DayAdherence]] = {}
    for day in days:
        weeks.setdefault(week_start(day.day), []).append(day)
    return [
        WeekAdherence(
            week_start=start,
            planned=sum(d.planned for d in members),
            done=sum(d.done for d in members),
            kept=sum(d.kept for d in members),
            partial=sum(d.partial for d in members),
            snacks=sum(d.snacks for d in members),
        )
        for start, members in sorted(weeks.items())
    ]


@dataclass(frozen=True)
class Adherence:
    """Planned against done, by day and by week, ready for charts and the report."""

    days: tuple[DayAdherence, ...] = field(default_factory=tuple)
    weeks: tuple[WeekAdherence, ...] = field(default_factory=tuple)

    @property
    def planned(self) -> int:
        """Sessions planned over the whole period."""
        return sum(d.planned for d in self.days)

    @property
    def kept(self) -> int:
        """Planned sessions that were done."""
        return sum(d.kept for d in self.days)

    @property
    def rate(self) -> float | None:
        """Share of planned sessions done over the period; None when nothing was planned."""
        return self.kept / self.planned if self.planned else None


def adherence(
    periods: Sequence[PlanPeriod], done: Mapping[date, SessionCounts], first: date, last: date
) -> Adherence:
    """Daily and weekly adherence for a period."""
    days = daily_adherence(periods, done, first, last)
    return Adherence(tuple(days), tuple(weekly_adherence(days)))
