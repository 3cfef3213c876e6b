"""Quit always quits: whatever is open (a reminder, the welcome, the safety questions, the
session player, the main window), choosing Quit ends the process within 5 seconds.

Each case runs the app in its own process with a fixed clock (tests/gui/quit_child.py), so what
is due never depends on the hour the test runs. Qt's own quit() asks every window to close and
gives up when one refuses; a reminder refuses (closing it means snooze), which used to leave
the app running without its tray icon.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("quit_child.py")
QUIT_WITHIN_S = 5.0


def _quit_with(scenario: str, data: Path, env: dict[str, str]) -> tuple[float, dict[str, object]]:
    """Run the child until the scenario's window is up; return seconds to exit and its report."""
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(data), scenario],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        ready = process.stdout.readline()  # blocks until the window is on screen
        started = time.monotonic()
        try:
            process.wait(QUIT_WITHIN_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            pytest.fail(f"{scenario}: still running {QUIT_WITHIN_S} s after Quit")
        took = time.monotonic() - started
        ended = process.stdout.read().strip().splitlines()
        errors = process.stderr.read()
    assert ready.startswith("{"), errors
    assert process.returncode == 0, errors
    return took, {**json.loads(ready), **json.loads(ended[-1])}


@pytest.mark.parametrize("scenario", ["reminder", "welcome", "safety", "player", "window"])
def test_quit_ends_the_app_whatever_is_open(tmp_path: Path, scenario: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    took, report = _quit_with(scenario, tmp_path / "data", env)
    assert took < QUIT_WITHIN_S
    assert report["ended"] == 0
    assert report["dialogs"] == []


def test_the_reminder_case_really_has_a_reminder_on_screen(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    _took, report = _quit_with("reminder", tmp_path / "data", env)
    assert "ReminderWindow" in report["ready"]  # type: ignore[operator]


def test_quitting_during_the_welcome_does_not_count_as_welcomed(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    _took, report = _quit_with("welcome", tmp_path / "data", env)
    assert "WelcomeDialog" in report["ready"]  # type: ignore[operator]
    assert report["welcomed"] is False
    assert report["screening_opened"] is False
