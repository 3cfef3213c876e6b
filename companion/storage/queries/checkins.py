"""Check-ins and their corrections, row by row (the figures' grouped SQL is in figures.py)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.domain.vocabulary import LegReach
from companion.storage.models import CheckIn, CheckInRevision
from companion.storage.queries.rows import live, live_within


def checkins_within(session: Session, since: datetime, until: datetime) -> list[CheckIn]:
    """Live check-ins from `since` (included) to `until` (excluded), oldest first."""
    return list(session.scalars(live_within(CheckIn, CheckIn.recorded_at, since, until)))


def live_checkin(session: Session, checkin_id: int) -> CheckIn | None:
    """The check-in with this id, unless it is gone or deleted."""
    row = session.get(CheckIn, checkin_id)
    return None if row is None or row.deleted_at is not None else row


def revisions_of(session: Session, checkin_ids: Collection[int]) -> list[CheckInRevision]:
    """The stored corrections of these check-ins, oldest first."""
    query = (
        select(CheckInRevision)
        .where(CheckInRevision.checkin_id.in_(list(checkin_ids)))
        .order_by(CheckInRevision.revised_at, CheckInRevision.id)
    )
    return list(session.scalars(query))


def newest_checkins(
    session: Session, count: int, *, up_to: datetime | None = None
) -> list[CheckIn]:
    """The `count` newest live check-ins, newest first (those up to `up_to`, included, if
    given)."""
    query = select(CheckIn).where(live(CheckIn))
    if up_to is not None:
        query = query.where(CheckIn.recorded_at <= up_to)
    query = query.order_by(CheckIn.recorded_at.desc(), CheckIn.id.desc()).limit(count)
    return list(session.scalars(query))


def pain_history(session: Session, *, leg: bool) -> list[tuple[datetime, int]]:
    """(moment, leg pain if `leg` else back pain) of every live check-in, oldest first."""
    column = CheckIn.leg_pain if leg else CheckIn.back_pain
    query = (
        select(CheckIn.recorded_at, column)
        .where(live(CheckIn))
        .order_by(CheckIn.recorded_at, CheckIn.id)
    )
    return [(at, score) for at, score in session.execute(query)]


def leg_readings(
    session: Session, since: datetime, up_to: datetime
) -> list[tuple[datetime, int, LegReach, Any]]:
    """(moment, leg pain, reach, stored symptoms) of the live check-ins from `since` to `up_to`
    (both included), oldest first, led by the one just before `since` if there is one."""
    columns = (CheckIn.recorded_at, CheckIn.leg_pain, CheckIn.leg_reach, CheckIn.symptoms)
    before = session.execute(
        select(*columns)
        .where(live(CheckIn), CheckIn.recorded_at < since)
        .order_by(CheckIn.recorded_at.desc(), CheckIn.id.desc())
        .limit(1)
    ).first()
    rows = session.execute(
        select(*columns)
        .where(live(CheckIn), CheckIn.recorded_at >= since, CheckIn.recorded_at <= up_to)
        .order_by(CheckIn.recorded_at, CheckIn.id)
    )
    found = [before] if before is not None else []
    found += rows
    return [(at, leg, reach, symptoms) for at, leg, reach, symptoms in found]
