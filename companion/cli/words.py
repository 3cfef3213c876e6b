"""What the command line says, in the user's language: services return reasons, this words them.

The words come from the same catalogue as the app's and the report's (resources/translations,
read without Qt by reports/wording.py). Each is a literal `words.translate("Cli", "...")` call,
so pyside6-lupdate extracts it like any `QCoreApplication.translate` call. Option names
(--reach), the words the options take (left, calf) and ISO dates stay as typed, in every
language: they are what the user types back.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from companion.domain.questionnaire import Questionnaire
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
from companion.services.data_store import (
    DamagedData,
    FolderReason,
    FolderUnusable,
    NewerData,
    UpgradeFailed,
)
from companion.services.exports import ExportFailed, ExportFormat, ExportResult
from companion.services.outputs import OutputFailed, OutputProblem
from companion.services.programmes import ProgrammeRejected, RejectedBecause
from companion.services.questionnaires import QuestionnaireNotInstalled
from companion.storage.errors import BackupFailed, DiaryUnavailable, Fault
from companion.storage.write_lock import WriteLockBusy

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


# --- Every command: the failures that main() catches -------------------------------------------


def no_command(words: Wording) -> str:
    """`companion` run with options but no command."""
    return words.translate("Cli", "no command given (see 'companion --help')")


def unexpected_error(error: BaseException, words: Wording) -> str:
    """The last guard's line: what Python said, without a traceback."""
    return words.translate("Cli", "unexpected error: {kind}: {detail}").format(
        kind=type(error).__name__, detail=one_line(error)
    )


def one_line(text: BaseException | str) -> str:
    """`text` (or an error's message) on one line: SQLite's integrity report spans several."""
    return " ".join(str(text).split())


def failure(error: BaseException, words: Wording) -> str:
    """The one line for a command that failed (CommandFailed is worded where it is raised)."""
    if isinstance(error, DiaryUnavailable):
        return diary_unavailable(error.fault, error.path, error.detail, words)
    if isinstance(error, DamagedData):
        return damaged_data(error, words)
    if isinstance(error, NewerData):
        return words.translate(
            "Cli",
            "{path} was written by a newer version of Sciatica Companion (schema {revision}). "
            "Install that version or a newer one to open it; the file has not been changed.",
        ).format(path=error.path, revision=error.revision)
    if isinstance(error, UpgradeFailed):
        return words.translate(
            "Cli",
            "Updating your diary to this version failed ({detail}). Nothing was changed; your "
            "data is as it was. Please report this problem.",
        ).format(detail=error.detail)
    if isinstance(error, FolderUnusable):
        reason = (
            words.translate("Cli", "it is a file, not a folder")
            if error.reason is FolderReason.IS_A_FILE
            else words.translate("Cli", "part of its path is a file, not a folder")
        )
        return words.translate(
            "Cli",
            "the data folder {folder} cannot be used: {reason}. Nothing was changed; choose "
            "another folder with --data-dir, or fix this one",
        ).format(folder=error.root, reason=reason)
    if isinstance(error, WriteLockBusy):
        holder = error.holder or words.translate("Cli", "another program")
        return words.translate(
            "Cli",
            "the diary is busy: {holder} has been writing to it for more than {seconds} "
            "seconds; try again when it has finished",
        ).format(holder=holder, seconds=f"{error.waited:g}")
    if isinstance(error, BackupFailed):
        # Storage says which file and what the system reported, in English.
        return words.translate(
            "Cli", "the backup failed: {detail}. Your diary was not changed."
        ).format(detail=one_line(error))
    return one_line(str(error))


def diary_unavailable(fault: Fault, path: Path, detail: str, words: Wording) -> str:
    """The diary cannot be used because of the computer around it; the file is unchanged."""
    texts = {
        Fault.DAMAGED: words.translate("Cli", "your diary file {path} is damaged ({detail})"),
        Fault.FULL: words.translate(
            "Cli",
            "the disk that holds your diary is full ({detail}); nothing new was saved and what "
            "was saved before is safe. Free some space, then try again",
        ),
        Fault.READ_ONLY: words.translate(
            "Cli",
            "your diary {path} cannot be written: the file or its disk is read-only "
            "({detail}); nothing was changed. Make it writable, then try again",
        ),
        Fault.DENIED: words.translate(
            "Cli",
            "you are not allowed to open your diary {path} ({detail}); it may belong to "
            "another user (for example after running the app with sudo). Nothing was changed; "
            "give the file back to your own user, then try again",
        ),
        Fault.BUSY: words.translate(
            "Cli",
            "your diary {path} is busy: another program is writing to it ({detail}). Nothing "
            "was changed; try again in a moment",
        ),
        Fault.CANNOT_OPEN: words.translate(
            "Cli",
            "your diary {path} cannot be opened ({detail}); nothing was changed. Check that "
            "the disk is connected and that the folder belongs to you, then try again",
        ),
        Fault.IO: words.translate(
            "Cli",
            "the disk reported an error while using your diary {path} ({detail}); nothing was "
            "moved or deleted. Check the disk, then try again",
        ),
    }
    return texts[fault].format(path=path, detail=one_line(detail))


def data_folder_not_writable(words: Wording) -> str:
    """The detail of a restore into a data folder that cannot be written."""
    return words.translate("Cli", "the data folder cannot be written")


def damaged_data(error: DamagedData, words: Wording) -> str:
    """The diary was found damaged on opening: where it is kept, and the backup to restore."""
    kept = (
        words.translate("Cli", "It has been kept safe at {path}.").format(path=error.aside)
        if error.aside
        else words.translate("Cli", "It has not been moved.")
    )
    good = error.good_backup
    offer = (
        words.translate("Cli", "The newest good backup is from {when} UTC: {path}").format(
            when=f"{good.taken_at:%Y-%m-%d %H:%M}", path=good.path
        )
        if good
        else words.translate("Cli", "No good backup was found.")
    )
    return words.translate("Cli", "Your diary file was damaged ({detail}). {kept} {offer}").format(
        detail=one_line(error.detail), kept=kept, offer=offer
    )


# --- companion check, backup, backups, restore ------------------------------------------------


def healthy_backup(path: Path, words: Wording) -> str:
    """`companion check FILE` for a backup that restore would accept."""
    return words.translate(
        "Cli", "ok: {path} is a healthy Sciatica Companion backup that restore would accept"
    ).format(path=path)


def not_restorable(problem: str, words: Wording) -> str:
    """A backup file that restore refuses; `problem` is storage's sentence (English)."""
    return words.translate("Cli", "this file cannot be restored: {problem}").format(problem=problem)


def no_diary_yet(root: Path, words: Wording) -> str:
    """`companion check` on a folder without a diary."""
    return words.translate(
        "Cli", "No diary yet in {folder}. It is created when you first open the app."
    ).format(folder=root)


def damaged_on_check(database: Path, detail: str, good: Path | None, words: Wording) -> str:
    """`companion check` found the diary damaged; it names the backup to restore."""
    if good is None:
        return words.translate(
            "Cli", "{path} is damaged ({detail}); no good backup was found"
        ).format(path=database, detail=one_line(detail))
    return words.translate(
        "Cli",
        "{path} is damaged ({detail}); restore the newest good backup with: "
        "companion restore '{backup}'",
    ).format(path=database, detail=one_line(detail), backup=good)


def newer_on_check(database: Path, words: Wording) -> str:
    """`companion check` found a diary of a newer version; it was left alone."""
    return words.translate(
        "Cli",
        "{path} was written by a newer version of Sciatica Companion; it has not been changed",
    ).format(path=database)


def check_passed(
    database: Path,
    *,
    writable: bool,
    current: bool,
    backups: int,
    newest: datetime | None,
    words: Wording,
) -> str:
    """`companion check` on a healthy diary: its schema and its backups."""
    count = backups  # a plain name for lupdate
    status = (
        words.translate("Cli", "schema up to date")
        if current
        else words.translate("Cli", "schema will be updated on next open")
    )
    if not writable:
        status = words.translate("Cli", "read-only: nothing can be saved") + "; " + status
    held = words.translate("Cli", "%n backup(s)", "", count)
    if newest is not None:
        held = words.translate("Cli", "{backups}, newest {when} UTC").format(
            backups=held, when=f"{newest:%Y-%m-%d %H:%M}"
        )
    return words.translate("Cli", "ok: {path} passes its check ({status}); {backups}").format(
        path=database, status=status, backups=held
    )


def backup_written(path: Path, words: Wording) -> str:
    """Where `companion backup` wrote the backup."""
    return words.translate("Cli", "Backup written to {path}").format(path=path)


def nothing_to_back_up(words: Wording) -> str:
    """`companion backup` on a diary with nothing recorded."""
    return words.translate("Cli", "Nothing has been recorded yet, so there is nothing to back up.")


def no_backup_needed(words: Wording) -> str:
    """`companion backup` when the newest backup already holds everything."""
    return words.translate(
        "Cli", "Nothing changed since the newest backup; no new backup was needed."
    )


def no_backups_yet(words: Wording) -> str:
    """`companion backups` with none to list."""
    return words.translate("Cli", "No automatic backups yet.")


def backup_in_future(words: Wording) -> str:
    """The note on a listed backup whose date lies ahead of the clock."""
    return words.translate(
        "Cli", "date in the future: the clock was wrong; never chosen on its own"
    )


def app_is_running(words: Wording) -> str:
    """`companion restore` while the app holds the data folder."""
    return words.translate(
        "Cli", "Sciatica Companion is running on this data folder; quit it, then restore"
    )


def nothing_restored(problem: str, words: Wording) -> str:
    """A refused restore; `problem` is storage's sentence (English)."""
    return words.translate("Cli", "nothing was changed: {problem}").format(problem=problem)


def restored(path: Path, words: Wording) -> str:
    """The line after a restore."""
    return words.translate(
        "Cli", "Restored from {path}. What was there before was kept as a backup."
    ).format(path=path)


# --- companion programme ----------------------------------------------------------------------


def library_unreadable(detail: str, words: Wording) -> str:
    """The app's own exercise library could not be read (a damaged installation)."""
    return words.translate("Cli", "the exercise library could not be read ({detail})").format(
        detail=detail
    )


def not_a_programme(detail: str, words: Wording) -> str:
    """`programme validate` on a file that cannot be used; `detail` lists the problems."""
    return words.translate("Cli", "not a usable programme: {problems}").format(problems=detail)


def nothing_imported(problem: str, words: Wording) -> str:
    """`programme import` refused; `problem` says why."""
    return words.translate("Cli", "nothing was imported: {problem}").format(problem=problem)


def programme_checked(
    file_name: str,
    *,
    title: str,
    author: str,
    exercises: int,
    upgraded_from: int | None,
    words: Wording,
) -> str:
    """`programme validate` on a good file: its title, author, size and format."""
    count = exercises  # a plain name for lupdate
    held = words.translate("Cli", "%n exercise(s)", "", count)
    line = (
        words.translate("Cli", "{file}: ok: '{title}' by {author}, {exercises}").format(
            file=file_name, title=title, author=author, exercises=held
        )
        if author
        else words.translate("Cli", "{file}: ok: '{title}', {exercises}").format(
            file=file_name, title=title, exercises=held
        )
    )
    if upgraded_from is None:
        return line
    return words.translate("Cli", "{checked} (format version {version}, upgraded)").format(
        checked=line, version=upgraded_from
    )


def programme_imported(title: str, replaced: str | None, words: Wording) -> str:
    """The line after `programme import`."""
    if replaced is None:
        return words.translate("Cli", "imported '{title}' as your programme").format(title=title)
    return words.translate(
        "Cli", "imported '{title}' as your programme; it replaces '{replaced}'"
    ).format(title=title, replaced=replaced)


# --- companion questionnaire ------------------------------------------------------------------


def nothing_added(detail: str, words: Wording) -> str:
    """`questionnaire add` refused; `detail` names the file and its problems."""
    return words.translate("Cli", "nothing was added: {problem}").format(problem=detail)


def questionnaire_added(
    questionnaire: Questionnaire, replaced_version: str | None, words: Wording
) -> str:
    """The line after `questionnaire add`: added, or updated (from which version)."""
    described = describe_questionnaire(questionnaire, words)
    if replaced_version is None:
        return words.translate("Cli", "added {id}: {questionnaire}").format(
            id=questionnaire.id, questionnaire=described
        )
    if replaced_version == questionnaire.version:
        return words.translate("Cli", "updated {id}: {questionnaire}").format(
            id=questionnaire.id, questionnaire=described
        )
    return words.translate("Cli", "updated {id}: {questionnaire} (was version {old})").format(
        id=questionnaire.id, questionnaire=described, old=replaced_version
    )


def describe_questionnaire(questionnaire: Questionnaire, words: Wording) -> str:
    """A questionnaire on one line: title, version, number of questions, how often it is due."""
    count = len(questionnaire.items)
    questions = words.translate("Cli", "%n question(s)", "", count)
    days = questionnaire.due_interval_days
    if days is not None:
        questions = words.translate("Cli", "{questions}, due every %n day(s)", "", days).format(
            questions=questions
        )
    return words.translate("Cli", "{title}, version {version} ({questions})").format(
        title=questionnaire.title, version=questionnaire.version, questions=questions
    )


def no_questionnaires(words: Wording) -> str:
    """`questionnaire list` with none installed."""
    return words.translate("Cli", "no questionnaires are installed")


def questionnaire_unusable(detail: str, words: Wording) -> str:
    """A file in the questionnaires folder that cannot be used; `detail` says why."""
    return words.translate("Cli", "cannot be used: {problem}").format(problem=detail)


def questionnaire_not_installed(error: QuestionnaireNotInstalled, words: Wording) -> str:
    """`questionnaire remove` with an id that is not installed."""
    installed = ", ".join(error.installed) or words.translate("Cli", "none")
    return words.translate(
        "Cli",
        "nothing was removed: no questionnaire called '{id}' is installed (installed: {installed})",
    ).format(id=error.questionnaire_id, installed=installed)


def questionnaire_removed(file_name: str, kept: int, words: Wording) -> str:
    """The line after `questionnaire remove`: the answers given stay."""
    return words.translate("Cli", "removed {file}; %n stored answer(s) kept", "", kept).format(
        file=file_name
    )
