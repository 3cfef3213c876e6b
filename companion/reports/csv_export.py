"""The data as CSV files, one per kind, that open cleanly in a spreadsheet.

Text that a spreadsheet would take for a formula (a cell starting with = + - @, a tab or a
carriage return) gets a leading apostrophe, so nothing runs when the file is opened, while
numbers are written as numbers and stay numbers. UTF-8 with a byte-order mark, so spreadsheet
programs read accents and dashes correctly.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import IO, TypeAlias, cast

Cell: TypeAlias = str | int | float | bool | date | datetime | None

# OWASP's list: what spreadsheets treat as the start of a formula or a hidden line break.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SAFE_PREFIX = "'"


@dataclass(frozen=True)
class Table:
    """One kind of data: a file name (without .csv), the column titles and the rows."""

    name: str
    columns: tuple[str, ...]
    rows: Iterable[Sequence[Cell]]


def neutralise(cell: object) -> str | int | float:
    """A cell as written: numbers stay numbers, risky text gets a leading apostrophe."""
    kind = type(cell)
    if kind is int:
        return cast(int, cell)
    if isinstance(cell, str):  # text, and the app's words (StrEnum members)
        text = str(cell)
        return SAFE_PREFIX + text if text.startswith(FORMULA_STARTS) else text
    if cell is None:
        return ""
    if kind is bool:
        return "yes" if cell else "no"
    if isinstance(cell, int):
        return int(cell)
    if isinstance(cell, float):
        return cell if math.isfinite(cell) else ""
    if isinstance(cell, datetime):
        moment = cell.astimezone(UTC) if cell.utcoffset() else cell
        return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    if isinstance(cell, date):
        return cell.isoformat()
    return neutralise(str(cell))


def table_bytes(table: Table) -> bytes:
    """One table as the bytes of a CSV file."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(title) for title in table.columns])
    writer.writerows([neutralise(cell) for cell in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_zip(tables: Iterable[Table], target: IO[bytes]) -> list[str]:
    """Write every table into a zip archive; return the file names inside it."""
    names = []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in tables:
            name = f"{table.name}.csv"
            archive.writestr(name, table_bytes(table))
            names.append(name)
    return names
