"""Reading JSON that comes from outside (programme and questionnaire files) strictly.

Python's json module quietly keeps the last of two equal keys and accepts NaN and Infinity;
neither belongs in a file a clinician wrote, so both are refused with a message that names
the problem. Where a schema error is, is written as a JSON path (`items[3].options`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import ValidationError


class UnusableJson(ValueError):
    """Valid JSON syntax holding something no file of ours may hold (a repeated key, NaN)."""


def loads_strictly(
    text: str,
    repeated_key: Callable[[str], str],
    not_a_number: Callable[[str], str],
) -> Any:
    """Parse `text`; UnusableJson (with the given wording) for repeated keys and NaN/Infinity.

    json.JSONDecodeError, RecursionError (too deeply nested) and ValueError (an integer with
    thousands of digits) pass through for the caller to word.
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

    return json.loads(text, object_pairs_hook=no_repeats, parse_constant=no_constant)


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

# How a file's own rules word a broken rule: validator name -> (value, path) -> words.
Wording = Mapping[str, Callable[[Any, list[str | int]], str]]


def schema_error_in_words(error: ValidationError, wording: Wording) -> list[str]:
    """A jsonschema error as 'field: what is wrong' lines a person can act on.

    `wording` adds or replaces the words for particular rules (patterns, list lengths).
    """
    path = list(error.absolute_path)
    kind = str(error.validator)
    value = error.validator_value
    instance = error.instance
    if kind == "required" and isinstance(instance, dict):
        return [f"{json_path(path, name)}: is required" for name in value if name not in instance]
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {})
        return [f"{json_path(path, str(n))}: unknown field" for n in instance if n not in known]
    common: dict[str, Callable[[Any, list[str | int]], str]] = {
        "type": lambda v, _p: f"must be {TYPE_WORDS.get(str(v), str(v))}",
        "const": lambda v, _p: f"must be {json.dumps(v)}",
        "enum": lambda v, _p: "must be one of " + ", ".join(json.dumps(x) for x in v),
        "minLength": lambda _v, _p: "must not be empty",
        "maxLength": lambda v, _p: f"must be at most {v} characters",
        "minimum": lambda v, _p: f"must be at least {v}",
        "maximum": lambda v, _p: f"must be at most {v}",
        "exclusiveMinimum": lambda v, _p: f"must be more than {v}",
    }
    describe = wording.get(kind) or common.get(kind)
    words = describe(value, path) if describe else error.message[:200]
    return [f"{json_path(path)}: {words}"]
