"""Judging a backup before it replaces anything: is it healthy, and exactly our schema?

A file handed to `restore` comes from outside. It must pass integrity_check and
foreign_key_check, carry a revision this app knows, and have exactly the tables, columns,
indexes, triggers and views our migrations make at that revision, with nothing extra: an extra
trigger could wipe the diary at the next write, a view in place of a table breaks every command.

The reference schema is made by migrating a scratch database to the file's revision, so every
revision (including ones added later) is covered without a list kept by hand. It is cached per
revision for the life of the process.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from companion.storage.engine import make_engine, read_only_uri
from companion.storage.errors import Fault, RestoreProblem, RestoreReason, fault_of
from companion.storage.migrate import alembic_config, upgrade

SchemaObject = tuple[str, str, str, str]  # type, name, table, normalised SQL

_QUOTES = re.compile(r"[\"`\[\]]")
_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r"\s*([(),=])\s*")


def normalise_sql(sql: str | None) -> str:
    """SQL text without the differences that do not change meaning (case, quotes, spacing)."""
    if not sql:
        return ""
    text = _SPACE.sub(" ", _QUOTES.sub("", sql.lower())).strip()
    return _AROUND_PUNCTUATION.sub(r"\1", text)


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every object of the schema (tables, indexes, triggers, views), normalised."""
    # Names starting "sqlite_" are SQLite's own (sqlite_sequence appears with the first row of an
    # AUTOINCREMENT table, sqlite_stat1 after ANALYZE, autoindexes follow from the tables' SQL);
    # nobody else may create such names, so leaving them out hides nothing.
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'"
    ).fetchall()
    return frozenset((str(t), str(n), str(tbl), normalise_sql(sql)) for t, n, tbl, sql in rows)


@functools.lru_cache(maxsize=16)
def reference_schema(migrations: Path, revision: str) -> frozenset[SchemaObject]:
    """What our migrations make at `revision`, from a scratch database (cached)."""
    with tempfile.TemporaryDirectory(prefix="companion-schema-") as scratch:
        engine = make_engine(Path(scratch) / "reference.db")
        try:
            upgrade(engine, migrations, target=revision)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(Path(scratch) / "reference.db")) as conn:
            return schema_of(conn)


def known_revisions(migrations: Path) -> set[str]:
    """Every revision id our migrations know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(migrations))
    return {rev.revision for rev in script.walk_revisions()}


def restore_problem(candidate: Path, migrations: Path) -> RestoreProblem | None:
    """Why `candidate` must not be restored (a reason, its English is a sentence), or None."""
    try:
        if not candidate.is_file():
            return RestoreProblem(candidate, RestoreReason.NOT_A_FILE)
    except OSError as error:
        return RestoreProblem(candidate, RestoreReason.UNREADABLE, str(error.strerror))
    if not os.access(candidate, os.R_OK):
        return RestoreProblem(candidate, RestoreReason.NOT_PERMITTED)
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(candidate), uri=True)) as conn:
            conn.execute("PRAGMA trusted_schema=OFF")
            return _judge(conn, candidate, migrations)
    except sqlite3.Error as error:
        if fault_of(error) is Fault.DAMAGED:
            return RestoreProblem(candidate, RestoreReason.UNHEALTHY, str(error))
        return RestoreProblem(candidate, RestoreReason.UNREADABLE, str(error))


def _judge(conn: sqlite3.Connection, candidate: Path, migrations: Path) -> RestoreProblem | None:
    verdict = "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall())
    if verdict != "ok":
        return RestoreProblem(candidate, RestoreReason.UNHEALTHY, verdict[:200])
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        return RestoreProblem(candidate, RestoreReason.DANGLING_ROWS, rows=len(broken))
    has_version = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_version:
        return RestoreProblem(candidate, RestoreReason.NO_VERSION)
    versions = [str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version")]
    if len(versions) != 1:
        return RestoreProblem(candidate, RestoreReason.UNCLEAR_VERSION)
    (revision,) = versions
    if revision not in known_revisions(migrations):
        return RestoreProblem(candidate, RestoreReason.NEWER)
    expected = reference_schema(migrations, revision)
    found = schema_of(conn)
    if found != expected:
        return RestoreProblem(candidate, RestoreReason.OTHER_TABLES, _difference(found, expected))
    return None


def _difference(found: frozenset[SchemaObject], expected: frozenset[SchemaObject]) -> str:
    extra = sorted(f"{kind} {name}" for kind, name, _t, _s in found - expected)
    missing = sorted(f"{kind} {name}" for kind, name, _t, _s in expected - found)
    parts = []
    if extra:
        parts.append("unexpected or changed: " + ", ".join(extra[:3]))
    if missing:
        parts.append("missing or changed: " + ", ".join(missing[:3]))
    return "; ".join(parts)
