"""One app per data folder: a second launch hands over and exits; a killed owner's lock is stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from companion.system.instance import LOCK_NAME, DataFolderLock, SingleInstance


def test_a_second_instance_forwards_to_the_first(qtbot: QtBot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    second = SingleInstance(data_dir)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000) as received:
            assert second.forward(["plan.scprog"])
        assert received.args == [["plan.scprog"]]
    finally:
        first.release()
    assert second.acquire()  # once the first lets go, the folder is free
    second.release()


def test_other_data_folders_do_not_meet(tmp_path: Path) -> None:
    one = SingleInstance(tmp_path / "one")
    two = SingleInstance(tmp_path / "two")
    try:
        assert one.acquire()
        assert two.acquire()
    finally:
        one.release()
        two.release()


def _wait_for(predicate: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_a_lock_left_by_a_killed_process_is_taken_over(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from companion.system.instance import DataFolderLock;"
            "lock = DataFolderLock(Path(sys.argv[1]));"
            "print(lock.try_acquire(), flush=True); time.sleep(60)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "True"
    lock = DataFolderLock(data_dir)
    assert lock.held_by_other()
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    holder.stdout.close()
    assert (data_dir / LOCK_NAME).exists()  # the dead process could not clean up
    assert lock.try_acquire()
    lock.release()


def test_two_app_launches_on_one_folder(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "companion", "--data-dir", str(data_dir)]
    first = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    try:
        probe = QLockFile(str(data_dir / LOCK_NAME))
        _wait_for(lambda: (data_dir / "companion.db").exists() and not probe.tryLock(0))
        time.sleep(0.5)  # let the first start listening for a hand-over
        second = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=30, check=False
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first keeps running
    finally:
        first.terminate()
        first.wait(20)
