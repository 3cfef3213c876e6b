"""The mouse wheel never changes data by accident: scrolling the Today page over "Walking"
used to turn "not recorded" into "10 min". Fields take the wheel only with the keyboard focus;
charts never take it; the page scrolls instead.

Qt passes a wheel event on to the parent only when it came from the system, so the notches are
real ones: xdotool on an X server, in a child process (tests/gui/wheel_child.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.ui.widgets.wheel_guard import install_wheel_guard
from tests.gui.conftest import run_x_child

CHILD = Path(__file__).with_name("wheel_child.py")


@pytest.mark.xserver
def test_the_wheel_scrolls_the_page_over_fields_and_charts(
    x_display: str, xdotool: list[str], tmp_path: Path
) -> None:
    result = run_x_child(CHILD, x_display, str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "scrolls_over_walking": True,
        "scrolls_over_sleep": True,
        "walking_kept": True,  # still "not recorded"
        "sleep_kept": True,
        "focused_field_steps": True,  # a field the user chose does take the wheel
        "scrolls_over_chart": True,
    }


def test_the_guard_is_installed_once(qapp: QApplication) -> None:
    assert install_wheel_guard(qapp) is install_wheel_guard(qapp)
