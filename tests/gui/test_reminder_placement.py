"""Reminder windows stay whole on screen: placed by their real size in the tray's corner.

The placement is a function of the window's size, the tray's geometry and the screens, tested
as a table (scale 1, 1.5 and 2; the tray on a second screen). On a real X server at 1366×768
and 1920×1080 every kind of reminder, and each of its buttons, lies inside the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from companion.ui.reminders.reminder_window import SCREEN_MARGIN, reminder_position
from tests.gui.conftest import run_x_child

M = SCREEN_MARGIN
CHILD = Path(__file__).with_name("placement_child.py")


def _logical(width: int, height: int, scale: float, panel: int = 0) -> QRect:
    """A screen's available geometry in Qt's device-independent pixels at `scale`."""
    return QRect(0, 0, round(width / scale), round(height / scale) - panel)


LAPTOP = _logical(1366, 768, 1, panel=28)  # a panel along the bottom: 1366 × 740 left
UNDER_TRAYER = QRect(0, 24, 1366, 744)  # trayer's panel along the top
SCALED_15, SCALED_2 = _logical(1366, 768, 1.5), _logical(1366, 768, 2)  # 911 × 512, 683 × 384
WIDE, RIGHT = QRect(0, 0, 1920, 1080), QRect(1920, 0, 1366, 768)
LEFT_LOW = QRect(-1366, 312, 1366, 768)  # a second screen left of the primary, lower down
W = QSize(360, 220)
CASES = [
    # (name, window size, screens, tray, expected top-left)
    ("no tray: bottom right", W, [LAPTOP], None, QPoint(1366 - 360 - M, 740 - 220 - M)),
    ("tray bottom right", W, [LAPTOP], QRect(1330, 744, 22, 22), QPoint(1006 - M, 520 - M)),
    ("tray top right", W, [UNDER_TRAYER], QRect(1344, 0, 22, 22), QPoint(1006 - M, 24 + M)),
    ("tray bottom left", W, [LAPTOP], QRect(4, 744, 22, 22), QPoint(M, 520 - M)),
    ("scale 1.5", QSize(360, 300), [SCALED_15], None, QPoint(911 - 360 - M, 512 - 300 - M)),
    ("scale 2: taller than margin", QSize(360, 370), [SCALED_2], None, QPoint(683 - 360 - M, 0)),
    ("scale 2: taller than screen", QSize(360, 500), [SCALED_2], None, QPoint(683 - 360 - M, 0)),
    ("wider than the screen", QSize(800, 200), [SCALED_2], None, QPoint(0, 384 - 200 - M)),
    ("tray on the second screen", W, [WIDE, RIGHT], QRect(3250, 2, 22, 22), QPoint(2926 - M, M)),
    ("screen left, lower", W, [WIDE, LEFT_LOW], QRect(-40, 1050, 22, 22), QPoint(-384, 836)),
    ("tray geometry unknown", W, [LAPTOP], QRect(), QPoint(1006 - M, 520 - M)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("size", "screens", "tray", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_reminder_position(
    size: QSize, screens: list[QRect], tray: QRect | None, expected: QPoint
) -> None:
    at = reminder_position(size, screens, tray)
    assert at == expected
    placed = QRect(at, size)
    area = next((s for s in screens if tray and s.contains(tray.center())), screens[0])
    if size.width() <= area.width() and size.height() <= area.height():
        assert area.contains(placed), f"{placed} is not inside {area}"


@pytest.mark.xserver
@pytest.mark.parametrize(
    ("width", "height", "window_manager"),
    [(1366, 768, False), (1920, 1080, False), (1366, 768, True)],
    ids=["1366x768", "1920x1080", "1366x768 framed by a window manager"],
)
def test_every_reminder_and_button_lies_inside_the_screen(
    tmp_path: Path, width: int, height: int, window_manager: bool
) -> None:
    # Its own X server at the size wanted (pytest-xvfb's has one size for the whole run).
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten",
         "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as display_number:
            display = f":{display_number.readline().strip()}"
        # openbox (installed by .ci/run) adds a title bar and borders: the whole frame must fit.
        framer = (
            subprocess.Popen(
                ["openbox"], env={**os.environ, "DISPLAY": display},
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            if window_manager
            else None
        )  # fmt: skip
        try:
            if framer is not None:
                time.sleep(1)  # openbox manages windows mapped after it has started
            result = run_x_child(CHILD, display, str(tmp_path / "data"))
        finally:
            if framer is not None:
                framer.terminate()
                framer.wait(10)
    finally:
        server.terminate()
        server.wait(10)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    screen = QRect(*report["screen"])
    assert (screen.width(), screen.height()) == (width, height)
    kinds = {"sitting_break", "exercise_session", "check_in", "questionnaire"}
    assert set(report["kinds"]) == kinds
    for kind, shown in report["kinds"].items():
        window = QRect(*shown["window"])
        if window_manager:
            assert shown["framed"], f"{kind}: the window manager gave no frame"
        assert screen.contains(window), f"{kind}: window {window} is not inside {screen}"
        assert shown["buttons"], f"{kind}: no button visible"
        for name, rect in shown["buttons"].items():
            assert screen.contains(QRect(*rect)), f"{kind}: {name} {rect} is off the screen"
