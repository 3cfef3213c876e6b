"""Text a user or a file wrote is shown as text: HTML in it is never rendered.

Every untrusted string (a programme's title, author, notes and advice, a questionnaire's title,
the clinic's names, a diary note) carries an <img> that would make Qt read a local file, then
every page of the app is built and every label that shows it is judged.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.branding import Branding
from companion.paths import exercises_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.programmes import import_programme_file
from companion.services.questionnaires import add_questionnaire, questionnaires_folder
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.sections import build_sections
from companion.ui.settings.settings_view import SettingsView
from companion.ui.style import heading
from companion.ui.ui_state import UiState

FIXTURES = Path(__file__).parents[1] / "unit" / "content" / "fixtures"
HOSTILE = '<img src="file:///etc/passwd"><b>x</b>'


def hostile(name: str) -> str:
    """A distinct hostile string per field, so a failure names the field."""
    return f"{name} {HOSTILE}"


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


@pytest.fixture
def context(store: Store, data_dir: Path, library: ExerciseLibrary, tmp_path: Path) -> AppContext:
    programme: dict[str, Any] = json.loads((FIXTURES / "example.scprog").read_text("utf-8"))
    programme.update(
        title=hostile("programme-title"),
        author={
            "name": hostile("author-name"),
            "clinic": hostile("author-clinic-name"),
            "contact": hostile("author-contact"),
        },
        patient_label=hostile("patient-label"),
        notes=hostile("programme-notes"),
    )
    programme["exercises"][0]["notes"] = hostile("exercise-notes")
    programme["flare_up_plan"]["advice"] = hostile("flare-advice")
    custom = programme["custom_exercises"][0]
    custom.update(
        name=hostile("exercise-name"),
        short_name='<img src="file:///x">',  # the field holds 24 characters
        summary=hostile("exercise-summary"),
        steps=[hostile("exercise-step")],
        stop_rules=[hostile("stop-rule")],
    )
    source = tmp_path / "hostile.scprog"
    source.write_text(json.dumps(programme), "utf-8")
    now = datetime.now(UTC)
    import_programme_file(store, source, library, now)
    record_checkin(
        store,
        CheckInDraft(back_pain=3, leg_pain=4, note=hostile("checkin-note")),
        now - timedelta(hours=1),
    )
    pack: dict[str, Any] = json.loads(
        (FIXTURES / "example_daily_function_check.json").read_text("utf-8")
    )
    pack["title"] = hostile("questionnaire-title")
    pack_file = tmp_path / "pack.json"
    pack_file.write_text(json.dumps(pack), "utf-8")
    add_questionnaire(questionnaires_folder(data_dir), pack_file)
    branding = Branding(
        product_name=hostile("product-name"),
        clinic_name=hostile("clinic-name"),
        contact_line=hostile("contact-line"),
        source=tmp_path / "profile.toml",
    )
    return AppContext(store, UiState(data_dir), load_library=lambda: library, branding=branding)


def renders_html(label: QLabel) -> bool:
    """True if Qt would render the label's text as rich text."""
    text_format = label.textFormat()
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format == Qt.TextFormat.RichText:
        return True
    return bool(QtGui.Qt.mightBeRichText(label.text()))


def rendered_unsafely(widget: QWidget) -> list[str]:
    """Labels, message texts and tooltips that would render the raw <img> tag as HTML."""
    found = [
        f"{type(label.parent()).__name__}/{label.objectName()}: {label.text()[:80]!r}"
        for label in [
            *widget.findChildren(QLabel),
            *([widget] if isinstance(widget, QLabel) else []),
        ]
        if "<img src=" in label.text() and renders_html(label)
    ]
    for box in [
        *widget.findChildren(QMessageBox),
        *([widget] if isinstance(widget, QMessageBox) else []),
    ]:
        if "<img src=" in box.text() and box.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"QMessageBox: {box.text()[:80]!r}")
    # Tooltips guess the format as QLabel does.
    for each in [widget, *widget.findChildren(QWidget)]:
        if "<img src=" in each.toolTip() and QtGui.Qt.mightBeRichText(each.toolTip()):
            found.append(f"tooltip of {type(each).__name__}: {each.toolTip()[:80]!r}")
    return found


def shown_as_text(widget: QWidget) -> set[str]:
    """The hostile fields that some label shows, tag and all, as text."""
    found = set()
    for label in widget.findChildren(QLabel):
        text = label.text()
        if ("<img src=" in text and not renders_html(label)) or (
            "&lt;img src=" in text and renders_html(label)
        ):
            found.update(word for word in text.split() if word.endswith(("-title", "-name")))
    return found


def test_every_page_shows_untrusted_text_as_text(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.show()
    unsafe: list[str] = []
    seen: set[str] = set()
    for key in window.section_keys():
        window.show_section(key)
        page = window.section_widget(key)
        assert page is not None
        QApplication.processEvents()
        unsafe += rendered_unsafely(page)
        seen |= shown_as_text(page)
    assert unsafe == [], "\n".join(unsafe)
    # The test reaches the strings it means to check (it could not fail otherwise).
    assert {"programme-title", "questionnaire-title"} <= seen


def test_about_shows_the_clinic_as_text(qtbot: QtBot, context: AppContext) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    about = view.findChild(QLabel, "aboutText")
    assert about is not None
    assert rendered_unsafely(view) == []
    assert "clinic-name" in about.text() and ("&lt;img" in about.text() or HOSTILE in about.text())


def test_dialogs_show_untrusted_text_as_text(
    qtbot: QtBot, context: AppContext, tmp_path: Path, data_dir: Path
) -> None:
    from companion.services.questionnaires import list_questionnaires
    from companion.ui.programme.import_preview import open_programme_file
    from companion.ui.progress.questionnaire_dialog import QuestionnaireDialog
    from companion.ui.settings.questionnaire_settings import (
        QuestionnairePreview,
        QuestionnaireSettings,
    )

    installed = list_questionnaires(questionnaires_folder(data_dir)).installed[0].questionnaire
    programme = open_programme_file(context, tmp_path / "hostile.scprog", None)
    broken = tmp_path / f"{HOSTILE}.scprog".replace("/", "_")
    broken.write_text("not json", "utf-8")
    refused = open_programme_file(context, broken, None)
    widgets: list[QWidget] = [
        programme,
        refused,
        QuestionnaireSettings(context),
        QuestionnairePreview(installed, tmp_path / "pack.json", None),
        QuestionnaireDialog(context, installed),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
    unsafe = [problem for widget in widgets for problem in rendered_unsafely(widget)]
    assert unsafe == [], "\n".join(unsafe)
    seen = set().union(*(shown_as_text(widget) for widget in widgets))
    assert "questionnaire-title" in seen and "programme-title" in seen


def test_the_heading_helper_shows_text() -> None:
    label = heading(hostile("heading"))
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == hostile("heading")
