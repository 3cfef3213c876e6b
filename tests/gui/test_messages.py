"""Every message is plain text: a file name or error that looks like HTML is shown as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from companion.ui.widgets.messages import ask, inform, warn

HOSTILE = "<b>notes</b> <img src='x'>.scprog could not be read"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        boxes.append(box)
        return QMessageBox.StandardButton.Yes.value if box.text().startswith("yes") else 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return boxes


@pytest.mark.parametrize(
    ("show", "icon"),
    [(warn, QMessageBox.Icon.Warning), (inform, QMessageBox.Icon.Information)],
)
def test_messages_show_their_text_as_plain_text(
    qtbot: QtBot, shown: list[QMessageBox], show: object, icon: QMessageBox.Icon
) -> None:
    show(None, "Title", HOSTILE)  # type: ignore[operator]
    (box,) = shown
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == HOSTILE
    assert box.icon() == icon


def test_a_question_is_yes_or_no(qtbot: QtBot, shown: list[QMessageBox]) -> None:
    assert ask(None, "Replace?", "yes: " + HOSTILE) is True
    assert ask(None, "Replace?", "no: " + HOSTILE) is False
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in shown)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    assert shown[0].standardButtons() == yes | no
