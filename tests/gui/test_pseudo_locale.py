"""Pseudo-localised, every text runs 40% longer and in brackets ("[Ŝëttîñĝŝ ~~~~]"): each page
of the main window at the default 1000×680 and on a 1366×768 laptop, each dialog, a reminder of
every kind and the session player's pages are walked, and a control whose text does not fit its
contents rectangle (font metrics; heightForWidth for wrapped labels) fails the test. German runs
about 30% longer: the same walk runs in German too, with the committed translation."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.reminders.decisions import Due, DueReason, Occasion
from companion.services.data_store import Store
from companion.services.reminders import snack_choices
from companion.ui.context import AppContext
from companion.ui.diary.checkin_edit_dialog import CheckInEditDialog
from companion.ui.diary.diary_dialogs import ActivityDialog, TreatmentEventDialog
from companion.ui.exercises.player import window as session_player
from companion.ui.exercises.player.window import start_session
from companion.ui.main_window import MainWindow
from companion.ui.progress.assessment_dialog import AssessmentDialog
from companion.ui.progress.measures_dialogs import BothersomenessDialog, FunctionalScaleDialog
from companion.ui.pseudo_locale import PseudoTranslator, pseudo_text
from companion.ui.reminders.reminder_window import ReminderWindow
from companion.ui.safety.clearance_dialog import ClearanceDialog
from companion.ui.safety.screening_dialog import ScreeningDialog
from companion.ui.sections import build_sections
from companion.ui.today.welcome import WelcomeDialog
from companion.ui.today.what_to_expect import WhatToExpectDialog
from companion.ui.ui_state import UiState
from tests.gui.fitting import clipped_texts, settle
from tests.gui.quit_child import NOW, returning_user

SIZES = [(1000, 680), (1366, 768)]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def german(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """companion_de.qm compiled from the committed source."""
    folder = tmp_path_factory.mktemp("german")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = REPO / "resources" / "translations" / "companion_de.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(folder / "de.qm")], check=True
    )
    return folder / "de.qm"


@pytest.fixture(params=["pseudo", "german"])
def pseudo(
    qapp: QApplication, german: Path, request: pytest.FixtureRequest
) -> Iterator[QTranslator]:
    """The pseudo-locale, or German with Qt's own German buttons, asked before the English
    translation (the last installed answers): the same walk checks both."""
    installed: list[QTranslator] = []
    if request.param == "pseudo":
        installed.append(PseudoTranslator())
    else:
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load("qtbase_de", folder):
            installed.append(qt_own)
        ours = QTranslator()
        assert ours.load(str(german))
        installed.append(ours)
    for translator in installed:
        assert qapp.installTranslator(translator)
    yield installed[-1]
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def context(pseudo: QTranslator, store: Store, data_dir: Path) -> Iterator[AppContext]:
    made = AppContext(store, UiState(data_dir), clock=lambda: NOW)
    returning_user(made)
    yield made
    for player in list(session_player._open_players.values()):
        if shiboken6.isValid(player):
            player.close()
    session_player._open_players.clear()


def test_the_pseudo_locale_is_installed(qapp: QApplication) -> None:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Settings") == pseudo_text("Settings")
    finally:
        qapp.removeTranslator(translator)
    assert pseudo_text("Settings").startswith("[Ŝëttîñĝŝ ")


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("%n exercise(s)", "%n"),
        ("Hello {name}", "{name}"),
        ("<b>Stop</b>", "<b>"),
        ("&Quit", "&Q"),
        ("Back && leg", "&&"),
        ("%1 of %2", "%2"),
    ],
)
def test_placeholders_pass_through(source: str, kept: str) -> None:
    text = pseudo_text(source)
    assert kept in text
    assert text.startswith("[") and text.endswith("]")
    assert len(text) >= 1.4 * len(source)


@pytest.mark.parametrize("size", SIZES)
def test_every_page_fits(qtbot: QtBot, context: AppContext, size: tuple[int, int]) -> None:
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    clipped: list[str] = []
    for key in window.section_keys():
        window.show_section(key)
        settle()
        clipped += [f"{key}: {problem}" for problem in clipped_texts(window)]
    assert clipped == [], "\n".join(clipped)


DIALOGS: dict[str, Callable[[AppContext], QWidget]] = {
    "welcome": lambda _context: WelcomeDialog(),
    "what to expect": lambda _context: WhatToExpectDialog(),
    "safety questions": lambda context: ScreeningDialog(context, clock=lambda: NOW),
    "clearance": lambda context: ClearanceDialog(context, now=lambda: NOW),
    "assessment": lambda context: AssessmentDialog(context, clock=lambda: NOW),
    "bother score": lambda context: BothersomenessDialog(context, clock=lambda: NOW),
    "activity score": lambda context: FunctionalScaleDialog(context, clock=lambda: NOW),
    "activity": lambda _context: ActivityDialog(lambda _fields: None),
    "treatment": lambda _context: TreatmentEventDialog(lambda _fields: None),
    "past check-in": lambda _context: CheckInEditDialog(
        lambda _fields: None, None, NOW.tzinfo, NOW
    ),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits(qtbot: QtBot, context: AppContext, name: str) -> None:
    dialog = DIALOGS[name](context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    clipped = clipped_texts(dialog)
    assert clipped == [], "\n".join(clipped)


@pytest.mark.parametrize(
    "occasion",
    [
        Occasion.sitting_break(),
        Occasion.session(NOW.date(), time(9)),
        Occasion.check_in(NOW.date()),
        Occasion.questionnaire("sbi", NOW.date()),
    ],
    ids=lambda occasion: occasion.kind.value,
)
def test_every_reminder_fits(qtbot: QtBot, context: AppContext, occasion: Occasion) -> None:
    window = ReminderWindow()
    qtbot.addWidget(window)
    snack = snack_choices(context.store, context.library, NOW)[0]
    due = Due(occasion, NOW, DueReason.ON_TIME, 0, timedelta(minutes=40))
    window.show_due(due, snack, 10, NOW)
    qtbot.waitExposed(window)
    settle()
    clipped = clipped_texts(window)
    assert clipped == [], "\n".join(clipped)


def test_every_page_of_the_session_player_fits(qtbot: QtBot, context: AppContext) -> None:
    player = start_session(context, None, exercise_ids=["pelvic-tilt"], now=lambda: NOW)
    assert player is not None
    qtbot.waitExposed(player)
    clipped = [f"start: {problem}" for problem in clipped_texts(player)]
    player.begin()
    settle()
    clipped += [f"exercise: {problem}" for problem in clipped_texts(player)]
    assert clipped == [], "\n".join(clipped)
