"""Mirrored for a right-to-left language (Arabic, Hebrew): each page of the main window, at the
default 1000×680 and on a 1366×768 laptop, lays out with no control covering another and none
sticking out of its parent. The same walk left to right is the control: the checker finds
nothing there either, so a finding in the mirrored run is the mirroring's fault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.services.data_store import Store
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.sections import build_sections
from companion.ui.ui_state import UiState
from tests.gui.fitting import clipped_texts, overlapping_widgets, settle
from tests.gui.quit_child import NOW, returning_user


@pytest.fixture(params=[Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def direction(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Qt.LayoutDirection]:
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("size", [(1000, 680), (1366, 768)])
def test_the_main_pages_lay_out_without_overlap(
    qtbot: QtBot,
    store: Store,
    data_dir: Path,
    direction: Qt.LayoutDirection,
    size: tuple[int, int],
) -> None:
    context = AppContext(store, UiState(data_dir), clock=lambda: NOW)
    returning_user(context)
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft() is (direction is Qt.LayoutDirection.RightToLeft)
    problems: list[str] = []
    for key in window.section_keys():
        window.show_section(key)
        settle()
        problems += [f"{key}: {p}" for p in overlapping_widgets(window) + clipped_texts(window)]
    assert problems == [], "\n".join(problems)


def test_the_checker_finds_covering_and_sticking_out(qtbot: QtBot) -> None:
    # Placed by hand, as code that ignores the layout direction would: the checker must see it.
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(200, 100)
    first, second = QLabel("Leg pain", page), QLabel("Back pain", page)
    first.setGeometry(10, 10, 80, 20)
    second.setGeometry(60, 15, 80, 20)
    wide = QLabel("Too wide", page)
    wide.setGeometry(150, 60, 80, 20)
    page.show()
    qtbot.waitExposed(page)
    found = overlapping_widgets(page)
    assert any("'Leg pain' overlaps QLabel 'Back pain'" in problem for problem in found)
    assert any("'Too wide' sticks out" in problem for problem in found)
    assert len(found) == 2
