"""Saving a check-in on ten years of data, with a real fsync, against bare sqlite3.

The app's figure is companion.services.checkins.record_checkin, as the Today page calls it:
validation, the ORM, one write transaction with the store's generation bump, and the commit
that SQLite makes durable (WAL, synchronous=FULL: an fsync of the WAL per commit; the app's
figure includes taking the data folder's write lock). The baseline
is the least that gives the same guarantee: the same two statements in the same kind of
transaction, from the sqlite3 module, on another copy of the same file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind
from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store, open_store
from companion.storage.engine import CONNECTION_PRAGMAS, JOURNAL_MODE
from tests.benchmarks.conftest import BenchSettings, copy_data_folder
from tests.benchmarks.processes import filesystem_of
from tests.benchmarks.report import BenchTable

WARM_UP = 3
DRAFT = CheckInDraft(
    back_pain=3,
    leg_pain=5,
    leg_reach=LegReach.CALF,
    side=Side.LEFT,
    symptoms=frozenset({SymptomKind.PINS_AND_NEEDLES, SymptomKind.ACHING}),
    pain_sites=frozenset({PainSite.BACK, PainSite.LEFT_THIGH, PainSite.LEFT_CALF}),
    sitting_minutes=45,
    walking_minutes=20,
    sleep_disturbed=False,
    note="Better after the walk.",
)


def _app_save(store: Store) -> float:
    started = time.perf_counter_ns()
    record_checkin(store, DRAFT, datetime.now(UTC))
    return (time.perf_counter_ns() - started) / 1e6


def _bare_connection(db: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db, isolation_level=None)
    for name, value in CONNECTION_PRAGMAS.items():
        connection.execute(f"PRAGMA {name}={value}")
    return connection


def _bare_save(connection: sqlite3.Connection) -> float:
    started = time.perf_counter_ns()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO checkins (recorded_at, back_pain, leg_pain, leg_reach, side, "
        "symptoms, pain_sites, sitting_minutes, walking_minutes, sleep_disturbed, note) "
        "VALUES (?, 3, 5, 'calf', 'left', ?, ?, 45, 20, 0, 'Better after the walk.')",
        (
            datetime.now(UTC).isoformat(),
            json.dumps(["aching", "pins_and_needles"]),
            json.dumps(["back", "left_thigh", "left_calf"]),
        ),
    )
    connection.execute("UPDATE store_state SET generation = generation + 1")
    connection.execute("COMMIT")
    return (time.perf_counter_ns() - started) / 1e6


def _raw_fsync(file: BinaryIO) -> float:
    """What the disk itself takes to make a small write durable: the floor under both."""
    file.write(b"x" * 128)
    file.flush()
    started = time.perf_counter_ns()
    os.fsync(file.fileno())
    return (time.perf_counter_ns() - started) / 1e6


def test_saving_a_checkin(
    ten_year_folder: Path, bench_settings: BenchSettings, bench_table: BenchTable, tmp_path: Path
) -> None:
    app_data = copy_data_folder(ten_year_folder, tmp_path / "app")
    bare_data = copy_data_folder(ten_year_folder, tmp_path / "bare")
    assert _pragma(bare_data / "companion.db", "journal_mode") == JOURNAL_MODE

    store = open_store(app_data, migrations_dir())
    bare = _bare_connection(bare_data / "companion.db")
    app_ms: list[float] = []
    bare_ms: list[float] = []
    fsync_ms: list[float] = []
    try:
        with (tmp_path / "fsync-probe").open("wb") as raw:
            # Interleaved, so whatever the disk does over time it does to all three alike.
            for save in range(WARM_UP + bench_settings.checkins):
                timed = (_app_save(store), _bare_save(bare), _raw_fsync(raw))
                if save >= WARM_UP:
                    app_ms.append(timed[0])
                    bare_ms.append(timed[1])
                    fsync_ms.append(timed[2])
    finally:
        bare.close()
        store.close()

    filesystem = filesystem_of(tmp_path)
    figure = bench_table.record(
        "Saving a check-in (fsync), ten-year diary",
        unit="ms",
        app=app_ms,
        baseline=bare_ms,
        goal="< 10 ms",
        max_value=10.0,
        note=(
            f"record_checkin vs the same transaction in bare sqlite3, journal_mode="
            f"{JOURNAL_MODE} + synchronous=FULL, "
            f"on {filesystem}, where one bare fsync takes {statistics.median(fsync_ms):.1f} ms "
            f"(median); slowest app save {max(app_ms):.1f} ms"
            + ("; tmpfs has no real fsync: this flatters both" if filesystem == "tmpfs" else "")
        ),
    )
    saved = _scalar(
        app_data / "companion.db", "SELECT count(*) FROM checkins WHERE note = ?", DRAFT.note
    )
    assert saved == WARM_UP + bench_settings.checkins  # every timed save really landed
    assert figure.app > 0


def _pragma(db: Path, name: str) -> object:
    return _scalar(db, f"PRAGMA {name}")


def _scalar(db: Path, sql: str, *parameters: object) -> object:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, parameters).fetchone()[0]
    finally:
        connection.close()
