"""One unit of work per user action: it rolls back unless committed.

A writing unit holds the data folder's write lock from before its BEGIN until after its COMMIT
(or rollback), so writers of every process and thread take turns. A fault of the computer (full
disk, read-only file, permissions) surfaces as DiaryUnavailable: one sentence, nothing changed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, event, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from companion.storage.engine import PROTECT_WAL, WRITE_OPTION, checkpoint_if_large
from companion.storage.errors import DiaryUnavailable, fault_of
from companion.storage.models import StoreState
from companion.storage.write_lock import WriteLock


class UnitOfWork:
    """A session for one action. `commit()` bumps the store's generation when rows changed."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        lock: WriteLock | None = None,
        what: str = "write",
        after_commit: Callable[[], None] | None = None,
    ) -> None:
        self._factory = factory
        self._after_commit = after_commit
        self._session: Session | None = None
        self._lock = lock
        self._what = what
        self._held: contextlib.ExitStack | None = None

    @property
    def session(self) -> Session:
        """The open session (only inside `with`)."""
        if self._session is None:
            raise RuntimeError("a unit of work is used inside a with-block")
        return self._session

    def sqlite(self) -> sqlite3.Connection:
        """The session's own sqlite3 connection, in its transaction: for the queries the
        sqlite3 readers (the tray form, Today's first look) share with the services."""
        driver = self.session.connection().connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return driver

    def __enter__(self) -> Self:
        if self._lock is not None:
            held = contextlib.ExitStack()
            held.enter_context(self._lock.held(self._what))
            self._held = held
        self._session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            # close() rolls back whatever was not committed, and (unlike rollback()) leaves the
            # loaded objects readable after the block.
            self.session.close()
        finally:
            self._session = None
            if self._held is not None:
                self._held.close()
                self._held = None
        # Constraint violations and programming errors stay what they are: bugs, not faults.
        if isinstance(exc, (DBAPIError, sqlite3.Error)) and fault_of(exc) is not None:
            raise DiaryUnavailable.from_error(exc, _database_of(self._factory)) from exc

    def commit(self) -> None:
        """Make every change of this unit durable, all or nothing."""
        session = self.session
        if session.new or session.dirty or session.deleted:
            session.flush()
        if session.info.pop("wrote", False):
            session.execute(update(StoreState).values(generation=StoreState.generation + 1))
            session.info.pop("wrote", None)
        session.commit()
        if self._after_commit is not None:
            self._after_commit()  # still under the write lock


def _note_write(session: Session, _flush_context: object) -> None:
    session.info["wrote"] = True


def _note_bulk_write(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["wrote"] = True


def _database_of(factory: sessionmaker[Session]) -> Path:
    bind = factory.kw.get("bind")
    database = getattr(getattr(bind, "url", None), "database", None)
    return Path(database or "")


class UnitOfWorkFactory:
    """Makes units of work over one engine; writers hold the write lock and BEGIN IMMEDIATE."""

    def __init__(self, engine: Engine, lock: WriteLock | None = None) -> None:
        self.engine = engine
        self.lock = lock
        self._writer = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._writer, "after_flush", _note_write)
        event.listen(self._writer, "do_orm_execute", _note_bulk_write)

    def write(self) -> UnitOfWork:
        """A unit of work that changes data."""
        return UnitOfWork(self._writer, self.lock, after_commit=self._checkpoint)

    def _checkpoint(self) -> None:
        if not PROTECT_WAL or self.lock is None:
            return  # SQLite checkpoints on its own, inside the commit that holds the lock
        database = self.engine.url.database
        if not database:
            return
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            if raw is not None:
                checkpoint_if_large(raw, Path(database))

    def read(self) -> UnitOfWork:
        """A unit of work that only reads (never blocks writers)."""
        return UnitOfWork(self._reader)
