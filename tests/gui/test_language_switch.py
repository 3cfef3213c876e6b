"""Choosing the language in Settings: the words, the exercises, the dates and the urgent-help
numbers change at once, the window is rebuilt on the same page, and nothing open is lost."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from companion.content.library import load_library
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.ui import language
from companion.ui.companion_app import CompanionApp
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import ExercisesView
from companion.ui.safety.red_flag_texts import emergency_instruction, red_flag_text
from companion.ui.sections import build_sections
from companion.ui.settings.region_settings import RegionSettings
from companion.ui.settings.settings_view import SettingsView
from companion.ui.today.today_view import TodayView
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
SAME_DAY_STEP = "Contact your GP surgery, an urgent care service or {advice_line} today."


@pytest.fixture
def companion(
    qapp: QApplication, store: Store, data_dir: Path, english_again: None
) -> Iterator[CompanionApp]:
    state = UiState(data_dir)
    state.set(UiState.LAST_SECTION, "settings")
    context = AppContext(store, state, clock=lambda: NOW)
    app = CompanionApp(qapp, context, build_sections, use_tray=False)
    app.window.show()
    yield app
    # Not qtbot.addWidget: the window a test starts with is replaced, and deleted, by then.
    app.window.close()
    app.window.deleteLater()


def _settings(app: CompanionApp) -> RegionSettings:
    view = app.window.section_widget("settings")
    assert isinstance(view, SettingsView)
    return view.region


def _choose(box: object, value: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(box, QComboBox)
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_languages_are_named_in_their_own_language() -> None:
    names = dict(language.language_names())
    assert names["en"] == "English"
    assert names["de"] == "Deutsch"
    assert next(iter(names)) == language.AUTOMATIC


def test_choosing_deutsch_speaks_german_on_the_same_page(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    old = companion.window
    assert old.current_section() == "settings"
    _choose(_settings(companion).language, "de")
    qtbot.waitUntil(lambda: companion.window is not old)

    window = companion.window
    assert window.isVisible()
    assert window.current_section() == "settings"  # the same page, rebuilt
    nav = window.findChild(QListWidget, "sectionList")
    assert nav is not None
    assert [nav.item(i).text() for i in range(nav.count())][:2] == ["Heute", "Tagebuch"]
    assert _settings(companion).title() == "Sprache und Land"
    # The choice is kept for the next start, and dates come from it.
    assert companion.context.ui_state.get(UiState.LANGUAGE) == "de"
    assert QLocale().language() is QLocale.Language.German
    assert QLocale().firstDayOfWeek() is Qt.DayOfWeek.Monday
    assert QLocale().toString(1.5, "f", 1) == "1,5"


def test_the_exercises_page_shows_the_german_content(qtbot: QtBot, companion: CompanionApp) -> None:
    """A review found German words around English exercise names: the library is read in the
    language in force, here through the real Exercises page."""
    old = companion.window
    _choose(_settings(companion).language, "de")
    qtbot.waitUntil(lambda: companion.window is not old)
    view = companion.window.section_widget("exercises")
    assert isinstance(view, ExercisesView)
    shown = {view.list.item(i).text() for i in range(view.list.count())}
    german = {e.name for e in load_library(exercises_dir(), "de")}
    english = {e.name for e in load_library(exercises_dir())}
    assert "Brücke (Beckenheben)" in shown
    assert shown <= german
    assert not shown & (english - german)


def test_a_new_language_waits_for_an_unsaved_check_in(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    old = companion.window
    today = old.section_widget("today")
    assert isinstance(today, TodayView)
    today.form.leg_pain.set_value(6)
    today.form.dirty = True
    old.show_section("settings")
    _choose(_settings(companion).language, "de")
    region = _settings(companion)
    qtbot.waitUntil(region.waiting_label.isVisible)
    # Said in the new language: its words are installed at once, only the window waits.
    assert "Tageseintrag" in region.waiting_label.text()
    assert companion.window is old
    assert today.form.leg_pain.value() == 6  # nothing typed is lost

    today.form.dirty = False  # saved (or cleared) by the user
    qtbot.waitUntil(lambda: companion.window is not old, timeout=5000)
    assert companion.window.current_section() == "settings"


def test_a_new_language_waits_for_an_open_dialog(qtbot: QtBot, companion: CompanionApp) -> None:
    old = companion.window
    dialog = QDialog(old)
    dialog.show()
    _choose(_settings(companion).language, "de")
    region = _settings(companion)
    qtbot.waitUntil(region.waiting_label.isVisible)
    assert companion.window is old and dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: companion.window is not old, timeout=5000)


@pytest.mark.parametrize(
    ("country", "emergency", "advice"),
    # 116 117 is one number: kept on one line by a no-break space.
    [("DE", "112", "116\u00a0117"), ("GB", "999", "111"), ("US", "911", "your local urgent")],
)
def test_the_country_chooses_the_numbers_not_the_language(
    qtbot: QtBot, companion: CompanionApp, country: str, emergency: str, advice: str
) -> None:
    old = companion.window
    _choose(_settings(companion).country, country)
    qtbot.waitUntil(lambda: companion.window is not old)
    assert language.current().language == "en"
    assert f"emergency number {emergency} now" in emergency_instruction()
    assert advice in red_flag_text(SAME_DAY_STEP)
    assert "today" not in emergency_instruction()  # an emergency is now, not today
    shown = _settings(companion).numbers_label.text()  # Settings says which numbers are used
    assert f"call {emergency} in an emergency" in shown and advice in shown


def test_the_system_language_and_country() -> None:
    available = ["en", "de"]
    assert language.system_language(available, {"LANGUAGE": "de:en", "LANG": "en_US"}) == "de"
    assert language.system_language(available, {"LANG": "de_AT.UTF-8"}) == "de"
    assert language.system_language(available, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert language.system_language(available, {"LANGUAGE": "", "LANG": "C"}) == "en"
    assert language.system_country({"LANG": "de_DE.UTF-8"}) == "DE"
    assert language.system_country({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE"}) == "GB"
    assert language.system_country({"LANG": "C"}) is None


def test_german_safety_questions_take_j_for_ja(
    qtbot: QtBot, qapp: QApplication, store: Store, data_dir: Path, english_again: None
) -> None:
    from companion.domain.red_flags import ScreeningReason
    from companion.ui.safety.screening_dialog import ScreeningDialog

    language.apply_language(qapp, "de")
    context = AppContext(store, UiState(data_dir), clock=lambda: NOW)
    dialog = ScreeningDialog(context, (ScreeningReason.ON_DEMAND,), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first, second = dialog.questions[:2]
    qtbot.keyClick(first.yes_button, Qt.Key.Key_Y)  # the English key does nothing in German
    assert first.answer is None
    qtbot.keyClick(first.yes_button, Qt.Key.Key_J)
    assert first.answer is True
    qtbot.keyClick(second.no_button, Qt.Key.Key_N)
    assert second.answer is False
    help_texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("J oder N" in text for text in help_texts), help_texts


@pytest.mark.parametrize(
    ("system", "chosen", "expected"),
    [
        ("de_DE", "de", "de_DE"),
        ("de_AT", "de", "de_AT"),
        ("de_DE", "en", "en_DE"),
        ("en_US", "de", "de_DE"),
        ("en_GB", "en", "en_GB"),
    ],
)
def test_formats_follow_the_chosen_language_in_the_systems_country(
    monkeypatch: pytest.MonkeyPatch, system: str, chosen: str, expected: str
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert language.locale_for(chosen).name() == expected


def test_a_new_language_waits_for_the_session_player(
    qtbot: QtBot, companion: CompanionApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.ui.exercises.player import window as session_player

    old = companion.window
    # A session in progress (the player's own test opens a real one): its timer and answers
    # live in a window the rebuild would take down with the main window.
    monkeypatch.setitem(session_player._open_players, id(companion.context), QDialog())
    _choose(_settings(companion).language, "de")
    region = _settings(companion)
    qtbot.waitUntil(region.waiting_label.isVisible)
    assert "Übungseinheit" in region.waiting_label.text()
    assert companion.window is old
    session_player._open_players.pop(id(companion.context))
    qtbot.waitUntil(lambda: companion.window is not old, timeout=5000)


@pytest.mark.parametrize(
    ("chosen", "end_text"), [("en", "&End session"), ("de", "Übungseinheit b&eenden")]
)
def test_the_players_controls_say_what_they_end_with_keys_of_their_own(  # noqa: PLR0917 (pytest parameters)
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    data_dir: Path,
    english_again: None,
    chosen: str,
    end_text: str,
) -> None:
    from companion.domain.red_flags import QUESTIONS, ScreeningReason
    from companion.services.screening import record_screening
    from companion.ui.exercises.player.session_player import SessionPlayer
    from companion.ui.exercises.player.window import start_session

    class Silent:
        muted = False

        def cue(self, cue: object, words: str) -> None:
            """Say nothing."""

    language.apply_language(qapp, chosen)
    record_screening(store, {q.id: False for q in QUESTIONS}, ScreeningReason.FIRST_RUN, NOW)
    context = AppContext(store, UiState(data_dir), clock=lambda: NOW)
    player = start_session(
        context, None, exercise_ids=["cat-camel"], now=lambda: NOW, cues=Silent()
    )
    assert isinstance(player, SessionPlayer)
    player._timer.stop()
    assert player.end_button.text() == end_text
    controls = [player.back_button, player.pause_button, player.skip_button, player.end_button]
    controls.append(player.mute_button)
    keys = [button.text().partition("&")[2][:1].lower() for button in controls]
    assert all(keys), keys
    assert len(set(keys)) == len(keys), keys
    player.close()


@pytest.mark.parametrize(
    ("chosen", "start"),
    [
        ("en", "This copy of Sciatica Companion is incomplete and cannot start (missing: "),
        ("de", "Diese Installation von Sciatica Companion ist unvollständig und kann nicht "),
    ],
)
def test_an_incomplete_installation_is_explained_in_the_users_language(
    qapp: QApplication, english_again: None, chosen: str, start: str
) -> None:
    from companion.app import installation_incomplete_text

    language.apply_language(qapp, chosen)
    text = installation_incomplete_text(["exercises", "migrations"])
    assert text.startswith(start)
    assert "exercises, migrations" in text


@pytest.mark.parametrize(
    ("languages", "expected"),
    [("de", "Samstag, 5. Dezember 2026 2,5"), ("en", "Saturday")],
)
def test_dates_follow_language_when_only_language_is_set(languages: str, expected: str) -> None:
    # LANGUAGE=de in a C locale: the words were German, the date on Today was English.
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QDate, QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from companion.ui import language\n"
        "app = QApplication([])\n"
        "language.apply_language(app, '')\n"
        "day = QLocale().toString(QDate(2026, 12, 5), QLocale.FormatType.LongFormat)\n"
        "print(day, QLocale().toString(2.5))\n"
    )
    environ = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_TIME", "LANG"}}
    environ |= {"LANGUAGE": languages, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
        check=True,
    )
    assert result.stdout.strip().startswith(expected), result.stdout
