"""One signal every view listens to: what a committed action changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from companion.domain.changes import Changes


class ChangeBus(QObject):
    """Broadcasts the Changes a service returned; each view refreshes if they concern it."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        """Tell every view what changed (nothing is sent for an empty change)."""
        if changes:
            self.changed.emit(changes)
