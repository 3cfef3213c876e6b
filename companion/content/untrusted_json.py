"""Reading JSON that comes from outside (programme and questionnaire files) strictly.

Python's json module quietly keeps the last of two equal keys and accepts NaN and Infinity;
neither belongs in a file a clinician wrote, so both are refused with a message that names
the problem. So are integers of more digits than any field holds (Python refuses to turn one
of over 4300 digits into text, which broke every message quoting it) and lone surrogates
(`"\ud800"` is valid JSON, but no text: writing or printing it fails later, after a file was
installed). Where a problem is, is written as a JSON path (`items[3].options`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from companion.domain.file_problems import FileProblem, FileReason, other
from companion.paths import resource

if TYPE_CHECKING:
    from jsonschema import ValidationError


class UnusableJson(ValueError):
    """Valid JSON syntax holding something no file of ours may hold (a repeated key, NaN)."""

    @property
    def problem(self) -> FileProblem:
        """The problem as a value (a caller's plain sentence becomes one of reason OTHER)."""
        given = self.args[0]
        return given if isinstance(given, FileProblem) else other(str(given))


@cache
def published_schema(name: str) -> Mapping[str, Any]:
    """A file format's published JSON Schema (resources/schemas/<name>.schema.json)."""
    with resource("schemas", f"{name}.schema.json").open(encoding="utf-8") as file:
        schema: dict[str, Any] = json.load(file)
    return schema


def loads_strictly(
    text: str,
    repeated_key: Callable[[str], str],
    not_a_number: Callable[[str], str],
) -> Any:
    """Parse `text`; UnusableJson (with the given wording) for repeated keys and NaN/Infinity.

    Also UnusableJson for an integer of more than MAX_DIGITS digits and for a lone surrogate
    (naming the field). json.JSONDecodeError and RecursionError (too deeply nested) pass through
    for the caller to word.
    """

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise UnusableJson(repeated_key(key))
            result[key] = value
        return result

    def no_constant(name: str) -> object:
        raise UnusableJson(not_a_number(name))

    def bounded_int(digits: str) -> int | _TooLong:
        # Marked here and refused below, where the field it sits in is known.
        if len(digits.lstrip("-")) > MAX_DIGITS:
            return _TooLong(len(digits.lstrip("-")))
        return int(digits)

    data = json.loads(
        text,
        object_pairs_hook=no_repeats,
        parse_constant=no_constant,
        parse_int=bounded_int,
    )
    problem = _first_problem(data)
    if problem is not None:
        raise UnusableJson(problem)
    return data


# No field of ours holds a number this long; a longer one is a mistake or an attack.
MAX_DIGITS = 30


class _TooLong:
    """An integer the parser met with more than MAX_DIGITS digits (never converted)."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _first_problem(data: object) -> FileProblem | None:
    """'field: problem' for the first over-long number or lone surrogate, or None."""
    # Iterative: the data may be nested as deeply as the parser allowed.
    pending: list[tuple[object, tuple[str | int, ...]]] = [(data, ())]
    while pending:
        value, path = pending.pop()
        if isinstance(value, _TooLong):
            return FileProblem(json_path(path), FileReason.NUMBER_TOO_LONG, digits=value.digits)
        if isinstance(value, str):
            if not _encodable(value):
                return FileProblem(json_path(path), FileReason.NOT_TEXT)
        elif isinstance(value, dict):
            for key, item in value.items():
                if not _encodable(key):
                    return FileProblem(json_path(path), FileReason.FIELD_NAME_NOT_TEXT)
                pending.append((item, (*path, key)))
        elif isinstance(value, list):
            pending.extend((item, (*path, index)) for index, item in enumerate(value))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def json_path(path: Iterable[str | int], *more: str) -> str:
    """Where in the file: 'items[3].options', or 'file' for the whole document."""
    text = ""
    for part in (*path, *more):
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "file"


TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "object": "an object ({...})",
    "array": "a list ([...])",
}

# How a file's own rules word a broken rule: validator name -> (value, path) -> a reason and
# its values, or an English sentence of the file's own.
Words = tuple[FileReason, dict[str, Any]] | str
Wording = Mapping[str, Callable[[Any, list[str | int]], Words]]


def schema_error_in_words(error: ValidationError, wording: Wording) -> list[FileProblem]:
    """A jsonschema error as problems a person can act on ('field: what is wrong' in English).

    `wording` adds or replaces the words for particular rules (patterns, list lengths).
    """
    path = list(error.absolute_path)
    kind = str(error.validator)
    value = error.validator_value
    instance = error.instance
    if kind == "required" and isinstance(instance, dict):
        return [
            FileProblem(json_path(path, name), FileReason.REQUIRED)
            for name in value
            if name not in instance
        ]
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {})
        return [
            FileProblem(json_path(path, str(n)), FileReason.UNKNOWN_FIELD)
            for n in instance
            if n not in known
        ]
    common: dict[str, Callable[[Any, list[str | int]], Words]] = {
        "type": lambda v, _p: (
            FileReason.WRONG_TYPE,
            {"type": str(v), "type_words": TYPE_WORDS.get(str(v), str(v))},
        ),
        "const": lambda v, _p: (FileReason.NOT_CONST, {"value": json.dumps(v)}),
        "enum": lambda v, _p: (
            FileReason.NOT_ONE_OF,
            {"values": ", ".join(json.dumps(x) for x in v)},
        ),
        "minLength": lambda _v, _p: (FileReason.EMPTY, {}),
        "maxLength": lambda v, _p: (FileReason.TOO_LONG, {"limit": v}),
        "minimum": lambda v, _p: (FileReason.BELOW_MINIMUM, {"limit": v}),
        "maximum": lambda v, _p: (FileReason.ABOVE_MAXIMUM, {"limit": v}),
        "exclusiveMinimum": lambda v, _p: (FileReason.NOT_ABOVE, {"limit": v}),
    }
    describe = wording.get(kind) or common.get(kind)
    words = describe(value, path) if describe else error.message[:200]
    if isinstance(words, str):
        return [FileProblem(json_path(path), FileReason.OTHER, detail=words)]
    reason, values = words
    return [FileProblem(json_path(path), reason, **values)]
