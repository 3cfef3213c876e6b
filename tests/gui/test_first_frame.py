"""A start with the window paints its first frame (the section list) before the store, and
SQLAlchemy behind it, is loaded; the Today page follows with its data. In a fresh process
(offscreen), where nothing else has imported the ORM."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.ui.ui_state import UiState

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import companion.app
from companion.ui.main_window import MainWindow

seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            window = getattr(watched, "window", lambda: None)()
            if isinstance(window, MainWindow):
                seen["paint"] = {
                    "orm_loaded": "sqlalchemy" in sys.modules,
                    "today_built": window.built_section("today") is not None,
                }
        return False

original_exec = QApplication.exec

def exec_and_look(*_args):
    app = QApplication.instance()
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    seen["sections"] = windows[0].section_keys() if windows else []

    def later():
        window = windows[0]
        today = window.built_section("today")
        seen["later"] = {
            "orm_loaded": "sqlalchemy" in sys.modules,
            "today": type(today).__name__,
            "last_checkin": today.last_label.text() if today is not None else "",
        }
        app.exit(0)

    QTimer.singleShot(3000, later)
    return original_exec()

QApplication.exec = exec_and_look
status = companion.app.main(["companion", "--data-dir", sys.argv[1]])
print(json.dumps({"status": status, **seen}))
"""


def test_the_window_is_painted_before_the_store_opens(data_dir: Path) -> None:
    open_store(data_dir, migrations_dir()).close()
    state = UiState(data_dir)
    state.set(UiState.WELCOMED, True)
    state.sync()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] == 0
    assert seen["sections"][0] == "today"
    # The first frame: drawn with no ORM loaded and no page built yet.
    assert seen["paint"] == {"orm_loaded": False, "today_built": False}
    # Right after it, the store is open and Today shows the (empty) diary.
    assert seen["later"]["orm_loaded"] is True
    assert seen["later"]["today"] == "TodayView"
    assert seen["later"]["last_checkin"]
