"""The figure drawn as shapes: its body, its props and the cue that shows the movement."""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from companion.domain.illustration.motion import (
    ArmJoints,
    Joints,
    LegJoints,
    Point,
    along,
    facing_x,
    forward_kinematics,
)
from companion.domain.illustration.pose import (
    BOX_HEIGHT,
    BOX_WIDTH,
    CHEST_WIDTH,
    FLOOR_Y,
    FOOT_WIDTH,
    FOREARM_WIDTH,
    HAND_RADIUS,
    HEAD_RADIUS,
    LOWER_TRUNK,
    MAT_THICKNESS,
    NECK,
    NECK_WIDTH,
    PELVIS_RADIUS,
    SHIN_WIDTH,
    THIGH_WIDTH,
    TRUNK_WIDTH,
    UPPER_ARM_WIDTH,
    UPPER_TRUNK,
    Cue,
    Figure,
    FigureView,
    Pose,
    Prop,
)


class Tone(enum.StrEnum):
    """What a shape is, so a renderer can colour it: far limbs lighter, near limbs darker."""

    FAR = "far"
    BODY = "body"
    NEAR = "near"
    PROP = "prop"
    PROP_SOFT = "prop_soft"
    WATER = "water"
    FLOOR = "floor"
    FACE = "face"
    CUE = "cue"


# ---------------------------------------------------------------------------------------------
# Drawing primitives


@dataclass(frozen=True)
class Segment:
    """A thick line with round ends: a body segment, a chair leg, a towel."""

    start: Point
    end: Point
    width: float
    tone: Tone


@dataclass(frozen=True)
class Circle:
    """A filled disc: the head, a hand, a joint, a wheel (when `outline` is non-zero)."""

    centre: Point
    radius: float
    tone: Tone
    outline: float = 0.0  # 0 fills the disc; otherwise the ring's stroke width


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle with rounded corners: a mat, a bed, water."""

    x: float
    y: float
    width: float
    height: float
    tone: Tone
    corner: float = 0.0


Primitive = Segment | Circle | Rect


def _limb_tone(near: bool) -> Tone:
    return Tone.NEAR if near else Tone.FAR


def _draw_leg(leg: LegJoints, near: bool) -> list[Primitive]:
    tone = _limb_tone(near)
    return [
        Segment(leg.hip, leg.knee, THIGH_WIDTH, tone),
        Segment(leg.knee, leg.ankle, SHIN_WIDTH, tone),
        Segment(leg.heel, leg.toe, FOOT_WIDTH, tone),
    ]


def _draw_arm(arm: ArmJoints, near: bool) -> list[Primitive]:
    tone = _limb_tone(near)
    return [
        Segment(arm.shoulder, arm.elbow, UPPER_ARM_WIDTH, tone),
        Segment(arm.elbow, arm.hand, FOREARM_WIDTH, tone),
        Circle(arm.hand, HAND_RADIUS, tone),
    ]


# Seen from above, the other side is the same person rolling the other way: the picture is
# reflected about the mat's long axis, so the head stays at the same end of the mat.
ABOVE_MIRROR_Y = 0.53


def _flip_y(shape: Primitive) -> Primitive:
    def y(p: Point) -> Point:
        return (p[0], 2 * ABOVE_MIRROR_Y - p[1])

    if isinstance(shape, Segment):
        return Segment(y(shape.start), y(shape.end), shape.width, shape.tone)
    if isinstance(shape, Circle):
        return Circle(y(shape.centre), shape.radius, shape.tone, shape.outline)
    return replace(shape, y=2 * ABOVE_MIRROR_Y - shape.y - shape.height)


def _from_above_mirrored(pose: Pose, view: FigureView) -> bool:
    return view is FigureView.ABOVE and pose.facing < 0


def draw_pose(pose: Pose, view: FigureView = FigureView.SIDE) -> list[Primitive]:
    """The figure's shapes, back to front: far limbs, body, head, near limbs."""
    if _from_above_mirrored(pose, view):
        return [_flip_y(s) for s in draw_pose(replace(pose, facing=1), view)]
    j = forward_kinematics(pose, view)
    shapes: list[Primitive] = []
    shapes += _draw_leg(j.leg_far, near=False)
    shapes += _draw_arm(j.arm_far, near=False)
    shapes += [
        Segment(j.pelvis, j.waist, TRUNK_WIDTH, Tone.BODY),
        Segment(j.waist, j.shoulder, CHEST_WIDTH, Tone.BODY),
        Circle(j.pelvis, PELVIS_RADIUS, Tone.BODY),
        # From the front or above the shoulders and hips are broad; from the side these
        # segments collapse to a point under the trunk.
        Segment(j.arm_near.shoulder, j.arm_far.shoulder, CHEST_WIDTH * 0.8, Tone.BODY),
        Segment(j.leg_near.hip, j.leg_far.hip, THIGH_WIDTH, Tone.BODY),
        Segment(j.shoulder, j.head, NECK_WIDTH, Tone.BODY),
        Circle(j.head, HEAD_RADIUS, Tone.BODY),
    ]
    if view is FigureView.SIDE:
        # A small nose-side mark so the viewer sees where the person looks (chin tuck, slider).
        shapes.append(Circle(j.face, HEAD_RADIUS * 0.3, Tone.FACE))
    shapes += _draw_leg(j.leg_near, near=True)
    shapes += _draw_arm(j.arm_near, near=True)
    return shapes


def anchor_point(figure: Figure, seat_drop: float, ahead: float) -> tuple[Point, int]:
    """Where a chair, bed or bike goes (front edge or saddle), and which way it faces."""
    first = figure.keyframes[0].pose
    f = first.facing
    if figure.prop_anchor is not None:
        x, y = figure.prop_anchor
    else:
        x, y = first.pelvis_x + ahead, first.pelvis_y - seat_drop
    return (facing_x(x, f), y), f


def seat_anchor(figure: Figure) -> tuple[Point, int]:
    """The front edge of a chair's seat or a bed: drawn there, and measured against there."""
    return anchor_point(figure, seat_drop=0.07, ahead=0.09)


def saddle_anchor(figure: Figure) -> tuple[Point, int]:
    """A bike's saddle, under the pelvis."""
    return anchor_point(figure, seat_drop=0.06, ahead=0.0)


def floor_top(figure: Figure) -> float:
    """The height a body lying or standing on the floor rests on: the mat's top if there is one."""
    return FLOOR_Y + (MAT_THICKNESS if Prop.MAT in figure.props else 0.0)


def _draw_chair(figure: Figure) -> list[Primitive]:
    (front_x, seat_y), f = seat_anchor(figure)
    back_x = front_x - f * 0.26
    w = 0.024
    return [
        Segment((front_x, FLOOR_Y), (front_x, seat_y), w, Tone.PROP),
        Segment((back_x, FLOOR_Y), (back_x, seat_y + 0.33), w, Tone.PROP),
        Segment((front_x, seat_y), (back_x, seat_y), 0.03, Tone.PROP),
    ]


def _draw_bed(figure: Figure) -> list[Primitive]:
    (edge_x, top_y), f = seat_anchor(figure)
    far_x = edge_x - f * 1.15
    left, right = min(edge_x, far_x), max(edge_x, far_x)
    return [
        Rect(left, top_y - 0.09, right - left, 0.09, Tone.PROP_SOFT, corner=0.02),
        Segment((edge_x - f * 0.04, FLOOR_Y), (edge_x - f * 0.04, top_y - 0.09), 0.024, Tone.PROP),
        Segment((far_x + f * 0.04, FLOOR_Y), (far_x + f * 0.04, top_y - 0.09), 0.024, Tone.PROP),
    ]


def _draw_bike(figure: Figure) -> list[Primitive]:
    (saddle_x, saddle_y), f = saddle_anchor(figure)
    crank = (saddle_x + f * 0.14, saddle_y - 0.28)
    wheel = (saddle_x + f * 0.46, FLOOR_Y + 0.13)
    bars = (saddle_x + f * 0.38, saddle_y + 0.14)
    w = 0.026
    return [
        Segment(
            (saddle_x - f * 0.12, FLOOR_Y + 0.012),
            (wheel[0] + f * 0.1, FLOOR_Y + 0.012),
            w,
            Tone.PROP,
        ),
        Segment((saddle_x - f * 0.02, saddle_y), crank, w, Tone.PROP),
        Segment(crank, wheel, w, Tone.PROP),
        Segment(crank, (saddle_x - f * 0.08, FLOOR_Y + 0.012), w, Tone.PROP),
        Segment(wheel, bars, w, Tone.PROP),
        Segment(bars, (bars[0] - f * 0.07, bars[1] + 0.01), w, Tone.PROP),
        Segment((saddle_x - f * 0.07, saddle_y), (saddle_x + f * 0.05, saddle_y), 0.035, Tone.PROP),
        Circle(wheel, 0.12, Tone.PROP, outline=0.02),
        Circle(crank, 0.085, Tone.PROP_SOFT, outline=0.01),
        Circle(crank, 0.02, Tone.PROP),
    ]


def _draw_towel(joints: Joints) -> list[Primitive]:
    hand = joints.arm_near.hand
    leg = joints.leg_near
    ball = (
        leg.ankle[0] + (leg.toe[0] - leg.ankle[0]) * 0.7,
        leg.ankle[1] + (leg.toe[1] - leg.ankle[1]) * 0.7,
    )
    return [Segment(hand, ball, 0.018, Tone.PROP)]


def _draw_wall(figure: Figure) -> list[Primitive]:
    x = wall_x(figure)
    return [Segment((x, FLOOR_Y), (x, BOX_HEIGHT - 0.02), 0.03, Tone.PROP)]


def wall_x(figure: Figure) -> float:
    """The x of the wall the figure leans on."""
    first = figure.keyframes[0].pose
    x = figure.prop_anchor[0] if figure.prop_anchor is not None else BOX_WIDTH - 0.1
    return facing_x(x, first.facing)


def _draw_broom(joints: Joints, pose: Pose) -> list[Primitive]:
    """A broom handle laid along the back: tailbone, shoulder blades and the back of the head."""
    f = pose.facing
    behind = pose.trunk - 90.0
    tail = along(joints.pelvis, behind, PELVIS_RADIUS + 0.012, f)
    blades = along(joints.shoulder, behind, CHEST_WIDTH / 2 + 0.012, f)
    length = math.dist(tail, blades)
    reach = (UPPER_TRUNK + LOWER_TRUNK + NECK + 2 * HEAD_RADIUS + 0.06) / max(length, 1e-6)
    top = (tail[0] + (blades[0] - tail[0]) * reach, tail[1] + (blades[1] - tail[1]) * reach)
    bottom = (tail[0] - (blades[0] - tail[0]) * 0.25, tail[1] - (blades[1] - tail[1]) * 0.25)
    return [Segment(bottom, top, 0.018, Tone.PROP)]


def _arrow(tail: Point, tip: Point, width: float) -> list[Primitive]:
    angle = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    barbs = []
    for side in (-1, 1):
        a = angle + math.pi + side * math.radians(35)
        barbs.append(
            Segment(
                tip, (tip[0] + 0.04 * math.cos(a), tip[1] + 0.04 * math.sin(a)), width, Tone.CUE
            )
        )
    return [Segment(tail, tip, width, Tone.CUE), *barbs]


def _draw_cue(cue: Cue, joints: Joints, pose: Pose) -> list[Primitive]:
    """The cue at its strength: drawn in its own tone and shape, so it reads without colour."""
    f = pose.facing
    front = pose.trunk + 90.0  # the way the belly faces
    waist, pelvis = joints.waist, joints.pelvis
    middle = ((waist[0] + pelvis[0]) / 2, (waist[1] + pelvis[1]) / 2)
    if cue is Cue.BELLY:
        belly = along(middle, front, TRUNK_WIDTH / 2, f)
        return [
            Circle(belly, 0.03 + 0.035 * pose.cue * k, Tone.CUE, outline=0.008) for k in (1.0, 1.7)
        ]
    # The small of the back is under the waist; the arrow comes down from above the belly.
    low_back = along(waist, front, TRUNK_WIDTH / 2 + 0.02, f)
    tail = along(low_back, front, 0.05 + 0.1 * pose.cue, f)
    return _arrow(tail, low_back, 0.014)


def _draw_held_and_cues(figure: Figure, pose: Pose) -> list[Primitive]:
    """What goes over the figure: a towel or broom in its hands, and its cue."""
    joints = forward_kinematics(pose, figure.view)
    shapes: list[Primitive] = []
    if Prop.TOWEL in figure.props:
        shapes += _draw_towel(joints)
    if Prop.BROOM in figure.props:
        shapes += _draw_broom(joints, pose)
    if figure.cue is not None and pose.cue > 0.02:
        shapes += _draw_cue(figure.cue, joints, pose)
    return shapes


def draw_scene(figure: Figure, pose: Pose) -> list[Primitive]:
    """The props and the figure in `pose`, back to front, ready for any renderer."""
    if _from_above_mirrored(pose, figure.view):
        # The mat seen from above is symmetric about the mirror line, so the whole scene flips.
        return [_flip_y(s) for s in draw_scene(figure, replace(pose, facing=1))]
    shapes: list[Primitive] = []
    if figure.view is not FigureView.ABOVE:
        shapes.append(Segment((0.0, FLOOR_Y), (BOX_WIDTH, FLOOR_Y), 0.008, Tone.FLOOR))
    if Prop.MAT in figure.props:
        if figure.view is FigureView.ABOVE:
            shapes.append(Rect(0.08, 0.28, BOX_WIDTH - 0.16, 0.5, Tone.PROP_SOFT, corner=0.03))
        else:
            shapes.append(
                Rect(0.08, FLOOR_Y, BOX_WIDTH - 0.16, MAT_THICKNESS, Tone.PROP_SOFT, corner=0.01)
            )
    if Prop.CHAIR in figure.props:
        shapes += _draw_chair(figure)
    if Prop.BED in figure.props:
        shapes += _draw_bed(figure)
    if Prop.BIKE in figure.props:
        shapes += _draw_bike(figure)
    if Prop.WALL in figure.props:
        shapes += _draw_wall(figure)
    shapes += draw_pose(pose, figure.view)
    shapes += _draw_held_and_cues(figure, pose)
    if Prop.WATER in figure.props:
        level = pose.pelvis_y + 0.1
        shapes.append(Rect(0.0, FLOOR_Y, BOX_WIDTH, level - FLOOR_Y, Tone.WATER))
    return shapes


def draw_keyframe(figure: Figure, index: int = 0) -> list[Primitive]:
    """The shapes of one keyframe of a figure, e.g. the first one for a thumbnail."""
    return draw_scene(figure, figure.keyframes[index].pose)


def bounds(shapes: Sequence[Primitive]) -> tuple[float, float, float, float]:
    """The smallest (min_x, min_y, max_x, max_y) box holding every shape, widths included."""
    xs: list[float] = []
    ys: list[float] = []
    for s in shapes:
        if isinstance(s, Segment):
            r = s.width / 2
            for p in (s.start, s.end):
                xs += [p[0] - r, p[0] + r]
                ys += [p[1] - r, p[1] + r]
        elif isinstance(s, Circle):
            r = s.radius + s.outline / 2
            xs += [s.centre[0] - r, s.centre[0] + r]
            ys += [s.centre[1] - r, s.centre[1] + r]
        else:
            xs += [s.x, s.x + s.width]
            ys += [s.y, s.y + s.height]
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs), max(ys))
