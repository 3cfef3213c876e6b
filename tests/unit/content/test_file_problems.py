"""A programme or questionnaire file's problems are values: a field, a reason and the values
the words need."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from companion.content.library import load_library
from companion.content.programme_file import ProgrammeFileError, parse_programme
from companion.content.questionnaires import QuestionnaireFileError, parse_questionnaire
from companion.domain.file_problems import FileProblem, FileReason
from companion.paths import exercises_dir
from companion.services.questionnaires import QuestionnaireRefused, read_questionnaire_file

EXAMPLE = Path(__file__).parent / "fixtures" / "example.scprog"
QUESTIONNAIRE = Path(__file__).parent / "fixtures" / "example_daily_function_check.json"


def test_a_problem_keeps_its_field_reason_and_values_and_todays_english() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["exercises"][0]["exercise"] = "no-such-exercise"
    with pytest.raises(ProgrammeFileError) as refused:
        parse_programme(json.dumps(data), load_library(exercises_dir()), "bad.scprog")
    (problem,) = refused.value.problems
    assert (problem.field, problem.reason, problem.values) == (
        "exercises[0].exercise",
        FileReason.UNKNOWN_EXERCISE,
        {"exercise": "no-such-exercise"},
    )
    assert problem == "exercises[0].exercise: no exercise has the id 'no-such-exercise'"
    assert str(refused.value) == f"bad.scprog: {problem}"


def test_a_whole_file_problem_has_no_field_and_survives_pickling() -> None:
    with pytest.raises(ProgrammeFileError) as refused:
        parse_programme("{", load_library(exercises_dir()))
    (problem,) = refused.value.problems
    assert (problem.field, problem.reason) == ("", FileReason.NOT_JSON)
    assert problem.startswith("is not a programme file: not valid JSON (")
    copy = pickle.loads(pickle.dumps(problem))  # noqa: S301 (our own bytes)
    assert isinstance(copy, FileProblem)
    assert (copy, copy.field, copy.reason, copy.values) == (
        problem,
        problem.field,
        problem.reason,
        problem.values,
    )


def _problems(data: object) -> tuple[FileProblem, ...]:
    with pytest.raises(QuestionnaireFileError) as refused:
        parse_questionnaire(json.dumps(data), "bad.json")
    return refused.value.problems


def test_a_questionnaires_problems_are_reasons_not_sentences() -> None:
    data = json.loads(QUESTIONNAIRE.read_text(encoding="utf-8"))
    data["id"] = "X"
    data["items"][0]["options"][1]["label"] = "Easy"
    data["score_range"]["max"] = 5
    assert [(p.field, p.reason) for p in _problems(data)] == [("id", FileReason.NOT_A_NAME)]
    data["id"] = "odi-like"
    assert [(p.field, p.reason, p.values) for p in _problems(data)] == [
        ("items[0].options", FileReason.LABEL_REPEATED, {"label": "Easy"}),
    ]


def test_a_questionnaires_own_sense_checks_are_reasons_with_todays_english() -> None:
    data = json.loads(QUESTIONNAIRE.read_text(encoding="utf-8"))
    data["score_range"]["max"] = 5
    (problem,) = _problems(data)
    assert (problem.field, problem.reason, problem.values) == (
        "score_range",
        FileReason.RANGE_OUTSIDE_DECLARED,
        {"low": "0", "high": "100", "min": "0", "max": "5"},
    )
    assert problem == "score_range: the items can score 0 to 100, outside the declared 0 to 5"


def test_a_refused_questionnaire_carries_the_values(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireRefused) as refused:
        read_questionnaire_file(tmp_path / "nowhere.json")
    (problem,) = refused.value.problems
    assert (problem.field, problem.reason) == ("", FileReason.QUESTIONNAIRE_NOT_A_FILE)
    assert str(refused.value) == "nowhere.json: not a file"
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": 1, "id": 2}', encoding="utf-8")
    with pytest.raises(QuestionnaireRefused) as repeated:
        read_questionnaire_file(bad)
    (problem,) = repeated.value.problems
    assert (problem.reason, problem.values) == (
        FileReason.QUESTIONNAIRE_REPEATED_KEY,
        {"key": "id"},
    )
    assert str(repeated.value) == "bad.json: the field 'id' appears twice in one object"
