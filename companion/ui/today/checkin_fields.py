"""The check-in form's smaller controls: minutes in steps of five, and a field's problem."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from companion.services.checkin_rules import MINUTES_MAX
from companion.ui.assets import sign

_MINUTES_STEP = 5
_NOT_RECORDED = -1

WARNING = QColor(200, 110, 0)  # reads on light and dark backgrounds alike


def warning_sign(size: int, ratio: float) -> QPixmap:
    """The warning sign beside a field's problem."""
    return sign("triangle-alert", WARNING, size, ratio)


class MinutesBox(QSpinBox):
    """Minutes from 0 to a day, in steps of five, or 'not recorded' below zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(_NOT_RECORDED, MINUTES_MAX)
        self.setSpecialValueText(self.tr("not recorded"))
        self.setSuffix(self.tr(" min"))
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setValue(_NOT_RECORDED)

    def minutes(self) -> int | None:
        """The minutes given, or None when not recorded."""
        return None if self.value() < 0 else self.value()

    def set_minutes(self, minutes: int | None) -> None:
        """Show minutes (None: not recorded)."""
        self.setValue(_NOT_RECORDED if minutes is None else minutes)

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if value < 0:
            self.setValue(0 if steps > 0 else _NOT_RECORDED)
            return
        # Step to the next multiple of five, so 12 goes to 15 and 10, not 17 and 7.
        if steps > 0:
            target = (value // _MINUTES_STEP + steps) * _MINUTES_STEP
        else:
            target = (-(-value // _MINUTES_STEP) + steps) * _MINUTES_STEP
        self.setValue(_NOT_RECORDED if target < 0 else min(target, MINUTES_MAX))
        self.selectAll()


class FieldProblem(QWidget):
    """What is wrong with one field, shown just below it with a warning sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        # The sign is drawn when a problem is first shown: a form has ten of these, and
        # drawing them all would add to the start of the Today page.
        self._mark = QLabel()
        self._mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setAccessibleName(self.tr("Problem"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self._mark)
        layout.addWidget(self._text, 1)
        self.hide()

    def text(self) -> str:
        """The problem shown, or an empty string."""
        return self._text.text()

    def show_problem(self, message: str) -> None:
        """Show a problem."""
        if self._mark.pixmap().isNull():
            size = self.fontMetrics().height()
            self._mark.setPixmap(warning_sign(size, self.devicePixelRatioF()))
        self._text.setText(message)
        self.show()

    def clear(self) -> None:
        """Hide the problem once the field is changed or the form is reset."""
        self._text.clear()
        self.hide()
