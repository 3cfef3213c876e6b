"""Run by test_tray_xserver.py: `prepare DIR` makes a returning user's data folder (reminders
paused until tomorrow, so nothing falls due); `run DIR` starts the app as at login
(`--minimized`) on a fixed clock, reports the tray form as JSON (which heavy modules are loaded,
the tray and its menu), picks "Check in…" from the menu and reports the full app that woke."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEAVY = (
    "sqlalchemy",
    "alembic",
    "matplotlib",
    "companion.ui.main_window",
    "companion.storage.models",
)
POLL_MS = 20


def prepare(data: Path) -> None:
    from PySide6.QtWidgets import QApplication
    from quit_child import NOW, returning_user  # beside this file

    from companion.paths import migrations_dir
    from companion.reminders.decisions import PauseLength
    from companion.services.data_store import open_store
    from companion.services.questionnaires import all_due_items, questionnaires_folder
    from companion.services.reminders import load_scheduler, save_scheduler
    from companion.ui.context import AppContext
    from companion.ui.ui_state import UiState

    _app = QApplication([])
    store = open_store(data, migrations_dir())
    context = AppContext(store, UiState(data), clock=lambda: NOW)
    returning_user(context)
    # The full app ran today and was paused until tomorrow: the tray form has nothing to show.
    scheduler = load_scheduler(store)
    folder = questionnaires_folder(data)
    due = {d.measure_id: d.due_on for d in all_due_items(store, folder, NOW.date())}
    scheduler.set_questionnaires_due(NOW, due)  # looked up today, as the full runner does
    scheduler.pause(NOW, PauseLength.UNTIL_TOMORROW)
    save_scheduler(store, scheduler, NOW)
    store.close()


def run(data: Path) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

    import companion.app

    now = datetime(2026, 3, 10, 19, 6, tzinfo=ZoneInfo("Europe/London"))  # quit_child's NOW
    companion.app._local_now = lambda: now  # type: ignore[assignment]
    forms: list[object] = []
    make_form = companion.app._tray_form

    def capture(root: Path) -> object:
        form = make_form(root)
        forms.append(form)
        QTimer.singleShot(300, look_at_the_form)  # the QApplication exists by now
        return form

    companion.app._tray_form = capture  # type: ignore[assignment]
    report: dict[str, object] = {}

    def look_at_the_form() -> None:
        form = forms[0]
        report["form"] = form is not None
        if form is None:
            print(json.dumps(report), flush=True)
            QApplication.exit(3)
            return
        tray = form.tray  # type: ignore[attr-defined]
        report["heavy_in_tray"] = [name for name in HEAVY if name in sys.modules]
        report["tray_visible"] = tray.icon.isVisible()
        report["menu_in_tray"] = [a.text() for a in tray.menu.actions() if a.text()]
        report["tooltip_in_tray"] = tray.icon.toolTip()
        report["timer_armed"] = form.wake_in_ms > 0  # type: ignore[attr-defined]
        report["windows_in_tray"] = [  # the xcb tray icon is a plain QWidget: not counted
            type(w).__name__
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, QMainWindow | QDialog)
        ]
        check_in = next(a for a in tray.menu.actions() if a.text().startswith("Check in"))
        check_in.trigger()  # as the user does from the tray menu
        QTimer.singleShot(500, look_at_the_full_app)

    def look_at_the_full_app() -> None:
        tray = forms[0].tray  # type: ignore[attr-defined]
        report["heavy_awake"] = [name for name in HEAVY if name in sys.modules]
        report["windows_awake"] = sorted(
            type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
        )
        report["menu_awake"] = [a.text() for a in tray.menu.actions() if a.text()]
        report["tray_visible_awake"] = tray.icon.isVisible()
        print(json.dumps(report), flush=True)
        tray.quit_action.trigger()

    return companion.app.main(["companion", "--minimized", "--data-dir", str(data)])


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "prepare":
        prepare(folder)
    else:
        sys.exit(run(folder))
