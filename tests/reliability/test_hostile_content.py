"""Hostile branding profiles and questionnaire packs are refused whole, in one line naming a field.

Huge numbers, lone surrogates, deep nesting and links escaping the profile's folder: each is
refused by the reader with the field (or line) named, and through the command line nothing is
installed and later commands still work.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.content.branding import BrandingError, read_branding
from companion.content.library import ExerciseLibrary, load_library
from companion.content.questionnaires import QuestionnaireFileError, parse_questionnaire
from companion.content.untrusted_json import MAX_DIGITS
from companion.paths import exercises_dir

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_PACK = (
    REPO / "tests" / "unit" / "content" / "fixtures" / "example_daily_function_check.json"
)
HUGE = "9" * 5000


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def pack() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE_PACK.read_text("utf-8"))
    return data


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )


# --- Questionnaire packs -------------------------------------------------------------------------


def _huge_integer() -> str:
    return re.sub(r'("max": )\d+', rf"\g<1>{HUGE}", json.dumps(pack()), count=1)


def _huge_negative() -> str:
    return re.sub(r'("due_interval_days": )\d+', rf"\g<1>-{HUGE}", json.dumps(pack()), count=1)


def _surrogate_title() -> str:
    return json.dumps({**pack(), "title": "Daily \ud800 check"})  # written as \\ud800


def _surrogate_in_an_option() -> str:
    data = pack()
    data["items"][1]["options"][0]["label"] = "\udfff"
    return json.dumps(data)


def _surrogate_key() -> str:
    return json.dumps(pack())[:-1] + ', "\\ud800": 1}'


def _deep_lists() -> str:
    return "[" * 100_000 + "]" * 100_000


def _deep_objects() -> str:
    return '{"a":' * 20_000 + "1" + "}" * 20_000


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_huge_integer, "score_range.max: is a number of 5000 digits"),
        (_huge_negative, "due_interval_days: is a number of 5000 digits"),
        (_surrogate_title, "title: holds a character that is not text"),
        (_surrogate_in_an_option, "items[1].options[0].label: holds a character that is not text"),
        (_surrogate_key, "file: a field name holds a character that is not text"),
        (_deep_lists, "is nested too deeply"),
        (_deep_objects, "is nested too deeply"),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_hostile_packs_are_refused_naming_the_field(make: Any, expected: str) -> None:
    with pytest.raises(QuestionnaireFileError) as refused:
        parse_questionnaire(make(), "pack.json")
    assert expected in str(refused.value)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("make", [_huge_integer, _surrogate_title, _deep_lists], ids=str)
def test_the_command_installs_nothing_and_list_still_works(
    tmp_path: Path, data_dir: Path, make: Any
) -> None:
    hostile = tmp_path / "hostile.json"
    hostile.write_text(make(), "utf-8")
    added = run("questionnaire", "add", "--data-dir", str(data_dir), str(hostile))
    assert added.returncode == 1
    assert added.stderr.startswith("companion: nothing was added: hostile.json: ")
    assert added.stderr.count("\n") == 1 and "unexpected" not in added.stderr
    assert (
        not list((data_dir / "questionnaires").glob("*"))
        if (data_dir / "questionnaires").exists()
        else True
    )
    listed = run("questionnaire", "list", "--data-dir", str(data_dir))
    assert listed.returncode == 0, listed.stderr


def test_an_installed_pack_with_a_lone_surrogate_is_listed_as_unusable(data_dir: Path) -> None:
    # Left by an older version, which installed such a file and then failed on every listing.
    folder = data_dir / "questionnaires"
    folder.mkdir(parents=True)
    (folder / "old.json").write_text(_surrogate_title(), "utf-8")
    listed = run("questionnaire", "list", "--data-dir", str(data_dir))
    assert listed.returncode == 0, listed.stderr
    assert "old.json" in listed.stdout + listed.stderr
    assert "lone surrogate" in listed.stdout + listed.stderr


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.text(alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), max_size=3),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(field=st.sampled_from(sorted(pack())), value=json_values)
def test_any_value_in_any_field_loads_or_is_refused_in_one_line(field: str, value: object) -> None:
    data = {**pack(), field: value}
    text = json.dumps(data)  # surrogates are written as \\uXXXX escapes, as a hostile file would
    try:
        questionnaire = parse_questionnaire(text, "pack.json")
    except QuestionnaireFileError as error:
        message = str(error)
        assert message.encode("utf-8")  # printable, whatever the file held
        assert len(message) < 2000
    else:
        assert questionnaire.title.encode("utf-8")
    assert MAX_DIGITS < 4300


# --- Branding profiles ---------------------------------------------------------------------------


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    shutil.copytree(REPO / "branding", folder)
    return folder


def _edit(folder: Path, old: str, new: str) -> Path:
    profile = folder / "example-clinic.toml"
    text = profile.read_text(encoding="utf-8")
    assert old in text, old
    profile.write_text(text.replace(old, new, 1), encoding="utf-8")
    return profile


def test_a_logo_link_escaping_the_folder_is_refused(
    profile_dir: Path, tmp_path: Path, library: ExerciseLibrary
) -> None:
    outside = tmp_path / "secret.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', "utf-8")
    logo = profile_dir / "example-clinic" / "logo.svg"
    logo.unlink()
    logo.symlink_to(outside)
    with pytest.raises(BrandingError, match=r"clinic\.logo: .*outside the profile's folder"):
        read_branding(profile_dir / "example-clinic.toml", library)


def test_a_folder_link_escaping_the_profile_is_refused(
    profile_dir: Path, tmp_path: Path, library: ExerciseLibrary
) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.move(profile_dir / "example-clinic", elsewhere)
    (profile_dir / "example-clinic").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(BrandingError, match=r"outside the profile's folder"):
        read_branding(profile_dir / "example-clinic.toml", library)


def test_a_link_inside_the_folder_is_fine(profile_dir: Path, library: ExerciseLibrary) -> None:
    logo = profile_dir / "example-clinic" / "logo.svg"
    shutil.move(logo, profile_dir / "example-clinic" / "real-logo.svg")
    logo.symlink_to("real-logo.svg")
    assert read_branding(profile_dir / "example-clinic.toml", library).logo is not None


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "sitting_break_minutes = 40",
            f"sitting_break_minutes = {HUGE}",
            "a number of 5000 digits",
        ),
        (
            "sitting_break_minutes = 40",
            f"sitting_break_minutes = {'9' * 4000}",
            "reminders.sitting_break_minutes: must be between",
        ),
        (
            "sitting_break_minutes = 40",
            "sitting_break_minutes = 1e999",
            "reminders.sitting_break_minutes",
        ),
        (
            "sitting_break_minutes = 40",
            "sitting_break_minutes = " + "[" * 5000 + "]" * 5000,
            "nested too deeply",
        ),
        (
            "sitting_break_minutes = 40",
            "sitting_break_minutes = " + "{a=" * 5000 + "1" + "}" * 5000,
            "nested too deeply",
        ),
        ('name = "Riverside Back Care"', 'name = "Riverside \\uD800"', "is not valid TOML"),
    ],
)
def test_hostile_profiles_are_refused_in_one_line(
    profile_dir: Path, library: ExerciseLibrary, old: str, new: str, expected: str
) -> None:
    profile = _edit(profile_dir, old, new)
    with pytest.raises(BrandingError) as refused:
        read_branding(profile, library)
    message = str(refused.value)
    assert message.startswith("example-clinic.toml: ")
    assert expected in message
    assert len(message) < 400 and "\n" not in message


toml_scalars = (
    st.integers(min_value=-(10**40), max_value=10**40).map(str)
    | st.floats(allow_nan=True).map(repr)  # nan, inf and 1e+300 are TOML too
    | st.text(max_size=30).map(json.dumps)
    | st.sampled_from(["[", "{", "[[]]", "{a=1}", '"\\uD800"', "1979-05-27", "true"])
)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=120, deadline=None)
@given(
    line=st.sampled_from(
        [
            'name = "Riverside Back Care"',
            "sitting_break_minutes = 40",
            'check_in_time = "19:30"',
            'logo = "example-clinic/logo.svg"',
        ]
    ),
    value=toml_scalars,
)
def test_any_value_in_a_profile_loads_or_is_refused_in_one_line(
    library: ExerciseLibrary, line: str, value: str
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "profile"
        shutil.copytree(REPO / "branding", folder)
        key = line.split(" = ", maxsplit=1)[0]
        profile = _edit(folder, line, f"{key} = {value}")
        try:
            read_branding(profile, library)
        except BrandingError as error:
            message = str(error)
            assert message.startswith("example-clinic.toml: ")
            assert "\n" not in message and len(message) < 600
