"""Local wall-clock times that do not exist (the spring-forward gap) and how each use treats them.

When the clocks go forward, the local times in between never happen: in Europe/Berlin,
2026-03-29 02:30 does not exist. Converting such a time blindly gives an instant an hour off,
stored out of order. The rule of this app:

- A time the user enters (a back-dated check-in) is refused: `local_instant` raises
  NonexistentLocalTime, which names the first time that exists after the gap.
- A recurring time (a reminder at 02:30 every day, the edge of quiet hours) on the one night it
  does not exist moves forward to the end of the gap (03:00): `local_instant_or_later`. Times
  stay in order (02:15 and 02:45 both become 03:00; neither comes after 03:15).

A time that happens twice (when the clocks go back) means its first occurrence.

`zone` None means this computer's own zone, as Python's naive-time conversion reads it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


class NonexistentLocalTime(ValueError):
    """A local time inside a spring-forward gap; `gap_end` is the first time after it."""

    def __init__(self, wall: datetime, gap_start: datetime, gap_end: datetime) -> None:
        super().__init__(
            f"{wall:%Y-%m-%d %H:%M} does not exist in this time zone: the clocks went forward "
            f"from {gap_start:%H:%M} to {gap_end:%H:%M}"
        )
        self.wall = wall
        self.gap_start = gap_start  # naive wall-clock time where the gap starts
        self.gap_end = gap_end  # aware: the first instant after the gap


def local_instant(wall: datetime, zone: tzinfo | None) -> datetime:
    """The aware instant of naive wall-clock `wall` in `zone`; NonexistentLocalTime in a gap."""
    if wall.tzinfo is not None:
        raise ValueError("pass a naive wall-clock time; its zone is the second argument")
    for fold in (0, 1):
        candidate = _attach(wall.replace(fold=fold), zone)
        if _wall_of(candidate.astimezone(UTC), zone) == wall.replace(fold=0):
            return candidate
    raise _gap(wall, zone)


def local_instant_or_later(wall: datetime, zone: tzinfo | None) -> datetime:
    """Like local_instant, but a time in a gap moves forward to the end of the gap."""
    try:
        return local_instant(wall, zone)
    except NonexistentLocalTime as gap:
        return gap.gap_end


def daily_instant(day: date, at: time, zone: tzinfo | None) -> datetime:
    """The aware instant of a recurring local time `at` on `day` (moved past a gap)."""
    return local_instant_or_later(datetime.combine(day, at.replace(tzinfo=None)), zone)


def _attach(wall: datetime, zone: tzinfo | None) -> datetime:
    # Python reads a naive time in the computer's zone (fold included) with astimezone().
    return wall.astimezone() if zone is None else wall.replace(tzinfo=zone)


def _wall_of(moment: datetime, zone: tzinfo | None) -> datetime:
    local = moment.astimezone() if zone is None else moment.astimezone(zone)
    return local.replace(tzinfo=None, fold=0)


def _gap(wall: datetime, zone: tzinfo | None) -> NonexistentLocalTime:
    # The two readings of `wall` (offset before and after the change) bracket the change.
    readings = sorted(_attach(wall.replace(fold=f), zone).astimezone(UTC) for f in (0, 1))
    early, late = readings
    offset_before = _offset(early, zone)
    while late - early > timedelta(seconds=1):  # transitions fall on whole seconds
        middle = early + (late - early) / 2
        if _offset(middle, zone) == offset_before:
            early = middle
        else:
            late = middle
    change = late.replace(microsecond=0)
    if _offset(change, zone) == offset_before:
        change += timedelta(seconds=1)
    start = (change + offset_before).replace(tzinfo=None)
    end = change.astimezone() if zone is None else change.astimezone(zone)
    return NonexistentLocalTime(wall, start, end)


def _offset(moment: datetime, zone: tzinfo | None) -> timedelta:
    local = moment.astimezone() if zone is None else moment.astimezone(zone)
    offset = local.utcoffset()
    assert offset is not None  # an aware time always has one
    return offset
