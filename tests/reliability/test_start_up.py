"""Start-up: parallel first use, what killed backups leave, and backups from a wrong clock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import (
    DamagedData,
    DataFolder,
    backup_if_changed,
    current_generation,
    open_store,
    restore_backup,
)
from companion.storage.backup import list_backups, make_backup, prune_backups

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def companion(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_eight_parallel_first_uses_of_a_new_folder_all_succeed(tmp_path: Path) -> None:
    root = tmp_path / "new"
    runs = [
        companion("checkin", "--back", "1", "--leg", str(n), "--data-dir", str(root))
        for n in range(8)
    ]
    results = [(run.communicate(timeout=120), run.returncode) for run in runs]
    assert [code for _out, code in results] == [0] * 8, [err for (_o, err), _c in results]
    # The id is the first line (a second may say the safety questions are due).
    assert sorted(int(out.split()[0]) for (out, _e), _c in results) == list(range(1, 9))


_BACKUP_FOREVER = """
import sys
from pathlib import Path
from companion.storage.backup import make_backup
root = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    n += 1
    make_backup(root / "companion.db", root / "backups", n)
"""


def test_killed_backups_leave_nothing_after_the_next_start(tmp_path: Path) -> None:
    root = tmp_path / "data"
    store = open_store(root, migrations_dir())
    for _n in range(300):  # big enough that a backup takes a moment
        record_checkin(store, CheckInDraft(back_pain=1, leg_pain=1, note="x" * 2000), NOW)
    store.close()
    backups = DataFolder(root).backups
    left_partial = 0
    for delay in (0.05, 0.1, 0.15, 0.2, 0.3):
        child = subprocess.Popen(
            [sys.executable, "-c", _BACKUP_FOREVER, str(root)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        left_partial += bool(list(backups.glob(".*.partial")))
    # Also what an older version's kill left behind.
    (backups / ".companion-20260101T000000Z-g1.db.partial").write_bytes(b"\0" * 4096)

    run = companion("checkin", "--back", "1", "--leg", "1", "--data-dir", str(root))
    assert run.communicate(timeout=60)[1] == "" and run.returncode == 0
    assert list(backups.glob(".*.partial")) == []
    print(f"kills that left a .partial file: {left_partial} of 5")


def test_a_backup_from_the_future_is_never_chosen_nor_counted(tmp_path: Path) -> None:
    root = tmp_path / "data"
    store = open_store(root, migrations_dir())
    folder = store.folder
    for day in range(14):
        moment = NOW - timedelta(days=14 - day)
        record_checkin(store, CheckInDraft(back_pain=1, leg_pain=day % 11), moment)
        assert backup_if_changed(store, now=moment) is not None
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=2), NOW)
    # The clock jumped to 2099 for one backup, then came back.
    future = make_backup(
        folder.database,
        folder.backups,
        current_generation(store),
        now=datetime(2099, 1, 1, tzinfo=UTC),
    )
    made = backup_if_changed(store, now=NOW)
    assert made is not None, "a future backup must not count as the newest"
    prune_backups(folder.backups, now=NOW)
    assert future.path.exists(), "retention must not remove (or count) a future backup"
    kept_days = {b.taken_at.date() for b in list_backups(folder.backups) if b != future}
    assert len(kept_days) == 12  # twelve real days, the future one took none of their places

    listing = companion("backups", "--data-dir", str(root)).communicate(timeout=60)[0]
    (line,) = [row for row in listing.splitlines() if "2099" in row]
    assert "date in the future" in line
    store.close()

    folder.database.write_bytes(b"\0" * 4096)  # damage
    with pytest.raises(DamagedData) as raised:
        open_store(root, migrations_dir(), now=NOW)
    offered = raised.value.good_backup
    assert offered is not None and offered.path == made.path


def test_generation_never_goes_backwards_after_a_restore(tmp_path: Path) -> None:
    root = tmp_path / "data"
    store = open_store(root, migrations_dir())
    record_checkin(store, CheckInDraft(back_pain=1, leg_pain=1), NOW)
    old = backup_if_changed(store, now=NOW - timedelta(days=2))
    assert old is not None
    for n in range(5):
        record_checkin(store, CheckInDraft(back_pain=1, leg_pain=n), NOW)
    backup_if_changed(store, now=NOW + timedelta(hours=1))
    store.close()
    store = restore_backup(root, old.path, migrations_dir(), now=NOW - timedelta(days=30))
    seen = max(b.generation for b in list_backups(store.folder.backups))
    assert current_generation(store) > seen
    record_checkin(store, CheckInDraft(back_pain=3, leg_pain=3), NOW)
    # Taken with the clock a month behind, it still ranks first: by generation, not by date.
    newest = backup_if_changed(store, now=NOW - timedelta(days=30))
    assert newest is not None and list_backups(store.folder.backups)[0] == newest
    store.close()
