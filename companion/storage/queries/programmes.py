"""Programmes, their dose adjustments and the sessions counted against them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.domain.vocabulary import SessionStatus
from companion.storage.models import (
    DoseAdjustment,
    ExerciseSession,
    PrescribedExercise,
    Programme,
    SessionExercise,
)


def active_programme_row(session: Session) -> Programme | None:
    """The active programme (the newest import, should several be marked active)."""
    query = (
        select(Programme)
        .where(Programme.active.is_(True))
        .order_by(Programme.imported_at.desc(), Programme.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def programmes_newest_first(session: Session) -> list[Programme]:
    """Every programme ever stored, newest import first."""
    query = select(Programme).order_by(Programme.imported_at.desc(), Programme.id.desc())
    return list(session.scalars(query))


def programme_documents_oldest_first(session: Session) -> list[Mapping[str, Any]]:
    """Every stored programme's document, oldest import first."""
    query = select(Programme.document).order_by(Programme.imported_at, Programme.id)
    return list(session.scalars(query))


def session_kinds_within(
    session: Session, start: datetime, end: datetime
) -> list[tuple[datetime, SessionStatus, bool]]:
    """(started_at, status, is_snack) of every session started from `start` up to `end`."""
    rows = session.execute(
        select(ExerciseSession.started_at, ExerciseSession.status, ExerciseSession.is_snack).where(
            ExerciseSession.started_at >= start, ExerciseSession.started_at < end
        )
    ).all()
    return [(started_at, status, is_snack) for started_at, status, is_snack in rows]


def exercises_of_session(session: Session, session_id: int) -> list[SessionExercise]:
    """The exercises done (or skipped) in one session."""
    query = select(SessionExercise).where(SessionExercise.session_id == session_id)
    return list(session.scalars(query))


def adjustments_recorded(
    session: Session, since: datetime | None = None, programme_id: int | None = None
) -> list[DoseAdjustment]:
    """Recorded progression steps and hold-backs, newest first."""
    query = select(DoseAdjustment).order_by(DoseAdjustment.at.desc(), DoseAdjustment.id.desc())
    if since is not None:
        query = query.where(DoseAdjustment.at >= since)
    if programme_id is not None:
        query = query.join(PrescribedExercise).where(
            PrescribedExercise.programme_id == programme_id
        )
    return list(session.scalars(query))
