"""A programme file's problems are values: a field, a reason and the values the words need."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from companion.content.file_problems import FileProblem, FileReason
from companion.content.library import load_library
from companion.content.programme_file import ProgrammeFileError, parse_programme
from companion.paths import exercises_dir

EXAMPLE = Path(__file__).parent / "fixtures" / "example.scprog"


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
