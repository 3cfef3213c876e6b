"""The app waiting in the tray with nothing of the ORM, the charts or the pages loaded.

A start at login (`--minimized`) shows the tray icon first and then reads the scheduler's inputs
through the read-only sqlite3 reader (services.tray_data). It runs the same scheduler on the same
clock, idle time and desktop state as the full runner, and writes nothing. When anything must be
written or shown (a reminder falls due, the user picks a menu entry, a second launch, a new day
whose questionnaires must be looked up) it asks the app to wake: the app opens the full store
and services, and the full runner takes over the scheduler as it stands, so no sitting minute is
lost. This module imports no services but tray_data: a test checks that in a fresh interpreter.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from companion import APP_NAME
from companion.reminders.decisions import PauseLength
from companion.reminders.scheduler import ReminderScheduler
from companion.services.tray_data import TrayData
from companion.ui.reminders.activity import ActivityWatch
from companion.ui.reminders.reminder_texts import next_reminder_text
from companion.ui.safety.red_flag_texts import lock_tooltip_text
from companion.ui.tray import Tray

log = logging.getLogger(__name__)


class Wish(enum.Enum):
    """Why the tray form wakes the full app: what it is to do once awake."""

    REMINDER = "reminder"  # something is due or must be stored: the full runner looks at once
    OPEN = "open"
    CHECK_IN = "check_in"
    SESSION = "session"
    SAFETY = "safety"
    PAUSE_HALF_HOUR = "pause_half_hour"
    PAUSE_HOUR = "pause_hour"
    PAUSE_UNTIL_TOMORROW = "pause_until_tomorrow"
    RESUME = "resume"
    QUIT = "quit"


PAUSES = {
    Wish.PAUSE_HALF_HOUR: PauseLength.HALF_HOUR,
    Wish.PAUSE_HOUR: PauseLength.HOUR,
    Wish.PAUSE_UNTIL_TOMORROW: PauseLength.UNTIL_TOMORROW,
}


class TrayForm(QObject):
    """The tray icon's menu and the scheduler's timer, on read-only data."""

    wake_requested = Signal(object)  # Wish

    def __init__(
        self,
        tray: Tray,
        data: TrayData,
        clock: Callable[[], datetime],
        *,
        watch: ActivityWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self._data = data
        self._clock = clock
        now = clock()
        self.locked = data.exercise_locked(now)
        self.scheduler: ReminderScheduler = data.scheduler(data.rules(self.locked))
        self._looked_up_on: date | None = None  # the day the questionnaires were looked up
        self._handover: ReminderScheduler | None = None
        self.watch = watch if watch is not None else ActivityWatch()
        self.watch.setParent(self)
        self.watch.timer.timeout.connect(self._on_timer)
        self.idle = self.watch.idle
        self.ticks = 0
        self.awake = False

        # The same menu as the full app's, in the same order; each entry wakes it.
        translate = QCoreApplication.translate
        self._actions: list[QAction] = []
        for text, wish in (
            (translate("CompanionApp", "Check in…"), Wish.CHECK_IN),
            (translate("CompanionApp", "Start session…"), Wish.SESSION),
            (translate("CompanionApp", "Safety questions…"), Wish.SAFETY),
        ):
            self._add(QAction(text, tray.menu), wish)
        self._next_line = QAction(tray.menu)
        self._next_line.setEnabled(False)
        tray.add_action(self._next_line)
        self._actions.append(self._next_line)
        pause = QMenu(translate("ReminderRunner", "&Pause reminders"), tray.menu)
        for text, wish in (
            (translate("ReminderRunner", "For &30 minutes"), Wish.PAUSE_HALF_HOUR),
            (translate("ReminderRunner", "For &1 hour"), Wish.PAUSE_HOUR),
            (translate("ReminderRunner", "Until &tomorrow"), Wish.PAUSE_UNTIL_TOMORROW),
        ):
            self._on(pause.addAction(text), wish)
        pause.addSeparator()
        self._resume = pause.addAction(translate("ReminderRunner", "&Resume reminders"))
        self._on(self._resume, Wish.RESUME)
        tray.add_action(pause.menuAction())
        self._actions.append(pause.menuAction())
        tray.open_requested.connect(self._wake_to_open)
        tray.quit_requested.connect(self._wake_to_quit)
        tray.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def _add(self, action: QAction, wish: Wish) -> None:
        self._on(action, wish)
        self.tray.add_action(action)
        self._actions.append(action)

    def _on(self, action: QAction, wish: Wish) -> None:
        action.triggered.connect(lambda _checked=False: self.wake(wish))

    def _wake_to_open(self) -> None:
        self.wake(Wish.OPEN)

    def _wake_to_quit(self) -> None:
        self.wake(Wish.QUIT)

    # --- What the tray shows ----------------------------------------------------------------

    def summary(self) -> str:
        """What comes next, in the full runner's words."""
        now = self._clock()
        return next_reminder_text(
            self.scheduler.upcoming(now), self.scheduler.paused_until(now), now
        )

    def refresh(self) -> None:
        """The menu's "Next:" line and the tooltip."""
        if self.awake:
            return
        summary = self.summary()
        self._next_line.setText(summary)
        self._resume.setEnabled(self.scheduler.paused_until(self._clock()) is not None)
        tip = f"{APP_NAME}\n{summary}"  # as the full runner words it
        self.tray.icon.setToolTip(f"{tip}\n{lock_tooltip_text()}" if self.locked else tip)

    # --- The scheduler ----------------------------------------------------------------------

    def start(self) -> None:
        """Look at once, then sleep until the scheduler says to look again."""
        self._look()

    def tick(self) -> None:
        """Feed the scheduler as the full runner does; wake the app for anything to store."""
        if self.awake:
            return
        now = self._clock()
        if self.scheduler.is_new or not self._questionnaires_as_known(now.date()):
            self.wake(Wish.REMINDER)  # the full runner begins, or takes the new ones up
            return
        # Ticked on a copy: a step with something to show or store is the full runner's to
        # take, from the scheduler as it stood before it.
        before = ReminderScheduler.from_dict(self.scheduler.rules, self.scheduler.to_dict())
        step = self.watch.step(self.scheduler, now)
        if step.outcomes or step.show or step.withdraw:
            self._handover = before
            self.wake(Wish.REMINDER)
            return
        self.watch.timer.start(step.wake_in_ms)
        self.refresh()

    def _questionnaires_as_known(self, today: date) -> bool:
        """True when the questionnaires due today are those the scheduler already knows."""
        if self._looked_up_on == today:
            return True
        due = self._data.questionnaires_due(today)
        if due != self.scheduler.questionnaires_due:
            return False
        self._looked_up_on = today
        return True

    @property
    def wake_in_ms(self) -> int:
        """How long until the timer fires (-1 when stopped)."""
        return self.watch.wake_in_ms

    def handover(self) -> ReminderScheduler:
        """The scheduler for the full runner to go on with."""
        return self._handover or self.scheduler

    def wake(self, wish: Wish) -> None:
        """Stop here and ask the app to load the full store and do `wish`."""
        if self.awake:
            return
        self.awake = True
        self.watch.close()
        self._data.close()
        # The full app puts its own entries in the menu.
        for action in self._actions:
            self.tray.menu.removeAction(action)
        self.tray.open_requested.disconnect(self._wake_to_open)
        self.tray.quit_requested.disconnect(self._wake_to_quit)
        self.tray.menu.aboutToShow.disconnect(self.refresh)
        self.wake_requested.emit(wish)

    def _on_timer(self) -> None:
        self.ticks += 1
        self._look()

    def _look(self) -> None:
        try:
            self.tick()
        except Exception:
            # Any doubt about the data: the full app reads it and says what is wrong.
            log.exception("tray tick failed")
            self.wake(Wish.REMINDER)
