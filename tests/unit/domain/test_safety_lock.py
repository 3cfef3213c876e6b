"""The emergency lock's whole life, as tables: locked by an emergency answer, never lifted by
answering again, lifted only by a dated confirmation of an assessment since."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.domain.red_flags import QUESTIONS, triage
from companion.domain.safety_lock import (
    Assessment,
    AssessmentProblem,
    EmergencyLock,
    assessment_problem,
    emergency_lock,
)
from companion.domain.vocabulary import TriageLevel

ZONE = timezone(timedelta(hours=-5))  # days are the user's local days
T0 = datetime(2026, 3, 10, 20, 0, tzinfo=ZONE)  # the emergency answer


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def run(events: list[tuple[str, float, object]]) -> list[bool]:
    """Replay screenings and confirmations; after each, is exercise locked?"""
    emergencies: list[datetime] = []
    assessments: list[Assessment] = []
    locked: list[bool] = []
    for kind, hours, value in events:
        now = at(hours)
        if kind == "screening":
            answers = {q.id: False for q in QUESTIONS} | dict(value)  # type: ignore[call-overload]
            if triage(answers).level is TriageLevel.EMERGENCY:
                emergencies.append(now)
        else:
            assert isinstance(value, date)
            lock = emergency_lock(emergencies, assessments)
            if assessment_problem(lock, value, now) is None:
                assessments.append(Assessment(value, now))
        locked.append(emergency_lock(emergencies, assessments) is not None)
    return locked


DAY0 = T0.date()
EMERGENCY = {"bladder": True}
ALL_NO: dict[str, bool] = {}


@pytest.mark.parametrize(
    ("events", "locked"),
    [
        # An emergency answer locks.
        ([("screening", 0, EMERGENCY)], [True]),
        # Answering "No" to everything 30 seconds later does not unlock, nor a week later.
        (
            [("screening", 0, EMERGENCY), ("screening", 0.01, ALL_NO), ("screening", 168, ALL_NO)],
            [True, True, True],
        ),
        # A same-day or routine result does not unlock either.
        (
            [("screening", 0, EMERGENCY), ("screening", 1, {"fever_or_unwell": True})],
            [True, True],
        ),
        # Confirming an assessment with a date on or after the emergency answer unlocks.
        ([("screening", 0, EMERGENCY), ("confirm", 5, DAY0)], [True, False]),
        ([("screening", 0, EMERGENCY), ("confirm", 30, DAY0 + timedelta(days=1))], [True, False]),
        # ...but not with a date before it, or in the future.
        ([("screening", 0, EMERGENCY), ("confirm", 5, DAY0 - timedelta(days=1))], [True, True]),
        ([("screening", 0, EMERGENCY), ("confirm", 1, DAY0 + timedelta(days=1))], [True, True]),
        # Once cleared, "No" keeps it unlocked; a new emergency answer locks again.
        (
            [
                ("screening", 0, EMERGENCY),
                ("confirm", 5, DAY0),
                ("screening", 6, ALL_NO),
                ("screening", 48, {"saddle_numbness": True}),
                ("screening", 49, ALL_NO),
            ],
            [True, False, False, True, True],
        ),
        # A second emergency before the confirmation: the assessment must be after the newest.
        (
            [
                ("screening", 0, EMERGENCY),
                ("screening", 30, EMERGENCY),  # 02:00 two days on
                ("confirm", 31, DAY0 + timedelta(days=1)),
                ("confirm", 32, DAY0 + timedelta(days=2)),
            ],
            [True, True, True, False],
        ),
        # A confirmation with nothing locked records nothing, and does not pre-clear.
        (
            [("confirm", -1, DAY0), ("screening", 0, EMERGENCY)],
            [False, True],
        ),
        # A known long-standing finding does not lock at all.
        ([("screening", 0, {"both_legs": "known"})], [False]),
    ],
)
def test_the_lock_lifecycle(events: list[tuple[str, float, object]], locked: list[bool]) -> None:
    assert run(events) == locked


@pytest.mark.parametrize(
    ("assessed_on", "now_hours", "problem"),
    [
        (DAY0, 1, None),  # the same evening
        (DAY0 + timedelta(days=1), 4.5, None),  # 00:30 the next day, local time
        (DAY0 + timedelta(days=1), 3.5, AssessmentProblem.IN_FUTURE),  # still 23:30 on DAY0
        (DAY0 - timedelta(days=1), 24, AssessmentProblem.BEFORE_EMERGENCY),
        (DAY0 + timedelta(days=30), 24 * 31, None),
    ],
)
def test_assessment_days_are_checked_in_the_users_zone(
    assessed_on: date, now_hours: float, problem: AssessmentProblem | None
) -> None:
    lock = EmergencyLock(T0, T0)
    assert assessment_problem(lock, assessed_on, at(now_hours)) is problem


def test_nothing_to_clear_without_a_lock() -> None:
    assert assessment_problem(None, DAY0, at(1)) is AssessmentProblem.NOT_LOCKED


def test_the_lock_runs_from_the_first_uncleared_emergency_to_the_newest() -> None:
    cleared = Assessment(DAY0, at(2))
    lock = emergency_lock([at(0), at(5), at(9)], [cleared])
    assert lock == EmergencyLock(at(5), at(9))
    assert emergency_lock([at(0)], [cleared]) is None
    assert emergency_lock([], []) is None
