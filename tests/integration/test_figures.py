"""The figures service (services/figures.py) over a real, migrated SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from companion.domain.figures import Bucket, Period
from companion.domain.vocabulary import (
    ActivityKind,
    LegReach,
    ReminderKind,
    ReminderOutcome,
    SessionStatus,
    Side,
    TreatmentKind,
)
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.diary import (
    ActivityFields,
    EntryKind,
    TreatmentFields,
    add_activity,
    add_treatment,
    delete_entry,
)
from companion.services.figures import (
    activity_totals,
    break_counts,
    first_day,
    pain_days,
    pain_points,
    session_bars,
    timeline_events,
)
from companion.storage.models import ExerciseSession, ReminderEvent

# A Wednesday, so a week bucket has days on both sides of it.
WEDNESDAY = date(2026, 3, 11)


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock moment as an aware UTC datetime (what the services store)."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


NOW = _local(WEDNESDAY + timedelta(days=30), 12)


def _check_in(
    store: Store, at: datetime, back: int, leg: int, reach: LegReach = LegReach.THIGH
) -> int:
    side = None if reach is LegReach.NONE else Side.LEFT
    draft = CheckInDraft(back_pain=back, leg_pain=leg, leg_reach=reach, side=side, at=at)
    record, _ = record_checkin(store, draft, NOW)
    return record.id


def test_pain_days_average_each_local_day_and_keep_the_furthest_reach(store: Store) -> None:
    _check_in(store, _local(WEDNESDAY, 0, 5), 6, 8, LegReach.FOOT)  # just after local midnight
    _check_in(store, _local(WEDNESDAY, 23, 55), 4, 5, LegReach.THIGH)  # just before the next
    _check_in(store, _local(WEDNESDAY + timedelta(days=1), 9), 3, 3, LegReach.BUTTOCK)

    days = pain_days(store, Period(WEDNESDAY, WEDNESDAY + timedelta(days=1)))

    assert [d.day for d in days] == [WEDNESDAY, WEDNESDAY + timedelta(days=1)]
    assert (days[0].back, days[0].leg, days[0].checkins) == (5.0, 6.5, 2)
    assert days[0].reach is LegReach.FOOT  # the furthest that day, never the kindest
    assert days[1].reach is LegReach.BUTTOCK
    # The rolling mean of day two covers both days' means, not the three check-ins.
    assert days[1].leg_average == pytest.approx((6.5 + 3) / 2)


def test_rolling_average_counts_the_week_before_the_period(store: Store) -> None:
    for offset, leg in ((-3, 9), (-1, 7), (0, 2)):
        _check_in(store, _local(WEDNESDAY + timedelta(days=offset), 10), 1, leg)
    _check_in(store, _local(WEDNESDAY - timedelta(days=7), 10), 1, 10)  # outside the 7 days

    days = pain_days(store, Period(WEDNESDAY, WEDNESDAY))

    assert [d.day for d in days] == [WEDNESDAY]
    assert days[0].leg == 2
    assert days[0].leg_average == pytest.approx((9 + 7 + 2) / 3)


def test_deleted_checkins_are_left_out_and_points_keep_their_order(store: Store) -> None:
    kept = _check_in(store, _local(WEDNESDAY, 8), 2, 3)
    gone = _check_in(store, _local(WEDNESDAY, 9), 9, 9)
    _check_in(store, _local(WEDNESDAY, 7), 4, 5)
    delete_entry(store, EntryKind.CHECKIN, gone)

    points = pain_points(store, Period(WEDNESDAY, WEDNESDAY))
    assert [(p.back, p.leg) for p in points] == [(4, 5), (2, 3)]
    assert kept
    assert pain_days(store, Period(WEDNESDAY, WEDNESDAY))[0].leg == 4.0


def _add_session(store: Store, at: datetime, status: SessionStatus, snack: bool = False) -> None:
    with store.units.write() as uow:
        uow.session.add(ExerciseSession(started_at=at, status=status, is_snack=snack))
        uow.commit()


def test_sessions_are_counted_per_monday_to_sunday_week(store: Store) -> None:
    monday = WEDNESDAY - timedelta(days=2)
    sunday = monday + timedelta(days=6)
    _add_session(store, _local(monday, 0, 30), SessionStatus.COMPLETED)
    _add_session(store, _local(sunday, 23, 30), SessionStatus.COMPLETED)
    _add_session(store, _local(WEDNESDAY, 9), SessionStatus.ENDED_EARLY)
    _add_session(store, _local(WEDNESDAY, 10), SessionStatus.COMPLETED, snack=True)
    _add_session(store, _local(sunday + timedelta(days=1), 9), SessionStatus.INTERRUPTED)

    weeks = session_bars(store, Period(monday, sunday + timedelta(days=7)), Bucket.WEEK)

    assert [(w.start, w.done, w.partial, w.planned) for w in weeks] == [
        (monday, 2, 1, None),
        (monday + timedelta(days=7), 0, 1, None),
    ]


def test_sitting_breaks_count_taken_snoozed_and_skipped(store: Store) -> None:
    outcomes = [
        (ReminderKind.SITTING_BREAK, ReminderOutcome.DONE),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.NATURAL_BREAK),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.SNOOZED),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.SKIPPED),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.SKIPPED),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.DEFERRED),
        (ReminderKind.CHECK_IN, ReminderOutcome.SKIPPED),  # not a sitting break
    ]
    with store.units.write() as uow:
        for minute, (kind, outcome) in enumerate(outcomes):
            uow.session.add(
                ReminderEvent(at=_local(WEDNESDAY, 10, minute), kind=kind, outcome=outcome)
            )
        uow.commit()

    counts = break_counts(store, Period(WEDNESDAY, WEDNESDAY), Bucket.DAY)

    assert [(c.start, c.taken, c.snoozed, c.skipped) for c in counts] == [(WEDNESDAY, 2, 1, 2)]


def test_activity_minutes_per_month_and_events_in_the_period(store: Store) -> None:
    for day, minutes in ((date(2026, 3, 1), 20), (date(2026, 3, 31), 30), (date(2026, 4, 1), 5)):
        add_activity(store, ActivityFields(ActivityKind.WALKING, minutes, _local(day, 12)), NOW)
    add_treatment(
        store,
        TreatmentFields(TreatmentKind.INJECTION, _local(date(2026, 3, 20), 9), name="Epidural"),
        NOW,
    )
    add_treatment(store, TreatmentFields(TreatmentKind.FLARE_UP, _local(date(2026, 2, 1), 9)), NOW)
    march = Period(date(2026, 3, 1), date(2026, 4, 30))

    totals = activity_totals(store, march, Bucket.MONTH)
    events = timeline_events(store, march)

    assert [(t.start, t.minutes) for t in totals] == [
        (date(2026, 3, 1), 50),
        (date(2026, 4, 1), 5),
    ]
    assert [(e.kind, e.name) for e in events] == [(TreatmentKind.INJECTION, "Epidural")]
    assert first_day(store) == date(2026, 2, 1)


def test_an_empty_store_has_no_first_day_and_no_rows(store: Store) -> None:
    period = Period(WEDNESDAY, WEDNESDAY)
    assert first_day(store) is None
    assert pain_days(store, period) == []
    assert break_counts(store, period, Bucket.DAY) == []


def test_the_pain_aggregation_uses_the_time_index(store: Store) -> None:
    # The plan of the grouped query must search the index, not scan the whole table.
    start, end = Period(WEDNESDAY, WEDNESDAY).utc_bounds()
    with store.engine.connect() as connection:
        plan = connection.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT date(recorded_at, 'localtime'), avg(leg_pain) "
                "FROM checkins WHERE deleted_at IS NULL AND recorded_at >= :start "
                "AND recorded_at < :end GROUP BY 1"
            ),
            {"start": start.replace(tzinfo=None), "end": end.replace(tzinfo=None)},
        ).all()
    assert any("ix_checkins_recorded_at" in str(row) for row in plan)


def test_period_picks_day_week_or_month_bars() -> None:
    assert Period(WEDNESDAY, WEDNESDAY + timedelta(days=13)).bucket is Bucket.DAY
    assert Period(WEDNESDAY, WEDNESDAY + timedelta(days=90)).bucket is Bucket.WEEK
    assert Period(WEDNESDAY, WEDNESDAY + timedelta(days=3650)).bucket is Bucket.MONTH
    with pytest.raises(ValueError):
        Period(WEDNESDAY, WEDNESDAY - timedelta(days=1))
