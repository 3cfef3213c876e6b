"""What every way of reading idle time provides, and the error each raises where it cannot.

Kept apart from idle.py, which picks a way: the ways (X11, Windows, macOS, D-Bus) import this
module, and idle.py imports them, so no import runs in a circle.
"""

from __future__ import annotations

from typing import Protocol


class IdleSource(Protocol):
    """Something that can tell how long the user has not touched keyboard or mouse."""

    @property
    def name(self) -> str:
        """A short name for logs and Settings, e.g. "X11 screen saver extension"."""
        ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None if this reading failed."""
        ...

    def close(self) -> None:
        """Release what the source holds open (a display connection, a library)."""
        ...


class IdleUnavailable(Exception):
    """A way of reading idle time does not work here; the message says why."""
