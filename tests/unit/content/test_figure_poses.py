"""Pose geometry of every exercise figure: what the file says touches a surface touches it, no
joint goes where a body cannot, and nothing sinks below the floor, in every keyframe and in the
steps the player tweens between them."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.content.library import ContentError, ExerciseLibrary, load_library, read_exercise
from companion.domain.exercise import Exercise
from companion.domain.illustration.contacts import contact_gap, surface_level
from companion.domain.illustration.motion import forward_kinematics, rep_pose
from companion.domain.illustration.pose import (
    CHEST_WIDTH,
    CONTACT_TOLERANCE,
    HEAD_RADIUS,
    HUMAN_RANGES,
    PELVIS_RADIUS,
    TRUNK_WIDTH,
    BodyPart,
    Contact,
    FigureView,
    Pose,
    Surface,
)
from companion.domain.illustration.scene import Circle, Segment, Tone, bounds, draw_pose, draw_scene
from companion.paths import exercises_dir

LIBRARY: ExerciseLibrary = load_library(exercises_dir())
EXERCISES = sorted(LIBRARY, key=lambda e: e.id)
BODY_TONES = {Tone.NEAR, Tone.BODY, Tone.FAR, Tone.FACE}
STEPS = 24  # poses checked along one repetition, keyframes included
# Between keyframes the player mixes angles, not positions, so a hand sliding along the floor
# dips a little on its way (2-D joints cannot slide); the keyframes themselves are held to
# CONTACT_TOLERANCE.
TWEEN_DIP = 0.045


def _keyframes() -> Iterator[tuple[str, Exercise, int]]:
    for exercise in EXERCISES:
        for index, keyframe in enumerate(exercise.figure.keyframes):
            yield f"{exercise.id}:{keyframe.name}", exercise, index


KEYFRAMES = list(_keyframes())


def _rep(exercise: Exercise) -> list[Pose]:
    figure = exercise.figure
    return [rep_pose(figure, i / STEPS) for i in range(STEPS + 1)] + [
        k.pose for k in figure.keyframes
    ]


@pytest.mark.parametrize(
    ("exercise", "index"), [(e, i) for _, e, i in KEYFRAMES], ids=[k for k, _, _ in KEYFRAMES]
)
def test_every_declared_contact_touches_its_surface(exercise: Exercise, index: int) -> None:
    figure = exercise.figure
    keyframe = figure.keyframes[index]
    assert keyframe.contacts, "every keyframe says what it rests on"
    off = {}
    for contact in keyframe.contacts:
        gap = contact_gap(figure, keyframe.pose, contact)
        if gap is not None and abs(gap) > CONTACT_TOLERANCE:
            off[f"{contact.part}->{contact.surface}"] = round(gap, 3)
    assert not off, f"parts off their surface (+ floats, - sinks): {off}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
def test_joints_stay_within_human_ranges(exercise: Exercise) -> None:
    if exercise.figure.view is not FigureView.SIDE:
        pytest.skip("front and above views use drawing angles in the frontal plane")
    wrong = set()
    for pose in _rep(exercise):
        # A limb drawn shortened points out of the picture: its angles are a projection, not
        # the joint's (a leg crossed over the other knee), so only limbs in the plane count.
        arms = [a for a in (pose.arm_near, pose.arm_far) if min(a.upper_scale, a.fore_scale) == 1]
        legs = [
            leg
            for leg in (pose.leg_near, pose.leg_far)
            if min(leg.thigh_scale, leg.shin_scale, leg.foot_scale) == 1
        ]
        angles = {
            "spine_bend": [pose.spine_bend],
            "neck": [pose.neck],
            "head": [pose.head],
            "shoulder": [a.shoulder for a in arms],
            "elbow": [a.elbow for a in arms],
            "hip": [leg.hip for leg in legs],
            "knee": [leg.knee for leg in legs],
            "ankle": [leg.ankle for leg in legs],
        }
        for name, values in angles.items():
            low, high = HUMAN_RANGES[name]
            wrong |= {f"{name}={v:g}" for v in values if not low <= v <= high}
    assert not wrong, f"beyond what a body does: {sorted(wrong)}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
def test_nothing_goes_below_the_floor(exercise: Exercise) -> None:
    figure = exercise.figure
    floor = surface_level(figure, Surface.FLOOR)
    if floor is None:
        pytest.skip("seen from above there is no floor line")

    def lowest(pose: Pose) -> float:
        return bounds([s for s in draw_pose(pose, figure.view) if s.tone in BODY_TONES])[1]

    for keyframe in figure.keyframes:
        assert lowest(keyframe.pose) >= floor - CONTACT_TOLERANCE, keyframe.name
    assert min(lowest(pose) for pose in _rep(exercise)) >= floor - TWEEN_DIP


def test_a_contact_that_floats_is_measured_as_a_gap() -> None:
    bridge = LIBRARY.get("glute-bridge").figure
    up = bridge.keyframes[-1].pose
    # In the bridge's "up" position the pelvis is lifted well clear of the mat.
    gap = contact_gap(bridge, up, Contact(BodyPart.PELVIS, Surface.FLOOR))
    assert gap is not None and gap > 0.1


# --- the strict loader -----------------------------------------------------------------------


def _exercise_file(tmp_path: Path, frame: str, props: str = '["mat"]') -> Path:
    source = (exercises_dir() / "glute-bridge.toml").read_text(encoding="utf-8")
    head = source.split("[figure]")[0]
    path = tmp_path / "glute-bridge.toml"
    path.write_text(
        head + f'[figure]\nview = "side"\nprops = {props}\n\n[[figure.keyframes]]\n'
        f'name = "down"\npelvis = [0.95, 0.14]\ntrunk = -90\n{frame}\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("frame", "props", "message"),
    [
        ("", '["mat"]', "glute-bridge.toml: figure.keyframes[0].contacts: is missing"),
        (
            'contacts = { ceiling = ["head"] }',
            '["mat"]',
            "figure.keyframes[0].contacts.ceiling: is not a surface: use floor, bed, chair, "
            "wall, saddle",
        ),
        (
            'contacts = { floor = ["elbow"] }',
            '["mat"]',
            "figure.keyframes[0].contacts.floor[0]: must be one of head, trunk, pelvis",
        ),
        (
            'contacts = { chair = ["pelvis"] }',
            '["mat"]',
            "figure.keyframes[0].contacts.chair: the figure draws no chair: add 'chair' to "
            "figure.props",
        ),
        ('contacts = ["floor"]', '["mat"]', "contacts: must be a table of surfaces"),
    ],
)
def test_the_loader_refuses_bad_contacts_in_one_sentence(
    tmp_path: Path, frame: str, props: str, message: str
) -> None:
    with pytest.raises(ContentError) as raised:
        read_exercise(_exercise_file(tmp_path, frame, props))
    assert message in str(raised.value)


def test_the_loader_reads_contacts_per_surface(tmp_path: Path) -> None:
    path = _exercise_file(tmp_path, 'contacts = { floor = ["head", "foot_near"] }')
    keyframe = read_exercise(path).figure.keyframes[0]
    assert keyframe.contacts == (
        Contact(BodyPart.HEAD, Surface.FLOOR),
        Contact(BodyPart.FOOT_NEAR, Surface.FLOOR),
    )


# --- the figures a clinical review found wrong (issue 17) ------------------------------------


def _angle(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def _off_line(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far p lies from the line through a and b."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    return abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / math.dist(a, b)


def test_the_bridge_holds_shoulders_hips_and_knees_in_one_line() -> None:
    up = LIBRARY.get("glute-bridge").figure.keyframes[-1].pose
    j = forward_kinematics(up)
    trunk = _angle(j.shoulder, j.pelvis)
    thigh = _angle(j.pelvis, j.leg_near.knee)
    assert abs(trunk - thigh) <= 3, "the hips sit above the shoulder-knee line: an over-arch"
    assert up.pelvis_y > 0.22  # and the hips are up


def test_the_pelvic_tilt_flattens_a_visible_curve_and_shows_an_arrow() -> None:
    figure = LIBRARY.get("pelvic-tilt").figure
    floor = surface_level(figure, Surface.FLOOR)
    assert floor is not None

    def waist_gap(pose: Pose) -> float:
        return forward_kinematics(pose).waist[1] - TRUNK_WIDTH / 2 - floor

    rest, tilt = (k.pose for k in figure.keyframes)
    assert waist_gap(rest) > 0.025  # the small of the back off the mat
    assert abs(waist_gap(tilt)) < 0.01  # pressed flat onto it
    cues = [[s for s in draw_scene(figure, p) if s.tone is Tone.CUE] for p in (rest, tilt)]
    assert cues[0] == [] and len(cues[1]) == 3  # an arrow: shaft and two barbs


def test_bracing_pulses_on_the_belly() -> None:
    figure = LIBRARY.get("abdominal-bracing").figure
    rings = [
        [s for s in draw_scene(figure, rep_pose(figure, u)) if s.tone is Tone.CUE]
        for u in (0.0, 0.25, 0.5)
    ]
    assert rings[0] == []
    assert all(isinstance(s, Circle) and s.outline for s in rings[2])
    assert rings[1][0].radius < rings[2][0].radius  # the rings swell into the brace
    belly = forward_kinematics(figure.keyframes[-1].pose)
    assert belly.leg_near.hip[0] > rings[2][0].centre[0] > belly.waist[0]


def test_the_hip_hinge_draws_the_broom_on_head_shoulder_blades_and_tailbone() -> None:
    figure = LIBRARY.get("hip-hinge").figure
    for keyframe in figure.keyframes:
        j = forward_kinematics(keyframe.pose)
        broom = [s for s in draw_scene(figure, keyframe.pose) if s.tone is Tone.PROP]
        assert len(broom) == 1 and isinstance(broom[0], Segment), keyframe.name
        a, b = broom[0].start, broom[0].end
        assert _off_line(j.head, a, b) == pytest.approx(HEAD_RADIUS, abs=0.015)
        assert _off_line(j.shoulder, a, b) == pytest.approx(CHEST_WIDTH / 2, abs=0.015)
        assert _off_line(j.pelvis, a, b) == pytest.approx(PELVIS_RADIUS, abs=0.015)


def test_the_bird_dog_reaching_arm_is_drawn_in_front_of_the_head_and_beyond_it() -> None:
    figure = LIBRARY.get("bird-dog").figure
    reach = figure.keyframes[-1].pose
    j = forward_kinematics(reach)
    # The near arm is drawn after the head, and its hand reaches past the face.
    assert reach.arm_near.shoulder > 150 and reach.arm_far.shoulder < 100
    assert j.arm_near.hand[0] > j.head[0] + HEAD_RADIUS
    # The far leg is the one stretched back (opposite arm and leg).
    assert reach.leg_far.knee == 0 and reach.leg_near.knee > 60


def test_knee_rolls_seen_from_above_draw_bent_knees() -> None:
    figure = LIBRARY.get("knee-rolls").figure
    for keyframe in figure.keyframes:
        j = forward_kinematics(keyframe.pose, FigureView.ABOVE)
        for leg in (j.leg_near, j.leg_far):
            # A bent knee stands off the line from hip to ankle; a straight leg lies on it.
            assert _off_line(leg.knee, leg.hip, leg.ankle) > 0.03, keyframe.name
