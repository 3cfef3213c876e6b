"""Loads the exercise library and starter programmes from TOML, checking every field strictly.

Layout: `<folder>/*.toml` holds one exercise each (file name = id) and
`<folder>/programmes/*.toml` one starter programme each. A bad file never half-loads: the first
problem raises `ContentError` naming the file and the field.

Inside `[[figure.keyframes]]` each keyframe states only what changes from the one before it;
the first keyframe starts from the neutral pose (upright, every joint at 0).
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from companion.domain.exercise import (
    Bias,
    Category,
    ClearanceCondition,
    Dose,
    Equipment,
    Exercise,
    Position,
    ProgrammeItem,
    SidesMode,
    StarterProgramme,
)
from companion.domain.figure import (
    ANGLE_LIMITS,
    BOX_HEIGHT,
    BOX_WIDTH,
    SCALE_LIMITS,
    ArmPose,
    Figure,
    FigureMotion,
    FigureView,
    Keyframe,
    LegPose,
    Pose,
    Prop,
)

MAX_FILE_BYTES = 64 * 1024
SHORT_NAME_MAX = 24
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Inclusive bounds for every dose number; a clinician can go further in a programme file only
# within these, so a typo cannot prescribe 500 reps.
DOSE_LIMITS: dict[str, tuple[int, int]] = {
    "sets": (1, 10),
    "reps": (1, 50),
    "hold_s": (0, 600),
    "rest_s": (0, 600),
    "times_per_day": (1, 12),
    "minutes": (1, 120),
}
_E = TypeVar("_E", bound=enum.StrEnum)

SESSIONS_PER_DAY = (1, 12)
SITTING_BREAK_MINUTES = (10, 180)

_EXERCISE_KEYS = {
    "id",
    "name",
    "short_name",
    "category",
    "bias",
    "position",
    "equipment",
    "summary",
    "steps",
    "dose",
    "cautions",
    "stop_rules",
    "easier",
    "harder",
    "evidence",
    "figure",
    "clearance",
}
_DOSE_KEYS = set(DOSE_LIMITS) | {"sides", "note"}
_FIGURE_KEYS = {"view", "props", "motion", "prop_anchor", "keyframes"}
_KEYFRAME_KEYS = {
    "name",
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
_ARM_KEYS = {"shoulder", "elbow", "scale"}
_LEG_KEYS = {"hip", "knee", "ankle", "scale"}
_PROGRAMME_KEYS = {
    "id",
    "name",
    "description",
    "items",
    "sessions_per_day",
    "sitting_break_minutes",
}
_ITEM_KEYS = {"exercise", "dose", "note"}


class ContentError(ValueError):
    """A content file is missing, unreadable or wrong; the message names the file and field."""


@dataclass(frozen=True)
class ExerciseLibrary:
    """Every exercise and starter programme, looked up by id, category or text."""

    exercises: Mapping[str, Exercise]
    programmes: Mapping[str, StarterProgramme]

    def __len__(self) -> int:
        return len(self.exercises)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises.values())

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.exercises

    def get(self, exercise_id: str) -> Exercise:
        """The exercise with this id; KeyError if there is none."""
        return self.exercises[exercise_id]

    def in_category(self, category: Category) -> list[Exercise]:
        """The exercises of one category, in library order."""
        return [e for e in self.exercises.values() if e.category is category]

    def search(self, text: str) -> list[Exercise]:
        """Exercises whose id, names, summary or steps hold every word; name matches first."""
        words = text.lower().split()
        found = [e for e in self.exercises.values() if all(w in e.search_text() for w in words)]

        def in_name(e: Exercise) -> bool:
            name = f"{e.name} {e.short_name}".lower()
            return all(w in name for w in words)

        return sorted(found, key=lambda e: not in_name(e))

    def programme(self, programme_id: str) -> StarterProgramme:
        """The starter programme with this id; KeyError if there is none."""
        return self.programmes[programme_id]

    def dose_for(self, item: ProgrammeItem) -> Dose:
        """The dose a programme item asks for: its own, or the exercise's default."""
        return item.dose if item.dose is not None else self.get(item.exercise_id).dose


# ---------------------------------------------------------------------------------------------
# Reading a file


def _too_long_number(raw: bytes) -> str:
    for number, line in enumerate(raw.splitlines(), start=1):
        found = re.search(rb"\d{31,}", line)
        if found:
            digits = len(found.group())
            return f"line {number}: a number of {digits} digits is too long for any field"
    return "holds a value that cannot be read"


def _shown(value: object) -> str:
    """A value as a message quotes it: never thousands of digits."""
    text = str(value) if not isinstance(value, int) or abs(value) < 10**30 else ""
    return text if text and len(text) <= 40 else "a value far out of range"


class _Reader:
    """Checks one file's values and names the file and field when something is wrong."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, problem: str) -> ContentError:
        where = f"{self.path.name}: {field}: " if field else f"{self.path.name}: "
        return ContentError(where + problem)

    def load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except OSError as error:
            raise self.fail("", f"cannot be read ({error.strerror})") from error
        if len(raw) > MAX_FILE_BYTES:
            raise self.fail("", f"is larger than {MAX_FILE_BYTES // 1024} KB")
        try:
            return tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise self.fail("", "is not UTF-8 text") from error
        except tomllib.TOMLDecodeError as error:
            raise self.fail("", f"is not valid TOML ({error})") from error
        except RecursionError as error:
            raise self.fail("", "is nested too deeply to be read") from error
        except ValueError as error:
            # tomllib lets int() refuse a number of thousands of digits: say where it is.
            raise self.fail("", _too_long_number(raw)) from error

    def table(
        self, value: object, field: str, allowed: set[str], required: set[str]
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "must be a table")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(f"{field}.{unknown[0]}" if field else unknown[0], "unknown key")
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(f"{field}.{missing[0]}" if field else missing[0], "is missing")
        return value

    def text(self, value: object, field: str, max_len: int = 200, *, empty_ok: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(field, "must be text")
        stripped = value.strip()
        if not stripped and not empty_ok:
            raise self.fail(field, "must not be empty")
        if len(stripped) > max_len:
            raise self.fail(field, f"is longer than {max_len} characters")
        if any(ord(c) < 32 for c in stripped):
            raise self.fail(field, "contains control characters")
        return stripped

    def texts(
        self, value: object, field: str, *, min_items: int = 0, max_items: int = 12
    ) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(field, "must be a list of text")
        if not min_items <= len(value) <= max_items:
            raise self.fail(field, f"must have {min_items} to {max_items} entries")
        return tuple(self.text(v, f"{field}[{i}]") for i, v in enumerate(value))

    def ident(self, value: object, field: str) -> str:
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise self.fail(field, "must be an id of lower-case letters, digits and hyphens")
        return value

    def integer(self, value: object, field: str, limits: tuple[int, int]) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(field, "must be a whole number")
        low, high = limits
        if not low <= value <= high:
            raise self.fail(field, f"must be between {low} and {high}, not {_shown(value)}")
        return value

    def number(self, value: object, field: str, limits: tuple[float, float]) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, "must be a number")
        low, high = limits
        number = float(value)
        if not low <= number <= high:  # also rejects nan
            raise self.fail(field, f"must be between {low:g} and {high:g}, not {_shown(value)}")
        return number

    def choice(self, value: object, field: str, options: type[_E]) -> _E:
        names = [m.value for m in options]
        if not isinstance(value, str) or value not in names:
            raise self.fail(field, f"must be one of {', '.join(names)}")
        return options(value)

    def choices(self, value: object, field: str, options: type[_E]) -> tuple[_E, ...]:
        if not isinstance(value, list):
            raise self.fail(field, "must be a list")
        chosen = tuple(self.choice(v, f"{field}[{i}]", options) for i, v in enumerate(value))
        if len(set(chosen)) != len(chosen):
            raise self.fail(field, "lists the same entry twice")
        return chosen

    def ids(self, value: object, field: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(field, "must be a list of exercise ids")
        found = tuple(self.ident(v, f"{field}[{i}]") for i, v in enumerate(value))
        if len(set(found)) != len(found):
            raise self.fail(field, "lists the same id twice")
        return found

    def pair(
        self, value: object, field: str, limits: tuple[tuple[float, float], ...]
    ) -> tuple[float, ...]:
        if not isinstance(value, list) or len(value) != len(limits):
            raise self.fail(field, f"must be a list of {len(limits)} numbers")
        return tuple(
            self.number(v, f"{field}[{i}]", lim)
            for i, (v, lim) in enumerate(zip(value, limits, strict=True))
        )


# ---------------------------------------------------------------------------------------------
# Exercises


def _dose(r: _Reader, value: object, field: str, base: Dose | None = None) -> Dose:
    """A dose table; with `base`, a partial override of that dose."""
    required = set() if base is not None else {"sets", "reps", "sides", "times_per_day"}
    table = r.table(value, field, _DOSE_KEYS, required)
    dose = base or Dose()
    changes: dict[str, Any] = {}
    for key, limits in DOSE_LIMITS.items():
        if key in table:
            changes[key] = r.integer(table[key], f"{field}.{key}", limits)
    if "sides" in table:
        changes["sides"] = r.choice(table["sides"], f"{field}.sides", SidesMode)
    if "note" in table:
        changes["note"] = r.text(table["note"], f"{field}.note")
    return replace(dose, **changes)


def _arm(r: _Reader, value: object, field: str, base: ArmPose) -> ArmPose:
    table = r.table(value, field, _ARM_KEYS, set())
    arm = base
    if "shoulder" in table:
        arm = replace(
            arm, shoulder=r.number(table["shoulder"], f"{field}.shoulder", ANGLE_LIMITS["shoulder"])
        )
    if "elbow" in table:
        arm = replace(arm, elbow=r.number(table["elbow"], f"{field}.elbow", ANGLE_LIMITS["elbow"]))
    if "scale" in table:
        upper, fore = r.pair(table["scale"], f"{field}.scale", (SCALE_LIMITS,) * 2)
        arm = replace(arm, upper_scale=upper, fore_scale=fore)
    return arm


def _leg(r: _Reader, value: object, field: str, base: LegPose) -> LegPose:
    table = r.table(value, field, _LEG_KEYS, set())
    leg = base
    for key in ("hip", "knee", "ankle"):
        if key in table:
            leg = replace(leg, **{key: r.number(table[key], f"{field}.{key}", ANGLE_LIMITS[key])})
    if "scale" in table:
        thigh, shin, foot = r.pair(table["scale"], f"{field}.scale", (SCALE_LIMITS,) * 3)
        leg = replace(leg, thigh_scale=thigh, shin_scale=shin, foot_scale=foot)
    return leg


def _keyframe(r: _Reader, value: object, field: str, before: Pose | None) -> Keyframe:
    required = {"name", "pelvis"} if before is None else {"name"}
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
    for key in ("arm_near", "arm_far"):
        if key in table:
            changes[key] = _arm(r, table[key], f"{field}.{key}", getattr(pose, key))
    for key in ("leg_near", "leg_far"):
        if key in table:
            changes[key] = _leg(r, table[key], f"{field}.{key}", getattr(pose, key))
    pose = replace(pose, **changes)
    return Keyframe(name, pose)


def _figure(r: _Reader, value: object) -> Figure:
    table = r.table(value, "figure", _FIGURE_KEYS, {"view", "keyframes"})
    frames = table["keyframes"]
    if not isinstance(frames, list) or not 1 <= len(frames) <= 8:
        raise r.fail("figure.keyframes", "must be a list of 1 to 8 keyframes")
    keyframes: list[Keyframe] = []
    for i, frame in enumerate(frames):
        before = keyframes[-1].pose if keyframes else None
        keyframes.append(_keyframe(r, frame, f"figure.keyframes[{i}]", before))
    names = [k.name for k in keyframes]
    if len(set(names)) != len(names):
        raise r.fail("figure.keyframes", "two keyframes share a name")
    anchor = None
    if "prop_anchor" in table:
        x, y = r.pair(
            table["prop_anchor"], "figure.prop_anchor", ((0.0, BOX_WIDTH), (0.0, BOX_HEIGHT))
        )
        anchor = (x, y)
    return Figure(
        view=r.choice(table["view"], "figure.view", FigureView),
        props=r.choices(table.get("props", []), "figure.props", Prop),
        keyframes=tuple(keyframes),
        motion=r.choice(table.get("motion", "there_and_back"), "figure.motion", FigureMotion),
        prop_anchor=anchor,
    )


def read_exercise(path: Path) -> Exercise:
    """One exercise file, checked on its own (cross-references are checked by load_library)."""
    r = _Reader(path)
    data = r.table(r.load(), "", _EXERCISE_KEYS, _EXERCISE_KEYS)
    exercise_id = r.ident(data["id"], "id")
    if exercise_id != path.stem:
        raise r.fail("id", f"must match the file name ({path.stem!r}), not {exercise_id!r}")
    easier = r.ids(data["easier"], "easier")
    harder = r.ids(data["harder"], "harder")
    for field, ids in (("easier", easier), ("harder", harder)):
        if exercise_id in ids:
            raise r.fail(field, "must not name the exercise itself")
    both = sorted(set(easier) & set(harder))
    if both:
        raise r.fail("harder", f"{both[0]!r} is listed as both easier and harder")
    return Exercise(
        id=exercise_id,
        name=r.text(data["name"], "name", 60),
        short_name=r.text(data["short_name"], "short_name", SHORT_NAME_MAX),
        category=r.choice(data["category"], "category", Category),
        bias=r.choice(data["bias"], "bias", Bias),
        position=r.choice(data["position"], "position", Position),
        equipment=r.choices(data["equipment"], "equipment", Equipment),
        summary=r.text(data["summary"], "summary", 160),
        steps=r.texts(data["steps"], "steps", min_items=1),
        dose=_dose(r, data["dose"], "dose"),
        cautions=r.texts(data["cautions"], "cautions"),
        stop_rules=r.texts(data["stop_rules"], "stop_rules", min_items=1),
        easier=easier,
        harder=harder,
        evidence=r.text(data["evidence"], "evidence"),
        figure=_figure(r, data["figure"]),
        # Every file says which clearance conditions affect it, even when none do, so a new
        # exercise cannot skip the question by accident.
        clearance=frozenset(r.choices(data["clearance"], "clearance", ClearanceCondition)),
    )


# ---------------------------------------------------------------------------------------------
# Programmes and the whole library


def read_programme(path: Path, exercises: Mapping[str, Exercise]) -> StarterProgramme:
    """One starter programme file; every exercise it names must be in `exercises`."""
    r = _Reader(path)
    data = r.table(r.load(), "", _PROGRAMME_KEYS, _PROGRAMME_KEYS)
    programme_id = r.ident(data["id"], "id")
    if programme_id != path.stem:
        raise r.fail("id", f"must match the file name ({path.stem!r}), not {programme_id!r}")
    raw_items = data["items"]
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= 20:
        raise r.fail("items", "must be a list of 1 to 20 items")
    items: list[ProgrammeItem] = []
    for i, raw in enumerate(raw_items):
        field = f"items[{i}]"
        table = r.table(raw, field, _ITEM_KEYS, {"exercise"})
        exercise_id = r.ident(table["exercise"], f"{field}.exercise")
        if exercise_id not in exercises:
            raise r.fail(f"{field}.exercise", f"no exercise has the id {exercise_id!r}")
        dose = None
        if "dose" in table:
            dose = _dose(r, table["dose"], f"{field}.dose", exercises[exercise_id].dose)
        note = r.text(table.get("note", ""), f"{field}.note", empty_ok=True)
        items.append(ProgrammeItem(exercise_id, dose, note))
    return StarterProgramme(
        id=programme_id,
        name=r.text(data["name"], "name", 60),
        description=r.text(data["description"], "description", 400),
        items=tuple(items),
        sessions_per_day=r.integer(data["sessions_per_day"], "sessions_per_day", SESSIONS_PER_DAY),
        sitting_break_minutes=r.integer(
            data["sitting_break_minutes"], "sitting_break_minutes", SITTING_BREAK_MINUTES
        ),
    )


def load_library(folder: Path) -> ExerciseLibrary:
    """Every exercise in `folder` and every programme in `folder/programmes`, fully checked."""
    if not folder.is_dir():
        raise ContentError(f"{folder}: the exercise folder is missing")
    exercises: dict[str, Exercise] = {}
    for path in sorted(folder.glob("*.toml")):
        exercise = read_exercise(path)
        exercises[exercise.id] = exercise
    if not exercises:
        raise ContentError(f"{folder}: holds no exercise files")
    for exercise in exercises.values():
        for field in ("easier", "harder"):
            for other in getattr(exercise, field):
                if other not in exercises:
                    raise ContentError(
                        f"{exercise.id}.toml: {field}: no exercise has the id {other!r}"
                    )
    programmes: dict[str, StarterProgramme] = {}
    programme_folder = folder / "programmes"
    if programme_folder.is_dir():
        for path in sorted(programme_folder.glob("*.toml")):
            programme = read_programme(path, exercises)
            programmes[programme.id] = programme
    return ExerciseLibrary(exercises=exercises, programmes=programmes)
