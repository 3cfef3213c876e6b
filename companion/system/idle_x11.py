"""Idle time on X11 from the MIT-SCREEN-SAVER extension (libXss), through ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util

from companion.system.idle_source import IdleUnavailable


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input event
        ("event_mask", ctypes.c_ulong),
    )


def _load(name: str, soname: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or soname
    try:
        return ctypes.CDLL(path)
    except OSError as error:
        raise IdleUnavailable(f"{soname} is not installed ({error})") from error


def load_xlib() -> ctypes.CDLL:
    """libX11 with the few functions this package calls, typed for ctypes."""
    xlib = _load("X11", "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    xlib.XFree.argtypes = (ctypes.c_void_p,)
    return xlib


class XScreenSaverIdle:
    """Reads the X server's idle counter: the time since any keyboard or pointer event."""

    name = "X11 screen saver extension"

    def __init__(self, display: str | None = None) -> None:
        self._xlib = load_xlib()
        xss = _load("Xss", "libXss.so.1")
        xss.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        )
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_ScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = (
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_ScreenSaverInfo),
        )
        self._xss = xss
        # Our own connection, apart from Qt's: it carries one request per reading and no events.
        self._display = self._xlib.XOpenDisplay(display.encode() if display else None)
        if not self._display:
            raise IdleUnavailable(f"cannot open the X display {display or ''}".strip())
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self.close()
            raise IdleUnavailable("the X server has no screen saver extension")
        self._info = xss.XScreenSaverAllocInfo()
        self._root = self._xlib.XDefaultRootWindow(self._display)

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or pointer event anywhere on this X server."""
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        """Free the info block and close the display connection."""
        if getattr(self, "_info", None):
            self._xlib.XFree(self._info)
            self._info = None
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None
