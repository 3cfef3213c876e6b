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
    UnusableJson,
    Wording,
    json_path,
    loads_strictly,
    published_schema,
    schema_error_in_words,
)
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
    """A questionnaire file that cannot be used; `problems` names each field that is wrong."""

    def __init__(self, source: str, problems: Iterable[str]) -> None:
        self.source = source
        self.problems: tuple[str, ...] = tuple(problems)[:MAX_REPORTED_PROBLEMS]
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
            raise QuestionnaireFileError(source, ["not a file"])
        if path.stat().st_size > MAX_FILE_BYTES:
            raise QuestionnaireFileError(source, [_too_big()])
        with path.open("rb") as file:
            # Read no more than the cap, even if the file grew after stat().
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise QuestionnaireFileError(source, [f"could not be read ({error.strerror})"]) from None
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
        raise QuestionnaireFileError(source, ["is not UTF-8 text"]) from None
    try:
        data = loads_strictly(
            text,
            repeated_key=lambda key: f"the field '{key}' appears twice in one object",
            not_a_number=lambda name: f"{name} is not a number a questionnaire can use",
        )
    except json.JSONDecodeError as error:
        raise QuestionnaireFileError(
            source, [f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"]
        ) from None
    except UnusableJson as error:
        raise QuestionnaireFileError(source, [str(error)]) from None
    except RecursionError:
        raise QuestionnaireFileError(
            source, ["is nested too deeply to be a questionnaire"]
        ) from None
    except ValueError as error:  # a last guard: any other value the parser cannot turn into data
        raise QuestionnaireFileError(
            source, [f"holds a value no questionnaire uses ({error})"]
        ) from None
    return questionnaire_from_data(data, source)


def questionnaire_from_data(data: object, source: str = "questionnaire") -> Questionnaire:
    """Validate already-parsed JSON and build the questionnaire."""
    problems = schema_problems(data)
    if problems or not isinstance(data, dict):
        raise QuestionnaireFileError(source, problems or ["file: must be an object ({...})"])
    try:
        return _build(data)
    except QuestionnaireError as error:
        raise QuestionnaireFileError(source, error.problems) from None


def check_questionnaire(data: object) -> list[str]:
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
                    path.name,
                    [f"id: '{questionnaire.id}' is already used by {owners[questionnaire.id]}"],
                )
            )
            continue
        owners[questionnaire.id] = path.name
        loaded.append(questionnaire)
    return QuestionnaireFolder(tuple(loaded), tuple(failed))


# --- Parsing guards ----------------------------------------------------------------------------


def _too_big() -> str:
    return f"is larger than {MAX_FILE_BYTES // 1024} KiB, too big for a questionnaire"


# --- Schema errors in words ----------------------------------------------------------------------


_COUNT_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_PATTERN_WORDS = {
    "\\S": "must not be blank",
    "^[a-z][a-z0-9_-]{1,39}$": (
        "use 2-40 lower-case letters, digits, '_' or '-', starting with a letter"
    ),
    "^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$": (
        "use 1-40 letters, digits, '_', '.' or '-', starting with a letter or digit"
    ),
}


def _count(number: int, path: Iterable[str | int]) -> str:
    parts = [p for p in path if isinstance(p, str)]
    noun = parts[-1] if parts else "entries"
    words = _COUNT_WORDS[number] if number < len(_COUNT_WORDS) else str(number)
    if number == 1:
        return f"at least {words} {noun.removesuffix('s')} is needed"
    return f"at least {words} {noun} are needed"


_WORDING: Wording = {
    "minLength": lambda value, _path: (
        "must not be empty" if value == 1 else f"needs {value}+ characters"
    ),
    "pattern": lambda value, _path: _PATTERN_WORDS.get(str(value), "is not in the expected form"),
    "minItems": lambda value, path: _count(int(value), path),
    "maxItems": lambda value, _path: f"at most {value} are allowed",
    "minProperties": lambda _value, _path: "give points, percent or both",
}


def _describe(error: ValidationError) -> list[str]:
    value, instance = error.validator_value, error.instance
    if error.validator == "not" and isinstance(value, dict) and "required" in value:
        item_kind = instance.get("kind", "this") if isinstance(instance, dict) else "this"
        path = list(error.absolute_path)
        return [
            f"{json_path(path, name)}: not allowed on a {item_kind} item"
            for name in value["required"]
        ]
    return list[str](schema_error_in_words(error, _WORDING))


def schema_problems(data: object) -> list[str]:
    """What the JSON Schema finds wrong, in words, each naming its field; empty when valid."""
    problems: list[str] = []
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        for problem in _describe(error):
            if problem not in problems:
                problems.append(problem)
    return problems


# --- Building the domain objects -------------------------------------------------------------


def _build(data: Mapping[str, Any]) -> Questionnaire:
    problems: list[str] = []
    if data["id"] in BUILT_IN_MEASURES:
        problems.append(f"id: '{data['id']}' is the name of a built-in measure; choose another")
    items = tuple(_item(raw) for raw in data["items"])
    # The file's "mcid" is a minimal important change (Ostelo-style, for ODI, RMDQ...).
    threshold = None
    if "mcid" in data:
        try:
            threshold = ChangeThreshold(data["mcid"].get("points"), data["mcid"].get("percent"))
        except MeasureError as error:
            problems.append(f"mcid: {error}")
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
        problems.extend(error.problems)
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
