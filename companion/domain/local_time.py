"""Local wall-clock times typed by the user, turned into real moments.

A wall-clock time names no moment when the clocks jump forward (the spring-forward gap: in
Europe/Berlin on 2026-03-29 the clock goes from 02:00 straight to 03:00), and names two moments
when they fall back. Guessing silently would store a check-in an hour away from when the user
felt it, so a time in the gap is refused; a repeated time takes its first occurrence, the
earlier moment, as the hour the user lived first.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo


class LocalTimeGap(ValueError):
    """`naive` does not exist in the zone: the clocks jumped from `gap_start` to `gap_end`."""

    def __init__(self, naive: datetime, zone_name: str, gap_start: datetime, gap_end: datetime):
        self.naive = naive
        self.zone_name = zone_name
        self.gap_start = gap_start  # wall clock (naive) where the clocks jumped from
        self.gap_end = gap_end  # wall clock (naive) where they jumped to
        super().__init__(
            f"{naive:%Y-%m-%d %H:%M} does not exist in {zone_name}: the clocks moved forward "
            f"from {gap_start:%H:%M} to {gap_end:%H:%M}."
        )


def resolve_local_time(naive: datetime, zone: tzinfo) -> datetime:
    """The aware moment `naive` means on a wall clock in `zone`; LocalTimeGap if there is none."""
    if naive.tzinfo is not None:
        raise ValueError("resolve_local_time expects a naive (wall-clock) time")
    first = naive.replace(tzinfo=zone, fold=0)
    # A wall time that survives the round trip through UTC exists; one in a gap comes back moved.
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive:
        return first
    jump = _jump_moment(naive, zone)
    old_offset = (jump - timedelta(seconds=1)).astimezone(zone).utcoffset()
    assert old_offset is not None  # a zone that has a gap has offsets
    gap_start = (jump + old_offset).replace(tzinfo=None)
    gap_end = jump.astimezone(zone).replace(tzinfo=None)
    raise LocalTimeGap(naive, _zone_name(zone, naive), gap_start, gap_end)


def _jump_moment(naive: datetime, zone: tzinfo) -> datetime:
    """The UTC moment the offset changed around `naive` (found by bisection, to the second)."""
    offsets = [naive.replace(tzinfo=zone, fold=f).utcoffset() for f in (0, 1)]
    moments = sorted((naive - offset).replace(tzinfo=UTC) for offset in offsets if offset)
    low, high = moments[0], moments[-1]
    start_offset = low.astimezone(zone).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == start_offset:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0)


def _zone_name(zone: tzinfo, naive: datetime) -> str:
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else (zone.tzname(naive) or "this time zone")
