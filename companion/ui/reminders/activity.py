"""What the reminder scheduler is fed, and when it is asked again: the tray form and the full
reminder runner watch the user and the desktop the same way.

The user's time away from the keyboard, whether a full-screen window or do-not-disturb is on
(read only when a reminder could show), and one coarse single-shot timer that a resume from
sleep fires at once, since its clock stood still during the suspend.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer

from companion.reminders.decisions import Step
from companion.reminders.scheduler import ReminderScheduler
from companion.system.desktop_state import DesktopWatcher
from companion.system.idle import IdleDetection, detect_idle_source
from companion.system.sleep_watch import SleepWatcher


class ActivityWatch(QObject):
    """The idle source, the desktop watcher, the sleep watcher and the timer of one owner
    (which connects to `timer.timeout`); tests pass their own sources in."""

    def __init__(
        self,
        *,
        idle: IdleDetection | None = None,
        desktop: DesktopWatcher | None = None,
        sleep: SleepWatcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle = idle if idle is not None else detect_idle_source()
        self._desktop = desktop if desktop is not None else DesktopWatcher()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Whole seconds are precise enough, and let the system batch our wake-ups with others.
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.sleep = sleep if sleep is not None else SleepWatcher(parent=self)
        self.sleep.resumed.connect(self._on_resumed)
        self._closed = False

    @property
    def wake_in_ms(self) -> int:
        """How long until the timer fires (-1 when stopped)."""
        return self.timer.remainingTime() if self.timer.isActive() else -1

    def step(self, scheduler: ReminderScheduler, now: datetime) -> Step:
        """Feed `scheduler` what the system says now."""
        idle_seconds = 0.0
        if self.idle.source is not None:
            # 0 where a reading fails: sitting counts on, and the next reading catches up.
            idle_seconds = self.idle.source.idle_seconds() or 0.0
        desktop = self._desktop.read_when(scheduler.could_show(now))
        return scheduler.tick(
            now,
            idle_seconds,
            fullscreen=bool(desktop.fullscreen),
            do_not_disturb=bool(desktop.do_not_disturb),
        )

    def close(self) -> None:
        """Stop the timer and release the system's handles (idle source, desktop, sleep)."""
        self.timer.stop()
        if self._closed:
            return
        self._closed = True
        if self.idle.source is not None:
            self.idle.source.close()
        self._desktop.close()
        self.sleep.resumed.disconnect(self._on_resumed)

    def _on_resumed(self) -> None:
        if self.timer.isActive():
            self.timer.start(0)
