"""ui/tasks.py: work on real worker threads, its outcome handed back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.ui.tasks import BackgroundTasks

GUI_THREAD = threading.get_ident()


def _worker_thread_answer() -> tuple[int, str]:
    return threading.get_ident(), "answer"


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    seen: list[int] = []

    def done(result: tuple[int, str]) -> None:
        seen.append(threading.get_ident())
        delivered(result)

    with qtbot.waitCallback(timeout=10_000) as delivered:
        tasks.run(_worker_thread_answer, on_done=done)
    worker, answer = delivered.args[0]
    assert answer == "answer"
    assert worker != GUI_THREAD
    assert seen == [GUI_THREAD]
    assert not tasks.busy()


def test_an_error_arrives_on_the_gui_thread_as_the_exception(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    seen: list[int] = []

    def fail() -> None:
        raise OSError("disk full")

    def failed(error: Exception) -> None:
        seen.append(threading.get_ident())
        delivered(error)

    with qtbot.waitCallback(timeout=10_000) as delivered:
        tasks.run(fail, on_done=lambda _: pytest.fail("no result expected"), on_error=failed)
    (error,) = delivered.args
    assert isinstance(error, OSError)
    assert str(error) == "disk full"
    assert seen == [GUI_THREAD]


def test_busy_until_the_outcome_is_delivered_and_wait_blocks_for_running_work(
    qtbot: QtBot,
) -> None:
    tasks = BackgroundTasks()
    release = threading.Event()
    assert not tasks.busy()
    with qtbot.waitCallback(timeout=10_000) as delivered:
        tasks.run(lambda: release.wait(10), on_done=delivered)
        assert tasks.busy()
        assert tasks.wait(50) is False  # still running: quit would not wait for ever
        release.set()
        assert tasks.wait(10_000) is True
    assert delivered.args == [True]
    assert not tasks.busy()


def test_an_error_nobody_waits_for_is_logged_not_raised(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    tasks = BackgroundTasks()

    def fail() -> None:
        raise ValueError("backup folder gone")

    with caplog.at_level(logging.ERROR, logger="companion.ui.tasks"):
        tasks.run(fail)
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)
    (record,) = caplog.records
    assert record.exc_info is not None
    assert str(record.exc_info[1]) == "backup folder gone"


def test_work_still_runs_on_the_app_quitting_path(qtbot: QtBot, tmp_path: Path) -> None:
    # settle() at quit calls wait() without an event loop: the work itself has finished.
    tasks = BackgroundTasks()
    written = tmp_path / "written"
    tasks.run(lambda: written.write_text("kept"))
    assert tasks.wait(10_000)
    assert written.read_text() == "kept"
