"""The reminder window and its runner over a real database (offscreen): the window never takes
focus, a sitting break offers a moving snack with a timer, and every answer is stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from companion import APP_NAME
from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import ReminderKind, ReminderOutcome
from companion.reminders.decisions import MIN_WAKE, Occasion, PauseLength
from companion.reminders.rules import ReminderRules
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.measures import record_bothersomeness, record_functional_scale
from companion.services.reminders import (
    load_rules,
    load_scheduler,
    reminder_events,
    save_rules,
    save_scheduler,
    snacks_between,
)
from companion.services.sessions import plan_session, start_session
from companion.system.desktop_state import DesktopWatcher
from companion.system.idle import IdleDetection
from companion.ui.context import AppContext
from companion.ui.reminders.activity import ActivityWatch
from companion.ui.reminders.reminder_runner import (
    ReminderRunner,
    attach_to_tray,
    next_reminder_text,
    pause_menu,
)
from companion.ui.reminders.reminder_settings import (
    NotATimeOfDay,
    ReminderSettings,
    SettingsProblem,
    parse_times,
)
from companion.ui.tray import Tray
from companion.ui.ui_state import UiState

ZONE = timezone(timedelta(hours=1))
MONDAY_MORNING = datetime(2026, 3, 2, 9, 0, tzinfo=ZONE)
SITTING = Occasion.sitting_break()
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
LATER = datetime(2027, 1, 1, tzinfo=UTC)


class TypingUser:
    """Stands in for the operating system's idle counter: someone typing steadily."""

    name = "test keyboard"

    def __init__(self) -> None:
        self.seconds = 1.0
        self.closed = False

    def idle_seconds(self) -> float | None:
        return self.seconds

    def close(self) -> None:
        self.closed = True


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


SBI_ANSWERS = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 3}


def _take_the_questionnaires(store: Store, at: datetime) -> None:
    record_bothersomeness(store, SBI_ANSWERS, at)
    record_functional_scale(
        store, {"Putting on socks": 4, "Sitting through a meal": 5, "Walking to the shops": 3}, at
    )


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    # Both questionnaires answered the day before, so only what a test sets up falls due.
    _take_the_questionnaires(store, MONDAY_MORNING - timedelta(days=1))
    return AppContext(store, UiState(data_dir))


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_MORNING)


@pytest.fixture
def user() -> TypingUser:
    return TypingUser()


@pytest.fixture
def runner(
    qtbot: QtBot, context: AppContext, clock: Clock, user: TypingUser
) -> Iterator[ReminderRunner]:
    made = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(user, "test"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(made.window)
    made.start()
    yield made
    made.stop()


def _returning(store: Store, now: datetime) -> None:
    """The reminders have run since a week ago (day one's own rules are behind the user)."""
    scheduler = load_scheduler(store)
    scheduler.begin(now - timedelta(days=7))
    save_scheduler(store, scheduler, now - timedelta(days=7))


def _sit_until_shown(runner: ReminderRunner, clock: Clock, limit: timedelta) -> None:
    """Let time pass as the timer would (one shot per wake) until a reminder shows."""
    end = clock.now + limit
    while not runner.window.isVisible():
        assert clock.now < end, "no reminder came"
        assert runner.last_step is not None
        clock.now += runner.last_step.wake_in
        runner.tick()


def test_window_never_takes_focus_and_floats_as_a_tool(runner: ReminderRunner) -> None:
    window = runner.window
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for button in window.findChildren(QPushButton):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.accessibleName()


def test_runner_sleeps_on_one_single_shot_timer(runner: ReminderRunner) -> None:
    # About five minutes until a 5-minute stillness would be a break: no busy polling.
    assert runner.last_step is not None
    assert runner.last_step.wake_in >= timedelta(minutes=4)
    assert 240_000 <= runner.wake_in_ms <= 301_000
    assert runner.watch.timer.isSingleShot()


def test_sitting_break_shows_a_moving_snack_and_done_logs_it(
    qtbot: QtBot, runner: ReminderRunner, clock: Clock, context: AppContext, tmp_path: Path
) -> None:
    _sit_until_shown(runner, clock, timedelta(hours=1))
    window = runner.window
    assert clock.now - MONDAY_MORNING == timedelta(minutes=30)
    assert window.occasion == SITTING
    assert window.snack_box.isVisible() and window.countdown.isVisible()
    assert window.figure.is_playing()
    assert window.snack_name.text()
    assert "sitting for 30 minute" in window.text.text()
    assert window.done_button.isVisible() and not window.open_button.isVisible()
    qtbot.waitExposed(window)
    window.grab().save(str(tmp_path / "reminder.png"))

    left = window.seconds_left
    qtbot.waitUntil(lambda: window.seconds_left < left, timeout=3000)

    clock.now += timedelta(minutes=2)
    with qtbot.waitSignal(context.bus.changed) as published:
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    changes: Changes = published.args[0]
    assert changes.concerns(Topic.SESSIONS)
    assert not window.isVisible()
    assert not window.figure.is_playing()

    snacks = snacks_between(context.store, EPOCH, LATER)
    assert len(snacks) == 1
    assert snacks[0][0] == (MONDAY_MORNING + timedelta(minutes=30)).astimezone(UTC)
    events = reminder_events(context.store, EPOCH, LATER)
    assert [(e.kind, e.outcome) for e in events] == [
        (ReminderKind.SITTING_BREAK, ReminderOutcome.DONE)
    ]
    assert runner.scheduler.sitting_so_far == timedelta(0)


def test_snooze_and_skip_are_counted_and_the_break_comes_back(
    qtbot: QtBot, runner: ReminderRunner, clock: Clock, context: AppContext
) -> None:
    _sit_until_shown(runner, clock, timedelta(hours=1))
    qtbot.mouseClick(runner.window.snooze_button, Qt.MouseButton.LeftButton)
    assert not runner.window.isVisible()
    snoozed_at = clock.now

    _sit_until_shown(runner, clock, timedelta(minutes=30))
    assert clock.now - snoozed_at == ReminderRules().snooze
    assert "again" in runner.window.text.text()
    qtbot.mouseClick(runner.window.skip_button, Qt.MouseButton.LeftButton)

    # Closing the window from its title bar is a snooze: the break is still owed.
    clock.now += timedelta(minutes=1)
    _sit_until_shown(runner, clock, timedelta(hours=1))
    runner.window.close()
    assert not runner.window.isVisible()
    assert runner.window.occasion is None

    outcomes = [e.outcome for e in reminder_events(context.store, EPOCH, LATER)]
    assert outcomes == [
        ReminderOutcome.SNOOZED,
        ReminderOutcome.SKIPPED,
        ReminderOutcome.SNOOZED,
    ]
    assert snacks_between(context.store, EPOCH, LATER) == []
    # What was on screen is also kept across a restart of the app.
    assert load_scheduler(context.store).to_dict() == runner.scheduler.to_dict()


def test_check_in_reminder_opens_the_app_and_a_check_in_settles_it(
    qtbot: QtBot, runner: ReminderRunner, clock: Clock, context: AppContext, user: TypingUser
) -> None:
    # Evening, no sitting breaks: only the check-in at 19:00 is left.
    save_rules(context.store, ReminderRules(sitting_interval=None))
    context.publish(Changes.of(Topic.PREFERENCES))
    clock.now = MONDAY_MORNING.replace(hour=18, minute=59, second=30)
    runner.tick()
    _sit_until_shown(runner, clock, timedelta(minutes=5))
    window = runner.window
    assert window.occasion == Occasion.check_in(clock.now.date())
    assert window.open_button.isVisible() and not window.done_button.isVisible()
    assert not window.snack_box.isVisible()

    with qtbot.waitSignal(runner.open_requested) as opened:
        qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == Occasion.check_in(clock.now.date())

    clock.now += timedelta(minutes=1)
    _record, changes = record_checkin(
        context.store, CheckInDraft(back_pain=3, leg_pain=4), clock.now
    )
    context.publish(changes)
    kinds = [(e.kind, e.outcome) for e in reminder_events(context.store, EPOCH, LATER)]
    assert kinds == [
        (ReminderKind.CHECK_IN, ReminderOutcome.SNOOZED),
        (ReminderKind.CHECK_IN, ReminderOutcome.DONE),
    ]
    assert all(
        u.occasion.kind is not ReminderKind.CHECK_IN or u.at.date() > clock.now.date()
        for u in runner.upcoming()
    )


def test_pause_menu_holds_reminders_and_the_summary_says_so(
    qtbot: QtBot, runner: ReminderRunner, clock: Clock
) -> None:
    menu = pause_menu(runner)
    qtbot.addWidget(menu)
    actions = [a for a in menu.actions() if a.text()]
    assert [a.text().replace("&", "") for a in actions] == [
        "For 30 minutes",
        "For 1 hour",
        "Until tomorrow",
        "Resume reminders",
    ]
    assert runner.summary() == "Next: Sitting break at 09:30"
    assert not actions[3].isEnabled()  # nothing to resume yet
    actions[0].trigger()
    assert runner.paused_until() == (clock.now + timedelta(minutes=30)).astimezone(UTC)
    assert runner.summary() == "Reminders paused until 09:30"
    actions[2].trigger()
    assert runner.summary() == "Reminders paused until tomorrow"
    menu.aboutToShow.emit()  # as when the user opens the menu
    assert actions[3].isEnabled()
    actions[3].trigger()
    assert runner.paused_until() is None
    menu.aboutToShow.emit()
    assert not actions[3].isEnabled()


def test_summary_lines() -> None:
    now = MONDAY_MORNING
    assert next_reminder_text((), None, now) == "No reminders planned"


def test_settings_save_rules_that_the_runner_takes_up(
    qtbot: QtBot, runner: ReminderRunner, context: AppContext, tmp_path: Path
) -> None:
    settings = ReminderSettings(context, runner)
    qtbot.addWidget(settings)
    assert settings.interval.value() == 30
    assert not settings.idle_line.isHidden()
    assert "counts as a break" in settings.idle_line.text()

    settings.interval.setValue(45)
    settings.days[5].enabled.setChecked(False)  # Saturday
    settings.days[6].enabled.setChecked(False)
    settings.quiet.enabled.setChecked(False)
    assert settings.save()
    rules = load_rules(context.store)
    assert rules.sitting_interval == timedelta(minutes=45)
    assert rules.working_hours[5] is None and rules.working_hours[6] is None
    assert rules.working_hours[0] == ReminderRules().working_hours[0]
    assert rules.quiet_hours is None
    assert runner.scheduler.rules == rules
    assert runner.summary() == "Next: Sitting break at 09:45"

    settings.resize(settings.sizeHint())
    settings.show()
    qtbot.waitExposed(settings)
    settings.grab().save(str(tmp_path / "settings.png"))


def test_settings_say_when_the_desktop_cannot_tell_idle_time(
    qtbot: QtBot, context: AppContext, clock: Clock
) -> None:
    runner = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(None, "none here"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(runner.window)
    runner.start()
    settings = ReminderSettings(context, runner)
    qtbot.addWidget(settings)
    assert "fall back to plain intervals" in settings.idle_line.text()
    runner.stop()


def test_start_at_login_switch_writes_the_autostart_entry(
    qtbot: QtBot, context: AppContext
) -> None:
    from companion.system import autostart

    settings = ReminderSettings(context)
    qtbot.addWidget(settings)
    assert not settings.autostart.isChecked()
    settings.autostart.setChecked(True)
    assert autostart.xdg_autostart_file().is_file()
    settings.autostart.setChecked(False)
    assert not autostart.xdg_autostart_file().exists()
    # Without a runner the pause buttons cannot work, and say so.
    assert not settings.resume_button.isEnabled()
    assert settings.pause_state.text() == "Reminders are not running."


def test_stop_releases_the_idle_source(runner: ReminderRunner, user: TypingUser) -> None:
    runner.stop()
    assert user.closed
    assert runner.wake_in_ms == -1
    assert timedelta(0) < MIN_WAKE


def test_tray_shows_the_next_reminder_and_offers_the_pause_menu(
    qtbot: QtBot, runner: ReminderRunner, clock: Clock
) -> None:
    tray = Tray()
    attach_to_tray(runner, tray)
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[0] == "Next: Sitting break at 09:30"
    assert not tray.menu.actions()[0].isEnabled()
    assert "&Pause reminders" in texts
    assert tray.icon.toolTip().splitlines() == [APP_NAME, "Next: Sitting break at 09:30"]

    _sit_until_shown(runner, clock, timedelta(hours=1))
    assert tray.icon.toolTip().splitlines()[-1] == "Sitting break due now"
    runner.pause(PauseLength.HOUR)
    assert not runner.window.isVisible()
    assert tray.icon.toolTip().splitlines()[-1] == "Reminders paused until 10:30"
    tray.hide()


def test_questionnaire_reminder_comes_when_due_and_taking_it_settles_it(
    qtbot: QtBot, store: Store, data_dir: Path, clock: Clock, user: TypingUser
) -> None:
    context = AppContext(store, UiState(data_dir))  # nothing answered yet: both are due
    save_rules(store, ReminderRules(sitting_interval=None, check_in_time=None))
    clock.now = MONDAY_MORNING.replace(hour=9, minute=58)
    _returning(store, clock.now)  # on day one they would wait on the Today page
    runner = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(user, "test"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(runner.window)
    runner.start()
    assert runner.summary() == "Next: Questionnaire at 10:00"
    _sit_until_shown(runner, clock, timedelta(minutes=10))
    first = runner.window.occasion
    assert first is not None and first.kind is ReminderKind.QUESTIONNAIRE
    assert first.day == clock.now.date()

    clock.now += timedelta(minutes=1)
    _taken, changes = record_bothersomeness(store, SBI_ANSWERS, clock.now)
    context.publish(changes)
    events = reminder_events(store, EPOCH, LATER)
    assert [(e.kind, e.outcome) for e in events] == [
        (ReminderKind.QUESTIONNAIRE, ReminderOutcome.DONE)
    ]
    # The other one is still due and takes the window.
    assert runner.window.occasion is not None
    assert runner.window.occasion.slot != "sbi"
    assert {o.occasion.slot for o in runner.upcoming()} == {runner.window.occasion.slot}
    runner.stop()


@pytest.mark.parametrize(
    ("typed", "times"),
    [
        ("09:30, 18:00", (time(9, 30), time(18, 0))),
        ("18; 9.30 ,", (time(9, 30), time(18, 0))),
        ("", ()),
    ],
)
def test_session_times_are_read_as_typed(typed: str, times: tuple[time, ...]) -> None:
    assert parse_times(typed) == times


@pytest.mark.parametrize("typed", ["soon", "25:00", "9:75", "9:3o"])
def test_a_session_time_that_is_not_a_time_is_refused(typed: str) -> None:
    with pytest.raises(NotATimeOfDay) as refused:
        parse_times(f"08:00, {typed}")
    assert refused.value.typed == typed


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ("session", "session_times", 'Exercise session times: "9:75" is not a time of day.'),
        ("tuesday", "days[1].end", "Tuesday: the start and the end are the same time."),
        ("quiet", "quiet.end", "Quiet hours: the start and the end are the same time."),
    ],
)
def test_settings_name_the_field_that_is_wrong(  # noqa: PLR0917 (pytest parameters)
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, change: str, field: str,
    words: str,
) -> None:  # fmt: skip
    view = ReminderSettings(context)
    qtbot.addWidget(view)
    if change == "session":
        view.session_times.setText("08:00, 9:75")
    else:
        span = view.days[1] if change == "tuesday" else view.quiet
        span.enabled.setChecked(True)
        span.end.setTime(span.start.time())
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", record)
    before = load_rules(context.store)
    assert view.save() is False
    assert len(shown) == 1 and shown[0].startswith(words), shown
    assert load_rules(context.store) == before  # nothing kept
    with pytest.raises(SettingsProblem) as problem:
        view.rules()
    assert problem.value.field is eval(f"view.{field}")  # noqa: S307 (a test's own table)


def test_check_in_and_session_times_are_saved_from_settings(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    view = ReminderSettings(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(view)
    view.check_in_time.setTime(QTime(20, 15))
    view.session_times.setText("08:45, 17:30")
    assert view.save()
    rules = load_rules(store)
    assert rules.check_in_time == time(20, 15)
    assert rules.session_times == (time(8, 45), time(17, 30))

    view.check_in_on.setChecked(False)
    view.session_times.setText("")
    assert view.save()
    rules = load_rules(store)
    assert rules.check_in_time is None and rules.session_times == ()


def test_starting_a_session_closes_its_reminder(
    qtbot: QtBot, context: AppContext, clock: Clock, user: TypingUser
) -> None:
    save_rules(
        context.store,
        ReminderRules(sitting_interval=None, check_in_time=None, session_times=(time(10, 0),)),
    )
    clock.now = MONDAY_MORNING.replace(hour=9, minute=58)
    _returning(context.store, clock.now)
    runner = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(user, "test"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(runner.window)
    runner.start()
    _sit_until_shown(runner, clock, timedelta(minutes=10))
    assert runner.window.occasion is not None
    assert runner.window.occasion.kind is ReminderKind.EXERCISE_SESSION

    clock.now += timedelta(minutes=1)
    plan = plan_session(context.store, context.library, clock.now, ["pelvic-tilt"])
    context.publish(start_session(context.store, plan, clock.now)[1])
    assert not runner.window.isVisible()
    assert not [u for u in runner.upcoming() if u.at <= clock.now]
    events = reminder_events(context.store, EPOCH, LATER)
    assert [(e.kind, e.outcome) for e in events] == [
        (ReminderKind.EXERCISE_SESSION, ReminderOutcome.DONE)
    ]
    runner.stop()


def test_one_reminder_at_a_time_and_one_notification_for_each_shown(
    qtbot: QtBot, context: AppContext, clock: Clock, user: TypingUser
) -> None:
    # The check-in and a session fall due at the same minute: one shows, the other waits.
    save_rules(
        context.store,
        ReminderRules(sitting_interval=None, check_in_time=time(10), session_times=(time(10),)),
    )
    clock.now = MONDAY_MORNING.replace(hour=9, minute=58)
    _returning(context.store, clock.now)
    runner = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(user, "test"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(runner.window)
    announced: list[str] = []
    runner.announce.connect(lambda title, _text: announced.append(title))
    runner.start()
    _sit_until_shown(runner, clock, timedelta(minutes=10))
    first = runner.window.occasion
    assert first is not None
    assert len(announced) == 1
    waiting = [u.occasion for u in runner.upcoming() if u.at <= clock.now and u.occasion != first]
    assert len(waiting) == 1

    runner.skip(first)
    assert runner.window.occasion == waiting[0]
    assert len(announced) == 2
    runner.stop()


def test_settings_list_the_next_24_hours_as_the_scheduler_plans_them(
    qtbot: QtBot, context: AppContext, clock: Clock, user: TypingUser
) -> None:
    save_rules(
        context.store,
        ReminderRules(
            sitting_interval=timedelta(minutes=30),
            check_in_time=time(19, 0),
            session_times=(time(8, 0), time(17, 30)),
        ),
    )
    _returning(context.store, clock.now)
    runner = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(user, "test"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(runner.window)
    runner.start()  # Monday 9:00
    settings = ReminderSettings(context, runner)
    qtbot.addWidget(settings)
    assert settings.coming_up.text().splitlines() == [
        "Exercise session: due now",  # the 8:00 session of a returning user is owed
        "Sitting break: today at 09:30",
        "Exercise session: today at 17:30",
        "Check-in: today at 19:00",
        "Exercise session: tomorrow at 08:00",
    ]
    assert settings.coming_up.textFormat() == Qt.TextFormat.PlainText
    runner.stop()
    settings.attach_runner(None)
    assert settings.coming_up.text() == "Reminders are not running."


def test_the_reminder_title_does_not_repeat_the_app_name(runner: ReminderRunner) -> None:
    assert runner.window.windowTitle() == "Reminder"
    assert APP_NAME not in runner.window.windowTitle()
