"""The store's own bookkeeping: how many committed writes it has seen."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from companion.storage.models import StoreState


def generation(session: Session) -> int:
    """How many committed writes the database has seen."""
    return int(session.scalar(select(StoreState.generation)) or 0)


def set_generation(session: Session, value: int) -> None:
    """Move the write count to `value` (after a restore took it back)."""
    session.execute(update(StoreState).values(generation=value))
