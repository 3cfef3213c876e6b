"""What `companion export` says: what was written, and report options that cannot be used.

Worded in the context Cli, like every line of the command line (see cli/words.py).
"""

from __future__ import annotations

from companion.cli.words import iso_day
from companion.domain.report import CLINIC_MAX, NAME_MAX, ReportProblem, ReportProblemReason
from companion.reports.wording import Wording, report_languages
from companion.services.exports import ExportFailed, ExportFormat, ExportResult


def exported(result: ExportResult, words: Wording) -> str:
    """The line after an export: where it went, what it holds and the period it covers."""
    return words.translate("Cli", "{path} ({holds}, {first} to {last})").format(
        path=result.path,
        holds=_holds(result, words),
        first=result.period.first.isoformat(),
        last=result.period.last.isoformat(),
    )


def _holds(result: ExportResult, words: Wording) -> str:
    count = result.count  # a plain name: lupdate skips a count written `result.count`
    if result.format is ExportFormat.PDF:
        return words.translate("Cli", "%n page(s)", "", count)
    if result.format is ExportFormat.CSV:
        return words.translate("Cli", "%n CSV file(s)", "", count)
    return words.translate("Cli", "%n FHIR resource(s)", "", count)


def nothing_exported(error: ReportProblem, words: Wording) -> str:
    """Report options that cannot be used, and what to change."""
    if error.reason is ReportProblemReason.TEXT_TOO_LONG:
        problem = words.translate(
            "Cli", "--name or --clinic is too long (at most {name} and {clinic} characters)."
        ).format(name=NAME_MAX, clinic=CLINIC_MAX)
    elif error.reason is ReportProblemReason.DATES_SWAPPED:
        problem = words.translate(
            "Cli", "--from {start} is after --to {end}. Swap the dates and try again."
        ).format(start=iso_day(error.start), end=iso_day(error.end))
    else:
        problem = words.translate(
            "Cli", "--from {start} is after today ({end}). Choose an earlier start."
        ).format(start=iso_day(error.start), end=iso_day(error.end))
    return words.translate("Cli", "nothing was exported: {problem}").format(problem=problem)


def not_a_date(option: str, text: str, words: Wording) -> str:
    """A --from or --to that is not a day."""
    return words.translate(
        "Cli", "{option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01."
    ).format(option=option, text=text)


def unknown_language(language: str, words: Wording) -> str:
    """A --language the build has no words for."""
    return words.translate(
        "Cli", "nothing was exported: There is no report in '{language}'; choose one of: {known}."
    ).format(language=language, known=", ".join(report_languages()))


def folder_holds_other_files(error: ExportFailed, words: Wording) -> str:
    """A CSV folder that already holds other files."""
    return words.translate(
        "Cli",
        "The folder {folder} already holds other files, so nothing was written there. Choose "
        "a new or empty folder, or a file name ending in .zip.",
    ).format(folder=error.folder)
