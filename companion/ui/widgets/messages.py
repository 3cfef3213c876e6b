"""Modal messages in plain text: a warning, a piece of news, a yes-or-no question.

Messages quote titles, file names and error texts that came from outside the app.
QMessageBox's static functions guess the text format, so a file named "<b>notes</b>" would be
rendered as HTML; every message of the app is shown through these instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _shown(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return QMessageBox.StandardButton(box.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something did not work; the text says what is unchanged and what to do."""
    _shown(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Something the user should know, with nothing to decide."""
    _shown(parent, QMessageBox.Icon.Information, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes-or-no question; True for Yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return _shown(parent, QMessageBox.Icon.Question, title, text, yes | no) == yes
