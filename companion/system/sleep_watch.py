"""Suspend and resume, where the system announces them: systemd-logind's PrepareForSleep signal
on the system D-Bus (Linux). Elsewhere nothing is announced, and the reminder scheduler notices
a suspend by its timer firing late; this only lets it look again the moment the computer wakes.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SleepWatcher(QObject):
    """Emits `resumed` when the computer wakes from suspend (where the system says so)."""

    resumed = Signal()
    going_to_sleep = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.systemBus()
        service, path, interface = LOGIND
        self.listening = bool(
            self._bus.isConnected()
            # PySide6 takes the slot as SLOT()'s text, whatever its type stubs say.
            and self._bus.connect(  # type: ignore[call-overload]
                service,
                path,
                interface,
                "PrepareForSleep",
                self,
                SLOT("_on_prepare_for_sleep(bool)"),
            )
        )

    @Slot(bool)
    def _on_prepare_for_sleep(self, sleeping: bool) -> None:
        (self.going_to_sleep if sleeping else self.resumed).emit()
