"""Files where the user chooses: the open and save dialogs in Documents, and refusals in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.services.outputs import OutputFailed, OutputProblem

translate = QCoreApplication.translate


def documents_folder() -> Path:
    """The user's Documents folder (home when the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_open_path(
    parent: QWidget, title: str, file_filter: str, folder: Path | None = None
) -> Path | None:
    """Ask which file to open, starting in `folder` (Documents unless given); None if cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(
        parent, title, str(folder or documents_folder()), file_filter
    )
    return Path(chosen) if chosen else None


def ask_save_path(parent: QWidget, title: str, file_name: str, file_filter: str) -> Path | None:
    """Ask where to save, starting in Documents with `file_name`; None if cancelled.

    The dialog itself asks before replacing an existing file, so a path it returns may be
    written over (pass overwrite=True to services.outputs).
    """
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / file_name), file_filter
    )
    return Path(chosen) if chosen else None


def output_problem_text(error: OutputFailed) -> str:
    """One sentence for the user: what happened to the output, and what to do."""
    path = str(error.path)
    texts = {
        OutputProblem.IN_DATA_FOLDER: translate(
            "SaveFiles",
            "{path} is inside the app's data folder, where your diary is kept, so nothing was "
            "saved there. Choose another folder, such as Documents.",
        ),
        OutputProblem.EXISTS: translate(
            "SaveFiles",
            "{path} appeared while saving, so it was left alone and nothing was saved. Save "
            "again and choose whether to replace it.",
        ),
        OutputProblem.NOT_A_FILE: translate(
            "SaveFiles",
            "{path} is a folder or a device, not a file, so nothing was saved. Choose a file name.",
        ),
        OutputProblem.LINK: translate(
            "SaveFiles",
            "{path} is a link to another place, which the app never replaces, so nothing was "
            "saved. Choose another name.",
        ),
        OutputProblem.NO_FOLDER: translate(
            "SaveFiles",
            "The folder of {path} does not exist, so nothing was saved. Choose another folder.",
        ),
        OutputProblem.DISK_FULL: translate(
            "SaveFiles",
            "The disk is full, so {path} was not saved. Free some space or choose another disk.",
        ),
        OutputProblem.READ_ONLY: translate(
            "SaveFiles",
            "{path} is on a read-only disk, so nothing was saved. Choose another folder.",
        ),
        OutputProblem.DENIED: translate(
            "SaveFiles",
            "You may not write to {path}, so nothing was saved. Choose a folder of your own, "
            "such as Documents.",
        ),
    }
    text = texts.get(error.problem)
    if text is None:
        return translate(
            "SaveFiles", "{path} could not be saved ({reason}). Choose another folder."
        ).format(path=path, reason=error.detail)
    return text.format(path=path)
