"""The clearance checklist: asked once after the safety questions, stored, editable in Settings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.exercise import ClearanceCondition
from companion.services.data_store import Store
from companion.services.safety_plan import clearance_answers
from companion.ui.context import AppContext
from companion.ui.safety.clearance_dialog import ClearanceDialog, ask_clearance_if_unanswered
from companion.ui.safety.clearance_settings import ClearanceSettings
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def test_the_checklist_is_asked_until_answered_and_then_never_again(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    context = AppContext(store, UiState(data_dir))
    settings = ClearanceSettings(context)
    qtbot.addWidget(settings)
    assert settings.summary.text() == "Not answered yet."

    first = ask_clearance_if_unanswered(context)
    assert isinstance(first, ClearanceDialog) and first.isVisible()
    assert [b.text() for b in first.boxes.values()][1] == "I am pregnant"
    qtbot.mouseClick(first.later_button, Qt.MouseButton.LeftButton)  # not now: nothing stored
    assert clearance_answers(store) is None

    dialog = ask_clearance_if_unanswered(context)
    assert dialog is not None
    dialog._now = lambda: NOW
    dialog.boxes[ClearanceCondition.HIP_REPLACEMENT].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = clearance_answers(store)
    assert stored is not None and stored.conditions == {ClearanceCondition.HIP_REPLACEMENT}
    assert settings.summary.text() == "A hip replacement"
    assert ask_clearance_if_unanswered(context) is None

    # Settings: change the answers; the dialog starts from what was stored.
    qtbot.mouseClick(settings.change_button, Qt.MouseButton.LeftButton)
    (again,) = {
        w
        for w in (*QApplication.topLevelWidgets(), *settings.findChildren(ClearanceDialog))
        if isinstance(w, ClearanceDialog) and w.isVisible()
    }
    assert again.boxes[ClearanceCondition.HIP_REPLACEMENT].isChecked()
    again.boxes[ClearanceCondition.HIP_REPLACEMENT].setChecked(False)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert clearance_answers(store).conditions == frozenset()  # type: ignore[union-attr]
    assert settings.summary.text() == "None of the listed conditions apply."
