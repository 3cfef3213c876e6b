"""Reads an exercise's `[figure]`: its view, props and keyframes, each keyframe stating only
what changes from the one before it (the first starts from the neutral pose). The library's own
files and a clinician's programme file share these rules.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from companion.content.reader import Reader
from companion.domain.illustration.contacts import surface_prop
from companion.domain.illustration.pose import (
    ANGLE_LIMITS,
    BOX_HEIGHT,
    BOX_WIDTH,
    SCALE_LIMITS,
    BodyPart,
    Contact,
    Cue,
    Figure,
    FigureMotion,
    FigureView,
    Keyframe,
    Pose,
    Prop,
    Surface,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# An arm's or a leg's pose (ArmPose, LegPose): a dataclass of joint angles and bone scales.
_Limb = TypeVar("_Limb", bound="DataclassInstance")

_FIGURE_KEYS = {"view", "props", "motion", "prop_anchor", "cue", "keyframes"}
_KEYFRAME_KEYS = {
    "name",
    "contacts",
    "cue",
    "pelvis",
    "trunk",
    "spine_bend",
    "neck",
    "head",
    "arm_near",
    "arm_far",
    "leg_near",
    "leg_far",
}
# A limb: the joints a keyframe may bend, and the fields its `scale = [...]` fills.
_Parts = tuple[tuple[str, ...], tuple[str, ...]]
_ARM: _Parts = (("shoulder", "elbow"), ("upper_scale", "fore_scale"))
_LEG: _Parts = (("hip", "knee", "ankle"), ("thigh_scale", "shin_scale", "foot_scale"))


def _limb(r: Reader, value: object, field: str, base: _Limb, parts: _Parts) -> _Limb:
    """An arm or a leg: the joint angles it changes, and its bones' lengths (`scale`);
    `parts` are the limb's joints and its bones' scale fields."""
    angles: tuple[str, ...] = parts[0]
    scales: tuple[str, ...] = parts[1]
    table = r.table(value, field, {*angles, "scale"}, set())
    changes: dict[str, float] = {
        key: r.number(table[key], f"{field}.{key}", ANGLE_LIMITS[key])
        for key in angles
        if key in table
    }
    if "scale" in table:
        lengths = r.pair(table["scale"], f"{field}.scale", (SCALE_LIMITS,) * len(scales))
        changes.update(zip(scales, lengths, strict=True))
    return replace(base, **changes)


def _contacts(r: Reader, value: object, field: str) -> tuple[Contact, ...]:
    """`{ floor = ["trunk", "foot_near"], chair = ["pelvis"] }`: what touches what."""
    surfaces = ", ".join(s.value for s in Surface)
    if not isinstance(value, dict):
        raise r.fail(field, f"must be a table of surfaces ({surfaces}), each with a list of parts")
    contacts: list[Contact] = []
    for key, parts in value.items():
        if key not in {s.value for s in Surface}:
            raise r.fail(f"{field}.{key}", f"is not a surface: use {surfaces}")
        for part in r.choices(parts, f"{field}.{key}", BodyPart):
            contacts.append(Contact(part, Surface(key)))
    return tuple(contacts)


def _keyframe(
    r: Reader, value: object, field: str, before: Pose | None, *, contacts_required: bool
) -> Keyframe:
    # Contacts are said again in every keyframe: what touches the floor is what an artist
    # checks frame by frame, and a figure that floats is the error this catches.
    required = {"name", "pelvis"} if before is None else {"name"}
    if contacts_required:
        required.add("contacts")
    table = r.table(value, field, _KEYFRAME_KEYS, required)
    name = r.text(table["name"], f"{field}.name", 40)
    pose = before or Pose(pelvis_x=BOX_WIDTH / 2, pelvis_y=0.5)
    if "pelvis" in table:
        x, y = r.pair(table["pelvis"], f"{field}.pelvis", ((0.0, BOX_WIDTH), (0.0, BOX_HEIGHT)))
        pose = replace(pose, pelvis_x=x, pelvis_y=y)
    changes: dict[str, Any] = {}
    for key in ("trunk", "spine_bend", "neck", "head"):
        if key in table:
            changes[key] = r.number(table[key], f"{field}.{key}", ANGLE_LIMITS[key])
    if "cue" in table:
        changes["cue"] = r.number(table["cue"], f"{field}.cue", (0.0, 1.0))
    limbs = {"arm_near": _ARM, "arm_far": _ARM, "leg_near": _LEG, "leg_far": _LEG}
    for key, parts in limbs.items():
        if key in table:
            changes[key] = _limb(r, table[key], f"{field}.{key}", getattr(pose, key), parts)
    pose = replace(pose, **changes)
    contacts = _contacts(r, table["contacts"], f"{field}.contacts") if "contacts" in table else ()
    return Keyframe(name, pose, contacts)


def read_figure(r: Reader, value: object, *, contacts_required: bool = True) -> Figure:
    """A `[figure]` table. The library's own files must say every keyframe's contacts; a
    clinician's programme file (a published format older than contacts) may leave them out."""
    table = r.table(value, "figure", _FIGURE_KEYS, {"view", "keyframes"})
    frames = table["keyframes"]
    if not isinstance(frames, list) or not 1 <= len(frames) <= 8:
        raise r.fail("figure.keyframes", "must be a list of 1 to 8 keyframes")
    keyframes: list[Keyframe] = []
    for i, frame in enumerate(frames):
        before = keyframes[-1].pose if keyframes else None
        keyframes.append(
            _keyframe(
                r, frame, f"figure.keyframes[{i}]", before, contacts_required=contacts_required
            )
        )
    names = [k.name for k in keyframes]
    if len(set(names)) != len(names):
        raise r.fail("figure.keyframes", "two keyframes share a name")
    anchor = None
    if "prop_anchor" in table:
        x, y = r.pair(
            table["prop_anchor"], "figure.prop_anchor", ((0.0, BOX_WIDTH), (0.0, BOX_HEIGHT))
        )
        anchor = (x, y)
    props = r.choices(table.get("props", []), "figure.props", Prop)
    for i, keyframe in enumerate(keyframes):
        for contact in keyframe.contacts:
            prop = surface_prop(contact.surface)
            if prop is not None and prop not in props:
                raise r.fail(
                    f"figure.keyframes[{i}].contacts.{contact.surface}",
                    f"the figure draws no {prop}: add {prop.value!r} to figure.props",
                )
    return Figure(
        view=r.choice(table["view"], "figure.view", FigureView),
        props=props,
        keyframes=tuple(keyframes),
        motion=r.choice(table.get("motion", "there_and_back"), "figure.motion", FigureMotion),
        prop_anchor=anchor,
        cue=r.choice(table["cue"], "figure.cue", Cue) if "cue" in table else None,
    )
