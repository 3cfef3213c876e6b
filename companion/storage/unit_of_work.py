"""One unit of work per user action: it rolls back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine, event, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from companion.storage.engine import WRITE_OPTION
from companion.storage.models import StoreState


class UnitOfWork:
    """A session for one action. `commit()` bumps the store's generation when rows changed."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session (only inside `with`)."""
        if self._session is None:
            raise RuntimeError("a unit of work is used inside a with-block")
        return self._session

    def __enter__(self) -> Self:
        self._session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed, and (unlike rollback()) leaves the
        # loaded objects readable after the block.
        self.session.close()
        self._session = None

    def commit(self) -> None:
        """Make every change of this unit durable, all or nothing."""
        session = self.session
        if session.new or session.dirty or session.deleted:
            session.flush()
        if session.info.pop("wrote", False):
            session.execute(update(StoreState).values(generation=StoreState.generation + 1))
            session.info.pop("wrote", None)
        session.commit()


def _note_write(session: Session, _flush_context: object) -> None:
    session.info["wrote"] = True


def _note_bulk_write(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["wrote"] = True


class UnitOfWorkFactory:
    """Makes units of work over one engine; writers take the write lock at BEGIN."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._writer, "after_flush", _note_write)
        event.listen(self._writer, "do_orm_execute", _note_bulk_write)

    def write(self) -> UnitOfWork:
        """A unit of work that changes data."""
        return UnitOfWork(self._writer)

    def read(self) -> UnitOfWork:
        """A unit of work that only reads (never blocks writers)."""
        return UnitOfWork(self._reader)
