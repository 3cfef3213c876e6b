"""The exercise figure: a 2-D human pose from joint angles, tweened and mirrored, drawn as shapes.

The figure lives in a box `BOX_WIDTH` x `BOX_HEIGHT` with y pointing up and the floor at
`FLOOR_Y`; a standing adult is about 1.0 tall. Renderers (SVG, PNG, Qt) only ever see the
`Primitive` shapes, so every picture of an exercise comes from the same geometry.

Angle conventions (degrees). `trunk` is absolute: 0 is upright, positive leans towards the way
the figure faces, so a person lying on their back with the head to the left has trunk -90.
Every other angle is relative to its parent segment and anatomical:

- `spine_bend`: upper trunk against lower trunk; positive rounds the back (flexion).
- `neck`: positive brings the head forward; `head`: positive nods the chin down.
- arm `shoulder`: 0 hangs along the trunk, 90 points forward, 180 overhead; `elbow`: 0 straight.
- leg `hip`: 0 continues the trunk line, 90 is sitting, negative is extension; `knee`: 0
  straight; `ankle`: 0 is a right angle to the shin, positive points the toes.

In the `front` and `above` views the same angles act in the frontal plane, and the `scale`
of a limb's segments shortens them where a segment points towards the viewer.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

BOX_WIDTH = 1.6
BOX_HEIGHT = 1.2
FLOOR_Y = 0.06

LOWER_TRUNK = 0.13
UPPER_TRUNK = 0.165
NECK = 0.045
HEAD_RADIUS = 0.066
SHOULDER_SPREAD = 0.075  # half the shoulder width, seen from the front
HIP_SPREAD = 0.045
UPPER_ARM = 0.17
FOREARM = 0.15
HAND_RADIUS = 0.026
THIGH = 0.245
SHIN = 0.245
FOOT = 0.13
HEEL = 0.03
ANKLE_HEIGHT = 0.028

# How thick each body part is drawn; chosen so the silhouette reads at thumbnail size.
TRUNK_WIDTH = 0.105
CHEST_WIDTH = 0.115
PELVIS_RADIUS = 0.06
NECK_WIDTH = 0.04
UPPER_ARM_WIDTH = 0.05
FOREARM_WIDTH = 0.04
THIGH_WIDTH = 0.075
SHIN_WIDTH = 0.055
FOOT_WIDTH = 0.032

MAT_THICKNESS = 0.022


class FigureView(enum.StrEnum):
    """Where the viewer stands: at the person's side, in front of them, or above them."""

    SIDE = "side"
    FRONT = "front"
    ABOVE = "above"


class Prop(enum.StrEnum):
    """Things drawn with the figure."""

    MAT = "mat"
    CHAIR = "chair"
    TOWEL = "towel"
    BED = "bed"
    BIKE = "bike"
    WATER = "water"


class FigureMotion(enum.StrEnum):
    """How a player moves through the keyframes for one repetition."""

    THERE_AND_BACK = "there_and_back"  # first -> last, hold, then back to first
    LOOP = "loop"  # first -> last -> first without a hold, e.g. walking


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


@dataclass(frozen=True)
class ArmPose:
    """One arm: shoulder and elbow angles, and how much each segment shows (foreshortening)."""

    shoulder: float = 0.0
    elbow: float = 0.0
    upper_scale: float = 1.0
    fore_scale: float = 1.0


@dataclass(frozen=True)
class LegPose:
    """One leg: hip, knee and ankle angles, and how much each segment shows."""

    hip: float = 0.0
    knee: float = 0.0
    ankle: float = 0.0
    thigh_scale: float = 1.0
    shin_scale: float = 1.0
    foot_scale: float = 1.0


@dataclass(frozen=True)
class Pose:
    """A whole-body pose: where the pelvis is, how the trunk lies, and every joint angle."""

    pelvis_x: float
    pelvis_y: float
    trunk: float = 0.0
    spine_bend: float = 0.0
    neck: float = 0.0
    head: float = 0.0
    arm_near: ArmPose = ArmPose()
    arm_far: ArmPose = ArmPose()
    leg_near: LegPose = LegPose()
    leg_far: LegPose = LegPose()
    # +1 faces right. -1 is the other side: the whole pose, pelvis_x included, is drawn
    # reflected about the box's centre line, so mirroring only ever flips this sign.
    facing: int = 1


# The range each angle may take in a data file: anatomically possible with some margin, so a
# typo (900 for 90) is caught while the artist keeps room to exaggerate a little.
ANGLE_LIMITS: dict[str, tuple[float, float]] = {
    "trunk": (-180.0, 180.0),
    "spine_bend": (-60.0, 70.0),
    "neck": (-60.0, 60.0),
    "head": (-45.0, 45.0),
    "shoulder": (-90.0, 200.0),
    "elbow": (-30.0, 160.0),
    "hip": (-90.0, 150.0),
    "knee": (-60.0, 165.0),
    "ankle": (-45.0, 70.0),
}
SCALE_LIMITS = (0.05, 1.0)


@dataclass(frozen=True)
class Keyframe:
    """A named pose the player passes through, e.g. 'start' or 'hold'."""

    name: str
    pose: Pose


@dataclass(frozen=True)
class Figure:
    """How an exercise is drawn: the view, the props and the keyframes of one repetition."""

    view: FigureView
    props: tuple[Prop, ...]
    keyframes: tuple[Keyframe, ...]
    motion: FigureMotion = FigureMotion.THERE_AND_BACK
    # Front edge x and top y of a chair, bed or bike; None puts it under the first pose.
    prop_anchor: tuple[float, float] | None = None


Point = tuple[float, float]


@dataclass(frozen=True)
class ArmJoints:
    """Where one arm's joints are."""

    shoulder: Point
    elbow: Point
    hand: Point


@dataclass(frozen=True)
class LegJoints:
    """Where one leg's joints are."""

    hip: Point
    knee: Point
    ankle: Point
    heel: Point
    toe: Point


@dataclass(frozen=True)
class Joints:
    """Every joint position of a pose, in box coordinates."""

    pelvis: Point
    waist: Point
    shoulder: Point
    head: Point
    face: Point  # a point just inside the face, showing which way the head looks
    arm_near: ArmJoints
    arm_far: ArmJoints
    leg_near: LegJoints
    leg_far: LegJoints


def _facing_x(x: float, facing: int) -> float:
    """An x authored for a right-facing figure, placed for the way the figure faces."""
    return x if facing > 0 else BOX_WIDTH - x


def _step(origin: Point, angle: float, length: float, facing: int) -> Point:
    """The point `length` away from `origin` along absolute `angle` (0 = up, + = forward)."""
    rad = math.radians(angle)
    return (origin[0] + facing * length * math.sin(rad), origin[1] + length * math.cos(rad))


def _arm(shoulder: Point, chest_angle: float, arm: ArmPose, facing: int) -> ArmJoints:
    upper_angle = chest_angle + 180.0 - arm.shoulder
    elbow = _step(shoulder, upper_angle, UPPER_ARM * arm.upper_scale, facing)
    hand = _step(elbow, upper_angle - arm.elbow, FOREARM * arm.fore_scale, facing)
    return ArmJoints(shoulder, elbow, hand)


def _leg(hip: Point, pelvis_angle: float, leg: LegPose, facing: int) -> LegJoints:
    thigh_angle = pelvis_angle + 180.0 - leg.hip
    knee = _step(hip, thigh_angle, THIGH * leg.thigh_scale, facing)
    shin_angle = thigh_angle + leg.knee
    ankle = _step(knee, shin_angle, SHIN * leg.shin_scale, facing)
    foot_angle = shin_angle - 90.0 + leg.ankle
    # The sole sits a little below the ankle joint, so a standing figure's feet meet the floor.
    sole = _step(ankle, shin_angle, ANKLE_HEIGHT * leg.foot_scale, facing)
    toe = _step(sole, foot_angle, FOOT * leg.foot_scale, facing)
    heel = _step(sole, foot_angle, -HEEL * leg.foot_scale, facing)
    return LegJoints(hip, knee, ankle, heel, toe)


def forward_kinematics(pose: Pose, view: FigureView = FigureView.SIDE) -> Joints:
    """Turn a pose's angles into joint positions.

    Seen from the side, both shoulders and both hips coincide; seen from the front or above
    they sit apart across the body, the near limb on the side the figure faces.
    """
    f = pose.facing
    pelvis = (_facing_x(pose.pelvis_x, f), pose.pelvis_y)
    waist = _step(pelvis, pose.trunk, LOWER_TRUNK, f)
    chest_angle = pose.trunk + pose.spine_bend
    shoulder = _step(waist, chest_angle, UPPER_TRUNK, f)
    neck_angle = chest_angle + pose.neck
    head = _step(shoulder, neck_angle, NECK + HEAD_RADIUS, f)
    face = _step(head, neck_angle + 90.0 + pose.head, HEAD_RADIUS * 0.62, f)
    shoulder_spread = 0.0 if view is FigureView.SIDE else SHOULDER_SPREAD
    hip_spread = 0.0 if view is FigureView.SIDE else HIP_SPREAD
    return Joints(
        pelvis=pelvis,
        waist=waist,
        shoulder=shoulder,
        head=head,
        face=face,
        arm_near=_arm(
            _step(shoulder, chest_angle + 90, shoulder_spread, f), chest_angle, pose.arm_near, f
        ),
        arm_far=_arm(
            _step(shoulder, chest_angle - 90, shoulder_spread, f), chest_angle, pose.arm_far, f
        ),
        leg_near=_leg(_step(pelvis, pose.trunk + 90, hip_spread, f), pose.trunk, pose.leg_near, f),
        leg_far=_leg(_step(pelvis, pose.trunk - 90, hip_spread, f), pose.trunk, pose.leg_far, f),
    )


# ---------------------------------------------------------------------------------------------
# Tweening and mirroring


def ease_in_out(u: float) -> float:
    """Slow start, slow finish: how a careful person moves between two positions."""
    u = min(1.0, max(0.0, u))
    return 0.5 - 0.5 * math.cos(math.pi * u)


def _mix(a: float, b: float, u: float) -> float:
    return a + (b - a) * u


def _mix_arm(a: ArmPose, b: ArmPose, u: float) -> ArmPose:
    return ArmPose(
        shoulder=_mix(a.shoulder, b.shoulder, u),
        elbow=_mix(a.elbow, b.elbow, u),
        upper_scale=_mix(a.upper_scale, b.upper_scale, u),
        fore_scale=_mix(a.fore_scale, b.fore_scale, u),
    )


def _mix_leg(a: LegPose, b: LegPose, u: float) -> LegPose:
    return LegPose(
        hip=_mix(a.hip, b.hip, u),
        knee=_mix(a.knee, b.knee, u),
        ankle=_mix(a.ankle, b.ankle, u),
        thigh_scale=_mix(a.thigh_scale, b.thigh_scale, u),
        shin_scale=_mix(a.shin_scale, b.shin_scale, u),
        foot_scale=_mix(a.foot_scale, b.foot_scale, u),
    )


def tween(a: Pose, b: Pose, u: float) -> Pose:
    """The pose a fraction `u` (0..1, eased) of the way from `a` to `b`."""
    if a.facing != b.facing:
        raise ValueError("cannot tween between poses facing opposite ways")
    e = ease_in_out(u)
    if e <= 0.0 or e >= 1.0:
        # Land exactly on the keyframe: a + (b - a) * 1 can miss b by a rounding error.
        return a if e <= 0.0 else b
    return Pose(
        pelvis_x=_mix(a.pelvis_x, b.pelvis_x, e),
        pelvis_y=_mix(a.pelvis_y, b.pelvis_y, e),
        trunk=_mix(a.trunk, b.trunk, e),
        spine_bend=_mix(a.spine_bend, b.spine_bend, e),
        neck=_mix(a.neck, b.neck, e),
        head=_mix(a.head, b.head, e),
        arm_near=_mix_arm(a.arm_near, b.arm_near, e),
        arm_far=_mix_arm(a.arm_far, b.arm_far, e),
        leg_near=_mix_leg(a.leg_near, b.leg_near, e),
        leg_far=_mix_leg(a.leg_far, b.leg_far, e),
        facing=a.facing,
    )


def pose_at(keyframes: Sequence[Keyframe], t: float) -> Pose:
    """The pose at `t` (0..1) through the keyframes, each step between two keyframes eased."""
    if not keyframes:
        raise ValueError("a figure needs at least one keyframe")
    if len(keyframes) == 1:
        return keyframes[0].pose
    t = min(1.0, max(0.0, t))
    steps = len(keyframes) - 1
    position = t * steps
    index = min(int(position), steps - 1)
    return tween(keyframes[index].pose, keyframes[index + 1].pose, position - index)


def rep_pose(figure: Figure, u: float) -> Pose:
    """The pose a fraction `u` (0..1) through one repetition, following the figure's motion.

    `there_and_back` goes first -> last by u = 0.5 and returns; a player that holds at the
    end position simply pauses u at 0.5 for the hold time. `loop` runs first -> last -> first.
    """
    u = min(1.0, max(0.0, u))
    if figure.motion is FigureMotion.LOOP:
        return pose_at((*figure.keyframes, figure.keyframes[0]), u)
    return pose_at(figure.keyframes, 1.0 - abs(1.0 - 2.0 * u))


def mirror_pose(pose: Pose) -> Pose:
    """The same pose done on the other side: reflected about the box's vertical centre line."""
    return replace(pose, facing=-pose.facing)


def mirror_figure(figure: Figure) -> Figure:
    """The whole figure for the other side, props included."""
    return replace(
        figure, keyframes=tuple(replace(k, pose=mirror_pose(k.pose)) for k in figure.keyframes)
    )


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


def draw_pose(pose: Pose, view: FigureView = FigureView.SIDE) -> list[Primitive]:
    """The figure's shapes, back to front: far limbs, body, head, near limbs."""
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


def _anchor(figure: Figure, seat_drop: float, ahead: float) -> tuple[Point, int]:
    """Where a chair, bed or bike goes (front edge or saddle), and which way it faces."""
    first = figure.keyframes[0].pose
    f = first.facing
    if figure.prop_anchor is not None:
        x, y = figure.prop_anchor
    else:
        x, y = first.pelvis_x + ahead, first.pelvis_y - seat_drop
    return (_facing_x(x, f), y), f


def _draw_chair(figure: Figure) -> list[Primitive]:
    (front_x, seat_y), f = _anchor(figure, seat_drop=0.07, ahead=0.09)
    back_x = front_x - f * 0.26
    w = 0.024
    return [
        Segment((front_x, FLOOR_Y), (front_x, seat_y), w, Tone.PROP),
        Segment((back_x, FLOOR_Y), (back_x, seat_y + 0.33), w, Tone.PROP),
        Segment((front_x, seat_y), (back_x, seat_y), 0.03, Tone.PROP),
    ]


def _draw_bed(figure: Figure) -> list[Primitive]:
    (edge_x, top_y), f = _anchor(figure, seat_drop=0.07, ahead=0.09)
    far_x = edge_x - f * 1.15
    left, right = min(edge_x, far_x), max(edge_x, far_x)
    return [
        Rect(left, top_y - 0.09, right - left, 0.09, Tone.PROP_SOFT, corner=0.02),
        Segment((edge_x - f * 0.04, FLOOR_Y), (edge_x - f * 0.04, top_y - 0.09), 0.024, Tone.PROP),
        Segment((far_x + f * 0.04, FLOOR_Y), (far_x + f * 0.04, top_y - 0.09), 0.024, Tone.PROP),
    ]


def _draw_bike(figure: Figure) -> list[Primitive]:
    (saddle_x, saddle_y), f = _anchor(figure, seat_drop=0.06, ahead=0.0)
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


def draw_scene(figure: Figure, pose: Pose) -> list[Primitive]:
    """The props and the figure in `pose`, back to front, ready for any renderer."""
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
    shapes += draw_pose(pose, figure.view)
    if Prop.TOWEL in figure.props:
        shapes += _draw_towel(forward_kinematics(pose, figure.view))
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
