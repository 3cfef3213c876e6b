"""The sections of the main window, in order. A section appears once it really works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.context import AppContext
from companion.ui.main_window import Section
from companion.ui.settings_view import SettingsView


def build_sections(context: AppContext) -> list[Section]:
    """Every section of the main window, built over the shared context."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Sections", text)

    return [
        Section("settings", tr("Settings"), SettingsView(context)),
    ]
