"""The clinician's Programme editor driven as a physiotherapist would, over a real library."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.content.programme_file import load_programme_file
from companion.domain.exercise import SidesMode
from companion.domain.programme import DoseField
from companion.services.data_store import Store
from companion.ui.context import AppContext
from companion.ui.programme.preview_dialog import PreviewDialog
from companion.ui.programme.programme_editor import ProgrammeEditor
from companion.ui.ui_state import UiState

EXAMPLE = Path(__file__).parent.parent / "unit" / "content" / "fixtures" / "example.scprog"


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext) -> ProgrammeEditor:
    page = ProgrammeEditor(context)
    _shown(qtbot, page)
    return page


def _add(qtbot: QtBot, editor: ProgrammeEditor, search: str) -> None:
    """Search the library by typing and add the first match with the keyboard."""
    editor.search.setFocus()
    editor.search.clear()
    qtbot.keyClicks(editor.search, search)
    editor.library_list.setFocus()
    editor.library_list.setCurrentRow(0)
    qtbot.keyClick(editor.library_list, Qt.Key.Key_Return)


def _fill_details(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.title, "Settling the leg")
    qtbot.keyClicks(editor.author, "Sam Okafor")
    qtbot.keyClicks(editor.clinic, "Riverside Physiotherapy")


def test_a_new_programme_needs_fixing_before_it_can_be_saved(editor: ProgrammeEditor) -> None:
    assert editor.problems
    assert not editor.save_button.isEnabled()
    assert not editor.preview_button.isEnabled()
    # Untouched, it complains of nothing; once the user starts, each problem shows where it is.
    assert editor.title.property("invalid") is not True
    assert editor.details_problem.text() == ""
    editor.author.setText("A. Physio")
    assert "to fix before saving" in editor.status.text()
    assert editor.title.property("invalid") is True
    assert "Title" in editor.details_problem.text()
    assert "Add at least one exercise." in editor.details_problem.text()


def test_writing_a_programme_and_saving_the_file(
    qtbot: QtBot, editor: ProgrammeEditor, tmp_path: Path, context: AppContext
) -> None:
    _add(qtbot, editor, "bridge")
    _add(qtbot, editor, "knee to chest single")
    _add(qtbot, editor, "walking")
    assert editor.exercise_ids()[0] == "glute-bridge"
    assert len(editor.exercise_ids()) == 3
    _fill_details(qtbot, editor)
    assert not editor.problems, editor.problems
    assert editor.title.property("invalid") is False
    assert editor.save_button.isEnabled()

    # Dose and schedule of the bridge.
    editor.tabs.setCurrentIndex(0)
    editor.programme_list.setCurrentRow(0)
    editor.prescription.sets.setValue(2)
    editor.prescription.reps.setValue(8)
    editor.prescription.times.setValue(1)
    for box in editor.prescription.days:
        box.setChecked(box.property("weekday") in {"mon", "wed", "fri"})
    qtbot.keyClicks(editor.prescription.notes, "Squeeze your buttocks at the top.")
    rule = editor.prescription.rules[0]
    rule.enabled.setChecked(True)
    rule.field.setCurrentIndex(rule.field.findData("reps"))
    rule.step.setValue(2)
    rule.after.setValue(3)
    rule.up_to.setValue(12)
    assert not editor.problems, editor.problems

    saved = editor.save_to(tmp_path / "settling.scprog")
    assert saved is not None
    document = load_programme_file(saved, context.library).document
    assert document.title == "Settling the leg"
    assert (document.author, document.clinic) == ("Sam Okafor", "Riverside Physiotherapy")
    bridge = document.exercises[0]
    assert bridge.exercise_id == "glute-bridge"
    assert (bridge.dose.sets, bridge.dose.reps, bridge.dose.times_per_day) == (2, 8, 1)
    assert bridge.days == frozenset({1, 3, 5})
    assert bridge.notes == "Squeeze your buttocks at the top."
    assert bridge.progression[0].change is DoseField.REPS
    assert (bridge.progression[0].step, bridge.progression[0].up_to) == (2, 12)
    assert document.issued is not None


def test_inline_validation_points_at_the_exercise_and_field(
    qtbot: QtBot, editor: ProgrammeEditor
) -> None:
    _add(qtbot, editor, "bridge")
    _fill_details(qtbot, editor)
    editor.tabs.setCurrentIndex(0)
    editor.programme_list.setCurrentRow(0)
    rule = editor.prescription.rules[0]
    rule.enabled.setChecked(True)
    rule.field.setCurrentIndex(rule.field.findData("reps"))
    rule.up_to.setValue(2)  # below the starting repetitions: never a progression
    assert editor.problems
    assert editor.programme_list.item(0).text().startswith("⚠")
    assert "Rule 1" in editor.prescription.problem.text()
    assert not editor.save_button.isEnabled()
    rule.up_to.setValue(14)
    assert not editor.problems
    assert not editor.programme_list.item(0).text().startswith("⚠")
    assert editor.prescription.problem.text() == ""

    editor.tabs.setCurrentIndex(1)
    editor.sitting.setValue(5)  # too short to be a sitting-break interval
    assert "Sitting breaks: must be at least 10" in editor.details_problem.text()
    editor.sitting.setValue(30)
    assert not editor.problems


def test_reordering_by_drag_and_by_buttons(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    for search in ("bridge", "pelvic tilt", "walking"):
        _add(qtbot, editor, search)
    assert editor.exercise_ids() == ["glute-bridge", "pelvic-tilt", "walking"]
    # What a drag does: the list model moves the row (InternalMove).
    model = editor.programme_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert editor.exercise_ids() == ["walking", "glute-bridge", "pelvic-tilt"]
    editor.programme_list.setCurrentRow(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.exercise_ids() == ["walking", "pelvic-tilt", "glute-bridge"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.exercise_ids() == ["walking", "glute-bridge"]
    _fill_details(qtbot, editor)
    document = editor.document()
    assert document is not None
    assert [p.exercise_id for p in document.exercises] == ["walking", "glute-bridge"]


def test_flare_up_plan_and_sitting_breaks(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    _add(qtbot, editor, "walking")
    _fill_details(qtbot, editor)
    editor.sitting.setValue(30)
    editor.tabs.setCurrentIndex(2)
    qtbot.keyClicks(editor.flare_advice, "Rest in comfortable positions for short spells.")
    for row in range(editor.flare_exercises.count()):
        item = editor.flare_exercises.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in {"rest-positions", "pelvic-tilt"}:
            item.setCheckState(Qt.CheckState.Checked)
    editor.flare_sitting.setValue(20)
    document = editor.document()
    assert document is not None
    assert document.sitting_break_minutes == 30
    assert document.flare_up is not None
    assert set(document.flare_up.exercise_ids) == {"rest-positions", "pelvic-tilt"}
    assert document.flare_up.sitting_break_minutes == 20


def test_opening_a_file_to_adjust_it_keeps_everything(
    editor: ProgrammeEditor, tmp_path: Path, context: AppContext
) -> None:
    assert editor.open_file(EXAMPLE)
    assert editor.title.text() == "Back to walking"
    assert editor.exercise_ids() == [
        "knee-to-chest-single",
        "glute-bridge",
        "chair-hip-circles",
        "walking",
    ]
    editor.programme_list.setCurrentRow(0)
    assert editor.prescription.hold.value() == 20
    assert editor.prescription.sides.currentData() == SidesMode.EACH.value
    assert editor.prescription.rules[0].enabled.isChecked()
    assert not editor.problems, editor.problems
    saved = editor.save_to(tmp_path / "again.scprog")
    assert saved is not None
    original = load_programme_file(EXAMPLE, context.library).document
    again = load_programme_file(saved, context.library).document
    assert again.exercises == original.exercises
    assert again.custom_exercises == original.custom_exercises
    assert again.flare_up == original.flare_up
    assert again.review_date == original.review_date


def test_preview_shows_the_session_as_the_patient_sees_it(editor: ProgrammeEditor) -> None:
    editor.open_file(EXAMPLE)
    dialog = editor.preview()
    assert isinstance(dialog, PreviewDialog)
    assert dialog.exercises.count() == 4
    assert dialog.detail.title.text() == "Single knee to chest"
    assert "3 × hold 20 s" in dialog.detail.body.text()  # the prescribed dose, not the library's
    dialog.exercises.setCurrentRow(2)
    assert dialog.detail.title.text() == "Seated hip circles"
    assert dialog.detail.figure.primitives()
    dialog.close()


def test_handout_pdf_from_the_editor(editor: ProgrammeEditor, tmp_path: Path) -> None:
    editor.open_file(EXAMPLE)
    pdf = editor.save_handout_to(tmp_path / "handout.pdf")
    assert pdf is not None
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Back to walking" in text
    assert "Graded walking" in " ".join(text.split())


def test_a_bad_file_is_not_loaded(
    qtbot: QtBot, editor: ProgrammeEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    formats: list[Qt.TextFormat] = []

    def shown(box: QMessageBox) -> int:
        warned.append(box.text())
        formats.append(box.textFormat())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    bad = tmp_path / "bad.scprog"
    bad.write_text("not json at all", encoding="utf-8")
    assert not editor.open_file(bad)
    assert warned and "bad.scprog" in warned[0]
    assert formats == [Qt.TextFormat.PlainText]  # the file's name is shown as written
    assert editor.exercise_ids() == []
    QApplication.processEvents()


def test_a_falling_count_stages_and_a_weekly_count_round_trip_through_the_editor(
    qtbot: QtBot, editor: ProgrammeEditor, tmp_path: Path, context: AppContext
) -> None:
    for search in ("curl-up", "elbows", "water walking"):
        _add(qtbot, editor, search)
    assert editor.exercise_ids() == ["modified-curl-up", "prone-on-elbows", "water-walking"]
    _fill_details(qtbot, editor)
    editor.tabs.setCurrentIndex(0)
    editor.programme_list.setCurrentRow(0)
    assert editor.prescription.reps_per_set.text() == "6, 4, 2"
    editor.programme_list.setCurrentRow(1)
    assert not editor.prescription.hold.isEnabled()
    assert "Lie flat and relax, 180 s" in editor.prescription.hold_phases.text()
    editor.programme_list.setCurrentRow(2)
    assert editor.prescription.weekly.value() == 3
    assert not editor.problems, editor.problems
    saved = editor.save_to(tmp_path / "shapes.scprog")
    assert saved is not None
    doses = [p.dose for p in load_programme_file(saved, context.library).document.exercises]
    assert doses[0].reps_per_set == (6, 4, 2)
    assert [p.name for p in doses[1].hold_phases] == ["Lie flat and relax", "On your elbows"]
    assert doses[2].times_per_week == 3

    # A bad falling count is named by its field and nothing is saved.
    editor.programme_list.setCurrentRow(0)
    editor.prescription.reps_per_set.setText("6, 4")
    qtbot.waitUntil(lambda: bool(editor.problems))
    text = editor.prescription.problem.text()
    assert "Repetitions per set: gives 2 numbers for 3 sets; give one for each set" in text
    assert not editor.save_button.isEnabled()
    editor.prescription.reps_per_set.setText("6, x, 2")  # not numbers: named, not lost
    assert "Repetitions per set" in editor.prescription.problem.text()
    editor.prescription.reps_per_set.setText("6, 4, 2")
    assert not editor.problems


def test_a_new_programme_starts_on_the_apps_clock_not_the_machines(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    fixed = datetime(2031, 5, 20, 9, 0, tzinfo=UTC)
    editor = ProgrammeEditor(AppContext(store, UiState(data_dir), clock=lambda: fixed))
    qtbot.addWidget(editor)
    assert editor.start.date() == QDate(2031, 5, 20)
    assert editor.review.date() == QDate(2031, 6, 17)
    editor.start.setDate(QDate(2031, 1, 1))
    editor.new_programme()
    assert editor.start.date() == QDate(2031, 5, 20)
    assert editor.programme_data()["issued"] == "2031-05-20"
