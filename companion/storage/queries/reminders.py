"""Reminder outcomes, and the programme whose sitting breaks and sessions they follow."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.storage.models import ReminderEvent
from companion.storage.queries.rows import within


def reminder_events_within(
    session: Session, since: datetime, until: datetime
) -> list[ReminderEvent]:
    """Reminder outcomes from `since` (included) to `until` (excluded), oldest first."""
    query = (
        select(ReminderEvent)
        .where(within(ReminderEvent.at, since, until))
        .order_by(ReminderEvent.at, ReminderEvent.id)
    )
    return list(session.scalars(query))
