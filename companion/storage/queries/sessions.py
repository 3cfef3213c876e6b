"""Guided sessions and movement snacks, and the exercises done in them."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from companion.domain.vocabulary import ExerciseResponse, SessionStatus
from companion.storage.models import ExerciseSession, SessionExercise
from companion.storage.queries.rows import rows_between, within


def responses_between(session: Session, since: datetime, until: datetime) -> list[ExerciseResponse]:
    """The traffic-light answers of sessions started from `since` to `until`, both included."""
    found = session.scalars(
        select(SessionExercise.response)
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(ExerciseSession.started_at >= since, ExerciseSession.started_at <= until)
        .where(SessionExercise.response.is_not(None))
    )
    return [response for response in found if response is not None]


def times_done_within(
    session: Session, exercise_ids: Collection[str], since: datetime, until: datetime
) -> dict[str, int]:
    """How many sessions (guided or movement snacks) started in [since, until) each of these
    exercises was done in: not skipped, with some repetitions or hold. An exercise met twice in
    one session (done again in its easier version) counts once."""
    rows = session.execute(
        select(SessionExercise.exercise_id, func.count(func.distinct(ExerciseSession.id)))
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(
            within(ExerciseSession.started_at, since, until),
            SessionExercise.exercise_id.in_(exercise_ids),
            SessionExercise.skipped.is_(False),
            (SessionExercise.reps_done > 0) | (SessionExercise.hold_seconds_done > 0),
        )
        .group_by(SessionExercise.exercise_id)
    ).all()
    return {exercise_id: int(times) for exercise_id, times in rows}


def sessions_in_progress(session: Session) -> list[ExerciseSession]:
    """Every session still marked as in progress."""
    query = select(ExerciseSession).where(ExerciseSession.status == SessionStatus.IN_PROGRESS)
    return list(session.scalars(query))


def sessions_started(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[ExerciseSession]:
    """Every session (snacks too) started from `since` to `until`, both included, oldest
    first; an open end is unbounded."""
    query = rows_between(ExerciseSession, ExerciseSession.started_at, since, until)
    return list(session.scalars(query))


def guided_sessions_within(
    session: Session, since: datetime, until: datetime
) -> list[ExerciseSession]:
    """Guided sessions (not movement snacks) started from `since` (included) to `until`."""
    query = select(ExerciseSession).where(
        within(ExerciseSession.started_at, since, until), ExerciseSession.is_snack.is_(False)
    )
    return list(session.scalars(query))


def session_exercise(session: Session, session_id: int, position: int) -> SessionExercise | None:
    """The exercise at `position` in a session, if there is one."""
    query = select(SessionExercise).where(
        SessionExercise.session_id == session_id, SessionExercise.position == position
    )
    return session.scalars(query).first()


def answered_between(
    session: Session, since: datetime, until: datetime, answers: Collection[ExerciseResponse]
) -> list[tuple[int, str, datetime]]:
    """(session id, exercise id, session start) of each exercise that drew one of `answers` in
    a session (or snack) started from `since` to `until`, both included."""
    query = (
        select(ExerciseSession.id, SessionExercise.exercise_id, ExerciseSession.started_at)
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(ExerciseSession.started_at >= since, ExerciseSession.started_at <= until)
        .where(SessionExercise.response.in_(list(answers)))
    )
    return [(session_id, exercise, at) for session_id, exercise, at in session.execute(query)]


def snack_count(session: Session) -> int:
    """How many movement snacks have been done, ever."""
    query = select(func.count()).select_from(ExerciseSession).where(ExerciseSession.is_snack)
    return int(session.scalar(query) or 0)


def snacks_within(session: Session, since: datetime, until: datetime) -> list[tuple[datetime, str]]:
    """(start, exercise id) of each movement snack from `since` (included) to `until`
    (excluded), oldest first."""
    query = (
        select(ExerciseSession.started_at, SessionExercise.exercise_id)
        .join(SessionExercise, SessionExercise.session_id == ExerciseSession.id)
        .where(ExerciseSession.is_snack, within(ExerciseSession.started_at, since, until))
        .order_by(ExerciseSession.started_at)
    )
    return [(at, exercise_id) for at, exercise_id in session.execute(query)]


def exercises_done_since(
    session: Session, exercise_ids: Collection[str], since: datetime
) -> list[tuple[datetime, str]]:
    """(started_at, exercise id) of every exercise in `exercise_ids` done (not skipped, some
    repetitions or hold) in a session started at or after `since`."""
    rows = session.execute(
        select(ExerciseSession.started_at, SessionExercise.exercise_id)
        .join(SessionExercise, SessionExercise.session_id == ExerciseSession.id)
        .where(
            ExerciseSession.started_at >= since,
            SessionExercise.exercise_id.in_(exercise_ids),
            SessionExercise.skipped.is_(False),
            (SessionExercise.reps_done > 0) | (SessionExercise.hold_seconds_done > 0),
        )
    ).all()
    return [(started_at, exercise_id) for started_at, exercise_id in rows]
