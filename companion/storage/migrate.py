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

from companion.storage.errors import MigrationFailed

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
    DAMAGED = "damaged"


@dataclass(frozen=True)
class Inspection:
    """The outcome of looking at a database file read-only."""

    state: FileState
    revision: str | None = None
    detail: str = ""


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
        with contextlib.closing(_open_read_only(db_path)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"
    found = "; ".join(str(row[0]) for row in rows[:5])
    return "ok" if found == "ok" else found or "no answer"


def _open_read_only(db_path: Path) -> sqlite3.Connection:
    # mode=ro: looking must never change the file (a newer database is left byte-for-byte alone).
    return sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)


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
    if not db_path.exists():
        return Inspection(FileState.MISSING)
    verdict = quick_check(db_path)
    if verdict != "ok":
        return Inspection(FileState.DAMAGED, detail=verdict)
    try:
        revision = stored_revision(db_path)
    except sqlite3.Error as error:
        return Inspection(FileState.DAMAGED, detail=str(error))
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


def current_revision(engine: Engine) -> str | None:
    """The revision an open engine's database is at."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
