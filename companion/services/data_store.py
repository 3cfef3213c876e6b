"""Opening the user's data safely, and keeping it safe: check, migrate, back up, restore."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select, update

from companion.domain.changes import Changes, Topic
from companion.storage.backup import (
    BackupFile,
    copy_database,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    restore_into,
    set_aside,
)
from companion.storage.engine import make_engine
from companion.storage.errors import BackupFailed, MigrationFailed, StorageError
from companion.storage.migrate import (
    FileState,
    head_revision,
    inspect,
    integrity_check,
    stored_revision,
    upgrade,
)
from companion.storage.models import StoreState
from companion.storage.unit_of_work import UnitOfWorkFactory

DB_NAME = "companion.db"
BACKUPS = "backups"
DAMAGED = "damaged"


class DataProblem(Exception):
    """The data cannot be opened as it is; the message says what happened and what to do."""


class DamagedData(DataProblem):
    """The database failed its check; it was set aside and a backup may be offered."""

    def __init__(self, aside: Path, detail: str, good_backup: BackupFile | None) -> None:
        self.aside = aside
        self.detail = detail
        self.good_backup = good_backup
        offer = (
            f"The newest good backup is from {good_backup.taken_at:%Y-%m-%d %H:%M} UTC: "
            f"{good_backup.path}"
            if good_backup
            else "No good backup was found."
        )
        super().__init__(
            f"Your diary file was damaged ({detail}). It has been kept safe at {aside}. {offer}"
        )


class NewerData(DataProblem):
    """The database was written by a newer version of the app; it was not touched."""

    def __init__(self, db_path: Path, revision: str | None) -> None:
        self.revision = revision
        super().__init__(
            f"{db_path} was written by a newer version of Sciatica Companion "
            f"(schema {revision}). Install that version or a newer one to open it; "
            "the file has not been changed."
        )


class UpgradeFailed(DataProblem):
    """A schema upgrade failed and was rolled back."""


@dataclass
class DataFolder:
    """Where one user's data lives."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite file."""
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        """Automatic backups."""
        return self.root / BACKUPS

    @property
    def damaged(self) -> Path:
        """Damaged files set aside (never deleted)."""
        return self.root / DAMAGED

    def ensure(self) -> None:
        """Create the folder private to the user (0700 on POSIX)."""
        for folder in (self.root, self.backups):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _make_private(folder, 0o700)


@dataclass
class Store:
    """An open, migrated database and the units of work over it."""

    folder: DataFolder
    engine: Engine
    units: UnitOfWorkFactory
    migrations: Path
    upgraded_from: str | None = None
    pre_upgrade_backup: BackupFile | None = field(default=None)

    def close(self) -> None:
        """Release every connection (the WAL is checkpointed by SQLite)."""
        self.engine.dispose()


def open_store(root: Path, migrations: Path, now: datetime | None = None) -> Store:
    """Open the data in `root`: check it, back it up and upgrade it if needed.

    Raises DamagedData (after setting the file aside), NewerData (file untouched) or
    UpgradeFailed (rolled back; the old schema and data stand).
    """
    folder = DataFolder(root)
    folder.ensure()
    db = folder.database
    found = inspect(db, migrations)
    if found.state is FileState.DAMAGED:
        aside = set_aside(db, folder.damaged, now)
        raise DamagedData(aside, found.detail, newest_good_backup(folder.backups))
    if found.state is FileState.NEWER:
        raise NewerData(db, found.revision)

    pre_upgrade: BackupFile | None = None
    if found.state is FileState.OUTDATED:
        generation = _generation_of(db)
        pre_upgrade = make_backup(
            db, folder.backups, generation, label=f"before-{head_revision(migrations)}", now=now
        )
    engine = make_engine(db)
    try:
        if found.state is not FileState.CURRENT:
            upgrade(engine, migrations)
    except MigrationFailed as error:
        engine.dispose()
        raise UpgradeFailed(
            f"Updating your diary to this version failed ({error}). Nothing was changed; "
            "your data is as it was. Please report this problem."
        ) from error
    _make_db_files_private(db)
    upgraded_from = found.revision if found.state is FileState.OUTDATED else None
    return Store(folder, engine, UnitOfWorkFactory(engine), migrations, upgraded_from, pre_upgrade)


def current_generation(store: Store) -> int:
    """How many committed writes the database has seen."""
    with store.units.read() as uow:
        return int(uow.session.scalar(select(StoreState.generation)) or 0)


def backup_if_changed(store: Store, now: datetime | None = None) -> BackupFile | None:
    """Take an automatic backup if data changed since the newest one, then rotate."""
    generation = current_generation(store)
    backups = list_backups(store.folder.backups)
    if backups and backups[0].generation == generation:
        return None
    if not backups and generation == 0:
        return None  # nothing has ever been recorded: nothing to protect
    made = make_backup(store.folder.database, store.folder.backups, generation, now=now)
    prune_backups(store.folder.backups)
    return made


def backup_to(store: Store, destination: Path) -> Path:
    """Write a backup to a file the user chose."""
    copy_database(store.folder.database, destination)
    _make_private(destination, 0o600)
    return destination


def check_backup_file(candidate: Path, migrations: Path) -> str | None:
    """Why `candidate` cannot be restored, or None if it can."""
    if not candidate.is_file():
        return f"{candidate} does not exist."
    verdict = integrity_check(candidate)
    if verdict != "ok":
        return f"{candidate} is not a healthy Sciatica Companion backup ({verdict})."
    inspected = inspect(candidate, migrations)
    if inspected.state is FileState.NEWER:
        return f"{candidate} comes from a newer version of Sciatica Companion."
    try:
        revision = stored_revision(candidate)
    except Exception as error:
        return f"{candidate} is not a Sciatica Companion backup ({error})."
    if revision is None:
        return f"{candidate} is not a Sciatica Companion backup (no schema version)."
    return None


def restore_backup(
    root: Path, candidate: Path, migrations: Path, now: datetime | None = None
) -> Store:
    """Replace the data in `root` with a backup, after keeping a copy of what is there now.

    The caller must have closed any open Store on `root` first.
    """
    problem = check_backup_file(candidate, migrations)
    if problem:
        raise BackupFailed(problem)
    folder = DataFolder(root)
    folder.ensure()
    db = folder.database
    if db.exists():
        state = inspect(db, migrations).state
        if state is FileState.DAMAGED:
            set_aside(db, folder.damaged, now)
        else:
            # Keep what is replaced: a restore must never lose data silently.
            make_backup(db, folder.backups, _generation_of(db), label="before-restore", now=now)
    restore_into(candidate, db)
    store = open_store(root, migrations, now)
    _move_generation_past_backups(store)
    return store


def _move_generation_past_backups(store: Store) -> None:
    # A restore takes the generation back to the backup's. Later writes would count up to
    # numbers the backups already carry, and backup_if_changed would take new data for saved.
    seen = [backup.generation for backup in list_backups(store.folder.backups)]
    past_all = max([current_generation(store), *seen]) + 1
    with store.units.write() as uow:
        uow.session.execute(update(StoreState).values(generation=past_all))
        uow.commit()


RESTORED = Changes.of(Topic.EVERYTHING)


def _generation_of(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as c:
            row = c.execute("SELECT generation FROM store_state WHERE id = 1").fetchone()
            return int(row[0]) if row else 0
    except sqlite3.Error:
        return 0


def _make_db_files_private(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path = db.with_name(db.name + suffix)
        if path.exists():
            _make_private(path, 0o600)


def _make_private(path: Path, mode: int) -> None:
    if os.name != "posix":
        return  # the per-user profile folder is already private on Windows
    with contextlib.suppress(OSError):
        if stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)


__all__ = [
    "RESTORED",
    "DamagedData",
    "DataFolder",
    "DataProblem",
    "NewerData",
    "StorageError",
    "Store",
    "UpgradeFailed",
    "backup_if_changed",
    "backup_to",
    "check_backup_file",
    "open_store",
    "restore_backup",
]


def automatic_backups(folder: DataFolder) -> list[BackupFile]:
    """The automatic backups of a data folder, newest first."""
    return list_backups(folder.backups)


def newest_good(folder: DataFolder) -> BackupFile | None:
    """The newest automatic backup that passes a full integrity check."""
    return newest_good_backup(folder.backups)
