"""The sections of the main window, in order. A section appears once it really works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.context import AppContext
from companion.ui.diary_view import DiaryView
from companion.ui.exercises_view import ExercisesView
from companion.ui.main_window import Section
from companion.ui.programme_editor import ProgrammeEditor
from companion.ui.programme_view import ProgrammeView
from companion.ui.progress_view import ProgressView
from companion.ui.reports_view import ReportsView
from companion.ui.session_player import start_session
from companion.ui.settings_view import SettingsView
from companion.ui.today_view import TodayView


def build_sections(context: AppContext) -> list[Section]:
    """Every section of the main window, built over the shared context."""
    translate = QCoreApplication.translate
    return [
        Section("today", translate("Sections", "Today"), TodayView(context)),
        Section("diary", translate("Sections", "Diary"), DiaryView(context)),
        Section(
            "exercises",
            translate("Sections", "Exercises"),
            ExercisesView(
                context.library,
                lambda exercise_id, parent: start_session(
                    context, parent, exercise_ids=[exercise_id]
                ),
            ),
        ),
        Section("progress", translate("Sections", "Progress"), ProgressView(context)),
        Section(
            "reports",
            translate("Sections", "Reports"),
            ReportsView(context, clinic_line=context.branding.report_footer()),
        ),
        Section("programme", translate("Sections", "Programme"), ProgrammeView(context)),
        Section("editor", translate("Sections", "Programme editor"), ProgrammeEditor(context)),
        Section("settings", translate("Sections", "Settings"), SettingsView(context)),
    ]
