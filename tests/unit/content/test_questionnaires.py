"""Questionnaire files: loading, every validation path, and scoring against worked examples."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from companion.content.questionnaires import (
    MAX_FILE_BYTES,
    QuestionnaireFileError,
    check_questionnaire,
    load_questionnaire,
    load_questionnaire_folder,
    parse_questionnaire,
    questionnaire_from_data,
    questionnaire_schema,
)
from companion.domain.measures import MeasureResult, ThresholdKind, Verdict, change_from_baseline
from companion.domain.questionnaire import ItemKind, QuestionnaireError, ScoringMethod

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = FIXTURES / "example_daily_function_check.json"
DOCS = Path(__file__).parents[3] / "docs" / "questionnaire-format.md"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def checklist(count: int = 4) -> dict[str, Any]:
    """A made-up tick-box questionnaire scored by counting ticks."""
    data = example()
    data.update(
        id="example-checklist",
        items=[
            {"id": f"s{n}", "text": f"Made-up statement number {n}.", "kind": "checkbox"}
            for n in range(1, count + 1)
        ],
        scoring={"method": "count_checked"},
        score_range={"min": 0, "max": count},
    )
    return data


def problems_of(data: object) -> list[str]:
    with pytest.raises(QuestionnaireFileError) as caught:
        questionnaire_from_data(data)
    return list(caught.value.problems)


# --- The example and the published schema ------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(questionnaire_schema())


def test_example_loads_into_domain_objects() -> None:
    questionnaire = load_questionnaire(EXAMPLE)
    assert questionnaire.id == "example-daily-function"
    assert questionnaire.title == "Example daily function check"
    assert questionnaire.licence.startswith("Example only")
    assert questionnaire.recall_period == "Today"
    assert [item.id for item in questionnaire.items] == [
        "getting_dressed",
        "walking",
        "sitting",
        "sleep",
    ]
    assert all(item.kind is ItemKind.CHOICE for item in questionnaire.items)
    assert questionnaire.items[1].options[2].label == "Only around the house"
    assert questionnaire.scoring.method is ScoringMethod.PERCENT_OF_MAX
    assert questionnaire.scoring.max_missing == 1
    assert questionnaire.threshold is not None  # the file's "mcid"
    assert (questionnaire.threshold.points, questionnaire.threshold.percent) == (10, 30)
    assert questionnaire.threshold.kind is ThresholdKind.MINIMAL_IMPORTANT_CHANGE
    assert questionnaire.due_interval_days == 28


def test_the_example_in_the_docs_is_the_tested_fixture() -> None:
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    documents = [json.loads(block) for block in blocks]
    assert example() in documents
    assert check_questionnaire(example()) == []


# --- Scoring: worked examples -----------------------------------------------------------------


def test_percent_of_max_worked_examples_from_the_docs() -> None:
    questionnaire = load_questionnaire(EXAMPLE)
    full = {"getting_dressed": 1, "walking": 2, "sitting": 3, "sleep": 0}
    assert questionnaire.score(full) == pytest.approx(50.0)  # 6 of 12
    assert questionnaire.score({**full, "sleep": None}) == pytest.approx(200 / 3)  # 6 of 9
    with pytest.raises(QuestionnaireError, match="2 question\\(s\\) unanswered"):
        questionnaire.score({"getting_dressed": 1, "walking": 2})


def test_percent_of_max_follows_the_odi_formula() -> None:
    """Ten sections scored 0-5: sum / (5 x answered) x 100, one skipped section allowed."""
    data = example()
    data["items"] = [
        {
            "id": f"section{n}",
            "text": f"Made-up section {n}.",
            "kind": "choice",
            "options": [{"label": f"Level {s}", "score": s} for s in range(6)],
        }
        for n in range(10)
    ]
    questionnaire = questionnaire_from_data(data)
    answers: dict[str, int | bool | None] = {f"section{n}": 2 for n in range(10)}
    assert questionnaire.score(answers) == pytest.approx(40.0)  # 20 / 50
    answers["section9"] = None
    assert questionnaire.score(answers) == pytest.approx(18 / 45 * 100)


def test_count_checked_counts_ticks_and_an_unticked_box_is_not_missing() -> None:
    questionnaire = questionnaire_from_data(checklist(4))
    assert questionnaire.score({"s1": True, "s2": False, "s4": True}) == 2
    assert questionnaire.score({}) == 0


def test_sum_and_mean_with_a_weighted_checkbox() -> None:
    data = example()
    data["items"][3] = {
        "id": "sleep",
        "text": "Made-up: I slept badly.",
        "kind": "checkbox",
        "score": 3,
    }
    data["scoring"] = {"method": "sum"}
    data["score_range"] = {"min": 0, "max": 12}
    summed = questionnaire_from_data(data)
    answers: dict[str, int | bool | None] = {
        "getting_dressed": 3,
        "walking": 1,
        "sitting": 0,
        "sleep": True,
    }
    assert summed.score(answers) == 7
    data["scoring"] = {"method": "mean", "max_missing": 1}
    data["score_range"] = {"min": 0, "max": 3}
    averaged = questionnaire_from_data(data)
    assert averaged.score(answers) == pytest.approx(7 / 4)
    assert averaged.score({**answers, "walking": None}) == pytest.approx(6 / 3)


def test_sum_refuses_any_gap() -> None:
    data = example()
    data["scoring"] = {"method": "sum"}
    data["score_range"] = {"min": 0, "max": 12}
    with pytest.raises(QuestionnaireError, match="at most 0 may be left out"):
        questionnaire_from_data(data).score({"getting_dressed": 1, "walking": 1, "sitting": 1})


@pytest.mark.parametrize(
    ("responses", "message"),
    [
        ({"mood": 1}, "unknown item"),
        ({"walking": 4}, "walking: option 4 does not exist"),
        ({"walking": -1}, "walking: option -1 does not exist"),
        ({"walking": True}, "walking: answer with the number of an option"),
        ({"walking": "2"}, "walking: answer with the number of an option"),
    ],
)
def test_a_bad_response_is_refused(responses: dict[str, Any], message: str) -> None:
    answers = {"getting_dressed": 0, "walking": 0, "sitting": 0, "sleep": 0, **responses}
    with pytest.raises(QuestionnaireError, match=message):
        load_questionnaire(EXAMPLE).score(answers)


def test_a_checkbox_answer_must_be_true_or_false() -> None:
    with pytest.raises(QuestionnaireError, match="s1: a tick box is answered True or False"):
        questionnaire_from_data(checklist()).score({"s1": 1})


def test_questionnaire_becomes_a_measure_for_change_from_baseline() -> None:
    from datetime import date

    measure = load_questionnaire(EXAMPLE).as_measure()
    assert (measure.id, measure.low, measure.high) == ("example-daily-function", 0, 100)
    assert measure.name == "Example daily function check score"
    before = MeasureResult(measure, 40, date(2026, 3, 1))
    change = change_from_baseline(before, MeasureResult(measure, 28, date(2026, 4, 1)))
    assert change.verdict is Verdict.THRESHOLD_IMPROVEMENT  # 12 points, 30%
    small = change_from_baseline(before, MeasureResult(measure, 35, date(2026, 4, 1)))
    assert small.verdict is Verdict.SMALL_IMPROVEMENT


# --- Schema validation: messages name the field -------------------------------------------------

Edit = Callable[[dict[str, Any]], None]


def _set(path: str, value: object) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parents:
            target = target[part]
        target[last] = value

    return edit


def _drop(path: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parents:
            target = target[part]
        del target[last]

    return edit


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (_drop("licence"), "licence: is required"),
        (_set("licence", "   "), "licence: needs 10+ characters"),
        (_set("licence", "           "), "licence: must not be blank"),
        (_drop("items.2.options"), "items[2].options: is required"),
        (
            _set("items.3.options", [{"label": "Only", "score": 0}]),
            "items[3].options: at least two options are needed",
        ),
        (_set("items", []), "items: at least one item is needed"),
        (_set("colour", "blue"), "colour: unknown field"),
        (_set("items.0.hint", "x"), "items[0].hint: unknown field"),
        (_set("format", "other"), 'format: must be "sciatica-companion-questionnaire"'),
        (_set("format_version", 2), "format_version: must be 1"),
        (_set("id", "Has Spaces"), "id: use 2-40 lower-case letters"),
        (_set("items.1.id", "bad id"), "items[1].id: use 1-40 letters"),
        (_set("title", ""), "title: must not be empty"),
        (_set("title", "x" * 201), "title: must be at most 200 characters"),
        (_set("higher_is_worse", "yes"), "higher_is_worse: must be true or false"),
        (_set("items.0.options.1.score", "1"), "items[0].options[1].score: must be a number"),
        (_set("items.0.options.1.score", 1e6), "items[0].options[1].score: must be at most 10000"),
        (_set("items.0.kind", "slider"), 'items[0].kind: must be one of "choice", "checkbox"'),
        (_set("items.0.score", 2), "items[0].score: not allowed on a choice item"),
        (_set("scoring.method", "weighted"), "scoring.method: must be one of"),
        (_set("scoring.max_missing", -1), "scoring.max_missing: must be at least 0"),
        (_set("mcid", {}), "mcid: give points, percent or both"),
        (_set("mcid.percent", 0), "mcid.percent: must be more than 0"),
        (_set("mcid.percent", 150), "mcid.percent: must be at most 100"),
        (_set("due_interval_days", 0), "due_interval_days: must be at least 1"),
        (_set("due_interval_days", 7.5), "due_interval_days: must be a whole number"),
        (_set("items", [{}] * 101), "items: at most 100 are allowed"),
    ],
)
def test_schema_problems_name_the_field(edit: Edit, problem: str) -> None:
    data = example()
    edit(data)
    assert any(p.startswith(problem) for p in problems_of(data)), problems_of(data)


def test_a_checkbox_item_may_not_have_options() -> None:
    data = checklist()
    data["items"][0]["options"] = [{"label": "A", "score": 0}, {"label": "B", "score": 1}]
    assert "items[0].options: not allowed on a checkbox item" in problems_of(data)


def test_the_top_level_must_be_an_object() -> None:
    assert problems_of([]) == ["file: must be an object ({...})"]


# --- Semantic checks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (_set("items.2.id", "walking"), "items[2].id: 'walking' is used by an earlier item"),
        (
            _set("items.0.options.1.label", "Easy"),
            "items[0].options: the label 'Easy' appears twice",
        ),
        (
            _set("scoring", {"method": "count_checked"}),
            "scoring.method: 'count_checked' needs every item to be a checkbox",
        ),
        (
            _set("scoring", {"method": "sum", "max_missing": 1}),
            "scoring.max_missing: 'sum' cannot allow missing answers",
        ),
        (_set("scoring.max_missing", 4), "scoring.max_missing: 4 would allow every question"),
        (
            _set("items.0.options", [{"label": "A", "score": 1}, {"label": "B", "score": 1}]),
            "scoring.method: 'percent_of_max' needs every item to have a range",
        ),
        (
            _set("score_range", {"min": 0, "max": 50}),
            "score_range: the items can score 0 to 100, outside the declared 0 to 50",
        ),
        (_set("score_range", {"min": 10, "max": 10}), "score_range: min must be below max"),
        (_set("id", "sbi"), "id: 'sbi' is the name of a built-in measure"),
    ],
)
def test_semantic_problems_name_the_field(edit: Edit, problem: str) -> None:
    data = example()
    edit(data)
    assert problem in " | ".join(problems_of(data))


def test_declared_range_must_cover_what_a_sum_can_reach() -> None:
    data = example()
    data["scoring"] = {"method": "sum"}
    data["score_range"] = {"min": 0, "max": 10}
    assert problems_of(data) == [
        "score_range: the items can score 0 to 12, outside the declared 0 to 10"
    ]
    data["score_range"] = {"min": 0, "max": 12}
    assert check_questionnaire(data) == []


def test_every_problem_is_reported_at_once() -> None:
    data = example()
    del data["licence"]
    data["due_interval_days"] = 0
    data["items"][1]["options"] = []
    problems = problems_of(data)
    assert "licence: is required" in problems
    assert "due_interval_days: must be at least 1" in problems
    assert "items[1].options: at least two options are needed" in problems


# --- Reading files: untrusted input --------------------------------------------------------------


def test_a_file_over_the_size_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    data = example()
    data["instructions"] = "x"
    text = json.dumps(data)
    path.write_text(text + " " * (MAX_FILE_BYTES + 1 - len(text)), encoding="utf-8")
    with pytest.raises(QuestionnaireFileError, match=r"big\.json: is larger than 256 KiB"):
        load_questionnaire(path)
    path.write_text(text + " " * (MAX_FILE_BYTES - len(text)), encoding="utf-8")
    assert load_questionnaire(path).id == "example-daily-function"  # exactly at the cap is fine


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"id": "x",}', "is not valid JSON: Expecting property name enclosed in double quotes"),
        (b'{"id": NaN}', "NaN is not a number a questionnaire can use"),
        (b'{"id": -Infinity}', "-Infinity is not a number a questionnaire can use"),
        (b'{"id": "a", "id": "b"}', "the field 'id' appears twice in one object"),
        (b"[" * 50_000 + b"]" * 50_000, "is nested too deeply"),
        (b"x" * (MAX_FILE_BYTES + 1), "is larger than 256 KiB"),
    ],
)
def test_unusable_text_is_refused_with_one_clear_line(raw: bytes, problem: str) -> None:
    with pytest.raises(QuestionnaireFileError) as caught:
        parse_questionnaire(raw, "clinic.json")
    assert caught.value.problems[0].startswith(problem)
    assert str(caught.value).startswith("clinic.json: ")


def test_invalid_json_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x"\n  "title": "y"\n}', encoding="utf-8")
    with pytest.raises(QuestionnaireFileError, match=r"line 3, column 3"):
        load_questionnaire(path)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert load_questionnaire(path).title == "Example daily function check"


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireFileError, match=r"nothing\.json: not a file"):
        load_questionnaire(tmp_path / "nothing.json")
    with pytest.raises(QuestionnaireFileError, match="not a file"):
        load_questionnaire(tmp_path)


def test_a_folder_loads_good_files_and_reports_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "a_example.json").write_text(json.dumps(example()), encoding="utf-8")
    (tmp_path / "b_same_id.json").write_text(json.dumps(example()), encoding="utf-8")
    (tmp_path / "c_checklist.json").write_text(json.dumps(checklist()), encoding="utf-8")
    (tmp_path / "d_broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a questionnaire", encoding="utf-8")
    folder = load_questionnaire_folder(tmp_path)
    assert [q.id for q in folder.loaded] == ["example-daily-function", "example-checklist"]
    assert [(e.source, e.problems[0][:20]) for e in folder.failed] == [
        ("b_same_id.json", "id: 'example-daily-f"),
        ("d_broken.json", "is not valid JSON: E"),
    ]
    assert load_questionnaire_folder(tmp_path / "absent").loaded == ()


# --- Hostile input never escapes as anything but a clear refusal -------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(_json_values)
def test_arbitrary_json_is_refused_cleanly(data: object) -> None:
    with pytest.raises(QuestionnaireFileError):
        questionnaire_from_data(data)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["items", "scoring", "score_range", "mcid", "id", "licence"]), _json_values)
def test_replacing_one_field_with_anything_either_loads_or_is_refused(
    field: str, value: object
) -> None:
    data = copy.deepcopy(example())
    data[field] = value
    try:
        questionnaire_from_data(data)
    except QuestionnaireFileError as error:
        assert error.problems
