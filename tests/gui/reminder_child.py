"""Run by test_reminder_xserver.py on a real X server: a due reminder appears while the user
types in another window, takes no focus, and its Done button (clicked with real X input) logs
the movement snack. Prints one JSON report on the last line."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from companion.paths import migrations_dir
from companion.reminders.rules import ReminderRules
from companion.services.data_store import open_store
from companion.services.measures import record_bothersomeness, record_functional_scale
from companion.services.reminders import reminder_events, save_rules, snacks_between
from companion.ui.context import AppContext
from companion.ui.reminders.reminder_runner import ReminderRunner, attach_to_tray
from companion.ui.tray import Tray
from companion.ui.ui_state import UiState

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
FAR = datetime(2100, 1, 1, tzinfo=UTC)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: object, ms: int = 5000) -> bool:
    for _ in range(ms // 50):
        if check():  # type: ignore[operator]
            return True
        wait(50)
    return bool(check())  # type: ignore[operator]


def xdotool(*args: str) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
    return result.stdout.strip()


def main() -> None:
    """Drive the scenario and print what happened."""
    app = QApplication([])
    data = Path(sys.argv[1])
    report: dict[str, object] = {}
    store = open_store(data, migrations_dir())
    # The questionnaires were answered yesterday: only the sitting break falls due here.
    yesterday = datetime.now(UTC) - timedelta(days=1)
    sbi = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 3}
    record_bothersomeness(store, sbi, yesterday)
    record_functional_scale(
        store,
        {"Putting on socks": 4, "Sitting through a meal": 5, "Walking to the shops": 3},
        yesterday,
    )
    context = AppContext(store, UiState(data))

    # The user types in another program's window.
    editor = QLineEdit()
    editor.setWindowTitle("Typing here")
    editor.resize(400, 40)
    editor.move(20, 60)
    editor.show()
    editor.activateWindow()
    report["editor_active"] = wait_until(editor.isActiveWindow)
    xdotool("type", "--delay", "20", "abc")
    wait_until(lambda: editor.text() == "abc", 3000)
    report["typed_before"] = editor.text()
    report["x_focus_before"] = xdotool("getwindowfocus")
    report["editor_window"] = str(int(editor.winId()))

    # Sitting breaks every 10 minutes and no quiet hours, so one falls due whatever the hour;
    # working hours are the default, so the scheduler's clock is moved to a weekday at 10:00.
    save_rules(store, ReminderRules(sitting_interval=timedelta(minutes=10), quiet_hours=None))

    real_start = datetime.now().astimezone()
    monday_ten = real_start.replace(hour=10, minute=0) - timedelta(days=real_start.weekday())
    offset = [monday_ten - real_start]
    runner = ReminderRunner(context, clock=lambda: datetime.now().astimezone() + offset[0])
    report["idle_source"] = runner.idle.reason
    report["idle_available"] = runner.idle_available
    report["idle_seconds"] = runner.idle.source.idle_seconds() if runner.idle.source else None

    tray = Tray()
    attach_to_tray(runner, tray)
    tray.show()
    runner.start()
    report["first_wake_ms"] = runner.wake_in_ms

    # Let scheduler time pass as the timer would, while the X server says the user is here.
    steps = 0
    while not runner.window.isVisible() and steps < 40:
        assert runner.last_step is not None
        offset[0] += runner.last_step.wake_in
        xdotool("mousemove_relative", "--", "1", "0")  # the user is at the keyboard
        runner.tick()
        steps += 1
    report["ticks_to_show"] = steps
    report["sat_minutes"] = round((runner.scheduler.sitting_so_far).total_seconds() / 60)
    report["window_visible"] = wait_until(runner.window.isVisible)
    wait_until(lambda: tray.icon.isVisible() and not tray.icon.geometry().isEmpty())
    report["tooltip"] = tray.icon.toolTip()
    report["tray_visible"] = tray.icon.isVisible()
    report["tray_menu"] = [a.text() for a in tray.menu.actions() if a.text()]
    report["reminder_active"] = runner.window.isActiveWindow()
    report["focus_window_is_editor"] = QGuiApplication.focusWindow() is editor.windowHandle()
    report["editor_active_after_show"] = editor.isActiveWindow()
    report["x_focus_after_show"] = xdotool("getwindowfocus")
    xdotool("type", "--delay", "20", "def")
    wait_until(lambda: editor.text() == "abcdef", 3000)
    report["typed_after_show"] = editor.text()

    # Even asked outright to activate, the reminder window refuses the focus.
    runner.window.activateWindow()
    wait(300)
    report["editor_active_after_forced_activate"] = editor.isActiveWindow()
    report["x_focus_after_forced_activate"] = xdotool("getwindowfocus")

    # Click Done with real X input: the window takes the click but not the keyboard.
    button = runner.window.done_button
    centre = button.mapToGlobal(button.rect().center())
    xdotool("mousemove", str(centre.x()), str(centre.y()))
    wait(200)
    xdotool("click", "1")
    report["window_hidden_after_done"] = wait_until(lambda: not runner.window.isVisible())
    report["x_focus_after_done"] = xdotool("getwindowfocus")
    report["focus_window_is_editor_after_done"] = (
        QGuiApplication.focusWindow() is editor.windowHandle()
    )
    report["snacks"] = [exercise for _at, exercise in snacks_between(store, EPOCH, FAR)]
    report["events"] = [(e.kind.value, e.outcome.value) for e in reminder_events(store, EPOCH, FAR)]
    report["wall_seconds"] = (datetime.now().astimezone() - real_start).total_seconds()

    # A control: an ordinary window shown the same way does take the focus here, so the
    # checks above can tell the difference.
    control = QWidget()
    control.resize(200, 100)
    control.show()
    control.activateWindow()
    report["control_took_focus"] = wait_until(control.isActiveWindow, 3000)
    control.close()

    runner.stop()
    tray.hide()
    store.close()
    del app
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
