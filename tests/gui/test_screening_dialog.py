"""The red-flag screening dialog, driven by keyboard over a real store."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.changes import Changes, Topic
from companion.domain.red_flags import (
    ADVICE,
    KNOWN,
    QUESTIONS,
    REASON_EXPLANATIONS,
    REPEATED_WORSE_AFTER_EXERCISE,
    ScreeningReason,
)
from companion.domain.vocabulary import TriageLevel
from companion.services.data_store import Store
from companion.services.screening import exercise_blocked, known_findings, last_screening
from companion.ui import language
from companion.ui.context import AppContext
from companion.ui.safety import screening_dialog
from companion.ui.safety.red_flag_texts import reason_text
from companion.ui.safety.screening_dialog import (
    RED_FLAG_TEXTS,
    ScreeningDialog,
    exercise_locked_text,
)
from companion.ui.safety.screening_questions import grouped_questions
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


def _open(qtbot: QtBot, context: AppContext, *reasons: ScreeningReason) -> ScreeningDialog:
    dialog = ScreeningDialog(context, reasons or (ScreeningReason.ON_DEMAND,), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    return dialog


def _focused(dialog: ScreeningDialog) -> QWidget:
    """The widget inside the dialog that has (or last had) the keyboard focus."""
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def _answer_by_keys(qtbot: QtBot, dialog: ScreeningDialog, yes: set[str], count: int) -> None:
    """Answer the next `count` questions with Y or N, always typing into the focused widget."""
    for _ in range(count):
        row = next(r for r in dialog.questions if r.answer is None)
        assert _focused(dialog) in (row.yes_button, row.no_button)
        key = Qt.Key.Key_Y if row.question.id in yes else Qt.Key.Key_N
        qtbot.keyClick(_focused(dialog), key)


def _buttons_on_result(dialog: ScreeningDialog) -> list[QPushButton]:
    return [b for b in dialog.findChildren(QPushButton) if b.isVisible()]


@pytest.fixture
def in_the_uk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbers of the user's country: 999 in the UK."""
    monkeypatch.setitem(language._state, "region", language.Region("en", "GB"))


def test_every_domain_text_is_marked_for_translation() -> None:
    texts = [q.text for q in QUESTIONS] + [REPEATED_WORSE_AFTER_EXERCISE.text]
    for advice in ADVICE.values():
        texts += [advice.title, advice.message, *advice.steps]
    texts += list(REASON_EXPLANATIONS.values())
    missing = [t for t in texts if t not in RED_FLAG_TEXTS]
    assert missing == []


def test_every_question_is_asked_exactly_once() -> None:
    asked = [q.id for _, questions in grouped_questions() for q in questions]
    assert sorted(asked) == sorted(q.id for q in QUESTIONS)


def test_keyboard_only_all_no_is_clear_and_stored(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = _open(qtbot, context, ScreeningReason.FIRST_RUN)
    published: list[Changes] = []
    context.bus.changed.connect(published.append)
    why = REASON_EXPLANATIONS[ScreeningReason.FIRST_RUN]
    assert any(why in label.text() for label in dialog.findChildren(QLabel))

    _answer_by_keys(qtbot, dialog, set(), len(QUESTIONS))
    # After the last answer the focus is on the submit button; Enter submits.
    assert _focused(dialog) is dialog.submit_button
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)

    assert dialog.showing_result()
    assert dialog.level is TriageLevel.CLEAR
    record = last_screening(store)
    assert record is not None
    assert record.level is TriageLevel.CLEAR
    assert record.reason is ScreeningReason.FIRST_RUN
    assert record.answers == {q.id: False for q in QUESTIONS}
    assert any(c.concerns(Topic.SCREENINGS) for c in published)
    assert dialog.result_title.text() == ADVICE[TriageLevel.CLEAR].title
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not exercise_blocked(store, NOW)


def test_incomplete_answers_cannot_be_submitted(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = _open(qtbot, context)
    _answer_by_keys(qtbot, dialog, set(), len(QUESTIONS) - 1)
    assert not dialog.submit_button.isEnabled()
    assert "1" in dialog.progress_label.text()
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)
    dialog.submit()
    assert not dialog.showing_result()
    assert last_screening(store) is None

    _answer_by_keys(qtbot, dialog, set(), 1)
    assert dialog.submit_button.isEnabled()


def test_emergency_yes_can_be_submitted_at_once_and_blocks_exercise(
    qtbot: QtBot, context: AppContext, store: Store, in_the_uk: None
) -> None:
    dialog = _open(qtbot, context, ScreeningReason.NEW_NUMBNESS)
    first = dialog.questions[0]
    assert first.question.level is TriageLevel.EMERGENCY
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Y)
    assert first.answer is True
    assert dialog.submit_button.isEnabled()
    dialog.submit_button.setFocus()
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Space)

    assert dialog.showing_result()
    assert dialog.level is TriageLevel.EMERGENCY
    assert exercise_blocked(store, NOW)
    assert dialog.lock_note.isVisible()
    assert dialog.lock_note.text() == exercise_locked_text()
    assert "999" in dialog.result_steps.text()
    # One way out, and it does not lead to exercise.
    buttons = _buttons_on_result(dialog)
    assert buttons == [dialog.done_button]
    label = dialog.done_button.text().replace("&", "").lower()
    assert "continue" not in label and "exercise" not in label
    assert dialog.findings_label.isVisible()
    assert html.escape(first.question.text) in dialog.findings_label.text()

    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert exercise_blocked(store, NOW + timedelta(days=1))


def test_a_later_clear_screening_does_not_unblock_exercise(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = _open(qtbot, context)
    dialog.questions[0].set_answer(True)
    dialog.submit()
    assert exercise_blocked(store, NOW)

    later = ScreeningDialog(context, clock=lambda: NOW + timedelta(seconds=30))
    qtbot.addWidget(later)
    for row in later.questions:
        row.set_answer(False)
    later.submit()
    assert later.level is TriageLevel.CLEAR
    assert exercise_blocked(store, NOW + timedelta(days=2))


@pytest.mark.parametrize(
    "case",
    [
        ({"fever_or_unwell"}, TriageLevel.SAME_DAY, "I understand"),
        ({"struggling_to_cope"}, TriageLevel.ROUTINE, "Close"),
    ],
)
def test_same_day_and_routine_advice_with_findings(
    qtbot: QtBot, context: AppContext, store: Store, case: tuple[set[str], TriageLevel, str]
) -> None:
    yes, level, button = case
    dialog = _open(qtbot, context)
    _answer_by_keys(qtbot, dialog, yes, len(QUESTIONS))
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)

    assert dialog.level is level
    record = last_screening(store)
    assert record is not None and record.level is level
    assert dialog.result_title.text() == ADVICE[level].title
    for step in ADVICE[level].steps:
        assert language.with_numbers(step).replace("&", "&amp;") in dialog.result_steps.text()
    assert dialog.findings_label.isVisible()
    assert not dialog.lock_note.isVisible()
    assert _buttons_on_result(dialog) == [dialog.done_button]
    assert dialog.done_button.text().replace("&", "") == button
    assert not exercise_blocked(store, NOW)


def test_not_now_stores_nothing(qtbot: QtBot, context: AppContext, store: Store) -> None:
    dialog = _open(qtbot, context)
    _answer_by_keys(qtbot, dialog, set(), 3)
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.record is None
    assert last_screening(store) is None


def test_advice_is_shown_even_when_saving_fails(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(screening_dialog, "record_screening", broken)
    dialog = _open(qtbot, context)
    dialog.questions[0].set_answer(True)
    dialog.submit()
    assert dialog.showing_result()
    assert dialog.result_title.text() == ADVICE[TriageLevel.EMERGENCY].title
    assert dialog.save_problem.isVisible()
    assert "disk full" in dialog.save_problem.text()


def test_every_reason_is_explained_in_the_users_language() -> None:
    for reason in ScreeningReason:
        assert reason_text(reason).strip(), reason


def test_a_long_standing_finding_can_be_answered_known_by_k_and_does_not_lock(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = _open(qtbot, context)
    both = next(r for r in dialog.questions if r.question.id == "both_legs")
    bladder = next(r for r in dialog.questions if r.question.id == "bladder")
    assert both.known_button is not None
    assert bladder.known_button is None  # a new symptom has no "my doctor knows"
    for row in dialog.questions:
        row.set_answer(False)
    both.no_button.setFocus()
    qtbot.keyClick(both.no_button, Qt.Key.Key_K)
    assert both.answer == KNOWN
    qtbot.keyClick(bladder.no_button, Qt.Key.Key_K)  # ignored where not offered
    assert bladder.answer is False
    dialog.submit()
    assert dialog.level is TriageLevel.CLEAR
    assert not exercise_blocked(store, NOW)
    assert known_findings(store, NOW) == {"both_legs": NOW}
    assert dialog.findings_label.isVisible()
    assert "known to your doctor" in dialog.findings_label.text()
    assert html.escape(both.question.text) in dialog.findings_label.text()

    # The next time, the question starts from the known answer and says when it comes back.
    later = _open(qtbot, context)
    row = next(r for r in later.questions if r.question.id == "both_legs")
    assert row.answer == KNOWN
    assert row.known_note.isVisible()
    assert "new or worse, answer Yes" in row.known_note.text()
    # ...and a "yes" still counts in full.
    for other in later.questions:
        other.set_answer(False)
    row.set_answer(True)
    later.submit()
    assert later.level is TriageLevel.EMERGENCY
