"""What to expect: reachable from the welcome and from Today; reassuring and accurate (the
usual course, pain without damage, staying active, the signs, when to get help), never a
promise of a cure or a date (clinical brief §0 and §6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.services.data_store import Store
from companion.ui.context import AppContext
from companion.ui.today.today_view import TodayView
from companion.ui.today.welcome import WelcomeDialog
from companion.ui.today.what_to_expect import WhatToExpectDialog
from companion.ui.ui_state import UiState


def _opened(qtbot: QtBot) -> WhatToExpectDialog:
    found: list[WhatToExpectDialog] = []

    def look() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WhatToExpectDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(look)
    return found[0]


def test_the_welcome_offers_it(qtbot: QtBot) -> None:
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.mouseClick(welcome.expect_button, Qt.MouseButton.LeftButton)
    page = _opened(qtbot)
    assert welcome.isVisible()  # reading it does not end the welcome
    page.close()


def test_today_offers_it(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    today = TodayView(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(today)
    today.show()
    qtbot.mouseClick(today.expect_button, Qt.MouseButton.LeftButton)
    _opened(qtbot).close()


@pytest.mark.parametrize(
    "message",
    [
        "4 to 6 weeks",  # the usual course (NHS)
        "about 3 months",  # most people without an operation (NHG)
        "Nobody can promise you a date",
        "this app is not a cure",
        "without anything being seriously damaged",
        "Resting in bed does not make sciatica heal faster",
        "moves up out of the leg towards your back is a good sign",
        "spreads further down your leg means: stop",
        "emergency number",
        "weakness in both legs",
        "often return",
    ],
)
def test_it_says_what_the_brief_asks(qtbot: QtBot, message: str) -> None:
    page = WhatToExpectDialog()
    qtbot.addWidget(page)
    assert message in page.text()


@pytest.mark.parametrize("promise", ["will cure", "guarantee", "you will be", "fixes", "always"])
def test_it_promises_nothing(qtbot: QtBot, promise: str) -> None:
    page = WhatToExpectDialog()
    qtbot.addWidget(page)
    assert promise not in page.text().casefold()
