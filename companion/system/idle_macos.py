"""Idle time on macOS from Quartz (CGEventSourceSecondsSinceLastEventType), through ctypes."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from companion.system.idle_source import IdleUnavailable

_FRAMEWORK = "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
# A plain string: type checkers would otherwise skip the code below on other systems.
_PLATFORM: str = sys.platform
_COMBINED_SESSION_STATE = 0  # kCGEventSourceStateCombinedSessionState
_ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType


class QuartzIdle:
    """The time since the last input event of any kind in the login session."""

    name = "macOS Quartz event source"

    def __init__(self) -> None:
        if _PLATFORM != "darwin":
            raise IdleUnavailable("Quartz exists only on macOS")
        try:
            quartz = ctypes.CDLL(_FRAMEWORK)
        except OSError as error:
            raise IdleUnavailable(f"cannot load ApplicationServices ({error})") from error
        self._since: Any = quartz.CGEventSourceSecondsSinceLastEventType
        self._since.restype = ctypes.c_double
        self._since.argtypes = (ctypes.c_int32, ctypes.c_uint32)

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard, mouse or trackpad event."""
        seconds = float(self._since(_COMBINED_SESSION_STATE, _ANY_INPUT_EVENT))
        return seconds if seconds >= 0 else None

    def close(self) -> None:
        """Nothing to release."""
