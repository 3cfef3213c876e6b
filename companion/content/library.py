"""Loads the exercise library and starter programmes from TOML, checking every field strictly.

Layout: `<folder>/*.toml` holds one exercise each (file name = id) and
`<folder>/programmes/*.toml` one starter programme each; `<id>.<language>.toml` beside a file
is its translation overlay (content.translation, docs/content-translation.md). A bad file never
half-loads: the first problem raises `ContentError` naming the file and the field.

Inside `[[figure.keyframes]]` each keyframe states only what changes from the one before it;
the first keyframe starts from the neutral pose (upright, every joint at 0). Only `contacts`,
which body parts touch the floor, bed, chair, wall or saddle, is said in every keyframe.

A `[dose]` may also hold a falling count (`reps_per_set = [6, 4, 2]`, one per set, the first
equal to `reps`), a hold in stages (`hold_phases = [{ name, seconds, frame }]`, 2 to 4, each
`frame` a keyframe's name) or a weekly count (`times_per_week`, with `times_per_day = 1`). A
starter programme's `[[items]]` may say its own `times_per_day`; without it the item keeps its
exercise's (or its dose override's), never the programme's `sessions_per_day`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from companion.content.figure_reader import read_figure
from companion.content.reader import MAX_FILE_BYTES as MAX_FILE_BYTES  # noqa: PLC0414
from companion.content.reader import ContentError as ContentError  # noqa: PLC0414
from companion.content.reader import Reader
from companion.content.translation import (
    ENGLISH,
    EXERCISE_TEXT_MAX,
    PROGRAMME_TEXT_MAX,
    check_language,
    check_no_orphans,
    english_files,
    translate_exercise,
    translate_programme,
)
from companion.domain.exercise import (
    Bias,
    Category,
    ClearanceCondition,
    Dose,
    Equipment,
    Exercise,
    HoldPhase,
    Position,
    ProgrammeItem,
    SidesMode,
    StarterProgramme,
)

# Re-exported: the app, the CLI and the tests import these from the library, as before.
from companion.domain.file_problems import FileProblem, FileReason
from companion.domain.illustration.pose import (
    Figure,
)

SHORT_NAME_MAX = EXERCISE_TEXT_MAX["short_name"]

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

TIMES_PER_WEEK = (1, 7)
HOLD_PHASES = (2, 4)  # a hold in phases has at least two, and more would not fit the screen
PHASE_NAME_MAX = 40

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
_DOSE_KEYS = set(DOSE_LIMITS) | {"sides", "note", "reps_per_set", "hold_phases", "times_per_week"}
_PHASE_KEYS = {"name", "seconds", "frame"}
_PROGRAMME_KEYS = {
    "id",
    "name",
    "description",
    "items",
    "sessions_per_day",
    "sitting_break_minutes",
}
_ITEM_KEYS = {"exercise", "dose", "note", "times_per_day"}


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
# Exercises


def _dose(r: Reader, value: object, field: str, base: Dose | None = None) -> Dose:
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
    if "reps_per_set" in table:
        changes["reps_per_set"] = _reps_per_set(r, table["reps_per_set"], f"{field}.reps_per_set")
    if "hold_phases" in table:
        changes["hold_phases"] = _hold_phases(r, table["hold_phases"], f"{field}.hold_phases")
    if "times_per_week" in table:
        changes["times_per_week"] = r.integer(
            table["times_per_week"], f"{field}.times_per_week", TIMES_PER_WEEK
        )
    dose = replace(dose, **changes)
    if dose.hold_phases and "hold_s" not in table:
        dose = replace(dose, hold_s=sum(p.seconds for p in dose.hold_phases))
    check_dose(
        dose,
        lambda key, reason, **values: r.fail(
            f"{field}.{key}", str(FileProblem("", reason, **values))
        ),
    )
    return dose


def _reps_per_set(r: Reader, value: object, field: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not value:
        raise r.fail(field, "must be a list of whole numbers, one for each set, e.g. [6, 4, 2]")
    return tuple(r.integer(n, f"{field}[{i}]", DOSE_LIMITS["reps"]) for i, n in enumerate(value))


def _hold_phases(r: Reader, value: object, field: str) -> tuple[HoldPhase, ...]:
    low, high = HOLD_PHASES
    if not isinstance(value, list) or not low <= len(value) <= high:
        raise r.fail(
            field, f"must be a list of {low} to {high} phases, each with a name and seconds"
        )
    phases = []
    for i, raw in enumerate(value):
        where = f"{field}[{i}]"
        table = r.table(raw, where, _PHASE_KEYS, {"name", "seconds"})
        phases.append(
            HoldPhase(
                name=r.text(table["name"], f"{where}.name", PHASE_NAME_MAX),
                seconds=r.integer(
                    table["seconds"], f"{where}.seconds", (1, DOSE_LIMITS["hold_s"][1])
                ),
                frame=r.text(table["frame"], f"{where}.frame", 40) if "frame" in table else "",
            )
        )
    return tuple(phases)


def check_dose(dose: Dose, fail: Any) -> None:
    """Raise `fail(key, reason, **values)` for a dose whose parts disagree.

    Shared with programme files, which keep the reason; the library's own files keep the words.
    """
    if dose.reps_per_set:
        if len(dose.reps_per_set) != dose.sets:
            raise fail(
                "reps_per_set",
                FileReason.REPS_PER_SET_COUNT,
                given=len(dose.reps_per_set),
                sets=dose.sets,
            )
        if dose.reps != dose.reps_per_set[0]:
            raise fail("reps", FileReason.REPS_NOT_FIRST_SET, first=dose.reps_per_set[0])
    if dose.hold_phases:
        total = sum(p.seconds for p in dose.hold_phases)
        if dose.hold_s not in (0, total):
            raise fail("hold_s", FileReason.HOLD_NOT_PHASES_TOTAL, total=total)
        if total > DOSE_LIMITS["hold_s"][1]:
            raise fail(
                "hold_phases",
                FileReason.PHASES_TOO_LONG,
                total=total,
                limit=DOSE_LIMITS["hold_s"][1],
            )
    if dose.times_per_week is not None and dose.times_per_day != 1:
        raise fail("times_per_week", FileReason.WEEKLY_NOT_ONCE_A_DAY)


def read_exercise(path: Path) -> Exercise:
    """One exercise file, checked on its own (cross-references are checked by load_library)."""
    r = Reader(path)
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
    dose = _dose(r, data["dose"], "dose")
    figure = read_figure(r, data["figure"])
    _check_phase_frames(r, dose, figure, "dose")
    return Exercise(
        id=exercise_id,
        name=r.text(data["name"], "name", EXERCISE_TEXT_MAX["name"]),
        short_name=r.text(data["short_name"], "short_name", SHORT_NAME_MAX),
        category=r.choice(data["category"], "category", Category),
        bias=r.choice(data["bias"], "bias", Bias),
        position=r.choice(data["position"], "position", Position),
        equipment=r.choices(data["equipment"], "equipment", Equipment),
        summary=r.text(data["summary"], "summary", EXERCISE_TEXT_MAX["summary"]),
        steps=r.texts(data["steps"], "steps", min_items=1),
        dose=dose,
        cautions=r.texts(data["cautions"], "cautions"),
        stop_rules=r.texts(data["stop_rules"], "stop_rules", min_items=1),
        easier=easier,
        harder=harder,
        evidence=r.text(data["evidence"], "evidence", EXERCISE_TEXT_MAX["evidence"]),
        figure=figure,
        # Every file says which clearance conditions affect it, even when none do, so a new
        # exercise cannot skip the question by accident.
        clearance=frozenset(r.choices(data["clearance"], "clearance", ClearanceCondition)),
    )


def _check_phase_frames(r: Reader, dose: Dose, figure: Figure, field: str) -> None:
    frames = [k.name for k in figure.keyframes]
    for i, phase in enumerate(dose.hold_phases):
        if phase.frame and phase.frame not in frames:
            raise r.fail(
                f"{field}.hold_phases[{i}].frame",
                f"no keyframe is named {phase.frame!r} (the figure has {', '.join(frames)})",
            )


# ---------------------------------------------------------------------------------------------
# Programmes and the whole library


def read_programme(path: Path, exercises: Mapping[str, Exercise]) -> StarterProgramme:
    """One starter programme file; every exercise it names must be in `exercises`."""
    r = Reader(path)
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
        exercise = exercises[exercise_id]
        raw_dose = table.get("dose")
        if "times_per_day" in table and isinstance(raw_dose, dict) and "times_per_day" in raw_dose:
            raise r.fail(f"{field}.dose.times_per_day", "give times_per_day once, on the item")
        dose = exercise.dose
        if "dose" in table:
            dose = _dose(r, table["dose"], f"{field}.dose", exercise.dose)
            _check_phase_frames(r, dose, exercise.figure, f"{field}.dose")
        # An item keeps its own times a day (its own, or its exercise's): the programme's
        # sessions a day would give a once-a-day strength exercise the wrong count.
        if "times_per_day" in table:
            times = r.integer(
                table["times_per_day"], f"{field}.times_per_day", DOSE_LIMITS["times_per_day"]
            )
            if dose.is_weekly and times != 1:
                raise r.fail(f"{field}.times_per_day", "must be 1 for a weekly activity")
            dose = replace(dose, times_per_day=times)
        item_dose = dose if dose != exercise.dose else None
        note = r.text(table.get("note", ""), f"{field}.note", empty_ok=True)
        items.append(ProgrammeItem(exercise_id, item_dose, note))
    return StarterProgramme(
        id=programme_id,
        name=r.text(data["name"], "name", PROGRAMME_TEXT_MAX["name"]),
        description=r.text(data["description"], "description", PROGRAMME_TEXT_MAX["description"]),
        items=tuple(items),
        sessions_per_day=r.integer(data["sessions_per_day"], "sessions_per_day", SESSIONS_PER_DAY),
        sitting_break_minutes=r.integer(
            data["sitting_break_minutes"], "sitting_break_minutes", SITTING_BREAK_MINUTES
        ),
    )


def load_library(folder: Path, language: str = ENGLISH) -> ExerciseLibrary:
    """Every exercise in `folder` and every programme in `folder/programmes`, fully checked.

    With a `language` other than English, each file's overlay for it (see content.translation)
    replaces the English prose field by field; what an overlay lacks stays English.
    """
    library, _untranslated = _load(folder, language)
    return library


def untranslated_fields(folder: Path, language: str) -> list[str]:
    """Every English prose field no overlay in `language` translates, as "file: field"."""
    _library, untranslated = _load(folder, language)
    return untranslated


def _load(folder: Path, language: str) -> tuple[ExerciseLibrary, list[str]]:
    check_language(language)
    if not folder.is_dir():
        raise ContentError(f"{folder}: the exercise folder is missing")
    exercises: dict[str, Exercise] = {}
    paths: dict[str, Path] = {}
    for path in english_files(folder):
        exercise = read_exercise(path)
        exercises[exercise.id], paths[exercise.id] = exercise, path
    if not exercises:
        raise ContentError(f"{folder}: holds no exercise files")
    for exercise in exercises.values():
        for field in ("easier", "harder"):
            for other in getattr(exercise, field):
                if other not in exercises:
                    raise ContentError(
                        f"{exercise.id}.toml: {field}: no exercise has the id {other!r}"
                    )
    untranslated: list[str] = []
    if language != ENGLISH:
        # English never reads an overlay, so a broken translation cannot break it.
        check_no_orphans(folder, set(exercises), language)
        exercises = {
            key: translate_exercise(exercise, paths[key], language, untranslated)
            for key, exercise in exercises.items()
        }
    programmes: dict[str, StarterProgramme] = {}
    programme_folder = folder / "programmes"
    if programme_folder.is_dir():
        for path in english_files(programme_folder):
            # Read over the translated exercises, so a dose note an item takes over from its
            # exercise is already in the language.
            programme = read_programme(path, exercises)
            if language != ENGLISH:
                programme = translate_programme(programme, path, language, untranslated)
            programmes[programme.id] = programme
        if language != ENGLISH:
            check_no_orphans(programme_folder, set(programmes), language)
    return ExerciseLibrary(exercises=exercises, programmes=programmes), untranslated
