"""Resume from suspend, announced by logind over D-Bus (a private bus stands in for the system
bus): the watcher hears it, only from the name's owner, and the reminder runner looks at once."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from companion.services.data_store import Store
from companion.system.desktop_state import DesktopWatcher
from companion.system.idle import IdleDetection
from companion.system.sleep_watch import LOGIND, SleepWatcher
from companion.ui.context import AppContext
from companion.ui.reminders.activity import ActivityWatch
from companion.ui.reminders.reminder_runner import ReminderRunner
from companion.ui.ui_state import UiState


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed (apt-get install dbus)"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    process.stdout.close()
    yield address
    process.terminate()
    process.wait(10)


def _announce(bus: QDBusConnection, sleeping: bool) -> None:
    message = QDBusMessage.createSignal(LOGIND[1], LOGIND[2], "PrepareForSleep")
    message.setArguments([sleeping])
    assert bus.send(message)


def test_watcher_hears_sleep_and_resume_from_logind_only(qtbot: QtBot, bus_address: str) -> None:
    logind = QDBusConnection.connectToBus(bus_address, "fake-logind")
    impostor = QDBusConnection.connectToBus(bus_address, "impostor")
    assert logind.registerService(LOGIND[0])
    watcher = SleepWatcher(QDBusConnection.connectToBus(bus_address, "watcher"))
    assert watcher.listening

    with qtbot.waitSignal(watcher.going_to_sleep, timeout=3000):
        _announce(logind, True)
    with qtbot.waitSignal(watcher.resumed, timeout=3000):
        _announce(logind, False)
    # Another program on the bus cannot fake a resume.
    with qtbot.assertNotEmitted(watcher.resumed, wait=500):
        _announce(impostor, False)


def test_without_a_bus_the_watcher_stays_quiet() -> None:
    watcher = SleepWatcher(QDBusConnection.connectToBus("unix:path=/nonexistent", "none"))
    assert watcher.listening is False


def test_runner_looks_at_once_on_resume(
    qtbot: QtBot, bus_address: str, store: Store, data_dir: Path
) -> None:
    logind = QDBusConnection.connectToBus(bus_address, "fake-logind-2")
    assert logind.registerService(LOGIND[0])
    watcher = SleepWatcher(QDBusConnection.connectToBus(bus_address, "watcher-2"))
    runner = ReminderRunner(
        AppContext(store, UiState(data_dir)),
        watch=ActivityWatch(
            idle=IdleDetection(None, "none"), desktop=DesktopWatcher({}), sleep=watcher
        ),
    )
    qtbot.addWidget(runner.window)
    runner.start()
    assert runner.wake_in_ms > 60_000
    _announce(logind, False)
    qtbot.waitUntil(lambda: runner.ticks == 1, timeout=3000)
    runner.stop()
