"""What the command line says, in the user's language: services return reasons, this words them.

The words come from the same catalogue as the app's and the report's (resources/translations,
read without Qt by reports/wording.py). Each is a literal `words.translate("Cli", "...")` call,
so pyside6-lupdate extracts it like any `QCoreApplication.translate` call. Option names
(--reach), the words the options take (left, calf) and ISO dates stay as typed, in every
language: they are what the user types back.
"""

from __future__ import annotations

import os
from datetime import date

from companion.domain.red_flags import ScreeningReason
from companion.domain.report import CLINIC_MAX, NAME_MAX, ReportProblem, ReportProblemReason
from companion.domain.vocabulary import LegReach, Side
from companion.reports.wording import ENGLISH, Wording, report_languages, wording
from companion.services.checkins import (
    EARLIEST,
    MINUTES_MAX,
    NOTE_MAX_CHARS,
    PAIN_MAX,
    PAIN_MIN,
    CheckInInvalid,
    CheckInProblem,
    CheckInReason,
)
from companion.services.exports import ExportFailed, ExportFormat, ExportResult
from companion.services.outputs import OutputFailed, OutputProblem
from companion.services.programmes import ProgrammeRejected, RejectedBecause

# The option that sets each check-in field.
_OPTIONS = {
    "back_pain": "--back",
    "leg_pain": "--leg",
    "leg_reach": "--reach",
    "side": "--side",
    "note": "--note",
    "at": "--at",
}


def system_language() -> str:
    """The system's language, when the CLI has words for it; else English.

    As gettext reads it: LANGUAGE first, then the locale variables ("de_DE.UTF-8" -> "de").
    """
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in report_languages() else ENGLISH
    return ENGLISH


def cli_words(language: str | None = None) -> Wording:
    """The CLI's words in `language` (None: the system's)."""
    return wording(language or system_language())


# --- companion checkin ------------------------------------------------------------------------


def nothing_recorded(error: CheckInInvalid, words: Wording) -> str:
    """The one line for a refused check-in: every problem, in the order of the options."""
    problems = " ".join(checkin_problem(problem, words) for problem in error.problems)
    return words.translate("Cli", "nothing was recorded: {problems}").format(problems=problems)


def checkin_problem(problem: CheckInProblem, words: Wording) -> str:
    """One problem of a check-in, naming the option that fixes it."""
    reason = problem.reason
    label = (
        words.translate("Cli", "Back pain")
        if problem.field == "back_pain"
        else words.translate("Cli", "Leg pain")
    )
    start, end = problem.gap or (None, None)
    return _checkin_texts(words)[reason].format(
        option=_OPTIONS.get(problem.field, problem.field),
        label=label,
        given=problem.given,
        marked=problem.marked,
        low=PAIN_MIN,
        high=PAIN_MAX,
        most_minutes=MINUTES_MAX,
        most_characters=NOTE_MAX_CHARS,
        reaches=", ".join(reach.value for reach in LegReach),
        sides=", ".join(side.value for side in Side),
        start=f"{start:%H:%M}" if start else "",
        end=f"{end:%H:%M}" if end else "",
        when=problem.moment.astimezone().strftime("%Y-%m-%d %H:%M") if problem.moment else "",
        year=EARLIEST.year,
    )


def _checkin_texts(words: Wording) -> dict[CheckInReason, str]:
    # Each sentence takes the placeholders it needs from checkin_problem's; str.format ignores
    # the rest.
    return {
        CheckInReason.NO_PAIN_SCORE: words.translate(
            "Cli", "{option}: please give a number from {low} to {high}."
        ),
        CheckInReason.PAIN_OUT_OF_RANGE: words.translate(
            "Cli", "{label} ({option}) must be a whole number from {low} to {high}, not {given}."
        ),
        CheckInReason.MINUTES_OUT_OF_RANGE: words.translate(
            "Cli", "{option} must be from 0 to {most_minutes} minutes, not {given}."
        ),
        CheckInReason.UNKNOWN_PAIN_SITE: words.translate(
            "Cli", "A marked place on the body is not known."
        ),
        CheckInReason.UNKNOWN_SYMPTOM: words.translate(
            "Cli", "A symptom is not one the app knows."
        ),
        CheckInReason.UNKNOWN_REACH: words.translate(
            "Cli", "--reach must be one of {reaches} (it was '{given}')."
        ),
        CheckInReason.UNKNOWN_SIDE: words.translate(
            "Cli", "--side must be one of {sides} (it was '{given}')."
        ),
        CheckInReason.REACH_NOT_AS_MARKED: words.translate(
            "Cli", "--reach {given} does not match the body picture, marked down to: {marked}."
        ),
        CheckInReason.SIDE_NOT_AS_MARKED: words.translate(
            "Cli", "--side {given} does not match the legs marked on the body picture."
        ),
        CheckInReason.SIDE_WITHOUT_LEG_SYMPTOMS: words.translate(
            "Cli", "--side was given but no leg symptoms; add --reach too."
        ),
        CheckInReason.SIDE_NEEDED: words.translate(
            "Cli", "--side is needed with --reach: left, right or both."
        ),
        CheckInReason.NOTE_TOO_LONG: words.translate(
            "Cli", "--note is longer than {most_characters} characters."
        ),
        CheckInReason.TIME_WITHOUT_ZONE: words.translate(
            "Cli", "--at needs a date, a time and a zone."
        ),
        CheckInReason.TIME_UNREADABLE: words.translate(
            "Cli",
            "--at '{given}' is not a date and time; use ISO 8601, e.g. 2026-03-14T08:30 "
            "(local time) or 2026-03-14T08:30+01:00.",
        ),
        CheckInReason.TIME_SKIPPED: words.translate(
            "Cli",
            "--at '{given}' names a time that did not happen here: the clocks went forward "
            "from {start} to {end} that night. Give a time before or after the change.",
        ),
        CheckInReason.TIME_IN_FUTURE: words.translate(
            "Cli",
            "The time {when} is in the future; a check-in records how you are or were, so "
            "give a time up to now.",
        ),
        CheckInReason.TIME_TOO_EARLY: words.translate(
            "Cli", "The time is before {year}; please check the date."
        ),
    }


def safety_questions_due(reasons: tuple[ScreeningReason, ...], words: Wording) -> str:
    """The line after a saved check-in that calls for the safety questions."""
    why = {
        ScreeningReason.LEG_PAIN_JUMP: words.translate(
            "Cli", "leg pain is up by 3 or more since the last check-in"
        ),
        ScreeningReason.NEW_NUMBNESS: words.translate(
            "Cli", "numbness is new since the last check-in"
        ),
        ScreeningReason.NEW_WEAKNESS: words.translate(
            "Cli", "weakness is new since the last check-in"
        ),
        ScreeningReason.BOTH_LEGS: words.translate("Cli", "symptoms are now in both legs"),
        ScreeningReason.FURTHER_DOWN_LEG: words.translate(
            "Cli", "symptoms reach further down the leg than in the last 7 days"
        ),
    }
    reasons_text = "; ".join(why.get(reason, reason.value) for reason in reasons)
    return words.translate(
        "Cli", "Safety questions are due ({why}): please answer them in the app today."
    ).format(why=reasons_text)


# --- companion export -------------------------------------------------------------------------


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
        ).format(start=_iso(error.start), end=_iso(error.end))
    else:
        problem = words.translate(
            "Cli", "--from {start} is after today ({end}). Choose an earlier start."
        ).format(start=_iso(error.start), end=_iso(error.end))
    return words.translate("Cli", "nothing was exported: {problem}").format(problem=problem)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


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


def programme_rejected(error: ProgrammeRejected, words: Wording) -> str:
    """Why a programme was not imported or exported; nothing changed."""
    texts = {
        RejectedBecause.UNKNOWN_STARTER: words.translate(
            "Cli", "There is no starter programme called '{name}'."
        ),
        RejectedBecause.ALREADY_FOLLOWED: words.translate(
            "Cli", "This programme is already the one you follow; nothing was changed."
        ),
        RejectedBecause.OLDER_FILE: words.translate(
            "Cli",
            "This file is older ({issued}) than the programme from {name} you follow now "
            "({followed}); nothing was changed. Ask your physiotherapist for the newest file.",
        ),
        RejectedBecause.NOTHING_TO_EXPORT: words.translate(
            "Cli",
            "There is no programme to export yet: import one or choose a starter programme.",
        ),
    }
    return texts[error.reason].format(
        name=error.name, issued=_iso(error.issued), followed=_iso(error.followed)
    )


def output_problem(error: OutputFailed, words: Wording) -> str:
    """Why a file was not written, and what to do."""
    texts = {
        OutputProblem.IN_DATA_FOLDER: words.translate(
            "Cli",
            "{path} is inside your data folder, where the app keeps your diary; nothing was "
            "written. Choose a file in another folder, e.g. your Documents.",
        ),
        OutputProblem.EXISTS: words.translate(
            "Cli",
            "{path} already exists; nothing was written. Choose another name, or say that it "
            "may be replaced (--force).",
        ),
        OutputProblem.NOT_A_FILE: words.translate(
            "Cli",
            "{path} is a folder, a device or a pipe, not an ordinary file; nothing was written. "
            "Choose a file name.",
        ),
        OutputProblem.LINK: words.translate(
            "Cli",
            "{path} is a link to another place, which is never followed or replaced; nothing "
            "was written. Choose the file itself or another name.",
        ),
        OutputProblem.NO_FOLDER: words.translate(
            "Cli",
            "The folder of {path} does not exist; nothing was written. Create it or choose "
            "another folder.",
        ),
        OutputProblem.DISK_FULL: words.translate(
            "Cli",
            "The disk holding {path} is full; nothing was written. Free some space or choose "
            "another disk, and try again.",
        ),
        OutputProblem.READ_ONLY: words.translate(
            "Cli",
            "{path} is on a disk that is read-only; nothing was written. Choose another folder.",
        ),
        OutputProblem.DENIED: words.translate(
            "Cli",
            "You are not allowed to write {path}; nothing was written. Choose a folder of your "
            "own, e.g. your Documents.",
        ),
    }
    other = words.translate(
        "Cli",
        "{path} could not be written ({detail}); nothing was written. Choose another folder "
        "and try again.",
    )
    return texts.get(error.problem, other).format(
        path=error.path, detail=error.detail or error.problem.value
    )
