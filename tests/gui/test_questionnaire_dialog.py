"""A clinic's questionnaire: answered by keyboard, scored, due on Today, managed in Settings.

Only made-up instruments are used: the example from docs/questionnaire-format.md and a
tick-box variant of it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.content.questionnaires import questionnaire_from_data
from companion.domain.changes import Changes, Topic
from companion.domain.questionnaire import Questionnaire
from companion.services.data_store import Store
from companion.services.questionnaires import (
    add_questionnaire,
    find_questionnaire,
    list_questionnaires,
    questionnaire_history,
    questionnaires_folder,
    record_response,
    remove_questionnaire,
    response_count,
)
from companion.ui.context import AppContext
from companion.ui.progress.questionnaire_dialog import (
    CheckboxQuestion,
    ChoiceQuestion,
    QuestionnaireDialog,
)
from companion.ui.safety.safety import open_measure
from companion.ui.settings.questionnaire_settings import QuestionnaireSettings
from companion.ui.today.today_view import TodayView
from companion.ui.ui_state import UiState

EXAMPLE_FILE = (
    Path(__file__).parents[1]
    / "unit"
    / "content"
    / "fixtures"
    / "example_daily_function_check.json"
)
EXAMPLE_ID = "example-daily-function"
MARCH_10 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
FIRST_DAY = MARCH_10.astimezone().date()
WORKED_EXAMPLE = {"getting_dressed": 1, "walking": 2, "sitting": 3, "sleep": 0}  # 50


def checklist_data(count: int = 5) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
    data.update(
        id="example-checklist",
        title="Example tick-box check",
        items=[
            {"id": f"s{n}", "text": f"Made-up statement {n} & more.", "kind": "checkbox"}
            for n in range(1, count + 1)
        ],
        scoring={"method": "count_checked"},
        score_range={"min": 0, "max": count},
        mcid={"points": 2},
    )
    return data


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


@pytest.fixture
def example(data_dir: Path) -> Questionnaire:
    added, _ = add_questionnaire(questionnaires_folder(data_dir), EXAMPLE_FILE)
    return added.installed.questionnaire


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _published(context: AppContext) -> list[Changes]:
    seen: list[Changes] = []
    context.bus.changed.connect(seen.append)
    return seen


def _top_level(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# --- The dialog, by keyboard -------------------------------------------------------------------


def test_a_choice_questionnaire_by_keyboard_alone(
    qtbot: QtBot, context: AppContext, store: Store, example: Questionnaire
) -> None:
    seen = _published(context)
    dialog = QuestionnaireDialog(context, example, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    assert "Example only" in dialog.licence_label.text()
    assert dialog.licence_label.isVisible()
    assert not dialog.save_button.isEnabled()

    questions = [q for q in dialog.questions if isinstance(q, ChoiceQuestion)]
    assert _focused() is questions[0].buttons[0]
    # Typing an answer's number picks it and moves to the next question.
    for digit, question in zip("234", questions, strict=False):
        assert _focused() in question.buttons
        qtbot.keyClicks(_focused(), digit)
    # The last one with the arrow keys and Space instead.
    assert _focused() is questions[3].buttons[0]
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    qtbot.keyClick(_focused(), Qt.Key.Key_Up)
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert dialog.answers() == WORKED_EXAMPLE
    assert dialog.progress_label.text() == "Every question answered"
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # the default button: Save

    assert dialog.recorded is not None
    assert dialog.recorded.score == pytest.approx(50)
    assert dialog.score_label.text() == "Your score: 50 on a scale from 0 to 100"
    assert "starting point" in dialog.change_label.text()
    assert "Higher scores mean more trouble." in dialog.detail_label.text()
    assert [r.score for r in questionnaire_history(store, example)] == [50]
    assert any(c.concerns(Topic.MEASURES) for c in seen)
    assert _focused() is dialog.done_button
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_the_change_from_the_first_response_is_shown(
    qtbot: QtBot, context: AppContext, store: Store, example: Questionnaire
) -> None:
    record_response(store, example, WORKED_EXAMPLE, MARCH_10)
    dialog = QuestionnaireDialog(context, example, clock=lambda: MARCH_10 + timedelta(days=28))
    _show(qtbot, dialog)
    for digit in "1221":  # 0 + 1 + 1 + 0 = 2 of 12
        qtbot.keyClicks(_focused(), digit)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    assert dialog.score_label.text() == "Your score: 16.7 on a scale from 0 to 100"
    assert dialog.change_label.text() == (
        f"Example daily function check score is down from 50 to 16.7 since "
        f"{FIRST_DAY.day} March, an improvement of at least the minimal important change."
    )


def test_a_question_may_be_left_out_when_the_rule_allows(
    qtbot: QtBot, context: AppContext, store: Store, example: Questionnaire
) -> None:
    dialog = QuestionnaireDialog(context, example, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    for digit in "23":
        qtbot.keyClicks(_focused(), digit)
    assert not dialog.save_button.isEnabled()  # two left out; the file allows one
    assert "2 questions still to answer" in dialog.progress_label.text()
    qtbot.keyClicks(_focused(), "4")
    assert dialog.save_button.isEnabled()
    assert "(you may leave 1 out)" in dialog.progress_label.text()
    # Focus stays on the unanswered question; Enter still saves through the default button.
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.recorded is not None
    assert dialog.recorded.score == pytest.approx(200 / 3)
    assert "You left 1 question out" in dialog.detail_label.text()
    assert response_count(store, EXAMPLE_ID) == 1


def test_a_tick_box_questionnaire_by_keyboard_alone(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    questionnaire = questionnaire_from_data(checklist_data(5))
    dialog = QuestionnaireDialog(context, questionnaire, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    boxes = [q for q in dialog.questions if isinstance(q, CheckboxQuestion)]
    assert boxes[0].box.text() == "1. Made-up statement 1 && more."  # '&' is not a mnemonic
    assert dialog.save_button.isEnabled()  # unticked is an answer too
    assert _focused() is boxes[0].box
    for tick in (True, False, True, True, False):
        if tick:
            qtbot.keyClick(_focused(), Qt.Key.Key_Space)
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert [q.answer for q in boxes] == [True, False, True, True, False]
    assert dialog.progress_label.text() == "3 statements ticked"
    assert _focused() is dialog.save_button  # Tab after the last statement: Save, not Cancel
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.recorded is not None and dialog.recorded.score == 3
    assert dialog.score_label.text() == "Your score: 3 on a scale from 0 to 5"


def test_a_long_questionnaire_scrolls_to_the_question_being_answered(
    qtbot: QtBot, context: AppContext
) -> None:
    questionnaire = questionnaire_from_data(
        {
            **checklist_data(),
            "items": [
                {
                    "id": f"q{n}",
                    "text": f"Made-up question {n}.",
                    "kind": "choice",
                    "options": [{"label": f"Made-up answer {s}", "score": s} for s in range(4)],
                }
                for n in range(1, 25)
            ],
            "scoring": {"method": "sum"},
            "score_range": {"min": 0, "max": 72},
        }
    )
    dialog = QuestionnaireDialog(context, questionnaire, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    for _ in range(23):
        qtbot.keyClicks(_focused(), "2")
    last = dialog.questions[-1]
    assert isinstance(last, ChoiceQuestion)
    assert _focused() is last.buttons[0]
    assert dialog.scroll_area.verticalScrollBar().value() > 0
    assert not last.visibleRegion().isEmpty()


# --- Where it opens from -----------------------------------------------------------------------


def test_a_due_questionnaire_is_on_today_with_a_start_button(
    qtbot: QtBot, context: AppContext, store: Store, example: Questionnaire
) -> None:
    view = TodayView(context)
    qtbot.addWidget(view)
    assert "Example daily function check: take your first one" in view.due_items()
    row = view.due_items().index("Example daily function check: take your first one")
    button = view.due_buttons[row]
    assert button.text() == "Start"
    button.click()
    dialogs = _top_level(QuestionnaireDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert isinstance(dialog, QuestionnaireDialog)
    assert dialog.questionnaire.id == EXAMPLE_ID

    # Answering it takes it off the list.
    for question, answer in zip(dialog.questions, WORKED_EXAMPLE.values(), strict=True):
        assert isinstance(question, ChoiceQuestion)
        question.set_answer(answer)
    dialog.save()
    assert not any(item.startswith("Example daily function") for item in view.due_items())
    dialog.accept()


def test_a_questionnaire_removed_meanwhile_opens_a_message(
    qtbot: QtBot, context: AppContext
) -> None:
    opened = open_measure(context, "no-longer-here")
    try:
        assert isinstance(opened, QMessageBox)
        assert opened.isVisible()
        assert "is not installed any more" in opened.text()
        assert "Your earlier answers are kept" in opened.text()
    finally:
        with qtbot.waitSignal(opened.destroyed):  # opened with delete-on-close
            opened.close()


# --- Settings: add, answer, remove -------------------------------------------------------------


def test_settings_show_the_file_before_adding_it(
    qtbot: QtBot, context: AppContext, data_dir: Path
) -> None:
    seen = _published(context)
    group = QuestionnaireSettings(context)
    qtbot.addWidget(group)
    assert group.installed_titles() == ["None added yet."]
    assert not group.remove_button.isEnabled()

    group.add_from_file(EXAMPLE_FILE)
    preview = group.preview
    assert preview is not None and preview.isVisible()
    assert "Example only" in preview.licence_label.text()
    texts = [label.text() for label in preview.findChildren(QWidget) if hasattr(label, "text")]
    assert "4 questions" in texts
    assert not (questionnaires_folder(data_dir)).exists()  # nothing until confirmed
    preview.reject()
    assert not (questionnaires_folder(data_dir)).exists()

    group.add_from_file(EXAMPLE_FILE)
    assert group.preview is not None
    group.preview.add_button.click()
    assert find_questionnaire(questionnaires_folder(data_dir), EXAMPLE_ID) is not None
    assert any(c.concerns(Topic.MEASURES) for c in seen)
    assert group.installed_titles() == [
        "Example daily function check (version 0.1-example): 4 questions, due every 28 days"
    ]
    assert group.selected_id() == EXAMPLE_ID
    assert group.answer_button.isEnabled() and group.remove_button.isEnabled()


def test_settings_refuse_a_bad_file_and_say_nothing_was_added(
    qtbot: QtBot, context: AppContext, data_dir: Path, tmp_path: Path
) -> None:
    group = QuestionnaireSettings(context)
    qtbot.addWidget(group)
    bad = tmp_path / "odd.json"
    bad.write_text(json.dumps({**checklist_data(), "licence": "short"}), encoding="utf-8")
    group.add_from_file(bad)
    assert group.preview is None
    assert group.message is not None and group.message.isVisible()
    assert group.message.text() == "This file cannot be added"
    assert "odd.json: licence: needs 10+ characters" in group.message.informativeText()
    assert "Nothing was added" in group.message.informativeText()
    assert not questionnaires_folder(data_dir).exists()
    group.message.close()


def test_settings_remove_after_asking_and_keep_the_answers(
    qtbot: QtBot, context: AppContext, store: Store, data_dir: Path, example: Questionnaire
) -> None:
    record_response(store, example, WORKED_EXAMPLE, MARCH_10)
    group = QuestionnaireSettings(context)
    qtbot.addWidget(group)
    group.select(EXAMPLE_ID)

    group.answer_selected()
    [dialog] = _top_level(QuestionnaireDialog)
    assert isinstance(dialog, QuestionnaireDialog) and dialog.questionnaire.id == EXAMPLE_ID
    dialog.reject()

    group.remove_selected()
    assert group.confirmation is not None
    assert "Your 1 answer to it is kept" in group.confirmation.text()
    assert group.confirm_remove_button is not None
    group.confirm_remove_button.click()
    assert list_questionnaires(questionnaires_folder(data_dir)).installed == ()
    assert response_count(store, EXAMPLE_ID) == 1
    assert group.installed_titles() == ["None added yet."]


def test_removing_one_the_command_line_already_removed_says_so_in_words(
    qtbot: QtBot, context: AppContext, data_dir: Path, example: Questionnaire
) -> None:
    group = QuestionnaireSettings(context)
    qtbot.addWidget(group)
    group.select(EXAMPLE_ID)
    group.remove_selected()
    assert group.confirm_remove_button is not None
    remove_questionnaire(questionnaires_folder(data_dir), EXAMPLE_ID)  # meanwhile, elsewhere

    group.confirm_remove_button.click()
    assert group.message is not None
    assert group.message.text() == "The questionnaire could not be removed"
    assert group.message.informativeText() == (
        "It is no longer installed (another window or the command line removed it).\n\n"
        "Your answers are kept."
    )
    group.message.close()
