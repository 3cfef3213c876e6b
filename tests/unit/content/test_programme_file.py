"""Programme files: the schema, the round trip, upgrades, and a corpus of hostile files."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from companion.content.library import DOSE_LIMITS, ExerciseLibrary, load_library
from companion.content.programme_file import (
    CURRENT_VERSION,
    MAX_FILE_BYTES,
    ProgrammeFileError,
    load_programme_file,
    parse_programme,
    programme_problems,
    programme_schema,
    starter_document,
)
from companion.content.programme_writer import (
    dump_programme,
    programme_to_data,
)
from companion.domain.exercise import SidesMode
from companion.domain.programme import DOSE_CEILING, DoseField
from companion.paths import exercises_dir

EXAMPLE = Path(__file__).parent / "fixtures" / "example.scprog"


@cache
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def problems_of(data: object) -> list[str]:
    return programme_problems(data, library())


# --- The good file -------------------------------------------------------------------------


def test_the_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(programme_schema())


def test_schema_bounds_match_the_library_limits() -> None:
    dose = programme_schema()["$defs"]["dose"]["properties"]
    for key in ("sets", "reps", "hold_s", "rest_s", "minutes"):
        assert (dose[key]["minimum"], dose[key]["maximum"]) == DOSE_LIMITS[key]
    for key, ceiling in DOSE_CEILING.items():
        assert DOSE_LIMITS[key][1] == ceiling


def test_the_example_loads_into_a_programme() -> None:
    loaded = load_programme_file(EXAMPLE, library())
    document = loaded.document
    assert not loaded.was_upgraded
    assert document.title == "Back to walking"
    assert (document.author, document.clinic) == ("Sam Okafor", "Riverside Physiotherapy")
    assert document.start_date == date(2026, 11, 21)
    assert document.review_date == date(2026, 12, 19)
    first = document.exercises[0]
    assert (first.dose.reps, first.dose.hold_s, first.dose.sides) == (3, 20, SidesMode.EACH)
    assert first.progression[0].change is DoseField.HOLD_S
    assert document.exercises[1].days == frozenset({1, 3, 5})
    assert document.flare_up is not None
    assert document.flare_up.exercise_ids == ("rest-positions", "pelvic-tilt")
    custom = document.custom("chair-hip-circles")
    assert custom is not None
    assert len(custom.figure.keyframes) == 2


def test_round_trip_export_then_import_gives_the_same_programme(tmp_path: Path) -> None:
    document = load_programme_file(EXAMPLE, library()).document
    target = tmp_path / "again.scprog"
    target.write_bytes(dump_programme(document))
    again = load_programme_file(target, library()).document
    assert again == document
    assert dump_programme(again) == dump_programme(document)


def test_a_starter_programme_round_trips() -> None:
    starter = library().programme("desk-worker")
    document = starter_document(starter, library(), date(2026, 11, 21))
    data = programme_to_data(document)
    data["author"] = {"name": "Sciatica Companion"}
    loaded = parse_programme(json.dumps(data), library()).document
    assert [p.exercise_id for p in loaded.exercises] == [i.exercise_id for i in starter.items]
    assert loaded.sessions_by_weekday() == (starter.sessions_per_day,) * 7


def test_version_1_is_upgraded() -> None:
    old = {
        "format": "sciatica-companion-programme",
        "format_version": 1,
        "title": "Old style",
        "author": "Sam Okafor",
        "clinic": "Riverside Physiotherapy",
        "start_date": "2025-03-01",
        "flare_plan": "Rest and walk a little.",
        "exercises": [
            {"id": "pelvic-tilt", "sets": 1, "reps": 10, "hold": 5, "days": [2, 1]},
            {"id": "walking", "sets": 1, "reps": 1, "times_per_day": 2},
        ],
    }
    loaded = parse_programme(json.dumps(old), library())
    assert loaded.was_upgraded
    assert loaded.format_version == 1
    document = loaded.document
    assert document.clinic == "Riverside Physiotherapy"
    assert document.exercises[0].dose.hold_s == 5
    assert document.exercises[0].days == frozenset({1, 2})
    assert document.exercises[1].dose.times_per_day == 2
    assert document.flare_up is not None
    assert document.flare_up.advice == "Rest and walk a little."


VERSION_2 = Path(__file__).parent / "fixtures" / "version-2.scprog"


def test_a_version_2_file_is_read_and_written_back_as_version_3() -> None:
    loaded = load_programme_file(VERSION_2, library())
    assert loaded.format_version == 2
    assert loaded.was_upgraded
    assert CURRENT_VERSION == 3
    current = load_programme_file(EXAMPLE, library()).document
    assert loaded.document == current  # version 3 only added keys: nothing else changes
    written = programme_to_data(loaded.document)
    assert written["format_version"] == 3
    assert programme_schema()["properties"]["format_version"] == {"const": 3}


def test_a_version_2_file_from_a_build_that_already_wrote_the_new_keys_is_read() -> None:
    data = json.loads(VERSION_2.read_text("utf-8"))
    data["exercises"][1]["times_per_week"] = 2  # the bridge, once a day
    loaded = parse_programme(json.dumps(data), library())
    assert loaded.format_version == 2
    assert loaded.document.exercises[1].dose.times_per_week == 2


def test_a_version_2_file_is_checked_like_any_other() -> None:
    data = json.loads(VERSION_2.read_text("utf-8"))
    data["exercises"][0]["dose"]["reps"] = 900
    assert problems_of(data) == ["exercises[0].dose.reps: must be at most 50"]


def test_a_newer_version_is_refused_in_one_sentence_that_says_what_to_do() -> None:
    data = {**example(), "format_version": 4}
    assert problems_of(data) == [
        "format_version: 4 is newer than this app can read (up to 3); "
        "update Sciatica Companion to open it"
    ]


def test_version_1_problems_name_the_old_field() -> None:
    old = {
        "format": "sciatica-companion-programme",
        "format_version": 1,
        "title": "Old",
        "author": "Sam",
        "start_date": "2025-03-01",
        "exercises": [{"id": "pelvic-tilt", "sets": 1, "reps": 900}],
    }
    assert problems_of(old) == ["exercises[0].reps: must be at most 50"]


# --- Refusals that name the field ------------------------------------------------------------


def _changed(path: str, value: object) -> dict[str, Any]:
    data = copy.deepcopy(example())
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is _DELETE:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("format_version", 4, "format_version: 4 is newer than this app can read"),
        ("format_version", 0, "format_version: 0 is not a known version"),
        ("format_version", "2", "format_version: must be a whole number"),
        ("format", "something-else", "format: must be"),
        ("exercises.0.exercise", "no-such-move", "exercises[0].exercise: no exercise has the id"),
        ("flare_up_plan.exercises.0", "nope", "flare_up_plan.exercises[0]: no exercise has"),
        ("exercises.0.dose.reps", -3, "exercises[0].dose.reps: must be at least 1"),
        ("exercises.0.dose.reps", 10**12, "exercises[0].dose.reps: must be at most 50"),
        ("exercises.0.dose.hold_s", 2.5, "exercises[0].dose.hold_s: must be a whole number"),
        ("exercises.0.dose.sets", "3", "exercises[0].dose.sets: must be a whole number"),
        ("exercises.0.dose.sides", "both", "exercises[0].dose.sides: must be one of"),
        ("exercises.0.days", ["mon", "mon"], "exercises[0].days: lists the same entry twice"),
        ("exercises.0.progression.0.up_to", 15, "exercises[0].progression[0].up_to: must be more"),
        ("exercises.1.progression.0.up_to", 60, "exercises[1].progression[0].up_to: must be at"),
        ("exercises.0.surprise", 1, "exercises[0].surprise: unknown field"),
        ("title", "", "title: must not be empty"),
        ("title", "x" * 500, "title: must be at most 120 characters"),
        ("start_date", "2026-02-30", "start_date: '2026-02-30' is not a real date"),
        ("start_date", "tomorrow", "start_date: must be a date written YYYY-MM-DD"),
        ("review_date", "2026-01-01", "review_date: must not be before the start date"),
        ("sitting_break_minutes", 2, "sitting_break_minutes: must be at least 10"),
        ("author", _DELETE, "author: is required"),
        ("exercises", [], "exercises: needs at least 1 entry"),
        ("custom_exercises.0.id", "walking", "custom_exercises[0].id: 'walking' is already"),
        (
            "custom_exercises.0.figure.keyframes.0.pelvis",
            _DELETE,
            "custom_exercises[0]: figure.keyframes[0].pelvis: is missing",
        ),
        (
            "custom_exercises.0.figure.keyframes.1.trunk",
            720,
            "custom_exercises[0].figure.keyframes[1].trunk: must be at most 180",
        ),
    ],
)
def test_refusals_name_the_field(path: str, value: object, expected: str) -> None:
    problems = problems_of(_changed(path, value))
    assert problems, "the change should have been refused"
    assert any(p.startswith(expected) for p in problems), problems


def test_duplicate_keys_and_nan_are_refused() -> None:
    with pytest.raises(ProgrammeFileError, match="title: appears twice"):
        parse_programme('{"title": "a", "title": "b"}', library())
    text = EXAMPLE.read_text(encoding="utf-8").replace('"reps": 3', '"reps": NaN')
    with pytest.raises(ProgrammeFileError, match="NaN is not a number"):
        parse_programme(text, library())


def test_a_file_over_the_cap_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.scprog"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ProgrammeFileError, match="too big"):
        load_programme_file(big, library())


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeFileError, match=r"gone\.scprog: is not a file"):
        load_programme_file(tmp_path / "gone.scprog", library())


# --- A corpus of hostile files ---------------------------------------------------------------

_YAML = b"""!!python/object/apply:os.system ["echo pwned"]
format: sciatica-companion-programme
format_version: 2
"""


class _Payload:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("pwned",))


_HOSTILE_FIXED = [
    b"",
    b"\x00\x01\x02",
    b"\xff\xfe\x00{",
    _YAML,
    pickle.dumps(_Payload()),
    pickle.dumps({"format": "sciatica-companion-programme", "format_version": 2}),
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b"9" * 5000,
    b'{"format": "sciatica-companion-programme", "format_version": 1e400}',
    b'{"format": "sciatica-companion-programme", "format_version": 2, "title": Infinity}',
    json.dumps({**example(), "exercises": [example()["exercises"][0]] * 5000}).encode(),
    b"x" * (MAX_FILE_BYTES * 4),
]


@pytest.mark.parametrize("raw", _HOSTILE_FIXED, ids=range(len(_HOSTILE_FIXED)))
def test_fixed_hostile_files_are_refused_cleanly(raw: bytes) -> None:
    with pytest.raises(ProgrammeFileError) as refused:
        parse_programme(raw, library(), "hostile.scprog")
    assert refused.value.problems
    assert all(len(p) < 400 for p in refused.value.problems)


_json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
_json = st.recursive(
    _json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=40,
)

_PATHS = [
    "title",
    "author",
    "author.name",
    "start_date",
    "issued",
    "review_date",
    "sitting_break_minutes",
    "notes",
    "flare_up_plan",
    "flare_up_plan.exercises",
    "exercises",
    "exercises.0",
    "exercises.0.exercise",
    "exercises.0.dose",
    "exercises.0.dose.reps",
    "exercises.0.dose.hold_s",
    "exercises.0.times_per_day",
    "exercises.0.days",
    "exercises.0.progression",
    "exercises.0.progression.0.step",
    "exercises.0.progression.0.up_to",
    "custom_exercises.0.figure",
    "custom_exercises.0.figure.keyframes",
    "custom_exercises.0.figure.keyframes.0.pelvis",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=2000))
def test_garbage_bytes_are_refused_cleanly(raw: bytes) -> None:
    with pytest.raises(ProgrammeFileError):
        parse_programme(raw, library())


@settings(max_examples=150, deadline=None)
@given(data=_json)
def test_random_json_is_refused_cleanly(data: object) -> None:
    with pytest.raises(ProgrammeFileError):
        parse_programme(json.dumps(data), library())


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(_PATHS), value=_json)
def test_a_good_file_with_one_field_spoiled_is_refused_or_still_sane(
    path: str, value: object
) -> None:
    raw = json.dumps(_changed(path, value))
    try:
        loaded = parse_programme(raw, library())
    except ProgrammeFileError as error:
        assert error.problems
        return
    # A spoiled value that still passed must still be inside every bound.
    for item in loaded.document.exercises:
        for key in ("sets", "reps", "hold_s", "rest_s"):
            low, high = DOSE_LIMITS[key]
            assert low <= getattr(item.dose, key) <= high
        for rule in item.progression:
            assert rule.up_to <= DOSE_CEILING[rule.change.value]


@settings(max_examples=100, deadline=None)
@given(number=st.one_of(st.integers(), st.floats(allow_nan=False)))
def test_every_number_is_bounded(number: float) -> None:
    raw = json.dumps(_changed("exercises.0.dose.reps", number))
    try:
        loaded = parse_programme(raw, library())
    except ProgrammeFileError:
        return
    assert 1 <= loaded.document.exercises[0].dose.reps <= 50


def test_current_version_is_what_is_written() -> None:
    document = load_programme_file(EXAMPLE, library()).document
    assert programme_to_data(document)["format_version"] == CURRENT_VERSION


def test_the_documented_example_is_a_valid_file() -> None:
    import re

    doc = (Path(__file__).parents[3] / "docs" / "programme-format.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)\n```", doc, re.DOTALL)
    assert block is not None
    assert (
        parse_programme(block.group(1), library()).document
        == load_programme_file(EXAMPLE, library()).document
    )
