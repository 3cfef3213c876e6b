"""Where the joints of a pose are, and how one pose moves into the next or mirrors."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from companion.domain.illustration.pose import (
    ANKLE_HEIGHT,
    BOX_WIDTH,
    FOOT,
    FOREARM,
    HEAD_RADIUS,
    HEEL,
    HIP_SPREAD,
    LOWER_TRUNK,
    NECK,
    SHIN,
    SHOULDER_SPREAD,
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
)

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


def facing_x(x: float, facing: int) -> float:
    """An x authored for a right-facing figure, placed for the way the figure faces."""
    return x if facing > 0 else BOX_WIDTH - x


def along(origin: Point, angle: float, length: float, facing: int) -> Point:
    """The point `length` away from `origin` along absolute `angle` (0 = up, + = forward)."""
    rad = math.radians(angle)
    return (origin[0] + facing * length * math.sin(rad), origin[1] + length * math.cos(rad))


def _arm(shoulder: Point, chest_angle: float, arm: ArmPose, facing: int) -> ArmJoints:
    upper_angle = chest_angle + 180.0 - arm.shoulder
    elbow = along(shoulder, upper_angle, UPPER_ARM * arm.upper_scale, facing)
    hand = along(elbow, upper_angle - arm.elbow, FOREARM * arm.fore_scale, facing)
    return ArmJoints(shoulder, elbow, hand)


def _leg(hip: Point, pelvis_angle: float, leg: LegPose, facing: int) -> LegJoints:
    thigh_angle = pelvis_angle + 180.0 - leg.hip
    knee = along(hip, thigh_angle, THIGH * leg.thigh_scale, facing)
    shin_angle = thigh_angle + leg.knee
    ankle = along(knee, shin_angle, SHIN * leg.shin_scale, facing)
    foot_angle = shin_angle - 90.0 + leg.ankle
    # The sole sits a little below the ankle joint, so a standing figure's feet meet the floor.
    sole = along(ankle, shin_angle, ANKLE_HEIGHT * leg.foot_scale, facing)
    toe = along(sole, foot_angle, FOOT * leg.foot_scale, facing)
    heel = along(sole, foot_angle, -HEEL * leg.foot_scale, facing)
    return LegJoints(hip, knee, ankle, heel, toe)


def forward_kinematics(pose: Pose, view: FigureView = FigureView.SIDE) -> Joints:
    """Turn a pose's angles into joint positions.

    Seen from the side, both shoulders and both hips coincide; seen from the front or above
    they sit apart across the body, the near limb on the side the figure faces.
    """
    f = pose.facing
    pelvis = (facing_x(pose.pelvis_x, f), pose.pelvis_y)
    waist = along(pelvis, pose.trunk, LOWER_TRUNK, f)
    chest_angle = pose.trunk + pose.spine_bend
    shoulder = along(waist, chest_angle, UPPER_TRUNK, f)
    neck_angle = chest_angle + pose.neck
    head = along(shoulder, neck_angle, NECK + HEAD_RADIUS, f)
    face = along(head, neck_angle + 90.0 + pose.head, HEAD_RADIUS * 0.62, f)
    shoulder_spread = 0.0 if view is FigureView.SIDE else SHOULDER_SPREAD
    hip_spread = 0.0 if view is FigureView.SIDE else HIP_SPREAD
    return Joints(
        pelvis=pelvis,
        waist=waist,
        shoulder=shoulder,
        head=head,
        face=face,
        arm_near=_arm(
            along(shoulder, chest_angle + 90, shoulder_spread, f),
            chest_angle,
            pose.arm_near,
            f,
        ),
        arm_far=_arm(
            along(shoulder, chest_angle - 90, shoulder_spread, f), chest_angle, pose.arm_far, f
        ),
        leg_near=_leg(along(pelvis, pose.trunk + 90, hip_spread, f), pose.trunk, pose.leg_near, f),
        leg_far=_leg(along(pelvis, pose.trunk - 90, hip_spread, f), pose.trunk, pose.leg_far, f),
    )


# ---------------------------------------------------------------------------------------------
# Tweening and mirroring


def ease_in_out(u: float) -> float:
    """Slow start, slow finish: how a careful person moves between two positions."""
    u = min(1.0, max(0.0, u))
    return 0.5 - 0.5 * math.cos(math.pi * u)


def _mix(a: float, b: float, u: float) -> float:
    return a + (b - a) * u


_Mixed = TypeVar("_Mixed", Pose, ArmPose, LegPose)


def _mixed(a: _Mixed, b: _Mixed, u: float) -> _Mixed:
    """Every number of `a` a fraction `u` of the way to `b`'s, arms and legs likewise; the way
    the figure faces is not a number to blend (tween checks both face the same way)."""
    changes: dict[str, Any] = {}
    for field in fields(a):
        if field.name == "facing":
            continue
        here, there = getattr(a, field.name), getattr(b, field.name)
        if isinstance(here, ArmPose | LegPose):
            changes[field.name] = _mixed(here, there, u)
        else:
            changes[field.name] = _mix(here, there, u)
    return replace(a, **changes)


def tween(a: Pose, b: Pose, u: float) -> Pose:
    """The pose a fraction `u` (0..1, eased) of the way from `a` to `b`."""
    if a.facing != b.facing:
        raise ValueError("cannot tween between poses facing opposite ways")
    e = ease_in_out(u)
    if e <= 0.0 or e >= 1.0:
        # Land exactly on the keyframe: a + (b - a) * 1 can miss b by a rounding error.
        return a if e <= 0.0 else b
    return _mixed(a, b, e)


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
