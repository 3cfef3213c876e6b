"""Local times in the spring-forward gap: entered ones are refused, recurring ones move forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from companion.domain.local_time import (
    NonexistentLocalTime,
    daily_instant,
    local_instant,
    local_instant_or_later,
)

BERLIN = ZoneInfo("Europe/Berlin")  # forward 2026-03-29 02:00 -> 03:00, back 2026-10-25 03:00
NEW_YORK = ZoneInfo("America/New_York")  # forward 2026-03-08 02:00 -> 03:00
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # forward half an hour: 2026-10-04 02:00 -> 02:30


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("zone", "wall", "utc"),
    [
        (BERLIN, "2026-03-29T01:59", "2026-03-29T00:59"),  # just before the gap
        (BERLIN, "2026-03-29T03:00", "2026-03-29T01:00"),  # the first time after it
        (BERLIN, "2026-03-28T02:30", "2026-03-28T01:30"),  # the day before: exists
        (BERLIN, "2026-10-25T02:30", "2026-10-25T00:30"),  # happens twice: the first one
        (BERLIN, "2026-07-01T12:00", "2026-07-01T10:00"),
        (NEW_YORK, "2026-03-08T03:30", "2026-03-08T07:30"),
        (LORD_HOWE, "2026-10-04T02:30", "2026-10-03T15:30"),
        (UTC, "2026-03-29T02:30", "2026-03-29T02:30"),  # no gaps in UTC
    ],
)
def test_times_that_exist(zone: ZoneInfo, wall: str, utc: str) -> None:
    instant = local_instant(at(wall), zone)
    assert instant.astimezone(UTC) == at(utc).replace(tzinfo=UTC)
    assert local_instant_or_later(at(wall), zone) == instant


@pytest.mark.parametrize(
    ("zone", "wall", "gap"),
    [
        (BERLIN, "2026-03-29T02:00", ("02:00", "2026-03-29T03:00")),
        (BERLIN, "2026-03-29T02:30", ("02:00", "2026-03-29T03:00")),
        (BERLIN, "2026-03-29T02:59:59", ("02:00", "2026-03-29T03:00")),
        (NEW_YORK, "2026-03-08T02:15", ("02:00", "2026-03-08T03:00")),
        (LORD_HOWE, "2026-10-04T02:10", ("02:00", "2026-10-04T02:30")),
    ],
)
def test_times_in_the_gap(zone: ZoneInfo, wall: str, gap: tuple[str, str]) -> None:
    start, end = gap
    with pytest.raises(NonexistentLocalTime) as refused:
        local_instant(at(wall), zone)
    assert f"{refused.value.gap_start:%H:%M}" == start
    assert refused.value.gap_end == at(end).replace(tzinfo=zone)
    assert f"the clocks went forward from {start} to {end[-5:]}" in str(refused.value)
    # A recurring time moves forward to the end of the gap.
    assert local_instant_or_later(at(wall), zone) == at(end).replace(tzinfo=zone)


def test_recurring_times_stay_in_order_across_the_gap() -> None:
    day = date(2026, 3, 29)
    times = [time(1, 45), time(2, 15), time(2, 45), time(3, 15)]
    instants = [daily_instant(day, t, BERLIN) for t in times]
    assert instants == sorted(instants)
    assert [f"{i:%H:%M}" for i in instants] == ["01:45", "03:00", "03:00", "03:15"]
    # On other days nothing moves.
    assert f"{daily_instant(date(2026, 3, 30), time(2, 15), BERLIN):%H:%M}" == "02:15"


def test_an_aware_time_is_not_taken_for_a_wall_clock_time() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_instant(datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN), BERLIN)
