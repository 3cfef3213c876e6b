"""Every reason a programme or questionnaire file is refused has words in English and German,
in the app (tr(), context FileProblem) and on the command line (context Cli): a German user
adding a bad questionnaire file reads German, wherever they add it."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.cli.file_problem_words import file_problem
from companion.cli.words import cli_words
from companion.domain.file_problems import ENGLISH, FileProblem, FileReason
from companion.services.data_store import Store
from companion.ui import language
from companion.ui.context import AppContext
from companion.ui.file_problem_words import file_problem_text
from companion.ui.settings.questionnaire_settings import QuestionnaireSettings
from companion.ui.ui_state import UiState
from tests.gui.conftest import back_to_english

EXAMPLE_FILE = (
    Path(__file__).parents[1]
    / "unit"
    / "content"
    / "fixtures"
    / "example_daily_function_check.json"
)
WORDED = [reason for reason in FileReason if reason is not FileReason.OTHER]
# The reasons a questionnaire file is refused for: its own (listed from QUESTIONNAIRE_NOT_A_FILE
# on) and two it shares with programme files.
_ALL = list(FileReason)
QUESTIONNAIRE_REASONS = {
    FileReason.UNREADABLE,
    FileReason.WRONG_TYPE,
    *_ALL[_ALL.index(FileReason.QUESTIONNAIRE_NOT_A_FILE) : _ALL.index(FileReason.OTHER)],
}
SAMPLES: dict[str, Any] = {"count_words": "two", "type": "number", "type_words": "a number"}


def sample(reason: FileReason) -> FileProblem:
    """A problem of this reason with a value for each of its words' braces."""
    names = {name for _, name, _, _ in string.Formatter().parse(ENGLISH[reason]) if name}
    values = {name: SAMPLES.get(name, 2) for name in names}
    if reason is FileReason.NEEDS_SOME:
        values["count"] = 2  # the number its words spell out ("two")
    return FileProblem("items[0]", reason, **values)


def test_the_questionnaire_reasons_are_found() -> None:
    assert len(QUESTIONNAIRE_REASONS) == 33
    assert FileReason.RANGE_OUTSIDE_DECLARED in QUESTIONNAIRE_REASONS


@pytest.mark.parametrize("reason", WORDED, ids=str)
def test_the_command_line_words_every_reason_in_english_and_german(reason: FileReason) -> None:
    problem = sample(reason)
    english = file_problem(problem, cli_words("en"))
    german = file_problem(problem, cli_words("de"))
    assert english.startswith("items[0]: ") and german.startswith("items[0]: ")
    assert german != english
    if reason in QUESTIONNAIRE_REASONS:
        assert english == str(problem)  # the screen's English is the loader's, word for word


@pytest.mark.parametrize("reason", WORDED, ids=str)
def test_the_app_words_every_reason_in_english_and_german(
    qapp: QApplication, reason: FileReason
) -> None:
    problem = sample(reason)
    english = file_problem_text(problem)
    language.apply_language(qapp, "de")
    try:
        german = file_problem_text(problem)
    finally:
        back_to_english(qapp)
    assert german.startswith("items[0]: ")
    assert german != english
    if reason in QUESTIONNAIRE_REASONS:
        assert english == str(problem)


@pytest.mark.usefixtures("german")
def test_the_settings_say_in_german_why_a_file_cannot_be_added(
    qtbot: QtBot, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    group = QuestionnaireSettings(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(group)
    data = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
    data["licence"] = "short"
    del data["items"][0]["options"][1:]
    bad = tmp_path / "odd.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    group.add_from_file(bad)
    assert group.preview is None
    assert group.message is not None and group.message.isVisible()
    text = group.message.informativeText()
    assert text.startswith(
        "odd.json: items[0].options: mindestens zwei Einträge (options) sind nötig; licence: "
        "braucht mindestens 10 Zeichen\n\nEs wurde nichts hinzugefügt"
    )
    assert "needed" not in text and "characters" not in text
    group.message.close()
