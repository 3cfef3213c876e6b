"""A clinic's branded build as the patient sees it: names, logo, contact and locked settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from companion.content.branding import read_branding
from companion.content.library import ExerciseLibrary, load_library
from companion.domain.branding import Branding, LockedSetting
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.ui.context import AppContext
from companion.ui.programme.import_preview import open_programme_file
from companion.ui.programme.programme_view import ProgrammeView
from companion.ui.settings.settings_view import SettingsView
from companion.ui.ui_state import UiState

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


@pytest.fixture
def branding(library: ExerciseLibrary) -> Branding:
    return read_branding(REPO / "branding" / "example-clinic.toml", library)


@pytest.fixture
def context(
    store: Store, data_dir: Path, branding: Branding, library: ExerciseLibrary
) -> AppContext:
    return AppContext(store, UiState(data_dir), load_library=lambda: library, branding=branding)


def test_about_names_the_clinic_and_shows_its_logo(
    qtbot: QtBot, context: AppContext, branding: Branding
) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    about = view.findChild(QLabel, "aboutText")
    assert about is not None
    assert branding.product_name in about.text()
    assert branding.clinic_name in about.text()
    assert "Based on Sciatica Companion" in about.text()
    logos = [
        label for label in view.findChildren(QLabel) if label.accessibleName().endswith("logo")
    ]
    assert logos and not logos[0].pixmap().isNull()


def test_locked_settings_cannot_be_changed(
    qtbot: QtBot, context: AppContext, branding: Branding
) -> None:
    assert branding.is_locked(LockedSetting.SITTING_BREAK)
    assert branding.is_locked(LockedSetting.CLINICIAN_MODE)
    view = SettingsView(context)
    qtbot.addWidget(view)
    assert not view.reminders.interval.isEnabled()
    assert branding.clinic_name in view.reminders.interval.toolTip()
    titles = [box.title() for box in view.findChildren(QGroupBox)]
    assert "For physiotherapists" not in titles


def test_a_programme_file_is_refused_when_the_clinic_set_the_programme(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    view = ProgrammeView(context)
    qtbot.addWidget(view)
    assert not view.start_button.isEnabled()
    plan = tmp_path / "other.scprog"
    plan.write_text("{}")
    shown = open_programme_file(context, plan, view)
    assert isinstance(shown, QMessageBox)
    assert "has set the programme" in shown.text()
    shown.close()


def test_a_plain_build_keeps_everything_open(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    view = SettingsView(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(view)
    assert view.reminders.interval.isEnabled() or not view.reminders.breaks_on.isChecked()
    assert view.reminders.breaks_on.isEnabled()
    titles = [box.title() for box in view.findChildren(QGroupBox)]
    assert "For physiotherapists" in titles
