"""Reads programme files (.scprog): the home programme a physiotherapist sends (programme_writer
writes them).

A programme file is untrusted: its size is capped, it is parsed as plain JSON only (no YAML, no
pickle, no NaN, no duplicate keys), older format versions are upgraded, the result is checked
against resources/schemas/programme.schema.json and then for sense (every exercise id known, caps
above the starting dose, review after start). Every problem names its field. Nothing in a file is
ever evaluated. The format is described in docs/programme-format.md.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.content.figure_reader import read_figure  # the library's own figure rules
from companion.content.library import ExerciseLibrary, check_dose
from companion.content.reader import ContentError, Reader
from companion.content.untrusted_json import (
    UnusableJson,
    Wording,
    loads_strictly,
    published_schema,
    schema_error_in_words,
)
from companion.domain.exercise import (
    Bias,
    Category,
    Dose,
    Equipment,
    Exercise,
    HoldPhase,
    Position,
    SidesMode,
    StarterProgramme,
)
from companion.domain.file_problems import FileProblem, FileReason, other
from companion.domain.programme import (
    DOSE_CEILING,
    WEEKDAY_NAMES,
    DoseField,
    FlareUpPlan,
    Prescription,
    ProgrammeDocument,
    ProgressionRule,
)

if TYPE_CHECKING:
    # jsonschema costs ~40 ms at import; it is loaded only when a file is checked.
    from jsonschema import Draft202012Validator, ValidationError

FORMAT = "sciatica-companion-programme"
# Version 3 added reps_per_set and hold_phases to the dose and times_per_week beside it, and
# made times_per_day each item's own (a version 2 app refuses those keys as unknown).
CURRENT_VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
FILE_SUFFIX = ".scprog"
MAX_FILE_BYTES = 256 * 1024
MAX_REPORTED_PROBLEMS = 20


class ProgrammeFileError(ValueError):
    """A programme file that cannot be used; `problems` names each field that is wrong."""

    def __init__(self, source: str, problems: Iterable[FileProblem]) -> None:
        self.source = source
        self.problems: tuple[FileProblem, ...] = tuple(problems)[:MAX_REPORTED_PROBLEMS]
        super().__init__(f"{source}: " + "; ".join(self.problems))


@dataclass(frozen=True)
class ProgrammeFile:
    """A checked programme: the domain document, and the version the file was written in."""

    document: ProgrammeDocument
    format_version: int = CURRENT_VERSION

    @property
    def was_upgraded(self) -> bool:
        """True if the file used an older format version."""
        return self.format_version != CURRENT_VERSION


def programme_schema() -> Mapping[str, Any]:
    """The published JSON Schema for programme files (the current format version)."""
    return published_schema("programme")


@cache
def _validator(version: int) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = programme_schema()
    if version == CURRENT_VERSION:
        return Draft202012Validator(schema)
    if version == 2:
        # Version 2 is version 3 without its new keys. Builds made while those keys were being
        # added wrote them under version 2 already, so a version 2 file is read with them.
        properties = {**schema["properties"], "format_version": {"const": 2}}
        return Draft202012Validator({**schema, "properties": properties})
    # Older versions are described under $defs of the same file.
    return Draft202012Validator(
        {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/v{version}"}
    )


# --- Reading ---------------------------------------------------------------------------------


def load_programme_file(path: Path, library: ExerciseLibrary) -> ProgrammeFile:
    """Read, upgrade, validate and build the programme in `path`."""
    source = path.name
    try:
        if not path.is_file():
            raise ProgrammeFileError(source, [FileProblem("", FileReason.NOT_A_FILE)])
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProgrammeFileError(source, [_too_big()])
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)  # never more than the cap, even if it grew
    except OSError as error:
        raise ProgrammeFileError(
            source, [FileProblem("", FileReason.UNREADABLE, detail=error.strerror)]
        ) from None
    return parse_programme(raw, library, source)


def parse_programme(
    raw: bytes | str, library: ExerciseLibrary, source: str = "programme"
) -> ProgrammeFile:
    """Check and build a programme from the bytes of a file."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_FILE_BYTES:
        raise ProgrammeFileError(source, [_too_big()])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProgrammeFileError(source, [FileProblem("", FileReason.NOT_UTF8)]) from None
    try:
        data = loads_strictly(
            text,
            repeated_key=lambda key: FileProblem(key, FileReason.REPEATED_KEY),
            not_a_number=lambda name: FileProblem("", FileReason.NOT_A_NUMBER, name=name),
        )
    except json.JSONDecodeError as error:
        raise ProgrammeFileError(
            source,
            [
                FileProblem(
                    "",
                    FileReason.NOT_JSON,
                    detail=error.msg,
                    line=error.lineno,
                    column=error.colno,
                )
            ],
        ) from None
    except UnusableJson as error:
        raise ProgrammeFileError(source, [error.problem]) from None
    except RecursionError:
        raise ProgrammeFileError(source, [FileProblem("", FileReason.TOO_DEEP)]) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ProgrammeFileError(
            source, [FileProblem("", FileReason.UNUSABLE_VALUE, detail=str(error))]
        ) from None
    return programme_from_data(data, library, source)


def programme_from_data(
    data: object, library: ExerciseLibrary, source: str = "programme"
) -> ProgrammeFile:
    """Upgrade, validate and build already-parsed JSON."""
    version = _version_of(data, source)
    problems = _schema_problems(data, version)
    if problems:
        raise ProgrammeFileError(source, problems)
    assert isinstance(data, dict)  # the schema says so
    current = upgrade(data)
    if version != CURRENT_VERSION:
        # An upgrade that produced an invalid file would be our bug; say so by field anyway.
        problems = _schema_problems(current, CURRENT_VERSION)
        if problems:
            raise ProgrammeFileError(source, problems)
    builder = _Builder(library)
    document = builder.build(current)
    if builder.problems:
        raise ProgrammeFileError(source, builder.problems)
    return ProgrammeFile(document, version)


def stored_document(data: Mapping[str, Any]) -> ProgrammeDocument:
    """A document the app stored itself (already checked when it was imported)."""
    builder = _Builder(None)
    document = builder.build(upgrade(data))
    if builder.problems:
        raise ProgrammeFileError("stored programme", builder.problems)
    return document


def programme_problems(data: object, library: ExerciseLibrary) -> list[FileProblem]:
    """Every problem with parsed programme JSON, each naming its field; empty when it is fine."""
    try:
        programme_from_data(data, library)
    except ProgrammeFileError as error:
        return list(error.problems)
    return []


def _version_of(data: object, source: str) -> int:
    if not isinstance(data, dict):
        raise ProgrammeFileError(source, [FileProblem("file", FileReason.NOT_AN_OBJECT)])
    if data.get("format") != FORMAT:
        raise ProgrammeFileError(
            source, [FileProblem("format", FileReason.WRONG_FORMAT, expected=FORMAT)]
        )
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProgrammeFileError(
            source, [FileProblem("format_version", FileReason.VERSION_NOT_WHOLE)]
        )
    if version > CURRENT_VERSION:
        raise ProgrammeFileError(
            source,
            [
                FileProblem(
                    "format_version",
                    FileReason.VERSION_TOO_NEW,
                    version=version,
                    newest=CURRENT_VERSION,
                )
            ],
        )
    if version not in READABLE_VERSIONS:
        raise ProgrammeFileError(
            source, [FileProblem("format_version", FileReason.VERSION_UNKNOWN, version=version)]
        )
    return version


def upgrade(data: Mapping[str, Any]) -> dict[str, Any]:
    """A valid file of any readable version, rewritten in the current version."""
    if data["format_version"] == CURRENT_VERSION:
        return dict(data)
    if data["format_version"] == 2:
        # Version 3 only added keys: a version 2 file is a version 3 file as it stands.
        return {**data, "format_version": CURRENT_VERSION}
    # Version 1 (the first release): author and clinic were plain text, the dose sat beside the
    # exercise id with "hold" and "rest" in seconds, days were numbers and the flare-up plan a
    # single text.
    upgraded: dict[str, Any] = {
        "format": FORMAT,
        "format_version": CURRENT_VERSION,
        "title": data["title"],
        "author": {"name": data["author"], "clinic": data.get("clinic", "")},
        "start_date": data["start_date"],
    }
    for key in ("review_date", "sitting_break_minutes", "notes"):
        if key in data:
            upgraded[key] = data[key]
    if data.get("flare_plan", "").strip():
        upgraded["flare_up_plan"] = {"advice": data["flare_plan"]}
    exercises: list[dict[str, Any]] = []
    for old in data["exercises"]:
        dose: dict[str, Any] = {"sets": old["sets"], "reps": old["reps"]}
        for old_key, new_key in (("hold", "hold_s"), ("rest", "rest_s"), ("sides", "sides")):
            if old_key in old:
                dose[new_key] = old[old_key]
        item: dict[str, Any] = {"exercise": old["id"], "dose": dose}
        if "times_per_day" in old:
            item["times_per_day"] = old["times_per_day"]
        if "days" in old:
            item["days"] = [WEEKDAY_NAMES[d - 1] for d in sorted(old["days"])]
        if "notes" in old:
            item["notes"] = old["notes"]
        exercises.append(item)
    upgraded["exercises"] = exercises
    return upgraded


# --- Building the domain objects ---------------------------------------------------------------


class _Builder:
    """Turns schema-valid current-version JSON into a ProgrammeDocument, collecting problems."""

    def __init__(self, library: ExerciseLibrary | None) -> None:
        self.library = library  # None: data we stored ourselves, ids are not checked again
        self.problems: list[FileProblem] = []

    def fail(self, field: str, reason: FileReason, **values: Any) -> None:
        self.problems.append(FileProblem(field, reason, **values))

    def date(self, value: str, field: str) -> date | None:
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(field, FileReason.NOT_A_REAL_DATE, value=value)
            return None

    def build(self, data: Mapping[str, Any]) -> ProgrammeDocument:
        custom = tuple(
            e
            for e in (
                self.custom_exercise(raw, f"custom_exercises[{i}]")
                for i, raw in enumerate(data.get("custom_exercises", []))
            )
            if e is not None
        )
        custom_ids = {e.id for e in custom}
        if len(custom_ids) != len(custom):
            self.fail("custom_exercises", FileReason.SHARED_CUSTOM_ID)
        known = set(self.library.exercises) | custom_ids if self.library is not None else None
        exercises = tuple(
            self.prescription(raw, f"exercises[{i}]", known)
            for i, raw in enumerate(data["exercises"])
        )
        start = self.date(data["start_date"], "start_date")
        review = self.date(data["review_date"], "review_date") if "review_date" in data else None
        issued = self.date(data["issued"], "issued") if "issued" in data else None
        if start and review and review < start:
            self.fail("review_date", FileReason.REVIEW_BEFORE_START)
        flare = None
        if "flare_up_plan" in data:
            raw_flare = data["flare_up_plan"]
            for i, exercise_id in enumerate(raw_flare.get("exercises", [])):
                if known is not None and exercise_id not in known:
                    self.fail(
                        f"flare_up_plan.exercises[{i}]",
                        FileReason.UNKNOWN_EXERCISE,
                        exercise=exercise_id,
                    )
            flare = FlareUpPlan(
                advice=raw_flare["advice"].strip(),
                exercise_ids=tuple(raw_flare.get("exercises", [])),
                sitting_break_minutes=raw_flare.get("sitting_break_minutes"),
            )
        author = data["author"]
        return ProgrammeDocument(
            title=data["title"].strip(),
            exercises=exercises,
            author=author["name"].strip(),
            clinic=author.get("clinic", "").strip(),
            contact=author.get("contact", "").strip(),
            patient_label=data.get("patient_label", "").strip(),
            issued=issued,
            start_date=start,
            review_date=review,
            sitting_break_minutes=data.get("sitting_break_minutes"),
            notes=data.get("notes", "").strip(),
            flare_up=flare,
            custom_exercises=custom,
        )

    def prescription(
        self, raw: Mapping[str, Any], field: str, known: set[str] | None
    ) -> Prescription:
        exercise_id = raw["exercise"]
        if known is not None and exercise_id not in known:
            self.fail(f"{field}.exercise", FileReason.UNKNOWN_EXERCISE, exercise=exercise_id)
        raw_dose = raw["dose"]
        phases = tuple(
            HoldPhase(p["name"].strip(), int(p["seconds"]), p.get("frame", "").strip())
            for p in raw_dose.get("hold_phases", [])
        )
        dose = Dose(
            sets=int(raw_dose["sets"]),
            reps=int(raw_dose["reps"]),
            hold_s=int(raw_dose.get("hold_s", sum(p.seconds for p in phases))),
            rest_s=int(raw_dose.get("rest_s", 0)),
            sides=SidesMode(raw_dose.get("sides", SidesMode.ONE.value)),
            times_per_day=int(raw.get("times_per_day", 1)),
            minutes=int(raw_dose["minutes"]) if "minutes" in raw_dose else None,
            reps_per_set=tuple(int(n) for n in raw_dose.get("reps_per_set", [])),
            hold_phases=phases,
            times_per_week=int(raw["times_per_week"]) if "times_per_week" in raw else None,
        )
        self.check_dose(dose, field, exercise_id)
        days = frozenset(WEEKDAY_NAMES.index(d) + 1 for d in raw.get("days", WEEKDAY_NAMES))
        if dose.times_per_week is not None and dose.times_per_week > len(days):
            self.fail(
                f"{field}.times_per_week",
                FileReason.WEEKLY_OVER_DAYS,
                times=dose.times_per_week,
                days=len(days),
            )
        rules: list[ProgressionRule] = []
        for i, raw_rule in enumerate(raw.get("progression", [])):
            where = f"{field}.progression[{i}]"
            change = DoseField(raw_rule["change"])
            rule = ProgressionRule(
                change=change,
                step=int(raw_rule["step"]),
                after_sessions=int(raw_rule["after_sessions"]),
                up_to=int(raw_rule["up_to"]),
            )
            start_value = int(getattr(dose, change.value))
            ceiling = DOSE_CEILING[change.value]
            if rule.up_to > ceiling:
                self.fail(
                    f"{where}.up_to",
                    FileReason.CAP_OVER_CEILING,
                    limit=ceiling,
                    dose_field=change.value,
                )
            elif rule.up_to <= start_value:
                self.fail(
                    f"{where}.up_to",
                    FileReason.CAP_NOT_ABOVE_START,
                    dose_field=change.value,
                    start=start_value,
                )
            if any(r.change is change for r in rules):
                self.fail(f"{where}.change", FileReason.RULE_REPEATED, dose_field=change.value)
            if dose.reps_per_set and change in (DoseField.SETS, DoseField.REPS):
                self.fail(
                    f"{where}.change",
                    FileReason.RULE_WITH_FALLING_COUNT,
                    dose_field=change.value,
                )
            if dose.hold_phases and change is DoseField.HOLD_S:
                self.fail(f"{where}.change", FileReason.HOLD_RULE_WITH_PHASES)
            rules.append(rule)
        return Prescription(
            exercise_id=exercise_id,
            dose=dose,
            days=days,
            notes=raw.get("notes", "").strip(),
            progression=tuple(rules),
        )

    def check_dose(self, dose: Dose, field: str, exercise_id: str) -> None:
        where = {"times_per_week": field}  # times_per_week sits beside the dose, not in it

        class _Stop(Exception):
            pass

        def fail(key: str, reason: FileReason, **values: Any) -> _Stop:
            self.fail(f"{where.get(key, field + '.dose')}.{key}", reason, **values)
            return _Stop()

        with contextlib.suppress(_Stop):
            check_dose(dose, fail)
        if dose.hold_phases and self.library is not None:
            exercise = self.library.exercises.get(exercise_id)
            frames = [k.name for k in exercise.figure.keyframes] if exercise else None
            for i, phase in enumerate(dose.hold_phases):
                if phase.frame and frames is not None and phase.frame not in frames:
                    self.fail(
                        f"{field}.dose.hold_phases[{i}].frame",
                        FileReason.UNKNOWN_KEYFRAME,
                        exercise=exercise_id,
                        frame=phase.frame,
                        frames=", ".join(frames),
                    )

    def custom_exercise(self, raw: Mapping[str, Any], field: str) -> Exercise | None:
        exercise_id = raw["id"]
        if self.library is not None and exercise_id in self.library:
            self.fail(f"{field}.id", FileReason.LIBRARY_EXERCISE_ID, exercise=exercise_id)
        try:
            figure = read_figure(Reader(Path(field)), raw["figure"], contacts_required=False)
        except ContentError as error:
            self.problems.append(other(str(error)))
            return None
        name = raw["name"].strip()
        return Exercise(
            id=exercise_id,
            name=name,
            short_name=raw.get("short_name", name[:24]).strip(),
            category=Category(raw["category"]),
            bias=Bias.NEUTRAL,
            position=Position(raw["position"]),
            equipment=tuple(Equipment(e) for e in raw.get("equipment", [])),
            summary=raw["summary"].strip(),
            steps=tuple(s.strip() for s in raw["steps"]),
            dose=Dose(),
            cautions=tuple(s.strip() for s in raw.get("cautions", [])),
            stop_rules=tuple(s.strip() for s in raw.get("stop_rules", [])),
            easier=(),
            harder=(),
            evidence="",
            figure=figure,
        )


def starter_document(
    starter: StarterProgramme, library: ExerciseLibrary, start: date
) -> ProgrammeDocument:
    """A starter programme as a programme document the patient can follow."""
    items = []
    for item in starter.items:
        # Each item keeps its own times a day (the flare-up plan's walk 4 times a day); the
        # dose note is the library's words, not the programme's, so it is not copied.
        dose = replace(library.dose_for(item), note="")
        items.append(Prescription(item.exercise_id, dose, notes=item.note))
    return ProgrammeDocument(
        title=starter.name,
        exercises=tuple(items),
        start_date=start,
        sitting_break_minutes=starter.sitting_break_minutes,
        notes=starter.description,
        starter_id=starter.id,
    )


# --- Parsing guards and schema errors in words ---------------------------------------------------


def _too_big() -> FileProblem:
    return FileProblem("", FileReason.TOO_BIG, kib=MAX_FILE_BYTES // 1024)


_WORDING: Wording = {
    "pattern": lambda value, _path: (_pattern_reason(str(value)), {}),
    "minItems": lambda value, _path: (
        FileReason.TOO_FEW_ENTRIES,
        {"count": value, "entries": "entry" if value == 1 else "entries"},
    ),
    "maxItems": lambda value, _path: (FileReason.TOO_MANY_ENTRIES, {"count": value}),
    "uniqueItems": lambda _value, _path: (FileReason.REPEATED_ENTRY, {}),
    "items": lambda _value, _path: (FileReason.EXTRA_ENTRIES, {}),
}


def _describe(error: ValidationError) -> list[FileProblem]:
    return schema_error_in_words(error, _WORDING)


def _pattern_reason(pattern: str) -> FileReason:
    if pattern == "\\S":
        return FileReason.BLANK
    if "[0-9]{4}" in pattern:
        return FileReason.NOT_A_DATE_FORM
    return FileReason.NOT_AN_ID


def _schema_problems(data: object, version: int) -> list[FileProblem]:
    problems: list[FileProblem] = []
    errors = sorted(
        _validator(version).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
    )
    seen: set[str] = set()
    for error in errors:
        for problem in _describe(error):
            if problem.field not in seen:  # one problem per field is enough to fix it
                seen.add(problem.field)
                problems.append(problem)
    return problems
