"""The figure's pose model: kinematics, tweening, mirroring and the shapes it hands renderers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.illustration.motion import (
    ease_in_out,
    forward_kinematics,
    mirror_figure,
    mirror_pose,
    pose_at,
    rep_pose,
    tween,
)
from companion.domain.illustration.pose import (
    BOX_WIDTH,
    FOREARM,
    HEAD_RADIUS,
    LOWER_TRUNK,
    NECK,
    SHIN,
    THIGH,
    UPPER_ARM,
    UPPER_TRUNK,
    ArmPose,
    Figure,
    FigureMotion,
    FigureView,
    Keyframe,
    LegPose,
    Pose,
    Prop,
)
from companion.domain.illustration.scene import (
    ABOVE_MIRROR_Y,
    Circle,
    Primitive,
    Rect,
    Segment,
    Tone,
    bounds,
    draw_pose,
    draw_scene,
)

STANDING = Pose(pelvis_x=0.8, pelvis_y=0.6)


def close(a: tuple[float, float], b: tuple[float, float], tol: float = 1e-9) -> bool:
    return math.dist(a, b) < tol


angles = st.floats(min_value=-170, max_value=170, allow_nan=False)
scales = st.floats(min_value=0.05, max_value=1.0, allow_nan=False)
arms = st.builds(ArmPose, angles, angles, scales, scales)
legs = st.builds(LegPose, angles, angles, angles, scales, scales, scales)
poses = st.builds(
    Pose,
    pelvis_x=st.floats(min_value=0.1, max_value=1.5),
    pelvis_y=st.floats(min_value=0.1, max_value=1.0),
    trunk=angles,
    spine_bend=angles,
    neck=angles,
    head=angles,
    arm_near=arms,
    arm_far=arms,
    leg_near=legs,
    leg_far=legs,
    facing=st.sampled_from([1, -1]),
)


# --- forward kinematics -----------------------------------------------------------------------


def test_standing_pose_stacks_the_joints_vertically() -> None:
    j = forward_kinematics(STANDING)
    assert close(j.waist, (0.8, 0.6 + LOWER_TRUNK))
    assert close(j.shoulder, (0.8, 0.6 + LOWER_TRUNK + UPPER_TRUNK))
    assert close(j.head, (0.8, j.shoulder[1] + NECK + HEAD_RADIUS))
    assert close(j.leg_near.knee, (0.8, 0.6 - THIGH))
    assert close(j.leg_near.ankle, (0.8, 0.6 - THIGH - SHIN))
    assert close(j.arm_far.hand, (0.8, j.shoulder[1] - UPPER_ARM - FOREARM))
    # The foot points the way the figure faces.
    assert j.leg_near.toe[0] > j.leg_near.heel[0]


def test_sitting_hip_and_knee_put_the_thigh_forward_and_shin_down() -> None:
    sitting = Pose(0.5, 0.4, leg_near=LegPose(hip=90, knee=90))
    j = forward_kinematics(sitting)
    assert close(j.leg_near.knee, (0.5 + THIGH, 0.4))
    assert close(j.leg_near.ankle, (0.5 + THIGH, 0.4 - SHIN))
    # The other side is the same pose reflected about the box's centre line.
    j_left = forward_kinematics(Pose(0.5, 0.4, leg_near=LegPose(hip=90, knee=90), facing=-1))
    assert close(j_left.pelvis, (BOX_WIDTH - 0.5, 0.4))
    assert close(j_left.leg_near.knee, (BOX_WIDTH - 0.5 - THIGH, 0.4))


def test_lying_on_the_back_puts_the_head_behind_and_the_face_up() -> None:
    j = forward_kinematics(Pose(1.0, 0.14, trunk=-90))
    assert j.head[0] < j.shoulder[0] < j.pelvis[0]
    assert j.face[1] > j.head[1]


def test_shoulder_flexion_raises_the_arm_forward_then_overhead() -> None:
    forward = forward_kinematics(replace_arm(STANDING, ArmPose(shoulder=90)))
    assert close(forward.arm_near.hand, (0.8 + UPPER_ARM + FOREARM, forward.shoulder[1]))
    overhead = forward_kinematics(replace_arm(STANDING, ArmPose(shoulder=180)))
    assert close(overhead.arm_near.hand, (0.8, overhead.shoulder[1] + UPPER_ARM + FOREARM))


def replace_arm(pose: Pose, arm: ArmPose) -> Pose:
    return Pose(pose.pelvis_x, pose.pelvis_y, arm_near=arm, facing=pose.facing)


@given(poses)
def test_segments_keep_their_lengths_in_any_pose(pose: Pose) -> None:
    j = forward_kinematics(pose)
    leg, arm = pose.leg_near, pose.arm_far
    assert math.isclose(math.dist(j.leg_near.hip, j.leg_near.knee), THIGH * leg.thigh_scale)
    assert math.isclose(math.dist(j.leg_near.knee, j.leg_near.ankle), SHIN * leg.shin_scale)
    assert math.isclose(math.dist(j.arm_far.shoulder, j.arm_far.elbow), UPPER_ARM * arm.upper_scale)
    assert math.isclose(math.dist(j.arm_far.elbow, j.arm_far.hand), FOREARM * arm.fore_scale)
    assert math.isclose(math.dist(j.pelvis, j.waist), LOWER_TRUNK)


def test_front_view_spreads_shoulders_and_hips_and_side_view_does_not() -> None:
    side = forward_kinematics(STANDING, FigureView.SIDE)
    front = forward_kinematics(STANDING, FigureView.FRONT)
    assert side.arm_near.shoulder == side.arm_far.shoulder
    assert front.arm_near.shoulder[0] > front.arm_far.shoulder[0]
    assert front.leg_near.hip[0] > front.leg_far.hip[0]


# --- tweening ---------------------------------------------------------------------------------

START = Pose(0.5, 0.3, trunk=-90, leg_near=LegPose(hip=45, knee=90), arm_far=ArmPose(10, 0))
END = Pose(0.7, 0.5, trunk=-60, leg_near=LegPose(hip=125, knee=120), arm_far=ArmPose(50, 40))


def test_tween_starts_and_ends_on_the_keyframes() -> None:
    assert tween(START, END, 0.0) == START
    assert tween(START, END, 1.0) == END


def test_tween_halfway_is_the_midpoint_of_every_value() -> None:
    mid = tween(START, END, 0.5)
    assert mid.pelvis_x == pytest.approx(0.6)
    assert mid.trunk == pytest.approx(-75)
    assert mid.leg_near.hip == pytest.approx(85)
    assert mid.leg_near.knee == pytest.approx(105)
    assert mid.arm_far.elbow == pytest.approx(20)


def test_tween_eases_in_and_out() -> None:
    early = tween(START, END, 0.1)
    # Eased: after 10 % of the time the figure has moved less than 10 % of the way.
    assert START.trunk < early.trunk < START.trunk + 0.1 * (END.trunk - START.trunk)


def test_ease_in_out_is_clamped_and_monotonic() -> None:
    assert ease_in_out(-1) == 0.0
    assert ease_in_out(2) == 1.0
    assert ease_in_out(0.5) == pytest.approx(0.5)
    values = [ease_in_out(i / 100) for i in range(101)]
    assert values == sorted(values)


def test_tween_refuses_poses_facing_opposite_ways() -> None:
    with pytest.raises(ValueError, match="opposite"):
        tween(START, mirror_pose(END), 0.5)


def test_pose_at_walks_through_every_keyframe() -> None:
    middle = Pose(0.6, 0.4, trunk=-80)
    frames = [Keyframe("a", START), Keyframe("b", middle), Keyframe("c", END)]
    assert pose_at(frames, 0.0) == START
    assert pose_at(frames, 0.5) == middle
    assert pose_at(frames, 1.0) == END
    assert pose_at(frames, 0.25).trunk == pytest.approx(-85)
    # Out-of-range times stick to the ends instead of extrapolating.
    assert pose_at(frames, -3) == START
    assert pose_at(frames, 7) == END


def test_pose_at_with_one_keyframe_holds_it_and_with_none_refuses() -> None:
    assert pose_at([Keyframe("only", START)], 0.7) == START
    with pytest.raises(ValueError):
        pose_at([], 0.5)


def test_a_there_and_back_rep_reaches_the_last_keyframe_halfway_and_returns() -> None:
    middle = Pose(0.6, 0.4, trunk=-80)
    frames = (Keyframe("a", START), Keyframe("b", middle), Keyframe("c", END))
    figure = Figure(FigureView.SIDE, (), frames)
    assert rep_pose(figure, 0.0) == START
    assert rep_pose(figure, 0.25) == middle
    assert rep_pose(figure, 0.5) == END
    assert rep_pose(figure, 0.75) == middle
    assert rep_pose(figure, 1.0) == START


def test_a_looping_rep_runs_through_every_keyframe_back_to_the_first() -> None:
    middle = Pose(0.6, 0.4, trunk=-80)
    frames = (Keyframe("a", START), Keyframe("b", middle), Keyframe("c", END))
    figure = Figure(FigureView.SIDE, (), frames, motion=FigureMotion.LOOP)
    assert rep_pose(figure, 1 / 3) == middle
    assert rep_pose(figure, 2 / 3) == END
    assert rep_pose(figure, 1.0) == START
    assert rep_pose(figure, 5.0) == START


# --- mirroring --------------------------------------------------------------------------------


@given(poses)
def test_mirroring_twice_gives_back_the_same_pose(pose: Pose) -> None:
    assert mirror_pose(mirror_pose(pose)) == pose


def _reflect(shape: Primitive, view: FigureView = FigureView.SIDE) -> Primitive:
    """The shape seen for the other side: reflected left-right, or from above across the mat's
    long axis (the person rolls the other way with the head where it was)."""
    if view is FigureView.ABOVE:
        return _flip_y(shape)

    def x(p: tuple[float, float]) -> tuple[float, float]:
        return (BOX_WIDTH - p[0], p[1])

    if isinstance(shape, Segment):
        return Segment(x(shape.start), x(shape.end), shape.width, shape.tone)
    if isinstance(shape, Circle):
        return Circle(x(shape.centre), shape.radius, shape.tone, shape.outline)
    return Rect(BOX_WIDTH - shape.x - shape.width, shape.y, shape.width, shape.height, shape.tone)


def _flip_y(shape: Primitive) -> Primitive:
    def y(p: tuple[float, float]) -> tuple[float, float]:
        return (p[0], 2 * ABOVE_MIRROR_Y - p[1])

    if isinstance(shape, Segment):
        return Segment(y(shape.start), y(shape.end), shape.width, shape.tone)
    if isinstance(shape, Circle):
        return Circle(y(shape.centre), shape.radius, shape.tone, shape.outline)
    return Rect(
        shape.x, 2 * ABOVE_MIRROR_Y - shape.y - shape.height, shape.width, shape.height, shape.tone
    )


def _numbers(shape: Primitive) -> list[float]:
    if isinstance(shape, Segment):
        return [*shape.start, *shape.end, shape.width]
    if isinstance(shape, Circle):
        return [*shape.centre, shape.radius, shape.outline]
    return [shape.x, shape.y, shape.width, shape.height]


def assert_same_shapes(actual: list[Primitive], expected: list[Primitive]) -> None:
    assert [(type(s), s.tone) for s in actual] == [(type(s), s.tone) for s in expected]
    for a, e in zip(actual, expected, strict=True):
        assert _numbers(a) == pytest.approx(_numbers(e), abs=1e-9)


@given(poses, st.sampled_from(list(FigureView)))
def test_a_mirrored_pose_draws_as_the_reflection_of_the_original(
    pose: Pose, view: FigureView
) -> None:
    original = [_reflect(s, view) for s in draw_pose(pose, view)]
    assert_same_shapes(draw_pose(mirror_pose(pose), view), original)


def test_seen_from_above_the_other_side_keeps_the_head_at_the_same_end() -> None:
    lying = Pose(0.9, 0.53, trunk=-90, leg_near=LegPose(42, 82), leg_far=LegPose(48, 96))
    figure = Figure(FigureView.ABOVE, (Prop.MAT,), (Keyframe("roll", lying),))
    mirrored = mirror_figure(figure)
    head = forward_kinematics(lying, FigureView.ABOVE).head
    heads = [s for s in draw_scene(mirrored, mirrored.keyframes[0].pose) if isinstance(s, Circle)]
    # The head is the biggest disc: still at the left end, and the knees now fall the other way.
    big = max(heads, key=lambda c: c.radius)
    assert big.centre == pytest.approx((head[0], 2 * ABOVE_MIRROR_Y - head[1]))
    assert big.centre[0] < BOX_WIDTH / 2
    knee = forward_kinematics(lying, FigureView.ABOVE).leg_near.knee
    assert knee[1] > ABOVE_MIRROR_Y  # this side: knees towards the top of the picture


def test_mirroring_a_figure_moves_its_props_too() -> None:
    sitting = Pose(0.5, 0.345, leg_near=LegPose(90, 90), leg_far=LegPose(90, 90))
    figure = Figure(FigureView.SIDE, (Prop.CHAIR,), (Keyframe("sit", sitting),))
    chair = [s for s in draw_scene(figure, sitting) if s.tone is Tone.PROP]
    mirrored = mirror_figure(figure)
    mirrored_chair = [
        s for s in draw_scene(mirrored, mirrored.keyframes[0].pose) if s.tone is Tone.PROP
    ]
    assert_same_shapes(mirrored_chair, [_reflect(s) for s in chair])
    assert mirror_figure(mirrored) == figure


# --- drawing ----------------------------------------------------------------------------------


def test_far_limbs_are_drawn_first_and_near_limbs_last() -> None:
    tones = [s.tone for s in draw_pose(STANDING)]
    last_far = max(i for i, t in enumerate(tones) if t is Tone.FAR)
    first_body = tones.index(Tone.BODY)
    first_near = tones.index(Tone.NEAR)
    assert last_far < first_body < first_near
    assert tones[-1] is Tone.NEAR


def test_only_the_side_view_marks_the_face() -> None:
    assert any(s.tone is Tone.FACE for s in draw_pose(STANDING, FigureView.SIDE))
    assert not any(s.tone is Tone.FACE for s in draw_pose(STANDING, FigureView.FRONT))


def test_props_are_drawn_only_when_asked_for() -> None:
    bare = Figure(FigureView.SIDE, (), (Keyframe("stand", STANDING),))
    with_mat = Figure(FigureView.SIDE, (Prop.MAT,), (Keyframe("stand", STANDING),))
    assert not any(isinstance(s, Rect) for s in draw_scene(bare, STANDING))
    assert any(
        isinstance(s, Rect) and s.tone is Tone.PROP_SOFT for s in draw_scene(with_mat, STANDING)
    )


def test_bounds_include_stroke_widths_and_radii() -> None:
    shapes: list[Primitive] = [
        Segment((0.2, 0.3), (0.6, 0.3), 0.1, Tone.BODY),
        Circle((1.0, 1.0), 0.05, Tone.BODY),
        Rect(0.1, 0.0, 0.05, 0.05, Tone.PROP),
    ]
    assert bounds(shapes) == pytest.approx((0.1, 0.0, 1.05, 1.05))
    assert bounds([]) == (0.0, 0.0, 0.0, 0.0)


def test_a_standing_figure_is_about_one_unit_tall_and_stands_on_the_floor() -> None:
    low_x, low_y, high_x, high_y = bounds(draw_pose(Pose(0.8, 0.595)))
    assert 0.95 < high_y - low_y < 1.1
    assert low_y == pytest.approx(0.06, abs=0.01)
    assert high_x - low_x < 0.3
