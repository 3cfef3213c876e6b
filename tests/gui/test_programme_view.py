"""The patient's Programme page over a real store: open, preview, import, drop, progress."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import ExerciseResponse
from companion.services.data_store import Store
from companion.services.programmes import (
    active_programme,
    clinician_mode,
    programme_history,
)
from companion.services.progression import (
    apply_responses,
)
from companion.ui.context import AppContext
from companion.ui.programme.clinician_mode import ClinicianModeSwitch
from companion.ui.programme.import_preview import ImportPreviewDialog, open_programme_file
from companion.ui.programme.programme_view import ProgrammeView
from companion.ui.ui_state import UiState
from tests.integration.checkin_history import daily_checkins, steady_session

EXAMPLE = Path(__file__).parent.parent / "unit" / "content" / "fixtures" / "example.scprog"
LOCAL = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))  # a Monday


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> ProgrammeView:
    page = ProgrammeView(context, now=lambda: LOCAL + timedelta(days=3))
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _import_through_dialog(qtbot: QtBot, view: ProgrammeView, path: Path) -> None:
    dialog = view.open_file(path)
    assert isinstance(dialog, ImportPreviewDialog)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportPreviewDialog.DialogCode.Accepted


def test_without_a_programme_the_page_offers_a_file_or_a_starter(view: ProgrammeView) -> None:
    assert "no programme yet" in view.summary.text()
    assert not view.export_button.isEnabled()
    assert not view.handout_button.isEnabled()
    assert view.starter.count() >= 3
    assert view.starter_text.text()  # the chosen starter is described
    assert view.changes_box.isHidden()


def test_following_a_starter_programme(qtbot: QtBot, view: ProgrammeView, store: Store) -> None:
    index = view.starter.findData("desk-worker")
    view.starter.setCurrentIndex(index)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    active = active_programme(store)
    assert active is not None
    assert active.document.starter_id == "desk-worker"
    assert view.title.text() == "Desk break set"
    assert "starter programme" in view.summary.text()


def test_a_file_is_shown_before_it_is_imported(
    qtbot: QtBot, view: ProgrammeView, store: Store
) -> None:
    dialog = view.open_file(EXAMPLE)
    assert isinstance(dialog, ImportPreviewDialog)
    qtbot.waitExposed(dialog)
    shown = dialog.contents.text()
    for words in ("Sam Okafor", "Riverside Physiotherapy", "Single knee to chest", "Bridge"):
        assert words in shown
    assert "Seated hip circles" in shown  # the file's own exercise
    assert "On a bad day" in shown
    assert active_programme(store) is None  # nothing imported yet
    dialog.reject()
    assert active_programme(store) is None

    _import_through_dialog(qtbot, view, EXAMPLE)
    active = active_programme(store)
    assert active is not None
    assert view.title.text() == "Back to walking"
    assert "Prescribed by Sam Okafor" in view.summary.text()
    assert "Next review" in view.summary.text()
    assert view.export_button.isEnabled()


def test_a_bad_file_is_explained_and_nothing_changes(
    qtbot: QtBot, view: ProgrammeView, store: Store, tmp_path: Path
) -> None:
    bad = tmp_path / "from-the-future.scprog"
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["format_version"] = 9
    bad.write_text(json.dumps(data), encoding="utf-8")
    box = view.open_file(bad)
    assert isinstance(box, QMessageBox)
    assert "nothing was imported" in box.text()
    assert "format_version: 9 is newer" in box.informativeText()
    box.close()
    assert active_programme(store) is None
    assert programme_history(store) == []


def test_a_newer_file_replaces_the_programme_and_history_stays(
    qtbot: QtBot, view: ProgrammeView, store: Store, tmp_path: Path
) -> None:
    _import_through_dialog(qtbot, view, EXAMPLE)
    newer = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    newer["issued"] = "2026-12-19"
    newer["title"] = "Stage two"
    path = tmp_path / "stage-two.scprog"
    path.write_text(json.dumps(newer), encoding="utf-8")
    dialog = view.open_file(path)
    assert isinstance(dialog, ImportPreviewDialog)
    assert "will replace your programme “Back to walking”" in dialog.intro.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "Stage two"
    assert view.history.count() == 1
    assert "Back to walking" in view.history.item(0).text()


def _drag(mime: QMimeData, path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    """Drag-and-drop events carrying `path` (the caller keeps `mime` alive: they point to it)."""
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return enter, drop


def test_dropping_a_programme_file_shows_it_first(
    qtbot: QtBot, view: ProgrammeView, store: Store, tmp_path: Path
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a programme", encoding="utf-8")
    first_mime = QMimeData()
    enter, _drop = _drag(first_mime, other)
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted()  # only .scprog files are taken

    copy = tmp_path / "plan.scprog"
    shutil.copy(EXAMPLE, copy)
    mime = QMimeData()
    enter, drop = _drag(mime, copy)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view, drop)
    dialog = view.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert active_programme(store) is None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert active_programme(store) is not None


def test_open_programme_file_for_the_command_line(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = open_programme_file(context, EXAMPLE, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ImportPreviewDialog)
    assert dialog.isVisible()
    dialog.import_button.click()
    assert active_programme(store) is not None


def test_progress_is_shown_with_what_changed_and_why(
    qtbot: QtBot, view: ProgrammeView, context: AppContext, store: Store
) -> None:
    _import_through_dialog(qtbot, view, EXAMPLE)
    assert not view.changes.item(0).flags() & Qt.ItemFlag.ItemIsSelectable  # the placeholder
    daily_checkins(store, LOCAL + timedelta(days=3), days=17)
    for day in range(3):  # three steady days: one step
        _notes, changes = apply_responses(
            store,
            {"knee-to-chest-single": ExerciseResponse.BETTER_OR_SAME},
            LOCAL + timedelta(days=day),
        )
        context.publish(changes)
    text = view.changes.item(0).text()
    assert "Single knee to chest" in text
    assert "went up from 20 to 25" in text
    assert "3 × hold 25 s" in view.summary.text()
    assert "prescribed: 3 × hold 20 s" in view.summary.text()


def test_export_and_handout(
    qtbot: QtBot, view: ProgrammeView, store: Store, tmp_path: Path
) -> None:
    _import_through_dialog(qtbot, view, EXAMPLE)
    exported = view.export_to(tmp_path / "mine.scprog")
    assert exported is not None
    assert json.loads(exported.read_text(encoding="utf-8"))["title"] == "Back to walking"
    pdf = view.save_handout_to(tmp_path / "handout.pdf")
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())  # names may wrap onto two lines
    for words in ("Back to walking", "Single knee to chest", "Seated hip circles", "bad day"):
        assert words in text
    # Each exercise's stop rules reach the paper (clinical brief 2.2.2).
    assert "Stop: Stop if" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE)


def test_clinician_mode_switch_stores_the_preference(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    switch = ClinicianModeSwitch(context)
    qtbot.addWidget(switch)
    seen: list[Changes] = []
    context.bus.changed.connect(seen.append)
    switch.setChecked(True)
    assert clinician_mode(store) is True
    assert seen and seen[-1].concerns(Topic.PREFERENCES)
    switch.setChecked(False)
    assert clinician_mode(store) is False


def test_a_dose_stepped_up_after_a_session_shows_on_the_page(
    qtbot: QtBot, view: ProgrammeView, context: AppContext, store: Store
) -> None:
    # What the player's finish page says about it: tests/gui/test_session_player.py.
    from companion.services.progression import progress_after_session

    _import_through_dialog(qtbot, view, EXAMPLE)
    active = active_programme(store)
    assert active is not None
    daily_checkins(store, LOCAL + timedelta(days=3), days=17)
    for day in range(3):
        at = LOCAL + timedelta(days=day)
        session_id = steady_session(store, active.id, at, "knee-to-chest-single")
        _notes, changes = progress_after_session(store, session_id, at)
        context.publish(changes)
    assert "went up from 20 to 25" in view.changes.item(0).text()


def test_the_page_says_why_progression_is_held(
    qtbot: QtBot, view: ProgrammeView, context: AppContext, store: Store
) -> None:
    _import_through_dialog(qtbot, view, EXAMPLE)
    assert view.progression.isVisibleTo(view)
    text = view.progression.text.text()
    assert text.startswith("Progression is held because")
    assert "too few check-ins" in text
    daily_checkins(store, LOCAL + timedelta(days=3), days=14)
    context.publish(Changes.of(Topic.CHECKINS))
    assert view.progression.text.text().startswith("Nothing holds progression now")
    daily_checkins(store, LOCAL + timedelta(days=3), days=3, leg_pain=9)
    context.publish(Changes.of(Topic.CHECKINS))
    assert "your leg pain this week is at least 1 point higher" in view.progression.text.text()


def test_pathways_are_explained_chosen_and_questioned_after_red_answers(
    qtbot: QtBot,
    view: ProgrammeView,
    context: AppContext,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from companion.domain.exercise import Bias
    from companion.domain.vocabulary import SessionStatus
    from companion.storage.models import ExerciseSession, SessionExercise

    panel = view.pathways
    assert "bending forward" in panel.findChildren(type(panel.current))[0].text()
    assert panel.current.text().startswith("You follow no pathway")
    panel.buttons[Bias.EXTENSION].click()  # no programme yet: nothing to replace, no question
    record = active_programme(store)
    assert record is not None and record.document.starter_id == "extension-pathway"
    assert panel.current.text() == "You follow the backward-bending pathway."
    assert not panel.advice.isVisibleTo(view)
    for day in (1, 2):  # red answers in two sessions within 14 days
        with store.units.write() as uow:
            session = ExerciseSession(
                programme_id=record.id,
                started_at=LOCAL + timedelta(days=day),
                status=SessionStatus.COMPLETED,
            )
            session.exercises.append(
                SessionExercise(
                    position=0, exercise_id="prone-press-up", response=ExerciseResponse.WORSE
                )
            )
            uow.session.add(session)
            uow.commit()
    # The programme was started "now" by the wall clock; count these sessions as after it.
    with store.units.write() as uow:
        from companion.storage.models import Programme

        uow.session.get(Programme, record.id).imported_at = LOCAL  # type: ignore[union-attr]
        uow.commit()
    context.publish(Changes.of(Topic.SESSIONS))
    assert panel.advice.isVisibleTo(view)
    assert "consider the forward-bending pathway" in panel.advice.text()
    assert "will not change your programme by itself" in panel.advice.text()
    assert active_programme(store).document.starter_id == "extension-pathway"  # type: ignore[union-attr]


def test_the_review_is_due_by_the_apps_clock_not_the_machines(
    qtbot: QtBot, context: AppContext
) -> None:
    """The example's review is on 19 Dec 2026: a clock on the 20th says it is due."""
    page = ProgrammeView(context, now=lambda: datetime(2026, 12, 20, 9, tzinfo=LOCAL.tzinfo))
    qtbot.addWidget(page)
    _import_through_dialog(qtbot, page, EXAMPLE)
    assert not page.review_due.isHidden()
    assert "Your review was due on" in page.review_due.text()

    early = ProgrammeView(context, now=lambda: datetime(2026, 12, 18, 9, tzinfo=LOCAL.tzinfo))
    qtbot.addWidget(early)
    assert early.review_due.isHidden()
