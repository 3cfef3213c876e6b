"""What the tray needs to know, read with the standard library's sqlite3 and nothing else.

The app waits in the tray all day: importing SQLAlchemy there would cost more memory than the
rest of the tray together. These are the scheduler's inputs (the saved reminder rules and state,
the active programme's sitting-break interval and sessions a day), the safety lock's inputs
and when each questionnaire was last answered. The connection is opened read-only (`mode=ro`):
writes always go through the services, the unit of work and the data folder's write lock.
The services read these same inputs through this module too: one copy of each query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# The Alembic revision this reader was written for; a test keeps it equal to Alembic's head.
# A file at any other revision (older, newer, unversioned) is opened the full way instead.
HEAD_REVISION = "0004"
DATABASE_FILE = "companion.db"  # in the data folder
EMERGENCY = "emergency"  # TriageLevel.EMERGENCY's stored value


class TrayReadFailed(Exception):
    """The file could not be read as expected: open the full store, which says why."""


@dataclass(frozen=True)
class ProgrammeInputs:
    """What the active programme tells the reminder rules."""

    sitting_break_minutes: int | None
    sessions_a_day: int


def stored_time(text: str | None) -> datetime | None:
    """A UTCDateTime column's value (naive UTC text) as an aware datetime."""
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def bind_time(at: datetime) -> str:
    # As SQLAlchemy's DateTime stores it on SQLite, so text comparison orders correctly.
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def preference(connection: sqlite3.Connection, key: str) -> Any:
    """A stored preference's JSON value, or None."""
    row = connection.execute("SELECT value FROM preferences WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


def programme_inputs(connection: sqlite3.Connection) -> ProgrammeInputs | None:
    """The active programme's sitting-break interval and sessions a day, or None."""
    row = connection.execute(
        "SELECT id, sitting_break_minutes FROM programmes WHERE active = 1 "
        "ORDER BY imported_at DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    (times,) = connection.execute(
        "SELECT MAX(times_per_day) FROM prescribed_exercises WHERE programme_id = ?", (row[0],)
    ).fetchone()
    return ProgrammeInputs(row[1], int(times or 0))


def safety_lock_inputs(
    connection: sqlite3.Connection, now: datetime
) -> tuple[list[datetime], list[tuple[date, datetime]]]:
    """The emergency screenings' times and the assessments (day, recorded) up to `now`."""
    bound = bind_time(now)
    emergencies = [
        at
        for (text,) in connection.execute(
            "SELECT taken_at FROM red_flag_screenings WHERE taken_at <= ? AND level = ?",
            (bound, EMERGENCY),
        )
        if (at := stored_time(text)) is not None
    ]
    assessments = [
        (date.fromisoformat(day), at)
        for day, text in connection.execute(
            "SELECT assessed_on, recorded_at FROM safety_assessments WHERE recorded_at <= ?",
            (bound,),
        )
        if (at := stored_time(text)) is not None
    ]
    return emergencies, assessments


def newest_response_at(connection: sqlite3.Connection, instrument: str) -> datetime | None:
    """When the newest answer to a questionnaire that is not deleted was given."""
    row = connection.execute(
        "SELECT taken_at FROM questionnaire_responses WHERE instrument = ? "
        "AND deleted_at IS NULL ORDER BY taken_at DESC LIMIT 1",
        (instrument,),
    ).fetchone()
    return None if row is None else stored_time(row[0])


def schema_revision(connection: sqlite3.Connection) -> str | None:
    """The file's Alembic revision, or None if it has none."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


class TrayReader:
    """A read-only connection to the diary for the tray, or nothing when in doubt.

    `open` returns None for a missing file, another revision or any trouble opening it: the
    caller then opens the full store, which migrates, repairs or explains.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, database: Path) -> TrayReader | None:
        """Open `database` read-only if it is at this reader's revision."""
        if not database.is_file():
            return None
        try:
            connection = sqlite3.connect(
                f"{database.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error:
            return None
        try:
            if schema_revision(connection) != HEAD_REVISION:
                connection.close()
                return None
        except sqlite3.Error:
            connection.close()
            return None
        return cls(connection)

    def preference(self, key: str) -> Any:
        """A stored preference's value, or None."""
        return self._read(preference, key)

    def programme_inputs(self) -> ProgrammeInputs | None:
        """The active programme's inputs to the reminder rules."""
        return self._read(programme_inputs)

    def safety_lock_inputs(
        self, now: datetime
    ) -> tuple[list[datetime], list[tuple[date, datetime]]]:
        """The safety lock's inputs up to `now`."""
        return self._read(safety_lock_inputs, now)

    def newest_response_at(self, instrument: str) -> datetime | None:
        """When the newest answer to `instrument` was given."""
        return self._read(newest_response_at, instrument)

    def read(self, query: Callable[..., T], *args: Any) -> T:
        """Another read-only query of the storage layer (`query(connection, *args)`), in one
        snapshot; TrayReadFailed when it goes wrong."""
        return self._read(query, *args)

    def close(self) -> None:
        """Let go of the file."""
        self._connection.close()

    def _read(self, query: Callable[..., T], *args: Any) -> T:
        try:
            # One snapshot per read: a write by the full app in between is seen next time.
            with self._connection:
                return query(self._connection, *args)
        except (sqlite3.Error, ValueError) as error:
            raise TrayReadFailed(str(error)) from error
