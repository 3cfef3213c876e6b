"""Branding at start, over a real store: a new user gets the clinic's values; locks hold them."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from companion.content.branding import plain_branding, read_branding
from companion.content.library import ExerciseLibrary, load_library
from companion.domain.branding import Branding
from companion.domain.changes import Topic
from companion.paths import exercises_dir
from companion.reminders.rules import DailyWindow, ReminderRules
from companion.services.branding import apply_branding
from companion.services.data_store import Store
from companion.services.programmes import (
    active_programme,
    clinician_mode,
    set_clinician_mode,
    start_starter_programme,
)
from companion.services.reminders import load_rules, rules_are_saved, save_rules

EXAMPLE = Path(__file__).resolve().parents[2] / "branding" / "example-clinic.toml"


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


@pytest.fixture(scope="module")
def clinic(library: ExerciseLibrary) -> Branding:
    return read_branding(EXAMPLE, library)


def test_a_new_user_starts_with_the_clinics_programme_and_reminders(
    store: Store, clinic: Branding, library: ExerciseLibrary
) -> None:
    changes = apply_branding(store, clinic, library)
    assert changes.concerns(Topic.REMINDERS)
    programme = active_programme(store)
    assert programme is not None
    assert programme.title == "Riverside desk programme"
    assert programme.document.clinic == "Riverside Physiotherapy (example)"
    assert [item.exercise_id for item in programme.document.exercises] == [
        "movement-snack",
        "standing-back-bend",
        "seated-piriformis-stretch",
    ]
    rules = load_rules(store)
    assert rules.sitting_interval == timedelta(minutes=40)
    assert rules.check_in_time == time(19, 30)
    assert rules.session_times == (time(8), time(13), time(18))
    assert rules.working_hours == (DailyWindow(time(8, 30), time(17, 30)),) * 7
    assert rules.quiet_hours == DailyWindow(time(21, 30), time(7, 30))


def test_a_users_own_choices_stay_but_locked_settings_are_held(
    store: Store, clinic: Branding, library: ExerciseLibrary
) -> None:
    own = ReminderRules(
        sitting_interval=timedelta(minutes=90), check_in_time=time(21, 0), quiet_hours=None
    )
    save_rules(store, own)
    set_clinician_mode(store, True, datetime.now(UTC))
    start_starter_programme(store, library, "flare-up", datetime.now(UTC))
    apply_branding(store, clinic, library)
    rules = load_rules(store)
    assert rules.sitting_interval == timedelta(minutes=40)  # locked by the clinic
    assert rules.check_in_time == time(21, 0)  # not locked: the user's choice stays
    assert rules.quiet_hours is None
    assert not clinician_mode(store)  # locked: the editor is the clinic's
    programme = active_programme(store)
    assert programme is not None
    assert programme.title != "Riverside desk programme"  # a chosen programme is not replaced
    assert not apply_branding(store, clinic, library).topics  # nothing left to change


def test_the_plain_app_changes_nothing(store: Store, library: ExerciseLibrary) -> None:
    assert not apply_branding(store, plain_branding(), library).topics
    assert not rules_are_saved(store)
    assert active_programme(store) is None
