"""Run by test_quit.py: start the app with one thing open, then choose Quit, as from the tray.

`python quit_child.py DATA SCENARIO`. The clock is fixed, so what is due never depends on when
the test runs. Prints one JSON line when the thing is on screen ("ready") and one when the
event loop has ended ("ended"); the test times the gap between "ready" and the process's end.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.services.programmes import start_starter_programme
from companion.services.reminders import load_scheduler, save_scheduler
from companion.services.safety_plan import save_clearance
from companion.services.screening import record_screening
from companion.ui.companion_app import CompanionApp
from companion.ui.context import AppContext
from companion.ui.sections import build_sections
from companion.ui.ui_state import UiState

# 19:05 on a Tuesday: the daily check-in (19:00 by default) is due, so a reminder shows.
NOW = datetime(2026, 3, 10, 19, 5, tzinfo=ZoneInfo("Europe/London"))
POLL_MS = 50


def returning_user(context: AppContext) -> None:
    """Welcomed, screened, cleared and on a starter programme: nothing of the first run shows."""
    context.ui_state.set(UiState.WELCOMED, True)
    context.ui_state.sync()
    answers = {question.id: False for question in QUESTIONS}
    record_screening(context.store, answers, ScreeningReason.FIRST_RUN, NOW)
    save_clearance(context.store, (), NOW)  # none of the conditions applies
    start_starter_programme(context.store, context.library, "gentle-start", NOW)
    # The reminders have run before, since a week ago: today's 19:00 check-in is owed now.
    first_start = NOW - timedelta(days=7)
    scheduler = load_scheduler(context.store)
    scheduler.begin(first_start)
    save_scheduler(context.store, scheduler, first_start)


def _open_dialogs() -> list[str]:
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())


def main() -> None:
    """Open the scenario's window, say "ready", quit through the tray's slot, say "ended"."""
    app = QApplication([])
    data, scenario = Path(sys.argv[1]), sys.argv[2]
    context = AppContext(open_store(data, migrations_dir()), UiState(data), clock=lambda: NOW)
    if scenario != "welcome":
        returning_user(context)
    companion = CompanionApp(app, context, build_sections)
    companion.start(minimized=False)
    if scenario == "safety":
        companion.open_safety_questions()
    elif scenario == "player":
        companion.open_session()

    def is_open() -> bool:
        shown = {type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()}
        wanted = {
            "reminder": "ReminderWindow",
            "welcome": "WelcomeDialog",
            "safety": "ScreeningDialog",
            "player": "SessionPlayer",
            "window": "MainWindow",
        }[scenario]
        return wanted in shown

    def wait_until_open() -> None:
        if not is_open():
            QTimer.singleShot(POLL_MS, wait_until_open)
            return
        print(json.dumps({"ready": _open_dialogs()}), flush=True)
        if companion.tray is not None:
            companion.tray.quit_action.trigger()
        else:
            companion.quit()

    QTimer.singleShot(0, wait_until_open)
    status = app.exec()
    context.ui_state.sync()
    report = {
        "ended": status,
        "welcomed": bool(UiState(data).get(UiState.WELCOMED)),
        "screening_opened": companion.screening is not None,
        "dialogs": [
            type(w).__name__
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
        ],
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
