"""The short write lock: who holds it is named, restore waits then refuses, and the running
app's own lock does not stop a command-line check-in."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import open_store, restore_backup
from companion.storage.write_lock import WriteLock, WriteLockBusy, write_lock

REPO = Path(__file__).resolve().parents[2]

_HOLD = """
import sys, time
from pathlib import Path
from companion.storage.write_lock import write_lock
with write_lock(Path(sys.argv[1])).held("a long export"):
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""

_APP_RUNNING = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.system.instance import DataFolderLock
app = QCoreApplication([])
lock = DataFolderLock(Path(sys.argv[1]))
assert lock.try_acquire()
store = open_store(Path(sys.argv[1]), migrations_dir())
with store.units.read() as uow:
    uow.session.connection()
    print("running", flush=True)
    sys.stdin.readline()
store.close()
lock.release()
"""


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_the_lock_is_reentrant_in_a_thread_and_exclusive_between_threads(tmp_path: Path) -> None:
    lock = write_lock(tmp_path)
    entered = threading.Event()
    with lock.held("outer"), lock.held("inner"):

        def other_thread() -> None:
            with lock.held("other", wait=5):
                entered.set()

        thread = threading.Thread(target=other_thread)
        thread.start()
        assert not entered.wait(0.2), "another thread got the lock while this one held it"
    thread.join(5)
    assert entered.is_set()


def test_restore_waits_then_refuses_and_names_who_holds_the_lock(tmp_path: Path) -> None:
    root = tmp_path / "data"
    store = open_store(root, migrations_dir())
    from datetime import UTC, datetime

    record_checkin(store, CheckInDraft(back_pain=1, leg_pain=1), datetime(2026, 1, 1, tzinfo=UTC))
    backup = tmp_path / "copy.db"
    from companion.services.data_store import backup_to

    backup_to(store, backup)
    store.close()
    before = (root / "companion.db").read_bytes()
    holder = _child(_HOLD, str(root), "30")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        with pytest.raises(WriteLockBusy) as raised:
            restore_backup(root, backup, migrations_dir(), wait=0.5)
        assert time.monotonic() - started >= 0.5
        assert f"pid {holder.pid} (a long export)" in str(raised.value)
        assert (root / "companion.db").read_bytes() == before
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    # Once the holder is gone (even killed), the lock is free again.
    restore_backup(root, backup, migrations_dir(), wait=0.5).close()


def test_a_command_line_checkin_succeeds_while_the_app_runs(tmp_path: Path) -> None:
    root = tmp_path / "data"
    open_store(root, migrations_dir()).close()
    app = _child(_APP_RUNNING, str(root))
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "running"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "companion",
                "checkin",
                "--back",
                "2",
                "--leg",
                "3",
                "--data-dir",
                str(root),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "1"
    finally:
        app.communicate("\n", timeout=30)
    assert app.returncode == 0


def test_a_busy_lock_names_its_holder_in_one_sentence(tmp_path: Path) -> None:
    mine = WriteLock(tmp_path)
    theirs = WriteLock(tmp_path)
    with mine.held("backup"), pytest.raises(WriteLockBusy) as raised, theirs.held("x", wait=0):
        pass
    assert "(backup)" in str(raised.value) and "\n" not in str(raised.value)
