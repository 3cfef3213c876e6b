"""The sections of the main window, in order. A section appears once it really works.

Each page is built, and its module imported, the first time it is shown: only the page on
screen at start costs start-up time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.context import AppContext
from companion.ui.main_window import Section
from companion.ui.reminders.reminder_runner import ReminderRunner


def build_sections(context: AppContext, reminders: ReminderRunner | None = None) -> list[Section]:
    """Every section of the main window, built over the shared context; Settings pauses the
    running reminders and shows whether idle time can be read (none in a test or smoke test)."""
    translate = QCoreApplication.translate

    def today() -> QWidget:
        from companion.ui.today.today_view import TodayView

        return TodayView(context)

    def diary() -> QWidget:
        from companion.ui.diary.diary_view import DiaryView

        return DiaryView(context)

    def exercises() -> QWidget:
        from companion.ui.exercises.exercises_view import ExercisesView
        from companion.ui.exercises.player.window import start_session

        def do_exercise(exercise_id: str, parent: QWidget) -> object:
            return start_session(context, parent, exercise_ids=[exercise_id])

        def start_today(parent: QWidget) -> object:
            return start_session(context, parent)

        return ExercisesView(context.library, do_exercise, context, start_today)

    def progress() -> QWidget:
        from companion.ui.progress.progress_view import ProgressView

        return ProgressView(context)

    def reports() -> QWidget:
        from companion.ui.reports.reports_view import ReportsView

        return ReportsView(context, clinic_line=context.branding.report_footer())

    def programme() -> QWidget:
        from companion.ui.programme.programme_view import ProgrammeView

        return ProgrammeView(context)

    def editor() -> QWidget:
        from companion.ui.programme.programme_editor import ProgrammeEditor

        return ProgrammeEditor(context)

    def settings() -> QWidget:
        from companion.ui.settings.settings_view import SettingsView

        return SettingsView(context, reminders)

    return [
        Section("today", translate("Sections", "Today"), today),
        Section("diary", translate("Sections", "Diary"), diary),
        Section("exercises", translate("Sections", "Exercises"), exercises),
        Section("progress", translate("Sections", "Progress"), progress),
        Section("reports", translate("Sections", "Reports"), reports),
        Section("programme", translate("Sections", "Programme"), programme),
        Section("editor", translate("Sections", "Programme editor"), editor),
        Section("settings", translate("Sections", "Settings"), settings),
    ]
