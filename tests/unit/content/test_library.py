"""The exercise library: every shipped file loads and cross-checks; bad files are refused clearly.

The unit here is a file loader, so these tests read real files: the shipped `exercises/` folder
and hostile copies written to `tmp_path`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.content.library import (
    MAX_FILE_BYTES,
    SHORT_NAME_MAX,
    ContentError,
    ExerciseLibrary,
    load_library,
    read_exercise,
)
from companion.domain.exercise import (
    Bias,
    Category,
    ClearanceCondition,
    Dose,
    Position,
    ProgrammeItem,
    SidesMode,
)
from companion.domain.illustration.motion import rep_pose
from companion.domain.illustration.pose import BOX_HEIGHT, BOX_WIDTH, FLOOR_Y, FigureView
from companion.domain.illustration.scene import Tone, bounds, draw_scene

EXERCISES = Path(__file__).resolve().parents[3] / "exercises"
STARTER_PROGRAMMES = {
    "gentle-start",
    "flexion-pathway",
    "extension-pathway",
    "desk-worker",
    "flare-up",
}
SPREAD_RULE = re.compile(r"spreads? further down your leg", re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(EXERCISES)


# --- the shipped library ----------------------------------------------------------------------


def test_the_library_has_the_catalogue_in_every_category(library: ExerciseLibrary) -> None:
    assert len(library) >= 25
    assert {e.category for e in library} == set(Category)
    assert len(library.in_category(Category.STRENGTH)) >= 8


def test_every_file_is_named_after_its_id(library: ExerciseLibrary) -> None:
    files = {p.stem for p in EXERCISES.glob("*.toml") if "." not in p.stem}  # not overlays
    assert files == set(library.exercises)


def test_every_easier_and_harder_id_names_another_exercise(library: ExerciseLibrary) -> None:
    for exercise in library:
        for other in (*exercise.easier, *exercise.harder):
            assert other in library, f"{exercise.id} points at missing {other}"
            assert other != exercise.id


def test_progressions_do_not_contradict_each_other(library: ExerciseLibrary) -> None:
    # If A lists B as harder, B must not list A as harder too.
    for exercise in library:
        for other in exercise.harder:
            assert exercise.id not in library.get(other).harder, (exercise.id, other)
        for other in exercise.easier:
            assert exercise.id not in library.get(other).easier, (exercise.id, other)


def test_links_between_exercises_run_both_ways(library: ExerciseLibrary) -> None:
    """The player's "worse: try the easier version" and the progression suggestions read these
    links from either end, so each is written on both exercises."""
    one_way = [
        f"{e.id} -> {other}"
        for e in library
        for other, back in [(h, library.get(h).easier) for h in e.harder]
        + [(s, library.get(s).harder) for s in e.easier]
        if e.id not in back
    ]
    assert one_way == []


def test_most_exercises_have_an_easier_or_harder_neighbour(library: ExerciseLibrary) -> None:
    linked = {e.id for e in library if e.easier or e.harder}
    # Posture habits, rest positions and a few stretches have no easier or harder version here.
    alone = {
        "chin-tuck", "sitting-setup", "log-roll", "movement-snack", "rest-positions",
        "hip-flexor-stretch", "knee-rolls", "standing-back-bend", "stationary-cycling",
    }  # fmt: skip
    assert {e.id for e in library} - linked == alone


def test_names_fit_their_buttons_and_steps_are_short(library: ExerciseLibrary) -> None:
    for exercise in library:
        assert len(exercise.short_name) <= SHORT_NAME_MAX
        assert 2 <= len(exercise.steps) <= 8, exercise.id
        for step in exercise.steps:
            assert len(step) <= 120, (exercise.id, step)
            assert step.endswith((".", ":", "?")), (exercise.id, step)


def test_movement_exercises_stop_when_leg_symptoms_spread(library: ExerciseLibrary) -> None:
    moving = {Category.STRETCH, Category.NERVE_MOBILITY, Category.STRENGTH, Category.AEROBIC}
    for exercise in library:
        if exercise.category in moving:
            assert any(SPREAD_RULE.search(rule) for rule in exercise.stop_rules), exercise.id


def test_timed_activities_use_minutes(library: ExerciseLibrary) -> None:
    for exercise in library.in_category(Category.AEROBIC):
        assert exercise.dose.is_timed, exercise.id


def test_positions_match_the_figures_props(library: ExerciseLibrary) -> None:
    for exercise in library:
        props = {p.value for p in exercise.figure.props}
        if exercise.position in (Position.LYING_BACK, Position.LYING_FRONT, Position.HANDS_KNEES):
            assert "mat" in props, exercise.id
        if exercise.position is Position.SITTING:
            assert props & {"chair", "bike"}, exercise.id


def test_every_keyframe_stays_in_the_box_and_on_the_floor(library: ExerciseLibrary) -> None:
    body = {Tone.NEAR, Tone.FAR, Tone.BODY, Tone.FACE}
    for exercise in library:
        figure = exercise.figure
        for step in range(21):
            pose = rep_pose(figure, step / 20)
            low_x, low_y, high_x, high_y = bounds(
                [s for s in draw_scene(figure, pose) if s.tone in body]
            )
            where = f"{exercise.id} at u={step / 20}"
            assert low_x >= 0 and high_x <= BOX_WIDTH and high_y <= BOX_HEIGHT, where
            if figure.view is not FigureView.ABOVE:
                # A little sinking into a mat is fine; a foot through the floor is not.
                assert low_y >= FLOOR_Y - 0.025, where


def test_the_starter_programmes_are_all_there(library: ExerciseLibrary) -> None:
    assert set(library.programmes) == STARTER_PROGRAMMES
    for programme in library.programmes.values():
        assert programme.items
        for item in programme.items:
            assert item.exercise_id in library


def test_programme_dose_overrides_change_only_what_they_name(library: ExerciseLibrary) -> None:
    flare = library.programme("flare-up")
    walk = next(i for i in flare.items if i.exercise_id == "walking")
    default = library.get("walking").dose
    dose = library.dose_for(walk)
    assert dose.minutes == 3 and dose.times_per_day == 4
    assert (dose.sets, dose.reps, dose.sides) == (default.sets, default.reps, default.sides)
    plain = ProgrammeItem("walking")
    assert library.dose_for(plain) == default


def test_pathways_lean_the_way_they_say(library: ExerciseLibrary) -> None:
    for programme_id, avoided in (
        ("flexion-pathway", "extension"),
        ("extension-pathway", "flexion"),
    ):
        for item in library.programme(programme_id).items:
            assert library.get(item.exercise_id).bias.value != avoided, (programme_id, item)


def test_search_finds_by_words_and_puts_name_matches_first(library: ExerciseLibrary) -> None:
    found = [e.id for e in library.search("Knee CHEST")]
    assert found[:2] == ["knee-to-chest-double", "knee-to-chest-single"]
    assert library.search("no such exercise anywhere") == []
    assert {e.id for e in library.search("bridge")} >= {"glute-bridge"}


def test_lookup_of_an_unknown_id_raises_key_error(library: ExerciseLibrary) -> None:
    with pytest.raises(KeyError):
        library.get("cartwheel")
    assert "cartwheel" not in library


# --- hostile and broken files -----------------------------------------------------------------

GOOD = """\
id = "test-move"
name = "Test move"
short_name = "Test"
category = "strength"
bias = "neutral"
position = "lying_back"
equipment = ["mat"]
summary = "A move for tests."
steps = ["Do the thing."]
cautions = []
stop_rules = ["Stop if pain, tingling or numbness spreads further down your leg."]
easier = []
harder = []
evidence = "None; a test."
clearance = ["pregnancy"]

[dose]
sets = 1
reps = 10
hold_s = 5
rest_s = 0
sides = "each"
times_per_day = 1

[figure]
view = "side"
props = ["mat"]

[[figure.keyframes]]
name = "start"
contacts = { floor = ["head", "trunk", "pelvis", "foot_near"] }
pelvis = [0.9, 0.14]
trunk = -90
leg_near = { hip = 45, knee = 95, ankle = 40 }

[[figure.keyframes]]
name = "end"
contacts = { floor = ["head", "trunk", "pelvis"] }
leg_near = { hip = 90 }
"""


def write(folder: Path, text: str, name: str = "test-move.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(folder: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_library(folder)
    return str(caught.value)


def test_the_good_template_loads_and_keyframes_inherit(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    library = load_library(tmp_path)
    move = library.get("test-move")
    assert move.dose == Dose(sets=1, reps=10, hold_s=5, sides=SidesMode.EACH)
    start, end = (k.pose for k in move.figure.keyframes)
    assert end.trunk == start.trunk == -90
    assert end.leg_near.hip == 90 and end.leg_near.knee == 95
    assert library.programmes == {}
    assert move.clearance == {ClearanceCondition.PREGNANCY}


@pytest.mark.parametrize(
    ("old", "new", "field", "problem"),
    [
        ("reps = 10", "reps = 500", "dose.reps", "between 1 and 50"),
        ("reps = 10", 'reps = "ten"', "dose.reps", "whole number"),
        ("reps = 10", "reps = true", "dose.reps", "whole number"),
        ("reps = 10", "reps = 10.5", "dose.reps", "whole number"),
        ("sets = 1", "sets = 0", "dose.sets", "between 1 and 10"),
        ("hold_s = 5", "hold_s = 601", "dose.hold_s", "between 0 and 600"),
        ("hold_s = 5", "hold_s = -1", "dose.hold_s", "between 0 and 600"),
        ('sides = "each"', 'sides = "both"', "dose.sides", "one of one, each, alternate"),
        ("times_per_day = 1", "times_per_day = 1\nsecret = 1", "dose.secret", "unknown key"),
        ("times_per_day = 1\n", "", "dose.times_per_day", "missing"),
        ('category = "strength"', 'category = "magic"', "category", "must be one of"),
        ('bias = "neutral"', "bias = 3", "bias", "must be one of"),
        (
            'short_name = "Test"',
            'short_name = "A name far too long for a button"',
            "short_name",
            "longer than 24",
        ),
        ('name = "Test move"', 'name = "   "', "name", "must not be empty"),
        ('steps = ["Do the thing."]', "steps = []", "steps", "1 to 12 entries"),
        ('steps = ["Do the thing."]', 'steps = ["ok", 3]', "steps[1]", "must be text"),
        ('steps = ["Do the thing."]', 'steps = "Do the thing."', "steps", "list of text"),
        ('equipment = ["mat"]', 'equipment = ["mat", "mat"]', "equipment", "twice"),
        ('equipment = ["mat"]', 'equipment = ["trampoline"]', "equipment[0]", "must be one of"),
        ("harder = []", 'harder = ["test-move"]', "harder", "the exercise itself"),
        ("harder = []", 'harder = ["Not An Id"]', "harder[0]", "must be an id"),
        (
            'stop_rules = ["Stop if pain, tingling or numbness spreads further down your leg."]',
            "stop_rules = []",
            "stop_rules",
            "1 to 12 entries",
        ),
        ('id = "test-move"', 'id = "other-move"', "id", "must match the file name"),
        (
            'evidence = "None; a test."\n',
            'evidence = "None; a test."\nscript = "rm -rf /"\n',
            "script",
            "unknown key",
        ),
        ('evidence = "None; a test."\n', "", "evidence", "missing"),
        ('clearance = ["pregnancy"]\n', "", "clearance", "missing"),
        ('clearance = ["pregnancy"]', 'clearance = ["flu"]', "clearance[0]", "must be one of"),
        ('clearance = ["pregnancy"]', 'clearance = "pregnancy"', "clearance", "must be a list"),
        (
            'clearance = ["pregnancy"]',
            'clearance = ["pregnancy", "pregnancy"]',
            "clearance",
            "twice",
        ),
        (
            'summary = "A move for tests."',
            'summary = "bell\\u0007"',
            "summary",
            "control characters",
        ),
        ('view = "side"', 'view = "top"', "figure.view", "one of side, front, above"),
        ('props = ["mat"]', 'props = ["trampoline"]', "figure.props[0]", "one of"),
        ("trunk = -90", "trunk = 900", "figure.keyframes[0].trunk", "between -180 and 180"),
        ("trunk = -90", "trunk = nan", "figure.keyframes[0].trunk", "between"),
        ("trunk = -90", "trunk = inf", "figure.keyframes[0].trunk", "between"),
        ("hip = 90 }", "hip = 400 }", "figure.keyframes[1].leg_near.hip", "between"),
        ("hip = 90 }", "hip = 90, toe = 3 }", "figure.keyframes[1].leg_near.toe", "unknown key"),
        (
            "pelvis = [0.9, 0.14]",
            "pelvis = [0.9]",
            "figure.keyframes[0].pelvis",
            "list of 2 numbers",
        ),
        (
            "pelvis = [0.9, 0.14]",
            "pelvis = [9.0, 0.14]",
            "figure.keyframes[0].pelvis[0]",
            "between",
        ),
        ("pelvis = [0.9, 0.14]\n", "", "figure.keyframes[0].pelvis", "missing"),
        ('name = "end"', 'name = "start"', "figure.keyframes", "share a name"),
        (
            "leg_near = { hip = 45, knee = 95, ankle = 40 }",
            "leg_near = { hip = 45, scale = [2, 1, 1] }",
            "figure.keyframes[0].leg_near.scale[0]",
            "between",
        ),
    ],
)
def test_a_bad_field_is_refused_naming_file_and_field(
    tmp_path: Path, old: str, new: str, field: str, problem: str
) -> None:
    assert old in GOOD
    write(tmp_path, GOOD.replace(old, new, 1))
    message = refused(tmp_path)
    assert message.startswith(f"test-move.toml: {field}: "), message
    assert problem in message


def test_a_missing_cross_reference_is_refused(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("easier = []", 'easier = ["no-such-move"]'))
    message = refused(tmp_path)
    assert message == "test-move.toml: easier: no exercise has the id 'no-such-move'"


def test_an_id_both_easier_and_harder_is_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        GOOD.replace("easier = []", 'easier = ["x"]').replace("harder = []", 'harder = ["x"]'),
    )
    assert "both easier and harder" in refused(tmp_path)


def test_broken_toml_is_refused_with_the_parser_reason(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("reps = 10", "reps = = 10"))
    assert refused(tmp_path).startswith("test-move.toml: is not valid TOML")


def test_non_utf8_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "test-move.toml").write_bytes(
        GOOD.encode("utf-8").replace(b"Test move", b"Test \xff")
    )
    assert refused(tmp_path) == "test-move.toml: is not UTF-8 text"


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    write(tmp_path, GOOD + "# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    assert "larger than" in refused(tmp_path)


def test_too_many_keyframes_are_refused(tmp_path: Path) -> None:
    extra = "".join(f'\n[[figure.keyframes]]\nname = "k{i}"\n' for i in range(8))
    write(tmp_path, GOOD + extra)
    assert "figure.keyframes: must be a list of 1 to 8" in refused(tmp_path)


def test_a_missing_or_empty_folder_is_refused(tmp_path: Path) -> None:
    assert "missing" in refused(tmp_path / "nowhere")
    assert "no exercise files" in refused(tmp_path)


PROGRAMME = """\
id = "mine"
name = "Mine"
description = "A test programme."
sessions_per_day = 2
sitting_break_minutes = 30

[[items]]
exercise = "test-move"
dose = { reps = 4 }
note = "Gently."
"""


def test_a_programme_loads_with_its_override_merged(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    (tmp_path / "programmes").mkdir()
    write(tmp_path / "programmes", PROGRAMME, "mine.toml")
    library = load_library(tmp_path)
    item = library.programme("mine").items[0]
    assert item.dose is not None
    assert (item.dose.reps, item.dose.hold_s, item.dose.sides) == (4, 5, SidesMode.EACH)
    assert item.note == "Gently."


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'exercise = "test-move"',
            'exercise = "moonwalk"',
            "mine.toml: items[0].exercise: no exercise has the id 'moonwalk'",
        ),
        (
            "dose = { reps = 4 }",
            "dose = { reps = 99 }",
            "mine.toml: items[0].dose.reps: must be between 1 and 50, not 99",
        ),
        (
            "dose = { reps = 4 }",
            'dose = { reps = 4, run = "x" }',
            "mine.toml: items[0].dose.run: unknown key",
        ),
        (
            "sessions_per_day = 2",
            "sessions_per_day = 50",
            "mine.toml: sessions_per_day: must be between 1 and 12, not 50",
        ),
        (
            "sitting_break_minutes = 30",
            "sitting_break_minutes = 1",
            "mine.toml: sitting_break_minutes: must be between 10 and 180, not 1",
        ),
        (
            'id = "mine"',
            'id = "yours"',
            "mine.toml: id: must match the file name ('mine'), not 'yours'",
        ),
    ],
)
def test_a_bad_programme_is_refused(tmp_path: Path, old: str, new: str, expected: str) -> None:
    write(tmp_path, GOOD)
    (tmp_path / "programmes").mkdir()
    write(tmp_path / "programmes", PROGRAMME.replace(old, new), "mine.toml")
    assert refused(tmp_path) == expected


def test_read_exercise_reads_one_file_without_cross_checks(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("easier = []", 'easier = ["elsewhere"]'))
    assert read_exercise(path).easier == ("elsewhere",)


def test_every_shipped_exercise_states_its_clearance_conditions(library: ExerciseLibrary) -> None:
    by_id = {e.id: e.clearance for e in library}
    # Later pregnancy: no lying face down; osteoporosis: no loaded flexion or twisting.
    assert ClearanceCondition.PREGNANCY in by_id["prone-press-up"]
    assert ClearanceCondition.FRACTURE_OR_OSTEOPOROSIS in by_id["modified-curl-up"]
    assert ClearanceCondition.HIP_REPLACEMENT in by_id["figure-four-stretch"]
    # Walking and rest positions stay open to everyone.
    assert by_id["walking"] == by_id["rest-positions"] == frozenset()


def test_the_default_programme_and_the_desk_set_are_neutral(library: ExerciseLibrary) -> None:
    for starter_id in ("gentle-start", "desk-worker"):
        biases = {library.get(i.exercise_id).bias for i in library.programme(starter_id).items}
        assert biases == {Bias.NEUTRAL}, starter_id
