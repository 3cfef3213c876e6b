"""Backups: consistent while writing, made only on change, rotated by the policy, restored."""

from __future__ import annotations

import contextlib
import importlib.util
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import sleep
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from companion.domain.backup_policy import backups_to_keep
from companion.domain.vocabulary import LegReach
from companion.paths import migrations_dir
from companion.services.data_store import (
    DataFolder,
    Store,
    backup_if_changed,
    current_generation,
    open_store,
    restore_backup,
)
from companion.storage.backup import (
    BackupFile,
    backup_name,
    list_backups,
    make_backup,
    prune_backups,
)
from companion.storage.migrate import integrity_check
from companion.storage.models import CheckIn, StoreState

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().with_name("writer_process.py")
DAY_ONE = datetime(2026, 2, 2, 20, 0, tzinfo=UTC)


def load_writer() -> ModuleType:
    """The writer module: entries whose every value follows from their id."""
    spec = importlib.util.spec_from_file_location("writer_process", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def read_only_session(db: Path) -> Iterator[Session]:
    """A session on a database file that cannot change it (backups are looked at, not opened)."""
    uri = f"{db.resolve().as_uri()}?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def contents(db: Path, writer: ModuleType) -> tuple[dict[int, dict[str, Any]], int]:
    """The entries in a database file and its generation counter."""
    with read_only_session(db) as session:
        entries = writer.stored_entries(session)
        generation = session.scalar(select(StoreState.generation))
    return entries, int(generation or 0)


def assert_consistent_prefix(db: Path, writer: ModuleType) -> int:
    """A backup holds entries 1..n, each whole, and a generation that counts them; returns n."""
    assert integrity_check(db) == "ok", db.name
    entries, generation = contents(db, writer)
    count = len(entries)
    assert sorted(entries) == list(range(1, count + 1)), f"{db.name} is not a prefix of the writes"
    for entry_id, values in entries.items():
        assert values == writer.expected_entry(entry_id), f"{db.name}: entry {entry_id} torn"
    assert generation == count, f"{db.name}: generation {generation} for {count} entries"
    return count


def add_checkin(store: Store, note: str, when: datetime = DAY_ONE) -> None:
    """Record one check-in through a unit of work, as a service would."""
    with store.units.write() as uow:
        uow.session.add(
            CheckIn(recorded_at=when, back_pain=3, leg_pain=5, leg_reach=LegReach.CALF, note=note)
        )
        uow.commit()


def notes(store: Store) -> list[str]:
    """The notes of every check-in, oldest first."""
    with store.units.read() as uow:
        return list(uow.session.scalars(select(CheckIn.note).order_by(CheckIn.id)))


# --- backups taken while writing -----------------------------------------------------------------


def test_backups_taken_while_a_thread_writes_are_consistent(data_dir: Path) -> None:
    writer = load_writer()
    folder = DataFolder(data_dir)
    writer.write_entries(data_dir, 1)  # create and migrate before the race starts
    entries = 600
    thread = threading.Thread(target=writer.write_entries, args=(data_dir, entries))
    taken: list[BackupFile] = []
    thread.start()
    try:
        moment = DAY_ONE
        while thread.is_alive():
            moment += timedelta(seconds=1)
            taken.append(make_backup(folder.database, folder.backups, 0, now=moment))
            sleep(0.02)  # let the writer get on between backups
    finally:
        thread.join()

    counts = [assert_consistent_prefix(backup.path, writer) for backup in taken]
    assert counts == sorted(counts), "a later backup holds fewer entries"
    # The race really happened: several backups caught the writer in the middle.
    assert len({c for c in counts if 1 < c < entries + 1}) >= 3, counts


def test_backups_taken_while_another_process_writes_are_consistent(data_dir: Path) -> None:
    writer = load_writer()
    folder = DataFolder(data_dir)
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    taken: list[BackupFile] = []
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == writer.READY
        for _ in range(3):
            child.stdout.readline()  # a few committed entries before the first backup
        moment = DAY_ONE
        for _ in range(12):
            moment += timedelta(seconds=1)
            taken.append(make_backup(folder.database, folder.backups, 0, now=moment))
            # Backups and writes take turns under the write lock, which is not fair: back to
            # back, the backups could keep the writer out (the app backs up hourly).
            sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)

    counts = [assert_consistent_prefix(backup.path, writer) for backup in taken]
    assert counts == sorted(counts), "a later backup holds fewer entries"
    assert counts[0] >= 3 and counts[-1] > counts[0], counts


def test_a_backup_is_one_self_contained_file(store: Store, data_dir: Path) -> None:
    # The live database is in WAL mode with rows only in the WAL; the backup must have them.
    add_checkin(store, "only in the WAL so far")
    made = backup_if_changed(store, now=DAY_ONE)
    assert made is not None
    assert not made.path.with_name(made.path.name + "-wal").exists()
    with contextlib.closing(sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT note FROM checkins").fetchall() == [("only in the WAL so far",)]


# --- only when data changed ----------------------------------------------------------------------


def test_backup_only_when_data_changed(store: Store) -> None:
    backups = store.folder.backups
    assert backup_if_changed(store, now=DAY_ONE) is None, "nothing recorded, nothing to protect"
    assert list_backups(backups) == []

    add_checkin(store, "first")
    first = backup_if_changed(store, now=DAY_ONE)
    assert first is not None and first.generation == current_generation(store) == 1
    assert backup_if_changed(store, now=DAY_ONE + timedelta(days=1)) is None

    with store.units.read() as uow:
        uow.session.scalars(select(CheckIn)).all()
    with store.units.write() as uow:
        uow.commit()  # a unit of work that changed nothing
    with store.units.write() as uow:
        uow.session.add(
            CheckIn(recorded_at=DAY_ONE, back_pain=1, leg_pain=1, leg_reach=LegReach.NONE)
        )  # never committed: rolled back at the end of the block
    assert current_generation(store) == 1
    assert backup_if_changed(store, now=DAY_ONE + timedelta(days=2)) is None

    with store.units.write() as uow:
        checkin = uow.session.scalars(select(CheckIn)).one()
        checkin.note = "first, corrected"
        uow.commit()
    second = backup_if_changed(store, now=DAY_ONE + timedelta(days=3))
    assert second is not None and second.generation == 2
    assert [b.path for b in list_backups(backups)] == [second.path, first.path]
    with contextlib.closing(sqlite3.connect(f"{second.path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT note FROM checkins").fetchall() == [("first, corrected",)]


# --- rotation over a simulated year --------------------------------------------------------------


def make_backup_file(folder: Path, taken_at: datetime, generation: int) -> Path:
    """A file named like an automatic backup (prune_backups judges by name alone)."""
    path = folder / backup_name(taken_at, generation)
    path.write_bytes(b"backup %d" % generation)
    return path


def on_disk(folder: Path) -> set[datetime]:
    """When the backups in `folder` were taken, from their file names."""
    return {backup.taken_at for backup in list_backups(folder)}


def test_rotation_over_a_year_of_daily_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    unrelated = folder / "my notes.txt"
    unrelated.write_text("not a backup")
    first_day = date(2025, 1, 1)
    for n in range(365):
        taken_at = datetime.combine(first_day + timedelta(days=n), time(21, 5, 7, 123456), UTC)
        make_backup_file(folder, taken_at, n + 1)
        before = on_disk(folder)
        files_before = set(folder.iterdir())
        removed = prune_backups(folder)
        after = on_disk(folder)
        assert after == backups_to_keep(before)
        assert set(removed) == files_before - set(folder.iterdir())
        assert len(removed) == len(before) - len(after)
        assert taken_at in after, "the newest backup is always kept"
        assert len(after) <= 31

    kept = sorted(on_disk(folder), reverse=True)
    assert len(kept) == 31
    kept_days = [when.date() for when in kept]
    # 12 daily: the last 12 days of the year.
    assert kept_days[:12] == [date(2025, 12, 31) - timedelta(days=n) for n in range(12)]
    # 10 weekly: one in each of 10 different ISO weeks older than the daily ones.
    weekly = kept_days[12:22]
    weeks = [d.isocalendar()[:2] for d in weekly]
    assert len(set(weeks)) == 10 and kept_days[11].isocalendar()[:2] not in weeks
    # 9 monthly: one in each of 9 different months older than the weekly ones.
    monthly = kept_days[22:]
    months = {(d.year, d.month) for d in monthly}
    assert len(months) == 9 and (weekly[-1].year, weekly[-1].month) not in months
    assert monthly[-1] <= date(2025, 2, 28), "the oldest kept spans most of the year"
    assert unrelated.read_text() == "not a backup"


def test_rotation_with_gaps_and_several_backups_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    rng = random.Random(4242)
    day = date(2025, 3, 1)
    generation = 0
    newest_of_day: dict[date, datetime] = {}
    while day < date(2026, 3, 1):
        if rng.random() < 0.05:
            day += timedelta(weeks=rng.randint(1, 4))  # away: no backups at all
            continue
        for _ in range(rng.randint(1, 4)):
            generation += 1
            minute = rng.randrange(24 * 60)
            moment = datetime.combine(day, time(minute // 60, minute % 60), UTC)
            moment += timedelta(microseconds=generation)  # two in one minute stay distinct
            make_backup_file(folder, moment, generation)
            newest_of_day[day] = max(moment, newest_of_day.get(day, moment))
            before = on_disk(folder)
            prune_backups(folder)
            after = on_disk(folder)
            assert after == backups_to_keep(before)
            assert max(before) in after
            assert len(after) <= 31
            assert len({t.date() for t in after}) == len(after), "two kept on one day"
        day += timedelta(days=1)
    kept = on_disk(folder)
    assert 22 <= len(kept) <= 31
    # The newest backup of each of the last 12 days with any backup is among them.
    last_twelve = sorted(newest_of_day)[-12:]
    assert {newest_of_day[d] for d in last_twelve} <= kept


def test_backup_names_without_microseconds_are_read_at_the_right_time(tmp_path: Path) -> None:
    # The name pattern accepts second-resolution stamps; they must not be misread.
    (tmp_path / "companion-20250101T123456Z-g3.db").write_bytes(b"x")
    (backup,) = list_backups(tmp_path)
    assert backup.taken_at == datetime(2025, 1, 1, 12, 34, 56, tzinfo=UTC)
    assert backup.generation == 3


# --- restore -------------------------------------------------------------------------------------


def test_restore_round_trip_keeps_what_it_replaces(data_dir: Path) -> None:
    writer = load_writer()
    folder = DataFolder(data_dir)
    writer.write_entries(data_dir, 40)
    store = open_store(data_dir, migrations_dir())
    chosen = backup_if_changed(store, now=DAY_ONE)
    store.close()
    assert chosen is not None
    writer.write_entries(data_dir, 25)  # what the restore will replace
    replaced_entries = contents(folder.database, writer)[0]
    assert sorted(replaced_entries) == list(range(1, 66))

    restored = restore_backup(data_dir, chosen.path, migrations_dir(), now=DAY_ONE)
    restored.close()

    assert contents(folder.database, writer)[0] == contents(chosen.path, writer)[0]
    assert sorted(contents(folder.database, writer)[0]) == list(range(1, 41))
    (before_restore,) = [b for b in list_backups(folder.backups) if b.label == "before-restore"]
    assert integrity_check(before_restore.path) == "ok"
    assert contents(before_restore.path, writer)[0] == replaced_entries
    assert integrity_check(folder.database) == "ok"


def test_the_before_restore_backup_survives_the_next_automatic_backups(data_dir: Path) -> None:
    store = open_store(data_dir, migrations_dir())
    add_checkin(store, "old")
    chosen = backup_if_changed(store, now=DAY_ONE - timedelta(days=3))
    add_checkin(store, "recorded after that backup")
    store.close()
    assert chosen is not None

    store = restore_backup(data_dir, chosen.path, migrations_dir(), now=DAY_ONE)
    try:
        add_checkin(store, "recorded after the restore")
        # Later the same day the app takes its automatic backups and rotates.
        backup_if_changed(store, now=DAY_ONE + timedelta(hours=1))
        add_checkin(store, "and another")
        backup_if_changed(store, now=DAY_ONE + timedelta(hours=2))
    finally:
        store.close()

    labelled = [b for b in list_backups(DataFolder(data_dir).backups) if b.label]
    assert [b.label for b in labelled] == ["before-restore"], "the replaced data was lost"
    with contextlib.closing(
        sqlite3.connect(f"{labelled[0].path.as_uri()}?mode=ro", uri=True)
    ) as conn:
        kept = [row[0] for row in conn.execute("SELECT note FROM checkins ORDER BY id")]
    assert kept == ["old", "recorded after that backup"]


def test_data_changed_after_a_restore_is_backed_up(data_dir: Path) -> None:
    # The generation counter goes back with a restore; it must not make new data look saved.
    store = open_store(data_dir, migrations_dir())
    add_checkin(store, "a")
    chosen = backup_if_changed(store, now=DAY_ONE - timedelta(days=5))
    add_checkin(store, "b")
    store.close()
    assert chosen is not None

    store = restore_backup(data_dir, chosen.path, migrations_dir(), now=DAY_ONE)
    try:
        add_checkin(store, "c, recorded after the restore")
        made = backup_if_changed(store, now=DAY_ONE + timedelta(hours=1))
        assert made is not None, "new data after a restore was not backed up"
        current = notes(store)
    finally:
        store.close()
    with contextlib.closing(sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)) as conn:
        in_backup = [row[0] for row in conn.execute("SELECT note FROM checkins ORDER BY id")]
    assert in_backup == current == ["a", "c, recorded after the restore"]


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


def not_a_text_file(tmp_path: Path, _good: Path) -> Path:
    path = tmp_path / "shopping.txt"
    path.write_text("milk\neggs\n")
    return path


def a_truncated_backup(tmp_path: Path, good: Path) -> Path:
    data = good.read_bytes()
    path = tmp_path / "truncated.db"
    path.write_bytes(data[: len(data) // 2])
    return path


def some_other_sqlite_file(tmp_path: Path, _good: Path) -> Path:
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soup')")
        conn.commit()
    return path


def missing_file(tmp_path: Path, _good: Path) -> Path:
    return tmp_path / "no such backup.db"


@pytest.mark.parametrize(
    "candidate",
    [not_a_text_file, a_truncated_backup, some_other_sqlite_file, missing_file],
    ids=["text-file", "truncated-backup", "other-sqlite-file", "missing-file"],
)
def test_cli_restore_refuses_what_is_not_a_backup(
    data_dir: Path, tmp_path: Path, candidate: Any
) -> None:
    store = open_store(data_dir, migrations_dir())
    add_checkin(store, "keep me")
    good = backup_if_changed(store, now=DAY_ONE)
    add_checkin(store, "and me")
    store.close()
    assert good is not None
    folder = DataFolder(data_dir)
    db_before = folder.database.read_bytes()
    backups_before = list_backups(folder.backups)
    bad = candidate(tmp_path, good.path)

    result = run_cli("restore", str(bad), "--data-dir", str(data_dir))

    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), result.stderr
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert folder.database.read_bytes() == db_before
    assert list_backups(folder.backups) == backups_before
    store = open_store(data_dir, migrations_dir())
    try:
        assert notes(store) == ["keep me", "and me"]
    finally:
        store.close()


def test_cli_restore_from_a_chosen_backup(data_dir: Path) -> None:
    store = open_store(data_dir, migrations_dir())
    add_checkin(store, "in the backup")
    chosen = backup_if_changed(store, now=DAY_ONE)
    add_checkin(store, "after the backup")
    store.close()
    assert chosen is not None

    result = run_cli("restore", str(chosen.path), "--data-dir", str(data_dir))

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    store = open_store(data_dir, migrations_dir())
    try:
        assert notes(store) == ["in the backup"]
    finally:
        store.close()
    labels = [b.label for b in list_backups(DataFolder(data_dir).backups)]
    assert "before-restore" in labels


def test_only_the_newest_labelled_backups_are_kept(tmp_path: Path) -> None:
    from companion.storage.backup import KEEP_LABELLED, backup_name, prune_backups

    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    names = [
        backup_name(start + timedelta(days=i), i, label="before-restore")
        for i in range(KEEP_LABELLED + 3)
    ]
    for name in names:
        (folder / name).write_bytes(b"")
    removed = prune_backups(folder)
    assert sorted(p.name for p in removed) == sorted(names[:3])
    assert sorted(p.name for p in folder.iterdir()) == sorted(names[3:])


def test_backing_up_a_missing_database_fails_instead_of_creating_one(tmp_path: Path) -> None:
    from companion.storage.backup import copy_database
    from companion.storage.errors import BackupFailed

    missing = tmp_path / "nothing.db"
    with pytest.raises(BackupFailed, match="no database"):
        copy_database(missing, tmp_path / "copy.db")
    assert not missing.exists()
    assert not (tmp_path / "copy.db").exists()
