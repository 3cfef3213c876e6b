"""What the Programme page and the editor share for files: the handout button and choosing a
programme file to open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from companion.content.programme_file import FILE_SUFFIX
from companion.ui.widgets.save_files import ask_open_path

translate = QCoreApplication.translate


def handout_button(label: str, save: Callable[[], None]) -> QPushButton:
    """A button that saves the programme's handout; `label` is the page's own short wording."""
    button = QPushButton(label)
    button.setAccessibleName(
        translate("Programme", "Save a handout with pictures and steps as PDF")
    )
    button.clicked.connect(save)
    return button


def programme_files_filter() -> str:
    """The file dialogs' filter for programme files."""
    return translate("Programme", "Programme files (*{suffix})").format(suffix=FILE_SUFFIX)


def ask_programme_file(parent: QWidget) -> Path | None:
    """Ask which programme file to open (from Documents); None if the user cancelled."""
    return ask_open_path(
        parent, translate("Programme", "Open a programme file"), programme_files_filter()
    )
