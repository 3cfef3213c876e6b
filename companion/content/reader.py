"""Reads one content file (TOML) and checks its values, naming the file and field on a problem.

The exercise library, its translation overlays, starter programmes and the branding profile all
read through this, so every content file is refused the same way and with the same words.
"""

from __future__ import annotations

import enum
import re
import tomllib
from pathlib import Path
from typing import Any, TypeVar

MAX_FILE_BYTES = 64 * 1024
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_E = TypeVar("_E", bound=enum.StrEnum)


class ContentError(ValueError):
    """A content file is missing, unreadable or wrong; the message names the file and field."""


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


class Reader:
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
