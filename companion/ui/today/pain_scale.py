"""A 0-10 pain scale: eleven numbers in a row, set by mouse, arrow keys or typed digits."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from companion.services.checkin_rules import PAIN_MAX, PAIN_MIN
from companion.ui.style import scaled_font

# Two digits typed within this time make one number ("1" then "0" is 10).
_TYPING_PAUSE_MS = 1200


class PainButton(QRadioButton):
    """One number of a pain scale: a radio button, so a screen reader announces a group of
    eleven choices (not eleven check boxes), drawn as a push button the mouse can hit."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(str(number), parent)

    def clear(self) -> None:
        """Uncheck: an exclusive radio button refuses that, so exclusivity steps aside."""
        self.setAutoExclusive(False)
        self.setChecked(False)
        self.setAutoExclusive(True)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("10") * 2 + 8, round(metrics.height() * 1.9))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole button, not only a radio's circle

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        option.initFrom(self)
        option.text = self.text()
        option.state |= (
            QStyle.StateFlag.State_On if self.isChecked() else QStyle.StateFlag.State_Off
        )
        if self.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class PainScale(QWidget):
    """A 0-10 pain rating: a row of eleven buttons; arrow keys, Home/End or digits set it."""

    value_changed = Signal(object)  # int | None

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._value: int | None = None
        self._typed = ""
        self._typing = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(label)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusive groups cannot show "not chosen yet"
        row = QHBoxLayout()
        row.setSpacing(2)
        for number in range(PAIN_MIN, PAIN_MAX + 1):
            button = PainButton(number)
            # The scale takes focus as one control; the buttons are for the mouse.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{label} {number}")
            self._group.addButton(button, number)
            row.addWidget(button)
        self._group.idClicked.connect(self._clicked)
        # The chosen number must stand out in any palette, light or dark.
        self.setStyleSheet(
            "PainButton { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(button); color: palette(button-text); padding: 3px; }"
            " PainButton:hover { border-color: palette(highlight); }"
            " PainButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight);"
            " font-weight: bold; }"
        )
        ends = QHBoxLayout()
        low = QLabel(self.tr("0 no pain"))
        high = QLabel(self.tr("10 worst imaginable"))
        for end in (low, high):
            end.setFont(scaled_font(end, 0.9, bold=False))
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        # Room around the buttons for the focus frame.
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(ends)
        self._describe()

    def value(self) -> int | None:
        """The chosen rating, or None when nothing is chosen yet."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a rating (None: nothing chosen)."""
        if value is not None and not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(value)
        changed = value != self._value
        self._value = value
        for button in self._group.buttons():
            if self._group.id(button) == value:
                button.setChecked(True)
            elif isinstance(button, PainButton):
                button.clear()
        self._describe()
        self.update()
        if changed:
            self.value_changed.emit(value)

    def button(self, number: int) -> PainButton:
        """The button for one number (for tests and for the mouse)."""
        found = self._group.button(number)
        assert isinstance(found, PainButton)
        return found

    def _clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(PAIN_MIN if current is None else min(PAIN_MAX, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(PAIN_MIN if current is None else max(PAIN_MIN, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(PAIN_MIN)
        elif key == Qt.Key.Key_End:
            self.set_value(PAIN_MAX)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._type_digit(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _type_digit(self, digit: int) -> None:
        recent = self._typing.isValid() and self._typing.elapsed() < _TYPING_PAUSE_MS
        typed = self._typed + str(digit) if recent else str(digit)
        if int(typed) > PAIN_MAX:
            typed = str(digit)
        self._typed = typed
        self._typing.restart()
        self.set_value(int(typed))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QStylePainter(self)
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = QRect(self.rect().adjusted(1, 1, -1, -1))
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    def _describe(self) -> None:
        if self._value is None:
            text = self.tr("not chosen yet; use the arrow keys or type a number from 0 to 10")
        else:
            text = self.tr("{value} out of 10").format(value=self._value)
        self.setAccessibleDescription(text)
