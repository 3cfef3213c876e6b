"""Query helpers for the diary's list: literal text search, kind names, a time window."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, or_
from sqlalchemy.orm import InstrumentedAttribute

from companion.domain.vocabulary import ActivityKind, LegReach, TreatmentKind


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


def kinds_named(text: str | None, labels: Mapping[str, str]) -> list[str]:
    """Stored kind values whose label contains the search text ("swim" finds swimming)."""
    if not text or not text.strip():
        return []
    wanted = text.strip().casefold()
    return [value for value, label in labels.items() if wanted in label.casefold()]


ACTIVITY_NAMES: dict[str, str] = {
    ActivityKind.WALKING: "Walking",
    ActivityKind.CYCLING: "Cycling",
    ActivityKind.SWIMMING: "Swimming",
    ActivityKind.OTHER: "Other activity",
}
TREATMENT_NAMES: dict[str, str] = {
    TreatmentKind.MEDICATION_STARTED: "Medication started",
    TreatmentKind.MEDICATION_CHANGED: "Medication changed",
    TreatmentKind.MEDICATION_STOPPED: "Medication stopped",
    TreatmentKind.INJECTION: "Injection",
    TreatmentKind.PROCEDURE: "Procedure",
    TreatmentKind.APPOINTMENT: "Appointment",
    TreatmentKind.FLARE_UP: "Flare-up",
    TreatmentKind.OTHER: "Other event",
}
REACH_WORDS = {
    LegReach.NONE: "no leg symptoms",
    LegReach.BUTTOCK: "to the buttock",
    LegReach.THIGH: "to the thigh",
    LegReach.CALF: "below the knee",
    LegReach.FOOT: "into the foot",
}


_Row = TypeVar("_Row")


def window(
    query: Select[_Row],
    column: InstrumentedAttribute[datetime],
    start: datetime | None,
    end: datetime | None,
    limit: int | None,
) -> Select[_Row]:
    """Rows from `start` (aware, inclusive) to `end` (exclusive), newest first, at most `limit`."""
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column < end)
    query = query.order_by(column.desc())
    return query.limit(limit) if limit is not None else query


def filtered(query: Select[_Row], *conditions: ColumnElement[bool] | None) -> Select[_Row]:
    """Rows meeting any of the conditions given (None conditions are left out)."""
    present = [c for c in conditions if c is not None]
    return query.where(or_(*present)) if present else query
