"""What the Progress page shows, aggregated by SQLite: per day, week or month, never row by row.

Days are the user's local days (SQLite's 'localtime' follows the same clock and zone rules as
Python's `astimezone()`); every query filters on an indexed time column first.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute

from companion.domain.progress import ROLLING_DAYS, PainDay, rolling_means
from companion.domain.vocabulary import (
    LegReach,
    ReminderKind,
    ReminderOutcome,
    SessionStatus,
    TreatmentKind,
)
from companion.services.data_store import Store
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    ReminderEvent,
    TreatmentEvent,
)


class Bucket(enum.StrEnum):
    """How many days one bar of a count chart stands for."""

    DAY = "day"
    WEEK = "week"  # Monday to Sunday
    MONTH = "month"


@dataclass(frozen=True)
class Period:
    """The local days shown, first and last included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after the day it starts")

    @property
    def days(self) -> int:
        """How many days the period spans."""
        return (self.last - self.first).days + 1

    @property
    def bucket(self) -> Bucket:
        """Days for a month or less, weeks up to about a year, months beyond."""
        if self.days <= 31:
            return Bucket.DAY
        if self.days <= 400:
            return Bucket.WEEK
        return Bucket.MONTH

    def utc_bounds(self, lead_in_days: int = 0) -> tuple[datetime, datetime]:
        """Start (included) and end (excluded) as UTC moments; midnight is local midnight."""
        start = datetime.combine(self.first - timedelta(days=lead_in_days), time())
        end = datetime.combine(self.last + timedelta(days=1), time())
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True)
class PainPoint:
    """One check-in's two pain ratings, for the raw points of the pain chart."""

    at: datetime  # aware UTC
    back: int
    leg: int


@dataclass(frozen=True)
class MarkedEvent:
    """A treatment or event to mark on the time axis."""

    at: datetime  # aware UTC
    kind: TreatmentKind
    name: str


@dataclass(frozen=True)
class SessionCount:
    """Exercise sessions in one bucket: finished, stopped part-way, and planned if known."""

    start: date
    done: int
    partial: int
    planned: int | None = None  # None: no programme says how many


@dataclass(frozen=True)
class BreakCount:
    """Sitting-break reminders in one bucket, by what the user did with them."""

    start: date
    taken: int  # done, or got up by themselves before the reminder
    snoozed: int
    skipped: int


@dataclass(frozen=True)
class ActivityTotal:
    """Minutes of activity logged in one bucket."""

    start: date
    minutes: int


_REACH_LEVEL = {reach.value: reach.level for reach in LegReach}
_REACH_AT_LEVEL = {reach.level: reach for reach in LegReach}


def _local_day(column: Any, bucket: Bucket = Bucket.DAY) -> ColumnElement[str]:
    modifiers = {
        Bucket.DAY: (),
        # 'weekday 0' moves to the coming Sunday (or stays on one); six days back is its Monday.
        Bucket.WEEK: ("weekday 0", "-6 days"),
        Bucket.MONTH: ("start of month",),
    }[bucket]
    return func.date(column, "localtime", *modifiers, type_=String)


def _between(
    column: InstrumentedAttribute[datetime], period: Period, lead_in_days: int = 0
) -> ColumnElement[bool]:
    start, end = period.utc_bounds(lead_in_days)
    return (column >= start) & (column < end)


def first_day(store: Store) -> date | None:
    """The local day of the earliest check-in, activity, session, break or event; None if none."""
    firsts: list[datetime] = []
    with store.units.read() as uow:
        for column in (
            CheckIn.recorded_at,
            Activity.started_at,
            ExerciseSession.started_at,
            ReminderEvent.at,
            TreatmentEvent.occurred_at,
        ):
            # MIN over an indexed column is one index lookup, not a scan.
            earliest = uow.session.scalar(select(func.min(column)))
            if earliest is not None:
                firsts.append(earliest)
    return min(firsts).astimezone().date() if firsts else None


def pain_points(store: Store, period: Period) -> list[PainPoint]:
    """Every check-in's back and leg pain in the period, oldest first (three columns only)."""
    # The stored text parsed by fromisoformat (C) is several times quicker than the column
    # type's own parsing, which counts with ten years of check-ins on the screen.
    stored = type_coerce(CheckIn.recorded_at, String)
    query = (
        select(stored, CheckIn.back_pain, CheckIn.leg_pain)
        .where(CheckIn.deleted_at.is_(None), _between(CheckIn.recorded_at, period))
        .order_by(CheckIn.recorded_at, CheckIn.id)
    )
    with store.units.read() as uow:
        rows = uow.session.execute(query).all()
    return [
        PainPoint(datetime.fromisoformat(at).replace(tzinfo=UTC), back, leg)
        for at, back, leg in rows
    ]


def pain_days(store: Store, period: Period) -> list[PainDay]:
    """One row per local day with check-ins: mean pain, 7-day rolling means, furthest reach.

    The rolling means count the six days before the period too, so the line starts true.
    """
    day = _local_day(CheckIn.recorded_at)
    reach = case(_REACH_LEVEL, value=CheckIn.leg_reach, else_=0)
    query = (
        select(
            day,
            func.avg(CheckIn.back_pain),
            func.avg(CheckIn.leg_pain),
            func.count(),
            func.max(reach),
        )
        .where(
            CheckIn.deleted_at.is_(None),
            _between(CheckIn.recorded_at, period, lead_in_days=ROLLING_DAYS - 1),
        )
        .group_by(day)
        .order_by(day)
    )
    with store.units.read() as uow:
        rows = uow.session.execute(query).all()
    days = [date.fromisoformat(row[0]) for row in rows]
    backs = [float(row[1]) for row in rows]
    legs = [float(row[2]) for row in rows]
    back_averages = rolling_means(days, backs)
    leg_averages = rolling_means(days, legs)
    return [
        PainDay(
            day=days[i],
            back=backs[i],
            leg=legs[i],
            back_average=back_averages[i],
            leg_average=leg_averages[i],
            checkins=int(rows[i][3]),
            reach=_REACH_AT_LEVEL.get(int(rows[i][4] or 0), LegReach.NONE),
        )
        for i in range(len(rows))
        if days[i] >= period.first
    ]


def marked_events(store: Store, period: Period) -> list[MarkedEvent]:
    """Treatments and events in the period, oldest first."""
    query = (
        select(TreatmentEvent.occurred_at, TreatmentEvent.kind, TreatmentEvent.name)
        .where(
            TreatmentEvent.deleted_at.is_(None),
            _between(TreatmentEvent.occurred_at, period),
        )
        .order_by(TreatmentEvent.occurred_at, TreatmentEvent.id)
    )
    with store.units.read() as uow:
        return [
            MarkedEvent(at, TreatmentKind(kind), name or "")
            for at, kind, name in uow.session.execute(query)
        ]


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def session_counts(
    store: Store, period: Period, bucket: Bucket = Bucket.WEEK
) -> list[SessionCount]:
    """Guided sessions per bucket (movement snacks are not sessions); planned stays None until
    a programme service can say how many were planned."""
    start = _local_day(ExerciseSession.started_at, bucket)
    status = ExerciseSession.status
    query = (
        select(
            start,
            _count(status == SessionStatus.COMPLETED),
            _count(status.in_([SessionStatus.ENDED_EARLY, SessionStatus.INTERRUPTED])),
        )
        .where(ExerciseSession.is_snack.is_(False), _between(ExerciseSession.started_at, period))
        .group_by(start)
        .order_by(start)
    )
    with store.units.read() as uow:
        return [
            SessionCount(date.fromisoformat(day), int(done or 0), int(partial or 0))
            for day, done, partial in uow.session.execute(query)
        ]


def break_counts(store: Store, period: Period, bucket: Bucket = Bucket.DAY) -> list[BreakCount]:
    """Sitting-break reminders per bucket: taken (or a natural break), snoozed, skipped."""
    start = _local_day(ReminderEvent.at, bucket)
    outcome = ReminderEvent.outcome
    query = (
        select(
            start,
            _count(outcome.in_([ReminderOutcome.DONE, ReminderOutcome.NATURAL_BREAK])),
            _count(outcome == ReminderOutcome.SNOOZED),
            _count(outcome == ReminderOutcome.SKIPPED),
        )
        .where(ReminderEvent.kind == ReminderKind.SITTING_BREAK, _between(ReminderEvent.at, period))
        .group_by(start)
        .order_by(start)
    )
    with store.units.read() as uow:
        return [
            BreakCount(date.fromisoformat(day), int(taken or 0), int(snoozed or 0), int(skip or 0))
            for day, taken, snoozed, skip in uow.session.execute(query)
        ]


def activity_totals(
    store: Store, period: Period, bucket: Bucket = Bucket.DAY
) -> list[ActivityTotal]:
    """Minutes of logged activity per bucket."""
    start = _local_day(Activity.started_at, bucket)
    query = (
        select(start, func.sum(Activity.minutes))
        .where(Activity.deleted_at.is_(None), _between(Activity.started_at, period))
        .group_by(start)
        .order_by(start)
    )
    with store.units.read() as uow:
        return [
            ActivityTotal(date.fromisoformat(day), int(minutes or 0))
            for day, minutes in uow.session.execute(query)
        ]


__all__ = [
    "ActivityTotal",
    "BreakCount",
    "Bucket",
    "MarkedEvent",
    "PainPoint",
    "Period",
    "SessionCount",
    "activity_totals",
    "break_counts",
    "first_day",
    "marked_events",
    "pain_days",
    "pain_points",
    "session_counts",
]
