"""Red-flag screenings: record the answers with their triage, and decide when to ask again.

An emergency result is remembered: exercise stays locked (domain.safety_lock) until the user
confirms that a doctor or an emergency department has assessed them since, with the date. A
newer screening, whatever its answers, does not lift it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from companion.domain.changes import Changes, Topic
from companion.domain.red_flags import (
    ADVICE,
    KNOWN,
    QUESTIONS_BY_ID,
    REPEATED_WORSE_AFTER_EXERCISE,
    Answer,
    CheckInSignals,
    ScreeningError,
    ScreeningOccasion,
    ScreeningQuestion,
    ScreeningReason,
    TriageAdvice,
    known_finding_current,
    triage,
)
from companion.domain.safety_lock import (
    AssessedBy,
    AssessmentProblem,
    EmergencyLock,
    assessment_problem,
)
from companion.domain.vocabulary import TriageLevel
from companion.services.data_store import Store
from companion.services.screening_due import (
    checkin_triggers_on,
    pending_reasons_on,
    screening_reasons_on,
    signals_of,
)
from companion.services.tray_data import lock_from
from companion.storage.models import (
    CheckIn,
    KnownFinding,
    RedFlagScreening,
    SafetyAssessment,
)
from companion.storage.queries.checkins import newest_checkins
from companion.storage.queries.screenings import (
    assessments_recorded,
    emergency_taken_at,
    known_findings_up_to,
    newest_screening,
    screenings_taken,
)
from companion.storage.queries.sessions import responses_between
from companion.storage.queries.tray import safety_lock_inputs
from companion.storage.unit_of_work import UnitOfWork

# The traffic-light answers that count towards "repeated worse after exercise".
RECENT_EXERCISE_WINDOW = timedelta(days=14)
# Stored among the answers when the app, not the user, supplied that finding.
_APP_FINDING_KEY = REPEATED_WORSE_AFTER_EXERCISE.id


class ScreeningRefusal(enum.StrEnum):
    """Why screening answers were not recorded (the app words it)."""

    UNANSWERED = "unanswered"  # a question was left without an answer
    NOT_RECORDABLE = "not-recordable"  # an unknown question or answer, or a time without zone


class ScreeningInvalid(ValueError):
    """Screening answers that cannot be recorded: `reason`; the message is the technical
    detail, for logs and tests, never shown as it is."""

    def __init__(self, reason: ScreeningRefusal, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class ScreeningRecord:
    """One stored screening: when, why, the answers, and the level and advice they led to."""

    id: int
    taken_at: datetime
    reason: ScreeningReason | None  # None for a reason this version does not know
    level: TriageLevel
    answers: Mapping[str, Answer]
    findings: tuple[ScreeningQuestion, ...]  # every "yes", most urgent first

    @property
    def advice(self) -> TriageAdvice:
        """What the user was told."""
        return ADVICE[self.level]

    @property
    def blocks_exercise(self) -> bool:
        """True when this screening keeps exercise locked."""
        return not self.advice.exercise_allowed


def record_screening(
    store: Store,
    answers: Mapping[str, Answer],
    reason: ScreeningReason,
    now: datetime,
) -> tuple[ScreeningRecord, Changes]:
    """Triage the answers, store the screening, and return it with the advice to show.

    A "my doctor knows" answer is dated when it is first given; while it stands (3 months)
    giving it again keeps the first date, so the question comes back on time.
    """
    _require_aware(now)
    with store.units.write() as uow:
        since = now - RECENT_EXERCISE_WINDOW
        responses = responses_between(uow.session, since, now)
        try:
            result = triage(answers, responses)
        except ScreeningError as error:
            raise ScreeningInvalid(_refusal(error), str(error)) from error
        stored: dict[str, Any] = dict(result.answers)
        if REPEATED_WORSE_AFTER_EXERCISE in result.findings:
            stored[_APP_FINDING_KEY] = True
        row = RedFlagScreening(
            taken_at=now, reason=ScreeningReason(reason).value, level=result.level, answers=stored
        )
        uow.session.add(row)
        uow.session.flush()
        standing = _known_since(uow, now)
        for question_id, value in result.answers.items():
            if value == KNOWN and question_id not in standing:
                uow.session.add(
                    KnownFinding(question_id=question_id, recorded_at=now, screening_id=row.id)
                )
        uow.commit()
        record = _record(row)
    return record, Changes.of(Topic.SCREENINGS)


def known_findings(store: Store, now: datetime) -> dict[str, datetime]:
    """The "my doctor knows" answers that still stand at `now`, by question id, with the time
    each was first given (the recheck date follows from it)."""
    _require_aware(now)
    with store.units.read() as uow:
        return _known_since(uow, now)


def _known_since(uow: UnitOfWork, now: datetime) -> dict[str, datetime]:
    newest: dict[str, datetime] = {}
    for question_id, recorded_at in known_findings_up_to(uow.session, now):
        if question_id not in newest or recorded_at > newest[question_id]:
            newest[question_id] = recorded_at
    today = now.date()
    return {
        question_id: recorded_at
        for question_id, recorded_at in newest.items()
        if question_id in QUESTIONS_BY_ID
        and QUESTIONS_BY_ID[question_id].known_allowed
        and known_finding_current(recorded_at.astimezone(now.tzinfo).date(), today)
    }


def last_screening(store: Store) -> ScreeningRecord | None:
    """The newest screening, or None if the user has never been screened."""
    with store.units.read() as uow:
        row = newest_screening(uow.session)
        return _record(row) if row is not None else None


def screening_history(
    store: Store, since: datetime | None = None, until: datetime | None = None
) -> list[ScreeningRecord]:
    """Every screening in the period, oldest first (for the report's first page)."""
    with store.units.read() as uow:
        return [_record(row) for row in screenings_taken(uow.session, since, until)]


def screening_reasons(
    store: Store,
    occasion: ScreeningOccasion,
    now: datetime,
    latest_checkin_signals: CheckInSignals | None = None,
    previous_checkin_signals: CheckInSignals | None = None,
) -> tuple[ScreeningReason, ...]:
    """Why the red-flag questions should be asked now (most pressing first); empty if not due.

    Never screened counts as the first run, whatever the occasion; what `pending_reasons`
    finds (a check-in or a session answer not yet followed by a screening) counts on every
    occasion.
    """
    _require_aware(now)
    with store.units.read() as uow:
        # The same sqlite3 reads the Today page runs before the ORM is loaded: one copy.
        return screening_reasons_on(
            uow.sqlite(),
            occasion,
            now,
            latest_checkin_signals,
            previous_checkin_signals,
        )


def checkin_signals(store: Store) -> tuple[CheckInSignals | None, CheckInSignals | None]:
    """The newest check-in and the one before it (deleted ones skipped), as screening signals."""
    with store.units.read() as uow:
        rows = newest_checkins(uow.session, 2)
        signals: list[CheckInSignals | None] = [_signals(row) for row in rows]
    signals += [None] * (2 - len(signals))
    return signals[0], signals[1]


def exercise_blocked(store: Store, now: datetime) -> bool:
    """True while an emergency answer is not yet followed by a confirmed assessment."""
    return current_lock(store, now) is not None


def current_lock(store: Store, now: datetime) -> EmergencyLock | None:
    """The emergency lock in force at `now`, or None."""
    _require_aware(now)
    with store.units.read() as uow:
        return _lock(uow, now)


def _lock(uow: UnitOfWork, now: datetime) -> EmergencyLock | None:
    # The tray reads the same inputs with the same query (storage.queries.tray).
    return lock_from(*safety_lock_inputs(uow.sqlite(), now))


class AssessmentInvalid(ValueError):
    """A confirmation that cannot lift the lock; `problem` says why (the UI words it)."""

    def __init__(self, problem: AssessmentProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class AssessmentRecord:
    """A stored confirmation that a doctor or an emergency department assessed the user."""

    id: int
    recorded_at: datetime
    assessed_on: date
    assessed_by: AssessedBy
    locked_since: datetime | None  # the emergency answer it cleared (None if since removed)


def record_assessment(
    store: Store, assessed_on: date, assessed_by: AssessedBy, now: datetime
) -> tuple[AssessmentRecord, Changes]:
    """Lift the emergency lock: the user was assessed on `assessed_on` (their local day).

    Raises AssessmentInvalid when nothing is locked, or the day is in the future or before the
    newest emergency answer. `now` must be in the user's zone: the days are compared in it.
    """
    _require_aware(now)
    with store.units.write() as uow:
        lock = _lock(uow, now)
        problem = assessment_problem(lock, assessed_on, now)
        if problem is not None or lock is None:
            raise AssessmentInvalid(problem or AssessmentProblem.NOT_LOCKED)
        screening_id = emergency_taken_at(uow.session, lock.latest)
        row = SafetyAssessment(
            recorded_at=now,
            assessed_on=assessed_on,
            assessed_by=AssessedBy(assessed_by).value,
            screening_id=screening_id,
        )
        uow.session.add(row)
        uow.commit()
        record = AssessmentRecord(row.id, now, assessed_on, AssessedBy(assessed_by), lock.since)
    return record, Changes.of(Topic.SCREENINGS, Topic.DIARY)


def assessment_history(
    store: Store, since: datetime | None = None, until: datetime | None = None
) -> list[AssessmentRecord]:
    """Every confirmation in the period (by when it was given), oldest first."""
    with store.units.read() as uow:
        return [
            AssessmentRecord(
                row.id,
                row.recorded_at,
                row.assessed_on,
                _assessed_by(row.assessed_by),
                taken_at,
            )
            for row, taken_at in assessments_recorded(uow.session, since, until)
        ]


def _assessed_by(stored: str) -> AssessedBy:
    try:
        return AssessedBy(stored)
    except ValueError:
        return AssessedBy.DOCTOR


def pending_reasons(store: Store, now: datetime) -> tuple[ScreeningReason, ...]:
    """What still calls for the safety questions though nobody answered them since.

    The newest check-in's triggers (checkin_triggers) and a session's "new numbness or
    weakness" answer stay due until a screening is recorded after them, so a check-in from
    the command line, or a dialog closed with "Not now", still leads to the questions.
    """
    _require_aware(now)
    with store.units.read() as uow:
        return pending_reasons_on(uow.sqlite(), now)


def checkin_triggers_of(store: Store, checkin_id: int) -> tuple[ScreeningReason, ...]:
    """What in one stored check-in calls for the safety questions (empty if it is gone)."""
    with store.units.read() as uow:
        return checkin_triggers_on(uow.sqlite(), checkin_id)


def _signals(row: CheckIn) -> CheckInSignals:
    return signals_of(row.leg_pain, row.symptoms, row.side, row.leg_reach)


def _record(row: RedFlagScreening) -> ScreeningRecord:
    stored = row.answers if isinstance(row.answers, dict) else {}
    answers: dict[str, Answer] = {
        key: value
        for key, value in stored.items()
        if key in QUESTIONS_BY_ID and (isinstance(value, bool) or value == KNOWN)
    }
    findings = [q for q in QUESTIONS_BY_ID.values() if answers.get(q.id) is True]
    if stored.get(_APP_FINDING_KEY) is True:
        findings.append(REPEATED_WORSE_AFTER_EXERCISE)
    urgency = list(TriageLevel)
    findings.sort(key=lambda q: urgency.index(q.level))
    try:
        reason: ScreeningReason | None = ScreeningReason(row.reason)
    except ValueError:
        reason = None
    return ScreeningRecord(row.id, row.taken_at, reason, row.level, answers, tuple(findings))


def _refusal(error: ScreeningError) -> ScreeningRefusal:
    if str(error).startswith("please answer every question"):
        return ScreeningRefusal.UNANSWERED
    return ScreeningRefusal.NOT_RECORDABLE


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ScreeningInvalid(
            ScreeningRefusal.NOT_RECORDABLE, "the time of a screening must include its time zone"
        )


__all__ = [
    "RECENT_EXERCISE_WINDOW",
    "AssessmentInvalid",
    "AssessmentRecord",
    "ScreeningInvalid",
    "ScreeningRecord",
    "ScreeningRefusal",
    "assessment_history",
    "checkin_signals",
    "checkin_triggers_of",
    "current_lock",
    "exercise_blocked",
    "known_findings",
    "last_screening",
    "pending_reasons",
    "record_assessment",
    "record_screening",
    "screening_history",
    "screening_reasons",
]
