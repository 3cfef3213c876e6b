"""Shedding on a real X server with a tray host: after the set time with nothing on screen, the
full app re-executes itself into its tray form, in the same process, keeping the data folder's
lock all along (a second process never gets it) and giving back the ORM's memory."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.system.instance import DataFolderLock

pytestmark = pytest.mark.xserver
FORM_CHILD = Path(__file__).with_name("tray_form_child.py")
REPO = Path(__file__).resolve().parents[2]
APP = (sys.executable, "-m", "companion")
ORM_LIBRARIES = ("_asyncio", "_ssl")  # what importing SQLAlchemy maps into the process


def _mapped(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text("utf-8")


def _arguments(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")


def _wait(check: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_shedding_keeps_the_lock_and_gives_back_the_orm(
    x_display: str, tray_host: None, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, str(FORM_CHILD), "prepare", str(data)], env=env, check=True, timeout=60
    )
    # A pick from the tray menu wakes the full app; here a reminder state never begun does
    # the same at start: the full app runs, in the tray, with nothing on screen.
    with sqlite3.connect(data / "companion.db") as connection:
        connection.execute("DELETE FROM preferences WHERE key = 'reminders.state'")
    connection.close()
    app = subprocess.Popen(
        [*APP, "--minimized", "--data-dir", str(data), "--shed-after", "0.05"],  # 3 s
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = DataFolderLock(data)
    try:
        assert _wait(lambda: all(k in _mapped(app.pid) for k in ORM_LIBRARIES), 30), (
            "the full app did not load"
        )
        assert lock.held_by_other()
        # Shedding: the same process, now in its tray form, without the ORM; the lock held by
        # it at every look in between.
        held_throughout = True

        def shed() -> bool:
            nonlocal held_throughout
            held_throughout &= lock.held_by_other()
            return "--shed" in _arguments(app.pid)

        assert _wait(shed, 30), "the app did not shed"
        assert app.poll() is None
        time.sleep(2)  # the tray form is up and ticking
        assert app.poll() is None
        assert held_throughout and lock.held_by_other()
        assert not any(k in _mapped(app.pid) for k in ORM_LIBRARIES)
    finally:
        app.terminate()
        _out, errors = app.communicate(timeout=30)
    assert "Traceback" not in errors, errors
