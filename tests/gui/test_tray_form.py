"""The tray form over a real database (offscreen): it loads none of the ORM, runs the scheduler
on the read-only reader with an injected clock, and wakes the full app (handing the scheduler
over as it stood) when a reminder falls due or a new questionnaire is due."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.reminders.decisions import Occasion
from companion.reminders.rules import ReminderRules
from companion.services.data_store import Store
from companion.services.measures import record_bothersomeness, record_functional_scale
from companion.services.reminders import load_scheduler, save_rules, save_scheduler
from companion.services.tray_data import TrayData
from companion.system.desktop_state import DesktopWatcher
from companion.system.idle import IdleDetection
from companion.ui.context import AppContext
from companion.ui.reminders.activity import ActivityWatch
from companion.ui.reminders.reminder_runner import ReminderRunner
from companion.ui.tray import Tray
from companion.ui.tray_form import TrayForm, Wish
from companion.ui.ui_state import UiState

ZONE = timezone(timedelta(hours=1))
MONDAY_MORNING = datetime(2026, 3, 2, 9, 0, tzinfo=ZONE)
SBI_ANSWERS = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 3}
# What the tray form must never load: the ORM (and asyncio/ssl with it), migrations, charts,
# and the pages.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "matplotlib",
    "companion.services.data_store",
    "companion.storage.models",
    "companion.ui.main_window",
    "companion.ui.reminders.reminder_runner",
)


class TypingUser:
    def __init__(self) -> None:
        self.seconds = 1.0

    def idle_seconds(self) -> float | None:
        return self.seconds

    def close(self) -> None:
        pass


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_the_tray_path_imports_nothing_heavy() -> None:
    # A fresh interpreter, as at login: the composition root and everything the tray form uses.
    code = (
        "import sys, companion.app, companion.ui.tray_form, companion.services.tray_data, "
        "companion.system.instance, companion.ui.style, companion.ui.ui_state\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_MORNING)


@pytest.fixture
def returning(store: Store) -> Store:
    """Questionnaires answered yesterday; the reminders ran from 8:00 with 45-minute breaks."""
    record_bothersomeness(store, SBI_ANSWERS, MONDAY_MORNING - timedelta(days=1))
    record_functional_scale(
        store,
        {"Putting on socks": 4, "Sitting for an hour": 5, "Walking to the shop": 3},
        MONDAY_MORNING - timedelta(days=1),
    )
    rules = ReminderRules(sitting_interval=timedelta(minutes=45))
    save_rules(store, rules, MONDAY_MORNING)
    scheduler = load_scheduler(store)
    scheduler.begin(MONDAY_MORNING - timedelta(minutes=20))
    scheduler.tick(MONDAY_MORNING - timedelta(minutes=20), 1.0)
    scheduler.tick(MONDAY_MORNING, 1.0)  # the full app ticked until a moment ago
    save_scheduler(store, scheduler, MONDAY_MORNING)
    return store


@pytest.fixture
def form(qtbot: QtBot, returning: Store, clock: Clock) -> Iterator[TrayForm]:
    data = TrayData.open(returning.folder.root)
    assert data is not None
    made = TrayForm(
        Tray(),
        data,
        clock,
        watch=ActivityWatch(idle=IdleDetection(TypingUser(), "test"), desktop=DesktopWatcher({})),
    )
    yield made
    if not made.awake:
        made.wake(Wish.QUIT)


def test_waits_in_the_tray_then_hands_a_due_break_to_the_full_runner(
    qtbot: QtBot, form: TrayForm, returning: Store, clock: Clock, data_dir: Path
) -> None:
    woken: list[Wish] = []
    form.wake_requested.connect(woken.append)
    form.start()
    assert woken == [] and form.wake_in_ms > 0
    assert form.summary().startswith("Next: Sitting break at")
    menu = [a.text() for a in form.tray.menu.actions() if a.text()]
    assert menu[:3] == ["Check in…", "Start session…", "Safety questions…"]

    # Typing on, with the form's timer: 45 minutes at the desk bring the break, and the full
    # app is woken for it.
    before = form.scheduler.to_dict()
    while not woken and clock.now < MONDAY_MORNING + timedelta(hours=1):
        before = form.scheduler.to_dict()
        clock.now += timedelta(milliseconds=form.wake_in_ms)
        form.tick()
    assert woken == [Wish.REMINDER]
    assert clock.now - MONDAY_MORNING >= timedelta(minutes=25)
    handed = form.handover()
    assert handed.to_dict() == before  # as it stood: the full runner's own tick shows it
    # The full app puts its own entries in the menu: the form's are gone.
    assert [a.text() for a in form.tray.menu.actions() if a.text()] == [
        form.tray.open_action.text(),
        "Quit",
    ]

    runner = ReminderRunner(
        AppContext(returning, UiState(data_dir)),
        watch=ActivityWatch(idle=IdleDetection(TypingUser(), "test"), desktop=DesktopWatcher({})),
        clock=clock,
        scheduler=handed,
    )
    qtbot.addWidget(runner.window)
    runner.start()
    assert runner.window.occasion == Occasion.sitting_break()
    runner.stop()


def test_a_new_day_with_a_questionnaire_due_wakes_the_full_app(
    form: TrayForm, clock: Clock
) -> None:
    woken: list[Wish] = []
    form.wake_requested.connect(woken.append)
    form.start()
    assert woken == []
    # A week on, the bothersomeness index is due again: the full runner takes it up.
    clock.now += timedelta(days=7)
    form.tick()
    assert woken == [Wish.REMINDER]


def test_a_menu_entry_wakes_the_full_app_for_it(form: TrayForm) -> None:
    woken: list[Wish] = []
    form.wake_requested.connect(woken.append)
    form.start()
    check_in = next(a for a in form.tray.menu.actions() if a.text() == "Check in…")
    check_in.trigger()
    form.tray.open_requested.emit()  # already awake: asked once only
    assert woken == [Wish.CHECK_IN]


def test_data_it_cannot_read_wakes_the_full_app(form: TrayForm, returning: Store) -> None:
    woken: list[Wish] = []
    form.wake_requested.connect(woken.append)
    # Something the reader did not expect (here a table gone): the full store opens the file
    # and says what is wrong, rather than the tray form failing.
    with sqlite3.connect(returning.folder.database) as connection:
        connection.execute("ALTER TABLE questionnaire_responses RENAME TO elsewhere")
    connection.close()
    form.start()
    assert woken == [Wish.REMINDER]


# Offscreen has no tray: showing the icon there warns about the platform, not about us.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_shedding_waits_for_the_window_and_the_reminder(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.ui.companion_app import CompanionApp
    from companion.ui.sections import build_sections
    from tests.gui.quit_child import NOW, returning_user

    context = AppContext(store, UiState(data_dir), clock=lambda: NOW)
    returning_user(context)  # today's check-in reminder is owed: it shows at start
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    companion = CompanionApp(app, context, build_sections, tray=Tray(), shed_after_ms=50)
    shed: list[bool] = []
    companion.shed_requested.connect(lambda: shed.append(True))
    companion.start(minimized=False)
    qtbot.addWidget(companion.window)
    qtbot.addWidget(companion.reminders.window)
    qtbot.waitUntil(companion.reminders.window.isVisible, timeout=5000)
    qtbot.wait(300)
    assert shed == []  # the window is open
    companion.window.close()  # hides to the tray
    qtbot.wait(300)
    assert shed == []  # the reminder is still on screen
    # Each reminder owed is answered ("later"); the next one shows until none is left.
    for _owed in range(10):
        occasion = companion.reminders.window.occasion
        if occasion is None or not companion.reminders.window.isVisible():
            break
        assert shed == []
        companion.reminders.snooze(occasion)
        qtbot.wait(200)
    qtbot.waitUntil(lambda: shed == [True], timeout=5000)
    companion.reminders.stop()
