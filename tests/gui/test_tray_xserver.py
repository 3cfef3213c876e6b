"""On a real X server with a tray host: the tray icon registers and closing keeps the app alive.

pytest-xvfb starts the X server; these tests must run in CI (they fail, never skip, when the
X server or the tray host is missing).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xserver
CHILD = Path(__file__).with_name("tray_child.py")


def test_tray_icon_registers_and_close_hides_to_tray(
    x_display: str, tray_host: None, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["tray_available"] is True
    assert report["tray_visible"] is True
    _x, y, width, height = report["tray_geometry"]
    assert width > 0 and height > 0 and y < 24  # embedded in the tray panel along the top
    assert "Quit" in report["menu"] and any(t.startswith("Open") for t in report["menu"])
    assert any(t.startswith("Check in") for t in report["menu"])
    assert report["window_visible_after_close"] is False
    assert report["still_running"] is True
    assert report["told_about_the_tray"] is True  # the one-time note on the first close
    # Quit from the tray menu ended the process although a reminder was on screen.
    assert report["reminder_visible_at_quit"] is True
