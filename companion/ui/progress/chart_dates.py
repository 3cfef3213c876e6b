"""The dates under a chart: as many as fit, on round days, months or years, in the words of the
page's language (month names from reports/wording.py, never the process's locale).

Labels are concise: a day tick says its day of the month, or its month's name on the 1st, or
the year on the 1st of January; a month tick its month, or the year in January. The year (or
month and year) that the numbers belong to stands once, at the end of the axis.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from companion.reports.wording import Wording

DAY_STEPS = (1, 2, 3, 7, 14)
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


@dataclass(frozen=True)
class DateTicks:
    """Where the ticks stand (each at the start of its day) and what the axis says."""

    days: list[date]
    labels: list[str]
    offset: str  # the year, or month and year, the labels belong to; "" if they say it


def _day_ticks(first: date, end: date, step: int) -> list[date]:
    ticks = []
    day = first
    while day < end:
        month_days = calendar.monthrange(day.year, day.month)[1]
        # Days 1, 8, 15, 22 for a week's step, never a 29th two days before the next 1st.
        if (day.day - 1) % step == 0 and month_days - day.day + 1 >= (step + 1) // 2:
            ticks.append(day)
        day += timedelta(days=1)
    return ticks


def _month_ticks(first: date, end: date, step: int) -> list[date]:
    ticks = []
    year, month = first.year, first.month
    while date(year, month, 1) < end:
        if date(year, month, 1) >= first and (month - 1) % step == 0:
            ticks.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def _year_ticks(first: date, end: date, step: int) -> list[date]:
    return [
        date(year, 1, 1)
        for year in range(first.year, end.year + 1)
        if year % step == 0 and first <= date(year, 1, 1) < end
    ]


def date_ticks(first: date, end: date, most: int, words: Wording) -> DateTicks:
    """At most `most` ticks (two at least, where the span has them) between `first` (included)
    and `end` (excluded), labelled in `words`' language."""
    most = max(2, most)
    span = (end - first).days
    if span <= 0:
        return DateTicks([], [], "")
    for step in DAY_STEPS if span <= 120 else ():
        days = _day_ticks(first, end, step)
        if len(days) <= most:
            labels = [_day_label(day, words) for day in days]
            return DateTicks(days, labels, _day_offset(first, end, words))
    for step in MONTH_STEPS:
        days = _month_ticks(first, end, step)
        if len(days) <= most and (days or step == MONTH_STEPS[-1]):
            labels = [str(day.year) if day.month == 1 else words.month(day) for day in days]
            says_year = any(day.month == 1 for day in days)
            offset = "" if says_year and len(days) > 1 else _years(first, end)
            return DateTicks(days, labels, offset)
    for step in YEAR_STEPS:
        days = _year_ticks(first, end, step)
        if len(days) <= most:
            return DateTicks(days, [str(day.year) for day in days], "")
    return DateTicks([], [], "")


def _day_label(day: date, words: Wording) -> str:
    if day.day != 1:
        return str(day.day)
    return str(day.year) if day.month == 1 else words.month(day)


def _day_offset(first: date, end: date, words: Wording) -> str:
    last = end - timedelta(days=1)
    if (first.year, first.month) == (last.year, last.month):
        return f"{words.month(last)} {last.year}"
    return _years(first, end)


def _years(first: date, end: date) -> str:
    last = end - timedelta(days=1)
    return str(last.year) if first.year == last.year else f"{first.year}–{last.year}"
