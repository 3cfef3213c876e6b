"""A bundle keeps matplotlib's font list between runs (PyInstaller's hook gives matplotlib a new
temporary folder each run, so every first chart rebuilt it); a source run is left alone."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from companion import paths


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A run as the bundle has it: frozen, and the hook's temporary folder in MPLCONFIGDIR."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    hooks_folder = tmp_path / "_MEI-temporary"
    monkeypatch.setenv("MPLCONFIGDIR", str(hooks_folder))
    return hooks_folder


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG cache is Linux's")
def test_a_bundle_keeps_the_font_list_in_the_users_cache(
    frozen: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths.keep_chart_font_cache()
    kept = tmp_path / "cache" / "sciatica-companion" / "matplotlib"
    assert kept.is_dir()
    assert os.environ["MPLCONFIGDIR"] == str(kept)


def test_without_a_writable_cache_the_bundle_keeps_the_hooks_folder(
    frozen: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", "utf-8")
    monkeypatch.setattr(paths, "user_cache_dir", lambda: blocked / "sciatica-companion")
    paths.keep_chart_font_cache()
    assert os.environ["MPLCONFIGDIR"] == str(frozen)


def test_a_source_run_leaves_matplotlib_its_own_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "own"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths.keep_chart_font_cache()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "own")
    assert not (tmp_path / "cache").exists()
