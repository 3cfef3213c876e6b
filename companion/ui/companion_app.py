"""The running app: window, tray, first-run welcome, automatic backups and quitting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon

from companion.domain.changes import Changes, Topic
from companion.domain.red_flags import ScreeningOccasion
from companion.domain.vocabulary import ReminderKind
from companion.reminders.decisions import Occasion
from companion.reminders.scheduler import ReminderScheduler
from companion.services.data_store import backup_if_changed
from companion.services.programmes import clinician_mode
from companion.services.sessions import close_interrupted_sessions
from companion.ui.context import AppContext
from companion.ui.language import apply_language
from companion.ui.main_window import MainWindow, Section
from companion.ui.reminders.reminder_runner import ReminderRunner, attach_to_tray
from companion.ui.safety.safety import ask_safety_questions, open_measure, screen_if_due
from companion.ui.safety.screening_dialog import ScreeningDialog
from companion.ui.today.welcome import WelcomeDialog
from companion.ui.tray import Tray
from companion.ui.ui_state import UiState

if TYPE_CHECKING:
    from companion.ui.safety.clearance_dialog import ClearanceDialog

BACKUP_DELAY_MS = 60_000  # after start, once the user is settled: never on the start-up path
BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000  # well inside QTimer's 32-bit range
TRAY_HINT_MS = 10_000  # after the window is built: well clear of start-up
REBUILD_RETRY_MS = 1_000  # a new language waits for an open dialog, session or check-in


class CompanionApp(QObject):
    """Wires the window, the tray and the background chores of one running app."""

    # Nothing on screen and nothing running for `shed_after_ms`: the app may go back to its
    # tray form (app.py re-executes itself), which gives back what the window and ORM took.
    shed_requested = Signal()

    def __init__(
        self,
        app: QApplication,
        context: AppContext,
        build_sections: Callable[[AppContext, ReminderRunner], list[Section]],
        use_tray: bool = True,
        *,
        tray: Tray | None = None,
        scheduler: ReminderScheduler | None = None,
        shed_after_ms: int | None = None,
        first_frame: MainWindow | None = None,
    ) -> None:
        super().__init__()
        self._app = app
        self.context = context
        self._build_sections = build_sections
        self._window: MainWindow | None = None
        self._quitting = False
        self._reminders_started = False
        # A session left running when the app was killed is kept as interrupted, not lost.
        _, left_over = close_interrupted_sessions(context.store)
        context.publish(left_over)
        context.bus.changed.connect(self._on_changes)
        context.region_chosen.connect(self.apply_region)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_RETRY_MS)
        self._rebuild_timer.timeout.connect(self._rebuild_window)
        self.tray: Tray | None = None
        self.welcome: WelcomeDialog | None = None
        self.screening: ScreeningDialog | None = None
        self.clearance: ClearanceDialog | None = None
        if use_tray and (tray is not None or Tray.available()):
            self.tray = self._join_tray(tray, app)

        self.reminders = ReminderRunner(
            context, clock=context.now, scheduler=scheduler, parent=self
        )
        self.reminders.open_requested.connect(self._open_reminder)
        if self.tray is not None:
            # "Next: ..." line, Pause submenu, tooltip and notifications.
            attach_to_tray(self.reminders, self.tray)

        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.timeout.connect(self._backup_in_background)
        self._backup_timer.start(BACKUP_DELAY_MS)
        self._shed_timer = QTimer(self)
        self._shed_timer.setSingleShot(True)
        self._shed_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._shed_timer.timeout.connect(self._consider_shedding)
        self._shed_after_ms = shed_after_ms
        if shed_after_ms is not None and self.tray is not None:
            self._shed_timer.start(shed_after_ms)
        app.aboutToQuit.connect(self._on_quit)
        # At log-out the session manager closes every window and cancels the log-out if one
        # refuses: a showing reminder (closing it means snooze) must not hold the desktop back.
        app.commitDataRequest.connect(self._on_commit_data)
        if first_frame is not None:
            # The window painted before the store was opened: it gets its pages now.
            first_frame.provide_pages(self._build_sections(self.context, self.reminders))
            self._adopt(first_frame)

    def _join_tray(self, tray: Tray | None, app: QApplication) -> Tray:
        """The companion's icon in the system tray, its menu offering the check-in, a session
        and the safety questions."""
        # The tray form's icon, already in the tray, stays: it only changes hands.
        shown = tray or Tray(self)
        if tray is not None:
            tray.setParent(self)
        shown.open_requested.connect(self.open_window)
        shown.quit_requested.connect(self.quit)
        check_in = QAction(shown.menu)
        check_in.triggered.connect(self.open_check_in)
        shown.add_action(check_in)
        session = QAction(shown.menu)
        session.triggered.connect(self.open_session)
        shown.add_action(session)
        safety = QAction(shown.menu)
        safety.triggered.connect(self.open_safety_questions)
        shown.add_action(safety)
        self._tray_actions = (check_in, session, safety)
        self._name_tray_actions()
        shown.show()
        # With a tray, closing the window keeps the companion running for reminders.
        app.setQuitOnLastWindowClosed(False)
        return shown

    @property
    def window(self) -> MainWindow:
        """The main window, built when first needed: a start in the tray never builds it."""
        if self._window is None:
            self._adopt(
                MainWindow(
                    self._build_sections(self.context, self.reminders), self.context.ui_state
                )
            )
        assert self._window is not None
        return self._window

    def _adopt(self, window: MainWindow) -> None:
        if self.tray is not None:
            window.hide_on_close = True
            window.close_requested.connect(self._tell_once_about_the_tray)
            window.close_requested.connect(self._count_to_shedding)
        else:
            window.close_requested.connect(self.quit)
        self._window = window
        self._show_editor()

    @property
    def has_window(self) -> bool:
        """True once the main window has been built."""
        return self._window is not None

    def _tell_once_about_the_tray(self) -> None:
        """The first close: say that the companion keeps running in the tray, and how to quit."""
        state = self.context.ui_state
        if self._quitting or self.tray is None or state.get(UiState.TRAY_HINT_SHOWN):
            return
        self.tray.icon.showMessage(
            self.tr("Still here, in the tray"),
            self.tr(
                "The companion keeps running in the tray to remind you. To leave it, choose "
                "Quit from the tray icon's menu."
            ),
            QSystemTrayIcon.MessageIcon.Information,
            TRAY_HINT_MS,
        )
        state.set(UiState.TRAY_HINT_SHOWN, True)
        state.sync()

    def open_window(self) -> None:
        """Show the main window (building it if the app started in the tray)."""
        self.window.bring_forward()

    def start(self, minimized: bool) -> None:
        """Show the window (or only the tray icon), and welcome a first-time user."""
        first_run = not self.context.ui_state.get(UiState.WELCOMED)
        if minimized and self.tray is not None and not first_run:
            self._start_reminders()
            return
        self.window.show()
        # The welcome comes first; the safety questions follow it (and are asked at every
        # start until they have been answered once).
        QTimer.singleShot(0, self._welcome if first_run else self._screen_at_start)

    def handle_arguments(self, arguments: list[str]) -> None:
        """Open programme files given on the command line or by a second launch."""
        self.window.bring_forward()
        for argument in arguments:
            path = Path(argument)
            if path.suffix.lower() == ".scprog" and path.is_file():
                self.window.show_section("programme")
                from companion.ui.programme.import_preview import open_programme_file

                open_programme_file(self.context, path, self.window)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PREFERENCES):
            self._show_editor()

    def _show_editor(self) -> None:
        # The programme editor is for physiotherapists: shown only in clinician mode.
        if self._window is not None:
            self._window.set_section_visible("editor", clinician_mode(self.context.store))

    def apply_region(self) -> None:
        """Speak the language (and use the country's numbers) now chosen in Settings: new
        words at once, and the window rebuilt on the same page once nothing open would be
        lost by it."""
        state = self.context.ui_state
        apply_language(self._app, state.get(UiState.LANGUAGE), state.get(UiState.COUNTRY) or None)
        self.context.forget_library()
        if self.tray is not None:
            self.tray.retranslate()
            self._name_tray_actions()
        # After the Settings control that asked has finished its signal: it is rebuilt too.
        self._rebuild_timer.start(0)

    def _name_tray_actions(self) -> None:
        check_in, session, safety = self._tray_actions
        check_in.setText(self.tr("Check in…"))
        session.setText(self.tr("Start session…"))
        safety.setText(self.tr("Safety questions…"))

    def _what_is_open(self) -> str | None:
        """Why the window cannot be rebuilt yet, in a sentence; None when nothing would be lost."""
        from companion.ui.exercises.player.window import session_open

        if session_open(self.context):
            return self.tr("The new choice applies as soon as the exercise session is closed.")
        modal = QApplication.activeModalWidget()
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
        if modal is not None or any(d.isVisible() for d in dialogs):
            return self.tr("The new choice applies as soon as the open dialog is closed.")
        today = self._window.built_section("today") if self._window is not None else None
        form = getattr(today, "form", None)
        if form is not None and getattr(form, "dirty", False):
            return self.tr(
                "The new choice applies as soon as the check-in on the Today page is saved."
            )
        return None

    def _rebuild_window(self) -> None:
        old = self._window
        if old is None or self._quitting:
            return  # built later, in the new language (or never: the app is leaving)
        waiting_for = self._what_is_open()
        settings = old.built_section("settings")
        if waiting_for is not None:
            if settings is not None and hasattr(settings, "show_region_waiting"):
                settings.show_region_waiting(waiting_for)
            self._rebuild_timer.start(REBUILD_RETRY_MS)
            return
        shown = old.isVisible()
        old.save_state()  # the page and the place on screen, which the new window takes over
        old.hide_on_close = False
        self._window = None
        window = self.window
        if shown:
            window.show()
        old.close_requested.disconnect()
        old.close()
        old.deleteLater()

    def open_check_in(self) -> None:
        """Bring the window forward on the Today page with the check-in ready to fill."""
        self.window.show_section("today")
        self.window.bring_forward()
        today = self.window.section_widget("today")
        focus = getattr(today, "focus_checkin", None)
        if callable(focus):
            focus()

    def quit(self) -> None:
        """Leave the app whatever is open: a reminder, the welcome, the safety questions, the
        session player or the window (which remembers its place)."""
        self._prepare_to_quit()
        if self.tray is not None:
            self.tray.hide()
        # Take everything off the screen at once: the last backup runs after this, and a
        # window left standing meanwhile would look like an app that did not hear.
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        # QApplication.quit() asks every window to close and gives up when one refuses: the
        # reminder window snoozes instead of closing, the main window hides to the tray. exit()
        # ends every event loop without asking; what must be kept is kept on aboutToQuit (the
        # reminder state and a backup here, an open session as interrupted in the player).
        # Only with a loop running: exit() marks the thread as quitting, and every event loop
        # started after it would return at once.
        if QThread.currentThread().loopLevel() > 0:
            QCoreApplication.exit(0)

    @property
    def quitting(self) -> bool:
        """True once the user (or the session manager) has asked the app to quit."""
        return self._quitting

    def _on_commit_data(self, _manager: object) -> None:
        self._prepare_to_quit()

    def _prepare_to_quit(self) -> None:
        """Let every window close: nothing snoozes, hides to the tray or opens the next step."""
        self._quitting = True
        if self._window is not None:
            self._window.save_state()
            self._window.hide_on_close = False
        self.reminders.window.withdraw()

    def _welcome(self) -> None:
        self.welcome = WelcomeDialog(self.window)
        self.welcome.finished.connect(self._welcomed)
        self.welcome.open()

    def _welcomed(self) -> None:
        if self._quitting:
            # Closed because the app is quitting: not read, so not welcomed, and nothing opens.
            return
        self.context.ui_state.set(UiState.WELCOMED, True)
        self.context.ui_state.sync()
        self._screen_at_start()

    def _screen_at_start(self) -> None:
        if self._quitting:
            return
        self.screening = screen_if_due(
            self.context, ScreeningOccasion.APP_START, self.window, now=self.context.now()
        )
        # The first steps in one order: welcome, safety questions, the clearance checklist
        # (once answered, never again), then Today. Reminders start only after them.
        if self.screening is None:
            self._ask_clearance()
        else:
            self.screening.accepted.connect(self._ask_clearance)
            self.screening.rejected.connect(self._start_reminders)

    def _ask_clearance(self) -> None:
        if self._quitting:
            return
        # Loaded when the first steps need it, not on every start (a tray start never does).
        from companion.ui.safety.clearance_dialog import ask_clearance_if_unanswered

        self.clearance = ask_clearance_if_unanswered(self.context, self.window)
        if self.clearance is None:
            self._start_reminders()
        else:
            self.clearance.finished.connect(self._start_reminders)

    def _start_reminders(self) -> None:
        if self._quitting or self._reminders_started:
            return
        self._reminders_started = True
        self.reminders.start()

    def _open_reminder(self, occasion: Occasion) -> None:
        """A reminder's Open button: the check-in, the exercises or the questionnaire."""
        if occasion.kind is ReminderKind.CHECK_IN:
            self.open_check_in()
        elif occasion.kind is ReminderKind.QUESTIONNAIRE:
            self.window.bring_forward()
            open_measure(self.context, occasion.slot, self.window)
        else:
            self.open_session()

    def open_session(self) -> None:
        """Open the session player on today's programme (tray, reminder, Today page)."""
        from companion.ui.exercises.player.window import start_session

        start_session(self.context, self.window)

    def open_safety_questions(self) -> None:
        """Bring the window forward and ask the safety questions (from the tray)."""
        self.window.bring_forward()
        self.screening = ask_safety_questions(self.context, parent=self.window)

    def _backup_in_background(self) -> None:
        store = self.context.store
        # Backups use their own SQLite connections, so a worker thread is safe.
        self.context.tasks.run(lambda: backup_if_changed(store))
        self._backup_timer.start(BACKUP_INTERVAL_MS)

    def _busy(self) -> bool:
        """True while anything is on screen (window, dialog, reminder, player) or running in
        the background (an export, a backup, the charts' warm-up)."""
        on_screen = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and (w.windowTitle() or w is self.reminders.window)
        ]
        return bool(on_screen) or self.context.tasks.busy()

    def _count_to_shedding(self) -> None:
        """The window closed: shed after the full time from now."""
        if self._shed_after_ms is not None:
            self._shed_timer.start(self._shed_after_ms)

    def _consider_shedding(self) -> None:
        if self._shed_after_ms is None or self._quitting:
            return
        if self._busy():
            self._shed_timer.start(self._shed_after_ms)  # look again after as long
            return
        self.shed_requested.emit()

    def settle(self) -> None:
        """Stop the reminders (their state is kept), take the last backup and close the store:
        at quit, and before the app re-executes itself into its tray form."""
        self.reminders.stop()
        self.context.tasks.wait(10_000)
        try:
            backup_if_changed(self.context.store)
        finally:
            self.context.store.close()

    def _on_quit(self) -> None:
        self.settle()
