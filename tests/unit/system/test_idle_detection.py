"""Which idle source is used, and the honest reasons when there is none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from companion.system.desktop_state import DesktopWatcher, gnome_banners_hidden
from companion.system.idle import detect_idle_source, session_kind

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the X11, Wayland and GNOME paths are Linux's"
)


def test_session_kind_from_the_environment() -> None:
    assert session_kind({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}) == "wayland"
    assert session_kind({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert session_kind({"DISPLAY": ":0"}) == "x11"
    assert session_kind({"XDG_SESSION_TYPE": "tty"}) == ""


def test_no_desktop_session_means_no_source_and_says_so() -> None:
    found = detect_idle_source({})
    assert found.source is None and not found.available
    assert "no desktop session" in found.reason


def test_an_x_display_that_is_not_there_gives_the_reason() -> None:
    found = detect_idle_source({"DISPLAY": ":97"})
    assert found.source is None
    assert "X11" in found.reason and ":97" in found.reason


def test_wayland_without_a_session_bus_falls_back_with_reasons() -> None:
    found = detect_idle_source({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":97"})
    assert found.source is None
    # Never the X server's idle time under Wayland: it misses input to Wayland windows.
    assert "X11" not in found.reason
    assert "GNOME" in found.reason and "freedesktop" in found.reason


def _fake_gsettings(folder: Path, answer: str) -> dict[str, str]:
    script = folder / "gsettings"
    script.write_text(f"#!/bin/sh\necho {answer}\n", encoding="utf-8")
    script.chmod(0o755)
    return {"PATH": str(folder), "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}


def test_gnome_do_not_disturb_is_banners_off(tmp_path: Path) -> None:
    assert gnome_banners_hidden(_fake_gsettings(tmp_path, "false")) is True
    assert gnome_banners_hidden(_fake_gsettings(tmp_path, "true")) is False


def test_gnome_answer_unknown_elsewhere_or_when_garbled(tmp_path: Path) -> None:
    env = _fake_gsettings(tmp_path, "'banana'")
    assert gnome_banners_hidden(env) is None
    env = _fake_gsettings(tmp_path, "false") | {"XDG_CURRENT_DESKTOP": "KDE"}
    assert gnome_banners_hidden(env) is None


def test_watcher_without_a_desktop_knows_nothing(tmp_path: Path) -> None:
    watcher = DesktopWatcher({"PATH": str(tmp_path)})
    state = watcher.read()
    watcher.close()
    assert state.fullscreen is None
    assert state.do_not_disturb is None
