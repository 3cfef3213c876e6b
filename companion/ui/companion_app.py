"""The running app: window, tray, first-run welcome, automatic backups and quitting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from companion.domain.changes import Changes, Topic
from companion.domain.red_flags import ScreeningOccasion
from companion.domain.vocabulary import ReminderKind
from companion.reminders import Occasion
from companion.services.data_store import backup_if_changed
from companion.services.programmes import clinician_mode
from companion.services.sessions import close_interrupted_sessions
from companion.ui.clearance_dialog import ask_clearance_if_unanswered
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow, Section
from companion.ui.reminder_runner import ReminderRunner, attach_to_tray
from companion.ui.safety import ask_safety_questions, open_measure, screen_if_due
from companion.ui.screening_dialog import ScreeningDialog
from companion.ui.tray import Tray
from companion.ui.ui_state import UiState
from companion.ui.welcome import WelcomeDialog

BACKUP_DELAY_MS = 60_000  # after start, once the user is settled: never on the start-up path
BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000  # well inside QTimer's 32-bit range
CHARTS_WARM_UP_MS = 3_000  # after the window is built: well clear of start-up


class CompanionApp(QObject):
    """Wires the window, the tray and the background chores of one running app."""

    def __init__(
        self,
        app: QApplication,
        context: AppContext,
        build_sections: Callable[[AppContext], list[Section]],
        use_tray: bool = True,
    ) -> None:
        super().__init__()
        self._app = app
        self.context = context
        self._build_sections = build_sections
        self._window: MainWindow | None = None
        # A session left running when the app was killed is kept as interrupted, not lost.
        _, left_over = close_interrupted_sessions(context.store)
        context.publish(left_over)
        context.bus.changed.connect(self._on_changes)
        self.tray: Tray | None = None
        self.welcome: WelcomeDialog | None = None
        self.screening: ScreeningDialog | None = None
        if use_tray and Tray.available():
            self.tray = Tray(self)
            self.tray.open_requested.connect(self.open_window)
            self.tray.quit_requested.connect(self.quit)
            check_in = QAction(self.tr("Check in…"), self.tray.menu)
            check_in.triggered.connect(self.open_check_in)
            self.tray.add_action(check_in)
            session = QAction(self.tr("Start session…"), self.tray.menu)
            session.triggered.connect(self.open_session)
            self.tray.add_action(session)
            safety = QAction(self.tr("Safety questions…"), self.tray.menu)
            safety.triggered.connect(self.open_safety_questions)
            self.tray.add_action(safety)
            self.tray.show()
            # With a tray, closing the window keeps the companion running for reminders.
            app.setQuitOnLastWindowClosed(False)

        self.reminders = ReminderRunner(context, parent=self)
        self.reminders.open_requested.connect(self._open_reminder)
        if self.tray is not None:
            # "Next: ..." line, Pause submenu, tooltip and notifications.
            attach_to_tray(self.reminders, self.tray)
        context.reminder_runner = self.reminders

        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.timeout.connect(self._backup_in_background)
        self._backup_timer.start(BACKUP_DELAY_MS)
        app.aboutToQuit.connect(self._on_quit)

    @property
    def window(self) -> MainWindow:
        """The main window, built when first needed: a start in the tray never builds it."""
        if self._window is None:
            window = MainWindow(self._build_sections(self.context), self.context.ui_state)
            if self.tray is not None:
                window.hide_on_close = True
            else:
                window.close_requested.connect(self.quit)
            self._window = window
            self._show_editor()
            QTimer.singleShot(CHARTS_WARM_UP_MS, self, self._warm_up_charts)
        return self._window

    @property
    def has_window(self) -> bool:
        """True once the main window has been built."""
        return self._window is not None

    def open_window(self) -> None:
        """Show the main window (building it if the app started in the tray)."""
        self.window.bring_forward()

    def start(self, minimized: bool) -> None:
        """Show the window (or only the tray icon), and welcome a first-time user."""
        self.reminders.start()
        first_run = not self.context.ui_state.get(UiState.WELCOMED)
        if minimized and self.tray is not None and not first_run:
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
                from companion.ui.programme_view import open_programme_file

                open_programme_file(self.context, path, self.window)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PREFERENCES):
            self._show_editor()

    def _show_editor(self) -> None:
        # The programme editor is for physiotherapists: shown only in clinician mode.
        if self._window is not None:
            self._window.set_section_visible("editor", clinician_mode(self.context.store))

    def open_check_in(self) -> None:
        """Bring the window forward on the Today page with the check-in ready to fill."""
        self.window.show_section("today")
        self.window.bring_forward()
        today = self.window.section_widget("today")
        focus = getattr(today, "focus_checkin", None)
        if callable(focus):
            focus()

    def quit(self) -> None:
        """Leave the app (the window remembers its place)."""
        if self._window is not None:
            self._window.save_state()
        if self.tray is not None:
            self.tray.hide()
        self._app.quit()

    def _welcome(self) -> None:
        self.welcome = WelcomeDialog(self.window)
        self.welcome.finished.connect(self._welcomed)
        self.welcome.open()

    def _welcomed(self) -> None:
        self.context.ui_state.set(UiState.WELCOMED, True)
        self.context.ui_state.sync()
        self._screen_at_start()

    def _screen_at_start(self) -> None:
        self.screening = screen_if_due(self.context, ScreeningOccasion.APP_START, self.window)
        # The clearance checklist follows the safety questions (once answered, never again).
        if self.screening is None:
            ask_clearance_if_unanswered(self.context, self.window)
        else:
            self.screening.accepted.connect(
                lambda: ask_clearance_if_unanswered(self.context, self.window)
            )

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
        from companion.ui.session_player import start_session

        start_session(self.context, self.window)

    def open_safety_questions(self) -> None:
        """Bring the window forward and ask the safety questions (from the tray)."""
        self.window.bring_forward()
        self.screening = ask_safety_questions(self.context, parent=self.window)

    def _backup_in_background(self) -> None:
        store = self.context.store
        # Backups use their own SQLite connections, so a worker thread is safe.
        QThreadPool.globalInstance().start(lambda: backup_if_changed(store))
        self._backup_timer.start(BACKUP_INTERVAL_MS)

    def _warm_up_charts(self) -> None:
        # matplotlib takes about a third of a second to import and is kept out of start-up.
        # Imported in the background once the window is up, the Progress page opens without
        # waiting for it. A start in the tray builds no window and so never loads it.
        from companion.ui.progress_view import import_chart_modules

        QThreadPool.globalInstance().start(import_chart_modules)

    def _on_quit(self) -> None:
        self.reminders.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        try:
            backup_if_changed(self.context.store)
        finally:
            self.context.store.close()
