"""Start at login on Linux: an XDG autostart entry under a temporary XDG_CONFIG_HOME."""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

import pytest

from companion import APP_NAME, APP_REVERSE_ID
from companion.system import autostart

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG entry is the Linux way"
)


def _exec_arguments(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry Specification says a launcher does."""
    simple = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):  # first the string-value escapes
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in simple:
            text, i = text + simple[value[i + 1]], i + 2
        else:
            text, i = text + value[i], i + 1
    arguments: list[str] = []
    current, quoted, started, i = "", False, False, 0
    while i < len(text):  # then the quoting rules
        c = text[i]
        if quoted and c == "\\":
            current, i = current + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                arguments.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
        i += 1
    if started:
        arguments.append(current)
    return [a.replace("%%", "%") for a in arguments]


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_enable_writes_an_entry_that_starts_the_app_minimised(tmp_path: Path) -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert not autostart.is_enabled()

    autostart.enable()

    path = config / "autostart" / f"{APP_REVERSE_ID}.desktop"
    assert path.is_file()
    assert autostart.xdg_autostart_file() == path
    assert autostart.is_enabled()
    entry = _entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    command = _exec_arguments(entry["Exec"])
    assert command == autostart.launch_command()
    assert command[-1] == "--minimized"
    assert command[:3] == [sys.executable, "-m", "companion"]
    assert not list(path.parent.glob("*.partial"))


def test_disable_removes_the_entry_and_is_harmless_twice() -> None:
    autostart.enable()
    autostart.disable()
    assert not autostart.is_enabled()
    assert not autostart.xdg_autostart_file().exists()
    autostart.disable()
    assert not autostart.is_enabled()


def test_an_entry_the_desktop_switched_off_counts_as_disabled() -> None:
    autostart.enable()
    path = autostart.xdg_autostart_file()
    path.write_text(path.read_text(encoding="utf-8") + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()


def test_exec_line_quotes_paths_with_spaces_and_specials() -> None:
    command = [
        "/opt/My Apps/companion",
        "--data-dir",
        '/home/a "b"/$x\\y 100%',
        "--minimized",
    ]
    line = autostart.desktop_entry(command).split("Exec=", 1)[1].splitlines()[0]
    assert line.startswith('"/opt/My Apps/companion" --data-dir ')
    assert "\\\\\\\\y" in line  # a literal backslash in a quoted argument is four in the file
    assert _exec_arguments(line) == command


def test_default_location_follows_home_without_xdg_config_home(tmp_path: Path) -> None:
    path = autostart.xdg_autostart_file({"HOME": str(tmp_path)})
    assert path == tmp_path / ".config" / "autostart" / f"{APP_REVERSE_ID}.desktop"


def test_launch_agent_plist_runs_at_load() -> None:
    import plistlib

    data = plistlib.loads(autostart.launch_agent(["/Applications/X.app/x", "--minimized"]))
    assert data == {
        "Label": APP_REVERSE_ID,
        "ProgramArguments": ["/Applications/X.app/x", "--minimized"],
        "RunAtLoad": True,
    }
