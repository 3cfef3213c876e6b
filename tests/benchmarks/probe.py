"""Runs a Qt program unchanged and says when it became interactive; used for app and baseline.

    python probe.py window|tray|cycle -m module [args...]
    python probe.py window|tray|cycle path/to/script.py [args...]

Before the program runs, QApplication.exec is wrapped, so the program itself needs no hook.
`window`: once the event loop runs, the first paint of the main window (the QMainWindow shown)
is awaited, then one more turn of the loop (input would now be handled); the probe prints one
JSON line and ends the event loop, so the program's own shutdown runs and it exits. With
BENCH_PROBE_FILLED=objectName, the same line also says when a widget of that name (the app's
first page, with its data) was first painted and the loop turned once more: an app that paints
its window before its data is measured to both moments. `tray`: once
the event loop has turned with the tray icon shown, the probe prints one JSON line and leaves the
program running (idle). `cycle`: as `tray`, then the window is opened from the tray menu's Open
entry, the Progress page shown and the window closed again, as a user does; a second line says
when it closed. BENCH_PROBE_GRAB=file.png saves what the window showed, to look at.

Times are CLOCK_MONOTONIC nanoseconds (system-wide on Linux, so the parent compares them with
its own clock). The same wrapper runs the app and the bare baselines, so its cost is in both.
"""

from __future__ import annotations

import gc
import json
import os
import runpy
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QSystemTrayIcon, QWidget

GIVE_UP_MS = 30_000


class _FirstPaint(QObject):
    """Waits for the first paint of the main window, then one more loop turn."""

    def __init__(self, app: QApplication, quit_after: bool) -> None:
        super().__init__()
        self._app = app
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        # On X11 the tray icon is a small top-level widget of its own: not the window we wait for.
        self._windows = [w for w in shown if isinstance(w, QMainWindow)] or shown
        self._quit_after = quit_after
        self._painted = False
        self._reported = False
        self._filled_name = os.environ.get("BENCH_PROBE_FILLED", "")
        self._filled_seen = False
        self._interactive: dict[str, Any] | None = None
        app.installEventFilter(self)
        QTimer.singleShot(GIVE_UP_MS, lambda: self._report(timed_out=True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() in self._windows
            and watched.window().windowHandle() is not None
            and watched.window().windowHandle().isExposed()
        ):
            if not self._painted:
                self._painted = True
                # Painting happens inside this event; the loop is free for input on its next
                # turn.
                QTimer.singleShot(0, self._mark_interactive)
            if (
                self._filled_name
                and not self._filled_seen
                and watched.objectName() == self._filled_name
            ):
                self._filled_seen = True
                QTimer.singleShot(0, self._report)
        return False

    def _mark_interactive(self) -> None:
        self._interactive = {"interactive_ns": time.monotonic_ns()}
        if not self._filled_name or self._filled_seen:
            self._report()

    def _report(self, timed_out: bool = False) -> None:
        if self._reported or (self._interactive is None and not timed_out):
            return
        self._reported = True
        self._app.removeEventFilter(self)
        windows = [w for w in self._app.topLevelWidgets() if w.isVisible()]
        if grab := os.environ.get("BENCH_PROBE_GRAB"):  # to look at what was measured
            for window in self._windows:
                window.grab().save(grab)
        _emit(
            {
                "event": "interactive",
                "timed_out": timed_out,
                "windows": [f"{type(w).__name__}:{w.windowTitle()}" for w in windows],
                # monotonic_ns (below) is when the page was filled: the same moment without
                # BENCH_PROBE_FILLED.
                **(self._interactive or {}),
            }
        )
        if self._quit_after:
            # exit(), not quit(): quit() first closes windows, and a window that hides to the
            # tray on close refuses, which cancels it.
            QTimer.singleShot(0, lambda: self._app.exit(0))


def _tray_ready(app: QApplication) -> None:
    # Tray icons need not be QObject children of anything the app can reach; Python holds them.
    icons = [o for o in gc.get_objects() if isinstance(o, QSystemTrayIcon)]
    _emit(
        {
            "event": "tray",
            "tray_available": QSystemTrayIcon.isSystemTrayAvailable(),
            "tray_icons_visible": sum(1 for icon in icons if icon.isVisible()),
            "windows_visible": sum(
                1
                for w in app.topLevelWidgets()
                if w.isVisible() and isinstance(w, QMainWindow | QDialog)
            ),
        }
    )


def _window_cycle(app: QApplication) -> None:
    """Open the window from the tray menu, visit Progress, close the window."""
    icons = [o for o in gc.get_objects() if isinstance(o, QSystemTrayIcon)]
    menu = icons[0].contextMenu()
    opens = [a for a in menu.actions() if a.text().startswith("Open")]
    opens[0].trigger()

    def visit() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
        windows[0].show_section("progress")  # type: ignore[attr-defined]
        QTimer.singleShot(3000, lambda: close(windows[0]))

    def close(window: QMainWindow) -> None:
        window.close()
        _emit({"event": "closed", "window_visible": window.isVisible()})

    QTimer.singleShot(1000, visit)


def _emit(report: dict[str, Any]) -> None:
    report["monotonic_ns"] = time.monotonic_ns()
    report["modules"] = len(sys.modules)
    report["matplotlib_loaded"] = "matplotlib" in sys.modules
    report["sqlalchemy_loaded"] = "sqlalchemy" in sys.modules
    print("PROBE " + json.dumps(report), flush=True)


def main() -> None:
    """Wrap QApplication.exec, then run the target as if it were started directly."""
    mode, target, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    original_exec = QApplication.exec
    watchers: list[QObject] = []

    def exec_and_report(*_args: object) -> int:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if mode == "window":
            watchers.append(_FirstPaint(app, quit_after=True))
        else:
            QTimer.singleShot(0, lambda: _tray_ready(app))
        if mode == "cycle":
            QTimer.singleShot(1000, lambda: _window_cycle(app))
        return int(original_exec())

    QApplication.exec = exec_and_report  # type: ignore[method-assign]
    # sys.path[0] as `python -m` or `python script.py` would set it, not the probe's folder.
    if target == "-m":
        sys.path[0] = str(Path.cwd())
        sys.argv = [rest[0], *rest[1:]]
        runpy.run_module(rest[0], run_name="__main__", alter_sys=True)
    else:
        sys.path[0] = str(Path(target).resolve().parent)
        sys.argv = [target, *rest]
        runpy.run_path(target, run_name="__main__")


if __name__ == "__main__":
    main()
