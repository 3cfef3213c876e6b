"""The SQL of the diary's list: live entries by kind in a time window, literal text search, and
exercise sessions read as plain rows so a ten-year diary reads as fast as a six-week one."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Row, Select, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    Programme,
    QuestionnaireResponse,
    SessionExercise,
    TreatmentEvent,
)
from companion.storage.queries.rows import live

_Row = TypeVar("_Row")


def like(text: str) -> str:
    """A LIKE pattern that finds `text` anywhere, literally."""
    # Escape LIKE's wildcards so a search for "50%" or "a_b" matches those characters literally.
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matches(text: str | None, *columns: InstrumentedAttribute[str]) -> ColumnElement[bool] | None:
    """Any of `columns` contains `text` (case-insensitive); None when there is no text."""
    if not text or not text.strip():
        return None
    pattern = like(text.strip())
    return or_(*(column.ilike(pattern, escape="\\") for column in columns))


@dataclass(frozen=True)
class TimeWindow:
    """Which entries the diary lists: from `start` (aware, inclusive) to `end` (exclusive), the
    newest `limit` of them; None leaves that side open."""

    start: datetime | None = None
    end: datetime | None = None
    limit: int | None = None


def window(
    query: Select[_Row], column: InstrumentedAttribute[datetime], within: TimeWindow
) -> Select[_Row]:
    """The rows of `query` whose `column` lies within the window, newest first."""
    if within.start is not None:
        query = query.where(column >= within.start)
    if within.end is not None:
        query = query.where(column < within.end)
    query = query.order_by(column.desc())
    return query.limit(within.limit) if within.limit is not None else query


def filtered(query: Select[_Row], *conditions: ColumnElement[bool] | None) -> Select[_Row]:
    """Rows meeting any of the conditions given (None conditions are left out)."""
    present = [c for c in conditions if c is not None]
    return query.where(or_(*present)) if present else query


def is_live(row: CheckIn | Activity | TreatmentEvent | QuestionnaireResponse) -> bool:
    """The row has not been deleted (deletes only mark a row, so they can be undone)."""
    return row.deleted_at is None


def checkins(
    session: Session,
    text: str | None,
    within: TimeWindow,
) -> list[CheckIn]:
    """Live check-ins in the window, newest first; `text` matches the note."""
    query = filtered(select(CheckIn).where(live(CheckIn)), matches(text, CheckIn.note))
    return list(session.scalars(window(query, CheckIn.recorded_at, within)))


def activities(
    session: Session,
    text: str | None,
    kinds: Collection[str],
    within: TimeWindow,
) -> list[Activity]:
    """Live activities in the window, newest first; `text` matches the note, and activities of
    `kinds` (those whose name matched the search) are found too."""
    query = filtered(
        select(Activity).where(live(Activity)),
        matches(text, Activity.note),
        Activity.kind.in_(kinds) if kinds else None,
    )
    return list(session.scalars(window(query, Activity.started_at, within)))


def treatments(
    session: Session,
    text: str | None,
    kinds: Collection[str],
    within: TimeWindow,
) -> list[TreatmentEvent]:
    """Live treatments and events in the window, newest first; `text` matches the name, dose
    or note, and events of `kinds` (those whose name matched the search) are found too."""
    query = filtered(
        select(TreatmentEvent).where(live(TreatmentEvent)),
        matches(text, TreatmentEvent.name, TreatmentEvent.dose, TreatmentEvent.note),
        TreatmentEvent.kind.in_(kinds) if kinds else None,
    )
    return list(session.scalars(window(query, TreatmentEvent.occurred_at, within)))


def responses(
    session: Session,
    text: str | None,
    within: TimeWindow,
) -> list[QuestionnaireResponse]:
    """Live questionnaire responses in the window, newest first; `text` matches the note."""
    query = filtered(
        select(QuestionnaireResponse).where(live(QuestionnaireResponse)),
        matches(text, QuestionnaireResponse.note),
    )
    return list(session.scalars(window(query, QuestionnaireResponse.taken_at, within)))


def sessions(
    session: Session,
    text: str | None,
    within: TimeWindow,
) -> Sequence[Row[Any]]:
    """Exercise sessions started in the window, newest first, as plain rows; `text` matches the
    programme's title or an exercise id."""
    table = ExerciseSession.__table__
    query = select(table)
    if text and text.strip():
        pattern = like(text.strip())
        with_exercise = select(SessionExercise.session_id).where(
            SessionExercise.exercise_id.ilike(pattern, escape="\\")
        )
        titled = select(Programme.id).where(Programme.title.ilike(pattern, escape="\\"))
        query = query.where(or_(table.c.programme_id.in_(titled), table.c.id.in_(with_exercise)))
    return list(session.execute(window(query, ExerciseSession.started_at, within)))


def session_exercises(session: Session, ids: Collection[int]) -> Sequence[Row[Any]]:
    """The exercises of these sessions in order, as plain rows (no ORM objects: ten times
    faster for a page of a few hundred sessions)."""
    table = SessionExercise.__table__
    query = (
        select(
            table.c.session_id,
            table.c.exercise_id,
            table.c.prescribed,
            table.c.sets_done,
            table.c.reps_done,
            table.c.hold_seconds_done,
            table.c.skipped,
            table.c.response,
        )
        .where(table.c.session_id.in_(ids))
        .order_by(table.c.session_id, table.c.position)
    )
    return list(session.execute(query))


def programme_titles(session: Session, ids: Collection[int]) -> dict[int, str]:
    """The titles of these programmes by id."""
    query = select(Programme.id, Programme.title).where(Programme.id.in_(ids))
    return {row.id: row.title for row in session.execute(query)}
