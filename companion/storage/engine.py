"""The SQLite engine: durable PRAGMAs on every connection and transactions we control.

Python 3.11's sqlite3 driver opens transactions on its own and silently ignores PRAGMAs issued
inside one; it also never puts DDL in a transaction. SQLAlchemy's documented pysqlite recipe
turns the driver's handling off and emits BEGIN ourselves, so PRAGMAs stick and migrations are
all-or-nothing.

WAL and the WAL-reset bug: SQLite before 3.51.3 (except the backports 3.50.7 and 3.44.6) can
corrupt a WAL database when two connections write or checkpoint at the same time. The app keeps
WAL (a check-in saves in about a millisecond; a rollback journal took ten) and makes sure that
never happens on an affected SQLite: every write transaction holds the data folder's write lock
(write_lock.py); automatic checkpoints are off and the unit of work checkpoints explicitly while
it still holds the lock; and every connection closes under the lock, because SQLite checkpoints
when the last connection to a database closes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from companion.storage.errors import StorageError
from companion.storage.write_lock import WriteLock

FIXED_SQLITE = (3, 51, 3)
# Releases of older branches that carry the fix: (first fixed release, first release after it).
FIXED_BACKPORTS = (((3, 50, 7), (3, 51, 0)), ((3, 44, 6), (3, 45, 0)))


def has_wal_reset_bug(version: str = sqlite3.sqlite_version) -> bool:
    """True if this SQLite release can corrupt a WAL database when writers or checkpoints race."""
    parts = tuple(int(part) for part in version.split(".")[:3])
    release = (*parts, 0, 0, 0)[:3]
    if release >= FIXED_SQLITE:
        return False
    return not any(first <= release < after for first, after in FIXED_BACKPORTS)


PROTECT_WAL = has_wal_reset_bug()
JOURNAL_MODE = "wal"

# busy_timeout first: changing the journal mode may have to wait for another connection.
CONNECTION_PRAGMAS: dict[str, str | int] = {
    "busy_timeout": 5000,
    "journal_mode": JOURNAL_MODE,
    "synchronous": 2,  # FULL: a committed check-in survives a power cut
    "foreign_keys": 1,
    # Off where the bug lives: a checkpoint must run only under the write lock (unit_of_work).
    "wal_autocheckpoint": 0 if PROTECT_WAL else 1000,
}
# The WAL is checkpointed once it grows past this (checked after each write, under the lock).
CHECKPOINT_BYTES = 4 * 1024 * 1024


class _LockedClose(sqlite3.Connection):
    """A connection that closes under the write lock (closing may checkpoint the WAL)."""

    write_lock: WriteLock | None = None

    def close(self) -> None:
        """Close, holding the data folder's write lock when one is set."""
        if self.write_lock is None:
            super().close()
            return
        try:
            with self.write_lock.held("close"):
                super().close()
        except StorageError:
            super().close()  # never fail a close; the lock was held too long by another writer


def connection_class(lock: WriteLock | None) -> type[sqlite3.Connection]:
    """The sqlite3 connection class to use for a database guarded by `lock`."""
    if lock is None or not PROTECT_WAL:
        return sqlite3.Connection
    return type("LockedCloseConnection", (_LockedClose,), {"write_lock": lock})


def checkpoint_if_large(conn: sqlite3.Connection, db_path: Path) -> None:
    """Move the WAL into the database once it is large; the caller holds the write lock."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        if wal.stat().st_size < CHECKPOINT_BYTES:
            return
    except OSError:
        return
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


# Writes take the write lock up front so a busy database waits (busy_timeout) instead of failing
# half-way when a deferred transaction tries to upgrade its lock.
WRITE_OPTION = "companion_write"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # the driver must not BEGIN on its own
    cursor = dbapi_connection.cursor()
    try:
        for name, value in CONNECTION_PRAGMAS.items():
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def database_url(db_path: Path) -> URL:
    """The SQLAlchemy URL of the file at `db_path`, built from the path, never by formatting.

    A folder named `My%20Diary`, `what?now` or `a#b` must mean that folder, not a URL escape,
    a query or a fragment.
    """
    return URL.create("sqlite", database=str(db_path))


def make_engine(db_path: Path, lock: WriteLock | None = None, **kwargs: Any) -> Engine:
    """An engine on the SQLite file at `db_path`, every connection configured for durability.

    With `lock`, every connection closes under it on an SQLite with the WAL-reset bug.
    """
    connect_args = {"factory": connection_class(lock)} if lock is not None else {}
    engine = create_engine(database_url(db_path), connect_args=connect_args, **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def connection_pragmas(conn: Connection) -> dict[str, Any]:
    """The PRAGMA values a connection really has (for checks and tests)."""
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in CONNECTION_PRAGMAS}


def read_only_uri(db_path: Path) -> str:
    """A `file:` URI that opens `db_path` read-only (as_uri escapes ? # % and the rest)."""
    return f"{db_path.absolute().as_uri()}?mode=ro"
