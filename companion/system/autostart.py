"""Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on macOS.

The app starts minimised to the tray (`--minimized`), so a login brings back the reminders
without a window in the way.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from companion import APP_NAME, APP_REVERSE_ID
from companion.paths import is_frozen

MINIMIZED = "--minimized"
RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`=")
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """The command that starts this installation minimised to the tray."""
    if is_frozen():
        return [sys.executable, MINIMIZED]
    return [sys.executable, "-m", "companion", MINIMIZED]


# --- Linux and other XDG desktops ----------------------------------------------------------


def xdg_autostart_file(environ: dict[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart/<app id>.desktop (~/.config by default)."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "autostart" / f"{APP_REVERSE_ID}.desktop"


def _exec_quote(argument: str) -> str:
    """One Exec argument as the Desktop Entry Specification asks: quoted when it holds
    reserved characters, then escaped again as a string value (so one backslash becomes four)."""
    if argument and not any(c in argument for c in RESERVED):
        quoted = argument
    else:
        inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        quoted = f'"{inner}"'
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The text of an autostart .desktop file that runs `command`."""
    return "\n".join(
        (
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Movement reminders and your sciatica diary",
            f"Exec={' '.join(_exec_quote(a) for a in command)}",
            f"Icon={APP_REVERSE_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        )
    )


def _xdg_enabled(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False
    lines = {line.strip().replace(" ", "") for line in text.splitlines()}
    return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines


# --- macOS ---------------------------------------------------------------------------------


def launch_agent_file() -> Path:
    """~/Library/LaunchAgents/<app id>.plist."""
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_REVERSE_ID}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    """A LaunchAgent property list that runs `command` once at login."""
    return plistlib.dumps(
        {"Label": APP_REVERSE_ID, "ProgramArguments": list(command), "RunAtLoad": True}
    )


# --- Windows -------------------------------------------------------------------------------


def _winreg() -> Any:
    # Imported by name: only Windows has it, and type checkers elsewhere see an empty module.
    return importlib.import_module("winreg")


def _run_key_value() -> str | None:
    winreg = _winreg()

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, APP_NAME)
    except OSError:
        return None
    return str(value)


def _set_run_key(command: Sequence[str] | None) -> None:
    winreg = _winreg()

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if command is None:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, APP_NAME)
        else:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command))


# --- What Settings calls -------------------------------------------------------------------


def is_enabled() -> bool:
    """True if the app starts at login for this user."""
    if sys.platform == "win32":
        return _run_key_value() is not None
    if sys.platform == "darwin":
        return launch_agent_file().is_file()
    return _xdg_enabled(xdg_autostart_file())


def enable(command: Sequence[str] | None = None) -> None:
    """Start the app (minimised) at login; OSError if the entry cannot be written."""
    command = list(command) if command is not None else launch_command()
    if sys.platform == "win32":
        _set_run_key(command)
        return
    path = launch_agent_file() if sys.platform == "darwin" else xdg_autostart_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = launch_agent(command) if sys.platform == "darwin" else desktop_entry(command).encode()
    # Written whole and then moved into place, so a crash never leaves half an entry.
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def disable() -> None:
    """Stop starting the app at login; harmless if it was not set up."""
    if sys.platform == "win32":
        _set_run_key(None)
        return
    path = launch_agent_file() if sys.platform == "darwin" else xdg_autostart_file()
    path.unlink(missing_ok=True)
