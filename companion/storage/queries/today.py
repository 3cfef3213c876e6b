"""What the Today page shows first, read with the standard library's sqlite3 and nothing else.

Today's inputs can be read from these before SQLAlchemy is imported (that import costs more
than a bare window's whole start). The services read the last check-in with this same query,
on the ORM session's own connection (services.checkins.last_checkin): one copy. Read-only here:
writes always go through the services, the unit of work and the data folder's write lock.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from companion.storage.queries.tray import bind_time, stored_time

# What the user writes in a check-in: the columns an edit may change (and a revision keeps).
CHECKIN_ANSWERS = (
    "back_pain",
    "leg_pain",
    "leg_reach",
    "side",
    "symptoms",
    "pain_sites",
    "sitting_minutes",
    "walking_minutes",
    "sleep_disturbed",
    "note",
)
# The check-in's columns as services.checkin_record.stored_record reads them, in this order.
CHECKIN_COLUMNS = ("id", "recorded_at", *CHECKIN_ANSWERS)
_JSON_COLUMNS = ("symptoms", "pain_sites")


def newest_checkin_values(
    connection: sqlite3.Connection, before: datetime | None = None
) -> dict[str, Any] | None:
    """The newest live check-in's values by column (or the newest before `before`), typed as
    the ORM gives them: an aware UTC time, lists, a bool; None without one."""
    where, bound = "deleted_at IS NULL", list[str]()
    if before is not None:
        where, bound = f"{where} AND recorded_at < ?", [bind_time(before)]
    row = connection.execute(
        f"SELECT {', '.join(CHECKIN_COLUMNS)} FROM checkins WHERE {where} "  # noqa: S608 (fixed)
        "ORDER BY recorded_at DESC, id DESC LIMIT 1",
        bound,
    ).fetchone()
    if row is None:
        return None
    values = dict(zip(CHECKIN_COLUMNS, row, strict=True))
    values["recorded_at"] = stored_time(values["recorded_at"])
    for column in _JSON_COLUMNS:
        text = values[column]
        values[column] = None if text is None else json.loads(text)
    if values["sleep_disturbed"] is not None:
        values["sleep_disturbed"] = bool(values["sleep_disturbed"])
    return values
