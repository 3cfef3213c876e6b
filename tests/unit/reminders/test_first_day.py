"""A calm first day: what has passed today waits for tomorrow, day one's questionnaires are
offered on the Today page rather than popping up, and a new time already past today starts
tomorrow. Cases as tables, in a fixed zone; the clock is always given."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.vocabulary import ReminderKind
from companion.reminders.decisions import Occasion
from companion.reminders.rules import ReminderRules
from companion.reminders.scheduler import ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")
DAY_ONE = date(2026, 3, 10)  # a Tuesday


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BERLIN)


RULES = ReminderRules(
    sitting_interval=None, check_in_time=time(19, 0), session_times=(time(9, 0), time(17, 0))
)


def shown_kinds(scheduler: ReminderScheduler, now: datetime) -> set[ReminderKind]:
    step = scheduler.tick(now, 0.0)
    return {due.kind for due in step.show}


@pytest.mark.parametrize(
    ("first_start", "later", "expected"),
    [
        # First start at 20:00: the 9:00 and 17:00 sessions and the 19:00 check-in have passed.
        (at(DAY_ONE, 20), at(DAY_ONE, 20, 5), set()),
        # First start at 18:00: 17:00 has passed and waits; the 19:00 check-in still comes.
        (at(DAY_ONE, 18), at(DAY_ONE, 19, 1), {ReminderKind.CHECK_IN}),
        # First start at 8:00: nothing has passed; the 9:00 session comes.
        (at(DAY_ONE, 8), at(DAY_ONE, 9, 1), {ReminderKind.EXERCISE_SESSION}),
        # The next day everything comes at its time again.
        (at(DAY_ONE, 20), at(DAY_ONE + timedelta(days=1), 9, 1), {ReminderKind.EXERCISE_SESSION}),
    ],
)
def test_a_first_start_fires_nothing_that_has_already_passed(
    first_start: datetime, later: datetime, expected: set[ReminderKind]
) -> None:
    scheduler = ReminderScheduler(RULES)
    assert scheduler.is_new
    scheduler.begin(first_start)
    assert not scheduler.is_new
    assert shown_kinds(scheduler, first_start) == set()
    assert shown_kinds(scheduler, later) == expected


@pytest.mark.parametrize(
    ("when", "pops_up"),
    [
        (at(DAY_ONE, 10, 1), False),  # day one: offered on the Today page only
        (at(DAY_ONE, 23, 59), False),
        (at(DAY_ONE + timedelta(days=1), 10, 1), True),  # still due the next day: it may show
    ],
)
def test_day_one_questionnaires_never_pop_up(when: datetime, pops_up: bool) -> None:
    scheduler = ReminderScheduler(ReminderRules(sitting_interval=None, check_in_time=None))
    scheduler.begin(at(DAY_ONE, 9))
    scheduler.set_questionnaires_due(at(DAY_ONE, 9), {"sbi": DAY_ONE})
    kinds = {u.occasion.kind for u in scheduler.upcoming(at(DAY_ONE, 9))}
    assert ReminderKind.QUESTIONNAIRE not in kinds  # nor in the tray's "Next:" line
    assert (ReminderKind.QUESTIONNAIRE in shown_kinds(scheduler, when)) is pops_up


@pytest.mark.parametrize(
    ("saved_at", "new_rules", "later", "expected"),
    [
        # 15:00: a 9:00 session time is chosen. It has passed: it starts tomorrow.
        (at(DAY_ONE, 15), ReminderRules(sitting_interval=None, check_in_time=None,
         session_times=(time(9, 0),)), at(DAY_ONE, 15, 1), set()),
        # 15:00: a 16:00 session time is chosen: it comes today at 16:00.
        (at(DAY_ONE, 15), ReminderRules(sitting_interval=None, check_in_time=None,
         session_times=(time(16, 0),)), at(DAY_ONE, 16, 1), {ReminderKind.EXERCISE_SESSION}),
        # 20:00: the check-in moves from 21:00 to 18:00, which has passed: tomorrow.
        (at(DAY_ONE, 20), ReminderRules(sitting_interval=None, check_in_time=time(18, 0)),
         at(DAY_ONE, 20, 1), set()),
    ],
)  # fmt: skip
def test_a_time_already_past_today_starts_tomorrow(
    saved_at: datetime, new_rules: ReminderRules, later: datetime, expected: set[ReminderKind]
) -> None:
    scheduler = ReminderScheduler(ReminderRules(sitting_interval=None, check_in_time=time(21)))
    scheduler.begin(at(DAY_ONE, 7))
    scheduler.tick(saved_at, 0.0)
    scheduler.update_rules(saved_at, new_rules)
    assert shown_kinds(scheduler, later) == expected
    tomorrow = {u.occasion.day for u in scheduler.upcoming(later)}
    assert DAY_ONE + timedelta(days=1) in tomorrow


def test_a_reminder_already_due_stays_due_when_the_rules_change() -> None:
    scheduler = ReminderScheduler(ReminderRules(sitting_interval=None, check_in_time=time(19)))
    scheduler.begin(at(DAY_ONE, 7))
    assert shown_kinds(scheduler, at(DAY_ONE, 19, 5)) == {ReminderKind.CHECK_IN}
    scheduler.update_rules(
        at(DAY_ONE, 19, 6), ReminderRules(sitting_interval=None, check_in_time=time(18, 30))
    )
    owed = {u.occasion for u in scheduler.upcoming(at(DAY_ONE, 19, 6))}
    assert Occasion.check_in(DAY_ONE) in owed


def test_the_first_day_is_kept_with_the_state() -> None:
    scheduler = ReminderScheduler(ReminderRules(sitting_interval=None, check_in_time=None))
    scheduler.begin(at(DAY_ONE, 9))
    again = ReminderScheduler.from_dict(scheduler.rules, scheduler.to_dict())
    again.set_questionnaires_due(at(DAY_ONE, 12), {"sbi": DAY_ONE})
    assert not again.is_new
    assert ReminderKind.QUESTIONNAIRE not in shown_kinds(again, at(DAY_ONE, 12, 1))
