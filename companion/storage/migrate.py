"""Look at a database file before touching it, and bring its schema up to date from code."""

from __future__ import annotations

import contextlib
import enum
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from companion.storage.engine import read_only_uri
from companion.storage.errors import Fault, MigrationFailed, fault_of

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako) costs about 100 ms and 17 MB at start. A database that is already current
# is the usual case, so that is decided from the revision files' own two assignments; Alembic is
# imported only to upgrade, or when the files do not give one clear answer.
_ASSIGNMENT = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([0-9A-Za-z_]+)['\"]|None)\s*$",
    re.MULTILINE,
)


class FileState(enum.Enum):
    """What a look at the file found."""

    MISSING = "missing"
    CURRENT = "current"
    OUTDATED = "outdated"  # known older revision (or an empty file): needs an upgrade
    NEWER = "newer"  # written by a newer version of the app: refuse, touch nothing
    DAMAGED = "damaged"  # SQLite says corrupt or not a database: the only reason to set aside
    UNAVAILABLE = "unavailable"  # cannot be read now (permissions, I/O, busy): left alone


@dataclass(frozen=True)
class Inspection:
    """The outcome of looking at a database file read-only."""

    state: FileState
    revision: str | None = None
    detail: str = ""
    fault: Fault | None = None


def alembic_config(migrations_dir: Path) -> Config:
    """An Alembic config pointing at our migrations, without any ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.set_main_option("path_separator", "os")
    return config


def head_revision(migrations_dir: Path) -> str:
    """The newest revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(migrations_dir)).get_current_head()
    assert head is not None, "migrations/versions is empty"
    return head


def quick_check(db_path: Path) -> str:
    """'ok', or what SQLite found wrong; never raises (a badly damaged file can make it raise)."""
    return _check(db_path, "quick_check")


def integrity_check(db_path: Path) -> str:
    """The full (slower) check used to trust a backup."""
    return _check(db_path, "integrity_check")


def _check(db_path: Path, pragma: str) -> str:
    try:
        return run_check(db_path, pragma)
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"


def run_check(db_path: Path, pragma: str) -> str:
    """'ok' or the problems the check PRAGMA lists; raises sqlite3.Error if it cannot run."""
    with contextlib.closing(_open_read_only(db_path)) as conn:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    found = "; ".join(str(row[0]) for row in rows[:5])
    return "ok" if found == "ok" else found or "no answer"


def roll_back_hot_journal(db_path: Path) -> None:
    """Let SQLite undo a transaction a killed writer left half-done, if there is one.

    With a rollback journal, the first connection that may write undoes it; a read-only look
    cannot, and would report "attempt to write a readonly database". Any open would do the same
    rollback, so this changes nothing that was committed. A file we may not write is left to the
    read-only look, which then says so.
    """
    journal = db_path.with_name(db_path.name + "-journal")
    try:
        if not journal.is_file() or journal.stat().st_size == 0:
            return
        with db_path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\0":
                return  # a damaged file keeps its journal for whoever examines it
    except OSError:
        return
    with contextlib.suppress(sqlite3.Error):
        uri = f"{db_path.absolute().as_uri()}?mode=rw"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _open_read_only(db_path: Path) -> sqlite3.Connection:
    # mode=ro: looking must never change the file (a newer database is left byte-for-byte alone).
    roll_back_hot_journal(db_path)
    conn = sqlite3.connect(read_only_uri(db_path), uri=True)
    # A file from elsewhere must not run its own SQL functions in views or triggers.
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def stored_revision(db_path: Path) -> str | None:
    """The schema revision stamped in the file, or None for a file without one."""
    with contextlib.closing(_open_read_only(db_path)) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def inspect(db_path: Path, migrations_dir: Path) -> Inspection:
    """Look at the file read-only: missing, current, outdated, newer or damaged."""
    try:
        if not db_path.exists():
            return Inspection(FileState.MISSING)
    except OSError as error:  # e.g. a folder we may not enter
        return Inspection(FileState.UNAVAILABLE, detail=str(error), fault=fault_of(error))
    try:
        with db_path.open("rb") as file:
            header = file.read(16)
    except OSError as error:
        return Inspection(FileState.UNAVAILABLE, detail=str(error), fault=fault_of(error))
    if header and header != b"SQLite format 3\0":
        # Said before SQLite looks: with a journal beside it, SQLite would report the file
        # read-only (it cannot roll the journal back) rather than not a database.
        return Inspection(FileState.DAMAGED, detail="file is not a database", fault=Fault.DAMAGED)
    try:
        verdict = run_check(db_path, "quick_check")
        revision = stored_revision(db_path)
    except sqlite3.Error as error:
        fault = fault_of(error)
        if fault is Fault.DAMAGED:
            return Inspection(FileState.DAMAGED, detail=str(error), fault=fault)
        return Inspection(FileState.UNAVAILABLE, detail=str(error), fault=fault)
    if verdict != "ok":
        # The check ran and listed problems in the file itself: that is damage.
        return Inspection(FileState.DAMAGED, detail=verdict, fault=Fault.DAMAGED)
    if revision is None:
        return Inspection(FileState.OUTDATED)
    if revision == quick_head(migrations_dir):
        return Inspection(FileState.CURRENT, revision=revision)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(migrations_dir))
    try:
        known = script.get_revision(revision)
    except Exception:  # alembic raises several kinds for an unknown id
        known = None
    if known is None:
        return Inspection(FileState.NEWER, revision=revision)
    if revision == script.get_current_head():
        return Inspection(FileState.CURRENT, revision=revision)
    return Inspection(FileState.OUTDATED, revision=revision)


def quick_head(migrations_dir: Path) -> str | None:
    """The head revision read from the revision files without Alembic; None if unclear."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir / "versions").glob("*.py"):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found or not found["revision"]:
            return None  # a file this reader does not understand: let Alembic decide
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def upgrade(engine: Engine, migrations_dir: Path, target: str = "head") -> None:
    """Apply pending revisions in one transaction; on any failure nothing changes.

    Foreign keys are switched off for the batch move-and-copy (SQLite ignores that PRAGMA inside
    a transaction, so it is set first) and the result is checked with foreign_key_check before
    the commit.
    """
    from alembic import command

    config = alembic_config(migrations_dir)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            with conn.begin():
                command.upgrade(config, target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(f"foreign keys broken by the upgrade: {problems[:3]}")
        except MigrationFailed:
            raise
        except Exception as error:
            raise MigrationFailed(f"{type(error).__name__}: {error}") from error
        finally:
            # The connection goes back to the pool: never let it keep foreign keys off.
            conn.invalidate()
