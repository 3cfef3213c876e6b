"""What the scheduler tells its runner: what to show, take down and store, and when to look."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from companion.domain.vocabulary import ReminderKind, ReminderOutcome

# QTimer takes a signed 32-bit millisecond count (about 24.8 days).
QTIMER_LIMIT = timedelta(milliseconds=2**31 - 1)
# Waking at least hourly notices a suspend, a resume or a changed wall clock soon enough, for
# the price of 24 wake-ups a day.
MAX_WAKE = timedelta(hours=1)
# The floor keeps a wake computed a hair in the future from turning into a busy loop.
MIN_WAKE = timedelta(seconds=1)
# How often to look again while a reminder waits for a full-screen window, do-not-disturb or
# the user's return to end: these are polled, not announced.
HELD_RECHECK = timedelta(minutes=1)

DAILY_KINDS = frozenset({ReminderKind.EXERCISE_SESSION, ReminderKind.CHECK_IN})


class Hold(enum.StrEnum):
    """Why a reminder that is due is not being shown yet; stored as a DEFERRED record's detail."""

    PAUSED = "paused"
    QUIET_HOURS = "quiet_hours"
    OUTSIDE_WORKING_HOURS = "outside_working_hours"
    DO_NOT_DISTURB = "do_not_disturb"
    FULL_SCREEN = "full_screen"
    AWAY = "away"  # timed reminders wait for the user to come back; never recorded as deferred


class DueReason(enum.StrEnum):
    """Why a reminder is being shown now, so the text can say "welcome back" or "as promised"."""

    ON_TIME = "on_time"
    SNOOZE_ENDED = "snooze_ended"
    HOLD_LIFTED = "hold_lifted"


class BreakSetting(enum.StrEnum):
    """Where a NATURAL_BREAK was taken; stored as the record's detail."""

    AWAY = "away"  # no keyboard or mouse input for the natural-break threshold
    ASLEEP = "asleep"  # the computer slept (or the app was closed) for at least that long


class PauseLength(enum.Enum):
    """The pause choices the tray menu offers."""

    HALF_HOUR = timedelta(minutes=30)
    HOUR = timedelta(hours=1)
    UNTIL_TOMORROW = None  # until the next local midnight


@dataclass(frozen=True, order=True)
class Occasion:
    """One thing to be reminded of; answers (done, snooze, skip) name the occasion they answer."""

    kind: ReminderKind
    day: date | None = None
    slot: str = ""  # the session's time of day, or the questionnaire's id

    @classmethod
    def sitting_break(cls) -> Occasion:
        """The (single, recurring) break from sitting."""
        return cls(ReminderKind.SITTING_BREAK)

    @classmethod
    def session(cls, day: date, at: time) -> Occasion:
        """The exercise session planned for `at` on `day`."""
        return cls(ReminderKind.EXERCISE_SESSION, day, at.isoformat())

    @classmethod
    def check_in(cls, day: date) -> Occasion:
        """The daily check-in of `day`."""
        return cls(ReminderKind.CHECK_IN, day)

    @classmethod
    def questionnaire(cls, measure: str, due_on: date) -> Occasion:
        """The questionnaire `measure`, due on `due_on`."""
        if not measure:
            raise ValueError("a questionnaire needs an id")
        return cls(ReminderKind.QUESTIONNAIRE, due_on, measure)

    @property
    def is_daily(self) -> bool:
        """True for occasions that lapse at the end of their day if never answered."""
        return self.kind in DAILY_KINDS

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-friendly form."""
        return {
            "kind": self.kind.value,
            "day": None if self.day is None else self.day.isoformat(),
            "slot": self.slot,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Occasion:
        """The occasion stored by `to_dict`."""
        day = raw.get("day")
        return cls(
            ReminderKind(raw["kind"]),
            None if day is None else date.fromisoformat(str(day)),
            str(raw.get("slot", "")),
        )


@dataclass(frozen=True)
class Due:
    """A reminder to show now."""

    occasion: Occasion
    since: datetime  # when it first fell due
    reason: DueReason
    postponed: int  # how often it was snoozed or deferred before this showing
    sat_for: timedelta | None = None  # active sitting so far, for sitting breaks

    @property
    def kind(self) -> ReminderKind:
        """What the reminder asks for."""
        return self.occasion.kind


@dataclass(frozen=True)
class OutcomeRecord:
    """What became of a reminder, for the caller to store for the progress charts."""

    occasion: Occasion
    outcome: ReminderOutcome
    at: datetime
    detail: str = ""  # a Hold for DEFERRED, a BreakSetting for NATURAL_BREAK

    @property
    def kind(self) -> ReminderKind:
        """What the reminder asked for."""
        return self.occasion.kind


@dataclass(frozen=True)
class Upcoming:
    """A reminder the tray can announce: owed now (held or showing) or expected at `at`."""

    occasion: Occasion
    at: datetime
    held: Hold | None = None
    showing: bool = False


@dataclass(frozen=True)
class Step:
    """Everything the runner must do after one call: show, take down, store, re-arm."""

    show: tuple[Due, ...]
    withdraw: tuple[Occasion, ...]  # shown earlier but no longer wanted (paid, paused, lapsed)
    outcomes: tuple[OutcomeRecord, ...]
    wake_in: timedelta  # call tick() again after this long; within [MIN_WAKE, MAX_WAKE]

    @property
    def wake_in_ms(self) -> int:
        """`wake_in` as a QTimer interval."""
        return timer_milliseconds(self.wake_in)


def clamped_wake(delta: timedelta) -> timedelta:
    """`delta` within [MIN_WAKE, MAX_WAKE]: never a busy loop, never longer than an hour."""
    return min(max(delta, MIN_WAKE), MAX_WAKE)


def timer_milliseconds(delta: timedelta) -> int:
    """`delta` in whole milliseconds, clamped to [MIN_WAKE, MAX_WAKE], far inside QTimer's range."""
    return int(clamped_wake(delta) / timedelta(milliseconds=1))
