"""Run by test_reminder_placement.py on an X server: show each kind of reminder and report the
window's and its visible buttons' screen rectangles as JSON."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from child_tools import wait_until  # beside this file
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

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
        kinds[kind.value] = {
            "window": rect(window.frameGeometry()),
            "framed": window.frameGeometry() != window.geometry(),
            "buttons": buttons,
        }
        window.withdraw()
    print(json.dumps(report), flush=True)
    window.deleteLater()
    context.store.close()
    app.processEvents()


if __name__ == "__main__":
    main()
