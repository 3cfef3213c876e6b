"""The sections of the main window, in order. A section appears once it really works.

Each page is built, and its module imported, the first time it is shown: only the page on
screen at start costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.main_window import Section

if TYPE_CHECKING:
    # Not imported at run time: the window's first frame is drawn from this module before the
    # store (and SQLAlchemy behind it) is loaded.
    from companion.ui.context import AppContext
    from companion.ui.reminders.reminder_runner import ReminderRunner


def section_titles() -> list[tuple[str, str]]:
    """The key and the translated title of every section, in order."""
    translate = QCoreApplication.translate
    return [
        ("today", translate("Sections", "Today")),
        ("diary", translate("Sections", "Diary")),
        ("exercises", translate("Sections", "Exercises")),
        ("progress", translate("Sections", "Progress")),
        ("reports", translate("Sections", "Reports")),
        ("programme", translate("Sections", "Programme")),
        ("editor", translate("Sections", "Programme editor")),
        ("settings", translate("Sections", "Settings")),
    ]


def first_frame_sections() -> list[Section]:
    """The sections as the window's first frame shows them: titles, pages still to come."""
    return [Section(key, title, None) for key, title in section_titles()]


def build_sections(context: AppContext, reminders: ReminderRunner | None = None) -> list[Section]:
    """Every section of the main window, built over the shared context; Settings pauses the
    running reminders and shows whether idle time can be read (none in a test or smoke test)."""

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

    pages = {
        "today": today,
        "diary": diary,
        "exercises": exercises,
        "progress": progress,
        "reports": reports,
        "programme": programme,
        "editor": editor,
        "settings": settings,
    }
    return [Section(key, title, pages[key]) for key, title in section_titles()]
