"""The programme editor's preview: the programme as the patient will see it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.exercise import Exercise
from companion.domain.programme import ProgrammeDocument
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import ExerciseDetail
from companion.ui.programme.programme_words import exercise_for, programme_html
from companion.ui.style import fill_with_scrolling, side_by_side


class PreviewDialog(QDialog):
    """The programme as the patient will see it: the summary and each exercise moving."""

    def __init__(self, context: AppContext, document: ProgrammeDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=document.title))
        self.setAccessibleName(self.tr("Programme preview"))
        tabs = QTabWidget()
        summary = QLabel(programme_html(document, context.library))
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary_page = QWidget()
        fill_with_scrolling(summary_page, summary)
        tabs.addTab(summary_page, self.tr("&Programme"))

        self.exercises = QListWidget()
        self.exercises.setAccessibleName(self.tr("Exercises in the session"))
        self.detail = ExerciseDetail(context.library)
        self._shown: list[Exercise] = []
        for item in document.exercises:
            exercise = exercise_for(document, context.library, item.exercise_id)
            if exercise is None:
                continue
            self._shown.append(replace(exercise, dose=item.dose))
            self.exercises.addItem(exercise.name)
        self.exercises.currentRowChanged.connect(self._show)
        session = side_by_side(self.exercises, self.detail, 3)
        tabs.addTab(session, self.tr("&Session"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(820, 620)
        if self._shown:
            self.exercises.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._shown):
            self.detail.show_exercise(self._shown[row])
