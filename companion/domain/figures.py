"""The figures the Progress page and every report show, as plain values, and how they compare.

One set of types for both: a day's pain (with its 7-day mean), a week's row, sessions planned and
done, the first week against the last. Everything works on one value per local day, so several
check-ins a day never count as several baselines. A change is judged only against the measure's
minimal important change (shared/clinical.md §3); leg symptoms that move back towards the spine
are named as the good sign they are (§2, centralisation), nothing more.
"""

from __future__ import annotations

import enum
import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from companion.domain.measures import (
    BACK_PAIN,
    LEG_PAIN,
    ChangeFromBaseline,
    Measure,
    MeasureResult,
    change_from_baseline,
    describe_change,
)
from companion.domain.programme import PlanPeriod, WeeklyCount, planned_on
from companion.domain.vocabulary import LegReach, TreatmentKind

# A week: the 7-day mean, and the first and last week a comparison is made over. Pain varies from
# day to day, and one bad morning must not read as a trend.
ROLLING_DAYS = 7
# More points than this (about four months of days) and a chart's markers get smaller and
# fainter, so the 7-day means stay readable: on the page and in the report alike.
MANY_POINTS = 120
# Fewer days than this and a "trend" is mostly the last few days' ups and downs.
FEW_DAYS = 3


class Bucket(enum.StrEnum):
    """How many days one bar of a count chart stands for."""

    DAY = "day"
    WEEK = "week"  # Monday to Sunday
    MONTH = "month"

    @property
    def days(self) -> int:
        """The bar's width in days (a month's bar is drawn 30 days wide)."""
        return {Bucket.DAY: 1, Bucket.WEEK: 7, Bucket.MONTH: 30}[self]


@dataclass(frozen=True)
class Period:
    """The local days shown or reported, first and last included."""

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

    def weeks(self) -> list[date]:
        """The Monday of every week the period touches."""
        first = self.first - timedelta(days=self.first.weekday())
        return [first + timedelta(weeks=n) for n in range((self.last - first).days // 7 + 1)]

    def utc_bounds(self, lead_in_days: int = 0) -> tuple[datetime, datetime]:
        """Start (included) and end (excluded) as UTC moments; midnight is local midnight
        (a naive datetime's astimezone() reads it as local time, DST included)."""
        start = datetime.combine(self.first - timedelta(days=lead_in_days), time())
        end = datetime.combine(self.last + timedelta(days=1), time())
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True)
class PainDay:
    """One local day of check-ins: mean pain, its 7-day rolling mean and the furthest reach."""

    day: date
    back: float
    leg: float
    back_average: float
    leg_average: float
    checkins: int
    reach: LegReach


@dataclass(frozen=True)
class PainPoint:
    """One check-in's two pain ratings, for the raw points of the pain chart."""

    at: datetime  # aware UTC
    back: int
    leg: int


@dataclass(frozen=True)
class TimelineEvent:
    """A treatment or an event (medication change, injection, flare-up, appointment)."""

    occurred_at: datetime
    kind: TreatmentKind
    name: str
    dose: str
    note: str  # empty when notes are left out


@dataclass(frozen=True)
class SessionBar:
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


@dataclass(frozen=True)
class WeekRow:
    """One row of the weekly table."""

    week_start: date  # a Monday
    checkins: int = 0
    back: float | None = None
    leg: float | None = None
    furthest_reach: LegReach | None = None
    sessions_completed: int = 0
    sessions_ended_early: int = 0
    sessions_planned: int | None = None
    activity_minutes: int = 0
    breaks_taken: int = 0
    breaks_snoozed: int = 0
    breaks_skipped: int = 0
    worse_responses: int = 0


@dataclass(frozen=True)
class SessionTotals:
    """Exercise sessions planned and done over a period. `planned` is None when no programme
    was in force."""

    planned: int | None
    completed: int
    ended_early: int
    movement_snacks: int
    # Weekly activities (water walking) are not sessions: each is counted by its days in the
    # period's last week, against its times a week.
    weekly: tuple[WeeklyCount, ...] = ()

    @property
    def percent(self) -> int | None:
        """Completed sessions as a share of the planned ones, or None without a plan."""
        if not self.planned:
            return None
        return round(self.completed / self.planned * 100)


# --- The first week against the last ---------------------------------------------------------


@dataclass(frozen=True)
class PainComparison:
    """Average pain in the period's first week against its last week, with the verdict."""

    name: str  # "Back pain" / "Leg pain"
    baseline: float | None
    current: float | None
    baseline_days: tuple[date, date] | None
    current_days: tuple[date, date] | None
    change: ChangeFromBaseline | None
    sentence: str


class ReachTrend(enum.StrEnum):
    """Which way the leg symptoms moved: back towards the spine is good news."""

    RETREATING = "retreating"
    UNCHANGED = "unchanged"
    SPREADING = "spreading"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ReachSummary:
    """How far the leg symptoms reached in the first and the last week of the period."""

    at_start: LegReach | None
    at_end: LegReach | None
    furthest: LegReach | None

    @property
    def trend(self) -> ReachTrend:
        """Retreating, unchanged or spreading (furthest reach of the first vs the last week)."""
        if self.at_start is None or self.at_end is None:
            return ReachTrend.UNKNOWN
        if self.at_end.level < self.at_start.level:
            return ReachTrend.RETREATING
        if self.at_end.level > self.at_start.level:
            return ReachTrend.SPREADING
        return ReachTrend.UNCHANGED


@dataclass(frozen=True)
class PainSummary:
    """The period's first week against its last: leg pain, back pain and the reach."""

    leg: PainComparison
    back: PainComparison
    reach: ReachSummary
    days_with_checkins: int


def summarise(days: Sequence[PainDay]) -> PainSummary:
    """The first week against the last week of `days` (halves when the span is shorter)."""
    return PainSummary(
        leg=compare_pain(LEG_PAIN, days, lambda d: d.leg),
        back=compare_pain(BACK_PAIN, days, lambda d: d.back),
        reach=reach_summary(days),
        days_with_checkins=len(days),
    )


def comparison_windows(days: Sequence[PainDay]) -> tuple[list[PainDay], list[PainDay]] | None:
    """The check-in days of the first and the last week; halves when the span is shorter."""
    if len(days) < 2:
        return None
    first, last = days[0].day, days[-1].day
    width = max(1, min(ROLLING_DAYS, ((last - first).days + 1) // 2))
    early = [d for d in days if (d.day - first).days < width]
    late = [d for d in days if (last - d.day).days < width]
    return early, late


def _mean(days: Sequence[PainDay], value: Callable[[PainDay], float]) -> float:
    # Weighted by the day's check-ins: the mean of every rating in the window.
    return float(sum(value(d) * d.checkins for d in days) / sum(d.checkins for d in days))


def compare_pain(
    measure: Measure, days: Sequence[PainDay], value: Callable[[PainDay], float]
) -> PainComparison:
    """The first week's mean of `value` against the last week's, judged by `measure`'s threshold."""
    windows = comparison_windows(days)
    if windows is None:
        only = f", {printed(value(days[0]))} on the one day with check-ins" if days else ""
        return PainComparison(
            measure.name,
            None,
            rounded(value(days[0])) if days else None,
            None,
            (days[0].day, days[0].day) if days else None,
            None,
            f"{measure.name}: too few check-ins to compare{only}.",
        )
    early, late = windows
    short = (late[-1].day - early[0].day).days + 1 < 2 * ROLLING_DAYS
    if short and measure.threshold is not None and measure.threshold.points is not None:
        # Windows shorter than a week: the 30% rule would count 3 -> 2, which a single low
        # day can do; only the points threshold judges them.
        measure = replace(measure, threshold=replace(measure.threshold, percent=None))
    baseline = rounded(_mean(early, value)) or 0.0
    current = rounded(_mean(late, value)) or 0.0
    change = change_from_baseline(
        MeasureResult(measure, baseline, early[0].day),
        MeasureResult(measure, current, late[-1].day),
    )
    return PainComparison(
        measure.name,
        baseline,
        current,
        (early[0].day, early[-1].day),
        (late[0].day, late[-1].day),
        change,
        describe_change(change),
    )


def reach_summary(days: Sequence[PainDay]) -> ReachSummary:
    """The furthest reach of the first week, of the last week and of the whole period."""
    furthest = max((d.reach for d in days), key=lambda r: r.level, default=None)
    windows = comparison_windows(days)
    if windows is None:
        return ReachSummary(None, None, furthest)
    early, late = windows
    return ReachSummary(
        max((d.reach for d in early), key=lambda r: r.level),
        max((d.reach for d in late), key=lambda r: r.level),
        furthest,
    )


# --- Days and buckets ------------------------------------------------------------------------


def rolling_means(
    days: Sequence[date], values: Sequence[float], window: int = ROLLING_DAYS
) -> list[float]:
    """For each day, the mean of the values on that day and the `window - 1` calendar days before.

    `days` are ascending and unique. Days without data are not counted as zero: they are
    simply not in the window, so a missed check-in never drags the average down.
    """
    if len(days) != len(values):
        raise ValueError("one value per day is needed")
    kept: deque[tuple[date, float]] = deque()
    total = 0.0
    means = []
    for day, value in zip(days, values, strict=True):
        kept.append((day, value))
        total += value
        while kept[0][0] <= day - timedelta(days=window):
            total -= kept.popleft()[1]
        means.append(total / len(kept))
    return means


def bucket_start(day: date, bucket: Bucket) -> date:
    """The first day of the bar `day` counts in: itself, its week's Monday, or its month's 1st."""
    if bucket is Bucket.DAY:
        return day
    if bucket is Bucket.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def planned_by_bucket(
    periods: Sequence[PlanPeriod], period: Period, bucket: Bucket
) -> dict[date, int] | None:
    """Sessions the programmes in force planned per bar, counting only the period's days, so a
    part week at either end is held to the days it shows; None when no programme was in force
    on any day of the period."""
    if not any(p.start <= period.last and (p.end is None or p.end > period.first) for p in periods):
        return None
    planned: dict[date, int] = {}
    day = period.first
    while day <= period.last:
        start = bucket_start(day, bucket)
        planned[start] = planned.get(start, 0) + planned_on(periods, day)
        day += timedelta(days=1)
    return planned


def rounded(value: float | None, places: int = 1) -> float | None:
    """A mean as it is printed (None stays None)."""
    if value is None or not math.isfinite(value):
        return None
    return round(value, places)


def printed(value: float) -> str:
    """A score as printed: whole numbers without a decimal point."""
    return str(round(value)) if abs(value - round(value)) < 1e-9 else f"{value:.1f}"
