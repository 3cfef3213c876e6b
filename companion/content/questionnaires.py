"""Reads a clinic's questionnaire file (JSON), checks it, and returns a domain Questionnaire.

The file is untrusted: its size is capped, it is parsed as plain JSON (no NaN, no duplicate
keys), validated against resources/schemas/questionnaire.schema.json and then checked for
sense (unique ids, scores inside the declared range). Nothing in it is ever evaluated.
The format is described in docs/questionnaire-format.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.content.untrusted_json import (
    TYPE_WORDS,
    UnusableJson,
    Wording,
    Words,
    json_path,
    loads_strictly,
    published_schema,
    schema_error_in_words,
)
from companion.domain.file_problems import FileProblem, FileReason, other
from companion.domain.measures import BUILT_IN_MEASURES, ChangeThreshold, MeasureError
from companion.domain.questionnaire import (
    ItemKind,
    Questionnaire,
    QuestionnaireError,
    QuestionnaireItem,
    ResponseOption,
    ScoringMethod,
    ScoringRule,
)

if TYPE_CHECKING:
    # jsonschema costs ~40 ms at import; it is loaded only when a file is checked.
    from jsonschema import Draft202012Validator, ValidationError

MAX_FILE_BYTES = 256 * 1024
MAX_REPORTED_PROBLEMS = 20
FILE_SUFFIX = ".json"


class QuestionnaireFileError(ValueError):
    """A questionnaire file that cannot be used; `problems` names each field that is wrong.

    Each problem is a FileProblem (a field, a reason and values; its text is the English), so
    the app and the command line word it in the reader's language.
    """

    def __init__(self, source: str, problems: Iterable[str]) -> None:
        self.source = source
        self.problems: tuple[FileProblem, ...] = tuple(
            p if isinstance(p, FileProblem) else other(p) for p in problems
        )[:MAX_REPORTED_PROBLEMS]
        super().__init__(f"{source}: " + "; ".join(self.problems))


def questionnaire_schema() -> Mapping[str, Any]:
    """The published JSON Schema for questionnaire files."""
    return published_schema("questionnaire")


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(questionnaire_schema())


def load_questionnaire(path: Path) -> Questionnaire:
    """Read, validate and build the questionnaire in `path`."""
    source = path.name
    try:
        if not path.is_file():
            raise QuestionnaireFileError(
                source, [FileProblem("", FileReason.QUESTIONNAIRE_NOT_A_FILE)]
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise QuestionnaireFileError(source, [_too_big()])
        with path.open("rb") as file:
            # Read no more than the cap, even if the file grew after stat().
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise QuestionnaireFileError(
            source, [FileProblem("", FileReason.UNREADABLE, detail=error.strerror)]
        ) from None
    return parse_questionnaire(raw, source)


def parse_questionnaire(raw: bytes | str, source: str = "questionnaire") -> Questionnaire:
    """Validate and build a questionnaire from the text of a file."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if len(raw) > MAX_FILE_BYTES:
        raise QuestionnaireFileError(source, [_too_big()])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QuestionnaireFileError(
            source, [FileProblem("", FileReason.QUESTIONNAIRE_NOT_UTF8)]
        ) from None
    try:
        data = loads_strictly(
            text,
            repeated_key=lambda key: FileProblem(
                "", FileReason.QUESTIONNAIRE_REPEATED_KEY, key=key
            ),
            not_a_number=lambda name: FileProblem(
                "", FileReason.QUESTIONNAIRE_NOT_A_NUMBER, name=name
            ),
        )
    except json.JSONDecodeError as error:
        problem = FileProblem(
            "",
            FileReason.QUESTIONNAIRE_NOT_JSON,
            detail=error.msg,
            line=error.lineno,
            column=error.colno,
        )
        raise QuestionnaireFileError(source, [problem]) from None
    except UnusableJson as error:
        raise QuestionnaireFileError(source, [error.problem]) from None
    except RecursionError:
        raise QuestionnaireFileError(
            source, [FileProblem("", FileReason.QUESTIONNAIRE_TOO_DEEP)]
        ) from None
    except ValueError as error:  # a last guard: any other value the parser cannot turn into data
        raise QuestionnaireFileError(
            source, [FileProblem("", FileReason.QUESTIONNAIRE_UNUSABLE_VALUE, detail=str(error))]
        ) from None
    return questionnaire_from_data(data, source)


def questionnaire_from_data(data: object, source: str = "questionnaire") -> Questionnaire:
    """Validate already-parsed JSON and build the questionnaire."""
    problems = schema_problems(data)
    if problems or not isinstance(data, dict):
        raise QuestionnaireFileError(source, problems or [_not_an_object()])
    try:
        return _build(data)
    except QuestionnaireError as error:
        raise QuestionnaireFileError(source, error.problems) from None


def check_questionnaire(data: object) -> list[FileProblem]:
    """Every problem with parsed questionnaire JSON; an empty list means it can be loaded."""
    try:
        questionnaire_from_data(data)
    except QuestionnaireFileError as error:
        return list(error.problems)
    return []


@dataclass(frozen=True)
class QuestionnaireFolder:
    """The questionnaires found in a folder, and the files that could not be used."""

    loaded: tuple[Questionnaire, ...] = ()
    failed: tuple[QuestionnaireFileError, ...] = field(default_factory=tuple)


def load_questionnaire_folder(folder: Path) -> QuestionnaireFolder:
    """Every *.json questionnaire in `folder`; bad files and repeated ids are reported apart."""
    loaded: list[Questionnaire] = []
    failed: list[QuestionnaireFileError] = []
    if not folder.is_dir():
        return QuestionnaireFolder()
    owners: dict[str, str] = {}
    for path in sorted(folder.glob(f"*{FILE_SUFFIX}")):
        try:
            questionnaire = load_questionnaire(path)
        except QuestionnaireFileError as error:
            failed.append(error)
            continue
        if questionnaire.id in owners:
            failed.append(
                QuestionnaireFileError(
                    path.name, [id_already_used(questionnaire.id, owners[questionnaire.id])]
                )
            )
            continue
        owners[questionnaire.id] = path.name
        loaded.append(questionnaire)
    return QuestionnaireFolder(tuple(loaded), tuple(failed))


# --- Parsing guards ----------------------------------------------------------------------------


def _too_big() -> FileProblem:
    return FileProblem("", FileReason.QUESTIONNAIRE_TOO_BIG, kib=MAX_FILE_BYTES // 1024)


def _not_an_object() -> FileProblem:
    return FileProblem(
        "file", FileReason.WRONG_TYPE, type="object", type_words=TYPE_WORDS["object"]
    )


def id_already_used(questionnaire_id: str, owner: str) -> FileProblem:
    """A second file with the id of one read before it (`owner`, its file name)."""
    return FileProblem("id", FileReason.ID_ALREADY_USED, id=questionnaire_id, file=owner)


# --- Schema errors in words ----------------------------------------------------------------------


_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_PATTERN_WORDS = {
    "\\S": FileReason.BLANK,
    "^[a-z][a-z0-9_-]{1,39}$": FileReason.NOT_A_NAME,
    "^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$": FileReason.NOT_A_VERSION,
}


def _count(number: int, path: Iterable[str | int]) -> Words:
    parts = [p for p in path if isinstance(p, str)]
    noun = parts[-1] if parts else "entries"
    words = _COUNT_WORDS[number] if number < len(_COUNT_WORDS) else str(number)
    if number == 1:
        return FileReason.NEEDS_ONE, {"noun": noun.removesuffix("s")}
    return FileReason.NEEDS_SOME, {"count": number, "count_words": words, "noun": noun}


_WORDING: Wording = {
    "minLength": lambda value, _path: (
        (FileReason.EMPTY, {}) if value == 1 else (FileReason.TOO_SHORT, {"limit": value})
    ),
    "pattern": lambda value, _path: (_PATTERN_WORDS.get(str(value), FileReason.NOT_IN_FORM), {}),
    "minItems": lambda value, path: _count(int(value), path),
    "maxItems": lambda value, _path: (FileReason.AT_MOST_ALLOWED, {"count": value}),
    "minProperties": lambda _value, _path: (FileReason.POINTS_OR_PERCENT, {}),
}


def _describe(error: ValidationError) -> list[FileProblem]:
    value, instance = error.validator_value, error.instance
    if error.validator == "not" and isinstance(value, dict) and "required" in value:
        item_kind = instance.get("kind", "this") if isinstance(instance, dict) else "this"
        path = list(error.absolute_path)
        return [
            FileProblem(json_path(path, name), FileReason.NOT_ON_ITEM_KIND, kind=item_kind)
            for name in value["required"]
        ]
    return schema_error_in_words(error, _WORDING)


def schema_problems(data: object) -> list[FileProblem]:
    """What the JSON Schema finds wrong, in words, each naming its field; empty when valid."""
    problems: list[FileProblem] = []
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        for problem in _describe(error):
            if problem not in problems:
                problems.append(problem)
    return problems


# --- Building the domain objects -------------------------------------------------------------


def _build(data: Mapping[str, Any]) -> Questionnaire:
    problems: list[FileProblem] = []
    if data["id"] in BUILT_IN_MEASURES:
        problems.append(FileProblem("id", FileReason.BUILT_IN_MEASURE_ID, id=data["id"]))
    items = tuple(_item(raw) for raw in data["items"])
    # The file's "mcid" is a minimal important change (Ostelo-style, for ODI, RMDQ...).
    threshold = None
    if "mcid" in data:
        try:
            threshold = ChangeThreshold(data["mcid"].get("points"), data["mcid"].get("percent"))
        except MeasureError as error:
            # The schema refuses every such threshold first; this is a last guard.
            problems.append(FileProblem("mcid", FileReason.OTHER, detail=str(error)))
    scoring = data["scoring"]
    try:
        questionnaire = Questionnaire(
            id=data["id"],
            title=data["title"].strip(),
            version=data["version"].strip(),
            licence=data["licence"].strip(),
            items=items,
            scoring=ScoringRule(ScoringMethod(scoring["method"]), scoring.get("max_missing", 0)),
            score_min=data["score_range"]["min"],
            score_max=data["score_range"]["max"],
            higher_is_worse=data["higher_is_worse"],
            recall_period=data.get("recall_period"),
            instructions=data.get("instructions"),
            threshold=threshold,
            due_interval_days=data.get("due_interval_days"),
        )
    except QuestionnaireError as error:
        problems.extend(other(p) if not isinstance(p, FileProblem) else p for p in error.problems)
    if problems:
        raise QuestionnaireError(*problems)
    return questionnaire


def _item(raw: Mapping[str, Any]) -> QuestionnaireItem:
    kind = ItemKind(raw["kind"])
    options = tuple(
        ResponseOption(option["label"].strip(), option["score"])
        for option in raw.get("options", ())
    )
    return QuestionnaireItem(
        id=raw["id"],
        text=raw["text"].strip(),
        kind=kind,
        options=options,
        checked_score=raw.get("score", 1),
    )
