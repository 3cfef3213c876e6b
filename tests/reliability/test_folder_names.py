"""Folder names that look like URL syntax or use other scripts work for every command.

The engine is built from a path (sqlalchemy.URL.create), never by formatting a URL string, so
`My%20Diary`, `what?now` and `a#b` mean those folders and nothing is written beside them.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def companion(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )


def checkin_ids(db: Path) -> list[int]:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return [int(row[0]) for row in conn.execute("SELECT id FROM checkins ORDER BY id")]


@pytest.mark.parametrize(
    "name", ["My%20Diary", "what?now", "a#b", "Tom & Jerry's diary", "Дневник 日記"]
)
def test_every_command_works_in_a_folder_with_an_awkward_name(tmp_path: Path, name: str) -> None:
    parent = tmp_path / "names"
    parent.mkdir()
    root = parent / name
    saved = companion("checkin", "--back", "2", "--leg", "3", "--data-dir", str(root))
    assert saved.returncode == 0, saved.stderr
    assert (root / "companion.db").is_file()
    assert [p.name for p in parent.iterdir()] == [name]  # nothing written beside it
    checked = companion("check", "--data-dir", str(root))
    assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked.stdout
    assert companion("backup", "--data-dir", str(root)).returncode == 0
    listed = companion("backups", "--data-dir", str(root))
    assert name in listed.stdout
    copy = parent / f"{name}.db"
    assert companion("backup", "--out", str(copy), "--data-dir", str(root)).returncode == 0
    assert companion("check", str(copy), "--data-dir", str(root)).returncode == 0
    restored = companion("restore", str(copy), "--data-dir", str(root))
    assert restored.returncode == 0, restored.stderr
    assert checkin_ids(root / "companion.db") == [1]
