"""`companion export`: the report as a PDF, the data as CSV files or a FHIR bundle."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.cli.export_words import (
    exported,
    folder_holds_other_files,
    not_a_date,
    nothing_exported,
    unknown_language,
)
from companion.cli.words import cli_words, output_problem, system_language
from companion.domain.report import ReportOptions, ReportProblem
from companion.reports.wording import UnknownLanguage, check_report_language, report_languages
from companion.services.exports import ExportFailed, ExportFormat, export
from companion.services.outputs import OutputFailed


def register(commands: Subcommands, common: Parser) -> dict[str, Handler]:
    """Add `export`; return its handler."""
    words = cli_words()
    parser = commands.add_parser(
        "export",
        parents=[common],
        help=words.translate(
            "Cli", "write the report (pdf), the data (csv) or a FHIR bundle (fhir)"
        ),
        description=words.translate(
            "Cli",
            "Export a period of your diary. pdf: the report for your physiotherapist; csv: one "
            "file per kind of data, in a zip (FILE ending in .zip) or a folder; fhir: an HL7 "
            "FHIR R4 bundle (JSON). Without --name and with --no-notes the export is "
            "anonymised.",
        ),
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=[f.value for f in ExportFormat],
        help=words.translate("Cli", "what to write"),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=words.translate("Cli", "where to write; never inside the data folder"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=words.translate("Cli", "replace FILE if it exists (never a link or folder)"),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=words.translate("Cli", "first day, YYYY-MM-DD (default: first entry)"),
    )
    parser.add_argument(
        "--to", dest="end", metavar="DATE", help=words.translate("Cli", "last day (default: today)")
    )
    parser.add_argument(
        "--no-notes", action="store_true", help=words.translate("Cli", "leave your notes out")
    )
    parser.add_argument(
        "--name",
        default="",
        metavar="TEXT",
        help=words.translate("Cli", "name printed on the report"),
    )
    parser.add_argument(
        "--clinic",
        default="",
        metavar="TEXT",
        help=words.translate("Cli", "clinic name and contact line for the header"),
    )
    parser.add_argument(
        "--language",
        default=None,
        metavar="CODE",
        help=words.translate(
            "Cli", "the report's language: {languages} (default: your system's language, else en)"
        ).format(languages=", ".join(report_languages())),
    )
    return {"export": _export}


def _language(code: str | None) -> str:
    """The report's language: the one asked for, or the system's when the app has it."""
    if code is None:
        return system_language()
    try:
        return check_report_language(code.strip().lower())
    except UnknownLanguage:
        raise CommandFailed(unknown_language(code, cli_words())) from None


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandFailed(not_a_date(option, text, cli_words())) from None


def _export(root: Path, args: argparse.Namespace) -> None:
    language = _language(args.language)
    words = cli_words(language)
    try:
        options = ReportOptions(
            start=_day(args.start, "--from"),
            end=_day(args.end, "--to"),
            name=args.name,
            include_notes=not args.no_notes,
            clinic=args.clinic,
            language=language,
        )
    except ReportProblem as error:
        raise CommandFailed(nothing_exported(error, words)) from None
    store = open_data(root)
    try:
        result = export(
            store,
            ExportFormat(args.format),
            args.out,
            options,
            exercise_names=_exercise_names(language),
            overwrite=args.force,
        )
    except ReportProblem as error:
        raise CommandFailed(nothing_exported(error, words)) from None
    except ExportFailed as error:
        raise CommandFailed(folder_holds_other_files(error, words)) from None
    except OutputFailed as error:
        raise CommandFailed(output_problem(error, words)) from None
    finally:
        store.close()
    print(exported(result, words))


def _exercise_names(language: str = "en") -> dict[str, str]:
    # Names make the report readable; without the library the ids are still correct.
    try:
        from companion.content.library import load_library
        from companion.paths import exercises_dir

        return {exercise.id: exercise.name for exercise in load_library(exercises_dir(), language)}
    except Exception:
        return {}
