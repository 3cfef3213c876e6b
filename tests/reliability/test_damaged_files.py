"""Starting on a damaged file: it is set aside untouched and the newest good backup is offered."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from companion.paths import migrations_dir
from companion.services.data_store import DamagedData, DataFolder, open_store, restore_backup
from companion.storage.backup import BackupFile, backup_name, list_backups, make_backup
from companion.storage.migrate import integrity_check, quick_check

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().with_name("writer_process.py")
BACKED_UP = 150  # entries in the good backup
LATER = 20  # entries written after it (lost with the damaged file, kept in damaged/)


def load_writer() -> ModuleType:
    """The writer module: fills a store with entries whose values follow from their ids."""
    spec = importlib.util.spec_from_file_location("writer_process", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_size(data: bytes) -> int:
    """The page size from an SQLite header (1 stands for 65536)."""
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def random_bytes_in_the_middle(data: bytes) -> bytes:
    """One page in the middle of the file overwritten with (seeded) random bytes."""
    size = page_size(data)
    start = (len(data) // size // 2) * size
    return data[:start] + random.Random(7).randbytes(size) + data[start + size :]


def truncated(data: bytes) -> bytes:
    """The first half of the file, as a full disk or an interrupted copy leaves it."""
    return data[: len(data) // 2]


def zeroed_first_page(data: bytes) -> bytes:
    """The header page overwritten with zeros."""
    size = page_size(data)
    return bytes(size) + data[size:]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "random-bytes-in-the-middle": random_bytes_in_the_middle,
    "truncated": truncated,
    "zeroed-first-page": zeroed_first_page,
}


def entry_ids(root: Path, writer: ModuleType) -> list[int]:
    """The ids of the entries in the store at `root`, after checking each is whole."""
    store = open_store(root, migrations_dir())
    try:
        with store.units.read() as uow:
            entries = writer.stored_entries(uow.session)
    finally:
        store.close()
    for entry_id, values in entries.items():
        assert values == writer.expected_entry(entry_id)
    return sorted(entries)


def prepare(root: Path, writer: ModuleType, now: datetime) -> BackupFile:
    """Real data, a good backup of it, later entries, and a newer backup that is corrupt."""
    writer.write_entries(root, BACKED_UP)
    folder = DataFolder(root)
    good = make_backup(folder.database, folder.backups, BACKED_UP, now=now - timedelta(days=2))
    writer.write_entries(root, LATER)
    corrupt = folder.backups / backup_name(now - timedelta(days=1), BACKED_UP + LATER)
    make_backup(folder.database, folder.backups, BACKED_UP + LATER, now=now - timedelta(days=1))
    corrupt.write_bytes(random_bytes_in_the_middle(corrupt.read_bytes()))
    assert integrity_check(corrupt) != "ok", "the corrupt backup must really be corrupt"
    assert [b.path for b in list_backups(folder.backups)] == [corrupt, good.path]
    # The store was closed cleanly: the whole database is in the one file we damage.
    assert not (root / "companion.db-wal").exists()
    return good


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m companion ARGS` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_file_is_set_aside_and_the_newest_good_backup_offered(
    data_dir: Path, damage: Callable[[bytes], bytes]
) -> None:
    writer = load_writer()
    now = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    good = prepare(data_dir, writer, now)
    db = DataFolder(data_dir).database
    damaged_bytes = damage(db.read_bytes())
    db.write_bytes(damaged_bytes)
    assert quick_check(db) != "ok"

    checked = run_cli("check", "--data-dir", str(data_dir))
    assert checked.returncode != 0
    assert checked.stderr.count("\n") == 1 and checked.stderr.endswith("\n"), checked.stderr
    assert str(good.path) in checked.stderr
    assert "Traceback" not in checked.stderr + checked.stdout
    assert db.read_bytes() == damaged_bytes, "a check must not change the file"

    with pytest.raises(DamagedData) as raised:
        open_store(data_dir, migrations_dir(), now=now)
    problem = raised.value
    assert problem.aside.parent == DataFolder(data_dir).damaged
    assert problem.aside.read_bytes() == damaged_bytes
    assert not db.exists()
    assert problem.good_backup is not None
    assert problem.good_backup.path == good.path
    assert str(good.path) in str(problem)
    # The corrupt newer backup is skipped, not deleted: it may still hold something.
    assert len(list_backups(DataFolder(data_dir).backups)) == 2

    restored = restore_backup(data_dir, problem.good_backup.path, migrations_dir(), now=now)
    restored.close()
    assert entry_ids(data_dir, writer) == list(range(1, BACKED_UP + 1))
    assert problem.aside.read_bytes() == damaged_bytes


def test_damage_without_any_good_backup_says_so(data_dir: Path) -> None:
    writer = load_writer()
    writer.write_entries(data_dir, 30)
    db = DataFolder(data_dir).database
    damaged_bytes = zeroed_first_page(db.read_bytes())
    db.write_bytes(damaged_bytes)

    checked = run_cli("check", "--data-dir", str(data_dir))
    assert checked.returncode != 0
    assert checked.stderr.count("\n") == 1
    assert "no good backup" in checked.stderr
    assert "Traceback" not in checked.stderr

    with pytest.raises(DamagedData) as raised:
        open_store(data_dir, migrations_dir())
    assert raised.value.good_backup is None
    assert raised.value.aside.read_bytes() == damaged_bytes
    # After setting the damaged file aside the app can start afresh on an empty diary.
    assert entry_ids(data_dir, writer) == []
    assert raised.value.aside.read_bytes() == damaged_bytes


def test_a_second_damaged_file_does_not_overwrite_the_first(data_dir: Path) -> None:
    writer = load_writer()
    db = DataFolder(data_dir).database
    # The same clock reading both times: names must still not collide.
    now = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    aside: list[tuple[Path, bytes]] = []
    for attempt in range(2):
        writer.write_entries(data_dir, 10 + attempt)
        damaged_bytes = truncated(db.read_bytes())
        db.write_bytes(damaged_bytes)
        with pytest.raises(DamagedData) as raised:
            open_store(data_dir, migrations_dir(), now=now)
        aside.append((raised.value.aside, damaged_bytes))
    assert aside[0][0] != aside[1][0]
    for path, damaged_bytes in aside:
        assert path.read_bytes() == damaged_bytes


@pytest.mark.parametrize("suffix", ["-wal", "-journal"])
def test_the_side_files_of_a_damaged_file_are_set_aside_with_it(
    data_dir: Path, suffix: str
) -> None:
    # A crash leaves a WAL with committed rows, or a rollback journal, beside the file: they
    # belong to the damaged file, and a repair tool may still need them, so they move with it.
    writer = load_writer()
    writer.write_entries(data_dir, 5)
    db = DataFolder(data_dir).database
    side = db.with_name(db.name + suffix)
    side_bytes = bytes(random.Random(7).randrange(256) for _ in range(8192))
    side.write_bytes(side_bytes)
    damaged_bytes = zeroed_first_page(db.read_bytes())
    db.write_bytes(damaged_bytes)

    with pytest.raises(DamagedData) as raised:
        open_store(data_dir, migrations_dir())

    aside = raised.value.aside
    assert aside is not None
    assert aside.read_bytes() == damaged_bytes
    assert aside.with_name(aside.name + suffix).read_bytes() == side_bytes
    assert not side.exists()


def _checkin_values(writer: ModuleType, entry_id: int) -> dict[str, object]:
    expected = writer.expected_entry(entry_id)
    return {
        "id": entry_id,
        **{k: v for k, v in expected.items() if not k.startswith("activity_")},
    }
