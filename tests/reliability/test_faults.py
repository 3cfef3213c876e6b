"""A computer's ordinary faults are not damage: full disk, read-only, denied, odd folder names.

Each case runs the real command line in a child process (as uid 65534 where root would be
allowed anything) and checks that the user gets one clear line, a non-zero exit, and that the
diary stays where it is, unchanged, with nothing set aside.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import DiaryUnavailable, open_store

REPO = Path(__file__).resolve().parents[2]
AS_NOBODY = Path(__file__).with_name("as_nobody.py")
NOBODY = 65534
IS_ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def companion(*args: str, as_nobody: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would (as uid 65534 when asked and we are root)."""
    command = (
        [sys.executable, str(AS_NOBODY)]
        if as_nobody and IS_ROOT
        else [
            sys.executable,
            "-m",
            "companion",
        ]
    )
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=60, cwd=REPO, check=False
    )


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command printed (asserting it was one line and non-zero)."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("companion: "), lines[0]
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    return lines[0]


def checkin_ids(db: Path) -> list[int]:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return [int(row[0]) for row in conn.execute("SELECT id FROM checkins ORDER BY id")]


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder uid 65534 can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="companion-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def nobodys_diary(base: Path, checkins: int = 2) -> Path:
    """A data folder owned by uid 65534 with a few check-ins made by that user."""
    root = base / "data"
    root.mkdir()
    if IS_ROOT:
        os.chown(root, NOBODY, NOBODY)
    for leg in range(checkins):
        result = companion(
            "checkin", "--back", "2", "--leg", str(leg), "--data-dir", str(root), as_nobody=True
        )
        assert result.returncode == 0, result.stderr
    return root


@contextlib.contextmanager
def mounted(kind: str, target: Path, source: Path | None = None) -> Iterator[None]:
    """A small tmpfs, or a read-only bind mount, for the duration of the block."""
    target.mkdir(exist_ok=True)
    if kind == "tmpfs":
        command = ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(target)]
    else:
        command = ["mount", "--bind", "-o", "ro", str(source), str(target)]
    subprocess.run(command, check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False, capture_output=True)


# --- a full disk ------------------------------------------------------------------------------


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass  # the disk is full now
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_keeps_every_earlier_checkin_and_sets_nothing_aside(tmp_path: Path) -> None:
    if not IS_ROOT:
        _full_by_page_limit(tmp_path)
        return
    disk = tmp_path / "disk"
    with mounted("tmpfs", disk):
        root = disk / "data"
        for leg in range(3):
            ok = companion("checkin", "--back", "1", "--leg", str(leg), "--data-dir", str(root))
            assert ok.returncode == 0, ok.stderr
        filler = _fill(disk)
        failures = []
        for _ in range(3):  # whatever SQLite needed to write, it could not
            result = companion(
                "checkin", "--back", "5", "--leg", "5", "--note", "x" * 500, "--data-dir", str(root)
            )
            failures.append(one_line_failure(result))
        assert all("full" in line for line in failures), failures
        assert not (root / "damaged").exists()
        filler.unlink()
        assert checkin_ids(root / "companion.db") == [1, 2, 3]
        again = companion("checkin", "--back", "1", "--leg", "1", "--data-dir", str(root))
        assert again.returncode == 0, again.stderr
        assert again.stdout.strip() == "4"  # the same diary, not a fresh one
        assert not (root / "damaged").exists()


def _full_by_page_limit(tmp_path: Path) -> None:
    # Without root there is no tmpfs: SQLite's max_page_count gives the same SQLITE_FULL.
    from sqlalchemy import event

    store = open_store(tmp_path / "data", migrations_dir())
    for leg in range(3):
        record_checkin(store, CheckInDraft(back_pain=1, leg_pain=leg), _when(leg))
    with store.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    store.engine.dispose()
    event.listen(
        store.engine,
        "connect",
        lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count={pages}"),
    )
    with pytest.raises(DiaryUnavailable) as raised:
        for n in range(200):
            record_checkin(store, CheckInDraft(back_pain=5, leg_pain=5, note="x" * 900), _when(n))
    assert "full" in str(raised.value)
    store.close()
    assert not (tmp_path / "data" / "damaged").exists()
    assert checkin_ids(tmp_path / "data" / "companion.db")[:3] == [1, 2, 3]


def _when(n: int) -> object:
    from datetime import UTC, datetime, timedelta

    return datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(hours=n)


# --- read-only and denied -----------------------------------------------------------------------


def test_a_read_only_diary_is_reported_and_left_alone(shared_dir: Path) -> None:
    root = nobodys_diary(shared_dir)
    db = root / "companion.db"
    db.chmod(0o444)
    before = db.read_bytes()

    line = one_line_failure(
        companion("checkin", "--back", "1", "--leg", "1", "--data-dir", str(root), as_nobody=True)
    )
    assert "read-only" in line
    checked = companion("check", "--data-dir", str(root), as_nobody=True)
    assert checked.returncode == 0, checked.stderr
    assert "read-only" in checked.stdout and "damaged" not in checked.stdout
    assert db.read_bytes() == before
    assert not (root / "damaged").exists()


def test_a_diary_another_user_owns_is_reported_not_damaged(shared_dir: Path) -> None:
    root = nobodys_diary(shared_dir)
    db = root / "companion.db"
    if IS_ROOT:
        os.chown(db, 0, 0)  # as if the app had once been run with sudo
    db.chmod(0o600 if IS_ROOT else 0o000)
    before = db.read_bytes()

    for command in (["checkin", "--back", "1", "--leg", "1"], ["check"], ["backup"]):
        line = one_line_failure(companion(*command, "--data-dir", str(root), as_nobody=True))
        assert "not allowed" in line and "damaged" not in line, line
    assert db.read_bytes() == before
    assert not (root / "damaged").exists()
    assert db.exists()


def test_a_read_only_disk_is_reported_for_every_command(shared_dir: Path) -> None:
    root = nobodys_diary(shared_dir)
    out = shared_dir / "out"
    out.mkdir()
    if IS_ROOT:
        os.chown(out, NOBODY, NOBODY)
    backup = out / "copy.db"
    made = companion("backup", "--out", str(backup), "--data-dir", str(root), as_nobody=True)
    assert made.returncode == 0, made.stderr
    view = shared_dir / "view"
    context = mounted("bind", view, root) if IS_ROOT else _read_only_folder(root, view)
    with context:
        before = (view / "companion.db").read_bytes()
        line = one_line_failure(
            companion(
                "checkin", "--back", "1", "--leg", "1", "--data-dir", str(view), as_nobody=True
            )
        )
        assert "read-only" in line, line
        restore = one_line_failure(
            companion("restore", str(backup), "--data-dir", str(view), as_nobody=True)
        )
        assert "read-only" in restore and "running" not in restore, restore
        checked = companion("check", "--data-dir", str(view), as_nobody=True)
        assert "damaged" not in checked.stdout + checked.stderr
        assert (view / "companion.db").read_bytes() == before
        assert not (view / "damaged").exists()


@contextlib.contextmanager
def _read_only_folder(root: Path, view: Path) -> Iterator[None]:
    root.rename(view)
    view.chmod(0o555)
    try:
        yield
    finally:
        view.chmod(0o700)


# --- a folder that is a file, a closed pipe ---------------------------------------------------


def test_a_data_folder_that_is_a_file_is_one_clear_line(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.write_text("not a folder")
    line = one_line_failure(
        companion("checkin", "--back", "1", "--leg", "1", "--data-dir", str(root))
    )
    assert "is a file" in line
    assert root.read_text() == "not a folder"


def test_backups_into_a_closed_pipe_end_quietly(tmp_path: Path) -> None:
    backups = tmp_path / "data" / "backups"
    backups.mkdir(parents=True)
    for n in range(1500):
        (backups / f"companion-20260101T{n // 60 % 24:02d}{n % 60:02d}00Z-g{n}.db").touch()
    script = f"{sys.executable} -m companion backups --data-dir '{tmp_path / 'data'}' | head -1"
    result = subprocess.run(
        ["bash", "-c", f"{script}; exit ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    assert result.stderr == ""
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
