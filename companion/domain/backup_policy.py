"""Which automatic backups to keep: 12 daily, 10 weekly and 9 monthly (as Anki does).

Walking from newest to oldest, a backup is kept if it is the newest of a day not yet covered
(while fewer than 12 days are kept), else the newest of an ISO week not yet covered (fewer than
10 weeks), else the newest of a month not yet covered (fewer than 9 months). That spans about
a year and a half with at most 31 files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups of each period to keep."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


DEFAULT_RETENTION = RetentionPolicy()


def backups_to_keep(
    taken_at: Iterable[datetime], policy: RetentionPolicy = DEFAULT_RETENTION
) -> set[datetime]:
    """The subset of backup times the policy keeps; the newest is always kept."""
    left = {"daily": policy.daily, "weekly": policy.weekly, "monthly": policy.monthly}
    last_day: tuple[int, int, int] | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    keep: set[datetime] = set()
    for when in sorted(set(taken_at), reverse=True):
        day = (when.year, when.month, when.day)
        iso = when.isocalendar()
        week = (iso.year, iso.week)
        month = (when.year, when.month)
        if day == last_day:
            continue  # an older backup of a day already kept
        if left["daily"] > 0:
            left["daily"] -= 1
        elif left["daily"] == 0 and week != last_week and left["weekly"] > 0:
            left["weekly"] -= 1
        elif left["weekly"] == 0 and month != last_month and left["monthly"] > 0:
            left["monthly"] -= 1
        else:
            continue
        keep.add(when)
        last_day, last_week, last_month = day, week, month
    return keep
