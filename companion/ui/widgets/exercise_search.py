"""A search field over the exercise library and the list of the exercises it finds.

The Exercises page and the programme editor each lay the two out and word them their own way;
what is found, in which order, and how the list shows it is this one piece.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from companion.content.library import ExerciseLibrary
from companion.domain.exercise import Exercise
from companion.ui.widgets.choice_list import ChoiceList


class ExerciseSearch:
    """`field` to type in and `list` of what it finds (each item holds its exercise's id)."""

    def __init__(self, placeholder: str, field_name: str, list_name: str) -> None:
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(field_name)
        self.field.setClearButtonEnabled(True)
        self.list = ChoiceList()
        self.list.setAccessibleName(list_name)
        # A narrow column: long names end in "…" rather than scrolling sideways.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def found(self, library: ExerciseLibrary) -> list[Exercise]:
        """The exercises matching the field's words, name matches first; all, by name, if empty."""
        text = self.field.text().strip()
        return library.search(text) if text else sorted(library, key=lambda e: e.name.casefold())

    def show(self, exercises: Sequence[Exercise], tooltip: Callable[[Exercise], str]) -> None:
        """List `exercises` (with their tooltips) and choose the first."""
        self.list.clear()
        for exercise in exercises:
            self.list.add_choice(exercise.name, exercise.id, tooltip(exercise))
        if exercises:
            self.list.setCurrentRow(0)
