"""The Diary view driven with real widgets over the real diary service and store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import ActivityKind, LegReach, TreatmentKind
from companion.services.data_store import Store
from companion.services.diary import (
    ActivityFields,
    ActivityRecord,
    EntryKind,
    TreatmentFields,
    add_activity,
    add_treatment,
    diary_entries,
    get_activity,
)
from companion.storage.models import Activity, CheckIn, TreatmentEvent
from companion.ui.context import AppContext
from companion.ui.diary.checkin_edit_dialog import CheckInEditDialog
from companion.ui.diary.diary_dialogs import ActivityDialog, TreatmentEventDialog
from companion.ui.diary.diary_view import DiaryView
from companion.ui.ui_state import UiState

NOW = datetime.now(UTC).replace(second=0, microsecond=0)


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> DiaryView:
    shown = DiaryView(context)
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key where the keyboard focus is, as a user would."""
    qtbot.keyClick(_focused(), key, modifier)


def _shown_titles(view: DiaryView) -> list[str]:
    titles = []
    for day in range(view.tree.topLevelItemCount()):
        day_item = view.tree.topLevelItem(day)
        assert day_item is not None
        for row in range(day_item.childCount()):
            item = day_item.child(row)
            assert item is not None
            titles.append(item.text(1))
    return titles


def _seed(store: Store) -> None:
    add_activity(
        store,
        ActivityFields(ActivityKind.WALKING, 30, NOW - timedelta(hours=2), "by the river"),
    )
    add_activity(store, ActivityFields(ActivityKind.SWIMMING, 20, NOW - timedelta(days=1)))
    add_treatment(
        store,
        TreatmentFields(TreatmentKind.MEDICATION_STARTED, NOW - timedelta(days=2), "Naproxen"),
    )
    with store.units.write() as uow:
        uow.session.add(
            CheckIn(
                recorded_at=NOW - timedelta(hours=1),
                back_pain=2,
                leg_pain=4,
                leg_reach=LegReach.THIGH,
            )
        )
        uow.commit()


def test_empty_diary_says_what_will_appear_and_how_to_start(view: DiaryView) -> None:
    assert view.empty_label.isVisible()
    assert "Add activity" in view.empty_label.text()
    assert not view.edit_button.isEnabled()
    assert not view.delete_button.isEnabled()


def test_add_an_activity_with_the_keyboard_only(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    view.add_activity_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    dialog = view.dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: _focused() is dialog.kind)

    _press(qtbot, Qt.Key.Key_Down)  # Walking -> Cycling
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.minutes
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focused(), "45")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.started
    for _section in range(8):  # Tab steps through the date's parts (day, month...) first
        _press(qtbot, Qt.Key.Key_Tab)
        if _focused() is not dialog.started:
            break
    assert _focused() is dialog.note
    qtbot.keyClicks(_focused(), "evening ride")
    _press(qtbot, Qt.Key.Key_Tab)  # the note hands Tab on to the buttons
    _press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: view.dialog is None)
    [entry] = diary_entries(store)
    assert isinstance(entry.subject, ActivityRecord)
    assert entry.subject.fields.kind is ActivityKind.CYCLING
    assert entry.subject.fields.minutes == 45
    assert entry.subject.fields.note == "evening ride"
    assert _shown_titles(view) == ["Cycling, 45 min"]
    assert view.undo_bar.isVisible() and "Cycling" in view.undo_message.text()


def test_a_refused_entry_keeps_the_dialog_open_and_says_why(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    qtbot.mouseClick(view.add_treatment_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, TreatmentEventDialog)
    qtbot.waitExposed(dialog)
    assert dialog.kind.currentData() == TreatmentKind.MEDICATION_STARTED
    dialog.accept()  # no medicine name

    assert dialog.isVisible()
    assert dialog.problem.isVisible() and "name" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.name
    with store.units.read() as uow:
        assert uow.session.query(TreatmentEvent).count() == 0

    qtbot.keyClicks(dialog.name, "Pregabalin")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _shown_titles(view) == ["Medication started: Pregabalin"]


def test_search_filters_as_you_type(qtbot: QtBot, view: DiaryView, store: Store) -> None:
    _seed(store)
    view.refresh()
    assert len(_shown_titles(view)) == 4

    view.search.setFocus()
    qtbot.keyClicks(view.search, "river")
    qtbot.waitUntil(lambda: _shown_titles(view) == ["Walking, 30 min"])

    view.search.clear()
    qtbot.keyClicks(view.search, "no such words")
    qtbot.waitUntil(view.empty_label.isVisible)
    assert "Nothing matches" in view.empty_label.text()


def test_kind_filter(view: DiaryView, store: Store) -> None:
    _seed(store)
    view.refresh()
    index = view.kind_filter.findData(EntryKind.ACTIVITY.value)
    view.kind_filter.setCurrentIndex(index)
    assert sorted(_shown_titles(view)) == ["Swimming, 20 min", "Walking, 30 min"]
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(EntryKind.CHECKIN.value))
    assert _shown_titles(view) == ["Check-in"]
    view.kind_filter.setCurrentIndex(0)
    assert len(_shown_titles(view)) == 4


def test_delete_then_undo_brings_the_entry_back(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    _seed(store)
    view.refresh()
    view.tree.setFocus()
    view.search.setText("river")
    view.refresh()
    assert _shown_titles(view) == ["Walking, 30 min"]
    deleted = view.selected_entry()
    assert deleted is not None

    view.tree.setFocus()
    _press(qtbot, Qt.Key.Key_Delete)
    assert _shown_titles(view) == []
    assert view.undo_bar.isVisible() and "Deleted" in view.undo_message.text()
    with store.units.read() as uow:
        row = uow.session.get(Activity, deleted.id)
        assert row is not None and row.deleted_at is not None  # kept, only marked

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert _shown_titles(view) == ["Walking, 30 min"]
    assert get_activity(store, deleted.id).fields.note == "by the river"


def test_delete_of_a_checkin_tells_other_views(
    qtbot: QtBot, view: DiaryView, store: Store, context: AppContext
) -> None:
    _seed(store)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(EntryKind.CHECKIN.value))
    with qtbot.waitSignal(context.bus.changed) as signal:
        view.delete_selected()
    assert isinstance(signal.args[0], Changes) and signal.args[0].concerns(Topic.CHECKINS)
    assert _shown_titles(view) == []
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown_titles(view) == ["Check-in"]


def test_ctrl_z_after_an_edit_puts_the_old_values_back(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    saved = add_activity(
        store, ActivityFields(ActivityKind.WALKING, 30, NOW - timedelta(hours=2), "flat")
    )
    view.refresh()
    view.tree.setFocus()
    _press(qtbot, Qt.Key.Key_Return)  # Enter edits the selected entry
    dialog = view.dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitExposed(dialog)
    assert dialog.minutes.value() == 30 and dialog.note.toPlainText() == "flat"
    dialog.minutes.setValue(75)
    dialog.note.setPlainText("hills")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: view.dialog is None)
    assert get_activity(store, saved.record.id).fields.minutes == 75
    assert _shown_titles(view) == ["Walking, 75 min"]

    view.tree.setFocus()
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_activity(store, saved.record.id) == saved.record
    assert _shown_titles(view) == ["Walking, 30 min"]
    assert "Undone" in view.undo_message.text()
    assert not view.undo_button.isVisible()  # nothing else is offered under "Undone"


def test_enter_on_a_checkin_opens_it_for_correction(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    _seed(store)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(EntryKind.CHECKIN.value))
    assert view.delete_button.isEnabled()
    assert view.edit_button.isEnabled()
    view.tree.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert isinstance(view.dialog, CheckInEditDialog)
    view.dialog.reject()


def test_refreshes_when_another_view_records_something(
    view: DiaryView, store: Store, context: AppContext
) -> None:
    add_treatment(store, TreatmentFields(TreatmentKind.FLARE_UP, NOW - timedelta(hours=1)))
    assert _shown_titles(view) == []  # not told yet
    context.publish(Changes.of(Topic.DIARY))
    assert _shown_titles(view) == ["Flare-up"]


def test_ctrl_z_in_an_untouched_search_box_undoes_the_delete(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    _seed(store)
    view.refresh()
    view.delete_selected()
    assert len(_shown_titles(view)) == 3
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_shown_titles(view)) == 4


def test_older_entries_come_in_pages(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("companion.ui.diary.diary_view.PAGE_SIZE", 2)
    for days in range(3):
        add_activity(
            store, ActivityFields(ActivityKind.WALKING, 10 + days, NOW - timedelta(days=days))
        )
    view = DiaryView(context)
    qtbot.addWidget(view)
    view.show()
    assert _shown_titles(view) == ["Walking, 10 min", "Walking, 11 min"]
    assert view.more_button.isVisible()
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert len(_shown_titles(view)) == 3
    assert not view.more_button.isVisible()


def test_a_restore_forgets_what_could_be_undone(
    view: DiaryView, store: Store, context: AppContext
) -> None:
    _seed(store)
    view.refresh()
    view.delete_selected()
    assert view.undo_button.isEnabled()
    context.publish(Changes.of(Topic.EVERYTHING))
    assert not view.undo_bar.isVisible()
    assert not view.undo_button.isEnabled()
    view.undo_last()  # nothing to undo: nothing happens
    assert len(_shown_titles(view)) == 3
