"""Whether the safety questions are due, read with the standard library's sqlite3 alone.

The newest screening, the newest check-in and what it is compared with (the check-in before
it, the reaches of the days before it), and a session's "new numbness or weakness" answer:
the Today page reads them before SQLAlchemy is imported (services.today), and the services
run these same functions on the ORM session's own connection (services.screening,
services.safety_plan): one copy of each read. Values are typed as the ORM gives them: aware
UTC times and enums. Read-only: writes go through the services and the unit of work.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from companion.domain.vocabulary import ExerciseResponse, LegReach, Side, TriageLevel
from companion.storage.queries.tray import bind_time, stored_time

_TRIGGER_COLUMNS = "id, recorded_at, leg_pain, symptoms, side, leg_reach"
_LIVE = "deleted_at IS NULL"
_NEWEST_FIRST = "ORDER BY recorded_at DESC, id DESC"


@dataclass(frozen=True)
class TriggerRow:
    """The parts of a stored check-in that can call for a screening."""

    id: int
    recorded_at: datetime
    leg_pain: int
    symptoms: Any  # as stored: a list of symptom values (or anything a damaged row holds)
    side: Side | None
    leg_reach: LegReach


def _trigger_row(row: tuple[Any, ...] | None) -> TriggerRow | None:
    if row is None:
        return None
    checkin_id, recorded_at, leg_pain, symptoms, side, reach = row
    at = stored_time(recorded_at)
    if at is None:
        raise ValueError(f"check-in {checkin_id} has no time")
    return TriggerRow(
        int(checkin_id),
        at,
        int(leg_pain),
        None if symptoms is None else json.loads(symptoms),
        None if side is None else Side(side),
        LegReach(reach),
    )


def newest_screening_taken(
    connection: sqlite3.Connection, up_to: datetime | None = None
) -> tuple[datetime, TriageLevel] | None:
    """When the newest screening (up to `up_to`, included, if given) was taken, and the
    level it found; None if there is none."""
    where, bound = "", list[str]()
    if up_to is not None:
        where, bound = "WHERE taken_at <= ?", [bind_time(up_to)]
    row = connection.execute(
        f"SELECT taken_at, level FROM red_flag_screenings {where} "  # noqa: S608 (fixed)
        "ORDER BY taken_at DESC, id DESC LIMIT 1",
        bound,
    ).fetchone()
    if row is None:
        return None
    taken_at = stored_time(row[0])
    if taken_at is None:
        raise ValueError("a screening has no time")
    return taken_at, TriageLevel(row[1])


def newest_checkin_up_to(connection: sqlite3.Connection, up_to: datetime) -> TriggerRow | None:
    """The newest live check-in recorded up to `up_to` (included)."""
    return _trigger_row(
        connection.execute(
            f"SELECT {_TRIGGER_COLUMNS} FROM checkins "  # noqa: S608 (fixed)
            f"WHERE {_LIVE} AND recorded_at <= ? {_NEWEST_FIRST} LIMIT 1",
            (bind_time(up_to),),
        ).fetchone()
    )


def live_checkin_trigger(connection: sqlite3.Connection, checkin_id: int) -> TriggerRow | None:
    """The check-in with this id, unless it is gone or deleted."""
    return _trigger_row(
        connection.execute(
            f"SELECT {_TRIGGER_COLUMNS} FROM checkins WHERE id = ? AND {_LIVE}",  # noqa: S608
            (checkin_id,),
        ).fetchone()
    )


def checkin_before(connection: sqlite3.Connection, checkin: TriggerRow) -> TriggerRow | None:
    """The live check-in just before this one (same moment: the one stored first)."""
    at = bind_time(checkin.recorded_at)
    return _trigger_row(
        connection.execute(
            f"SELECT {_TRIGGER_COLUMNS} FROM checkins WHERE {_LIVE} "  # noqa: S608 (fixed)
            "AND (recorded_at < ? OR (recorded_at = ? AND id < ?)) "
            f"{_NEWEST_FIRST} LIMIT 1",
            (at, at, checkin.id),
        ).fetchone()
    )


def reaches_before(
    connection: sqlite3.Connection, checkin: TriggerRow, span: timedelta
) -> list[LegReach]:
    """How far the leg symptoms reached in the other live check-ins of the `span` before this
    one (from the span's start, included, to the check-in's moment, excluded)."""
    rows = connection.execute(
        f"SELECT leg_reach FROM checkins WHERE {_LIVE} AND id != ? "  # noqa: S608 (fixed)
        "AND recorded_at >= ? AND recorded_at < ?",
        (checkin.id, bind_time(checkin.recorded_at - span), bind_time(checkin.recorded_at)),
    )
    return [LegReach(reach) for (reach,) in rows]


def numbness_answered(
    connection: sqlite3.Connection, after: datetime | None, up_to: datetime
) -> bool:
    """Whether a session started after `after` (ever, if None) and up to `up_to` drew the
    answer "new numbness or weakness"."""
    where = "e.response = ? AND s.started_at <= ?"
    bound = [ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS.value, bind_time(up_to)]
    if after is not None:
        where += " AND s.started_at > ?"
        bound.append(bind_time(after))
    row = connection.execute(
        "SELECT e.id FROM session_exercises AS e "  # noqa: S608 (fixed text)
        f"JOIN exercise_sessions AS s ON e.session_id = s.id WHERE {where} LIMIT 1",
        bound,
    ).fetchone()
    return row is not None
