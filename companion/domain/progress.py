"""Progress over days: rolling averages and the plain sentences above the charts.

Everything here works on one value per local day, so several check-ins a day never count as
several baselines. The sentences state what the numbers show and judge a change only against
the measure's minimal important change (shared/clinical.md §3); leg symptoms that move back
towards the spine are named as the good sign they are (§2, centralisation), nothing more.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from companion.domain.measures import (
    BACK_PAIN,
    LEG_PAIN,
    MeasureResult,
    change_from_baseline,
    describe_change,
)
from companion.domain.programme import PlanPeriod, planned_on
from companion.domain.vocabulary import LegReach

ROLLING_DAYS = 7
# Fewer days than this and a "trend" is mostly the last few days' ups and downs.
FEW_DAYS = 3


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


_REACH_WORDS = {
    LegReach.NONE: "no leg symptoms",
    LegReach.BUTTOCK: "the buttock",
    LegReach.THIGH: "the thigh",
    LegReach.CALF: "below the knee",
    LegReach.FOOT: "the foot",
}


def describe_reach(first: PainDay, last: PainDay) -> str:
    """How far the leg symptoms reach now against the first day shown, in plain words."""
    since = f"{first.day.day} {first.day.strftime('%B')}"
    if first.day.year != last.day.year:
        since += f" {first.day.year}"
    then, now = first.reach, last.reach
    if then is now:
        if now is LegReach.NONE:
            return f"No leg symptoms, as on {since}."
        return f"Leg symptoms reach {_REACH_WORDS[now]}, as on {since}."
    if now.level < then.level:
        if now is LegReach.NONE:
            return (
                f"Leg symptoms have gone since {since}, when they reached {_REACH_WORDS[then]}: "
                "a good sign."
            )
        return (
            f"Leg symptoms now reach {_REACH_WORDS[now]}, not {_REACH_WORDS[then]} as on "
            f"{since}: closer to the back, which is a good sign."
        )
    if then is LegReach.NONE:
        return f"Leg symptoms now reach {_REACH_WORDS[now]}; on {since} there were none."
    return (
        f"Leg symptoms now reach {_REACH_WORDS[now]}, further than on {since} "
        f"({_REACH_WORDS[then]})."
    )


def summarise(days: Sequence[PainDay]) -> list[str]:
    """The sentences above the charts: leg pain first (what sciatica trials follow), then back
    pain, then reach; the start of the period against its end, judged against the pain's
    minimal important change.

    Over two weeks and more the 7-day averages are compared (the first week's against the
    last week's) with the full minimal important change (2 points or 30%); over a shorter
    period, the first day's mean against the last day's, with the 2 points alone.
    """
    if len(days) < 2:
        return []
    first, last = days[0], days[-1]
    # Over a fortnight and more, one good or bad day at either end must not decide the verdict:
    # the first week's mean is compared with the last week's (the 7-day average line).
    weekly = (last.day - first.day).days >= 2 * ROLLING_DAYS
    opening = [d for d in days if d.day < first.day + timedelta(days=ROLLING_DAYS)]
    sentences = []
    for plain, pain in ((LEG_PAIN, "leg"), (BACK_PAIN, "back")):
        measure = plain
        if weekly:
            measure = replace(plain, name=f"{plain.name} (7-day average)")
            then = sum(getattr(d, pain) for d in opening) / len(opening)
            now = getattr(last, f"{pain}_average")
        else:
            # One day against another: the 30% rule would count 3 -> 2, which a single low
            # day can do; only the 2-point threshold is used.
            if plain.threshold is not None and plain.threshold.points is not None:
                measure = replace(plain, threshold=replace(plain.threshold, percent=None))
            then, now = getattr(first, pain), getattr(last, pain)
        change = change_from_baseline(
            MeasureResult(measure, _rounded(then), first.day),
            MeasureResult(measure, _rounded(now), last.day),
        )
        sentences.append(describe_change(change))
    sentences.append(describe_reach(first, last))
    if len(days) < FEW_DAYS:
        sentences.append(
            f"These are only {len(days)} days of check-ins; a few more will show whether "
            "the change lasts."
        )
    return sentences


def _rounded(value: float) -> float:
    # A day's mean of several check-ins reads as one decimal, like the sentences print it.
    return math.floor(value * 10 + 0.5) / 10


def bucket_start(day: date, bucket_days: int) -> date:
    """The first day of the bar `day` counts in: itself, its week's Monday, or its month's 1st."""
    if bucket_days == 1:
        return day
    if bucket_days == 7:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def planned_by_bucket(
    periods: Sequence[PlanPeriod], first: date, last: date, bucket_days: int
) -> dict[date, int]:
    """Sessions the programmes in force planned per bar, counting only days from `first` to
    `last`, so a part week at either end is held to the days it shows."""
    planned: dict[date, int] = {}
    day = first
    while day <= last:
        start = bucket_start(day, bucket_days)
        planned[start] = planned.get(start, 0) + planned_on(periods, day)
        day += timedelta(days=1)
    return planned
