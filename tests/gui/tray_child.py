"""Run by test_tray_xserver.py on a real X server: the app's tray icon, menu and close-to-tray.

The clock is fixed at a time when the daily check-in is due, so a reminder is on screen when
the window closes and Quit is chosen: Quit must end the process all the same.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from quit_child import NOW, returning_user  # beside this file

from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.ui.companion_app import CompanionApp
from companion.ui.context import AppContext
from companion.ui.sections import build_sections
from companion.ui.ui_state import UiState

POLL_MS = 20


def poll(check: object, then: object, tries: int = 500) -> None:
    """Call `then` once `check()` holds (or after `tries` polls, to report what was seen)."""
    if check() or tries <= 0:  # type: ignore[operator]
        then()  # type: ignore[operator]
        return
    QTimer.singleShot(POLL_MS, lambda: poll(check, then, tries - 1))


def main() -> None:
    """Start the app with its tray, close the window, report what happened as JSON."""
    app = QApplication([])
    data = Path(sys.argv[1])
    store = open_store(data, migrations_dir())
    context = AppContext(store, UiState(data), clock=lambda: NOW)
    returning_user(context)
    companion = CompanionApp(app, context, build_sections)
    companion.start(minimized=False)
    report: dict[str, object] = {"tray_available": QSystemTrayIcon.isSystemTrayAvailable()}
    tray = companion.tray

    def after_close() -> None:
        report["window_visible_after_close"] = companion.window.isVisible()
        report["reminder_visible_at_quit"] = companion.reminders.window.isVisible()
        report["told_about_the_tray"] = context.ui_state.get(UiState.TRAY_HINT_SHOWN)
        report["still_running"] = True
        print(json.dumps(report), flush=True)
        assert tray is not None
        tray.quit_action.trigger()  # as the user does from the tray menu

    def inspect() -> None:
        report["tray_visible"] = bool(tray and tray.icon.isVisible())
        geometry = tray.icon.geometry() if tray else None
        report["tray_geometry"] = (
            [geometry.x(), geometry.y(), geometry.width(), geometry.height()] if geometry else None
        )
        report["menu"] = [a.text() for a in tray.menu.actions() if a.text()] if tray else []
        companion.window.close()
        poll(lambda: not companion.window.isVisible(), after_close)

    QTimer.singleShot(
        0,
        lambda: poll(
            lambda: (
                tray is not None
                and not tray.icon.geometry().isEmpty()
                and companion.window.isVisible()
                and companion.reminders.window.isVisible()
            ),
            inspect,
        ),
    )
    app.exec()


if __name__ == "__main__":
    main()
