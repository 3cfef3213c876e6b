"""Run by test_tray_xserver.py on a real X server: the app's tray icon, menu and close-to-tray."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.ui.companion_app import CompanionApp
from companion.ui.context import AppContext
from companion.ui.sections import build_sections
from companion.ui.ui_state import UiState


def main() -> None:
    """Start the app with its tray, close the window, report what happened as JSON."""
    app = QApplication([])
    data = Path(sys.argv[1])
    store = open_store(data, migrations_dir())
    companion = CompanionApp(app, AppContext(store, UiState(data)), build_sections)
    companion.start(minimized=False)
    report: dict[str, object] = {"tray_available": QSystemTrayIcon.isSystemTrayAvailable()}

    def after_close() -> None:
        report["window_visible_after_close"] = companion.window.isVisible()
        report["still_running"] = True
        print(json.dumps(report), flush=True)
        companion.quit()

    def inspect() -> None:
        tray = companion.tray
        report["tray_visible"] = bool(tray and tray.icon.isVisible())
        geometry = tray.icon.geometry() if tray else None
        report["tray_geometry"] = (
            [geometry.x(), geometry.y(), geometry.width(), geometry.height()] if geometry else None
        )
        report["menu"] = [a.text() for a in tray.menu.actions() if a.text()] if tray else []
        companion.window.close()
        QTimer.singleShot(300, after_close)

    QTimer.singleShot(1500, inspect)
    app.exec()


if __name__ == "__main__":
    main()
