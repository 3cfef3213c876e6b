"""The SQLite engine: durable PRAGMAs on every connection and transactions we control.

Python 3.11's sqlite3 driver opens transactions on its own and silently ignores PRAGMAs issued
inside one; it also never puts DDL in a transaction. SQLAlchemy's documented pysqlite recipe
turns the driver's handling off and emits BEGIN ourselves, so PRAGMAs stick and migrations are
all-or-nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

CONNECTION_PRAGMAS: dict[str, str | int] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed check-in survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 5000,
}

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


def make_engine(db_path: Path, **kwargs: Any) -> Engine:
    """An engine on the SQLite file at `db_path`, every connection configured for durability."""
    engine = create_engine(f"sqlite:///{db_path}", **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def connection_pragmas(conn: Connection) -> dict[str, Any]:
    """The PRAGMA values a connection really has (for checks and tests)."""
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in CONNECTION_PRAGMAS}
