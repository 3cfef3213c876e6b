"""Simulated weeks: a scripted person at a laptop, driven by an injected clock.

The same week runs twice: once ticking every minute the laptop is awake, and once the way
the real runner does it, waking only when the scheduler asks (or at resume, if the laptop
slept through the timer). Both must tell the same story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.vocabulary import ReminderKind, ReminderOutcome
from companion.reminders.decisions import (
    MAX_WAKE,
    Due,
    DueReason,
    Hold,
    Occasion,
    OutcomeRecord,
    PauseLength,
    Step,
)
from companion.reminders.rules import DailyWindow, ReminderRules
from companion.reminders.scheduler import ReminderScheduler

ZONE = ZoneInfo("Europe/Berlin")  # summer time starts on the Sunday of this week
MONDAY = date(2026, 3, 23)
WEEK_END = datetime.combine(MONDAY + timedelta(days=7), time(0), ZONE)
MINUTE = timedelta(minutes=1)
OFFICE = DailyWindow(time(9), time(17))
RULES = ReminderRules(
    sitting_interval=timedelta(minutes=30),
    natural_break=timedelta(minutes=5),
    snooze=timedelta(minutes=10),
    working_hours=(OFFICE,) * 5 + (None, None),
    quiet_hours=DailyWindow(time(22), time(7)),
    session_times=(time(7, 30), time(12, 45)),
    check_in_time=time(16, 30),
    questionnaire_time=time(10),
)
QUESTIONNAIRE_DAY = MONDAY + timedelta(days=2)

SIT = ReminderKind.SITTING_BREAK
SESSION = ReminderKind.EXERCISE_SESSION
CHECK_IN = ReminderKind.CHECK_IN
QUESTIONNAIRE = ReminderKind.QUESTIONNAIRE
DONE = ReminderOutcome.DONE
SNOOZED = ReminderOutcome.SNOOZED
SKIPPED = ReminderOutcome.SKIPPED
NATURAL = ReminderOutcome.NATURAL_BREAK
DEFERRED = ReminderOutcome.DEFERRED


@dataclass(frozen=True)
class Segment:
    """What the person is doing from `start` to `end`; outside every segment the lid is shut."""

    start: datetime
    end: datetime
    # desk; away (laptop on, last input at the start); meeting (full screen); focus (DND)
    doing: str


def _day(offset: int, *parts: tuple[str, str, str]) -> list[Segment]:
    day = MONDAY + timedelta(days=offset)
    return [
        Segment(
            datetime.combine(day, time.fromisoformat(a), ZONE),
            datetime.combine(day, time.fromisoformat(b), ZONE),
            doing,
        )
        for a, b, doing in parts
    ]


def _workday(offset: int, *extra: tuple[str, str, str]) -> list[Segment]:
    base = [
        ("08:55", "12:40", "desk"),
        ("12:40", "13:20", "away"),  # lunch, laptop left on
        ("13:20", "17:05", "desk"),
        ("17:05", "17:25", "away"),  # packing up; then the lid is shut for the night
    ]
    return _day(offset, *_overlay(base, list(extra)))


def _overlay(
    base: list[tuple[str, str, str]], extra: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """`base` with the `extra` segments cut in (each inside one base segment)."""
    out = list(base)
    for a, b, doing in extra:
        for i, (start, end, was) in enumerate(out):
            if start <= a and b <= end:
                pieces = [(start, a, was), (a, b, doing), (b, end, was)]
                out[i : i + 1] = [p for p in pieces if p[0] < p[1]]
                break
    return out


WEEK: list[Segment] = [
    *_workday(0),
    *_workday(1, ("14:00", "15:10", "meeting")),
    *_workday(2),
    # Thursday: the lid is shut straight from the desk.
    *_day(3, ("08:55", "12:40", "desk"), ("12:40", "13:20", "away"), ("13:20", "17:05", "desk")),
    *_workday(4, ("09:10", "10:00", "focus")),
    *_day(5, ("10:00", "11:30", "desk"), ("11:30", "11:45", "away")),
    # Sunday: the laptop stays shut (and the clocks go forward overnight).
]
PAUSES = {datetime.combine(MONDAY + timedelta(days=2), time(10), ZONE): PauseLength.HOUR}


def _later(moment: datetime, delta: timedelta) -> datetime:
    """`delta` of real time after `moment`, on the person's clock (even across a DST change)."""
    return (moment.astimezone(UTC) + delta).astimezone(ZONE)


def _here(moment: datetime) -> datetime:
    """A time the scheduler reports (in UTC) on the person's own clock."""
    return moment.astimezone(ZONE)


def _segment_at(moment: datetime) -> Segment | None:
    return next((s for s in WEEK if s.start <= moment < s.end), None)


def _sensed(moment: datetime) -> tuple[float, bool, bool]:
    """Idle seconds, full screen, do-not-disturb, as the system would report them."""
    segment = _segment_at(moment)
    assert segment is not None
    idle = (moment - segment.start).total_seconds() if segment.doing == "away" else 0.0
    return idle, segment.doing == "meeting", segment.doing == "focus"


def _next_resume(moment: datetime) -> datetime | None:
    return min((s.start for s in WEEK if s.start > moment), default=None)


def _answer(due: Due, now: datetime, shown_before: list[tuple[datetime, Due]]) -> str:
    """The person: does what is asked, except that Thursday's first break is snoozed twice
    and Friday's afternoon breaks are skipped."""
    if due.kind is SIT and now.weekday() == 3:
        thursday = [d for t, d in shown_before if t.date() == now.date() and d.kind is SIT]
        if len(thursday) < 2:
            return "snooze"
    if due.kind is SIT and now.weekday() == 4 and time(14) <= now.time() < time(16):
        return "skip"
    return "done"


@dataclass
class Run:
    """What the runner saw and did over the week."""

    shown: list[tuple[datetime, Due]] = field(default_factory=list)
    outcomes: list[OutcomeRecord] = field(default_factory=list)
    timer_wakes: list[timedelta] = field(default_factory=list)  # every interval the timer was set
    ticks: int = 0

    def per_day(self, offset: int) -> Counter[tuple[ReminderKind, ReminderOutcome]]:
        day = MONDAY + timedelta(days=offset)
        return Counter((o.kind, o.outcome) for o in self.outcomes if _here(o.at).date() == day)

    def shown_times(self, kind: ReminderKind, offset: int) -> list[time]:
        day = MONDAY + timedelta(days=offset)
        return [t.time() for t, d in self.shown if d.kind is kind and t.date() == day]

    def outcome_times(self, kind: ReminderKind, outcome: ReminderOutcome) -> list[datetime]:
        return [_here(o.at) for o in self.outcomes if o.kind is kind and o.outcome is outcome]


class Runner:
    """Plays the UI runner's part: applies steps, answers reminders, re-arms the timer."""

    def __init__(self) -> None:
        self.scheduler = ReminderScheduler(RULES)
        self.run = Run()
        self.wake_at: datetime | None = None
        self.actions_checked_until = datetime.combine(MONDAY, time(0), ZONE)

    def apply(self, now: datetime, step: Step) -> None:
        self.run.outcomes.extend(step.outcomes)
        self.rearm(now, step)
        shown_before = list(self.run.shown)
        self.run.shown.extend((now, due) for due in step.show)
        for due in step.show:
            action = _answer(due, now, shown_before)
            respond: Callable[[Occasion, datetime], Step] = {
                "done": self.scheduler.mark_done,
                "snooze": self.scheduler.snooze,
                "skip": self.scheduler.skip,
            }[action]
            self.apply(now, respond(due.occasion, now))

    def rearm(self, now: datetime, step: Step) -> None:
        self.run.timer_wakes.append(step.wake_in)
        self.wake_at = _later(now, step.wake_in)

    def tick(self, now: datetime) -> None:
        idle, fullscreen, dnd = _sensed(now)
        self.run.ticks += 1
        self.apply(now, self.scheduler.tick(now, idle, fullscreen=fullscreen, do_not_disturb=dnd))

    def user_actions_until(self, now: datetime) -> None:
        for when, length in sorted(PAUSES.items()):
            if self.actions_checked_until < when <= now:
                self.apply(when, self.scheduler.pause(when, length))
        self.actions_checked_until = now


def _start(runner: Runner) -> datetime:
    first = WEEK[0].start
    runner.apply(first, runner.scheduler.set_questionnaires_due(first, {"odi": QUESTIONNAIRE_DAY}))
    return first


def run_minute_by_minute() -> Run:
    runner = Runner()
    now = _start(runner)
    while now < WEEK_END:
        if _segment_at(now) is not None:
            runner.user_actions_until(now)
            runner.tick(now)
        now = _later(now, MINUTE)
    return runner.run


def run_by_timer() -> Run:
    """Only the timer (delayed to the resume if the lid is shut) and the user drive it."""
    runner = Runner()
    now = _start(runner)
    runner.tick(now)
    while True:
        assert runner.wake_at is not None
        now = runner.wake_at
        if _segment_at(now) is None:
            resume = _next_resume(now)
            if resume is None or resume >= WEEK_END:
                return runner.run
            now = resume
        pause = min((w for w in PAUSES if runner.actions_checked_until < w <= now), default=None)
        if pause is not None:  # the user opens the tray menu before the timer fires
            runner.user_actions_until(pause)
            continue
        runner.user_actions_until(now)
        runner.tick(now)


@pytest.fixture(scope="module", params=["every minute", "by timer"])
def week(request: pytest.FixtureRequest) -> Run:
    return run_minute_by_minute() if request.param == "every minute" else run_by_timer()


# ---------------------------------------------------------------------------------------------
# The story of the week, day by day

EXPECTED = {
    0: {(SIT, DONE): 14, (SIT, NATURAL): 2, (SESSION, DONE): 2, (CHECK_IN, DONE): 1},
    1: {
        (SIT, DONE): 12,
        (SIT, DEFERRED): 1,  # the meeting
        (SIT, NATURAL): 2,
        (SESSION, DONE): 2,
        (CHECK_IN, DONE): 1,
    },
    2: {
        (SIT, DONE): 13,
        (SIT, DEFERRED): 1,  # the paused hour
        (QUESTIONNAIRE, DEFERRED): 1,
        (QUESTIONNAIRE, DONE): 1,
        (SIT, NATURAL): 2,
        (SESSION, DONE): 2,
        (CHECK_IN, DONE): 1,
    },
    3: {
        (SIT, SNOOZED): 2,
        (SIT, DONE): 13,
        (SIT, NATURAL): 2,  # lunch, and the lid shut at the desk
        (SESSION, DONE): 2,
        (CHECK_IN, DONE): 1,
    },
    4: {
        (SIT, DEFERRED): 1,  # do-not-disturb
        (SIT, DONE): 9,
        (SIT, SKIPPED): 4,
        (SIT, NATURAL): 2,
        (SESSION, DONE): 2,
        (CHECK_IN, DONE): 1,
    },
    5: {(SIT, DEFERRED): 1, (SIT, NATURAL): 1, (SESSION, DONE): 1},  # no working hours
    6: {},
}


@pytest.mark.parametrize("offset", range(7))
def test_each_day_has_the_expected_reminders_and_outcomes(week: Run, offset: int) -> None:
    assert week.per_day(offset) == Counter(EXPECTED[offset])


def _t(text: str) -> time:
    return time.fromisoformat(text)


def test_breaks_come_every_half_hour_of_sitting_and_lunch_resets_the_clock(week: Run) -> None:
    morning = ["09:25", "09:55", "10:25", "10:55", "11:25", "11:55", "12:25"]
    afternoon = ["13:50", "14:20", "14:50", "15:20", "15:50", "16:20", "16:50"]
    assert week.shown_times(SIT, 0) == [_t(t) for t in (*morning, *afternoon)]
    lunch, evening = week.outcome_times(SIT, NATURAL)[:2]
    assert (lunch.time(), evening.time()) == (_t("12:40"), _t("17:05"))


def test_a_meeting_defers_the_break_until_the_full_screen_window_closes(week: Run) -> None:
    [deferred] = [o for o in week.outcomes if o.outcome is DEFERRED and _here(o.at).weekday() == 1]
    assert (_here(deferred.at).time(), deferred.detail) == (_t("14:20"), Hold.FULL_SCREEN.value)
    tuesday = [(t.time(), d) for t, d in week.shown if t.weekday() == 1 and d.kind is SIT]
    after = next(d for t, d in tuesday if t == _t("15:10"))
    assert (after.reason, after.postponed, _here(after.since).time()) == (
        DueReason.HOLD_LIFTED,
        1,
        _t("14:20"),
    )
    assert [t for t, _ in tuesday if _t("14:00") <= t < _t("15:10")] == []


def test_the_paused_hour_holds_everything_and_owes_it(week: Run) -> None:
    wednesday = [o for o in week.outcomes if o.outcome is DEFERRED and _here(o.at).weekday() == 2]
    assert sorted((o.kind, _here(o.at).time(), o.detail) for o in wednesday) == [
        (QUESTIONNAIRE, _t("10:00"), Hold.PAUSED.value),
        (SIT, _t("10:25"), Hold.PAUSED.value),
    ]
    assert week.shown_times(QUESTIONNAIRE, 2) == [_t("11:00")]
    assert _t("11:00") in week.shown_times(SIT, 2)
    assert [t for t in week.shown_times(SIT, 2) if _t("10:00") <= t < _t("11:00")] == []


def test_sessions_wait_for_the_user_to_be_back(week: Run) -> None:
    for offset in range(5):
        assert week.shown_times(SESSION, offset) == [_t("08:55"), _t("13:20")]
    assert week.shown_times(SESSION, 5) == [_t("10:00")]
    assert not [o for o in week.outcomes if o.kind is SESSION and o.outcome is DEFERRED]


def test_snoozes_come_back_and_skips_are_counted(week: Run) -> None:
    thursday = week.shown_times(SIT, 3)
    assert thursday[:4] == [_t("09:25"), _t("09:35"), _t("09:45"), _t("10:15")]
    assert [t for t, d in week.shown if t.weekday() == 3 and d.kind is SIT][1:3] == [
        t for t, d in week.shown if d.reason is DueReason.SNOOZE_ENDED
    ]
    skipped = [_here(o.at).time() for o in week.outcomes if o.outcome is SKIPPED]
    assert skipped == [_t("14:20"), _t("14:50"), _t("15:20"), _t("15:50")]


def test_the_lid_shut_at_the_desk_is_a_break_taken_asleep(week: Run) -> None:
    [asleep] = [o for o in week.outcomes if o.detail == "asleep"]
    assert _here(asleep.at).weekday() == 3
    # The scheduler cannot know the exact minute the lid closed, only that it was after the
    # last tick and no later than the wake it asked for.
    assert _t("17:04") <= _here(asleep.at).time() <= _t("17:10")


def test_a_break_owed_outside_working_hours_is_paid_by_getting_up(week: Run) -> None:
    saturday = [o for o in week.outcomes if _here(o.at).weekday() == 5 and o.kind is SIT]
    assert [(o.outcome, _here(o.at).time(), o.detail) for o in saturday] == [
        (DEFERRED, _t("10:30"), Hold.OUTSIDE_WORKING_HOURS.value),
        (NATURAL, _t("11:30"), "away"),
    ]
    assert week.shown_times(SIT, 5) == []


def test_the_check_in_is_never_shown_while_the_laptop_sleeps(week: Run) -> None:
    assert [t.date() for t, d in week.shown if d.kind is CHECK_IN] == [
        MONDAY + timedelta(days=n) for n in range(5)
    ]


# ---------------------------------------------------------------------------------------------
# The cost of watching


def test_the_timer_never_busy_polls_and_stays_in_range() -> None:
    run = run_by_timer()
    assert max(run.timer_wakes) <= MAX_WAKE
    # Every event in this week falls on a whole minute and the user is either typing or
    # plainly away, so no wake should ever be shorter than a minute.
    assert min(run.timer_wakes) >= MINUTE
    # One look every 5 min while the user types; once a minute only while a reminder waits
    # for a meeting, do-not-disturb or the user's return. Polling every minute would take
    # one look per minute the laptop is open.
    assert sorted(run.timer_wakes)[len(run.timer_wakes) // 2] == RULES.natural_break
    awake_minutes = sum((s.end - s.start) / MINUTE for s in WEEK)
    assert run.ticks < awake_minutes / 3


def test_both_drivers_tell_the_same_story() -> None:
    by_minute, by_timer = run_minute_by_minute(), run_by_timer()
    assert [(t, d.occasion) for t, d in by_minute.shown] == [
        (t, d.occasion) for t, d in by_timer.shown
    ]
    pairs = list(zip(by_minute.outcomes, by_timer.outcomes, strict=True))
    assert all((a.occasion, a.outcome) == (b.occasion, b.outcome) for a, b in pairs)
    # Only the moment the lid was shut is uncertain, by at most one wake.
    assert all(abs(a.at - b.at) <= RULES.natural_break for a, b in pairs)
