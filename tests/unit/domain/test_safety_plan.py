"""Tables of cases for the progression guards, today's plan and the pathway suggestion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from companion.domain.exercise import (
    Bias,
    Category,
    ClearanceCondition,
    Dose,
    Equipment,
    Exercise,
    Position,
)
from companion.domain.illustration.pose import Figure, FigureView
from companion.domain.programme import (
    DoseField,
    ProgressionRule,
    ProgressReason,
    ProgressState,
    progress,
)
from companion.domain.safety_plan import (
    CheckInPoint,
    HoldReason,
    LeftOut,
    ProgressionEvidence,
    left_out_today,
    pathway_of,
    progression_holds,
    suggest_other_pathway,
    too_soon,
)
from companion.domain.vocabulary import ExerciseResponse, SymptomKind

TODAY = date(2026, 3, 18)
GOOD = ExerciseResponse.BETTER_OR_SAME
NUMB = frozenset({SymptomKind.NUMBNESS})


def steady(
    pain_now: int = 4, pain_before: int = 4, reach: int = 2, per_week: int = 4
) -> list[CheckInPoint]:
    """`per_week` check-ins in each of the two weeks, the same reach and symptoms throughout."""
    points = [
        CheckInPoint(TODAY - timedelta(days=13 - i), pain_before, reach) for i in range(per_week)
    ]
    points += [
        CheckInPoint(TODAY - timedelta(days=6 - i), pain_now, reach) for i in range(per_week)
    ]
    return points


def ago(
    days: int, pain: int = 4, reach: int = 2, symptoms: frozenset[SymptomKind] = frozenset()
) -> CheckInPoint:
    return CheckInPoint(TODAY - timedelta(days=days), pain, reach, symptoms)


@pytest.mark.parametrize(
    ("case", "evidence", "holds"),
    [
        ("steady weeks", ProgressionEvidence(TODAY, tuple(steady())), ()),
        ("leg pain falling", ProgressionEvidence(TODAY, tuple(steady(3, 5))), ()),
        (
            "mean up 0.75: not yet",
            ProgressionEvidence(
                TODAY, (*steady(4, 4)[:4], ago(6, 5), ago(5, 5), ago(4, 5), ago(3, 4))
            ),
            (),
        ),
        (
            "mean up exactly 1",
            ProgressionEvidence(TODAY, tuple(steady(5, 4))),
            (HoldReason.LEG_PAIN_RISING,),
        ),
        (
            "mean up 2",
            ProgressionEvidence(TODAY, tuple(steady(6, 4))),
            (HoldReason.LEG_PAIN_RISING,),
        ),
        (
            "2 check-ins this week",
            ProgressionEvidence(TODAY, tuple(steady()[:6])),
            (HoldReason.TOO_FEW_CHECKINS,),
        ),
        (
            "2 check-ins the week before",
            ProgressionEvidence(TODAY, tuple(steady()[2:])),
            (HoldReason.TOO_FEW_CHECKINS,),
        ),
        ("no check-ins at all", ProgressionEvidence(TODAY, ()), (HoldReason.TOO_FEW_CHECKINS,)),
        ("3 a week is enough", ProgressionEvidence(TODAY, tuple(steady(per_week=3))), ()),
        (
            "reach spread 3 days ago",
            ProgressionEvidence(TODAY, (*steady(), ago(3, reach=3))),
            (HoldReason.REACH_SPREAD,),
        ),
        (
            "reach spread 8 days ago",
            ProgressionEvidence(
                TODAY,
                (
                    ago(13),
                    ago(12),
                    ago(11),
                    ago(8, reach=3),
                    ago(6, reach=3),
                    ago(5, reach=3),
                    ago(4, reach=3),
                ),
            ),
            (),
        ),
        ("reach retreating", ProgressionEvidence(TODAY, (*steady(reach=3), ago(1, reach=1))), ()),
        (
            "worse today",
            ProgressionEvidence(TODAY, tuple(steady()), worse_days=(TODAY,)),
            (HoldReason.RECENT_WORSE,),
        ),
        (
            "worse 6 days ago",
            ProgressionEvidence(TODAY, tuple(steady()), worse_days=(TODAY - timedelta(days=6),)),
            (HoldReason.RECENT_WORSE,),
        ),
        (
            "worse 7 days ago",
            ProgressionEvidence(TODAY, tuple(steady()), worse_days=(TODAY - timedelta(days=7),)),
            (),
        ),
        (
            "new numbness",
            ProgressionEvidence(TODAY, (*steady(), ago(1, symptoms=NUMB))),
            (HoldReason.NEW_NERVE_SYMPTOMS,),
        ),
        (
            "new weakness",
            ProgressionEvidence(
                TODAY, (*steady(), ago(0, symptoms=frozenset({SymptomKind.WEAKNESS})))
            ),
            (HoldReason.NEW_NERVE_SYMPTOMS,),
        ),
        (
            "new pins and needles",
            ProgressionEvidence(
                TODAY, (*steady(), ago(2, symptoms=frozenset({SymptomKind.PINS_AND_NEEDLES})))
            ),
            (HoldReason.NEW_NERVE_SYMPTOMS,),
        ),
        (
            "numbness known for weeks",
            ProgressionEvidence(TODAY, tuple(replace(p, symptoms=NUMB) for p in steady())),
            (),
        ),
        (
            "aching is not a nerve symptom",
            ProgressionEvidence(
                TODAY, (*steady(), ago(1, symptoms=frozenset({SymptomKind.ACHING})))
            ),
            (),
        ),
        (
            "same-day finding open",
            ProgressionEvidence(TODAY, tuple(steady()), same_day_open=True),
            (HoldReason.SAME_DAY_FINDING,),
        ),
        (
            "everything at once",
            ProgressionEvidence(
                TODAY, (ago(12), ago(2, 8, 4, NUMB)), worse_days=(TODAY,), same_day_open=True
            ),
            (
                HoldReason.SAME_DAY_FINDING,
                HoldReason.RECENT_WORSE,
                HoldReason.NEW_NERVE_SYMPTOMS,
                HoldReason.REACH_SPREAD,
                HoldReason.TOO_FEW_CHECKINS,
            ),
        ),
    ],
)
def test_progression_guards(
    case: str, evidence: ProgressionEvidence, holds: tuple[HoldReason, ...]
) -> None:
    assert progression_holds(evidence) == holds, case


@pytest.mark.parametrize(
    ("last_step", "today", "expected"),
    [
        (None, TODAY, False),
        (TODAY, TODAY, True),
        (TODAY - timedelta(days=6), TODAY, True),
        (TODAY - timedelta(days=7), TODAY, False),
        (TODAY - timedelta(days=30), TODAY, False),
    ],
)
def test_seven_days_between_steps(last_step: date | None, today: date, expected: bool) -> None:
    assert too_soon(last_step, today) is expected


DOSE = Dose(sets=1, reps=5, hold_s=10)
EVERY_SESSION = (ProgressionRule(DoseField.REPS, 1, 1, 10),)
TWO_DAYS = (ProgressionRule(DoseField.REPS, 1, 2, 10),)


def run(
    rules: tuple[ProgressionRule, ...], days: list[date], holds: tuple[HoldReason, ...] = ()
) -> tuple[int, list[ProgressReason]]:
    state = ProgressState.start(DOSE)
    reasons = []
    for day in days:
        outcome = progress(rules, DOSE, state, GOOD, today=day, holds=holds)
        state = outcome.state
        reasons.append(outcome.reason)
    return state.reps, reasons


D = [TODAY + timedelta(days=i) for i in range(30)]
S, C, H = ProgressReason.STEADY, ProgressReason.COUNTING, ProgressReason.HELD


@pytest.mark.parametrize(
    ("case", "rules", "days", "reps", "reasons"),
    [
        ("3 sessions a day step once", EVERY_SESSION, [D[0]] * 3, 6, [S, C, C]),
        ("daily sessions wait a week", EVERY_SESSION, D[:8], 7, [S, H, H, H, H, H, H, S]),
        ("a week later the next step", EVERY_SESSION, [D[0], D[7]], 7, [S, S]),
        ("two days, not two sessions", TWO_DAYS, [D[0], D[0], D[0]], 5, [C, C, C]),
        ("two good days step up", TWO_DAYS, [D[0], D[0], D[1]], 6, [C, C, S]),
    ],
)
def test_steps_are_counted_in_days(
    case: str,
    rules: tuple[ProgressionRule, ...],
    days: list[date],
    reps: int,
    reasons: list[ProgressReason],
) -> None:
    assert run(rules, days) == (reps, reasons), case


def test_a_held_step_says_why_and_goes_ahead_once_the_guard_clears() -> None:
    state = ProgressState.start(DOSE)
    held = progress(EVERY_SESSION, DOSE, state, GOOD, today=D[0], holds=(HoldReason.RECENT_WORSE,))
    assert held.reason is ProgressReason.HELD and held.change is None
    assert held.holds == (HoldReason.RECENT_WORSE,)
    later = progress(EVERY_SESSION, DOSE, held.state, GOOD, today=D[1])
    assert later.reason is ProgressReason.STEADY and later.state.reps == 6
    soon = progress(
        EVERY_SESSION, DOSE, later.state, GOOD, today=D[2], holds=(HoldReason.TOO_FEW_CHECKINS,)
    )
    assert soon.holds == (HoldReason.TOO_SOON, HoldReason.TOO_FEW_CHECKINS)


def test_a_worse_answer_still_steps_back_while_held() -> None:
    stepped = progress(EVERY_SESSION, DOSE, ProgressState.start(DOSE), GOOD, today=D[0]).state
    back = progress(
        EVERY_SESSION,
        DOSE,
        stepped,
        ExerciseResponse.WORSE,
        today=D[1],
        holds=(HoldReason.RECENT_WORSE,),
    )
    assert back.reason is ProgressReason.WORSE and back.state.reps == 5


def exercise(
    exercise_id: str,
    category: Category,
    bias: Bias = Bias.NEUTRAL,
    clearance: frozenset[ClearanceCondition] = frozenset(),
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id,
        short_name=exercise_id,
        category=category,
        bias=bias,
        position=Position.LYING_BACK,
        equipment=(Equipment.MAT,),
        summary="",
        steps=("Move.",),
        dose=DOSE,
        cautions=(),
        stop_rules=("Stop.",),
        easier=(),
        harder=(),
        evidence="",
        figure=Figure(FigureView.SIDE, (), ()),
        clearance=clearance,
    )


GLIDE = exercise("glide", Category.NERVE_MOBILITY)
BRIDGE = exercise("bridge", Category.STRENGTH, clearance=frozenset({ClearanceCondition.PREGNANCY}))
WALK = exercise("walk", Category.AEROBIC)
REST = exercise("rest", Category.POSTURE)
STRETCH = exercise("stretch", Category.STRETCH)
PREGNANT = frozenset({ClearanceCondition.PREGNANCY})


@pytest.mark.parametrize(
    ("case", "item", "worse_today", "same_day", "conditions", "prescribed", "expected"),
    [
        ("nothing wrong", BRIDGE, set(), False, set(), False, None),
        ("worse earlier today", WALK, {"walk"}, False, set(), True, LeftOut.WORSE_TODAY),
        ("worse on another exercise", WALK, {"bridge"}, False, set(), True, None),
        ("same-day: nerve glide", GLIDE, set(), True, set(), True, LeftOut.SAME_DAY_FINDING),
        ("same-day: strength", BRIDGE, set(), True, set(), True, LeftOut.SAME_DAY_FINDING),
        ("same-day: walking stays", WALK, set(), True, set(), True, None),
        ("same-day: rest positions stay", REST, set(), True, set(), True, None),
        ("same-day: stretch stays", STRETCH, set(), True, set(), True, None),
        ("clearance: starter", BRIDGE, set(), False, PREGNANT, False, LeftOut.NEEDS_CLEARANCE),
        ("clearance: prescribed stays", BRIDGE, set(), False, PREGNANT, True, None),
        ("clearance: unaffected", WALK, set(), False, PREGNANT, False, None),
        (
            "worse wins over the rest",
            BRIDGE,
            {"bridge"},
            True,
            PREGNANT,
            False,
            LeftOut.WORSE_TODAY,
        ),
    ],
)
def test_todays_plan(  # noqa: PLR0917 (one parameter per column of the table)
    case: str,
    item: Exercise,
    worse_today: set[str],
    same_day: bool,
    conditions: set[ClearanceCondition],
    prescribed: bool,
    expected: LeftOut | None,
) -> None:
    found = left_out_today(
        item,
        worse_today=frozenset(worse_today),
        same_day_open=same_day,
        conditions=frozenset(conditions),
        prescribed=prescribed,
    )
    assert found is expected, case


@pytest.mark.parametrize(
    ("biases", "expected"),
    [
        ((Bias.NEUTRAL, Bias.NEUTRAL), None),
        ((Bias.EXTENSION, Bias.NEUTRAL), Bias.EXTENSION),
        ((Bias.FLEXION,), Bias.FLEXION),
        ((Bias.FLEXION, Bias.EXTENSION), None),
    ],
)
def test_the_pathway_a_programme_leans(biases: tuple[Bias, ...], expected: Bias | None) -> None:
    items = [exercise(f"e{i}", Category.STRETCH, bias) for i, bias in enumerate(biases)]
    assert pathway_of(items) is expected


@pytest.mark.parametrize(
    ("red_days_ago", "expected"),
    [
        ((), False),
        ((0,), False),
        ((0, 0), True),  # two sessions on one day
        ((0, 13), True),
        ((0, 14), False),
        ((20, 30), False),
    ],
)
def test_red_answers_in_two_sessions_suggest_a_change(
    red_days_ago: tuple[int, ...], expected: bool
) -> None:
    days = [TODAY - timedelta(days=n) for n in red_days_ago]
    assert suggest_other_pathway(days, TODAY) is expected
