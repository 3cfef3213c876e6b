"""GUI tests see the words a user sees: the app's English translation (with its plural forms,
"1 exercise", "3 exercises") is compiled from the committed .ts and installed, as at start-up."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with companion_en.qm compiled from the committed source."""
    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = REPO / "resources" / "translations" / "companion_en.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(folder / "companion_en.qm")], check=True
    )
    return folder


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("companion_en", str(compiled_translations))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


# --- A real X server with a tray host (tests marked xserver; pytest-xvfb starts the server) ---


@pytest.fixture
def x_display(xvfb: object) -> str:
    """The DISPLAY of pytest-xvfb's server (these tests fail, never skip, without Xvfb)."""
    assert xvfb is not None, "Xvfb is needed for these tests (see README: apt-get install xvfb)"
    return f":{xvfb.display}"  # type: ignore[attr-defined]


@pytest.fixture
def xdotool(x_display: str) -> Iterator[list[str]]:
    """The xdotool command, for real X input."""
    found = shutil.which("xdotool")
    assert found, "xdotool is needed for these tests (see README: apt-get install xdotool)"
    yield [found]


def tray_selection_owned(display: str) -> bool:
    """True once a tray host owns the system-tray selection of screen 0 on `display`."""
    from companion.system.idle_x11 import load_xlib

    xlib = load_xlib()
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = (ctypes.c_void_p, ctypes.c_ulong)
    connection = xlib.XOpenDisplay(display.encode())
    assert connection, f"cannot open the X display {display}"
    try:
        atom = xlib.XInternAtom(connection, b"_NET_SYSTEM_TRAY_S0", 0)
        return bool(xlib.XGetSelectionOwner(connection, atom))
    finally:
        xlib.XCloseDisplay(connection)


def wait_for(check: Callable[[], bool], what: str, seconds: float = 10.0) -> None:
    """Poll `check` until it holds; fail naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.02)


@pytest.fixture
def tray_host(x_display: str) -> Iterator[None]:
    """trayer along the top edge, ready once it owns the tray selection."""
    trayer = shutil.which("trayer")
    assert trayer, "a tray host is needed for these tests (see README: apt-get install trayer)"
    process = subprocess.Popen(
        [trayer, "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
        env=dict(os.environ, DISPLAY=x_display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: tray_selection_owned(x_display), "trayer to own the tray selection")
        yield
    finally:
        process.terminate()
        process.wait(10)
