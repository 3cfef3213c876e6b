"""Idle time on Wayland desktops, which tell it over the session D-Bus (GNOME, KDE and others).

Wayland keeps input private to the compositor, so only the desktop itself can say how long the
user has been away: GNOME's Mutter through org.gnome.Mutter.IdleMonitor, and desktops that
implement the freedesktop screen saver interface through GetSessionIdleTime.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from companion.system.idle_source import IdleSource, IdleUnavailable

CALL_TIMEOUT_MS = 500  # a desktop that takes longer is as good as absent for a reminder


def session_bus() -> QDBusConnection:
    """The session bus; IdleUnavailable if there is none."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        raise IdleUnavailable("no D-Bus session bus")
    return bus


def service_registered(bus: QDBusConnection, service: str) -> bool:
    """True if `service` is on the bus now (asking never starts it)."""
    reply = bus.interface().isServiceRegistered(service)
    return bool(reply.value()) if reply.isValid() else False


def call(bus: QDBusConnection, service: str, path: str, interface: str, method: str) -> object:
    """The first value a method returns, or None if the call failed."""
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    return reply.arguments()[0]


class _DBusIdle:
    """Asks one desktop service for the idle time on each reading."""

    def __init__(self, name: str, where: tuple[str, str, str, str], *, unit: float) -> None:
        self.name = name
        self._bus = session_bus()
        if not service_registered(self._bus, where[0]):
            raise IdleUnavailable(f"{where[0]} is not on the session bus")
        self._where = where
        self._unit = unit

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, as the desktop says; None if it did not answer."""
        value = call(self._bus, *self._where)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value) * self._unit

    def close(self) -> None:
        """Nothing to release: the session bus is shared."""


def mutter_idle() -> IdleSource:
    """GNOME Shell (Mutter): GetIdletime in milliseconds."""
    return _DBusIdle(
        "GNOME idle monitor",
        (
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
            "GetIdletime",
        ),
        unit=0.001,
    )


def screensaver_idle() -> IdleSource:
    """The freedesktop screen saver interface: GetSessionIdleTime in seconds."""
    return _DBusIdle(
        "freedesktop screen saver",
        (
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "GetSessionIdleTime",
        ),
        unit=1.0,
    )


def desktop_idle_sources() -> list[tuple[str, Callable[[], IdleSource]]]:
    """The D-Bus idle sources to try, most precise first."""
    return [("GNOME", mutter_idle), ("freedesktop", screensaver_idle)]
