"""Exports: the PDF report, CSV files and a FHIR bundle, each written atomically.

Files go through services.outputs: the target is checked (never inside the data folder, never
an existing file unless the user agreed, never a link or a device), written under a temporary
name, flushed and only then moved into place, so a crash or a kill never leaves half a file
where the user expects a whole one. An export without a name and without notes is anonymised.
"""

from __future__ import annotations

import enum
import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from companion.domain.figures import Period
from companion.domain.report import ReportOptions
from companion.reports.csv_export import Cell, Table, table_bytes, write_zip
from companion.reports.fhir_export import write_fhir
from companion.services.data_store import Store
from companion.services.exercise_names import with_custom_names
from companion.services.fhir_data import fhir_data
from companion.services.outputs import (
    OutputFailed,
    OutputProblem,
    check_output_target,
    write_output,
)
from companion.services.report_data import build_report, resolve_period
from companion.storage.queries.exports import STORED_TABLES, csv_rows


class ExportFormat(enum.StrEnum):
    """What to export."""

    PDF = "pdf"
    CSV = "csv"
    FHIR = "fhir"


SUFFIXES: Mapping[ExportFormat, str] = {
    ExportFormat.PDF: ".pdf",
    ExportFormat.CSV: ".zip",
    ExportFormat.FHIR: ".json",
}


class ExportFailed(Exception):
    """A CSV export's folder holds other files, so nothing was written there (`folder`)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"the folder holds other files: {folder}")  # for logs only
        self.folder = folder


@dataclass(frozen=True)
class ExportResult:
    """Where an export went and what it holds."""

    path: Path
    format: ExportFormat
    period: Period
    count: int  # the pages, CSV files or FHIR resources: the app and the CLI word it


# --- The exports -----------------------------------------------------------------------------


def export(
    store: Store,
    format: ExportFormat,
    out: Path,
    options: ReportOptions,
    *,
    now: datetime | None = None,
    exercise_names: Mapping[str, str] | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """Write one export of the period in `options` to `out`.

    Raises OutputFailed when `out` is refused (inside the data folder, an existing file without
    `overwrite`, a link or a device) or cannot be written, ReportProblem for a wrong period,
    ExportFailed for a CSV folder that holds other files.
    """
    moment = now or datetime.now(UTC)
    folder = store.folder.root
    # Refuse a wrong target before minutes of work; write_output judges it again at the end.
    if format is ExportFormat.CSV and out.suffix.lower() != ".zip":
        _check_csv_folder(out, folder, overwrite)
    else:
        check_output_target(out, folder, overwrite)

    def atomic_write(path: Path, produce: Callable[[IO[bytes]], int]) -> int:
        return write_output(path, folder, overwrite, produce)

    return _export(store, format, out, options, moment, exercise_names or {}, atomic_write)


Writer = Callable[[Path, Callable[[IO[bytes]], int]], int]


def _export(  # noqa: PLR0917 (private: called once, above)
    store: Store,
    format: ExportFormat,
    out: Path,
    options: ReportOptions,
    moment: datetime,
    names: Mapping[str, str],
    atomic_write: Writer,
) -> ExportResult:
    if format is ExportFormat.PDF:
        from companion.reports.pdf_report import write_pdf  # matplotlib loads only when needed

        report = build_report(store, options, moment, names)
        pages = atomic_write(out, lambda stream: write_pdf(report, stream))
        return ExportResult(out, format, report.period, pages)
    if format is ExportFormat.CSV:
        period = resolve_period(store, options, moment.astimezone().date())
        tables = csv_tables(store, options, moment, names)
        if out.suffix.lower() == ".zip":
            files = atomic_write(out, lambda stream: len(write_zip(tables, stream)))
            return ExportResult(out, format, period, files)
        files = _write_folder(out, tables, atomic_write)
        return ExportResult(out, format, period, files)
    data = fhir_data(store, options, moment, names)
    period = resolve_period(store, options, moment.astimezone().date())
    resources = atomic_write(out, lambda stream: write_fhir(data, stream, options.language))
    return ExportResult(out, format, period, resources)


def _check_csv_folder(folder: Path, data_folder: Path, overwrite: bool) -> None:
    """Refuse a CSV folder in the data folder, a link, a file, or a folder of other files."""
    target = Path(os.path.abspath(folder))  # noqa: PTH100 (see check_output_target)
    data = data_folder.resolve()
    real = target.resolve()
    if real == data or data in real.parents:
        raise OutputFailed(OutputProblem.IN_DATA_FOLDER, target)
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        check_output_target(target, data_folder, overwrite)
        return
    except OSError as error:
        raise OutputFailed(OutputProblem.OTHER, target, error.strerror or "") from error
    if stat.S_ISLNK(found.st_mode):
        raise OutputFailed(OutputProblem.LINK, target)
    if not stat.S_ISDIR(found.st_mode):
        raise OutputFailed(OutputProblem.NOT_A_FILE, target)
    entries = {entry.name for entry in target.iterdir()}
    if entries - {f"{name}.csv" for name in CSV_TABLES}:
        # Never mix the files into a folder that holds something else.
        raise ExportFailed(folder)
    if entries and not overwrite:
        raise OutputFailed(OutputProblem.EXISTS, target)


def _write_folder(folder: Path, tables: list[Table], atomic_write: Writer) -> int:
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise OutputFailed(OutputProblem.OTHER, folder, error.strerror or "") from error
    for table in tables:
        content = table_bytes(table)
        atomic_write(folder / f"{table.name}.csv", _writer(content))
    return len(tables)


def _writer(content: bytes) -> Callable[[IO[bytes]], int]:
    return lambda stream: stream.write(content)


# The files a CSV export writes into a folder (csv_tables makes one table of each).
CSV_TABLES = (*(spec.name for spec in STORED_TABLES), "weekly_summary")


# --- CSV tables ------------------------------------------------------------------------------


def csv_tables(
    store: Store,
    options: ReportOptions,
    now: datetime | None = None,
    exercise_names: Mapping[str, str] | None = None,
) -> list[Table]:
    """Every kind of data in the period as a table (notes left out when asked)."""
    moment = now or datetime.now(UTC)
    period = resolve_period(store, options, moment.astimezone().date())
    since, until = period.utc_bounds()
    notes = options.include_notes
    names = with_custom_names(store, exercise_names)
    # Columns whose stored value is written another way; the rest go through _cell.
    shaped: Mapping[str, Callable[[Any], Cell]] = {
        "exercise": lambda exercise_id: names.get(str(exercise_id), ""),
        "answered_yes": _yes,
    }
    tables: list[Table] = []
    with store.units.read() as uow:
        for spec in STORED_TABLES:
            headers = spec.headers(notes)
            shapes = [shaped.get(header, _cell) for header in headers]
            stored = csv_rows(uow.session, spec, since, until, notes=notes)
            cells = [
                tuple(shape(v) for shape, v in zip(shapes, row, strict=True)) for row in stored
            ]
            tables.append(Table(spec.name, headers, cells))
    report = build_report(store, options, moment, names)
    tables.append(
        Table(
            "weekly_summary",
            (
                "week_starting",
                "checkins",
                "back_pain_mean",
                "leg_pain_mean",
                "furthest_leg_reach",
                "sessions_completed",
                "sessions_planned",
                "sessions_ended_early",
                "activity_minutes",
                "sitting_breaks_taken",
                "sitting_breaks_snoozed",
                "sitting_breaks_skipped",
                "worse_responses",
            ),
            [
                (
                    w.week_start,
                    w.checkins,
                    w.back,
                    w.leg,
                    w.furthest_reach.value if w.furthest_reach else None,
                    w.sessions_completed,
                    w.sessions_planned,
                    w.sessions_ended_early,
                    w.activity_minutes,
                    w.breaks_taken,
                    w.breaks_snoozed,
                    w.breaks_skipped,
                    w.worse_responses,
                )
                for w in report.weeks
            ],
        )
    )
    return tables


def _cell(value: Any) -> Cell:
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value  # type: ignore[no-any-return]


def _yes(answers: object) -> str:
    if not isinstance(answers, dict):
        return ""
    return ";".join(sorted(str(key) for key, value in answers.items() if value is True))
