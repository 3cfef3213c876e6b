"""Opening the user's data safely, and keeping it safe: check, migrate, back up, restore."""

from __future__ import annotations

import contextlib
import enum
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from companion.domain.changes import Changes, Topic
from companion.services.outputs import (
    check_output_target,
    pending_output,
    place_output,
    temporary_name,
)
from companion.storage.backup import (
    BackupFile,
    copy_database,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    remove_partial_backups,
    restore_into,
    set_aside,
    usable_backups,
)
from companion.storage.engine import make_engine, read_only_uri
from companion.storage.errors import (
    BackupRefused,
    DiaryUnavailable,
    Fault,
    MigrationFailed,
    RestoreProblem,
    RestoreReason,
    StorageError,
    fault_of,
    refine_cannot_open,
)
from companion.storage.migrate import (
    FileState,
    Inspection,
    head_revision,
    inspect,
    upgrade,
)
from companion.storage.queries.store_state import generation, set_generation
from companion.storage.queries.tray import DATABASE_FILE
from companion.storage.schema_check import restore_problem
from companion.storage.unit_of_work import UnitOfWorkFactory
from companion.storage.write_lock import WriteLock, write_lock

DB_NAME = DATABASE_FILE
BACKUPS = "backups"
DAMAGED = "damaged"
RESTORE_WAIT = 10.0  # seconds a restore waits for a writer before it refuses


class DataProblem(Exception):
    """The data cannot be opened as it is; the message says what happened and what to do."""


class DamagedData(DataProblem):
    """SQLite reports the database corrupt; it may have been set aside, a backup may be offered.

    `aside` is where the file was moved, or None if it was left in place for the user to choose
    (the GUI moves nothing before the user has chosen).
    """

    def __init__(self, aside: Path | None, detail: str, good_backup: BackupFile | None) -> None:
        self.aside = aside
        self.detail = detail
        self.good_backup = good_backup
        offer = (
            f"The newest good backup is from {good_backup.taken_at:%Y-%m-%d %H:%M} UTC: "
            f"{good_backup.path}"
            if good_backup
            else "No good backup was found."
        )
        kept = f"It has been kept safe at {aside}." if aside else "It has not been moved."
        super().__init__(f"Your diary file was damaged ({detail}). {kept} {offer}")


class NewerData(DataProblem):
    """The database was written by a newer version of the app; it was not touched."""

    def __init__(self, db_path: Path, revision: str | None) -> None:
        self.path = db_path
        self.revision = revision
        super().__init__(
            f"{db_path} was written by a newer version of Sciatica Companion "
            f"(schema {revision}). Install that version or a newer one to open it; "
            "the file has not been changed."
        )


class UpgradeFailed(DataProblem):
    """A schema upgrade failed and was rolled back; `detail` is what the migration said."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"Updating your diary to this version failed ({detail}). Nothing was changed; "
            "your data is as it was. Please report this problem."
        )


class FolderReason(enum.Enum):
    """Why a data folder cannot be used."""

    IS_A_FILE = "it is a file, not a folder"
    PATH_HAS_A_FILE = "part of its path is a file, not a folder"


class FolderUnusable(DataProblem):
    """The data folder cannot be used (it is a file, or cannot be created)."""

    def __init__(self, root: Path, reason: FolderReason) -> None:
        self.root = root
        self.reason = reason
        super().__init__(
            f"the data folder {root} cannot be used: {reason.value}. Nothing was changed; "
            "choose another folder with --data-dir, or fix this one"
        )


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

    @property
    def lock(self) -> WriteLock:
        """The short write lock every writer of this folder holds."""
        return write_lock(self.root)

    def ensure(self) -> None:
        """Create the folder private to the user (0700 on POSIX)."""
        for folder in (self.root, self.backups):
            try:
                if folder.exists() and not folder.is_dir():
                    raise FolderUnusable(folder, FolderReason.IS_A_FILE)
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError) as error:
                raise FolderUnusable(folder, FolderReason.PATH_HAS_A_FILE) from error
            except OSError as error:  # a parent we may not enter, a read-only disk
                raise DiaryUnavailable.from_error(error, folder) from error
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
        """Release every connection, under the write lock (closing may checkpoint a WAL)."""
        try:
            with self.folder.lock.held("close"):
                self.engine.dispose()
        except StorageError:
            self.engine.dispose()  # closing must not fail; with no WAL nothing is checkpointed


def open_store(
    root: Path, migrations: Path, now: datetime | None = None, set_aside_damaged: bool = True
) -> Store:
    """Open the data in `root`: check it, back it up and upgrade it if needed.

    Raises DamagedData (only when SQLite reports the file corrupt; it is set aside first unless
    `set_aside_damaged` is False), DiaryUnavailable (the computer's fault: full, read-only,
    denied; the file is untouched), NewerData (untouched) or UpgradeFailed (rolled back).
    """
    folder = DataFolder(root)
    folder.ensure()
    db = folder.database
    found = _inspect_or_raise(folder, migrations, now, set_aside_damaged)
    _remove_leftovers(folder)
    pre_upgrade: BackupFile | None = None
    if found.state is not FileState.CURRENT:
        # First use and upgrades are serialised: of 8 processes opening a new folder at once,
        # one migrates and the others find the file current when their turn comes.
        with folder.lock.held("upgrade"):
            found = _inspect_or_raise(folder, migrations, now, set_aside_damaged)
            if found.state is not FileState.CURRENT:
                pre_upgrade = _upgrade(folder, migrations, found.state, now)
    _make_db_files_private(db)
    upgraded_from = found.revision if pre_upgrade is not None else None
    engine = make_engine(db, folder.lock)
    units = UnitOfWorkFactory(engine, folder.lock)
    return Store(folder, engine, units, migrations, upgraded_from, pre_upgrade)


def _inspect_or_raise(
    folder: DataFolder, migrations: Path, now: datetime | None, set_aside_damaged: bool
) -> Inspection:
    db = folder.database
    found = inspect(db, migrations)
    if found.state is FileState.UNAVAILABLE:
        fault = refine_cannot_open(found.fault or Fault.CANNOT_OPEN, db)
        raise DiaryUnavailable(fault, db, found.detail)
    if found.state is FileState.DAMAGED:
        aside = None
        if set_aside_damaged:
            aside = set_damaged_aside(folder, now)
        raise DamagedData(aside, found.detail, newest_good_backup(folder.backups, now))
    if found.state is FileState.NEWER:
        raise NewerData(db, found.revision)
    return found


def set_damaged_aside(folder: DataFolder, now: datetime | None = None) -> Path:
    """Move the damaged database of `folder` into damaged/ (never deleted); returns where."""
    with folder.lock.held("set aside"):
        try:
            return set_aside(folder.database, folder.damaged, now)
        except OSError as error:
            raise DiaryUnavailable.from_error(error, folder.database) from error


def _upgrade(
    folder: DataFolder, migrations: Path, state: FileState, now: datetime | None
) -> BackupFile | None:
    db = folder.database
    pre_upgrade: BackupFile | None = None
    if state is FileState.OUTDATED:
        generation = _generation_of(db)
        pre_upgrade = make_backup(
            db, folder.backups, generation, label=f"before-{head_revision(migrations)}", now=now
        )
    engine = make_engine(db, folder.lock)
    try:
        upgrade(engine, migrations)
    except MigrationFailed as error:
        fault = fault_of(error.__cause__) if error.__cause__ else None
        if fault is not None and fault is not Fault.DAMAGED:
            raise DiaryUnavailable.from_error(error.__cause__, db) from error  # type: ignore[arg-type]
        raise UpgradeFailed(str(error)) from error
    finally:
        engine.dispose()
    return pre_upgrade


def _remove_leftovers(folder: DataFolder) -> None:
    # Only when nobody writes: a backup in progress in another process holds the write lock.
    try:
        with folder.lock.held("clean up", wait=0):
            remove_partial_backups(folder.backups)
    except StorageError:
        pass


def current_generation(store: Store) -> int:
    """How many committed writes the database has seen."""
    with store.units.read() as uow:
        return generation(uow.session)


def backup_if_changed(store: Store, now: datetime | None = None) -> BackupFile | None:
    """Take an automatic backup if data changed since the newest one, then rotate."""
    with store.folder.lock.held("backup"):
        generation = current_generation(store)
        # A backup stamped in the future (clock jump) does not count: take one with a sane date.
        backups = usable_backups(store.folder.backups, now)
        if backups and backups[0].generation == generation:
            return None
        if not backups and generation == 0:
            return None  # nothing has ever been recorded: nothing to protect
        made = make_backup(store.folder.database, store.folder.backups, generation, now=now)
        prune_backups(store.folder.backups, now=now)
        return made


def backup_to(store: Store, destination: Path, overwrite: bool = False) -> Path:
    """Write a backup to a file the user chose: never into the data folder, never over a file
    unless `overwrite` (the user confirmed), whole or not at all (OutputFailed says why)."""
    target = check_output_target(destination, store.folder.root, overwrite)
    temporary = temporary_name(target)
    with pending_output(store.folder.root, temporary):
        try:
            with store.folder.lock.held("backup"):
                copy_database(store.folder.database, temporary)
            _make_private(temporary, 0o600)
            place_output(temporary, target, overwrite)
        finally:
            temporary.unlink(missing_ok=True)
    return target


def check_backup_file(candidate: Path, migrations: Path) -> RestoreProblem | None:
    """Why `candidate` cannot be restored, or None if it can."""
    return restore_problem(candidate, migrations)


def restore_backup(
    root: Path,
    candidate: Path,
    migrations: Path,
    now: datetime | None = None,
    wait: float = RESTORE_WAIT,
) -> Store:
    """Replace the data in `root` with a backup, after keeping a copy of what is there now.

    The backup is judged first (restore_problem); a refused restore raises BackupRefused and
    changes nothing. The whole
    replacement holds the write lock (waiting up to `wait` seconds for a writer to finish), so a
    check-in lands either before it (and is in the before-restore backup) or after it.
    The caller must have closed any open Store on `root` first.
    """
    problem = restore_problem(candidate, migrations)
    if problem:
        raise BackupRefused(problem)
    folder = DataFolder(root)
    folder.ensure()
    db = folder.database
    with folder.lock.held("restore", wait=wait):
        if db.exists():
            found = inspect(db, migrations)
            if found.state is FileState.UNAVAILABLE:
                fault = refine_cannot_open(found.fault or Fault.CANNOT_OPEN, db)
                raise DiaryUnavailable(fault, db, found.detail)
            if found.state is FileState.DAMAGED:
                set_damaged_aside(folder, now)
            else:
                # Keep what is replaced: a restore must never lose data silently.
                generation = _generation_of(db)
                make_backup(db, folder.backups, generation, label="before-restore", now=now)
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
        set_generation(uow.session, past_all)
        uow.commit()


RESTORED = Changes.of(Topic.EVERYTHING)


def _generation_of(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(db), uri=True)) as c:
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
        current = stat.S_IMODE(path.stat().st_mode)
        # Take away what others may do, never add: a file the user made read-only stays so.
        private = current & mode
        if current != private:
            path.chmod(private)


__all__ = [
    "RESTORED",
    "BackupRefused",
    "DamagedData",
    "DataFolder",
    "DataProblem",
    "DiaryUnavailable",
    "Fault",
    "FolderUnusable",
    "NewerData",
    "RestoreProblem",
    "RestoreReason",
    "StorageError",
    "Store",
    "UpgradeFailed",
    "backup_if_changed",
    "backup_to",
    "check_backup_file",
    "open_store",
    "restore_backup",
    "set_damaged_aside",
]


def automatic_backups(folder: DataFolder) -> list[BackupFile]:
    """The automatic backups of a data folder, newest first."""
    return list_backups(folder.backups)
