"""A data folder the app cannot write is said to be so, in one plain dialog: it is never taken
for "already running" (the single-instance lock is the first thing written there)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.app import _claim_data_folder
from companion.system.instance import SingleInstance


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def record(box: QMessageBox) -> int:
        texts.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return texts


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A folder on a read-only file system (a tmpfs mounted read-only: CI runs as root)."""
    assert os.geteuid() == 0, "mounting a read-only folder needs root, as in CI"
    folder = Path(tempfile.mkdtemp(prefix="read-only-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
        folder.rmdir()


def test_a_folder_that_cannot_be_made_is_named(
    qapp: object, tmp_path: Path, shown: list[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _claim_data_folder(blocker / "data", []) == 1
    assert len(shown) == 1 and "cannot write in its data folder" in shown[0]
    assert "already running" not in shown[0]


def test_a_read_only_folder_is_not_already_running(
    qapp: object, read_only_folder: Path, shown: list[str]
) -> None:
    assert _claim_data_folder(read_only_folder, []) == 1
    assert len(shown) == 1 and "read-only" in shown[0]
    assert "already running" not in shown[0]


def test_a_writable_folder_is_claimed(qapp: object, tmp_path: Path, shown: list[str]) -> None:
    claimed = _claim_data_folder(tmp_path / "data", [])
    assert isinstance(claimed, SingleInstance)
    claimed.release()
    assert shown == []
