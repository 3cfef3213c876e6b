"""Run by test_reminder_placement.py on an X server: show each kind of reminder and report the
window's and its visible buttons' screen rectangles as JSON."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from child_tools import wait_until  # beside this file
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from companion.domain.vocabulary import ReminderKind
from companion.paths import migrations_dir
from companion.reminders.decisions import Due, DueReason, Occasion
from companion.services.data_store import open_store
from companion.services.reminders import snack_choices
from companion.ui.context import AppContext
from companion.ui.reminders.reminder_window import FRAME_SETTLE_MS, ReminderWindow
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
DAY = date(2026, 3, 10)
DUES = {
    ReminderKind.SITTING_BREAK: Occasion.sitting_break(),
    ReminderKind.EXERCISE_SESSION: Occasion.session(DAY, time(9, 0)),
    ReminderKind.CHECK_IN: Occasion.check_in(DAY),
    ReminderKind.QUESTIONNAIRE: Occasion.questionnaire("sbi", DAY),
}


def rect(r: QRect) -> list[int]:
    """x, y, width, height."""
    return [r.x(), r.y(), r.width(), r.height()]


def frame_on_screen(window: QWidget) -> QRect:
    """The window with the frame the window manager drew round it, as the X server says.

    Qt's own frameGeometry() is a cache: shown again at once with a new size, the window was
    framed by openbox while Qt still reported no frame (seen under load in CI). The window
    manager's _NET_FRAME_EXTENTS (left, right, top, bottom) is the truth the user sees.
    """
    done = subprocess.run(
        ["xprop", "-id", str(int(window.winId())), "_NET_FRAME_EXTENTS"],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"= (\d+), (\d+), (\d+), (\d+)", done.stdout)
    left, right, top, bottom = (int(n) for n in found.groups()) if found else (0, 0, 0, 0)
    return window.geometry().adjusted(-left, -top, right, bottom)


def main() -> None:
    """Show each kind in turn and report where it lies."""
    app = QApplication([])
    data = Path(sys.argv[1])
    context = AppContext(open_store(data, migrations_dir()), UiState(data), clock=lambda: NOW)
    snack = snack_choices(context.store, context.library)[0]
    window = ReminderWindow()
    kinds: dict[str, object] = {}
    report = {"screen": rect(app.primaryScreen().geometry()), "kinds": kinds}
    for kind, occasion in DUES.items():
        sat = timedelta(minutes=40) if kind is ReminderKind.SITTING_BREAK else None
        due = Due(occasion, NOW, DueReason.ON_TIME, 0, sat)
        window.show_due(due, snack if kind is ReminderKind.SITTING_BREAK else None, 10, NOW)
        wait_until(lambda: window.isVisible() and window.windowHandle().isExposed())
        # Under a window manager the frame comes a moment later and the window is placed again.
        wait_until(lambda: False, FRAME_SETTLE_MS * 3)
        every = (window.done_button, window.open_button, window.snooze_button, window.skip_button)
        buttons = {
            b.text(): rect(QRect(b.mapToGlobal(b.rect().topLeft()), b.size()))
            for b in every
            if b.isVisible()
        }
        framed = frame_on_screen(window)
        kinds[kind.value] = {
            "window": rect(framed),
            "framed": framed != window.geometry(),
            "buttons": buttons,
        }
        window.withdraw()
        # Reminders come minutes apart: the window manager has let the last one go before the
        # next one is shown.
        wait_until(lambda: not window.windowHandle().isExposed())
        wait_until(lambda: False, FRAME_SETTLE_MS * 3)
    print(json.dumps(report), flush=True)
    window.deleteLater()
    context.store.close()
    app.processEvents()


if __name__ == "__main__":
    main()
