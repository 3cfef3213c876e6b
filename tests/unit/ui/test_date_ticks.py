"""The dates under a chart: round days, months or years, as many as fit, in the page's language."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.reports.wording import wording
from companion.ui.progress.chart_dates import date_ticks

ENGLISH = wording("en")
GERMAN = wording("de")


@pytest.mark.parametrize(
    ("first", "end", "most", "expected"),
    [
        pytest.param(
            date(2026, 3, 2),
            date(2026, 3, 16),
            8,
            (
                [date(2026, 3, d) for d in (3, 5, 7, 9, 11, 13, 15)],
                ["3", "5", "7", "9", "11", "13", "15"],
                "Mar 2026",
            ),
            id="two weeks in one month: day numbers, the month and year once",
        ),
        pytest.param(
            date(2026, 2, 20),
            date(2026, 3, 20),
            8,
            (
                [date(2026, 2, 22), date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 15)],
                ["22", "Mar", "8", "15"],
                "2026",
            ),
            id="across a month: its name on the 1st",
        ),
        pytest.param(
            date(2026, 3, 2),
            date(2026, 5, 31),
            8,
            (
                [date(2026, m, d) for m, d in ((3, 15), (4, 1), (4, 15), (5, 1), (5, 15))],
                ["15", "Apr", "15", "May", "15"],
                "2026",
            ),
            id="three months: the 1st and 15th",
        ),
        pytest.param(
            date(2026, 1, 1),
            date(2027, 1, 1),
            8,
            (
                [date(2026, m, 1) for m in (1, 3, 5, 7, 9, 11)],
                ["2026", "Mar", "May", "Jul", "Sep", "Nov"],
                "",
            ),
            id="a year: month names, the year at January",
        ),
        pytest.param(
            date(2025, 11, 20),
            date(2026, 1, 10),
            8,
            (
                [
                    date(2025, 11, 22),
                    *(date(2025, 12, d) for d in (1, 8, 15, 22)),
                    date(2026, 1, 1),
                    date(2026, 1, 8),
                ],
                ["22", "Dec", "8", "15", "22", "2026", "8"],
                "2025–2026",
            ),
            id="over new year: the year on the 1st of January, both years once",
        ),
        pytest.param(
            date(2016, 6, 1),
            date(2026, 6, 1),
            8,
            (
                [date(y, 1, 1) for y in (2018, 2020, 2022, 2024, 2026)],
                ["2018", "2020", "2022", "2024", "2026"],
                "",
            ),
            id="ten years: years",
        ),
    ],
)
def test_date_ticks(
    first: date, end: date, most: int, expected: tuple[list[date], list[str], str]
) -> None:
    """Each case: the ticks' days, their labels and the words at the end of the axis."""
    ticks = date_ticks(first, end, most, ENGLISH)
    assert (ticks.days, ticks.labels, ticks.offset) == expected


def test_a_single_day_has_its_one_tick_and_an_empty_span_none() -> None:
    ticks = date_ticks(date(2026, 3, 2), date(2026, 3, 3), 8, ENGLISH)
    assert (ticks.days, ticks.labels, ticks.offset) == ([date(2026, 3, 2)], ["2"], "Mar 2026")
    assert date_ticks(date(2026, 3, 2), date(2026, 3, 2), 8, ENGLISH).days == []


@pytest.mark.parametrize("month", range(1, 13))
def test_weekly_ticks_never_stand_on_a_29th_just_before_the_next_first(month: int) -> None:
    """Days 1, 8, 15 and 22: a 29th, two or three days before the next 1st, would crowd it."""
    first = date(2026, month, 1)
    ticks = date_ticks(first, first + timedelta(days=61), 9, ENGLISH)
    assert {day.day for day in ticks.days} <= {1, 8, 15, 22}
    assert len(ticks.days) >= 8  # weekly: not a coarser step that would hide the rule
    assert min(b - a for a, b in pairwise(ticks.days)) >= timedelta(days=7)


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 1, 1)),
    st.integers(min_value=1, max_value=20 * 366),
    st.integers(min_value=0, max_value=14),
)
def test_never_more_ticks_than_asked_for_and_all_within_the_span(
    first: date, span: int, most: int
) -> None:
    end = first + timedelta(days=span)
    ticks = date_ticks(first, end, most, ENGLISH)
    assert len(ticks.days) <= max(2, most)
    assert len(ticks.labels) == len(ticks.days)
    assert all(first <= day < end for day in ticks.days)
    assert ticks.days == sorted(set(ticks.days))
    assert all(label for label in ticks.labels)


def test_month_names_come_from_the_pages_language() -> None:
    ticks = date_ticks(date(2026, 2, 20), date(2026, 3, 20), 8, GERMAN)
    assert ticks.labels == ["22", "März", "8", "15"]
    year = date_ticks(date(2026, 1, 1), date(2027, 1, 1), 12, GERMAN)
    assert year.labels[0] == "2026"
    assert year.labels[2] == "März" and year.labels[-1] == "Dez."
    assert not {"Mar", "Dec"} & set(year.labels)
    month = date_ticks(date(2026, 12, 2), date(2026, 12, 16), 8, GERMAN)
    assert month.offset == "Dez. 2026"
