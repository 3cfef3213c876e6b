"""Saving from the app: every save dialog opens in Documents, and the diary is never a target.

The file dialog is the one thing replaced (it is the operating system's); what the app asks it
and what the app does with its answer are real, over a real store.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.content.library import load_library
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.programmes import import_programme_file
from companion.ui.context import AppContext
from companion.ui.programme.programme_editor import ProgrammeEditor
from companion.ui.programme.programme_files import ask_programme_file
from companion.ui.programme.programme_view import ProgrammeView
from companion.ui.reports.reports_view import ReportsView
from companion.ui.settings.settings_view import SettingsView
from companion.ui.ui_state import UiState

EXAMPLE = Path(__file__).parent.parent / "unit" / "content" / "fixtures" / "example.scprog"


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    import_programme_file(store, EXAMPLE, load_library(exercises_dir()), datetime.now(UTC))
    return AppContext(store, UiState(data_dir))


class Dialogs:
    """Stands in for the system's open and save dialogs: records where each started, answers
    `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[Path] = []
        self.answer = ""
        self.messages: list[str] = []
        self.reply = 0  # what a message box returns: 0 is no button (closed)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._save)

        def shown(box: QMessageBox) -> int:  # QMessageBox.exec, called on the box
            self.messages.append(box.text())
            return self.reply

        monkeypatch.setattr(QMessageBox, "exec", shown)

    def _save(self, _parent: QWidget, _title: str, start: str, _filter: str = "") -> Any:
        self.asked.append(Path(start))
        return self.answer, ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def test_every_save_dialog_opens_in_documents(
    qtbot: QtBot, context: AppContext, dialogs: Dialogs
) -> None:
    view = ProgrammeView(context)
    editor = ProgrammeEditor(context)
    reports = ReportsView(context)
    for widget in (view, editor, reports):
        qtbot.addWidget(widget)
    editor.load_document(view._record.document)  # type: ignore[union-attr]
    view._choose_export()
    view._choose_handout()
    editor._choose_save()
    editor._choose_handout()
    reports.ask_and_export()
    assert [path.parent for path in dialogs.asked] == [documents()] * 5
    names = [path.name for path in dialogs.asked]
    assert names[0] == "back-to-walking.scprog"
    assert names[1] == "back-to-walking-handout.pdf"
    assert names[2] == "back-to-walking.scprog"
    assert names[3] == "back-to-walking-handout.pdf"
    assert names[4].startswith("sciatica-report-") and names[4].endswith(".pdf")


def test_open_dialogs_start_in_documents_and_a_restore_at_home(
    qtbot: QtBot, context: AppContext, dialogs: Dialogs
) -> None:
    settings = SettingsView(context)
    qtbot.addWidget(settings)
    assert ask_programme_file(settings) is None  # cancelled
    settings.questionnaires._choose_file()
    settings.data._restore_from_file()
    assert dialogs.asked == [documents(), documents(), Path.home()]
    dialogs.answer = str(EXAMPLE)
    assert ask_programme_file(settings) == EXAMPLE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_saving_onto_the_diary_is_refused_in_words(
    qtbot: QtBot, context: AppContext, dialogs: Dialogs, store: Store
) -> None:
    diary = store.folder.database
    before = digest(diary)
    dialogs.answer = str(diary)
    view = ProgrammeView(context)
    editor = ProgrammeEditor(context)
    qtbot.addWidget(view)
    qtbot.addWidget(editor)
    editor.load_document(view._record.document)  # type: ignore[union-attr]
    view._choose_export()
    view._choose_handout()
    editor._choose_handout()
    assert len(dialogs.messages) == 3
    assert all("inside the app's data folder" in text for text in dialogs.messages)
    assert digest(diary) == before


def test_an_export_onto_the_diary_is_refused_in_the_status(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    before = digest(store.folder.database)
    view = ReportsView(context, choose_path=lambda *_args: store.folder.database)
    qtbot.addWidget(view)
    view.ask_and_export()
    qtbot.waitUntil(lambda: not view.exporting, timeout=60_000)
    assert "inside the app's data folder" in view.status.text()
    assert digest(store.folder.database) == before


def test_replacing_a_file_is_what_the_dialog_confirmed(
    qtbot: QtBot, context: AppContext, dialogs: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "mine.scprog"
    target.write_text("an older copy", encoding="utf-8")
    view = ProgrammeView(context)
    qtbot.addWidget(view)
    # Called directly (no dialog asked): an existing file is kept.
    assert view.export_to(target) is None
    assert target.read_text(encoding="utf-8") == "an older copy"
    assert "appeared while saving" in dialogs.messages[-1]
    # Through the dialog, which asked before returning the name: replaced.
    dialogs.answer = str(target)
    view._choose_export()
    assert "Back to walking" in target.read_text(encoding="utf-8")


def test_a_name_the_editor_completes_is_replaced_only_after_asking(
    qtbot: QtBot, context: AppContext, dialogs: Dialogs, tmp_path: Path
) -> None:
    editor = ProgrammeEditor(context)
    qtbot.addWidget(editor)
    editor.load_document(ProgrammeView(context)._record.document)  # type: ignore[union-attr]
    existing = tmp_path / "mine.scprog"
    existing.write_text("an older copy", encoding="utf-8")
    dialogs.answer = str(tmp_path / "mine")  # the dialog never saw the suffix
    editor._choose_save()
    assert dialogs.messages == ["mine.scprog already exists. Replace it?"]
    assert existing.read_text(encoding="utf-8") == "an older copy"
    dialogs.reply = QMessageBox.StandardButton.Yes.value
    editor._choose_save()
    assert "Back to walking" in existing.read_text(encoding="utf-8")


def test_the_app_removes_what_a_killed_export_left(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from companion.app import _open_data
    from companion.services.outputs import pending_output, temporary_name

    target = tmp_path / "report.pdf"
    temporary = temporary_name(target)
    child = os.fork()
    if child == 0:  # an export killed mid-write: nothing after this line runs
        with pending_output(data_dir, temporary):
            temporary.write_bytes(b"%PDF half")
            os._exit(0)
    os.waitpid(child, 0)
    assert temporary.exists()
    store = _open_data(data_dir)
    assert store is not None
    store.close()
    assert not temporary.exists() and not target.exists()
