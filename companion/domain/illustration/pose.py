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
from dataclasses import dataclass

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
    BROOM = "broom"  # a stick down the spine, touching head, shoulder blades and tailbone
    WALL = "wall"


class Surface(enum.StrEnum):
    """What a body part rests on or pushes against in a keyframe."""

    FLOOR = "floor"  # the mat's top where there is a mat
    BED = "bed"
    CHAIR = "chair"
    WALL = "wall"
    SADDLE = "saddle"


class BodyPart(enum.StrEnum):
    """A part of the figure that can touch a surface; limbs are named near or far."""

    HEAD = "head"
    TRUNK = "trunk"
    PELVIS = "pelvis"
    HAND_NEAR = "hand_near"
    HAND_FAR = "hand_far"
    FOREARM_NEAR = "forearm_near"
    FOREARM_FAR = "forearm_far"
    KNEE_NEAR = "knee_near"
    KNEE_FAR = "knee_far"
    FOOT_NEAR = "foot_near"
    FOOT_FAR = "foot_far"


class Cue(enum.StrEnum):
    """A mark drawn on the figure for a movement too small to see in the pose alone."""

    BELLY = "belly"  # rings on the belly that swell as the tummy firms (bracing)
    LOW_BACK = "low_back"  # an arrow pressing the small of the back to the floor (pelvic tilt)


class FigureMotion(enum.StrEnum):
    """How a player moves through the keyframes for one repetition."""

    THERE_AND_BACK = "there_and_back"  # first -> last, hold, then back to first
    LOOP = "loop"  # first -> last -> first without a hold, e.g. walking


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
    # reflected about the box's centre line (about the mat's long axis when seen from above,
    # so the head stays where it is), so mirroring only ever flips this sign.
    facing: int = 1
    # How strongly the figure's cue shows (0 not at all, 1 fully); tweened like an angle.
    cue: float = 0.0


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

# What a body can really do, seen from the side (pose-geometry tests hold every keyframe and
# every step between them to these): no knee or elbow bent backwards, no hip or spine past
# what a supple adult reaches. In the front and above views the angles are frontal-plane
# drawing angles, so only ANGLE_LIMITS apply there.
HUMAN_RANGES: dict[str, tuple[float, float]] = {
    "spine_bend": (-35.0, 55.0),
    "neck": (-45.0, 50.0),
    "head": (-30.0, 30.0),
    "shoulder": (-70.0, 180.0),
    "elbow": (0.0, 150.0),
    "hip": (-30.0, 135.0),
    "knee": (0.0, 150.0),
    "ankle": (-30.0, 70.0),
}
CONTACT_TOLERANCE = 0.02  # how far (box units, about 3 cm) a touching part may sit off its surface


@dataclass(frozen=True)
class Contact:
    """A body part that touches a surface in a keyframe."""

    part: BodyPart
    surface: Surface


@dataclass(frozen=True)
class Keyframe:
    """A named pose the player passes through, e.g. 'start' or 'hold'."""

    name: str
    pose: Pose
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True)
class Figure:
    """How an exercise is drawn: the view, the props and the keyframes of one repetition."""

    view: FigureView
    props: tuple[Prop, ...]
    keyframes: tuple[Keyframe, ...]
    motion: FigureMotion = FigureMotion.THERE_AND_BACK
    # Front edge x and top y of a chair, bed or bike (or a wall's x); None puts it under the
    # first pose.
    prop_anchor: tuple[float, float] | None = None
    cue: Cue | None = None
