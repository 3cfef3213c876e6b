"""Runs the app with Python's network forbidden: every attempt is written down, then refused.

Used by test_no_network.py as `python no_network_child.py LOG [companion arguments...]`. Local
(AF_UNIX) sockets stay allowed: the single-instance lock and D-Bus use them. With the environment
variable NO_NETWORK_TOUR=1 the GUI session visits every section of the window and then quits;
with the single argument --try-the-network it tries to go out itself (to show the guard works).
"""

from __future__ import annotations

import json
import os
import runpy
import socket
import sys
from typing import Any

LOG = sys.argv[1]
_LOCAL = {getattr(socket, "AF_UNIX", None)}


def _note(what: str, detail: object) -> None:
    with open(LOG, "a", encoding="utf-8") as log:  # noqa: PTH123  (no pathlib: keep it minimal)
        log.write(json.dumps({"attempt": what, "detail": repr(detail)}) + "\n")


def _refuse(what: str, detail: object) -> None:
    _note(what, detail)
    raise OSError(f"network use is forbidden in this test: {what} {detail!r}")


def _guard(name: str) -> None:
    real = getattr(socket.socket, name)

    def guarded(self: socket.socket, *args: Any) -> Any:
        if self.family in _LOCAL:
            return real(self, *args)
        return _refuse(f"socket.{name}", (self.family, args))

    setattr(socket.socket, name, guarded)


for method in ("connect", "connect_ex", "bind", "sendto"):
    _guard(method)
for lookup in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
    setattr(socket, lookup, lambda *args, _name=lookup: _refuse(f"socket.{_name}", args))


def _tour_then_quit() -> None:
    """Patch QApplication.exec: visit every section once the window is up, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    real_exec = QApplication.exec

    def main_window() -> Any:
        for widget in QApplication.topLevelWidgets():
            if getattr(widget, "section_keys", None) is not None and widget.isVisible():
                return widget
        return None

    def tour() -> None:
        window = main_window()
        if window is None:
            QTimer.singleShot(50, tour)  # not painted yet: look again
            return
        for key in window.section_keys():
            window.show_section(key)
            QApplication.processEvents()
            _note("visited", key)  # not an attempt: proves the tour ran
        # Without a tray (offscreen) closing the window quits, as the user would.
        QTimer.singleShot(2000, window.close)

    def exec_with_tour(*_args: object) -> int:
        QTimer.singleShot(0, tour)
        return int(real_exec())

    QApplication.exec = exec_with_tour  # type: ignore[method-assign]


if sys.argv[2:] == ["--try-the-network"]:
    # The guard's own check: both ways out must be written down and refused.
    for attempt in (
        lambda: socket.create_connection(("example.org", 80), timeout=1),
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("192.0.2.1", 80)),
    ):
        try:
            attempt()
        except OSError as refused:
            print(refused)
    sys.exit(0)
if os.environ.get("NO_NETWORK_TOUR") == "1":
    _tour_then_quit()
sys.argv = ["companion", *sys.argv[2:]]
runpy.run_module("companion", run_name="__main__", alter_sys=True)
