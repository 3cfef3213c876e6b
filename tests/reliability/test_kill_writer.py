"""kill -9 a writer at random moments: every acknowledged entry survives whole; the file is ok."""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from companion.paths import migrations_dir
from companion.services.data_store import current_generation, open_store
from companion.storage.migrate import integrity_check, quick_check

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).resolve().with_name("writer_process.py")
ROUNDS = 25
SEED = 20250125

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
    pytest.mark.slow,
]


def load_writer() -> ModuleType:
    """The writer module, for the values it derives from an id."""
    spec = importlib.util.spec_from_file_location("writer_process", WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def start_writer(data_dir: Path) -> subprocess.Popen[str]:
    """A writer process on `data_dir`, its stdout piped back to us."""
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def acknowledged_ids(output: str) -> list[int]:
    """The ids the writer printed in full (a line cut by the kill does not count)."""
    lines = output.split("\n")[:-1]  # whatever follows the last newline is incomplete
    return [int(line) for line in lines if line.isdigit()]


def kill_at_random_moment(writer: subprocess.Popen[str], rng: random.Random) -> str:
    """SIGKILL the writer, sometimes while it starts up, mostly while it commits."""
    assert writer.stdout is not None
    if rng.random() < 0.2:
        # Somewhere in start-up: imports, opening, checking, migrating.
        time.sleep(rng.uniform(0.0, 0.6))
        head = ""
    else:
        head = writer.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.25))
    writer.send_signal(signal.SIGKILL)
    rest, errors = writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL, f"the writer ended on its own: {errors}"
    return head + rest


def test_acknowledged_entries_survive_kill_9_whole(data_dir: Path) -> None:
    writer_module = load_writer()
    rng = random.Random(SEED)
    acknowledged: set[int] = set()
    kills_while_writing = 0

    for round_number in range(ROUNDS):
        output = kill_at_random_moment(start_writer(data_dir), rng)
        ids = acknowledged_ids(output)
        kills_while_writing += bool(ids)
        assert not acknowledged.intersection(ids), "an acknowledged id was handed out again: lost"
        acknowledged.update(ids)
        db = data_dir / "companion.db"
        if db.exists():
            # Checked before anything opens it for writing, with the WAL left by the kill.
            assert quick_check(db) == "ok", f"round {round_number}"

    # Most rounds must really have died mid-write, or this proves little.
    assert kills_while_writing >= ROUNDS // 2
    assert len(acknowledged) > ROUNDS

    store = open_store(data_dir, migrations_dir())
    try:
        with store.units.read() as uow:
            stored = writer_module.stored_entries(uow.session)
            checkin_ids = set(uow.session.scalars(select(writer_module.CheckIn.id)))
        generation = current_generation(store)
    finally:
        store.close()

    missing = acknowledged - stored.keys()
    assert not missing, f"acknowledged entries lost: {sorted(missing)[:10]}"
    # Entries committed just before a kill may be stored without having been printed; every
    # stored entry, acknowledged or not, must be whole and exactly as the writer made it.
    half_written = {
        entry_id: values
        for entry_id, values in stored.items()
        if values != writer_module.expected_entry(entry_id)
    }
    assert not half_written, f"entries not as written: {sorted(half_written)[:10]}"
    # Ids are handed out consecutively, so anything stored beyond the acknowledged ones can
    # only be the one commit per round that finished before its id was printed.
    assert checkin_ids == set(range(1, max(checkin_ids) + 1))
    assert len(checkin_ids - acknowledged) <= ROUNDS
    # The generation counter moves in the same transaction as the entry it counts.
    assert generation == len(checkin_ids)
    assert integrity_check(data_dir / "companion.db") == "ok"
