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


def back_to_english(qapp: QApplication) -> None:
    """Undo apply_language: the next words are English again, with the system's formats."""
    from PySide6.QtCore import QLocale

    from companion.ui import language

    while language._installed:
        qapp.removeTranslator(language._installed.pop())
    QLocale.setDefault(QLocale.system())
    language._state["region"] = language.Region(language.ENGLISH, None)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app's words in German for one test, English again after it."""
    from companion.ui import language

    language.apply_language(qapp, "de")
    yield
    back_to_english(qapp)


@pytest.fixture
def english_again(qapp: QApplication) -> Iterator[None]:
    """Whatever a test chose, the next test starts in English with the system's formats."""
    yield
    back_to_english(qapp)


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


class TraySelection:
    """Watches who owns the system-tray selection of screen 0, over one X connection (opening
    one per look, fifty times a second, left trayer unable to connect now and then)."""

    def __init__(self, display: str) -> None:
        from companion.system.idle_x11 import load_xlib

        self._xlib = xlib = load_xlib()
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
        xlib.XGetSelectionOwner.restype = ctypes.c_ulong
        xlib.XGetSelectionOwner.argtypes = (ctypes.c_void_p, ctypes.c_ulong)
        self._connection = xlib.XOpenDisplay(display.encode())
        assert self._connection, f"cannot open the X display {display}"
        self._atom = xlib.XInternAtom(self._connection, b"_NET_SYSTEM_TRAY_S0", 0)

    def owned(self) -> bool:
        """True once a tray host owns the selection."""
        return bool(self._xlib.XGetSelectionOwner(self._connection, self._atom))

    def close(self) -> None:
        """Close the connection."""
        self._xlib.XCloseDisplay(self._connection)


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
    command = [trayer, "--edge", "top", "--align", "right", "--widthtype", "request"]
    selection = TraySelection(x_display)
    process: subprocess.Popen[bytes] | None = None
    try:
        for _attempt in range(3):  # trayer now and then fails to connect: start it again
            process = subprocess.Popen(
                [*command, "--height", "24"],
                env=dict(os.environ, DISPLAY=x_display),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while not selection.owned() and process.poll() is None:
                assert time.monotonic() < deadline, "gave up waiting for trayer's tray"
                time.sleep(0.02)
            if selection.owned():
                break
        assert selection.owned(), "trayer did not start (see README: apt-get install trayer)"
        yield
    finally:
        selection.close()
        if process is not None:
            process.terminate()
            process.wait(10)


def run_x_child(
    script: Path, display: str, *args: str, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """Run one of the child scripts beside this file on the X server `display`, as an app
    started from an X11 desktop would run (the code under test on its import path)."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11"}
    env.pop("WAYLAND_DISPLAY", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
