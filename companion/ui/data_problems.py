"""Opening the data with a person in the loop: damaged, newer or failed-upgrade files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from companion import APP_NAME
from companion.services.data_store import (
    DamagedData,
    NewerData,
    Store,
    UpgradeFailed,
    open_store,
    restore_backup,
)


def open_with_dialogs(root: Path, migrations: Path) -> Store | None:
    """Open the store; explain any problem and offer what can be done. None means quit."""
    try:
        return open_store(root, migrations)
    except DamagedData as damaged:
        return _recover(root, migrations, damaged)
    except (NewerData, UpgradeFailed) as problem:
        QMessageBox.critical(None, APP_NAME, str(problem))
        return None


def _recover(root: Path, migrations: Path, damaged: DamagedData) -> Store | None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _damaged_text(damaged))
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
    clicked: QAbstractButton | None = box.clickedButton()
    if restore is not None and clicked is restore and damaged.good_backup is not None:
        return restore_backup(root, damaged.good_backup.path, migrations)
    if clicked is fresh:
        return open_store(root, migrations)
    return None


def _damaged_text(damaged: DamagedData) -> str:
    text = QCoreApplication.translate(
        "DataProblems",
        "Your diary file could not be read: it is damaged. Nothing has been deleted: the "
        "damaged file was moved to {aside} so it can still be examined.",
    ).format(aside=damaged.aside)
    if damaged.good_backup is not None:
        when = damaged.good_backup.taken_at.astimezone().strftime("%a %d %b %Y, %H:%M")
        text += "\n\n" + QCoreApplication.translate(
            "DataProblems",
            "The newest healthy backup is from {when}. Restore it to carry on from there.",
        ).format(when=when)
    else:
        text += "\n\n" + QCoreApplication.translate(
            "DataProblems", "No healthy backup was found. You can start with an empty diary."
        )
    return text
