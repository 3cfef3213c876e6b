"""Red-flag screenings: record the answers with their triage, and decide when to ask again.

An emergency result is remembered: exercise stays blocked until a newer screening that is not
an emergency, so the session player can refuse to start even after the dialog was closed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from companion.domain.changes import Changes, Topic
from companion.domain.red_flags import (
    ADVICE,
    QUESTIONS_BY_ID,
    REPEATED_WORSE_AFTER_EXERCISE,
    CheckInSignals,
    ScreeningError,
    ScreeningOccasion,
    ScreeningQuestion,
    ScreeningReason,
    TriageAdvice,
    screening_due,
    triage,
)
from companion.domain.vocabulary import SymptomKind, TriageLevel
from companion.services.data_store import Store
from companion.storage.models import CheckIn, ExerciseSession, RedFlagScreening, SessionExercise

# The traffic-light answers that count towards "repeated worse after exercise".
RECENT_EXERCISE_WINDOW = timedelta(days=14)
# Stored among the answers when the app, not the user, supplied that finding.
_APP_FINDING_KEY = REPEATED_WORSE_AFTER_EXERCISE.id


class ScreeningInvalid(ValueError):
    """Screening answers that cannot be recorded; the message says what to fix."""


@dataclass(frozen=True)
class ScreeningRecord:
    """One stored screening: when, why, the answers, and the level and advice they led to."""

    id: int
    taken_at: datetime
    reason: ScreeningReason | None  # None for a reason this version does not know
    level: TriageLevel
    answers: Mapping[str, bool]
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
    answers: Mapping[str, bool],
    reason: ScreeningReason,
    now: datetime,
) -> tuple[ScreeningRecord, Changes]:
    """Triage the answers, store the screening, and return it with the advice to show."""
    _require_aware(now)
    with store.units.write() as uow:
        since = now - RECENT_EXERCISE_WINDOW
        responses = uow.session.scalars(
            select(SessionExercise.response)
            .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
            .where(ExerciseSession.started_at >= since, ExerciseSession.started_at <= now)
            .where(SessionExercise.response.is_not(None))
        ).all()
        try:
            result = triage(answers, [r for r in responses if r is not None])
        except ScreeningError as error:
            raise ScreeningInvalid(_plain(error)) from error
        stored: dict[str, Any] = dict(result.answers)
        if REPEATED_WORSE_AFTER_EXERCISE in result.findings:
            stored[_APP_FINDING_KEY] = True
        row = RedFlagScreening(
            taken_at=now, reason=ScreeningReason(reason).value, level=result.level, answers=stored
        )
        uow.session.add(row)
        uow.commit()
        record = _record(row)
    return record, Changes.of(Topic.SCREENINGS)


def last_screening(store: Store) -> ScreeningRecord | None:
    """The newest screening, or None if the user has never been screened."""
    with store.units.read() as uow:
        row = uow.session.scalars(
            select(RedFlagScreening)
            .order_by(RedFlagScreening.taken_at.desc(), RedFlagScreening.id.desc())
            .limit(1)
        ).first()
        return _record(row) if row is not None else None


def screening_history(
    store: Store, since: datetime | None = None, until: datetime | None = None
) -> list[ScreeningRecord]:
    """Every screening in the period, oldest first (for the report's first page)."""
    query = select(RedFlagScreening).order_by(RedFlagScreening.taken_at, RedFlagScreening.id)
    if since is not None:
        query = query.where(RedFlagScreening.taken_at >= since)
    if until is not None:
        query = query.where(RedFlagScreening.taken_at <= until)
    with store.units.read() as uow:
        return [_record(row) for row in uow.session.scalars(query)]


def screening_reasons(
    store: Store,
    occasion: ScreeningOccasion,
    now: datetime,
    latest_checkin_signals: CheckInSignals | None = None,
    previous_checkin_signals: CheckInSignals | None = None,
) -> tuple[ScreeningReason, ...]:
    """Why the red-flag questions should be asked now (most pressing first); empty if not due.

    Never screened counts as the first run, whatever the occasion.
    """
    _require_aware(now)
    last = last_screening(store)
    return screening_due(
        occasion,
        now,
        last.taken_at if last is not None else None,
        latest_checkin_signals,
        previous_checkin_signals,
    )


def checkin_signals(store: Store) -> tuple[CheckInSignals | None, CheckInSignals | None]:
    """The newest check-in and the one before it (deleted ones skipped), as screening signals."""
    with store.units.read() as uow:
        rows = uow.session.execute(
            select(CheckIn.leg_pain, CheckIn.symptoms)
            .where(CheckIn.deleted_at.is_(None))
            .order_by(CheckIn.recorded_at.desc(), CheckIn.id.desc())
            .limit(2)
        ).all()
    signals: list[CheckInSignals | None] = [
        CheckInSignals(leg_pain, _symptoms(symptoms)) for leg_pain, symptoms in rows
    ]
    signals += [None] * (2 - len(signals))
    return signals[0], signals[1]


def exercise_blocked(store: Store, now: datetime) -> bool:
    """True while the newest screening up to `now` is an emergency: exercise must not start."""
    _require_aware(now)
    with store.units.read() as uow:
        level = uow.session.scalars(
            select(RedFlagScreening.level)
            .where(RedFlagScreening.taken_at <= now)
            .order_by(RedFlagScreening.taken_at.desc(), RedFlagScreening.id.desc())
            .limit(1)
        ).first()
    return level is TriageLevel.EMERGENCY


def _record(row: RedFlagScreening) -> ScreeningRecord:
    stored = row.answers if isinstance(row.answers, dict) else {}
    answers = {
        key: value
        for key, value in stored.items()
        if key in QUESTIONS_BY_ID and isinstance(value, bool)
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


def _symptoms(stored: object) -> frozenset[SymptomKind]:
    known = {kind.value for kind in SymptomKind}
    if not isinstance(stored, list):
        return frozenset()
    return frozenset(SymptomKind(value) for value in stored if value in known)


def _plain(error: ScreeningError) -> str:
    text = str(error)
    if text.startswith("please answer every question"):
        return "Please answer every question with yes or no before you finish."
    return f"These answers cannot be recorded: {text}."


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ScreeningInvalid("the time of a screening must include its time zone")


__all__ = [
    "RECENT_EXERCISE_WINDOW",
    "ScreeningInvalid",
    "ScreeningRecord",
    "checkin_signals",
    "exercise_blocked",
    "last_screening",
    "record_screening",
    "screening_history",
    "screening_reasons",
]
