"""matplotlib is loaded in the background once the window is up, never at start-up and never
by a start in the tray: each case in a fresh process, where nothing else has imported it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import json, os, sys
from datetime import datetime, timezone
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.ui import companion_app
from companion.ui.context import AppContext
from companion.ui.sections import build_sections
from companion.ui.ui_state import UiState
data = Path(sys.argv[1])
now = datetime(2026, 3, 10, 10, 0, tzinfo=timezone.utc)  # what is due never depends on the hour
context = AppContext(open_store(data, migrations_dir()), UiState(data), clock=lambda: now)
companion = companion_app.CompanionApp(app, context, build_sections, use_tray=False)
if sys.argv[2] == "window":
    companion.start(minimized=False)
seen = {}
def look(when):
    seen[when] = "matplotlib.figure" in sys.modules
def look_later():
    # After the warm-up timer has fired, wait for the import it started however busy the
    # machine is (it took over 2.5 s under load), then look.
    context.tasks.wait(45_000)
    look("later")
    companion.quit()
QTimer.singleShot(300, lambda: look("soon"))
QTimer.singleShot(companion_app.CHARTS_WARM_UP_MS + 500, look_later)
app.exec()
print(json.dumps(seen))
"""


@pytest.mark.parametrize(("start", "later"), [("window", True), ("no-window", False)])
def test_charts_load_in_the_background_only_with_a_window(
    data_dir: Path, start: str, later: bool
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), start],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"soon": False, "later": later}
