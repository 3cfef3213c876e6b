"""Backups through SQLite's backup API (never a file copy: the WAL holds committed rows),
rotation by the retention policy, restore, and setting a damaged file aside.

Backups are ranked by the data generation they carry (a counter stored in the database that
never goes backwards, not even after a restore), not by the clock: after a clock jump, a backup
stamped in the future is never taken for the newest, never offered automatically and never
counts toward (or is removed by) retention. `companion backups` lists it as "date in the future".
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.domain.backup_policy import DEFAULT_RETENTION, RetentionPolicy, backups_to_keep
from companion.storage.engine import JOURNAL_MODE, connection_class, read_only_uri
from companion.storage.errors import BackupFailed
from companion.storage.migrate import integrity_check
from companion.storage.write_lock import write_lock

_NAME = re.compile(r"^companion-(\d{8}T\d{6}(?:\d{6})?Z)-g(\d+)(?:-([a-z0-9-]+))?\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP_SECONDS = "%Y%m%dT%H%M%SZ"
SIDE_FILES = ("-wal", "-shm", "-journal")
KEEP_LABELLED = 10  # backups taken before a restore or an upgrade
PARTIAL_GLOB = ".companion-*.db.partial"
# A backup stamped later than this after "now" was taken while the clock was wrong.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class BackupFile:
    """One automatic backup in the backups folder."""

    path: Path
    taken_at: datetime
    generation: int
    label: str = ""

    def in_future(self, now: datetime) -> bool:
        """True if the backup is stamped later than `now` (taken while the clock was wrong)."""
        return self.taken_at > now + CLOCK_SLACK


def backup_name(taken_at: datetime, generation: int, label: str = "") -> str:
    """The file name of an automatic backup (sortable, carries the data generation)."""
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    return f"companion-{stamp}-g{generation}{'-' + label if label else ''}.db"


def list_backups(folder: Path) -> list[BackupFile]:
    """The automatic backups in `folder`, newest (highest data generation) first."""
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            stamp = match.group(1)
            # Without microseconds, %f would steal the last digit of the seconds.
            layout = _STAMP if len(stamp) > len("20250101T000000Z") else _STAMP_SECONDS
            taken_at = datetime.strptime(stamp, layout).replace(tzinfo=UTC)
            found.append(BackupFile(path, taken_at, int(match.group(2)), match.group(3) or ""))
    # The generation orders backups whatever the clock said; the time only breaks ties.
    return sorted(found, key=lambda b: (b.generation, b.taken_at), reverse=True)


def usable_backups(folder: Path, now: datetime | None = None) -> list[BackupFile]:
    """The backups of `folder` not stamped in the future, newest first."""
    moment = now or datetime.now(UTC)
    return [backup for backup in list_backups(folder) if not backup.in_future(moment)]


def remove_partial_backups(folder: Path) -> list[Path]:
    """Delete what killed backups left behind (the caller holds the write lock)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.glob(PARTIAL_GLOB):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def copy_database(source: Path, destination: Path) -> None:
    """Write a consistent single-file copy of the database at `source` to `destination`.

    The copy is made under a temporary name, synced, and then renamed, so a crash never leaves
    a half backup under the final name.
    """
    if not source.is_file():
        # sqlite3.connect would quietly create an empty database and back that up.
        raise BackupFailed(f"there is no database at {source} to back up")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        with (
            contextlib.closing(
                sqlite3.connect(source, factory=connection_class(write_lock(source.parent)))
            ) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.execute("PRAGMA busy_timeout=5000")
            src.backup(dst)
            # A backup is one self-contained file: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        _fsync(partial)
        partial.replace(destination)
        _fsync_dir(destination.parent)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise BackupFailed(f"could not write a backup to {destination}: {error}") from error


def make_backup(
    db_path: Path, folder: Path, generation: int, label: str = "", now: datetime | None = None
) -> BackupFile:
    """Take an automatic backup of `db_path` into `folder`, holding the data folder's write lock.

    The lock keeps writers out for the copy and keeps the next start's clean-up from taking
    this backup's temporary file for a leftover.
    """
    taken_at = now or datetime.now(UTC)
    path = folder / backup_name(taken_at, generation, label)
    with write_lock(db_path.parent).held("backup"):
        copy_database(db_path, path)
    return BackupFile(path, taken_at.astimezone(UTC), generation, label)


def prune_backups(
    folder: Path, policy: RetentionPolicy = DEFAULT_RETENTION, now: datetime | None = None
) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what was removed.

    Labelled backups (taken before a restore or an upgrade) are not rotated by the daily policy:
    they hold data the user replaced, and the next automatic backup of the same day would
    otherwise delete them. The newest `KEEP_LABELLED` of them are kept. Backups stamped in the
    future are left alone: they would take the place of real days in the policy.
    """
    backups = usable_backups(folder, now)
    automatic = [backup for backup in backups if not backup.label]
    labelled = [backup for backup in backups if backup.label]
    keep = backups_to_keep((b.taken_at for b in automatic), policy)
    doomed = [b for b in automatic if b.taken_at not in keep] + labelled[KEEP_LABELLED:]
    for backup in doomed:
        backup.path.unlink(missing_ok=True)
    return [backup.path for backup in doomed]


def newest_good_backup(folder: Path, now: datetime | None = None) -> BackupFile | None:
    """The newest automatic backup that passes a full integrity check (never a future one)."""
    for backup in usable_backups(folder, now):
        if integrity_check(backup.path) == "ok":
            return backup
    return None


def restore_into(backup: Path, db_path: Path) -> None:
    """Replace the database at `db_path` with the contents of `backup`, through SQLite.

    Writing through the backup API (rather than copying over the file) keeps any WAL beside
    the live file consistent with what is restored.
    """
    try:
        with (
            contextlib.closing(sqlite3.connect(read_only_uri(backup), uri=True)) as src,
            contextlib.closing(
                sqlite3.connect(db_path, factory=connection_class(write_lock(db_path.parent)))
            ) as dst,
        ):
            dst.execute("PRAGMA busy_timeout=5000")
            src.backup(dst)
            dst.execute(f"PRAGMA journal_mode={JOURNAL_MODE}")
    except sqlite3.Error as error:
        raise BackupFailed(f"could not restore from {backup}: {error}") from error


def set_aside(db_path: Path, folder: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (and its WAL) into `folder`; never delete it. Returns its path."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-damaged-{stamp}{db_path.suffix}"
    copy_number = 1
    while target.exists():
        # replace() would silently overwrite a file set aside earlier at the same instant.
        copy_number += 1
        target = folder / f"{db_path.stem}-damaged-{stamp}-{copy_number}{db_path.suffix}"
    db_path.replace(target)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    _fsync(path)
