"""Opening the data with a person in the loop: damaged, unavailable, newer or failed-upgrade files.

Nothing is moved before the user has chosen: a damaged diary is set aside only when the user picks
"Restore the backup" or "Start with an empty diary"; Cancel leaves it exactly where it was.
A file that cannot be used because of the computer (full or read-only disk, another user's
file) is explained and left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from companion import APP_NAME
from companion.services.data_store import (
    BackupRefused,
    DamagedData,
    DataFolder,
    DataProblem,
    DiaryUnavailable,
    Fault,
    FolderReason,
    FolderUnusable,
    NewerData,
    RestoreProblem,
    RestoreReason,
    Store,
    UpgradeFailed,
    open_store,
    restore_backup,
    set_damaged_aside,
)


def open_with_dialogs(root: Path, migrations: Path) -> Store | None:
    """Open the store; explain any problem and offer what can be done. None means quit."""
    try:
        return open_store(root, migrations, set_aside_damaged=False)
    except DamagedData as damaged:
        return _recover(root, migrations, damaged)
    except DiaryUnavailable as unavailable:
        _critical(unavailable_text(unavailable))
        return None
    except DataProblem as problem:
        _critical(data_problem_text(problem))
        return None


def _critical(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _recover(root: Path, migrations: Path, damaged: DamagedData) -> Store | None:
    """Ask what to do with a damaged diary until a choice works or the user cancels: a backup
    that cannot be restored after all (changed since it was judged, or the disk is full) is
    explained, and the choice is offered again."""
    while True:
        choice = _ask_recovery(root, damaged)
        try:
            return act_on_choice(root, migrations, damaged, choice)
        except Exception as error:  # whatever stops the restore, the start must not crash
            _critical(restore_failed_text(error))


def restore_failed_text(error: Exception) -> str:
    """A restore from the damaged-diary box did not happen, and why."""
    return QCoreApplication.translate(
        "DataProblems",
        "The backup could not be restored: {reason}\n\nNothing was deleted. You can try again, "
        "start with an empty diary or quit.",
    ).format(reason=restore_failure_reason(error))


def _ask_recovery(root: Path, damaged: DamagedData) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _damaged_text(root, damaged))
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore: QAbstractButton | None = None
    if damaged.good_backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("DataProblems", "Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    fresh = box.addButton(
        QCoreApplication.translate("DataProblems", "Start with an empty diary"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "fresh" if clicked is fresh else "cancel"


def act_on_choice(root: Path, migrations: Path, damaged: DamagedData, choice: str) -> Store | None:
    """Do what the user chose ("restore", "fresh", "cancel"); only now is the damaged file moved."""
    if choice == "restore" and damaged.good_backup is not None:
        # restore_backup sets the damaged file aside itself, after judging the backup.
        return restore_backup(root, damaged.good_backup.path, migrations)
    if choice == "fresh":
        set_damaged_aside(DataFolder(root))
        return open_store(root, migrations)
    return None  # Cancel: the damaged file stays where it is, untouched


def _damaged_text(root: Path, damaged: DamagedData) -> str:
    text = QCoreApplication.translate(
        "DataProblems",
        "Your diary file could not be read: it is damaged. Nothing has been moved or deleted. "
        "If you restore a backup or start with an empty diary, the damaged file is moved to "
        "{folder} so it can still be examined.",
    ).format(folder=DataFolder(root).damaged)
    if damaged.good_backup is not None:
        when = backup_time_text(damaged.good_backup.taken_at)
        text += "\n\n" + QCoreApplication.translate(
            "DataProblems",
            "The newest healthy backup is from {when}. Restore it to carry on from there.",
        ).format(when=when)
    else:
        text += "\n\n" + QCoreApplication.translate(
            "DataProblems", "No healthy backup was found. You can start with an empty diary."
        )
    return text


def backup_time_text(taken_at: datetime) -> str:
    """When a backup was taken, in local time and the app's language: "Sa., 5. Dez. 2026, 14:30"."""
    local = taken_at.astimezone()
    pattern = QCoreApplication.translate("DataProblems", "ddd d MMM yyyy, HH:mm")
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, pattern)


def _fault_reason(problem: DiaryUnavailable) -> str:
    reasons = {
        Fault.FULL: QCoreApplication.translate(
            "DataProblems", "The disk that holds your diary is full. Free some space."
        ),
        Fault.READ_ONLY: QCoreApplication.translate(
            "DataProblems", "Your diary file or its disk is read-only. Make it writable."
        ),
        Fault.DENIED: QCoreApplication.translate(
            "DataProblems",
            "You are not allowed to open your diary file; it may belong to another user "
            "(for example after running the app as administrator). Give it back to your user.",
        ),
        Fault.BUSY: QCoreApplication.translate(
            "DataProblems", "Another program is using your diary. Wait a moment."
        ),
    }
    return reasons.get(problem.fault) or QCoreApplication.translate(
        "DataProblems", "The disk reported a problem ({detail}). Check the disk."
    ).format(detail=problem.detail)


def unavailable_text(problem: DiaryUnavailable) -> str:
    """A person's explanation of a diary the computer will not let us use."""
    return QCoreApplication.translate(
        "DataProblems",
        "Your diary {path} cannot be used right now. {reason} Nothing was moved or changed; "
        "then open the app again.",
    ).format(path=problem.path, reason=_fault_reason(problem))


def data_problem_text(problem: DataProblem) -> str:
    """A person's explanation of a diary that cannot be opened as it is, in the app's language."""
    translate = QCoreApplication.translate
    if isinstance(problem, NewerData):
        return translate(
            "DataProblems",
            "{path} was written by a newer version of Sciatica Companion (schema {revision}). "
            "Install that version or a newer one to open it; the file has not been changed.",
        ).format(path=problem.path, revision=problem.revision)
    if isinstance(problem, UpgradeFailed):
        return translate(
            "DataProblems",
            "Updating your diary to this version failed ({detail}). Nothing was changed; your "
            "data is as it was. Please report this problem.",
        ).format(detail=problem.detail)
    if isinstance(problem, FolderUnusable):
        reason = (
            translate("DataProblems", "it is a file, not a folder")
            if problem.reason is FolderReason.IS_A_FILE
            else translate("DataProblems", "part of its path is a file, not a folder")
        )
        return translate(
            "DataProblems",
            "The data folder {folder} cannot be used: {reason}. Nothing was changed; start the "
            "app with --data-dir and another folder, or fix this one.",
        ).format(folder=problem.root, reason=reason)
    return str(problem)  # a problem without its own words yet keeps the service's sentence


def restore_problem_text(problem: RestoreProblem) -> str:
    """Why restore refused a file (nothing was changed), in the app's language."""
    translate = QCoreApplication.translate
    texts = {
        RestoreReason.NOT_A_FILE: translate(
            "DataProblems", "{path} does not exist or is not a file."
        ),
        RestoreReason.UNREADABLE: translate("DataProblems", "{path} cannot be read ({detail})."),
        RestoreReason.NOT_PERMITTED: translate(
            "DataProblems", "{path} cannot be read: you are not allowed to open it."
        ),
        RestoreReason.UNHEALTHY: translate(
            "DataProblems", "{path} is not a healthy Sciatica Companion backup ({detail})."
        ),
        RestoreReason.DANGLING_ROWS: translate(
            "DataProblems",
            "{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not "
            "exist.",
        ),
        RestoreReason.NO_VERSION: translate(
            "DataProblems", "{path} is not a Sciatica Companion backup (it has no schema version)."
        ),
        RestoreReason.UNCLEAR_VERSION: translate(
            "DataProblems",
            "{path} is not a Sciatica Companion backup (its schema version is unclear).",
        ),
        RestoreReason.NEWER: translate(
            "DataProblems", "{path} comes from a newer version of Sciatica Companion."
        ),
        RestoreReason.OTHER_TABLES: translate(
            "DataProblems",
            "{path} is not a Sciatica Companion backup: its tables differ from ours ({detail}).",
        ),
    }
    return texts[problem.reason].format(path=problem.path, detail=problem.detail, rows=problem.rows)


def restore_failure_reason(error: Exception) -> str:
    """Why a restore failed: a refused file in the app's language, else the error's own words."""
    return restore_problem_text(error.problem) if isinstance(error, BackupRefused) else str(error)


def save_failure_text(error: Exception) -> str:
    """What to tell the user when something they entered could not be stored."""
    reason = (
        _fault_reason(error)
        if isinstance(error, DiaryUnavailable)
        else QCoreApplication.translate("DataProblems", "The diary could not be written.")
    )
    return QCoreApplication.translate(
        "DataProblems",
        "Your entry could not be saved. {reason}\n\nWhat you entered is still in the form and "
        "nothing in your diary was changed; choose Retry to try again.",
    ).format(reason=reason)


def offer_retry(parent: QWidget, error: Exception, retry: Callable[[], object]) -> QMessageBox:
    """Say why a save failed and offer Retry; the form behind keeps what was typed."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, save_failure_text(error), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote a path or SQLite
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.finished.connect(
        lambda result: retry() if result == QMessageBox.StandardButton.Retry else None
    )
    box.open()  # window-modal and non-blocking: the form stays visible and unchanged
    return box
