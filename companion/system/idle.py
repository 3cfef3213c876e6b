"""How long since the user last touched the keyboard or mouse, as the operating system tells it.

One module per way of asking (X11, Windows, macOS, D-Bus on Wayland desktops); this one picks
the way that works here. Where none does, `detect_idle_source()` says why, and the reminders
fall back to plain intervals (sitting counts wall-clock time; only a suspend is a break).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from companion.system.idle_source import IdleSource, IdleUnavailable


@dataclass(frozen=True)
class IdleDetection:
    """The idle source found here, or None and why not (plain English, for logs)."""

    source: IdleSource | None
    reason: str

    @property
    def available(self) -> bool:
        """True if idle time can be read here."""
        return self.source is not None


def session_kind(environ: dict[str, str] | None = None) -> str:
    """'wayland', 'x11' or '' on Linux and other Unix desktops, from the session's variables."""
    env = os.environ if environ is None else environ
    kind = env.get("XDG_SESSION_TYPE", "").lower()
    if kind in ("wayland", "x11"):
        return kind
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "x11"
    return ""


def detect_idle_source(environ: dict[str, str] | None = None) -> IdleDetection:
    """The best working idle source for this desktop, or None with the reason."""
    env = dict(os.environ if environ is None else environ)
    attempts: list[tuple[str, Callable[[], IdleSource]]] = []
    if sys.platform == "win32":
        from companion.system.idle_windows import WindowsIdle

        attempts.append(("Windows", WindowsIdle))
    elif sys.platform == "darwin":
        from companion.system.idle_macos import QuartzIdle

        attempts.append(("macOS", QuartzIdle))
    else:
        kind = session_kind(env)
        if kind == "wayland":
            # Under XWayland the X server sees only input sent to X windows, so its idle time
            # would report a break while the user types into a Wayland window. Ask the desktop.
            from companion.system.idle_dbus import desktop_idle_sources

            attempts.extend(desktop_idle_sources())
        elif kind == "x11":
            from companion.system.idle_x11 import XScreenSaverIdle

            display = env.get("DISPLAY")
            attempts.append(("X11", lambda: XScreenSaverIdle(display)))
        else:
            return IdleDetection(None, "no desktop session (neither X11 nor Wayland)")
    reasons: list[str] = []
    for label, make in attempts:
        try:
            source = make()
        except IdleUnavailable as error:
            reasons.append(f"{label}: {error}")
            continue
        if source.idle_seconds() is None:
            source.close()
            reasons.append(f"{label}: the first reading failed")
            continue
        return IdleDetection(source, f"idle time from {source.name}")
    return IdleDetection(None, "; ".join(reasons) or "no way to read idle time on this desktop")
