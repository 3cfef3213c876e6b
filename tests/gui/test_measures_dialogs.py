"""The outcome-measure dialogs, filled by keyboard over a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.changes import Changes, Topic
from companion.domain.measures import (
    BOTHERSOMENESS_ANCHORS,
    BOTHERSOMENESS_QUESTIONS,
    BOTHERSOMENESS_RECALL,
)
from companion.services.data_store import Store
from companion.services.measures import (
    functional_scale_baseline,
    measure_history,
    record_bothersomeness,
    record_functional_scale,
)
from companion.storage.models import QuestionnaireResponse
from companion.ui.context import AppContext
from companion.ui.progress.measure_words import MEASURE_TEXTS
from companion.ui.progress.measures_dialogs import BothersomenessDialog, FunctionalScaleDialog
from companion.ui.ui_state import UiState

MARCH_10 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
# Days are the user's local days: in a far time zone noon UTC is already the 11th (or the 9th).
FIRST_DAY = MARCH_10.astimezone().date()
FIRST_ACTIVITIES = {"Sitting through a film": 2, "Putting on socks": 4, "Walking to the shops": 3}


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)


def _focused(dialog: QWidget) -> QWidget:
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def _published(context: AppContext) -> list[Changes]:
    seen: list[Changes] = []
    context.bus.changed.connect(seen.append)
    return seen


def test_every_domain_text_is_marked_for_translation() -> None:
    texts = [*BOTHERSOMENESS_QUESTIONS.values(), BOTHERSOMENESS_RECALL, *BOTHERSOMENESS_ANCHORS]
    assert [t for t in texts if t not in MEASURE_TEXTS] == []


# --- Bother score ------------------------------------------------------------------------------


def test_bother_score_by_keyboard_alone(qtbot: QtBot, context: AppContext, store: Store) -> None:
    seen = _published(context)
    dialog = BothersomenessDialog(context, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    assert not dialog.save_button.isEnabled()
    for digit, row in zip("5436", dialog.questions, strict=True):
        assert _focused(dialog) in row.buttons
        qtbot.keyClicks(_focused(dialog), digit)
    assert [row.answer for row in dialog.questions] == [5, 4, 3, 6]
    assert _focused(dialog) is dialog.save_button
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)

    assert dialog.recorded is not None and dialog.recorded.score == 18
    assert "18 out of 24" in dialog.score_label.text()
    assert "starting point" in dialog.change_label.text()
    assert [r.score for r in measure_history(store, "sbi")] == [18]
    assert any(c.concerns(Topic.MEASURES) for c in seen)
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_bother_score_shows_the_change_since_the_first(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    first = {"leg_pain": 5, "numbness_or_tingling": 4, "weakness": 3, "pain_when_sitting": 6}
    record_bothersomeness(store, first, MARCH_10)
    dialog = BothersomenessDialog(context, clock=lambda: MARCH_10 + timedelta(days=7))
    _show(qtbot, dialog)
    for value, row in zip((2, 1, 1, 3), dialog.questions, strict=True):
        row.set_answer(value)
    dialog.save()
    assert dialog.change_label.text() == (
        f"Sciatica bother score is down from 18 to 7 since {FIRST_DAY.day} March."
    )


def test_unanswered_bother_score_cannot_be_saved(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = BothersomenessDialog(context, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    for digit in "543":
        qtbot.keyClicks(_focused(dialog), digit)
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.recorded is None
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Escape)
    assert measure_history(store, "sbi") == []


# --- Activity score ----------------------------------------------------------------------------


def test_first_activity_score_by_keyboard_alone(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    seen = _published(context)
    dialog = FunctionalScaleDialog(context, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    assert dialog.page == FunctionalScaleDialog.NAMING
    assert not dialog.new_baseline_note.isVisible()
    assert _focused(dialog) is dialog.name_edits[0]
    for name, rating in FIRST_ACTIVITIES.items():
        qtbot.keyClicks(_focused(dialog), name)
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Tab)
        qtbot.keyClicks(_focused(dialog), str(rating))
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Tab)
    assert dialog.naming_save.isEnabled()
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)

    assert dialog.page == FunctionalScaleDialog.RESULT
    assert dialog.recorded is not None and dialog.recorded.starts_baseline
    assert "3 out of 10" in dialog.score_label.text()
    baseline = functional_scale_baseline(store)
    assert baseline is not None and baseline.names == tuple(FIRST_ACTIVITIES)
    assert any(c.concerns(Topic.MEASURES) for c in seen)


def test_rerating_shows_the_same_activities_read_only(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10)
    dialog = FunctionalScaleDialog(context, clock=lambda: MARCH_10 + timedelta(days=14))
    _show(qtbot, dialog)
    assert dialog.page == FunctionalScaleDialog.RERATING
    assert dialog.rerate_names == list(FIRST_ACTIVITIES)
    # The names cannot be edited here: there is no text field on the page.
    page = dialog.rerate_ratings[0].parentWidget()
    assert page is not None and page.findChildren(QLineEdit) == [
        box.lineEdit() for box in dialog.rerate_ratings
    ]
    assert not dialog.rerate_save.isEnabled()
    for rating in (6, 5, 7):
        qtbot.keyClicks(_focused(dialog), str(rating))
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Tab)
    assert dialog.rerate_save.isEnabled()
    dialog.rerate_save.setFocus()
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Space)

    recorded = dialog.recorded
    assert recorded is not None and not recorded.starts_baseline
    assert recorded.score == 6.0
    assert dialog.change_label.text() == (
        f"Activity score is up from 3 to 6 since {FIRST_DAY.day} March, "
        "an improvement beyond the detectable change."
    )
    detail = dialog.detail_label.text()
    assert "Putting on socks: 4 at the start, 5 now" in detail
    assert detail.count("(beyond the detectable change)") == 2


def test_new_activities_start_a_new_baseline(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10)
    dialog = FunctionalScaleDialog(context, clock=lambda: MARCH_10 + timedelta(days=14))
    _show(qtbot, dialog)
    dialog.choose_new_button.setFocus()
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Space)
    assert dialog.page == FunctionalScaleDialog.NAMING
    assert dialog.new_baseline_note.isVisible()
    assert dialog.starts_new_baseline
    assert _focused(dialog) is dialog.name_edits[0]
    new = ("Cycling", "Kneeling", "Lifting a child")
    for number, name in enumerate(new):
        if number:
            qtbot.keyClick(_focused(dialog), Qt.Key.Key_Tab)
        qtbot.keyClicks(_focused(dialog), name)
        qtbot.keyClick(_focused(dialog), Qt.Key.Key_Tab)
        qtbot.keyClicks(_focused(dialog), "4")
        if number < len(new) - 1:  # fewer than three: Save waits and says why
            assert not dialog.naming_save.isEnabled()
            assert dialog.naming_problem.text() == (
                f"Name at least three activities and rate each one ({number + 1} named so far)."
            )
    qtbot.keyClick(_focused(dialog), Qt.Key.Key_Return)

    assert dialog.recorded is not None and dialog.recorded.starts_baseline
    assert "starting point" in dialog.change_label.text()
    baseline = functional_scale_baseline(store)
    assert baseline is not None and baseline.names == new


def test_incomplete_or_repeated_activities_are_not_saved(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = FunctionalScaleDialog(context, clock=lambda: MARCH_10)
    _show(qtbot, dialog)
    assert not dialog.naming_problem.isVisible()  # an untouched form shows no problem
    dialog.name_edits[0].setText("Driving")
    assert not dialog.naming_save.isEnabled()  # named but not rated
    assert dialog.naming_problem.isVisible()
    assert dialog.naming_problem.text() == 'Give activity 1, "Driving", a rating from 0 to 10.'
    dialog.new_ratings[0].setValue(5)
    dialog.new_ratings[1].setValue(3)
    assert not dialog.naming_save.isEnabled()  # rated but not named
    assert dialog.naming_problem.text() == "Activity 2 has a rating but no name: name it."
    dialog.name_edits[1].setText("driving ")
    assert not dialog.naming_save.isEnabled()  # two activities: three are needed
    dialog.name_edits[2].setText("Cooking")
    dialog.new_ratings[2].setValue(4)
    assert dialog.naming_save.isEnabled()
    assert not dialog.naming_problem.isVisible()
    dialog.save()
    assert dialog.recorded is None
    assert dialog.page == FunctionalScaleDialog.NAMING
    assert dialog.naming_problem.isVisible()
    assert "named twice" in dialog.naming_problem.text()
    assert measure_history(store, "psfs") == []


def test_a_stored_sitting_of_two_activities_is_re_rated_as_it_is(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    """A baseline stored before 3 activities were needed opens for re-rating, both shown."""
    with store.units.write() as uow:
        uow.session.add(
            QuestionnaireResponse(
                instrument="psfs",
                instrument_version="1",
                taken_at=MARCH_10,
                answers={
                    "activities": [
                        {"name": "Driving", "rating": 3},
                        {"name": "Gardening", "rating": 5},
                    ],
                    "new_baseline": True,
                },
                score=4.0,
            )
        )
        uow.commit()
    dialog = FunctionalScaleDialog(context, clock=lambda: MARCH_10 + timedelta(days=14))
    _show(qtbot, dialog)
    assert dialog.page == FunctionalScaleDialog.RERATING
    assert dialog.rerate_names == ["Driving", "Gardening"]
    dialog.rerate_ratings[0].setValue(6)
    dialog.rerate_ratings[1].setValue(7)
    assert dialog.rerate_save.isEnabled()
    dialog.save()
    assert dialog.recorded is not None
    assert [r.score for r in measure_history(store, "psfs")] == [4.0, 6.5]
