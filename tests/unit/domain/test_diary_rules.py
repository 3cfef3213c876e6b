"""The diary's rules as tables: contradictions asked about, and how an exercise counts."""

from __future__ import annotations

import pytest

from companion.domain.diary_rules import (
    Contradiction,
    ExerciseOutcome,
    checkin_contradictions,
    exercise_outcome,
)
from companion.domain.vocabulary import LegReach, Side

C = Contradiction


@pytest.mark.parametrize(
    ("leg_pain", "reach", "side", "expected"),
    [
        (0, LegReach.NONE, None, ()),
        (4, LegReach.CALF, Side.LEFT, ()),
        (10, LegReach.FOOT, Side.BOTH, ()),
        (1, LegReach.NONE, None, (C.LEG_PAIN_WITHOUT_REACH,)),
        (7, LegReach.NONE, None, (C.LEG_PAIN_WITHOUT_REACH,)),
        (0, LegReach.THIGH, Side.RIGHT, (C.REACH_WITHOUT_LEG_PAIN,)),
        (3, LegReach.BUTTOCK, None, (C.REACH_WITHOUT_SIDE,)),
        (0, LegReach.FOOT, None, (C.REACH_WITHOUT_LEG_PAIN, C.REACH_WITHOUT_SIDE)),
    ],
)
def test_checkin_contradictions(
    leg_pain: int, reach: LegReach, side: Side | None, expected: tuple[Contradiction, ...]
) -> None:
    assert checkin_contradictions(leg_pain, reach, side) == expected


@pytest.mark.parametrize(
    ("prescribed", "done", "skipped", "expected"),
    [
        (3, (3, 0, 0), False, ExerciseOutcome.DONE),
        (3, (4, 0, 0), False, ExerciseOutcome.DONE),
        (0, (1, 0, 0), False, ExerciseOutcome.DONE),  # a dose without sets counts as one
        (3, (2, 0, 0), False, ExerciseOutcome.PARTIAL),
        (3, (0, 4, 0), False, ExerciseOutcome.PARTIAL),  # some reps of the first set
        (1, (0, 0, 15), False, ExerciseOutcome.PARTIAL),  # part of a hold
        (3, (1, 0, 0), True, ExerciseOutcome.PARTIAL),  # skipped the rest: still partial, not ✓
        (3, (0, 0, 0), True, ExerciseOutcome.SKIPPED),
        (3, (0, 0, 0), False, ExerciseOutcome.NOT_REACHED),
    ],
)
def test_exercise_outcome(
    prescribed: int, done: tuple[int, int, int], skipped: bool, expected: ExerciseOutcome
) -> None:
    sets, reps, hold = done
    assert exercise_outcome(prescribed, sets, reps, hold, skipped) is expected
