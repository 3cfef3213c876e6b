"""Reminders on a real X server: idle time comes from the X server and synthetic input resets
it; a due reminder shows without taking the keyboard from the window the user types in; Done,
clicked with real X input, logs the movement snack.

pytest-xvfb starts the X server; like the tray test these must run in CI and fail (never skip)
when Xvfb, xdotool or trayer are missing.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from companion.system.desktop_state import DesktopWatcher
from companion.system.idle import detect_idle_source
from tests.gui.conftest import run_x_child, wait_for

pytestmark = pytest.mark.xserver
CHILD = Path(__file__).with_name("reminder_child.py")
REPO = Path(__file__).resolve().parents[2]


def _input(xdotool: list[str], x_display: str, *args: str) -> None:
    subprocess.run(
        [*xdotool, *args], env=dict(os.environ, DISPLAY=x_display), check=True, timeout=10
    )


def test_idle_time_comes_from_the_x_server_and_input_resets_it(
    x_display: str, xdotool: list[str]
) -> None:
    found = detect_idle_source({"DISPLAY": x_display, "PATH": os.environ.get("PATH", "")})
    assert found.source is not None, found.reason
    source = found.source
    try:
        assert "X11" in source.name
        _input(xdotool, x_display, "mousemove", "50", "50")
        wait_for(lambda: (source.idle_seconds() or 0) >= 1.3, "1.3 s without input")
        quiet = source.idle_seconds()
        assert quiet is not None and 1.3 <= quiet < 10

        _input(xdotool, x_display, "mousemove", "80", "90")
        moved = source.idle_seconds()
        assert moved is not None and moved < 0.5

        wait_for(lambda: (source.idle_seconds() or 0) >= 0.6, "0.6 s without input")
        _input(xdotool, x_display, "key", "shift")
        typed = source.idle_seconds()
        assert typed is not None and typed < 0.5
    finally:
        source.close()


def test_without_a_window_manager_full_screen_is_unknown_not_false(x_display: str) -> None:
    watcher = DesktopWatcher({"DISPLAY": x_display, "XDG_SESSION_TYPE": "x11", "PATH": ""})
    try:
        # Xvfb has no window manager to name the active window: the honest answer is None.
        assert watcher.read().fullscreen is None
    finally:
        watcher.close()


def test_due_reminder_shows_without_taking_focus_and_done_logs_the_snack(
    x_display: str, xdotool: list[str], tray_host: None, tmp_path: Path
) -> None:
    result = run_x_child(CHILD, x_display, str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])

    # Idle time was read from this X server.
    assert report["idle_available"] is True, report["idle_source"]
    assert report["idle_seconds"] is not None and report["idle_seconds"] < 60
    # The first wake: about five minutes (the natural-break threshold), whole seconds.
    assert 1_000 <= report["first_wake_ms"] <= 301_000

    # The user was typing in another window when the reminder came.
    assert report["editor_active"] is True
    assert report["typed_before"] == "abc"
    assert report["window_visible"] is True
    assert report["sat_minutes"] >= 10

    # It did not take the keyboard: focus stayed, and typing went on landing in the editor.
    assert report["reminder_active"] is False
    assert report["focus_window_is_editor"] is True
    assert report["editor_active_after_show"] is True
    assert report["x_focus_after_show"] == report["x_focus_before"]
    assert report["typed_after_show"] == "abcdef"
    assert report["editor_active_after_forced_activate"] is True
    assert report["x_focus_after_forced_activate"] == report["x_focus_before"]
    # ... and an ordinary window shown the same way does take it, so the check can fail.
    assert report["control_took_focus"] is True

    # Done, clicked with real input, logged the snack and did not move the focus either.
    assert report["window_hidden_after_done"] is True
    assert len(report["snacks"]) == 1
    assert ["sitting_break", "done"] in report["events"]
    assert report["x_focus_after_done"] == report["x_focus_before"]
    assert report["focus_window_is_editor_after_done"] is True

    # The tray icon registered, with the pause submenu and a tooltip naming the reminder.
    assert report["tray_visible"] is True
    assert any(t.replace("&", "").startswith("Pause reminders") for t in report["tray_menu"])
    assert report["tooltip"].splitlines()[-1] == "Sitting break due now"
    assert "Sitting break due now" in report["tray_menu"]
