"""Idle time on Windows from GetLastInputInfo, through ctypes."""

from __future__ import annotations

import ctypes
from typing import Any

from companion.system.idle_source import IdleUnavailable


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


class WindowsIdle:
    """The time since the last input event in this user's session."""

    name = "Windows (GetLastInputInfo)"

    def __init__(self) -> None:
        # Looked up by name: on other systems ctypes has no WinDLL, and type checkers know it.
        win_dll = getattr(ctypes, "WinDLL", None)
        if win_dll is None:
            raise IdleUnavailable("GetLastInputInfo exists only on Windows")
        self._user32: Any = win_dll("user32")
        self._kernel32: Any = win_dll("kernel32")
        self._kernel32.GetTickCount.restype = ctypes.c_uint32

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input."""
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        # Both are 32-bit tick counts that wrap every 49.7 days; the masked difference doesn't.
        elapsed = (int(self._kernel32.GetTickCount()) - int(info.dwTime)) & 0xFFFFFFFF
        return elapsed / 1000.0

    def close(self) -> None:
        """Nothing to release."""
