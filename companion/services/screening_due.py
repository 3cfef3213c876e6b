"""Why the safety questions are due, and whether a same-day finding is open, from a sqlite3
connection: the one copy the services (screening, safety_plan) and the Today page share.

This module imports no SQLAlchemy and no service that does (services.today runs it before the
store is opened; a test checks in a fresh interpreter). The services call it on the ORM
session's own connection (`UnitOfWork.sqlite`), the Today page on its read-only one.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

from companion.domain.red_flags import (
    REACH_WINDOW,
    CheckInSignals,
    ScreeningOccasion,
    ScreeningReason,
    checkin_triggers,
    screening_due,
)
from companion.domain.vocabulary import LegReach, Side, SymptomKind, TriageLevel
from companion.storage.queries.screening_due import (
    TriggerRow,
    checkin_before,
    live_checkin_trigger,
    newest_checkin_up_to,
    newest_screening_taken,
    numbness_answered,
    reaches_before,
)


def day_bounds(now: datetime) -> tuple[date, datetime, datetime]:
    """The local day of `now` (in its own zone) and its start and end as aware times."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("`now` must be timezone-aware")
    day = now.date()
    start = datetime.combine(day, time.min, tzinfo=now.tzinfo)
    return day, start, start + timedelta(days=1)


def signals_of(
    leg_pain: int, symptoms: object, side: Side | None, reach: LegReach
) -> CheckInSignals:
    """A stored check-in's values as screening signals (unknown symptoms left out)."""
    known = {kind.value for kind in SymptomKind}
    kinds = (
        frozenset(SymptomKind(value) for value in symptoms if value in known)
        if isinstance(symptoms, list)
        else frozenset[SymptomKind]()
    )
    return CheckInSignals(leg_pain, kinds, side, reach)


def screening_reasons_on(
    connection: sqlite3.Connection,
    occasion: ScreeningOccasion,
    now: datetime,
    latest_checkin_signals: CheckInSignals | None = None,
    previous_checkin_signals: CheckInSignals | None = None,
) -> tuple[ScreeningReason, ...]:
    """services.screening.screening_reasons on this connection (`now` aware)."""
    last = newest_screening_taken(connection)
    due = screening_due(
        occasion,
        now,
        last[0] if last is not None else None,
        latest_checkin_signals,
        previous_checkin_signals,
    )
    pending = [r for r in pending_reasons_on(connection, now) if r not in due]
    return (*due, *pending)


def pending_reasons_on(
    connection: sqlite3.Connection, now: datetime
) -> tuple[ScreeningReason, ...]:
    """services.screening.pending_reasons on this connection (`now` aware)."""
    last = newest_screening_taken(connection)
    last_at = last[0] if last is not None else None
    reasons: list[ScreeningReason] = []
    latest = newest_checkin_up_to(connection, now)
    if latest is not None and (last_at is None or latest.recorded_at > last_at):
        reasons += _triggers_of(connection, latest)
    # The answer comes after the session started; the questions it opens come later.
    if numbness_answered(connection, last_at, now):
        reasons.append(ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS)
    return tuple(reasons)


def checkin_triggers_on(
    connection: sqlite3.Connection, checkin_id: int
) -> tuple[ScreeningReason, ...]:
    """What in one stored check-in calls for the safety questions (empty if it is gone)."""
    row = live_checkin_trigger(connection, checkin_id)
    return () if row is None else _triggers_of(connection, row)


def same_day_open_on(connection: sqlite3.Connection, now: datetime) -> bool:
    """True if the newest screening up to `now` was taken today (in `now`'s zone) and asked
    for a doctor today."""
    _day, start, _end = day_bounds(now)
    latest = newest_screening_taken(connection, now)
    return latest is not None and latest[0] >= start and latest[1] is TriageLevel.SAME_DAY


def _triggers_of(
    connection: sqlite3.Connection, checkin: TriggerRow
) -> tuple[ScreeningReason, ...]:
    previous = checkin_before(connection, checkin)
    week_before = reaches_before(connection, checkin, REACH_WINDOW)
    furthest = max(week_before, key=lambda reach: reach.level) if week_before else None
    return checkin_triggers(
        _signals(checkin), _signals(previous) if previous is not None else None, furthest
    )


def _signals(row: TriggerRow) -> CheckInSignals:
    return signals_of(row.leg_pain, row.symptoms, row.side, row.leg_reach)
