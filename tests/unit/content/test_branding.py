"""Branding profiles: the example reads in full; every kind of mistake is refused by name.

Profiles are files, so these tests read the shipped example and broken copies in `tmp_path`.
"""

from __future__ import annotations

import re
import shutil
import sys
from datetime import time, timedelta
from pathlib import Path, PurePosixPath

import pytest

from companion import APP_NAME
from companion.content.branding import (
    BrandingError,
    bundled_files,
    load_branding,
    plain_branding,
    read_branding,
)
from companion.content.library import ExerciseLibrary, load_library
from companion.domain.branding import HoursOfDay, LockedSetting
from companion.paths import branding_file, content_root, exercises_dir

REPO = Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "branding" / "example-clinic.toml"


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """A copy of the example profile and its files, to break one thing at a time."""
    folder = tmp_path / "profile"
    shutil.copytree(REPO / "branding", folder)
    return folder


def _edit(folder: Path, old: str, new: str) -> Path:
    profile = folder / "example-clinic.toml"
    text = profile.read_text(encoding="utf-8")
    assert old in text, old
    profile.write_text(text.replace(old, new, 1), encoding="utf-8")
    return profile


def test_the_example_profile_gives_every_field(library: ExerciseLibrary) -> None:
    branding = read_branding(EXAMPLE, library)
    assert branding.is_branded
    assert branding.product_name == "Riverside Back Care"
    assert branding.clinic_name == "Riverside Physiotherapy (example)"
    assert branding.contact_line.startswith("01632 960 123")
    assert branding.logo == REPO / "branding" / "example-clinic" / "logo.svg"
    assert branding.default_programme is not None
    assert branding.default_programme.id == "riverside-desk"
    assert branding.default_programme.sitting_break_minutes == 40
    reminders = branding.reminders
    assert reminders.sitting_break == timedelta(minutes=40)
    assert reminders.check_in_time == time(19, 30)
    assert reminders.session_times == (time(8), time(13), time(18))
    assert reminders.working_hours == HoursOfDay(time(8, 30), time(17, 30))
    assert reminders.quiet_hours == HoursOfDay(time(21, 30), time(7, 30))
    assert branding.locked == {
        LockedSetting.SITTING_BREAK,
        LockedSetting.PROGRAMME,
        LockedSetting.CLINICIAN_MODE,
    }
    assert branding.is_locked(LockedSetting.PROGRAMME)
    assert not branding.is_locked(LockedSetting.QUIET_HOURS)
    assert branding.report_footer() == (
        "Riverside Physiotherapy (example) · 01632 960 123 · back@riverside.example · "
        "Mon–Fri 8:00–18:00"
    )
    assert bundled_files(branding) == [
        PurePosixPath("example-clinic/logo.svg"),
        PurePosixPath("example-clinic/riverside-desk.toml"),
    ]


def test_without_a_profile_the_app_is_plain(library: ExerciseLibrary) -> None:
    branding = load_branding(None, library)
    assert branding == plain_branding()
    assert branding.product_name == APP_NAME
    assert not branding.is_branded
    assert branding.report_footer() == ""
    assert branding.about_lines() == ()
    # A source checkout carries no profile; only a branded build has resources/branding.toml.
    assert branding_file() is None


def test_a_minimal_profile_keeps_the_app_defaults(tmp_path: Path, library: ExerciseLibrary) -> None:
    profile = tmp_path / "mini.toml"
    profile.write_text('format = 1\n[product]\nname = "Back Steps"\n', encoding="utf-8")
    branding = read_branding(profile, library)
    assert branding.product_name == "Back Steps"
    assert (branding.clinic_name, branding.logo, branding.default_programme) == ("", None, None)
    assert branding.locked == frozenset()
    assert branding.reminders.sitting_break is None


def test_a_starter_programme_can_be_named_by_id(
    profile_dir: Path, library: ExerciseLibrary
) -> None:
    profile = _edit(
        profile_dir, 'default = "example-clinic/riverside-desk.toml"', 'default = "flare-up"'
    )
    branding = read_branding(profile, library)
    assert branding.default_programme == library.programmes["flare-up"]
    assert branding.default_programme_file is None


def test_sitting_breaks_can_be_switched_off(profile_dir: Path, library: ExerciseLibrary) -> None:
    profile = _edit(profile_dir, "sitting_break_minutes = 40 ", "sitting_break_minutes = 0 ")
    reminders = read_branding(profile, library).reminders
    assert reminders.sitting_breaks_off
    assert reminders.sitting_break is None


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("format = 1", "format = 2", "format: must be 1"),
        ('name = "Riverside Back Care"', 'nme = "x"', "product.nme: unknown key"),
        ("[product]", "[produce]", "produce: unknown key"),
        ('name = "Riverside Back Care"', 'name = ""', "product.name: must not be empty"),
        ('name = "Riverside Back Care"', f'name = "{"x" * 41}"', "longer than 40 characters"),
        ('contact = "01632', 'contact = "line one\\nline two 01632', "control characters"),
        ('logo = "example-clinic/logo.svg"', 'logo = "../logo.svg"', "inside the profile's folder"),
        (
            'logo = "example-clinic/logo.svg"',
            'logo = "/etc/logo.svg"',
            "inside the profile's folder",
        ),
        ('logo = "example-clinic/logo.svg"', 'logo = "example-clinic/gone.svg"', "is not there"),
        ('logo = "example-clinic/logo.svg"', 'logo = "example-clinic/logo.gif"', ".svg or .png"),
        ('default = "example-clinic/riverside-desk.toml"', 'default = "no-such"', "neither"),
        ("sitting_break_minutes = 40 ", "sitting_break_minutes = 5 ", "between 10 and 180"),
        ('check_in_time = "19:30"', 'check_in_time = "7.30pm"', "not a time like"),
        ('check_in_time = "19:30"', "check_in_time = 1930", "must be a time in quotes"),
        ('quiet_hours = ["21:30", "07:30"]', 'quiet_hours = ["21:30"]', "a start and an end"),
        ('quiet_hours = ["21:30", "07:30"]', 'quiet_hours = ["07:30", "07:30"]', "different"),
        ('"08:00", "13:00"', '"08:00", "08:00"', "names the same time twice"),
        ('"programme", "clinician_mode"]', '"volume"]', "'volume' is not a setting"),
    ],
)
def test_mistakes_are_refused_with_the_field_named(
    profile_dir: Path, library: ExerciseLibrary, old: str, new: str, message: str
) -> None:
    profile = _edit(profile_dir, old, new)
    with pytest.raises(BrandingError, match=re.escape(message)) as error:
        read_branding(profile, library)
    assert str(error.value).startswith("example-clinic.toml: ")


def test_a_locked_setting_must_be_given(profile_dir: Path, library: ExerciseLibrary) -> None:
    _edit(profile_dir, 'quiet_hours = ["21:30", "07:30"]', "")
    profile = _edit(profile_dir, "locked = [", 'locked = ["quiet_hours", ')
    with pytest.raises(BrandingError, match=r"locks quiet_hours, but \[reminders\] quiet_hours"):
        read_branding(profile, library)


def test_locking_the_programme_needs_one(profile_dir: Path, library: ExerciseLibrary) -> None:
    profile = _edit(profile_dir, "[programme]\n", "")
    profile = _edit(profile_dir, 'default = "example-clinic/riverside-desk.toml"\n', "")
    with pytest.raises(BrandingError, match=r"locks the programme, but \[programme\] default"):
        read_branding(profile, library)


def test_a_wrong_programme_file_is_refused_with_its_own_problem(
    profile_dir: Path, library: ExerciseLibrary
) -> None:
    programme = profile_dir / "example-clinic" / "riverside-desk.toml"
    programme.write_text(
        programme.read_text(encoding="utf-8").replace("movement-snack", "moonwalk"),
        encoding="utf-8",
    )
    with pytest.raises(BrandingError, match=r"programme file is wrong: .*'moonwalk'"):
        read_branding(profile_dir / "example-clinic.toml", library)


def test_a_logo_that_is_not_an_image_is_refused(
    profile_dir: Path, library: ExerciseLibrary
) -> None:
    (profile_dir / "example-clinic" / "logo.svg").write_text("#!/bin/sh\necho hi\n")
    with pytest.raises(BrandingError, match=r"logo\.svg is not a SVG image"):
        read_branding(profile_dir / "example-clinic.toml", library)


def test_a_profile_that_is_not_toml_is_refused(tmp_path: Path, library: ExerciseLibrary) -> None:
    profile = tmp_path / "broken.toml"
    profile.write_text("format = 1\n[product\n", encoding="utf-8")
    with pytest.raises(BrandingError, match=r"broken\.toml: is not valid TOML"):
        read_branding(profile, library)
    with pytest.raises(BrandingError, match="cannot be read"):
        read_branding(tmp_path / "missing.toml", library)


def test_a_frozen_build_finds_its_profile_in_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: ExerciseLibrary
) -> None:
    """The layout build.spec makes: resources/branding.toml with the profile's files beside it."""
    bundle = tmp_path / "_internal"
    shutil.copytree(REPO / "branding" / "example-clinic", bundle / "resources" / "example-clinic")
    shutil.copyfile(EXAMPLE, bundle / "resources" / "branding.toml")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    content_root.cache_clear()
    try:
        found = branding_file()
        assert found == bundle / "resources" / "branding.toml"
        branding = load_branding(found, library)
        assert branding.clinic_name == "Riverside Physiotherapy (example)"
        assert branding.logo == bundle / "resources" / "example-clinic" / "logo.svg"
        (bundle / "resources" / "branding.toml").unlink()
        assert branding_file() is None
    finally:
        content_root.cache_clear()
