"""Doses that are not n × m: a falling count per set, a hold in phases, a weekly activity, and
each starter item's own times a day; in the library, in programme files and in the timeline."""

from __future__ import annotations

import copy
import shutil
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from companion.content.library import ContentError, ExerciseLibrary, load_library
from companion.content.programme_file import parse_programme, programme_problems, starter_document
from companion.content.programme_writer import programme_to_data
from companion.domain.exercise import HoldPhase
from companion.domain.programme import Prescription, ProgrammeDocument
from companion.domain.session import PlannedExercise, SessionTimeline, Step, segments_for
from companion.paths import exercises_dir


@cache
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def _file_with(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "sciatica-companion-programme",
        "format_version": 3,
        "title": "Test",
        "author": {"name": "A. Physio"},
        "start_date": "2026-01-05",
        "exercises": [item],
    }


# --- The library --------------------------------------------------------------------------


def test_the_curl_up_falls_six_four_two() -> None:
    dose = library().get("modified-curl-up").dose
    assert dose.reps_per_set == (6, 4, 2)
    assert [dose.reps_in_set(n) for n in (1, 2, 3)] == [6, 4, 2]
    assert dose.total_reps == 12


def test_prone_on_elbows_holds_in_two_phases_with_their_own_frames() -> None:
    exercise = library().get("prone-on-elbows")
    phases = exercise.dose.hold_phases
    assert [(p.name, p.seconds, p.frame) for p in phases] == [
        ("Lie flat and relax", 180, "flat"),
        ("On your elbows", 180, "on elbows"),
    ]
    frames = {k.name for k in exercise.figure.keyframes}
    assert {p.frame for p in phases} <= frames
    assert exercise.dose.hold_seconds == exercise.dose.hold_s == 360


def test_water_walking_is_weekly() -> None:
    dose = library().get("water-walking").dose
    assert (dose.times_per_week, dose.times_per_day, dose.is_weekly) == (3, 1, True)


def test_starter_items_keep_their_own_times_a_day() -> None:
    today = date(2026, 1, 5)
    flare = starter_document(library().programme("flare-up"), library(), today)
    times = {p.exercise_id: p.dose.times_per_day for p in flare.exercises}
    assert times["walking"] == 4
    extension = starter_document(library().programme("extension-pathway"), library(), today)
    times = {p.exercise_id: p.dose.times_per_day for p in extension.exercises}
    assert (times["glute-bridge"], times["bird-dog"], times["prone-on-elbows"]) == (1, 1, 3)


def _copied_library(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "exercises"
    shutil.copytree(exercises_dir(), folder)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _edited(name: str, old: str, new: str) -> str:
    text = (exercises_dir() / name).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "modified-curl-up.toml",
            "reps_per_set = [6, 4, 2]",
            "reps_per_set = [6, 4]",
            "modified-curl-up.toml: dose.reps_per_set: gives 2 numbers for 3 sets; "
            "give one for each set",
        ),
        (
            "modified-curl-up.toml",
            "reps_per_set = [6, 4, 2]",
            "reps_per_set = [6, 0, 2]",
            "modified-curl-up.toml: dose.reps_per_set[1]: must be between 1 and 50, not 0",
        ),
        (
            "modified-curl-up.toml",
            "reps_per_set = [6, 4, 2]",
            "reps_per_set = [5, 4, 2]",
            "modified-curl-up.toml: dose.reps: must be the first set's count (5) when "
            "reps_per_set is given",
        ),
        (
            "prone-on-elbows.toml",
            'frame = "on elbows"',
            'frame = "on knees"',
            "prone-on-elbows.toml: dose.hold_phases[1].frame: no keyframe is named 'on knees'",
        ),
        (
            "prone-on-elbows.toml",
            'seconds = 180, frame = "flat"',
            'seconds = 0, frame = "flat"',
            "prone-on-elbows.toml: dose.hold_phases[0].seconds: must be between 1 and 600, not 0",
        ),
        (
            "water-walking.toml",
            "times_per_week = 3",
            "times_per_week = 9",
            "water-walking.toml: dose.times_per_week: must be between 1 and 7, not 9",
        ),
        (
            "water-walking.toml",
            "times_per_day = 1\ntimes_per_week",
            "times_per_day = 2\ntimes_per_week",
            "water-walking.toml: dose.times_per_week: goes with times_per_day = 1",
        ),
        (
            "programmes/flare-up.toml",
            "times_per_day = 4",
            "times_per_day = 40",
            "flare-up.toml: items[4].times_per_day: must be between 1 and 12, not 40",
        ),
        (
            "programmes/flare-up.toml",
            "dose = { minutes = 3 }",
            "dose = { minutes = 3, times_per_day = 2 }",
            "flare-up.toml: items[4].dose.times_per_day: give times_per_day once, on the item",
        ),
    ],
)
def test_a_bad_dose_shape_is_refused_by_file_and_field(
    tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    folder = _copied_library(tmp_path, name, _edited(name, old, new))
    with pytest.raises(ContentError) as raised:
        load_library(folder)
    assert message in str(raised.value)


# --- Programme files ------------------------------------------------------------------------


def test_new_dose_fields_round_trip_through_a_programme_file() -> None:
    document = ProgrammeDocument(
        title="Round trip",
        author="A. Physio",
        start_date=date(2026, 1, 5),
        exercises=(
            Prescription("modified-curl-up", library().get("modified-curl-up").dose),
            Prescription("prone-on-elbows", library().get("prone-on-elbows").dose),
            Prescription(
                "water-walking",
                library().get("water-walking").dose,
                days=frozenset({1, 3, 5, 6}),
            ),
        ),
    )
    data = programme_to_data(document)
    assert data["exercises"][0]["dose"]["reps_per_set"] == [6, 4, 2]
    assert data["exercises"][1]["dose"]["hold_phases"][1] == {
        "name": "On your elbows",
        "seconds": 180,
        "frame": "on elbows",
    }
    assert data["exercises"][2]["times_per_week"] == 3
    import json

    loaded = parse_programme(json.dumps(data), library()).document
    for before, after in zip(document.exercises, loaded.exercises, strict=True):
        assert after.dose == replace(before.dose, note="")
        assert after.days == before.days


_CURL = {"exercise": "modified-curl-up", "dose": {"sets": 3, "reps": 6, "reps_per_set": [6, 4, 2]}}
_PRONE = {
    "exercise": "prone-on-elbows",
    "dose": {
        "sets": 1,
        "reps": 1,
        "hold_phases": [{"name": "Lie flat", "seconds": 120}, {"name": "Up", "seconds": 120}],
    },
}


def _spoil(item: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    spoiled = copy.deepcopy(item)
    where: Any = spoiled
    keys = path.split(".")
    for key in keys[:-1]:
        where = where[key]
    where[keys[-1]] = value
    return _file_with(spoiled)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_spoil(_CURL, "dose.reps_per_set", [6, 4]), "exercises[0].dose.reps_per_set: gives 2"),
        (_spoil(_CURL, "dose.reps_per_set", [6, 0, 2]), "exercises[0].dose.reps_per_set[1]"),
        (_spoil(_CURL, "dose.reps", 5), "exercises[0].dose.reps: must be the first set's count"),
        (
            _spoil(
                _CURL,
                "progression",
                [{"change": "reps", "step": 1, "after_sessions": 3, "up_to": 8}],
            ),
            "exercises[0].progression[0].change: reps cannot progress with a falling count",
        ),
        (
            _spoil(_PRONE, "dose.hold_s", 100),
            "exercises[0].dose.hold_s: must be the phases' total (240)",
        ),
        (
            _spoil(_PRONE, "dose.hold_phases", [{"name": "Only", "seconds": 60}]),
            "exercises[0].dose.hold_phases",
        ),
        (
            _spoil(
                _PRONE,
                "dose.hold_phases",
                [{"name": "A", "seconds": 60, "frame": "nope"}, {"name": "B", "seconds": 60}],
            ),
            "exercises[0].dose.hold_phases[0].frame: no keyframe of 'prone-on-elbows' is named",
        ),
        (
            _spoil(
                {
                    "exercise": "water-walking",
                    "dose": {"sets": 1, "reps": 1, "minutes": 20},
                    "days": ["mon"],
                },
                "times_per_week",
                3,
            ),
            "exercises[0].times_per_week: asks for 3 times a week on only 1 day(s)",
        ),
        (
            _spoil(
                {
                    "exercise": "water-walking",
                    "dose": {"sets": 1, "reps": 1, "minutes": 20},
                    "times_per_day": 2,
                },
                "times_per_week",
                2,
            ),
            "exercises[0].times_per_week: goes with times_per_day = 1",
        ),
    ],
)
def test_bad_dose_shapes_in_a_programme_file_name_their_field(
    data: dict[str, Any], message: str
) -> None:
    problems = programme_problems(data, library())
    assert any(message in p for p in problems), problems


# --- Due days ------------------------------------------------------------------------------


def test_a_weekly_activity_is_due_until_done_enough_that_week() -> None:
    item = Prescription("water-walking", library().get("water-walking").dose)
    monday = date(2026, 1, 5)
    friday = monday + timedelta(days=4)
    assert item.is_due(monday)
    assert item.is_due(friday, done_on={monday, monday + timedelta(days=2)})
    assert item.is_due(friday, done_on={friday})  # done today: still today's, shown done
    three = {monday, monday + timedelta(days=1), monday + timedelta(days=2)}
    assert not item.is_due(friday, done_on=three)
    assert item.is_due(monday + timedelta(days=7), done_on=three)  # a new week
    assert item.weekly_target == 3
    daily = Prescription("walking", library().get("walking").dose)
    assert daily.is_due(monday, done_on=three | {monday})
    assert daily.weekly_target == 7 * daily.dose.times_per_day
    document = ProgrammeDocument("Weekly", (item, daily))
    assert document.sessions_on(monday) == daily.dose.times_per_day  # weekly adds no session


# --- The timeline -------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _run_to(timeline: SessionTimeline, clock: FakeClock, seconds: float) -> None:
    while clock.now < seconds and timeline.step is not Step.RESPONSE:
        clock.now += 0.5
        timeline.tick()


def test_each_set_counts_down_its_own_number() -> None:
    curl = PlannedExercise("modified-curl-up", library().get("modified-curl-up").dose)
    segments = segments_for(curl)
    assert sum(s.ends_rep for s in segments) == 12
    clock = FakeClock()
    timeline = SessionTimeline([curl], clock)
    timeline.start()
    seen: dict[int, int] = {}
    while timeline.step is not Step.RESPONSE:
        clock.now += 0.5
        timeline.tick()
        moment = timeline.moment()
        if moment.rep_number:
            seen[moment.set_number] = moment.rep_count
            assert moment.rep_number <= moment.rep_count
    assert seen == {1: 6, 2: 4, 3: 2}
    assert timeline.progress[0].reps == 12


def test_a_hold_in_phases_counts_each_phase_down_in_order() -> None:
    dose = replace(
        library().get("prone-on-elbows").dose,
        hold_phases=(HoldPhase("Lie flat", 30, "flat"), HoldPhase("On elbows", 20, "on elbows")),
        hold_s=50,
    )
    clock = FakeClock()
    timeline = SessionTimeline([PlannedExercise("prone-on-elbows", dose)], clock)
    timeline.start()
    names: list[str] = []
    cues = []
    while timeline.step is not Step.RESPONSE:
        clock.now += 0.5
        cues += timeline.tick().cues
        moment = timeline.moment()
        if moment.hold_phase is not None and (not names or names[-1] != moment.hold_phase.name):
            names.append(moment.hold_phase.name)
            assert moment.countdown == {"Lie flat": 30, "On elbows": 20}[moment.hold_phase.name]
            assert moment.hold_phase_count == 2
    assert names == ["Lie flat", "On elbows"]
    assert [c.value for c in cues].count("start") == 2  # the start, then the second phase
    assert timeline.progress[0].hold_seconds == pytest.approx(50, abs=0.6)
