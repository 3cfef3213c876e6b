"""Both red traffic-light answers count as "worse" wherever answers are weighed: in the
session summary, in progression (a step back, never a step up) and as the worst answer."""

from __future__ import annotations

import pytest

from companion.domain.exercise import Dose
from companion.domain.programme import (
    DoseField,
    ProgressionRule,
    ProgressReason,
    ProgressState,
    progress,
    worst_response,
)
from companion.domain.vocabulary import ExerciseResponse

GOOD = ExerciseResponse.BETTER_OR_SAME
AMBER = ExerciseResponse.WORSE_BUT_SETTLING
SPREAD = ExerciseResponse.WORSE
NUMB = ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS
RULE = ProgressionRule(DoseField.HOLD_S, step=5, after_sessions=1, up_to=30)
DOSE = Dose(sets=1, reps=8, hold_s=20)


@pytest.mark.parametrize(
    ("response", "red"), [(GOOD, False), (AMBER, False), (SPREAD, True), (NUMB, True)]
)
def test_which_answers_are_red(response: ExerciseResponse, red: bool) -> None:
    assert response.is_red is red


@pytest.mark.parametrize(("response", "hold"), [(GOOD, 30), (SPREAD, 20), (NUMB, 20)])
def test_a_red_answer_steps_back_never_up(response: ExerciseResponse, hold: int) -> None:
    stepped = progress((RULE,), DOSE, ProgressState.start(DOSE), GOOD).state
    assert stepped.hold_s == 25
    outcome = progress((RULE,), DOSE, stepped, response)
    assert outcome.state.hold_s == hold
    if response.is_red:
        assert outcome.reason is ProgressReason.WORSE


@pytest.mark.parametrize(
    ("responses", "worst"),
    [
        ([GOOD, NUMB, SPREAD], NUMB),
        ([AMBER, NUMB], NUMB),
        ([GOOD, SPREAD, AMBER], SPREAD),
    ],
)
def test_new_numbness_or_weakness_is_the_worst_answer(
    responses: list[ExerciseResponse], worst: ExerciseResponse
) -> None:
    assert worst_response(responses) is worst
