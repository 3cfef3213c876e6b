"""The local-time rule: wall-clock times in a spring-forward gap are refused, never guessed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from companion.domain.local_time import LocalTimeGap, resolve_local_time

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # a half-hour jump


@pytest.mark.parametrize(
    ("naive", "zone", "utc"),
    [
        (datetime(2026, 3, 29, 1, 59), BERLIN, datetime(2026, 3, 29, 0, 59)),
        (datetime(2026, 3, 29, 3, 0), BERLIN, datetime(2026, 3, 29, 1, 0)),
        (datetime(2026, 7, 1, 12, 0), BERLIN, datetime(2026, 7, 1, 10, 0)),
        # Fall back: 02:30 happens twice; the first (summer time) is taken.
        (datetime(2026, 10, 25, 2, 30), BERLIN, datetime(2026, 10, 25, 0, 30)),
        (datetime(2026, 3, 8, 3, 0), NEW_YORK, datetime(2026, 3, 8, 7, 0)),
        (datetime(2026, 3, 29, 2, 30), timezone(timedelta(hours=1)), datetime(2026, 3, 29, 1, 30)),
        (datetime(2026, 3, 29, 2, 30), UTC, datetime(2026, 3, 29, 2, 30)),
    ],
)
def test_existing_times_resolve_to_their_moment(
    naive: datetime, zone: ZoneInfo, utc: datetime
) -> None:
    resolved = resolve_local_time(naive, zone)
    assert resolved.astimezone(UTC) == utc.replace(tzinfo=UTC)
    assert resolved.astimezone(zone).replace(tzinfo=None) == naive


@pytest.mark.parametrize(
    ("naive", "zone", "gap_start", "gap_end"),
    [
        (datetime(2026, 3, 29, 2, 30), BERLIN, "02:00", "03:00"),
        (datetime(2026, 3, 29, 2, 0), BERLIN, "02:00", "03:00"),
        (datetime(2026, 3, 29, 2, 59), BERLIN, "02:00", "03:00"),
        (datetime(2026, 3, 8, 2, 15), NEW_YORK, "02:00", "03:00"),
        (datetime(2026, 10, 4, 2, 10), LORD_HOWE, "02:00", "02:30"),
    ],
)
def test_a_time_in_the_gap_is_refused_with_the_gap_named(
    naive: datetime, zone: ZoneInfo, gap_start: str, gap_end: str
) -> None:
    with pytest.raises(LocalTimeGap) as raised:
        resolve_local_time(naive, zone)
    gap = raised.value
    assert (f"{gap.gap_start:%H:%M}", f"{gap.gap_end:%H:%M}") == (gap_start, gap_end)
    assert gap.naive == naive and gap.zone_name == zone.key
    assert "does not exist" in str(gap) and zone.key in str(gap)


def test_an_aware_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="naive"):
        resolve_local_time(datetime(2026, 3, 29, 2, 30, tzinfo=UTC), BERLIN)
