"""The local days a report covers: the period asked for, or the one the diary suggests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from companion.domain.report import ReportOptions, ReportPeriod, ReportProblem
from companion.services.data_store import Store
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    TreatmentEvent,
)


def local_today() -> date:
    """Today on the user's own clock."""
    return datetime.now(UTC).astimezone().date()


def utc_bounds(period: ReportPeriod) -> tuple[datetime, datetime]:
    """The period's first local midnight and the midnight after its last day, in UTC."""

    def midnight(day: date) -> datetime:
        # A naive datetime's astimezone() reads it as local time, DST included.
        return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)

    return midnight(period.start), midnight(period.end + timedelta(days=1))


def resolve_period(store: Store, options: ReportOptions, today: date | None = None) -> ReportPeriod:
    """The period asked for; an open start, or a preset one before the diary began, starts on
    the first day anything was recorded."""
    end = options.end or today or local_today()
    start = options.start
    if start is None or options.start_is_preset:
        first = first_entry_day(store)
        if start is None:
            start = min(end, first or end)
        elif first is not None and start < first <= end:
            start = first
    if start > end:
        raise ReportProblem(
            f"The period starts on {start:%d %b %Y}, after it ends ({end:%d %b %Y}). "
            "Choose an earlier start."
        )
    return ReportPeriod(start, end)


def first_entry_day(store: Store) -> date | None:
    """The local day of the diary's first entry of any kind, or None when it is empty."""
    with store.units.read() as uow:
        firsts = [
            uow.session.scalar(select(func.min(column)).where(deleted))
            for column, deleted in (
                (CheckIn.recorded_at, CheckIn.deleted_at.is_(None)),
                (ExerciseSession.started_at, ExerciseSession.id.is_not(None)),
                (Activity.started_at, Activity.deleted_at.is_(None)),
                (TreatmentEvent.occurred_at, TreatmentEvent.deleted_at.is_(None)),
                (QuestionnaireResponse.taken_at, QuestionnaireResponse.deleted_at.is_(None)),
            )
        ]
    known = [moment.astimezone().date() for moment in firsts if moment is not None]
    return min(known, default=None)
