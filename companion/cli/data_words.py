"""What `companion check`, `backup`, `backups` and `restore` say about the diary and its backups.

Worded in the context Cli, like every line of the command line (see cli/words.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from companion.cli.words import one_line
from companion.reports.wording import Wording
from companion.storage.errors import RestoreProblem, RestoreReason


def healthy_backup(path: Path, words: Wording) -> str:
    """`companion check FILE` for a backup that restore would accept."""
    return words.translate(
        "Cli", "ok: {path} is a healthy Sciatica Companion backup that restore would accept"
    ).format(path=path)


def not_restorable(problem: RestoreProblem, words: Wording) -> str:
    """A backup file that restore refuses, and why."""
    return words.translate("Cli", "this file cannot be restored: {problem}").format(
        problem=restore_problem_text(problem, words)
    )


def restore_problem_text(problem: RestoreProblem, words: Wording) -> str:
    """Why restore refuses a file, in the reader's language (the same sentences as the app's)."""
    texts = {
        RestoreReason.NOT_A_FILE: words.translate("Cli", "{path} does not exist or is not a file."),
        RestoreReason.UNREADABLE: words.translate("Cli", "{path} cannot be read ({detail})."),
        RestoreReason.NOT_PERMITTED: words.translate(
            "Cli", "{path} cannot be read: you are not allowed to open it."
        ),
        RestoreReason.UNHEALTHY: words.translate(
            "Cli", "{path} is not a healthy Sciatica Companion backup ({detail})."
        ),
        RestoreReason.DANGLING_ROWS: words.translate(
            "Cli",
            "{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not "
            "exist.",
        ),
        RestoreReason.NO_VERSION: words.translate(
            "Cli", "{path} is not a Sciatica Companion backup (it has no schema version)."
        ),
        RestoreReason.UNCLEAR_VERSION: words.translate(
            "Cli", "{path} is not a Sciatica Companion backup (its schema version is unclear)."
        ),
        RestoreReason.NEWER: words.translate(
            "Cli", "{path} comes from a newer version of Sciatica Companion."
        ),
        RestoreReason.OTHER_TABLES: words.translate(
            "Cli",
            "{path} is not a Sciatica Companion backup: its tables differ from ours ({detail}).",
        ),
    }
    return texts[problem.reason].format(
        path=problem.path, detail=one_line(problem.detail), rows=problem.rows
    )


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


def data_folder_not_writable(words: Wording) -> str:
    """The detail of a restore into a data folder that cannot be written."""
    return words.translate("Cli", "the data folder cannot be written")


def app_is_running(words: Wording) -> str:
    """`companion restore` while the app holds the data folder."""
    return words.translate(
        "Cli", "Sciatica Companion is running on this data folder; quit it, then restore"
    )


def nothing_restored(problem: RestoreProblem, words: Wording) -> str:
    """A refused restore, and why."""
    return words.translate("Cli", "nothing was changed: {problem}").format(
        problem=restore_problem_text(problem, words)
    )


def restored(path: Path, words: Wording) -> str:
    """The line after a restore."""
    return words.translate(
        "Cli", "Restored from {path}. What was there before was kept as a backup."
    ).format(path=path)
