"""The user's reminder settings as plain values: intervals, working hours, quiet hours, times."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from companion.domain.local_time import daily_instant

# Bounds keep a hand-edited or imported setting from producing a reminder storm or none at all.
SITTING_INTERVAL_RANGE = (timedelta(minutes=10), timedelta(hours=3))
NATURAL_BREAK_RANGE = (timedelta(minutes=1), timedelta(minutes=30))
SNOOZE_RANGE = (timedelta(minutes=1), timedelta(hours=2))
MAX_SESSION_TIMES = 12


@dataclass(frozen=True)
class DailyWindow:
    """A stretch of local wall-clock time each day; an end before the start runs past midnight."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("window times are local wall-clock times without a time zone")
        if self.start == self.end:
            raise ValueError("a window needs a start different from its end")

    @property
    def crosses_midnight(self) -> bool:
        """True when the window starts one evening and ends the next morning."""
        return self.end < self.start

    def spans_on(self, day: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
        """The window that opens on `day`, as aware instants in `tz`.

        An edge the clocks skip that night (02:30 when summer time starts) moves forward to the
        end of the gap, as every recurring local time does (domain.local_time).
        """
        end_day = day + timedelta(days=1) if self.crosses_midnight else day
        if tz is None:
            return datetime.combine(day, self.start), datetime.combine(end_day, self.end)
        return daily_instant(day, self.start, tz), daily_instant(end_day, self.end, tz)

    def to_dict(self) -> dict[str, str]:
        """A JSON-friendly form."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> DailyWindow:
        """The window stored by `to_dict`."""
        return cls(time.fromisoformat(str(raw["start"])), time.fromisoformat(str(raw["end"])))


def _everyday(window: DailyWindow | None) -> tuple[DailyWindow | None, ...]:
    return (window,) * 7


@dataclass(frozen=True)
class ReminderRules:
    """When the user wants to be reminded, and what counts as having moved."""

    # C1/C2 in clinical.md: change position every 20-30 min, move every 30-60 min of sitting.
    sitting_interval: timedelta | None = timedelta(minutes=30)
    natural_break: timedelta = timedelta(minutes=5)
    snooze: timedelta = timedelta(minutes=10)
    # One entry per weekday, Monday first; None means no sitting breaks that day. Working hours
    # gate only sitting breaks: sessions, the check-in and questionnaires come at the times the
    # user chose. Quiet hours silence every reminder.
    working_hours: tuple[DailyWindow | None, ...] = field(
        default_factory=lambda: _everyday(DailyWindow(time(8, 0), time(20, 0)))
    )
    quiet_hours: DailyWindow | None = field(
        default_factory=lambda: DailyWindow(time(22, 0), time(7, 0))
    )
    session_times: tuple[time, ...] = ()
    check_in_time: time | None = time(19, 0)
    questionnaire_time: time = time(10, 0)

    def __post_init__(self) -> None:
        if self.sitting_interval is not None:
            _check_range("sitting interval", self.sitting_interval, SITTING_INTERVAL_RANGE)
        _check_range("natural break", self.natural_break, NATURAL_BREAK_RANGE)
        _check_range("snooze", self.snooze, SNOOZE_RANGE)
        if self.sitting_interval is not None and self.natural_break >= self.sitting_interval:
            raise ValueError("a natural break must be shorter than the sitting interval")
        if len(self.working_hours) != 7:
            raise ValueError("working hours need one entry per weekday, Monday first")
        if len(self.session_times) > MAX_SESSION_TIMES:
            raise ValueError(f"at most {MAX_SESSION_TIMES} session times a day")
        times = [*self.session_times, self.questionnaire_time]
        if self.check_in_time is not None:
            times.append(self.check_in_time)
        if any(t.tzinfo is not None for t in times):
            raise ValueError("reminder times are local wall-clock times without a time zone")
        # Sorted and unique, so equal rules compare equal however they were typed in.
        object.__setattr__(self, "session_times", tuple(sorted(set(self.session_times))))

    def working_window(self, weekday: int) -> DailyWindow | None:
        """Working hours that open on `weekday` (0 is Monday)."""
        return self.working_hours[weekday]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly form, for the preferences table."""
        return {
            "sitting_interval_s": (
                None if self.sitting_interval is None else self.sitting_interval.total_seconds()
            ),
            "natural_break_s": self.natural_break.total_seconds(),
            "snooze_s": self.snooze.total_seconds(),
            "working_hours": [None if w is None else w.to_dict() for w in self.working_hours],
            "quiet_hours": None if self.quiet_hours is None else self.quiet_hours.to_dict(),
            "session_times": [t.isoformat() for t in self.session_times],
            "check_in_time": (
                None if self.check_in_time is None else self.check_in_time.isoformat()
            ),
            "questionnaire_time": self.questionnaire_time.isoformat(),
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ReminderRules:
        """Rules stored by `to_dict`; raises ValueError on anything malformed or out of bounds."""
        try:
            interval = raw["sitting_interval_s"]
            quiet = raw["quiet_hours"]
            check_in = raw["check_in_time"]
            hours: Sequence[Mapping[str, Any] | None] = raw["working_hours"]
            return cls(
                sitting_interval=None if interval is None else timedelta(seconds=float(interval)),
                natural_break=timedelta(seconds=float(raw["natural_break_s"])),
                snooze=timedelta(seconds=float(raw["snooze_s"])),
                working_hours=tuple(None if w is None else DailyWindow.from_dict(w) for w in hours),
                quiet_hours=None if quiet is None else DailyWindow.from_dict(quiet),
                session_times=tuple(time.fromisoformat(str(t)) for t in raw["session_times"]),
                check_in_time=None if check_in is None else time.fromisoformat(str(check_in)),
                questionnaire_time=time.fromisoformat(str(raw["questionnaire_time"])),
            )
        except (KeyError, TypeError, AttributeError, OverflowError) as error:
            raise ValueError(f"malformed reminder rules: {error!r}") from error


def _check_range(what: str, value: timedelta, bounds: tuple[timedelta, timedelta]) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise ValueError(f"{what} must be between {low} and {high}, not {value}")


def within(windows: Sequence[DailyWindow | None], moment: datetime) -> bool:
    """True if `moment` is in a window; windows[i] opens on weekday i (one entry: every day)."""
    for back in (0, 1):  # yesterday's window may still be open after midnight
        day = moment.date() - timedelta(days=back)
        window = windows[day.weekday() % len(windows)]
        if window is None:
            continue
        opens, closes = window.spans_on(day, moment.tzinfo)
        if opens <= moment < closes:
            return True
    return False


def next_edge(windows: Sequence[DailyWindow | None], moment: datetime) -> datetime | None:
    """The first opening or closing of a window strictly after `moment`, within two days."""
    edges: list[datetime] = []
    for offset in (-1, 0, 1, 2):
        day = moment.date() + timedelta(days=offset)
        window = windows[day.weekday() % len(windows)]
        if window is not None:
            edges.extend(e for e in window.spans_on(day, moment.tzinfo) if e > moment)
    return min(edges, default=None)


# When a programme asks for N sessions a day and the user has not chosen times: spread over
# the day, morning first (a session soon after getting up is the one most often kept).
_DEFAULT_SESSION_TIMES: dict[int, tuple[time, ...]] = {
    1: (time(10, 0),),
    2: (time(9, 30), time(18, 0)),
    3: (time(9, 0), time(13, 0), time(18, 0)),
    4: (time(8, 30), time(12, 0), time(15, 30), time(19, 0)),
}


def default_session_times(sessions_per_day: int) -> tuple[time, ...]:
    """Reminder times for a programme's sessions a day (none for 0; at most four a day)."""
    if sessions_per_day <= 0:
        return ()
    return _DEFAULT_SESSION_TIMES[min(sessions_per_day, max(_DEFAULT_SESSION_TIMES))]


def without_exercise_reminders(rules: ReminderRules) -> ReminderRules:
    """The rules while exercise is locked after an emergency answer: no sitting break (its
    movement snack is exercise) and no session reminder; the check-in and questionnaires stay."""
    return replace(rules, sitting_interval=None, session_times=())
