"""Contacts: where a surface is and how far a body part sits from it."""

from __future__ import annotations

from companion.domain.illustration.motion import Joints, Point, forward_kinematics
from companion.domain.illustration.pose import (
    CHEST_WIDTH,
    FOOT_WIDTH,
    FOREARM_WIDTH,
    HAND_RADIUS,
    HEAD_RADIUS,
    PELVIS_RADIUS,
    THIGH_WIDTH,
    TRUNK_WIDTH,
    BodyPart,
    Contact,
    Figure,
    FigureView,
    Pose,
    Prop,
    Surface,
)
from companion.domain.illustration.scene import floor_top, saddle_anchor, seat_anchor, wall_x

# ---------------------------------------------------------------------------------------------
# Contacts: where a surface is and how far a body part sits from it


def surface_level(figure: Figure, surface: Surface) -> float | None:
    """The height of a surface's top (a wall's x), or None where the picture shows none.

    Seen from above there is no height to measure, so every surface is None there.
    """
    if figure.view is FigureView.ABOVE:
        return None
    if surface is Surface.FLOOR:
        return floor_top(figure)
    if surface is Surface.CHAIR and Prop.CHAIR in figure.props:
        return seat_anchor(figure)[0][1] + 0.015
    if surface is Surface.BED and Prop.BED in figure.props:
        return seat_anchor(figure)[0][1]
    if surface is Surface.SADDLE and Prop.BIKE in figure.props:
        return saddle_anchor(figure)[0][1] + 0.0175
    if surface is Surface.WALL and Prop.WALL in figure.props:
        return wall_x(figure)
    return None


def surface_prop(surface: Surface) -> Prop | None:
    """The prop a surface belongs to; the floor is always there."""
    return {
        Surface.FLOOR: None,
        Surface.BED: Prop.BED,
        Surface.CHAIR: Prop.CHAIR,
        Surface.WALL: Prop.WALL,
        Surface.SADDLE: Prop.BIKE,
    }[surface]


def _part_shapes(j: Joints, part: BodyPart) -> list[tuple[Point, float]]:
    """The points (with the drawn radius around each) that make up a body part's outline."""
    if part is BodyPart.HEAD:
        return [(j.head, HEAD_RADIUS)]
    if part is BodyPart.TRUNK:
        # Seen from the front the shoulders sit apart: the lower one is where a side-lying
        # trunk rests.
        return [
            (j.waist, TRUNK_WIDTH / 2),
            (j.shoulder, CHEST_WIDTH / 2),
            (j.arm_near.shoulder, CHEST_WIDTH * 0.4),
            (j.arm_far.shoulder, CHEST_WIDTH * 0.4),
        ]
    if part is BodyPart.PELVIS:
        return [
            (j.pelvis, PELVIS_RADIUS),
            (j.leg_near.hip, THIGH_WIDTH / 2),
            (j.leg_far.hip, THIGH_WIDTH / 2),
        ]
    side = part.value.rsplit("_", 1)[1]
    arm = j.arm_near if side == "near" else j.arm_far
    leg = j.leg_near if side == "near" else j.leg_far
    if part in (BodyPart.HAND_NEAR, BodyPart.HAND_FAR):
        return [(arm.hand, HAND_RADIUS)]
    if part in (BodyPart.FOREARM_NEAR, BodyPart.FOREARM_FAR):
        return [(arm.elbow, FOREARM_WIDTH / 2), (arm.hand, FOREARM_WIDTH / 2)]
    if part in (BodyPart.KNEE_NEAR, BodyPart.KNEE_FAR):
        return [(leg.knee, THIGH_WIDTH / 2)]
    return [(leg.heel, FOOT_WIDTH / 2), (leg.toe, FOOT_WIDTH / 2)]


def contact_gap(figure: Figure, pose: Pose, contact: Contact) -> float | None:
    """How far the part sits from the surface: + clear of it, - sunk into it; None if unseen.

    A wall is measured along x (towards the way the figure faces), everything else along y
    from the lowest point of the part as drawn.
    """
    level = surface_level(figure, contact.surface)
    if level is None:
        return None
    points = _part_shapes(forward_kinematics(pose, figure.view), contact.part)
    if contact.surface is Surface.WALL:
        f = figure.keyframes[0].pose.facing
        return min(f * (level - (p[0] + f * r)) for p, r in points)
    return min(p[1] - r for p, r in points) - level
