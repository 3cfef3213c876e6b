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


FORM_CHILD = Path(__file__).with_name("tray_form_child.py")


def test_a_start_at_login_waits_in_the_tray_without_the_orm(
    x_display: str, tray_host: None, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    data = str(tmp_path / "data")
    for mode in ("prepare", "run"):
        result = subprocess.run(
            [sys.executable, str(FORM_CHILD), mode, data],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["form"] is True
    # In the tray: icon and the full app's menu, the scheduler's timer armed, and none of the
    # ORM, Alembic, matplotlib or the pages loaded.
    assert report["heavy_in_tray"] == []
    assert report["tray_visible"] is True
    assert report["windows_in_tray"] == []
    assert report["timer_armed"] is True
    menu = report["menu_in_tray"]
    assert any(t.startswith("Check in") for t in menu) and "Quit" in menu
    assert "Reminders paused until tomorrow" in menu
    assert "Reminders paused until tomorrow" in report["tooltip_in_tray"]
    # "Check in…" woke the full app on the same icon: the window is up, the menu is the full
    # app's (one of each entry), and the store's modules are loaded now.
    assert "MainWindow" in report["windows_awake"]
    assert "sqlalchemy" in report["heavy_awake"]
    assert report["tray_visible_awake"] is True
    awake = report["menu_awake"]
    assert sum(t.startswith("Check in") for t in awake) == 1
    assert "Reminders paused until tomorrow" in awake
