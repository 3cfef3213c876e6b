"""Whether now is a bad moment for a reminder: a full-screen window or the desktop's
do-not-disturb. Each answer is True, False or None where this desktop cannot tell; None is
treated like False by the caller, so an unknown never silences reminders for good.

- Full screen: on X11 the window manager marks the active window with _NET_WM_STATE_FULLSCREEN
  (read through libX11 with ctypes); on Windows SHQueryUserNotificationState reports full-screen
  programs and presentations. Wayland and macOS give no answer.
- Do not disturb: the freedesktop Notifications "Inhibited" property (KDE and others), and
  GNOME's show-banners setting read with gsettings.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

from companion.system.idle import session_kind
from companion.system.idle_source import IdleUnavailable

log = logging.getLogger(__name__)

GSETTINGS_TIMEOUT_S = 2.0
_ANY_PROPERTY_TYPE = 0
_ATOM_TYPE = 4  # XA_ATOM
_WINDOW_TYPE = 33  # XA_WINDOW
# SHQueryUserNotificationState: a full-screen program, Direct3D full screen, presentation mode.
_WINDOWS_BUSY_STATES = frozenset({2, 3, 4})


@dataclass(frozen=True)
class DesktopState:
    """What the desktop says right now; None where it cannot tell."""

    fullscreen: bool | None
    do_not_disturb: bool | None


class X11FullScreen:
    """Asks the window manager whether the active window is full screen (EWMH hints)."""

    def __init__(self, display: str | None = None) -> None:
        from companion.system.idle_x11 import load_xlib

        xlib = load_xlib()
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
        xlib.XGetWindowProperty.argtypes = (
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        )
        self._xlib = xlib
        self._display = xlib.XOpenDisplay(display.encode() if display else None)
        if not self._display:
            raise IdleUnavailable(f"cannot open the X display {display or ''}".strip())
        self._root = xlib.XDefaultRootWindow(self._display)
        self._active = self._atom(b"_NET_ACTIVE_WINDOW")
        self._state = self._atom(b"_NET_WM_STATE")
        self._fullscreen = self._atom(b"_NET_WM_STATE_FULLSCREEN")

    def _atom(self, name: bytes) -> int:
        return int(self._xlib.XInternAtom(self._display, name, 0))

    def _longs(self, window: int, prop: int, kind: int) -> list[int] | None:
        """A 32-bit-format property as a list, or None if the window does not have it."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self._xlib.XGetWindowProperty(
            self._display,
            window,
            prop,
            0,
            64,
            0,
            kind,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        try:
            if status != 0 or not data.value or actual_format.value != 32:
                return None
            # Format-32 properties come back as C longs, whatever their size on this machine.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            if data.value:
                self._xlib.XFree(data)

    def is_fullscreen(self) -> bool | None:
        """True if the active window is full screen; None without an EWMH window manager."""
        if not self._display:
            return None
        active = self._longs(self._root, self._active, _WINDOW_TYPE)
        if not active:
            return None  # no window manager says which window is active
        if active[0] == 0:
            return False
        states = self._longs(active[0], self._state, _ATOM_TYPE) or []
        return self._fullscreen in states

    def close(self) -> None:
        """Close the display connection."""
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None


def windows_busy() -> bool | None:
    """True while Windows reports a full-screen program or a presentation."""
    win_dll = getattr(ctypes, "WinDLL", None)  # only Windows has it
    if win_dll is None:
        return None
    state = ctypes.c_int()
    shell32 = win_dll("shell32")
    if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
        return None
    return state.value in _WINDOWS_BUSY_STATES


def notifications_inhibited() -> bool | None:
    """The freedesktop Notifications "Inhibited" property (KDE Plasma and others), if offered."""
    try:
        from PySide6.QtDBus import QDBus, QDBusMessage, QDBusVariant

        from companion.system.idle_dbus import CALL_TIMEOUT_MS, service_registered, session_bus

        bus = session_bus()
    except (IdleUnavailable, ImportError):
        return None
    service = "org.freedesktop.Notifications"
    if not service_registered(bus, service):
        return None
    message = QDBusMessage.createMethodCall(
        service, "/org/freedesktop/Notifications", "org.freedesktop.DBus.Properties", "Get"
    )
    message.setArguments([service, "Inhibited"])
    reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    value = reply.arguments()[0]
    if isinstance(value, QDBusVariant):
        value = value.variant()
    return value if isinstance(value, bool) else None


def gnome_banners_hidden(environ: dict[str, str] | None = None) -> bool | None:
    """True when GNOME's do-not-disturb is on (notification banners switched off)."""
    env = os.environ if environ is None else environ
    desktops = env.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    gsettings = shutil.which("gsettings", path=env.get("PATH"))
    if "GNOME" not in desktops or gsettings is None:
        return None
    try:
        result = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
            capture_output=True,
            text=True,
            timeout=GSETTINGS_TIMEOUT_S,
            check=False,
            env=dict(env),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    answer = result.stdout.strip()
    if result.returncode != 0 or answer not in ("true", "false"):
        return None
    return answer == "false"


class DesktopWatcher:
    """Reads full screen and do-not-disturb on demand; holds its X connection between reads."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        self._env = dict(os.environ if environ is None else environ)
        self._x11: X11FullScreen | None = None
        if sys.platform not in ("win32", "darwin") and session_kind(self._env) == "x11":
            with contextlib.suppress(IdleUnavailable):
                self._x11 = X11FullScreen(self._env.get("DISPLAY"))

    def read(self) -> DesktopState:
        """Full screen and do-not-disturb now."""
        if sys.platform == "win32":
            fullscreen = windows_busy()
        elif self._x11 is not None:
            fullscreen = self._x11.is_fullscreen()
        else:
            fullscreen = None
        dnd = notifications_inhibited()
        if not dnd:
            gnome = gnome_banners_hidden(self._env)
            dnd = gnome if gnome is not None else dnd
        return DesktopState(fullscreen=fullscreen, do_not_disturb=dnd)

    def read_when(self, needed: bool) -> DesktopState:
        """Full screen and do-not-disturb now, when `needed`; else, or when they cannot be read
        (the reason is logged), unknown.

        They matter only when a reminder could be shown: reading them (a gsettings call on
        GNOME) is skipped otherwise.
        """
        if not needed:
            return DesktopState(fullscreen=None, do_not_disturb=None)
        try:
            return self.read()
        except Exception:
            log.exception("could not read full screen or do-not-disturb")
            return DesktopState(fullscreen=None, do_not_disturb=None)

    def close(self) -> None:
        """Release the X connection."""
        if self._x11 is not None:
            self._x11.close()
            self._x11 = None
