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

from sqlalchemy import Executable, select
from sqlalchemy.orm import Session

from companion.domain.figures import Period
from companion.domain.report import ReportOptions, ReportProblem, counted
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
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    RedFlagScreening,
    ReminderEvent,
    SessionExercise,
    TreatmentEvent,
)


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
    """An export could not be written; the message says what happened and what to do."""


@dataclass(frozen=True)
class ExportResult:
    """Where an export went and what it holds."""

    path: Path
    format: ExportFormat
    period: Period
    summary: str  # e.g. "4 pages", "9 CSV files", "2191 FHIR resources" (the command line's)
    count: int = 0  # the pages, CSV files or FHIR resources: the app says it in its language


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
    `overwrite`, a link or a device) or cannot be written, ExportFailed for a wrong period.
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

    try:
        return _export(store, format, out, options, moment, exercise_names or {}, atomic_write)
    except ReportProblem as error:
        raise ExportFailed(f"Nothing was exported: {error}") from error


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
        return ExportResult(out, format, report.period, counted(pages, "page"), pages)
    if format is ExportFormat.CSV:
        period = resolve_period(store, options, moment.astimezone().date())
        tables = csv_tables(store, options, moment, names)
        if out.suffix.lower() == ".zip":
            files = atomic_write(out, lambda stream: len(write_zip(tables, stream)))
            return ExportResult(out, format, period, counted(files, "CSV file"), files)
        files = _write_folder(out, tables, atomic_write)
        return ExportResult(out, format, period, counted(files, "CSV file"), files)
    data = fhir_data(store, options, moment, names)
    period = resolve_period(store, options, moment.astimezone().date())
    resources = atomic_write(out, lambda stream: write_fhir(data, stream, options.language))
    return ExportResult(out, format, period, counted(resources, "FHIR resource"), resources)


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
        raise ExportFailed(
            f"The folder {folder} already holds other files, so nothing was written there. "
            "Choose a new or empty folder, or a file name ending in .zip."
        )
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
CSV_TABLES = (
    "checkins",
    "activities",
    "treatments_and_events",
    "exercise_sessions",
    "session_exercises",
    "questionnaires",
    "red_flag_screenings",
    "reminders",
    "weekly_summary",
)


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

    def rows(session: Session, query: Executable) -> list[tuple[Cell, ...]]:
        # Core execution: the ORM's per-row bookkeeping is the slowest part over years of rows.
        result = session.connection().execute(query)
        plain = (list, dict)
        return [tuple(_cell(v) if isinstance(v, plain) else v for v in row) for row in result]

    def with_note(columns: tuple[str, ...]) -> tuple[str, ...]:
        return (*columns, "note") if notes else columns

    tables: list[Table] = []
    with store.units.read() as uow:
        s = uow.session
        checkin_columns = [
            CheckIn.id,
            CheckIn.recorded_at,
            CheckIn.back_pain,
            CheckIn.leg_pain,
            CheckIn.leg_reach,
            CheckIn.side,
            CheckIn.symptoms,
            CheckIn.pain_sites,
            CheckIn.sitting_minutes,
            CheckIn.walking_minutes,
            CheckIn.sleep_disturbed,
        ]
        tables.append(
            Table(
                "checkins",
                with_note(
                    (
                        "id",
                        "recorded_at_utc",
                        "back_pain",
                        "leg_pain",
                        "leg_reach",
                        "side",
                        "symptoms",
                        "pain_sites",
                        "sitting_minutes",
                        "walking_minutes",
                        "sleep_disturbed",
                    )
                ),
                rows(
                    s,
                    select(*checkin_columns, *([CheckIn.note] if notes else []))
                    .where(CheckIn.recorded_at >= since, CheckIn.recorded_at < until)
                    .where(CheckIn.deleted_at.is_(None))
                    .order_by(CheckIn.recorded_at, CheckIn.id),
                ),
            )
        )
        tables.append(
            Table(
                "activities",
                with_note(("id", "started_at_utc", "kind", "minutes")),
                rows(
                    s,
                    select(
                        Activity.id,
                        Activity.started_at,
                        Activity.kind,
                        Activity.minutes,
                        *([Activity.note] if notes else []),
                    )
                    .where(Activity.started_at >= since, Activity.started_at < until)
                    .where(Activity.deleted_at.is_(None))
                    .order_by(Activity.started_at, Activity.id),
                ),
            )
        )
        tables.append(
            Table(
                "treatments_and_events",
                with_note(("id", "occurred_at_utc", "kind", "name", "dose")),
                rows(
                    s,
                    select(
                        TreatmentEvent.id,
                        TreatmentEvent.occurred_at,
                        TreatmentEvent.kind,
                        TreatmentEvent.name,
                        TreatmentEvent.dose,
                        *([TreatmentEvent.note] if notes else []),
                    )
                    .where(TreatmentEvent.occurred_at >= since, TreatmentEvent.occurred_at < until)
                    .where(TreatmentEvent.deleted_at.is_(None))
                    .order_by(TreatmentEvent.occurred_at, TreatmentEvent.id),
                ),
            )
        )
        in_sessions = (ExerciseSession.started_at >= since, ExerciseSession.started_at < until)
        tables.append(
            Table(
                "exercise_sessions",
                (
                    "id",
                    "programme_id",
                    "movement_snack",
                    "started_at_utc",
                    "ended_at_utc",
                    "status",
                    "back_pain_before",
                    "leg_pain_before",
                    "back_pain_after",
                    "leg_pain_after",
                ),
                rows(
                    s,
                    select(
                        ExerciseSession.id,
                        ExerciseSession.programme_id,
                        ExerciseSession.is_snack,
                        ExerciseSession.started_at,
                        ExerciseSession.ended_at,
                        ExerciseSession.status,
                        ExerciseSession.back_pain_before,
                        ExerciseSession.leg_pain_before,
                        ExerciseSession.back_pain_after,
                        ExerciseSession.leg_pain_after,
                    )
                    .where(*in_sessions)
                    .order_by(ExerciseSession.started_at, ExerciseSession.id),
                ),
            )
        )
        exercise_rows = [
            (session_id, position, exercise_id, names.get(str(exercise_id), ""), *rest)
            for session_id, position, exercise_id, *rest in rows(
                s,
                select(
                    SessionExercise.session_id,
                    SessionExercise.position,
                    SessionExercise.exercise_id,
                    SessionExercise.sets_done,
                    SessionExercise.reps_done,
                    SessionExercise.hold_seconds_done,
                    SessionExercise.skipped,
                    SessionExercise.response,
                )
                .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
                .where(*in_sessions)
                .order_by(
                    ExerciseSession.started_at, SessionExercise.session_id, SessionExercise.position
                ),
            )
        ]
        tables.append(
            Table(
                "session_exercises",
                (
                    "session_id",
                    "position",
                    "exercise_id",
                    "exercise",
                    "sets_done",
                    "reps_done",
                    "hold_seconds_done",
                    "skipped",
                    "response",
                ),
                exercise_rows,
            )
        )
        tables.append(
            Table(
                "questionnaires",
                with_note(("id", "instrument", "version", "taken_at_utc", "score", "answers")),
                rows(
                    s,
                    select(
                        QuestionnaireResponse.id,
                        QuestionnaireResponse.instrument,
                        QuestionnaireResponse.instrument_version,
                        QuestionnaireResponse.taken_at,
                        QuestionnaireResponse.score,
                        QuestionnaireResponse.answers,
                        *([QuestionnaireResponse.note] if notes else []),
                    )
                    .where(
                        QuestionnaireResponse.taken_at >= since,
                        QuestionnaireResponse.taken_at < until,
                        QuestionnaireResponse.deleted_at.is_(None),
                    )
                    .order_by(QuestionnaireResponse.taken_at, QuestionnaireResponse.id),
                ),
            )
        )
        tables.append(
            Table(
                "red_flag_screenings",
                ("id", "taken_at_utc", "reason", "result", "answered_yes"),
                [
                    (row_id, taken_at, reason, level, _yes(answers))
                    for row_id, taken_at, reason, level, answers in s.execute(
                        select(
                            RedFlagScreening.id,
                            RedFlagScreening.taken_at,
                            RedFlagScreening.reason,
                            RedFlagScreening.level,
                            RedFlagScreening.answers,
                        )
                        .where(
                            RedFlagScreening.taken_at >= since, RedFlagScreening.taken_at < until
                        )
                        .order_by(RedFlagScreening.taken_at, RedFlagScreening.id)
                    )
                ],
            )
        )
        tables.append(
            Table(
                "reminders",
                ("at_utc", "kind", "outcome", "detail"),
                rows(
                    s,
                    select(
                        ReminderEvent.at,
                        ReminderEvent.kind,
                        ReminderEvent.outcome,
                        ReminderEvent.detail,
                    )
                    .where(ReminderEvent.at >= since, ReminderEvent.at < until)
                    .order_by(ReminderEvent.at, ReminderEvent.id),
                ),
            )
        )
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


def _cell(value: list[Any] | dict[str, Any]) -> Cell:
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _yes(answers: object) -> str:
    if not isinstance(answers, dict):
        return ""
    return ";".join(sorted(str(key) for key, value in answers.items() if value is True))
