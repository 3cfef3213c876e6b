"""Every interactive control has a name a screen reader can say: each page of the main window
(at the default size and at the smallest, where scroll bars appear), each dialog, a reminder
of every kind and the session player are walked through Qt's accessibility tree (QAccessible),
and a button, box, field, list or scroll bar without a name fails the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.reminders.decisions import Due, DueReason, Occasion
from companion.services.data_store import Store
from companion.services.reminders import snack_choices
from companion.services.screening import record_screening
from companion.ui.context import AppContext
from companion.ui.diary.diary_dialogs import ActivityDialog, TreatmentEventDialog
from companion.ui.exercises.player import window as session_player
from companion.ui.exercises.player.window import start_session
from companion.ui.main_window import MainWindow
from companion.ui.progress.measures_dialogs import BothersomenessDialog, FunctionalScaleDialog
from companion.ui.reminders.reminder_window import ReminderWindow
from companion.ui.safety.clearance_dialog import ClearanceDialog
from companion.ui.safety.screening_dialog import ScreeningDialog
from companion.ui.sections import build_sections
from companion.ui.today.welcome import WelcomeDialog
from companion.ui.today.what_to_expect import WhatToExpectDialog
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
R = QAccessible.Role
INTERACTIVE = {
    R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.SpinBox, R.EditableText, R.Slider,
    R.ScrollBar, R.ButtonMenu, R.ButtonDropDown, R.List, R.Table, R.Tree, R.PageTab, R.Dial,
}  # fmt: skip


def unnamed_controls(widget: QWidget) -> list[str]:
    """The interactive controls on screen under `widget` that have no accessible name."""
    found: list[str] = []

    def walk(node: QAccessibleInterface | None, path: str) -> None:
        if node is None or not node.isValid():
            return
        name = node.text(QAccessible.Text.Name).strip()
        if node.role() in INTERACTIVE and not name and not node.state().invisible:
            owner = node.object()
            kind = type(owner).__name__ if owner is not None else node.role().name
            found.append(f"{path} > {kind} {owner.objectName() if owner else ''}".strip())
        for index in range(node.childCount()):
            walk(node.child(index), f"{path} > {name or node.role().name}")

    walk(QAccessible.queryAccessibleInterface(widget), type(widget).__name__)
    return found


@pytest.fixture
def context(store: Store, data_dir: Path) -> Iterator[AppContext]:
    yield AppContext(store, UiState(data_dir), clock=lambda: NOW)
    for player in list(session_player._open_players.values()):
        if shiboken6.isValid(player):
            player.close()
    session_player._open_players.clear()


@pytest.mark.parametrize("size", [(1000, 680), (760, 520)])
def test_every_page_names_its_controls(
    qtbot: QtBot, context: AppContext, size: tuple[int, int]
) -> None:
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    missing: list[str] = []
    for key in window.section_keys():
        window.show_section(key)
        QApplication.processEvents()
        missing += unnamed_controls(window)
    assert sorted(set(missing)) == []


DIALOGS: dict[str, Callable[[AppContext], QWidget]] = {
    "welcome": lambda _context: WelcomeDialog(),
    "what to expect": lambda _context: WhatToExpectDialog(),
    "safety questions": lambda context: ScreeningDialog(context, clock=lambda: NOW),
    "clearance": lambda context: ClearanceDialog(context, now=lambda: NOW),
    "bother score": lambda context: BothersomenessDialog(context, clock=lambda: NOW),
    "activity score": lambda context: FunctionalScaleDialog(context, clock=lambda: NOW),
    "activity": lambda _context: ActivityDialog(lambda _fields: None),
    "treatment": lambda _context: TreatmentEventDialog(lambda _fields: None),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_names_its_controls(qtbot: QtBot, context: AppContext, name: str) -> None:
    dialog = DIALOGS[name](context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []


@pytest.mark.parametrize(
    "occasion",
    [
        Occasion.sitting_break(),
        Occasion.session(NOW.date(), time(9)),
        Occasion.check_in(NOW.date()),
        Occasion.questionnaire("sbi", NOW.date()),
    ],
    ids=lambda occasion: occasion.kind.value,
)
def test_every_reminder_names_its_controls(
    qtbot: QtBot, context: AppContext, occasion: Occasion
) -> None:
    window = ReminderWindow()
    qtbot.addWidget(window)
    snack = snack_choices(context.store, context.library, NOW)[0]
    due = Due(occasion, NOW, DueReason.ON_TIME, 0, timedelta(minutes=40))
    window.show_due(due, snack, 10, NOW)
    qtbot.waitExposed(window)
    assert unnamed_controls(window) == []


def test_the_session_player_names_its_controls(qtbot: QtBot, context: AppContext) -> None:
    answers = {question.id: False for question in QUESTIONS}
    record_screening(context.store, answers, ScreeningReason.FIRST_RUN, NOW - timedelta(hours=1))
    player = start_session(context, None, exercise_ids=["pelvic-tilt"], now=lambda: NOW)
    assert player is not None
    qtbot.waitExposed(player)
    assert unnamed_controls(player) == []
    player.begin()
    QApplication.processEvents()
    assert unnamed_controls(player) == []


def test_the_pain_scale_is_a_group_of_radio_buttons(qtbot: QtBot) -> None:
    from companion.ui.today.pain_scale import PainScale

    scale = PainScale("Leg pain")
    qtbot.addWidget(scale)
    scale.show()
    roles = {QAccessible.queryAccessibleInterface(scale.button(n)).role() for n in range(11)}
    assert roles == {R.RadioButton}  # not eleven check boxes
    scale.set_value(4)
    checked = [n for n in range(11) if scale.button(n).isChecked()]
    assert checked == [4]
    scale.set_value(None)  # "not chosen yet" is still possible
    assert not any(scale.button(n).isChecked() for n in range(11))
