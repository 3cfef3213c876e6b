"""The mouse wheel never changes data by accident.

Scrolling down a form, the pointer passes over spin boxes and lists; Qt lets each of them take
the wheel, so "not recorded" became "10 min" on its way past. Here a spin box or a combo box
takes the wheel only when it has the keyboard focus (clicked or tabbed into): otherwise the wheel
goes on to the page, which scrolls. The Progress page's charts never take it in the first place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


class WheelGuard(QObject):
    """Hands the wheel on to the page unless a focused field is meant to take it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is not QEvent.Type.Wheel:
            return False
        unfocused_field = isinstance(watched, QAbstractSpinBox | QComboBox) and not (
            watched.hasFocus()
        )
        if unfocused_field:
            # Not accepted, so Qt offers the event to the parent: the scroll area scrolls.
            event.ignore()
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every widget of `app` (once; a second call returns the guard in place)."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
