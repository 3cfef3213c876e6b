"""What every query shares: live rows, local days and weeks, and a period's bounds.

Days are the user's local days: SQLite's 'localtime' follows the same clock and zone rules as
Python's `astimezone()`, so a check-in at 00:30 belongs to the same day in SQL and on screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, select
from sqlalchemy.orm import InstrumentedAttribute

from companion.domain.figures import Bucket


def live(model: Any) -> ColumnElement[bool]:
    """Rows of `model` that are not soft-deleted (diary rows are deleted by a mark, so a
    delete can be undone)."""
    deleted: InstrumentedAttribute[datetime | None] = model.deleted_at
    return deleted.is_(None)


def local_day(column: Any, bucket: Bucket = Bucket.DAY) -> ColumnElement[str]:
    """The local day a stored UTC moment falls on, or the first day of its week or month,
    as ISO text ('2026-03-09')."""
    modifiers = {
        Bucket.DAY: (),
        # 'weekday 0' moves to the coming Sunday (or stays on one); six days back is its Monday.
        Bucket.WEEK: ("weekday 0", "-6 days"),
        Bucket.MONTH: ("start of month",),
    }[bucket]
    return func.date(column, "localtime", *modifiers, type_=String)


def within(
    column: InstrumentedAttribute[datetime], since: datetime, until: datetime
) -> ColumnElement[bool]:
    """`column` from `since` (included) to `until` (excluded): bounded on its time index."""
    return (column >= since) & (column < until)


def live_within(
    model: Any,
    moment: InstrumentedAttribute[datetime],
    since: datetime,
    until: datetime,
    *columns: Any,
) -> Select[Any]:
    """`columns` (or whole rows of `model`) of the live rows whose `moment` lies from `since`
    (included) to `until` (excluded), oldest first, ties in the order they were stored."""
    return (
        select(*(columns or (model,)))
        .where(within(moment, since, until), live(model))
        .order_by(moment, model.id)
    )


def rows_between(
    model: Any,
    moment: InstrumentedAttribute[datetime],
    since: datetime | None,
    until: datetime | None,
) -> Select[Any]:
    """Whole rows of `model` whose `moment` lies from `since` to `until`, both included (an
    open end, None, is unbounded), oldest first, ties in the order they were stored."""
    query = select(model).order_by(moment, model.id)
    if since is not None:
        query = query.where(moment >= since)
    if until is not None:
        query = query.where(moment <= until)
    return query
