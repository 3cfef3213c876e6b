"""Guards against a Qt binding that corrupts the interpreter (seen in PySide6 6.12.0)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.fired.emit(i)
    # A binding that drops a reference per emit makes Python abort once True's count runs out.
    assert sys.getrefcount(True) >= before - 5
    assert len(received) == 200
