"""Progression rules as tables of cases, and adherence planned against done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.domain.exercise import Dose
from companion.domain.programme import (
    DOSE_CEILING,
    DoseChange,
    DoseField,
    PlanPeriod,
    Prescription,
    ProgrammeDocument,
    ProgressionRule,
    ProgressReason,
    ProgressState,
    SessionCounts,
    adherence,
    describe_outcome,
    planned_on,
    progress,
    week_start,
    worst_response,
)
from companion.domain.vocabulary import ExerciseResponse

GOOD = ExerciseResponse.BETTER_OR_SAME
AMBER = ExerciseResponse.WORSE_BUT_SETTLING
RED = ExerciseResponse.WORSE

HOLD_RULE = ProgressionRule(DoseField.HOLD_S, step=5, after_sessions=3, up_to=30)
REPS_RULE = ProgressionRule(DoseField.REPS, step=2, after_sessions=2, up_to=12)
DOSE = Dose(sets=1, reps=8, hold_s=20)


def run(
    rules: tuple[ProgressionRule, ...], responses: list[ExerciseResponse | None]
) -> tuple[ProgressState, list[ProgressReason]]:
    state = ProgressState.start(DOSE)
    reasons = []
    for response in responses:
        outcome = progress(rules, DOSE, state, response)
        state = outcome.state
        reasons.append(outcome.reason)
    return state, reasons


@pytest.mark.parametrize(
    ("responses", "hold", "streak", "last_reason"),
    [
        ([], 20, 0, None),
        ([GOOD], 20, 1, ProgressReason.COUNTING),
        ([GOOD, GOOD], 20, 2, ProgressReason.COUNTING),
        ([GOOD, GOOD, GOOD], 25, 0, ProgressReason.STEADY),
        ([GOOD] * 6, 30, 0, ProgressReason.STEADY),
        ([GOOD] * 9, 30, 0, ProgressReason.AT_LIMIT),  # the cap holds
        ([GOOD] * 30, 30, 0, ProgressReason.AT_LIMIT),
        ([GOOD, GOOD, AMBER, GOOD, GOOD], 20, 2, ProgressReason.COUNTING),  # amber restarts
        ([GOOD, GOOD, None, GOOD], 25, 0, ProgressReason.STEADY),  # skipped changes nothing
        ([GOOD, GOOD, RED], 20, 0, ProgressReason.WORSE),  # nothing to undo: prescribed dose
        ([GOOD, GOOD, GOOD, RED], 20, 0, ProgressReason.WORSE),  # one step back
        ([GOOD] * 6 + [RED], 25, 0, ProgressReason.WORSE),
        ([GOOD] * 6 + [RED, RED, RED], 20, 0, ProgressReason.WORSE),  # never below the file
    ],
)
def test_hold_progression(
    responses: list[ExerciseResponse | None],
    hold: int,
    streak: int,
    last_reason: ProgressReason | None,
) -> None:
    state, reasons = run((HOLD_RULE,), responses)
    assert state.hold_s == hold
    assert state.streak == streak
    assert (reasons[-1] if reasons else None) == last_reason
    assert 20 <= state.hold_s <= HOLD_RULE.up_to


@pytest.mark.parametrize(
    ("responses", "reps", "hold"),
    [
        ([GOOD] * 2, 10, 20),  # the first rule first: one variable at a time
        ([GOOD] * 4, 12, 20),
        ([GOOD] * 5, 12, 20),  # reps capped: now counting for hold
        ([GOOD] * 7, 12, 25),
        ([GOOD] * 7 + [RED], 12, 20),  # a red undoes the last step (hold), not reps
        ([GOOD] * 7 + [RED, RED], 10, 20),
    ],
)
def test_rules_apply_in_order_one_variable_at_a_time(
    responses: list[ExerciseResponse | None], reps: int, hold: int
) -> None:
    state, _ = run((REPS_RULE, HOLD_RULE), responses)
    assert (state.reps, state.hold_s) == (reps, hold)


def test_a_step_never_jumps_past_the_cap() -> None:
    rule = ProgressionRule(DoseField.HOLD_S, step=15, after_sessions=1, up_to=30)
    outcome = progress((rule,), DOSE, ProgressState.start(DOSE), GOOD)
    assert outcome.change == DoseChange(DoseField.HOLD_S, 20, 30)


def test_a_cap_above_the_ceiling_is_held_at_the_ceiling() -> None:
    rule = ProgressionRule(DoseField.SETS, step=5, after_sessions=1, up_to=99)
    state = ProgressState.start(DOSE)
    for _ in range(5):
        state = progress((rule,), DOSE, state, GOOD).state
    assert state.sets == DOSE_CEILING["sets"]


def test_no_rules_never_change_anything() -> None:
    outcome = progress((), DOSE, ProgressState.start(DOSE), GOOD)
    assert outcome.reason is ProgressReason.NO_RULES
    assert outcome.state == ProgressState.start(DOSE)


def test_counting_says_how_many_sessions_are_still_needed() -> None:
    outcome = progress((HOLD_RULE,), DOSE, ProgressState.start(DOSE), GOOD)
    assert outcome.sessions_needed == 2


def test_the_worst_response_of_a_session_counts() -> None:
    assert worst_response([GOOD, RED, AMBER]) is RED
    assert worst_response([GOOD, AMBER]) is AMBER
    assert worst_response([None, None]) is None


def test_outcomes_are_described_in_words() -> None:
    state = ProgressState.start(DOSE)
    for _ in range(3):
        outcome = progress((HOLD_RULE,), DOSE, state, GOOD)
        state = outcome.state
    assert describe_outcome("Knee to chest", outcome) == (
        "Knee to chest: hold up from 20 s to 25 s after steady days with no worse response."
    )
    back = progress((HOLD_RULE,), DOSE, state, RED)
    assert "back from 25 s to 20 s" in describe_outcome("Knee to chest", back)


# --- Sessions planned ----------------------------------------------------------------------


def test_sessions_on_a_day_follow_the_exercises_due() -> None:
    document = ProgrammeDocument(
        title="t",
        exercises=(
            Prescription("a", Dose(times_per_day=2)),
            Prescription("b", Dose(times_per_day=3), days=frozenset({1, 3})),
        ),
    )
    assert document.sessions_by_weekday() == (3, 2, 3, 2, 2, 2, 2)


def test_same_clinician_needs_a_name() -> None:
    one = ProgrammeDocument("a", (), author="Sam", clinic="Riverside")
    assert one.same_clinician(ProgrammeDocument("b", (), author=" sam ", clinic="RIVERSIDE"))
    assert not one.same_clinician(ProgrammeDocument("b", (), author="Sam", clinic="Elsewhere"))
    assert not ProgrammeDocument("a", ()).same_clinician(ProgrammeDocument("b", ()))


# --- Adherence -----------------------------------------------------------------------------

EVERY_DAY_TWICE = (2, 2, 2, 2, 2, 2, 2)
WEEKDAYS_ONCE = (1, 1, 1, 1, 1, 0, 0)


def test_planned_follows_the_programme_in_force() -> None:
    periods = [
        PlanPeriod(date(2026, 11, 2), date(2026, 11, 9), EVERY_DAY_TWICE),
        PlanPeriod(date(2026, 11, 9), None, WEEKDAYS_ONCE),
    ]
    assert planned_on(periods, date(2026, 11, 1)) == 0  # before any programme
    assert planned_on(periods, date(2026, 11, 8)) == 2
    assert planned_on(periods, date(2026, 11, 9)) == 1  # the replacement, from its first day
    assert planned_on(periods, date(2026, 11, 14)) == 0  # a Saturday


def test_adherence_by_day_and_week() -> None:
    periods = [PlanPeriod(date(2026, 11, 2), None, EVERY_DAY_TWICE)]  # a Monday
    done = {
        date(2026, 11, 2): SessionCounts(done=2),
        date(2026, 11, 3): SessionCounts(done=3, snacks=4),  # more than planned
        date(2026, 11, 4): SessionCounts(done=0, partial=1),
        date(2026, 11, 9): SessionCounts(done=1),
    }
    result = adherence(periods, done, date(2026, 11, 2), date(2026, 11, 10))
    assert [d.planned for d in result.days] == [2] * 9
    assert [d.kept for d in result.days][:3] == [2, 2, 0]
    first, second = result.weeks
    assert (first.week_start, first.planned, first.done, first.kept) == (
        date(2026, 11, 2),
        14,
        5,
        4,
    )
    assert (first.partial, first.snacks) == (1, 4)
    assert first.rate == pytest.approx(4 / 14)
    assert (second.planned, second.kept) == (4, 1)
    assert result.rate == pytest.approx(5 / 18)


def test_no_plan_means_no_rate() -> None:
    result = adherence(
        [], {date(2026, 11, 2): SessionCounts(done=1)}, date(2026, 11, 2), date(2026, 11, 2)
    )
    assert result.rate is None
    assert result.weeks[0].rate is None
    assert result.days[0].done == 1


def test_weeks_start_on_monday() -> None:
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)  # a Sunday
    assert week_start(date(2026, 11, 16)) == date(2026, 11, 16)


def test_a_weekly_activity_counts_its_days_in_the_locales_week() -> None:
    """Water walking 3 times a week: done Sunday, Tuesday and twice on Thursday. A Monday week
    (Germany) has 2 of them by Thursday; a Sunday week (US) has all 3 days."""
    from companion.domain.exercise import Dose
    from companion.domain.programme import Prescription, week_start, weekly_counts

    water = Prescription("water-walking", Dose(minutes=20, times_per_week=3))
    daily = Prescription("walking", Dose(minutes=10))
    sunday, tuesday, thursday = date(2026, 11, 29), date(2026, 12, 1), date(2026, 12, 3)
    done = {"water-walking": [sunday, tuesday, thursday, thursday]}
    assert week_start(thursday) == date(2026, 11, 30)
    assert week_start(thursday, first_weekday=7) == sunday
    assert week_start(sunday, first_weekday=7) == sunday
    monday_week = weekly_counts([water, daily], done, thursday)
    assert [(c.exercise_id, c.done, c.target) for c in monday_week] == [("water-walking", 2, 3)]
    (sunday_week,) = weekly_counts([water, daily], done, thursday, first_weekday=7)
    assert (sunday_week.week_start, sunday_week.done) == (sunday, 3)
    # Due until the week has it on 3 days: in a Sunday week Friday no longer asks for it.
    friday = thursday + timedelta(days=1)
    assert water.is_due(friday, done["water-walking"])
    assert not water.is_due(friday, done["water-walking"], first_weekday=7)
