"""What the FHIR export reads: a period's check-ins, sittings and sessions as plain rows (Core
execution: years of rows), and every programme with its exercises."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from companion.storage.models import (
    CheckIn,
    ExerciseSession,
    Programme,
    QuestionnaireResponse,
    SessionExercise,
)
from companion.storage.queries.rows import live_within, within


def _rows(session: Session, query: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.connection().execute(query)]


def pain_rows(session: Session, since: datetime, until: datetime) -> list[tuple[Any, ...]]:
    """(id, moment, back, leg, reach, side, note) of the period's live check-ins, oldest first."""
    columns = (CheckIn.back_pain, CheckIn.leg_pain, CheckIn.leg_reach, CheckIn.side, CheckIn.note)
    moment = CheckIn.recorded_at
    return _rows(session, live_within(CheckIn, moment, since, until, CheckIn.id, moment, *columns))


def sitting_rows(session: Session, since: datetime, until: datetime) -> list[tuple[Any, ...]]:
    """(id, instrument, version, moment, answers, score) of the period's live questionnaire
    sittings, oldest first."""
    r = QuestionnaireResponse
    columns = (r.id, r.instrument, r.instrument_version, r.taken_at, r.answers, r.score)
    return _rows(session, live_within(r, r.taken_at, since, until, *columns))


def exercises_done(session: Session, since: datetime, until: datetime) -> dict[int, str | None]:
    """The ids of the exercises done (not skipped) in each session of the period, comma-joined,
    by session id."""
    query = (
        select(SessionExercise.session_id, func.group_concat(SessionExercise.exercise_id))
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(within(ExerciseSession.started_at, since, until))
        .where(SessionExercise.skipped.is_(False))
        .group_by(SessionExercise.session_id)
    )
    return dict(_rows(session, query))


def session_rows(session: Session, since: datetime, until: datetime) -> list[tuple[Any, ...]]:
    """(id, programme id, start, end, status, snack) of the period's sessions, oldest first."""
    query = (
        select(
            ExerciseSession.id,
            ExerciseSession.programme_id,
            ExerciseSession.started_at,
            ExerciseSession.ended_at,
            ExerciseSession.status,
            ExerciseSession.is_snack,
        )
        .where(within(ExerciseSession.started_at, since, until))
        .order_by(ExerciseSession.started_at, ExerciseSession.id)
    )
    return _rows(session, query)


def programmes_with_exercises(session: Session) -> list[Programme]:
    """Every stored programme, oldest import first, its exercises loaded."""
    query = (
        select(Programme).options(selectinload(Programme.exercises)).order_by(Programme.imported_at)
    )
    return list(session.scalars(query))
