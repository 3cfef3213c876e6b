"""The emergency lock: after an emergency answer, exercise stays locked until a doctor has seen
the user.

Answering the safety questions again cannot lift it: people in pain learn which answers make a
warning go away. Only a confirmation that a doctor or an emergency department has assessed the
user since the emergency answer, with the date, lifts it (clinical.md §4.2: "an emergency
answer must block exercise content and must not be dismissible").
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime


class AssessedBy(enum.StrEnum):
    """Who assessed the user after the emergency answer."""

    DOCTOR = "doctor"
    EMERGENCY_DEPARTMENT = "emergency_department"


@dataclass(frozen=True)
class Assessment:
    """The user's word that they were assessed on `assessed_on`, given at `recorded_at`."""

    assessed_on: date
    recorded_at: datetime
    assessed_by: AssessedBy = AssessedBy.DOCTOR


@dataclass(frozen=True)
class EmergencyLock:
    """Exercise is locked: emergency answers from `since` to `latest` are not yet cleared."""

    since: datetime  # the first emergency answer no assessment has followed
    latest: datetime  # the newest one: an assessment must be on or after its day

    def earliest_assessment(self, now: datetime) -> date:
        """The first day an assessment can clear this lock, in the zone of `now`."""
        return self.latest.astimezone(now.tzinfo).date()


def emergency_lock(
    emergencies: Iterable[datetime], assessments: Iterable[Assessment]
) -> EmergencyLock | None:
    """The lock in force, or None: emergency answers given after the newest assessment.

    `emergencies` are the times of the emergency screenings; a screening with any other
    result never lifts the lock.
    """
    cleared_at = max((c.recorded_at for c in assessments), default=None)
    open_ = sorted(t for t in emergencies if cleared_at is None or t > cleared_at)
    if not open_:
        return None
    return EmergencyLock(open_[0], open_[-1])


class AssessmentProblem(enum.StrEnum):
    """Why a confirmation cannot lift the lock (the UI words it)."""

    NOT_LOCKED = "not_locked"
    IN_FUTURE = "in_future"
    BEFORE_EMERGENCY = "before_emergency"


def assessment_problem(
    lock: EmergencyLock | None, assessed_on: date, now: datetime
) -> AssessmentProblem | None:
    """None if an assessment on `assessed_on` lifts `lock`; else what is wrong with it.

    The day must not be in the future, nor before the day of the newest emergency answer
    (both in the zone of `now`, the user's local time).
    """
    if lock is None:
        return AssessmentProblem.NOT_LOCKED
    if assessed_on > now.date():
        return AssessmentProblem.IN_FUTURE
    if assessed_on < lock.earliest_assessment(now):
        return AssessmentProblem.BEFORE_EMERGENCY
    return None
