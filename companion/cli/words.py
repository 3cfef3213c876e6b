"""What the command line says, in the user's language: services return reasons, this words them.

This module holds the shared frame (the language, dates as typed) and what every command can
meet: a file not written, a diary that cannot be used. Each command's own lines are in its
`<command>_words.py` beside it.

The words come from the same catalogue as the app's and the report's (resources/translations,
read without Qt by reports/wording.py). Each is a literal `words.translate("Cli", "...")` call,
so pyside6-lupdate extracts it like any `QCoreApplication.translate` call. Option names
(--reach), the words the options take (left, calf) and ISO dates stay as typed, in every
language: they are what the user types back.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from companion.reports.wording import ENGLISH, Wording, report_languages, wording
from companion.services.data_store import (
    DamagedData,
    FolderReason,
    FolderUnusable,
    NewerData,
    UpgradeFailed,
)
from companion.services.outputs import OutputFailed, OutputProblem
from companion.storage.errors import BackupFailed, DiaryUnavailable, Fault
from companion.storage.write_lock import WriteLockBusy


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


def iso_day(day: date | None) -> str:
    """A day as the user types it (2026-03-01); blank when there is none."""
    return day.isoformat() if day else ""


# --- Every command: files written and the failures that main() catches ------------------------


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
