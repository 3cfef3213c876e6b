"""Work that must not freeze the window (an export, a backup, the charts' warm-up), run on worker
threads with its outcome handed back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def _done(on_done: Callable[[Any], None] | None, value: Any) -> None:
    if on_done is not None:
        on_done(value)


def _failed(on_error: Callable[[Exception], None] | None, error: Exception) -> None:
    if on_error is not None:
        on_error(error)
    else:
        # Nobody waits on this work (a backup, a warm-up): say so in the log, not on screen.
        log.error("Background work failed", exc_info=error)


class _Carrier(QObject):
    """Carries one outcome from a worker back to the GUI thread."""

    handed_back = Signal(object)


class _Work(QRunnable):
    """One call of `fn` on the pool; its carrier was made on the GUI thread."""

    def __init__(self, fn: Callable[[], Any], on_done: Any, on_error: Any) -> None:
        super().__init__()
        self.carrier = _Carrier()
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error

    def run(self) -> None:
        try:
            value = self._fn()
        except Exception as error:
            # partial binds the error now: Python unbinds the except-clause name afterwards.
            self.carrier.handed_back.emit(partial(_failed, self._on_error, error))
        else:
            self.carrier.handed_back.emit(partial(_done, self._on_done, value))


class BackgroundTasks(QObject):
    """Runs functions on worker threads; results and errors arrive on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._in_flight: set[_Work] = set()
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Call `fn()` on a worker thread, then `on_done(result)` or `on_error(exception)` on
        the GUI thread. `fn` must not touch widgets or share a database session."""
        # A job and its carrier stay referenced until delivered: variants that let Python drop
        # them early, or emitted on one shared object, crashed the GUI tests now and then.
        job = _Work(fn, on_done, on_error)
        job.carrier.handed_back.connect(lambda outcome: self._deliver(job, outcome))
        with self._lock:
            self._in_flight.add(job)
        QThreadPool.globalInstance().start(job)

    def busy(self) -> bool:
        """True from `run` until the outcome has been delivered."""
        with self._lock:
            return bool(self._in_flight)

    def wait(self, ms: int) -> bool:
        """Block until running work has finished (at quit), at most `ms` milliseconds; False if
        some is still running. Outcomes not yet delivered arrive when the event loop next runs."""
        return QThreadPool.globalInstance().waitForDone(ms)

    def _deliver(self, job: _Work, outcome: Callable[[], None]) -> None:
        try:
            outcome()
        finally:
            with self._lock:
                self._in_flight.discard(job)
