"""A returning user's start paints its first frame, Today with its data included, before the
store, and SQLAlchemy behind it, is loaded; the store follows, and a save made before it is
loaded opens it at once. In a fresh process (offscreen), where nothing else has imported the
ORM."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, last_checkin, record_checkin
from companion.services.data_store import open_store
from companion.ui.ui_state import UiState

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import companion.app
from companion.ui.main_window import MainWindow
from companion.ui.widgets.wheel_guard import WheelGuard

seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            window = getattr(watched, "window", lambda: None)()
            if isinstance(window, MainWindow):
                today = window.built_section("today")
                seen["paint"] = {
                    "orm_loaded": "sqlalchemy" in sys.modules,
                    "today_built": today is not None,
                    "last_checkin": today.last_label.text() if today is not None else "",
                }
                if sys.argv[2] == "save at once" and today is not None:
                    QTimer.singleShot(0, lambda: save_at_once(today))
        return False

def save_at_once(today):
    seen["before save"] = {"orm_loaded": "sqlalchemy" in sys.modules}
    today.form.leg_pain.set_value(9)
    seen["saved"] = today.form.save() is not None

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
            "wheel_guarded": app.findChild(WheelGuard) is not None,
        }
        app.exit(0)

    QTimer.singleShot(3000, later)
    return original_exec()

QApplication.exec = exec_and_look
status = companion.app.main(["companion", "--data-dir", sys.argv[1]])
seen["after"] = {"orm_loaded": "sqlalchemy" in sys.modules}
print(json.dumps({"status": status, **seen}))
"""


def _start(data_dir: Path, mode: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] == 0
    assert seen["sections"][0] == "today"
    return seen


def _returning_user(data_dir: Path, *, welcomed: bool = True) -> None:
    store = open_store(data_dir, migrations_dir())
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=4), datetime.now(UTC))
    store.close()
    state = UiState(data_dir)
    state.set(UiState.WELCOMED, welcomed)
    state.sync()


def test_today_is_painted_with_its_data_before_the_store_opens(data_dir: Path) -> None:
    _returning_user(data_dir)
    seen = _start(data_dir, "look")
    # The first frame: Today with the last check-in, drawn with no ORM loaded.
    assert seen["paint"]["orm_loaded"] is False
    assert seen["paint"]["today_built"] is True
    assert "leg pain 4, back pain 2" in seen["paint"]["last_checkin"]
    # Right after it, the store is open behind the same page.
    assert seen["later"]["orm_loaded"] is True
    assert seen["later"]["today"] == "TodayView"
    assert seen["later"]["last_checkin"] == seen["paint"]["last_checkin"]
    # The wheel guard came with the first frame's paint (installed once it was drawn).
    assert seen["later"]["wheel_guarded"] is True


def test_a_save_right_after_the_first_frame_opens_the_store_at_once(data_dir: Path) -> None:
    _returning_user(data_dir)
    seen = _start(data_dir, "save at once")
    assert seen["before save"] == {"orm_loaded": False}
    assert seen["saved"] is True
    assert "leg pain 9" in seen["later"]["last_checkin"]
    store = open_store(data_dir, migrations_dir())
    latest = last_checkin(store)
    store.close()
    assert latest is not None and latest.leg_pain == 9


def test_a_new_diary_paints_the_section_list_before_the_store_opens(data_dir: Path) -> None:
    open_store(data_dir, migrations_dir()).close()
    state = UiState(data_dir)
    state.set(UiState.WELCOMED, True)
    state.sync()
    seen = _start(data_dir, "look")
    assert seen["paint"]["orm_loaded"] is False
    # An empty diary is read the same way: Today is in the first frame.
    assert seen["paint"]["today_built"] is True
    assert seen["later"]["orm_loaded"] is True
    assert seen["later"]["last_checkin"].startswith("No check-in yet")
