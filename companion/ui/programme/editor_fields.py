"""The programme editor's fields: how one is made, how a change in it is heard, and how a field
that needs fixing is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


def spin(low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    """A number field with its range and the name a screen reader says."""
    field = QSpinBox()
    field.setRange(low, high)
    field.setAccessibleName(name)
    if suffix:
        field.setSuffix(suffix)
    return field


def problem_label() -> QLabel:
    """The bold note under a group of fields that says what in them needs fixing."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
    label.setObjectName("fieldProblem")
    label.setWordWrap(True)
    return label


def connect_change(widget: QWidget, slot: Any) -> None:
    """Call `slot` whenever the user changes `widget`."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)


def iso_day(day: QDate) -> str:
    """A date as the programme file writes it."""
    return f"{day.year():04d}-{day.month():02d}-{day.day():02d}"


def mark(widget: QWidget, wrong: bool) -> None:
    """Show a field as needing a fix (the stylesheet draws it; screen readers hear it)."""
    if bool(widget.property("invalid")) == wrong:
        return
    widget.setProperty("invalid", wrong)
    needs = QCoreApplication.translate("ProgrammeEditor", "Needs fixing")
    widget.setAccessibleDescription(needs if wrong else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
