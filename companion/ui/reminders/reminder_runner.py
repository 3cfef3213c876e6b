"""Drives the reminder scheduler on the desktop: one single-shot timer, re-armed from each step.

Nothing polls. When the timer fires the runner reads the idle time, and (only when a reminder
could show) full screen and do-not-disturb, hands them to the scheduler with the local time,
stores what the step reports, shows or takes down the reminder window and re-arms the timer
with `step.wake_in_ms`. A suspend needs no signal: the scheduler notices a shot that comes late;
where logind announces the resume, the runner looks at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion import APP_NAME
from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import ReminderKind
from companion.reminders.decisions import Due, Occasion, PauseLength, Step, Upcoming
from companion.reminders.scheduler import ReminderScheduler
from companion.services.checkins import last_checkin
from companion.services.questionnaires import all_due_items, questionnaires_folder
from companion.services.reminders import (
    MovementSnack,
    choose_snack,
    effective_rules,
    load_scheduler,
    record_snack_done,
    record_step,
    save_scheduler,
)
from companion.services.screening import exercise_blocked
from companion.services.sessions import session_history
from companion.ui.context import AppContext
from companion.ui.reminders.activity import ActivityWatch
from companion.ui.reminders.reminder_texts import next_reminder_text, reminder_text, reminder_title
from companion.ui.reminders.reminder_window import ReminderWindow
from companion.ui.safety.red_flag_texts import emergency_instruction, lock_tooltip_text
from companion.ui.tray import Tray

log = logging.getLogger(__name__)

# Without anything to show or store, the state is still kept now and then, so a crash loses
# at most this much of the sitting count.
SAVE_EVERY = timedelta(minutes=15)
NOTIFICATION_MS = 10_000  # the desktop may keep it longer in its notification list
# A session started this recently answers its reminder.
JUST_STARTED = timedelta(minutes=10)


class ReminderRunner(QObject):
    """Owns the scheduler while the app runs, and the window that shows its reminders."""

    upcoming_changed = Signal()  # the tray's tooltip and menu line should be refreshed
    announce = Signal(str, str)  # title, text: a notification through the tray
    open_requested = Signal(object)  # Occasion: open the main window on it (check-in, ...)

    def __init__(
        self,
        context: AppContext,
        *,
        watch: ActivityWatch | None = None,
        clock: Callable[[], datetime] | None = None,
        window: ReminderWindow | None = None,
        scheduler: ReminderScheduler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock or context.now
        # Where the system announces a resume, look at once rather than when the timer (whose
        # clock stood still during the suspend) gets round to it.
        self.watch = watch if watch is not None else ActivityWatch()
        self.watch.setParent(self)
        self.watch.timer.timeout.connect(self._on_timer)
        self.idle = self.watch.idle
        # While an emergency answer locks exercise, no sitting break or session reminder
        # comes; the check-in and questionnaire reminders carry the emergency instruction.
        self.locked = exercise_blocked(context.store, self._clock())
        # Handed over by the tray form, the scheduler goes on as it stood there.
        self.scheduler: ReminderScheduler = scheduler or load_scheduler(
            context.store, effective_rules(context.store, self.locked)
        )
        self._showing: dict[Occasion, Due] = {}
        self._snack: MovementSnack | None = None
        self._saved_at: datetime | None = None
        self._questionnaires: dict[str, date] = {}
        self._questionnaires_on: date | None = None  # the day they were last looked up
        self.last_step: Step | None = None
        self.ticks = 0  # timer shots so far, for tests and the benchmark

        self.window = window if window is not None else ReminderWindow()
        self.window.done.connect(self.mark_done)
        self.window.snoozed.connect(self.snooze)
        self.window.skipped.connect(self.skip)
        self.window.open_requested.connect(self._open)
        context.bus.changed.connect(self._on_changes)

    # --- What the app and the tray read --------------------------------------------------

    @property
    def idle_available(self) -> bool:
        """True if the system tells how long the user has been away from the keyboard."""
        return self.idle.available

    @property
    def wake_in_ms(self) -> int:
        """How long until the timer fires (-1 when stopped)."""
        return self.watch.wake_in_ms

    def now(self) -> datetime:
        """The runner's clock: the local time now."""
        return self._clock()

    def upcoming(self) -> tuple[Upcoming, ...]:
        """Owed and expected reminders, soonest first."""
        return self.scheduler.upcoming(self._clock())

    def paused_until(self) -> datetime | None:
        """When the pause in force ends, or None."""
        return self.scheduler.paused_until(self._clock())

    def summary(self) -> str:
        """What comes next, in one line for the tray."""
        now = self._clock()
        return next_reminder_text(self.upcoming(), self.paused_until(), now)

    # --- Life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Look at once, then sleep until the scheduler says to look again."""
        self._questionnaires = {
            o.occasion.slot: o.occasion.day
            for o in self.upcoming()
            if o.occasion.kind is ReminderKind.QUESTIONNAIRE and o.occasion.day is not None
        }
        if self.scheduler.is_new:
            # The very first start: nothing whose time has passed fires at once.
            self.scheduler.begin(self._clock())
        self.tick()

    def stop(self) -> None:
        """Stop the timer, keep the state, take the window down and release the OS handles."""
        self.watch.timer.stop()
        self.window.withdraw()
        self._persist_state(self._clock())
        self.watch.close()

    def tick(self) -> Step:
        """Feed the scheduler what the system says now and act on its step."""
        now = self._clock()
        if self._questionnaires_on != now.date():
            self._look_up_questionnaires(now)
        step = self.watch.step(self.scheduler, now)
        self._apply(step, now)
        return step

    # --- Answers (from the window, the tray and Settings) -----------------------------------

    def mark_done(self, occasion: Occasion) -> None:
        """The user did it; a sitting break's snack is logged as exercise done."""
        now = self._clock()
        self._answered(occasion)
        if occasion.kind is ReminderKind.SITTING_BREAK:
            started = self.window.shown_at or now
            try:
                step, changes = record_snack_done(
                    self._context.store,
                    self.scheduler,
                    occasion,
                    self._snack,
                    started_at=started,
                    now=now,
                )
            except Exception:
                log.exception("could not log the movement snack")
                step, changes = self.scheduler.mark_done(occasion, now), Changes()
            self._context.publish(changes)
            self._apply(step, now, persisted=bool(changes))
        else:
            self._apply(self.scheduler.mark_done(occasion, now), now)

    def snooze(self, occasion: Occasion) -> None:
        """Ask again after the snooze length (counted)."""
        now = self._clock()
        self._answered(occasion)
        self._apply(self.scheduler.snooze(occasion, now), now)

    def skip(self, occasion: Occasion) -> None:
        """Not this time (counted)."""
        now = self._clock()
        self._answered(occasion)
        self._apply(self.scheduler.skip(occasion, now), now)

    def pause(self, length: PauseLength) -> None:
        """Hold every reminder for a while; what falls due meanwhile comes after."""
        now = self._clock()
        self._apply(self.scheduler.pause(now, length), now, force_save=True)

    def resume(self) -> None:
        """End a pause now."""
        now = self._clock()
        self._apply(self.scheduler.resume(now), now, force_save=True)

    # --- Inside -----------------------------------------------------------------------------

    def _answered(self, occasion: Occasion) -> None:
        """An answered reminder leaves the screen at once, whoever answered it."""
        self._showing.pop(occasion, None)
        if self.window.occasion == occasion:
            self.window.withdraw()

    def _on_timer(self) -> None:
        self.ticks += 1
        try:
            self.tick()
        except Exception:
            # A reminder must never take the app down; look again later.
            log.exception("reminder tick failed")
            self.watch.timer.start(int(timedelta(minutes=1) / timedelta(milliseconds=1)))

    def _apply(
        self, step: Step, now: datetime, *, persisted: bool = False, force_save: bool = False
    ) -> None:
        self.last_step = step
        for occasion in step.withdraw:
            self._showing.pop(occasion, None)
            if self.window.occasion == occasion:
                self.window.withdraw()
        for due in step.show:
            self._showing[due.occasion] = due
        self._show_next()
        if not persisted:
            busy = bool(step.outcomes or step.show or step.withdraw or force_save)
            if busy or self._saved_at is None or now - self._saved_at >= SAVE_EVERY:
                self._persist(step, now)
        else:
            self._saved_at = now
        self.watch.timer.start(step.wake_in_ms)
        self.upcoming_changed.emit()

    def _persist(self, step: Step, now: datetime) -> None:
        try:
            changes = record_step(self._context.store, self.scheduler, step, now)
        except Exception:
            # The outcome is lost but the reminders go on; the next save brings the state back.
            log.exception("could not store reminder outcomes")
            return
        self._saved_at = now
        self._context.publish(changes)

    def _persist_state(self, now: datetime) -> None:
        try:
            save_scheduler(self._context.store, self.scheduler, now)
        except Exception:
            log.exception("could not keep the reminder state")

    def _show_next(self) -> None:
        # One reminder at a time: the others wait in `_showing` until this one is answered.
        if self.window.occasion in self._showing or not self._showing:
            return
        due = self._showing[min(self._showing)]
        self._snack = None
        if due.kind is ReminderKind.SITTING_BREAK:
            try:
                self._snack = choose_snack(
                    self._context.store, self._context.library, self._clock()
                )
            except Exception:
                log.exception("could not choose a movement snack")
        snooze = round(self.scheduler.rules.snooze.total_seconds() / 60)
        text = self._text_of(due)
        self.window.show_due(due, self._snack, snooze, self._clock(), text)
        # The notification goes with the window, so the two never tell of different things.
        self.announce.emit(reminder_title(due), text)

    def _text_of(self, due: Due) -> str:
        """A reminder's text; while exercise is locked, with the emergency instruction."""
        text = reminder_text(due)
        return f"{text}\n\n{emergency_instruction()}" if self.locked else text

    def _open(self, occasion: Occasion) -> None:
        # Opening a check-in or a session is not yet doing it: ask again after a snooze, and
        # the check-in is settled when one is recorded.
        self.snooze(occasion)
        self.open_requested.emit(occasion)

    def _on_changes(self, changes: Changes) -> None:
        now = self._clock()
        if Topic.EVERYTHING in changes.topics:
            self._reload(now)
            return
        if changes.concerns(Topic.SCREENINGS):
            locked = exercise_blocked(self._context.store, now)
            if locked != self.locked:
                self.locked = locked
                self.upcoming_changed.emit()
        if changes.concerns(Topic.PREFERENCES, Topic.SCREENINGS):
            rules = effective_rules(self._context.store, self.locked)
            if rules != self.scheduler.rules:
                self._apply(self.scheduler.update_rules(now, rules), now, force_save=True)
        if changes.concerns(Topic.CHECKINS):
            self._settle_check_in(now)
        if changes.concerns(Topic.SESSIONS):
            self._settle_session(now)
        if changes.concerns(Topic.MEASURES, Topic.PREFERENCES):
            self._look_up_questionnaires(now)

    def _look_up_questionnaires(self, now: datetime) -> None:
        """Tell the scheduler which questionnaires are due; one no longer due was answered."""
        today = now.date()
        try:
            folder = questionnaires_folder(self._context.data_dir)
            due = {
                d.measure_id: d.due_on for d in all_due_items(self._context.store, folder, today)
            }
        except Exception:
            log.exception("could not tell which questionnaires are due")
            return
        self._questionnaires_on = today
        if due == self._questionnaires:
            return
        for measure, due_on in self._questionnaires.items():
            if due.get(measure) != due_on:
                self._answered(Occasion.questionnaire(measure, due_on))
                self._apply(
                    self.scheduler.mark_done(Occasion.questionnaire(measure, due_on), now), now
                )
        self._questionnaires = due
        self._apply(self.scheduler.set_questionnaires_due(now, due), now, force_save=True)

    def _settle_check_in(self, now: datetime) -> None:
        today = Occasion.check_in(now.date())
        if not any(u.occasion == today for u in self.scheduler.upcoming(now)):
            return
        latest = last_checkin(self._context.store)
        if latest is not None and latest.recorded_at.astimezone(now.tzinfo).date() == now.date():
            self._apply(self.scheduler.mark_done(today, now), now)

    def _settle_session(self, now: datetime) -> None:
        """A programme session started today settles today's session reminder."""
        owed = [
            u.occasion
            for u in self.scheduler.upcoming(now)
            if u.occasion.kind is ReminderKind.EXERCISE_SESSION
            and u.occasion.day == now.date()
            and (u.showing or u.at <= now)
        ]
        if not owed:
            return
        # The change just heard of is a session started a moment ago (not a movement snack).
        recent = session_history(self._context.store, since=now - JUST_STARTED)
        started = [record for record in recent if not record.is_snack]
        if started:
            for occasion in owed:
                self._answered(occasion)
                self._apply(self.scheduler.mark_done(occasion, now), now)

    def _reload(self, now: datetime) -> None:
        """A restore replaced the data: take up the scheduler it holds."""
        self._showing.clear()
        self.window.withdraw()
        self.locked = exercise_blocked(self._context.store, now)
        self.scheduler = load_scheduler(
            self._context.store, effective_rules(self._context.store, self.locked)
        )
        self._saved_at = None
        self._apply(self.scheduler.tick(now, 0.0), now)


def pause_menu(runner: ReminderRunner, parent: QMenu | None = None) -> QMenu:
    """The tray's "Pause reminders" submenu: 30 minutes, 1 hour, until tomorrow, resume."""
    menu = QMenu(parent)
    group = QActionGroup(menu)
    lengths = (PauseLength.HALF_HOUR, PauseLength.HOUR, PauseLength.UNTIL_TOMORROW)
    choices = [QAction(menu) for _ in lengths]
    for action, length in zip(choices, lengths, strict=True):
        action.triggered.connect(lambda _checked=False, chosen=length: runner.pause(chosen))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    resume = QAction(menu)
    resume.triggered.connect(runner.resume)
    menu.addAction(resume)

    def name() -> None:
        # Named again each time the tray menu opens: the user may have chosen another language.
        translate = QCoreApplication.translate
        menu.setTitle(translate("ReminderRunner", "&Pause reminders"))
        choices[0].setText(translate("ReminderRunner", "For &30 minutes"))
        choices[1].setText(translate("ReminderRunner", "For &1 hour"))
        choices[2].setText(translate("ReminderRunner", "Until &tomorrow"))
        resume.setText(translate("ReminderRunner", "&Resume reminders"))

    def refresh() -> None:
        resume.setEnabled(runner.paused_until() is not None)

    menu.aboutToShow.connect(refresh)
    if parent is not None:
        parent.aboutToShow.connect(name)
    name()
    refresh()
    return menu


def attach_to_tray(runner: ReminderRunner, tray: Tray) -> None:
    """Give the tray what the reminders offer: the next reminder as a menu line and in the
    tooltip, the "Pause reminders" submenu, and a notification when a reminder shows."""
    runner.window.tray_geometry = tray.icon.geometry
    next_line = QAction(runner.summary(), tray.menu)
    next_line.setEnabled(False)  # information, not a command
    tray.add_action(next_line)
    tray.add_action(pause_menu(runner, tray.menu).menuAction())

    def refresh() -> None:
        summary = runner.summary()
        next_line.setText(summary)
        tip = f"{APP_NAME}\n{summary}"
        tray.icon.setToolTip(f"{tip}\n{lock_tooltip_text()}" if runner.locked else tip)

    runner.upcoming_changed.connect(refresh)
    tray.menu.aboutToShow.connect(refresh)
    runner.announce.connect(
        lambda title, text: tray.icon.showMessage(
            title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS
        )
    )
    refresh()
