"""The one aggregation behind the Progress page and every report format (PDF, CSV, FHIR).

Days, weeks, 7-day means, the first week against the last, sessions planned and done, and the
reach: each is computed here once, over storage/queries/figures.py, so the page and the report
can never tell the user two different things about the same days.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, tzinfo

from sqlalchemy.orm import Session

from companion.content.programme_file import stored_document
from companion.domain.figures import (
    ROLLING_DAYS,
    ActivityTotal,
    BreakCount,
    Bucket,
    PainDay,
    PainPoint,
    PainSummary,
    Period,
    SessionBar,
    SessionTotals,
    TimelineEvent,
    WeekRow,
    planned_by_bucket,
    rolling_means,
    rounded,
    summarise,
)
from companion.domain.programme import WeeklyCount, week_start, weekly_counts
from companion.services.data_store import Store
from companion.services.programmes import document_in_force, plan_periods
from companion.storage.queries import figures as queries
from companion.storage.queries.sessions import exercises_done_since


def first_day(store: Store) -> date | None:
    """The local day of the diary's first entry, sitting-break reminders included (the page
    charts them); None when there is nothing at all."""
    with store.units.read() as uow:
        first = queries.first_moment(uow.session, with_reminders=True)
    return first.astimezone().date() if first is not None else None


def first_entry_day(store: Store) -> date | None:
    """The local day of the diary's first entry (check-in, session, activity, treatment or
    questionnaire), where an open report period starts; None when the diary is empty."""
    with store.units.read() as uow:
        first = queries.first_moment(uow.session, with_reminders=False)
    return first.astimezone().date() if first is not None else None


def pain_points(store: Store, period: Period) -> list[PainPoint]:
    """Every check-in's back and leg pain in the period, oldest first."""
    with store.units.read() as uow:
        return queries.pain_points(uow.session, *period.utc_bounds())


def pain_days(store: Store, period: Period) -> list[PainDay]:
    """One row per local day with check-ins: mean pain, 7-day rolling means, furthest reach."""
    with store.units.read() as uow:
        return _pain_days(uow.session, period)


def _pain_days(session: Session, period: Period) -> list[PainDay]:
    # The rolling means count the six days before the period too, so the line starts true.
    rows = queries.pain_buckets(session, *period.utc_bounds(lead_in_days=ROLLING_DAYS - 1))
    days = [row.start for row in rows]
    back_averages = rolling_means(days, [row.back for row in rows])
    leg_averages = rolling_means(days, [row.leg for row in rows])
    return [
        PainDay(row.start, row.back, row.leg, back, leg, row.checkins, row.reach)
        for row, back, leg in zip(rows, back_averages, leg_averages, strict=True)
        if row.start >= period.first
    ]


def pain_summary(store: Store, period: Period) -> PainSummary:
    """The period's first week against its last: what the Progress headline and the report say."""
    return summarise(pain_days(store, period))


def timeline_events(store: Store, period: Period, with_notes: bool = False) -> list[TimelineEvent]:
    """Treatments and events in the period, oldest first."""
    with store.units.read() as uow:
        return queries.timeline_events(uow.session, *period.utc_bounds(), with_notes)


def session_bars(store: Store, period: Period, bucket: Bucket) -> list[SessionBar]:
    """Guided sessions done, stopped part-way and planned, per bucket with any of them."""
    with store.units.read() as uow:
        done = {
            row.start: row
            for row in queries.session_buckets(uow.session, *period.utc_bounds(), bucket)
        }
        planned = planned_by_bucket(plan_periods(uow.session), period, bucket)
    starts = sorted(set(done) | {start for start, n in (planned or {}).items() if n})
    return [
        SessionBar(
            start,
            done[start].done if start in done else 0,
            done[start].partial if start in done else 0,
            None if planned is None else planned.get(start, 0),
        )
        for start in starts
    ]


def _session_totals(
    session: Session, period: Period, planned: dict[date, int] | None, first_weekday: int
) -> SessionTotals:
    total = sum(planned.values()) if planned is not None else None
    totals = queries.session_totals(session, *period.utc_bounds(), total)
    return replace(totals, weekly=_weekly_counts(session, period.last, first_weekday))


def weekly_activities(
    store: Store, day: date, first_weekday: int = 1, zone: tzinfo | None = None
) -> tuple[WeeklyCount, ...]:
    """Each weekly activity of the programme in force on `day`: the days of `day`'s week it
    was done on so far, against its times a week ("Water walking: 2 of 3 this week").

    The week starts on ISO weekday `first_weekday` (the locale's); days are local to `zone`
    (None: this machine's zone)."""
    with store.units.read() as uow:
        return _weekly_counts(uow.session, day, first_weekday, zone)


def _weekly_counts(
    session: Session, day: date, first_weekday: int, zone: tzinfo | None = None
) -> tuple[WeeklyCount, ...]:
    data = document_in_force(session, day)
    if not data:  # none in force, or a row stored without its document
        return ()
    weekly = [p for p in stored_document(data).exercises if p.dose.is_weekly]
    if not weekly:
        return ()
    start = datetime.combine(week_start(day, first_weekday), time())
    since = start.replace(tzinfo=zone) if zone is not None else start.astimezone()
    done_on: dict[str, set[date]] = {}
    ids = {p.exercise_id for p in weekly}
    for started_at, exercise_id in exercises_done_since(session, ids, since):
        done_on.setdefault(exercise_id, set()).add(started_at.astimezone(zone).date())
    return weekly_counts(weekly, done_on, day, first_weekday)


def break_counts(store: Store, period: Period, bucket: Bucket) -> list[BreakCount]:
    """Sitting-break reminders per bucket: taken (or a natural break), snoozed, skipped."""
    with store.units.read() as uow:
        return queries.break_counts(uow.session, *period.utc_bounds(), bucket)


def activity_totals(store: Store, period: Period, bucket: Bucket) -> list[ActivityTotal]:
    """Minutes of logged activity per bucket."""
    with store.units.read() as uow:
        return queries.activity_totals(uow.session, *period.utc_bounds(), bucket)


@dataclass(frozen=True)
class Figures:
    """Every figure of a period the report prints, read in one transaction."""

    days: tuple[PainDay, ...]
    summary: PainSummary
    weeks: tuple[WeekRow, ...]
    sessions: SessionTotals


def period_figures(session: Session, period: Period, first_weekday: int = 1) -> Figures:
    """The period's days, weekly rows, first-versus-last summary and session totals; a weekly
    activity is counted in the period's last week, starting on ISO weekday `first_weekday`."""
    days = _pain_days(session, period)
    planned = planned_by_bucket(plan_periods(session), period, Bucket.WEEK)
    return Figures(
        days=tuple(days),
        summary=summarise(days),
        weeks=_week_rows(session, period, planned),
        sessions=_session_totals(session, period, planned, first_weekday),
    )


def _week_rows(
    session: Session, period: Period, planned: dict[date, int] | None
) -> tuple[WeekRow, ...]:
    """One row for every Monday-to-Sunday week the period touches, empty weeks included;
    `planned` is the sessions planned per week (None: no programme in force)."""
    since, until = period.utc_bounds()
    week = Bucket.WEEK
    rows = {monday: WeekRow(monday) for monday in period.weeks()}

    def fill(monday: date, **values: object) -> None:
        rows[monday] = replace(rows.get(monday, WeekRow(monday)), **values)  # type: ignore[arg-type]

    for pain in queries.pain_buckets(session, since, until, week):
        fill(
            pain.start,
            checkins=pain.checkins,
            back=rounded(pain.back),
            leg=rounded(pain.leg),
            furthest_reach=pain.reach,
        )
    for sessions in queries.session_buckets(session, since, until, week):
        fill(
            sessions.start, sessions_completed=sessions.done, sessions_ended_early=sessions.partial
        )
    for activity in queries.activity_totals(session, since, until, week):
        fill(activity.start, activity_minutes=activity.minutes)
    for breaks in queries.break_counts(session, since, until, week):
        fill(
            breaks.start,
            breaks_taken=breaks.taken,
            breaks_snoozed=breaks.snoozed,
            breaks_skipped=breaks.skipped,
        )
    for monday, worse in queries.worse_responses(session, since, until, week).items():
        fill(monday, worse_responses=worse)
    if planned is not None:
        for monday in rows:
            fill(monday, sessions_planned=planned.get(monday, 0))
    return tuple(rows[monday] for monday in period.weeks())


__all__ = [
    "Figures",
    "activity_totals",
    "break_counts",
    "first_day",
    "first_entry_day",
    "pain_days",
    "pain_points",
    "pain_summary",
    "period_figures",
    "session_bars",
    "timeline_events",
    "weekly_activities",
]
