"""The programme editor fits: at its default 1000×680 and on a 1366×768 laptop no control's
text is cut (the day boxes read "M Tı W Tl", the rule's unit "seconds of l", and "up to" was
hidden), measured with font metrics and heightForWidth; an empty editor shows no errors until
the user has touched something."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.services.data_store import Store
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.programme.programme_editor import ProgrammeEditor
from companion.ui.sections import build_sections
from companion.ui.ui_state import UiState
from tests.gui.fitting import clipped_texts


@pytest.fixture
def window(qtbot: QtBot, store: Store, data_dir: Path) -> MainWindow:
    context = AppContext(store, UiState(data_dir))
    made = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(made)
    return made


def _editor(window: MainWindow) -> ProgrammeEditor:
    window.show_section("editor")
    editor = window.section_widget("editor")
    assert isinstance(editor, ProgrammeEditor)
    return editor


@pytest.mark.parametrize("size", [(1000, 680), (1366, 768)])
def test_every_control_of_the_editor_fits(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    editor = _editor(window)
    editor.add_exercise("glute-bridge")
    editor.add_exercise("pelvic-tilt")
    for rule in editor.prescription.rules:
        rule.enabled.setChecked(True)  # the longest rows: every rule in use
    clipped: list[str] = []
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        clipped += clipped_texts(editor)
    assert clipped == []


def test_an_empty_editor_shows_no_errors_until_touched(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    editor = _editor(window)
    editor.new_programme()
    assert "fix" not in editor.status.text()
    assert editor.prescription.problem.text() == ""
    assert not editor.save_button.isEnabled()  # nothing to save yet, all the same
    editor.add_exercise("glute-bridge")
    assert "fix before saving" in editor.status.text()  # touched: now it says what is missing
