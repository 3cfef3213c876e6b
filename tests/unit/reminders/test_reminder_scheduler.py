"""The reminder scheduler, case by case: sitting breaks, holds, sleep, timed reminders, wakes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.vocabulary import ReminderKind, ReminderOutcome
from companion.reminders.decisions import (
    MAX_WAKE,
    MIN_WAKE,
    QTIMER_LIMIT,
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

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)  # a Monday
MINUTE = timedelta(minutes=1)
SITTING = Occasion.sitting_break()
BASE = ReminderRules(
    sitting_interval=timedelta(minutes=30),
    natural_break=timedelta(minutes=5),
    snooze=timedelta(minutes=10),
    working_hours=(DailyWindow(time(8), time(20)),) * 7,
    quiet_hours=DailyWindow(time(22), time(7)),
    check_in_time=None,
)


def at(minute: float) -> datetime:
    return START + minute * MINUTE


def minute_of(moment: datetime) -> float:
    return (moment - START) / MINUTE


Answer = Callable[[Due, float], str | None]


@dataclass
class Desk:
    """A scheduler driven minute by minute, logging what a runner would have done."""

    rules: ReminderRules = BASE
    answer: Answer = lambda due, minute: None
    scheduler: ReminderScheduler = field(init=False)
    shown: list[tuple[float, Due]] = field(default_factory=list)
    withdrawn: list[tuple[float, Occasion]] = field(default_factory=list)
    outcomes: list[OutcomeRecord] = field(default_factory=list)
    on_screen: set[Occasion] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.scheduler = ReminderScheduler(self.rules)

    def apply(self, minute: float, step: Step) -> None:
        self.outcomes.extend(step.outcomes)
        for occasion in step.withdraw:
            self.withdrawn.append((minute, occasion))
            self.on_screen.discard(occasion)
        for due in step.show:
            assert due.occasion not in self.on_screen, "shown twice without an answer"
            self.shown.append((minute, due))
            self.on_screen.add(due.occasion)
        for due in step.show:
            action = self.answer(due, minute)
            if action is not None:
                self.respond(action, due.occasion, minute)

    def respond(self, action: str, occasion: Occasion, minute: float) -> None:
        self.on_screen.discard(occasion)
        method = {
            "done": self.scheduler.mark_done,
            "snooze": self.scheduler.snooze,
            "skip": self.scheduler.skip,
        }[action]
        self.apply(minute, method(occasion, at(minute)))

    def tick(self, minute: float, idle_minutes: float = 0, **flags: bool) -> Step:
        step = self.scheduler.tick(at(minute), idle_minutes * 60, **flags)
        self.apply(minute, step)
        return step

    def sit(self, start: int, end: int, **flags: bool) -> None:
        """At the keyboard from `start` to `end` (exclusive), a tick each minute."""
        for minute in range(start, end):
            self.tick(minute, 0, **flags)

    def away(self, start: int, end: int, **flags: bool) -> None:
        """Last input at `start`; ticks each minute until `end` (exclusive)."""
        for minute in range(start, end):
            self.tick(minute, minute - start, **flags)

    def shown_minutes(self, kind: ReminderKind = ReminderKind.SITTING_BREAK) -> list[float]:
        return [minute for minute, due in self.shown if due.kind is kind]

    def log(self) -> list[tuple[float, ReminderOutcome, str]]:
        return [(minute_of(o.at), o.outcome, o.detail) for o in self.outcomes]


def always(action: str) -> Answer:
    return lambda due, minute: action


# ---------------------------------------------------------------------------------------------
# Active sitting


@pytest.mark.parametrize("interval", [10, 20, 30, 45, 60])
@pytest.mark.parametrize("natural_break", [3, 5, 8])
def test_a_break_falls_due_after_the_interval_of_active_sitting(
    interval: int, natural_break: int
) -> None:
    desk = Desk(
        rules=replace(
            BASE,
            sitting_interval=timedelta(minutes=interval),
            natural_break=timedelta(minutes=natural_break),
        ),
        answer=always("done"),
    )
    desk.sit(0, 3 * interval + 1)
    assert desk.shown_minutes() == [interval, 2 * interval, 3 * interval]
    assert [o for _, o, _ in desk.log()] == [ReminderOutcome.DONE] * 3


@pytest.mark.parametrize("still_minutes", [1, 2, 4])
def test_stillness_shorter_than_a_natural_break_still_counts_as_sitting(
    still_minutes: int,
) -> None:
    desk = Desk()
    # Reading: one keystroke, then still for a while, over and over.
    for minute in range(31):
        desk.tick(minute, minute % (still_minutes + 1))
    assert desk.shown_minutes() == [30]
    assert not any(o is ReminderOutcome.NATURAL_BREAK for _, o, _ in desk.log())


@pytest.mark.parametrize(
    ("leave", "back", "recorded", "next_due"),
    [
        (20, 26, True, 56),  # away 6 min: a break, and the clock starts again on return
        (20, 40, True, 70),
        (20, 25, False, 30),  # still for under 5 min: not a break, it counts as sitting
        (2, 10, False, 40),  # a break, but 2 min at the desk before it is no spell of sitting
    ],
)
def test_time_away_is_a_natural_break(leave: int, back: int, recorded: bool, next_due: int) -> None:
    desk = Desk()
    desk.sit(0, leave)
    desk.away(leave, back)  # last input at `leave`
    desk.sit(back, 80)
    breaks = [(m, d) for m, o, d in desk.log() if o is ReminderOutcome.NATURAL_BREAK]
    assert breaks == ([(leave, "away")] if recorded else [])
    assert desk.shown_minutes()[0] == next_due


def test_a_break_is_recorded_once_however_long_it_lasts() -> None:
    desk = Desk()
    desk.sit(0, 20)
    desk.away(20, 200)
    assert [o for _, o, _ in desk.log()] == [ReminderOutcome.NATURAL_BREAK]


def test_a_natural_break_takes_down_a_reminder_on_screen_and_pays_it() -> None:
    desk = Desk()
    desk.sit(0, 31)  # shown at 30, not answered
    desk.away(31, 40)
    desk.sit(40, 60)
    assert desk.shown_minutes() == [30]
    assert desk.withdrawn == [(36, SITTING)]
    assert desk.log() == [(31, ReminderOutcome.NATURAL_BREAK, "away")]


# ---------------------------------------------------------------------------------------------
# Answers


def test_snooze_brings_the_break_back_after_the_snooze_length_and_counts() -> None:
    answers = iter(["snooze", "snooze", "done"])
    desk = Desk(answer=lambda due, minute: next(answers, None))
    desk.sit(0, 91)
    assert desk.shown_minutes() == [30, 40, 50, 80]
    reasons = [(due.reason, due.postponed) for _, due in desk.shown]
    assert reasons == [
        (DueReason.ON_TIME, 0),
        (DueReason.SNOOZE_ENDED, 1),
        (DueReason.SNOOZE_ENDED, 2),
        (DueReason.ON_TIME, 0),  # a new break, 30 min after the one done at 50
    ]
    assert [(m, o) for m, o, _ in desk.log()] == [
        (30, ReminderOutcome.SNOOZED),
        (40, ReminderOutcome.SNOOZED),
        (50, ReminderOutcome.DONE),
    ]


def test_a_natural_break_during_a_snooze_pays_the_debt() -> None:
    desk = Desk(answer=always("snooze"))
    desk.sit(0, 32)
    desk.away(32, 45)
    desk.sit(45, 60)
    assert desk.shown_minutes() == [30]
    assert [o for _, o, _ in desk.log()] == [
        ReminderOutcome.SNOOZED,
        ReminderOutcome.NATURAL_BREAK,
    ]


def test_skip_is_counted_and_restarts_the_clock() -> None:
    desk = Desk(answer=always("skip"))
    desk.sit(0, 61)
    assert desk.shown_minutes() == [30, 60]
    assert [(m, o) for m, o, _ in desk.log()] == [
        (30, ReminderOutcome.SKIPPED),
        (60, ReminderOutcome.SKIPPED),
    ]


def test_skipping_a_break_that_is_not_due_does_nothing() -> None:
    desk = Desk()
    desk.sit(0, 10)
    step = desk.scheduler.skip(SITTING, at(10))
    assert step.outcomes == ()
    desk.sit(10, 31)
    assert desk.shown_minutes() == [30]


def test_a_break_taken_on_purpose_counts_as_done_and_restarts_the_clock() -> None:
    desk = Desk()
    desk.sit(0, 10)
    desk.respond("done", SITTING, 10)
    desk.sit(10, 41)
    assert desk.shown_minutes() == [40]
    assert desk.log() == [(10, ReminderOutcome.DONE, "")]


def test_a_reminder_left_unanswered_is_not_shown_again() -> None:
    desk = Desk()
    desk.sit(0, 100)
    assert desk.shown_minutes() == [30]
    assert desk.scheduler.sitting_so_far == timedelta(minutes=99)


# ---------------------------------------------------------------------------------------------
# Holds: owed, recorded once, shown when lifted


@dataclass(frozen=True)
class HoldCase:
    hold: Hold
    rules: ReminderRules = BASE
    flags: dict[str, bool] = field(default_factory=dict)


def _pause_until(desk: Desk, minute: int) -> None:
    desk.apply(0, desk.scheduler.pause_until(at(0), at(minute)))


HOLD_CASES = [
    HoldCase(Hold.FULL_SCREEN, flags={"fullscreen": True}),
    HoldCase(Hold.DO_NOT_DISTURB, flags={"do_not_disturb": True}),
    HoldCase(Hold.DO_NOT_DISTURB, flags={"do_not_disturb": True, "fullscreen": True}),
    HoldCase(Hold.PAUSED),
    HoldCase(
        Hold.QUIET_HOURS, rules=replace(BASE, quiet_hours=DailyWindow(time(9, 20), time(10, 10)))
    ),
    HoldCase(
        Hold.OUTSIDE_WORKING_HOURS,
        rules=replace(BASE, working_hours=(DailyWindow(time(10, 10), time(18)),) * 7),
    ),
]


@pytest.mark.parametrize("case", HOLD_CASES, ids=lambda c: c.hold.value)
def test_a_held_break_is_deferred_once_stays_owed_and_comes_back(case: HoldCase) -> None:
    desk = Desk(rules=case.rules, answer=always("done"))
    if case.hold is Hold.PAUSED:
        _pause_until(desk, 70)
    # Held from 9:30 to 10:10, longer than a whole interval: still one deferral.
    desk.sit(0, 70, **case.flags)
    desk.sit(70, 80)
    assert desk.log()[0] == (30, ReminderOutcome.DEFERRED, case.hold.value)
    assert desk.shown_minutes() == [70]
    _, due = desk.shown[0]
    assert (due.reason, due.postponed, due.since) == (DueReason.HOLD_LIFTED, 1, at(30))
    assert due.sat_for == timedelta(minutes=70)
    assert [o for _, o, _ in desk.log()] == [ReminderOutcome.DEFERRED, ReminderOutcome.DONE]


@pytest.mark.parametrize("case", HOLD_CASES, ids=lambda c: c.hold.value)
def test_a_natural_break_during_a_hold_pays_the_owed_break(case: HoldCase) -> None:
    desk = Desk(rules=case.rules)
    if case.hold is Hold.PAUSED:
        _pause_until(desk, 45)
    desk.sit(0, 40, **case.flags)
    desk.away(40, 50, **case.flags)
    desk.sit(50, 75)
    assert desk.shown_minutes() == []
    assert [(m, o) for m, o, _ in desk.log()] == [
        (30, ReminderOutcome.DEFERRED),
        (40, ReminderOutcome.NATURAL_BREAK),
    ]


def test_pausing_takes_a_reminder_off_the_screen_and_owes_it() -> None:
    desk = Desk()
    desk.sit(0, 31)
    desk.apply(31, desk.scheduler.pause(at(31), PauseLength.HALF_HOUR))
    assert desk.withdrawn == [(31, SITTING)]
    assert desk.log() == [(31, ReminderOutcome.DEFERRED, Hold.PAUSED.value)]
    desk.sit(31, 70)
    assert desk.shown_minutes() == [30, 61]


def test_resume_ends_a_pause_at_once() -> None:
    desk = Desk()
    desk.apply(0, desk.scheduler.pause(at(0), PauseLength.HOUR))
    desk.sit(0, 40)
    assert desk.shown_minutes() == []
    desk.apply(40, desk.scheduler.resume(at(40)))
    assert desk.shown_minutes() == [40]


@pytest.mark.parametrize(
    ("length", "until"),
    [
        (PauseLength.HALF_HOUR, at(30)),
        (PauseLength.HOUR, at(60)),
        (PauseLength.UNTIL_TOMORROW, datetime(2026, 3, 3, 0, 0, tzinfo=TZ)),
    ],
)
def test_pause_lengths(length: PauseLength, until: datetime) -> None:
    scheduler = ReminderScheduler(BASE)
    scheduler.tick(at(0), 0)
    scheduler.pause(at(0), length)
    assert scheduler.paused_until(at(0)) == until
    assert scheduler.paused_until(until) is None


# ---------------------------------------------------------------------------------------------
# Sleep, restarts and clock changes


def test_sleep_counts_as_a_natural_break() -> None:
    desk = Desk()
    desk.sit(0, 21)  # the last tick asked to be woken again at 25
    # No ticks while the lid is shut; on resume the system reports fresh input.
    desk.sit(90, 125)
    assert desk.log() == [(25, ReminderOutcome.NATURAL_BREAK, "asleep")]
    assert desk.shown_minutes() == [120]


def test_sleep_with_the_idle_clock_running_is_one_break() -> None:
    desk = Desk()
    desk.sit(0, 21)
    # Some systems keep counting idle time through a suspend: last input at minute 20.
    desk.tick(95, 75)
    desk.tick(100, 80)
    assert desk.log() == [(20, ReminderOutcome.NATURAL_BREAK, "asleep")]
    desk.sit(101, 135)
    assert desk.shown_minutes() == [131]


def test_the_user_acting_before_the_overdue_timer_fires_still_ends_in_a_break() -> None:
    desk = Desk()
    desk.sit(0, 21)
    # On resume the user opens the tray menu and pauses before the timer has fired.
    desk.apply(90, desk.scheduler.pause(at(90), PauseLength.HALF_HOUR))
    assert desk.log() == [(25, ReminderOutcome.NATURAL_BREAK, "asleep")]
    assert desk.scheduler.sitting_so_far == timedelta(0)


def test_a_settings_change_before_the_overdue_timer_fires_does_not_hide_the_suspend() -> None:
    desk = Desk()
    desk.sit(0, 21)
    desk.apply(90, desk.scheduler.update_rules(at(90), BASE))
    desk.apply(90, desk.scheduler.set_questionnaires_due(at(90), {}))
    desk.sit(90, 125)
    assert desk.log() == [(25, ReminderOutcome.NATURAL_BREAK, "asleep")]
    assert desk.shown_minutes() == [120]


def test_a_short_suspend_is_neither_a_break_nor_sitting() -> None:
    desk = Desk()
    desk.sit(0, 21)  # wake asked for minute 25
    desk.sit(28, 40)  # 3 min late: asleep from 25 to 28
    assert desk.log() == []
    assert desk.shown_minutes() == [33]


def test_the_wall_clock_going_back_is_survived() -> None:
    desk = Desk()
    desk.sit(0, 20)
    desk.scheduler.tick(at(-60), 0)  # clock set back an hour
    for minute in range(-59, -25):
        desk.tick(minute)
    assert desk.shown_minutes() == [-49]  # 19 min before the change, 11 after: 30
    assert desk.scheduler.sitting_so_far == timedelta(minutes=19 + 34)


def test_sitting_breaks_can_be_switched_off() -> None:
    desk = Desk(rules=replace(BASE, sitting_interval=None))
    desk.sit(0, 120)
    desk.away(120, 140)
    assert desk.shown == []
    assert desk.outcomes == []


def test_switching_sitting_breaks_off_takes_an_owed_one_down() -> None:
    desk = Desk()
    desk.sit(0, 31)
    desk.apply(31, desk.scheduler.update_rules(at(31), replace(BASE, sitting_interval=None)))
    assert desk.withdrawn == [(31, SITTING)]
    desk.sit(31, 120)
    assert desk.shown_minutes() == [30]


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        ReminderScheduler(BASE).tick(datetime(2026, 3, 2, 9, 0), 0)


# ---------------------------------------------------------------------------------------------
# Sessions, the check-in and questionnaires

MONDAY = START.date()
TUESDAY = MONDAY + timedelta(days=1)
MIDNIGHT = 15 * 60  # minutes from Monday 9:00 to Tuesday 0:00
DAY = 24 * 60
TIMED = replace(BASE, sitting_interval=None, check_in_time=time(9, 30))


def kinds_shown(desk: Desk, kind: ReminderKind) -> list[tuple[float, Occasion]]:
    return [(minute, due.occasion) for minute, due in desk.shown if due.kind is kind]


def test_the_check_in_comes_at_its_time_once_a_day() -> None:
    desk = Desk(rules=TIMED, answer=always("done"))
    desk.sit(0, 120)
    desk.sit(DAY, DAY + 120)
    assert kinds_shown(desk, ReminderKind.CHECK_IN) == [
        (30, Occasion.check_in(MONDAY)),
        (DAY + 30, Occasion.check_in(TUESDAY)),
    ]
    assert [(m, o) for m, o, _ in desk.log()] == [
        (30, ReminderOutcome.DONE),
        (DAY + 30, ReminderOutcome.DONE),
    ]


def test_an_unanswered_check_in_lapses_at_midnight_without_a_record() -> None:
    desk = Desk(rules=TIMED)
    desk.sit(0, 40)
    desk.tick(MIDNIGHT - 1)
    desk.tick(MIDNIGHT + 1)
    assert desk.withdrawn == [(MIDNIGHT + 1, Occasion.check_in(MONDAY))]
    assert desk.outcomes == []
    desk.sit(DAY + 25, DAY + 35)
    assert [m for m, _ in kinds_shown(desk, ReminderKind.CHECK_IN)] == [30, DAY + 30]


@pytest.mark.parametrize(("action", "shown"), [("skip", [30]), ("snooze", [30, 40])])
def test_the_check_in_can_be_skipped_or_snoozed(action: str, shown: list[int]) -> None:
    answers = iter([action])
    desk = Desk(rules=TIMED, answer=lambda due, minute: next(answers, "done"))
    desk.sit(0, 200)
    assert [m for m, _ in kinds_shown(desk, ReminderKind.CHECK_IN)] == shown
    expected = {"skip": [ReminderOutcome.SKIPPED], "snooze": [ReminderOutcome.SNOOZED]}[action]
    if action == "snooze":
        expected.append(ReminderOutcome.DONE)
    assert [o for _, o, _ in desk.log()] == expected


def test_a_timed_reminder_waits_for_the_user_to_come_back_without_a_deferral() -> None:
    desk = Desk(rules=TIMED)
    desk.sit(0, 20)
    desk.away(20, 45)
    desk.sit(45, 50)
    [(minute, due)] = desk.shown
    assert (minute, due.since, due.reason, due.postponed) == (45, at(30), DueReason.ON_TIME, 0)
    assert desk.outcomes == []


def test_a_full_screen_window_defers_a_timed_reminder() -> None:
    desk = Desk(rules=TIMED)
    desk.sit(0, 50, fullscreen=True)
    desk.sit(50, 55)
    assert desk.log() == [(30, ReminderOutcome.DEFERRED, Hold.FULL_SCREEN.value)]
    assert [(m, d.reason, d.postponed) for m, d in desk.shown] == [(50, DueReason.HOLD_LIFTED, 1)]


def test_working_hours_do_not_hold_timed_reminders() -> None:
    desk = Desk(rules=replace(TIMED, working_hours=(None,) * 7))
    desk.sit(0, 31)
    assert [m for m, _ in kinds_shown(desk, ReminderKind.CHECK_IN)] == [30]


def test_a_check_in_in_quiet_hours_is_deferred_then_lapses() -> None:
    desk = Desk(rules=replace(TIMED, check_in_time=time(22, 30)))
    desk.sit(800, 840)
    assert desk.log() == [(810, ReminderOutcome.DEFERRED, Hold.QUIET_HOURS.value)]
    desk.tick(MIDNIGHT + 1)
    upcoming = desk.scheduler.upcoming(at(MIDNIGHT + 1))[0]
    assert (upcoming.occasion, upcoming.at) == (Occasion.check_in(TUESDAY), at(DAY + 810))
    assert desk.shown == []


SESSIONS = replace(TIMED, check_in_time=None, session_times=(time(10), time(14)))


def test_each_session_comes_at_its_time_and_a_later_one_replaces_an_unanswered_one() -> None:
    desk = Desk(rules=SESSIONS)
    desk.sit(0, 400)
    assert kinds_shown(desk, ReminderKind.EXERCISE_SESSION) == [
        (60, Occasion.session(MONDAY, time(10))),
        (300, Occasion.session(MONDAY, time(14))),
    ]
    assert desk.withdrawn == [(300, Occasion.session(MONDAY, time(10)))]
    assert desk.outcomes == []


def test_after_a_long_absence_only_the_latest_session_is_shown() -> None:
    desk = Desk(rules=SESSIONS)
    desk.sit(320, 330)
    assert kinds_shown(desk, ReminderKind.EXERCISE_SESSION) == [
        (320, Occasion.session(MONDAY, time(14)))
    ]


def test_a_session_done_from_the_main_window_is_not_reminded() -> None:
    desk = Desk(rules=SESSIONS, answer=always("done"))
    desk.sit(0, 200)
    desk.respond("done", Occasion.session(MONDAY, time(14)), 200)
    desk.sit(200, 400)
    assert [m for m, _ in kinds_shown(desk, ReminderKind.EXERCISE_SESSION)] == [60]
    assert [(m, o) for m, o, _ in desk.log()] == [
        (60, ReminderOutcome.DONE),
        (200, ReminderOutcome.DONE),
    ]


def test_a_session_taken_out_of_the_programme_is_withdrawn() -> None:
    desk = Desk(rules=SESSIONS)
    desk.sit(0, 61)
    step = desk.scheduler.update_rules(at(61), replace(SESSIONS, session_times=(time(14),)))
    desk.apply(61, step)
    assert desk.withdrawn == [(61, Occasion.session(MONDAY, time(10)))]
    desk.sit(61, 301)
    assert [m for m, _ in kinds_shown(desk, ReminderKind.EXERCISE_SESSION)] == [60, 300]


QUESTIONNAIRES = replace(TIMED, check_in_time=None, questionnaire_time=time(10))


def test_a_questionnaire_stays_owed_across_days_until_answered() -> None:
    desk = Desk(rules=QUESTIONNAIRES)
    odi = Occasion.questionnaire("odi", MONDAY)
    desk.apply(0, desk.scheduler.set_questionnaires_due(at(0), {"odi": MONDAY}))
    desk.sit(0, 70)
    desk.sit(DAY, DAY + 10)
    assert kinds_shown(desk, ReminderKind.QUESTIONNAIRE) == [(60, odi)]
    assert desk.withdrawn == []
    desk.respond("done", odi, DAY + 10)
    # The measures may still list it until they have stored the answer: never asked twice.
    desk.apply(DAY + 11, desk.scheduler.set_questionnaires_due(at(DAY + 11), {"odi": MONDAY}))
    desk.sit(DAY + 11, DAY + 20)
    assert len(kinds_shown(desk, ReminderKind.QUESTIONNAIRE)) == 1


def test_a_questionnaire_no_longer_due_is_withdrawn_and_a_new_due_date_is_a_new_occasion() -> None:
    desk = Desk(rules=QUESTIONNAIRES)
    yesterday = MONDAY - timedelta(days=1)
    desk.apply(0, desk.scheduler.set_questionnaires_due(at(0), {"sbi": yesterday}))
    assert kinds_shown(desk, ReminderKind.QUESTIONNAIRE) == [
        (0, Occasion.questionnaire("sbi", yesterday))
    ]
    desk.apply(5, desk.scheduler.set_questionnaires_due(at(5), {"sbi": MONDAY}))
    assert desk.withdrawn == [(5, Occasion.questionnaire("sbi", yesterday))]
    desk.sit(5, 61)
    assert kinds_shown(desk, ReminderKind.QUESTIONNAIRE)[-1] == (
        60,
        Occasion.questionnaire("sbi", MONDAY),
    )


def test_pausing_holds_timed_reminders_too() -> None:
    desk = Desk(rules=TIMED)
    desk.apply(0, desk.scheduler.pause(at(0), PauseLength.HOUR))
    desk.sit(0, 61)
    assert desk.log() == [(30, ReminderOutcome.DEFERRED, Hold.PAUSED.value)]
    assert [m for m, _ in desk.shown] == [60]


def test_upcoming_lists_what_comes_next_soonest_first() -> None:
    scheduler = ReminderScheduler(replace(SESSIONS, check_in_time=time(19)))
    scheduler.tick(at(0), 0)
    scheduler.tick(at(4), 0)
    upcoming = scheduler.upcoming(at(4))
    assert [(u.occasion.kind, u.at) for u in upcoming[:4]] == [
        (ReminderKind.EXERCISE_SESSION, at(60)),
        (ReminderKind.EXERCISE_SESSION, at(300)),
        (ReminderKind.CHECK_IN, at(600)),
        (ReminderKind.EXERCISE_SESSION, at(DAY + 60)),
    ]
    with_breaks = ReminderScheduler(BASE)
    with_breaks.tick(at(0), 0)
    with_breaks.tick(at(4), 0)  # within the promised wake: no suspend in between
    assert with_breaks.upcoming(at(4))[0] == Upcoming(SITTING, at(30))


# ---------------------------------------------------------------------------------------------
# When to wake


def _wake_after(script: Callable[[ReminderScheduler], Step]) -> timedelta:
    scheduler = ReminderScheduler(BASE)
    scheduler.tick(at(0), 0)
    return script(scheduler).wake_in


@pytest.mark.parametrize(
    ("name", "script", "expected"),
    [
        ("active user", lambda s: s.tick(at(1), 0), timedelta(minutes=5)),
        ("still for 3 min", lambda s: s.tick(at(3), 180), timedelta(minutes=2)),
        ("nearly a break", lambda s: s.tick(at(4), 299.9), timedelta(seconds=1)),
        ("away", lambda s: s.tick(at(4), 3600), timedelta(minutes=5)),
        ("snoozed", lambda s: s.tick(at(1), 0), timedelta(minutes=5)),
        ("full screen, owed", lambda s: _owe(s, fullscreen=True), timedelta(minutes=1)),
        ("do not disturb, owed", lambda s: _owe(s, do_not_disturb=True), timedelta(minutes=1)),
        ("paused 3 min more", lambda s: _owe_paused(s, 3), timedelta(minutes=3)),
        ("snooze ends in 2 min", lambda s: _snoozed(s, 8), timedelta(minutes=2)),
        ("break due in 2 min", lambda s: _sat(s, 28), timedelta(minutes=2)),
    ],
)
def test_the_next_wake_is_the_first_thing_that_could_change(
    name: str, script: Callable[[ReminderScheduler], Step], expected: timedelta
) -> None:
    assert _wake_after(script) == expected


def _sat(scheduler: ReminderScheduler, minutes: int) -> Step:
    step = scheduler.tick(at(0), 0)
    for minute in range(1, minutes + 1):
        step = scheduler.tick(at(minute), 0)
    return step


def _owe(scheduler: ReminderScheduler, **flags: bool) -> Step:
    _sat(scheduler, 29)
    step = scheduler.tick(at(30), 0, **flags)
    assert [o.outcome for o in step.outcomes] == [ReminderOutcome.DEFERRED]
    return step


def _owe_paused(scheduler: ReminderScheduler, left: int) -> Step:
    scheduler.pause_until(at(0), at(30 + left))
    return _owe(scheduler)


def _snoozed(scheduler: ReminderScheduler, minutes_later: int) -> Step:
    _sat(scheduler, 30)
    scheduler.snooze(SITTING, at(30))
    return _sat_on(scheduler, 31, 30 + minutes_later)


def _sat_on(scheduler: ReminderScheduler, start: int, end: int) -> Step:
    step = scheduler.tick(at(start), 0)
    for minute in range(start + 1, end + 1):
        step = scheduler.tick(at(minute), 0)
    return step


def test_without_sitting_breaks_the_wake_is_the_next_timed_reminder_capped_at_an_hour() -> None:
    scheduler = ReminderScheduler(replace(TIMED, check_in_time=time(12)))
    assert scheduler.tick(at(0), 0).wake_in == MAX_WAKE
    assert scheduler.tick(at(150), 0).wake_in == timedelta(minutes=30)


def test_wakes_stay_inside_the_qtimer_range() -> None:
    assert MAX_WAKE < QTIMER_LIMIT
    assert timer_milliseconds(timedelta(days=400)) == MAX_WAKE // timedelta(milliseconds=1)
    assert timer_milliseconds(timedelta(0)) == 1000
    assert timer_milliseconds(-timedelta(hours=1)) == 1000
    assert timer_milliseconds(timedelta(minutes=5)) == 300_000


# ---------------------------------------------------------------------------------------------
# Saving and restoring the state


def _midway() -> Desk:
    desk = Desk(rules=replace(BASE, session_times=(time(9, 45),)), answer=always("snooze"))
    desk.apply(0, desk.scheduler.set_questionnaires_due(at(0), {"odi": MONDAY}))
    desk.sit(0, 31)
    desk.apply(31, desk.scheduler.pause(at(31), PauseLength.HALF_HOUR))
    desk.sit(31, 50)
    return desk


def test_the_state_is_plain_json() -> None:
    state = _midway().scheduler.to_dict()
    assert json.loads(json.dumps(state)) == state


def test_a_restored_scheduler_carries_on_exactly_where_the_saved_one_was() -> None:
    desk = _midway()
    saved = json.loads(json.dumps(desk.scheduler.to_dict()))
    restored = ReminderScheduler.from_dict(desk.rules, saved)
    assert restored.to_dict() == saved
    for minute in range(50, 200):
        idle = 60.0 * max(0, minute - 120) if minute < 140 else 0.0
        original_step = desk.scheduler.tick(at(minute), idle)
        assert restored.tick(at(minute), idle) == original_step
        for due in original_step.show:
            assert desk.scheduler.snooze(due.occasion, at(minute)) == restored.snooze(
                due.occasion, at(minute)
            )


def test_reminders_on_screen_are_shown_again_after_a_restart() -> None:
    desk = Desk()
    desk.sit(0, 31)
    restored = ReminderScheduler.from_dict(BASE, desk.scheduler.to_dict())
    step = restored.tick(at(31), 0)
    assert [due.occasion for due in step.show] == [SITTING]


def test_time_the_app_was_closed_counts_as_a_break() -> None:
    desk = Desk()
    desk.sit(0, 20)
    restored = ReminderScheduler.from_dict(BASE, desk.scheduler.to_dict())
    step = restored.tick(at(120), 0)  # the OS idle clock knows nothing of our absence
    assert [(o.outcome, o.detail) for o in step.outcomes] == [
        (ReminderOutcome.NATURAL_BREAK, "asleep")
    ]


def test_an_unknown_state_version_is_refused() -> None:
    state = ReminderScheduler(BASE).to_dict()
    state["version"] = 99
    with pytest.raises(ValueError):
        ReminderScheduler.from_dict(BASE, state)


# ---------------------------------------------------------------------------------------------
# Any script at all: bounded wakes, and a saved state that behaves like the original


ACTIONS = st.sampled_from(["tick", "done", "snooze", "skip", "pause", "resume", "save"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=180),  # minutes since the last call
            st.floats(min_value=0, max_value=7200, allow_nan=False),  # idle seconds
            st.booleans(),  # full screen
            st.booleans(),  # do not disturb
            ACTIONS,
        ),
        max_size=60,
    )
)
def test_any_script_keeps_wakes_bounded_and_state_restorable(
    script: list[tuple[int, float, bool, bool, str]],
) -> None:
    rules = replace(BASE, session_times=(time(10), time(15)), check_in_time=time(18))
    scheduler = ReminderScheduler(rules)
    shadow = ReminderScheduler(rules)
    now = at(0)
    on_screen: list[Occasion] = []
    for gap, idle, fullscreen, dnd, action in script:
        now += timedelta(minutes=gap)
        answered = on_screen[0] if action in ("done", "snooze", "skip") and on_screen else None
        steps = []
        for copy in (scheduler, shadow):
            if answered is not None:
                respond = getattr(copy, "mark_done" if action == "done" else action)
                steps.append(respond(answered, now))
            elif action == "pause":
                steps.append(copy.pause(now, PauseLength.HALF_HOUR))
            elif action == "resume":
                steps.append(copy.resume(now))
            elif action == "save":
                steps.append(copy.tick(now, idle))
            else:
                steps.append(copy.tick(now, idle, fullscreen=fullscreen, do_not_disturb=dnd))
        assert steps[0] == steps[1]
        step = steps[0]
        assert MIN_WAKE <= step.wake_in <= MAX_WAKE
        assert 0 < step.wake_in_ms < 2**31 - 1
        assert all(o.at <= now for o in step.outcomes)
        on_screen = [o for o in on_screen if o not in step.withdraw and o != answered]
        on_screen += [due.occasion for due in step.show]
        # Nothing on screen survives a restart, so restore only when nothing is shown.
        if action == "save" and not on_screen:
            shadow = ReminderScheduler.from_dict(rules, json.loads(json.dumps(shadow.to_dict())))


@pytest.mark.parametrize(
    "change",
    [
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # Berlin: 2:00 CET becomes 3:00 CEST
        datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # Berlin: 3:00 CEST becomes 2:00 CET
    ],
)
def test_sitting_is_counted_in_real_minutes_across_a_clock_change(change: datetime) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    rules = replace(BASE, quiet_hours=None, working_hours=(DailyWindow(time(0), time(23, 59)),) * 7)
    scheduler = ReminderScheduler(rules)
    start = change - timedelta(minutes=15)
    shown: list[int] = []
    outcomes: list[OutcomeRecord] = []
    for minute in range(61):
        now = (start + minute * MINUTE).astimezone(berlin)
        step = scheduler.tick(now, 0)
        outcomes.extend(step.outcomes)
        shown.extend(minute for _ in step.show)
        for due in step.show:
            outcomes.extend(scheduler.mark_done(due.occasion, now).outcomes)
    assert shown == [30, 60]
    assert [o.outcome for o in outcomes] == [ReminderOutcome.DONE] * 2


def test_reminder_times_are_local_wall_clock_times_on_the_day_the_clocks_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    rules = replace(TIMED, quiet_hours=None, check_in_time=time(3, 30))
    scheduler = ReminderScheduler(rules)
    first = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # 1:00 CET, an hour before the change
    shown: list[datetime] = []
    for minute in range(120):
        now = (first + minute * MINUTE).astimezone(berlin)
        shown.extend(now for _ in scheduler.tick(now, 0).show)
    # 3:30 in summer time is 1:30 UTC: 90 real minutes after 1:00 in winter time.
    assert [t.astimezone(UTC) for t in shown] == [datetime(2026, 3, 29, 1, 30, tzinfo=UTC)]
    assert shown[0].hour == 3


@pytest.mark.parametrize(
    ("times", "expected_utc"),
    [
        # 02:30 does not exist that night: it moves to the end of the gap (03:00 CEST, 01:00 UTC).
        ((time(2, 30),), ["01:00"]),
        # Order is kept: 02:45 (moved to 03:00) still comes before 03:15.
        ((time(2, 45), time(3, 15)), ["01:00", "01:15"]),
        ((time(1, 45), time(2, 15)), ["00:45", "01:00"]),
    ],
)
def test_a_reminder_time_the_clocks_skip_moves_to_the_end_of_the_gap(
    times: tuple[time, ...], expected_utc: list[str]
) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    rules = replace(TIMED, quiet_hours=None, session_times=times, check_in_time=None)
    scheduler = ReminderScheduler(rules)
    first = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # 1:00 CET, an hour before the change
    shown: list[datetime] = []
    for minute in range(120):
        now = (first + minute * MINUTE).astimezone(berlin)
        for due in scheduler.tick(now, 0).show:
            shown.append(now)
            scheduler.mark_done(due.occasion, now)
    assert [f"{t.astimezone(UTC):%H:%M}" for t in shown] == expected_utc


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.pop("sitting_s"),
        lambda raw: raw.update(accounted_until="yesterday"),
        lambda raw: raw.update(accounted_until="2026-03-02T09:00:00"),  # no zone
        lambda raw: raw.update(owed=[{"occasion": {"kind": "nap"}}]),
        lambda raw: raw.update(answered=None),
    ],
)
def test_a_malformed_state_raises_value_error(damage: Callable[[dict[str, Any]], object]) -> None:
    state = _midway().scheduler.to_dict()
    damage(state)
    with pytest.raises(ValueError):
        ReminderScheduler.from_dict(BASE, state)
