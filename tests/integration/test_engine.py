"""Every pooled connection really has the durability PRAGMAs; units of work commit or roll back."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from companion.domain.vocabulary import LegReach
from companion.services.data_store import Store, current_generation
from companion.storage.engine import (
    JOURNAL_MODE,
    PROTECT_WAL,
    connection_pragmas,
    has_wal_reset_bug,
)
from companion.storage.models import CheckIn


def _checkin() -> CheckIn:
    return CheckIn(
        recorded_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        back_pain=4,
        leg_pain=6,
        leg_reach=LegReach.CALF,
    )


def test_each_pooled_connection_has_the_pragmas(store: Store) -> None:
    # Hold several connections at once so the pool must open distinct ones.
    connections = [store.engine.connect() for _ in range(4)]
    try:
        raw_ids = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw_ids) == 4
        for conn in connections:
            assert connection_pragmas(conn) == {
                "journal_mode": JOURNAL_MODE,
                "synchronous": 2,
                "foreign_keys": 1,
                "busy_timeout": 5000,
                "wal_autocheckpoint": 0 if PROTECT_WAL else 1000,
            }
    finally:
        for conn in connections:
            conn.close()


def test_pragmas_hold_inside_a_unit_of_work(store: Store) -> None:
    with store.units.write() as uow:
        conn = uow.session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_unit_of_work_rolls_back_unless_committed(store: Store) -> None:
    with store.units.write() as uow:
        uow.session.add(_checkin())
        uow.session.flush()
    with store.units.read() as uow:
        assert uow.session.scalar(select(func.count(CheckIn.id))) == 0


def test_an_exception_rolls_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.units.write() as uow:
        uow.session.add(_checkin())
        uow.session.flush()
        raise RuntimeError("the user's action failed half-way")
    with store.units.read() as uow:
        assert uow.session.scalar(select(func.count(CheckIn.id))) == 0


def test_commit_keeps_the_row_and_counts_a_write(store: Store) -> None:
    before = current_generation(store)
    with store.units.write() as uow:
        uow.session.add(_checkin())
        uow.commit()
    with store.units.read() as uow:
        row = uow.session.scalars(select(CheckIn)).one()
        assert row.recorded_at == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
        assert row.leg_reach is LegReach.CALF
    assert current_generation(store) == before + 1


def test_a_read_only_commit_does_not_count_as_a_change(store: Store) -> None:
    before = current_generation(store)
    with store.units.write() as uow:
        uow.session.scalar(select(func.count(CheckIn.id)))
        uow.commit()
    assert current_generation(store) == before


def test_naive_datetimes_are_refused(store: Store) -> None:
    with store.units.write() as uow:
        checkin = _checkin()
        checkin.recorded_at = datetime(2026, 3, 1, 9, 0)
        uow.session.add(checkin)
        with pytest.raises(Exception, match="naive"):
            uow.commit()


@pytest.mark.parametrize(
    ("version", "affected"),
    [
        ("3.7.0", True),
        ("3.40.1", True),
        ("3.44.5", True),
        ("3.44.6", False),
        ("3.44.9", False),
        ("3.45.0", True),
        ("3.50.6", True),
        ("3.50.7", False),
        ("3.51.0", True),
        ("3.51.2", True),
        ("3.51.3", False),
        ("3.52.0", False),
        ("4.0.0", False),
    ],
)
def test_which_sqlite_releases_have_the_wal_reset_bug(version: str, affected: bool) -> None:
    assert has_wal_reset_bug(version) is affected


def test_the_wal_reset_protection_is_active_on_this_sqlite(store: Store) -> None:
    # On an affected SQLite no checkpoint may run outside the write lock: automatic checkpoints
    # are off, and closing the last connection (which checkpoints) waits for the lock.
    from companion.storage.write_lock import WriteLock

    with store.engine.connect() as conn:
        autocheckpoint = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    if not has_wal_reset_bug(sqlite3.sqlite_version):
        assert autocheckpoint == 1000
        return
    assert autocheckpoint == 0
    other = WriteLock(store.folder.root)
    closed = threading.Event()
    with other.held("test"):
        closer = threading.Thread(target=lambda: (store.close(), closed.set()))
        closer.start()
        assert not closed.wait(0.3), "the store closed while another writer held the lock"
    closer.join(5)
    assert closed.is_set()


def test_a_write_unit_holds_the_write_lock_until_it_ends(store: Store) -> None:
    from companion.storage.write_lock import WriteLock, WriteLockBusy

    other = WriteLock(store.folder.root)  # another thread or process would use its own
    with store.units.write() as uow:
        uow.session.add(_checkin())
        with pytest.raises(WriteLockBusy), other.held("test", wait=0.05):
            pass
        uow.commit()
    with other.held("test", wait=0):
        pass


def test_the_wal_is_checkpointed_under_the_lock_and_stays_bounded(store: Store) -> None:
    # With automatic checkpoints off, the unit of work checkpoints once the WAL is large; the
    # WAL is then reused from the start instead of growing with every write.
    from companion.storage.engine import CHECKPOINT_BYTES

    wal = Path(f"{store.folder.database}-wal")
    largest = 0
    for batch in range(60):
        with store.units.write() as uow:
            for n in range(100):
                checkin = _checkin()
                checkin.note = f"{batch}-{n} " + "z" * 1900
                uow.session.add(checkin)
            uow.commit()
        largest = max(largest, wal.stat().st_size)
    assert largest < 1.5 * CHECKPOINT_BYTES  # unchecked, it would pass 12 MB
    with store.units.read() as uow:
        assert uow.session.scalar(select(func.count(CheckIn.id))) == 6000
