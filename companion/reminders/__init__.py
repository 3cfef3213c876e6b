"""Pure reminder scheduling: events in, decisions out; the clock is passed in."""

from companion.reminders.decisions import (
    HELD_RECHECK,
    MAX_WAKE,
    MIN_WAKE,
    QTIMER_LIMIT,
    BreakSetting,
    Due,
    DueReason,
    Hold,
    Occasion,
    OutcomeRecord,
    PauseLength,
    Step,
    Upcoming,
    timer_milliseconds,
)
from companion.reminders.rules import DailyWindow, ReminderRules
from companion.reminders.scheduler import ReminderScheduler

__all__ = [
    "HELD_RECHECK",
    "MAX_WAKE",
    "MIN_WAKE",
    "QTIMER_LIMIT",
    "BreakSetting",
    "DailyWindow",
    "Due",
    "DueReason",
    "Hold",
    "Occasion",
    "OutcomeRecord",
    "PauseLength",
    "ReminderRules",
    "ReminderScheduler",
    "Step",
    "Upcoming",
    "timer_milliseconds",
]
