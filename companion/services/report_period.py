"""The local days a report covers: the period asked for, or the one the diary suggests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from companion.domain.figures import Period
from companion.domain.report import ReportOptions, ReportProblem, ReportProblemReason
from companion.services.data_store import Store
from companion.services.figures import first_entry_day


def local_today() -> date:
    """Today on the user's own clock."""
    return datetime.now(UTC).astimezone().date()


def resolve_period(store: Store, options: ReportOptions, today: date | None = None) -> Period:
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
        raise ReportProblem(ReportProblemReason.STARTS_AFTER_TODAY, start, end)
    return Period(start, end)
