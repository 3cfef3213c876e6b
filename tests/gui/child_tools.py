"""What the child processes of the X-server tests share (they import it from beside them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

STEP_MS = 20


def wait_until(check: Callable[[], object], ms: int = 5000) -> bool:
    """Run the event loop until `check()` holds; False if it still does not after `ms`."""
    for _ in range(ms // STEP_MS):
        if check():
            return True
        loop = QEventLoop()
        QTimer.singleShot(STEP_MS, loop.quit)
        loop.exec()
    return bool(check())
