"""Opening a programme file as a patient: what the file holds, shown before anything is imported.

Every way in (the Import button, a drop onto the page, the command line, a second launch) goes
through `open_programme_file`.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from companion import APP_NAME
from companion.content.programme_file import FILE_SUFFIX, ProgrammeFile, ProgrammeFileError
from companion.domain.branding import LockedSetting
from companion.services.programmes import (
    ImportResult,
    ProgrammeRejected,
    active_programme,
    import_programme,
    read_programme_file,
)
from companion.ui.context import AppContext
from companion.ui.file_problem_words import file_problem_text
from companion.ui.programme.programme_words import programme_html, rejected_text
from companion.ui.style import SUBHEADING_SCALE, fill_with_scrolling, heading
from companion.ui.widgets.messages import inform

translate = QCoreApplication.translate


class ImportPreviewDialog(QDialog):
    """Shows what a programme file contains and asks before importing it."""

    def __init__(
        self, context: AppContext, checked: ProgrammeFile, source: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.checked = checked
        self.result_of_import: ImportResult | None = None
        self.setWindowTitle(self.tr("Open a programme"))
        self.setAccessibleName(self.tr("Programme file preview"))
        document = checked.document
        title = heading(document.title, SUBHEADING_SCALE)
        current = active_programme(context.store)
        if current is None:
            intro = self.tr("This file from {file} will become your programme.")
        else:
            intro = self.tr(
                "This file from {file} will replace your programme “{current}”. The old one "
                "stays in your history."
            )
        self.intro = QLabel(
            intro.format(file=source.name, current=current.title if current else "")
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # quotes a file name and a title
        self.intro.setWordWrap(True)
        self.contents = QLabel(programme_html(document, context.library))
        self.contents.setTextFormat(Qt.TextFormat.RichText)
        self.contents.setWordWrap(True)
        self.contents.setAccessibleName(self.tr("What the programme contains"))
        self.contents.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("&Import this programme"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import this programme"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.contents)
        body_layout.addStretch(1)
        scroll_page = QWidget()
        fill_with_scrolling(scroll_page, body)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(scroll_page, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)

    def _import(self) -> None:
        try:
            result, changes = import_programme(
                self._context.store,
                self.checked.document,
                self._context.now().astimezone(UTC),
                format_version=self.checked.format_version,
            )
        except ProgrammeRejected as error:
            inform(self, self.tr("Not imported"), rejected_text(error))
            self.reject()
            return
        self.result_of_import = result
        self._context.publish(changes)
        self.accept()


def open_programme_file(context: AppContext, path: Path, parent: QWidget | None) -> QDialog:
    """Show what a programme file contains and offer to import it (never imports unasked).

    Returns the dialog shown (a preview, or a message saying why the file cannot be used);
    it is opened window-modal and does not block.
    """
    if context.branding.is_locked(LockedSetting.PROGRAMME):
        box = _not_imported(
            parent,
            QMessageBox.Icon.Information,
            translate("Programme", "Programme set by your clinic"),
            translate(
                "Programme",
                "{clinic} has set the programme in this app, so “{file}” was not imported and "
                "your data is unchanged. Ask them to change your programme.",
            ).format(clinic=context.branding.clinic_name or APP_NAME, file=path.name),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    try:
        checked = read_programme_file(path, context.library)
    except ProgrammeFileError as error:
        title = translate("Programme", "This programme file cannot be used")
        box = _not_imported(
            parent,
            QMessageBox.Icon.Warning,
            title,
            translate(
                "Programme",
                "“{file}” is not a programme this app can follow, so nothing was imported and "
                "your data is unchanged. Ask your physiotherapist for a new copy of the file.",
            ).format(file=path.name),
        )
        problems = [file_problem_text(problem) for problem in error.problems]
        box.setInformativeText(problems[0] if problems else "")
        box.setDetailedText("\n".join(problems))
        box.setAccessibleName(title)
        box.open()
        return box
    dialog = ImportPreviewDialog(context, checked, path, parent)
    dialog.open()
    return dialog


def _not_imported(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message, not yet shown, that says why a file was not imported."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names a file and its title
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


def programme_file_in(mime: QMimeData) -> Path | None:
    """The one local .scprog file a drag carries, if that is what it carries."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if is_programme_file(path) else None


def is_programme_file(path: Path) -> bool:
    """True for a local file with the programme file suffix."""
    return path.suffix.lower() == FILE_SUFFIX
