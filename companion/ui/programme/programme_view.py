"""The patient's Programme page: what was prescribed, by whom, since when, and what changed.

A programme file (.scprog) can be opened with the Import button, dropped onto the page, given on
the command line or forwarded by a second launch; every way goes through `open_programme_file`,
which shows what the file contains before anything is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.content.library import ExerciseLibrary
from companion.content.programme_file import FILE_SUFFIX
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Dose
from companion.domain.programme import ProgrammeDocument
from companion.reports.handout import write_handout
from companion.services.outputs import OutputFailed, write_output
from companion.services.programmes import (
    ProgrammeRecord,
    ProgrammeRejected,
    active_programme,
    export_active_programme,
    programme_history,
    start_starter_programme,
)
from companion.ui.context import AppContext
from companion.ui.programme.import_preview import open_programme_file, programme_file_in
from companion.ui.programme.programme_files import (
    ask_programme_file,
    handout_button,
    programme_files_filter,
)
from companion.ui.programme.programme_handout import handout_for, handout_words
from companion.ui.programme.programme_record import DoseChangesBox, EarlierProgrammesBox
from companion.ui.programme.programme_safety import PathwayPanel, ProgressionPanel
from companion.ui.programme.programme_words import date_text, programme_html, rejected_text
from companion.ui.programme.starter_programmes import StarterProgrammesBox
from companion.ui.style import fill_with_scrolling, heading
from companion.ui.widgets.messages import ask, inform, warn
from companion.ui.widgets.save_files import ask_save_path, output_problem_text

translate = QCoreApplication.translate


def save_handout(
    parent: QWidget,
    document: ProgrammeDocument,
    library: ExerciseLibrary,
    data_folder: Path,
    current: Mapping[int, Dose] | None = None,
) -> Path | None:
    """Ask where (in Documents), then save the handout PDF; None if cancelled or it failed."""
    target = ask_save_path(
        parent,
        translate("Programme", "Save the programme handout"),
        f"{programme_file_stem(document.title)}-handout.pdf",
        translate("Programme", "PDF document (*.pdf)"),
    )
    if target is None:
        return None
    # The dialog asked before replacing a file: overwriting is what the user chose.
    return write_handout_or_warn(
        parent, document, library, target, data_folder, current, overwrite=True
    )


def write_handout_or_warn(  # noqa: PLR0917 (every argument is needed)
    parent: QWidget,
    document: ProgrammeDocument,
    library: ExerciseLibrary,
    path: Path,
    data_folder: Path,
    current: Mapping[int, Dose] | None = None,
    *,
    overwrite: bool = False,
) -> Path | None:
    """Write the handout PDF to `path`, telling the user in words if it fails."""
    handout = handout_for(document, library, current)
    try:
        write_output(
            path,
            data_folder,
            overwrite,
            lambda stream: write_handout(handout, stream, handout_words),
        )
    except OutputFailed as error:
        warn(
            parent,
            translate("Programme", "Handout not saved"),
            translate("Programme", "{problem} Your programme is unchanged.").format(
                problem=output_problem_text(error)
            ),
        )
        return None
    return path


def programme_file_stem(title: str) -> str:
    """The start of a file name for a programme called `title`: letters, digits and dashes."""
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(cleaned.lower().split()) or "programme"


# --- The page --------------------------------------------------------------------------------


class ProgrammeView(QWidget):
    """The programme the patient follows, starter programmes, changes and history."""

    def __init__(self, context: AppContext, now: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self._context = context
        self._record: ProgrammeRecord | None = None
        self.dialog: QDialog | None = None
        self.setObjectName("programmeView")
        self.setAcceptDrops(True)

        page = QWidget()
        layout = QVBoxLayout(page)
        self._build_summary(layout)
        layout.addLayout(self._build_file_buttons())
        drop_hint = QLabel(self.tr("You can also drop a .scprog file onto this page."))
        drop_hint.setWordWrap(True)
        layout.addWidget(drop_hint)
        # Why doses are not stepping up, and the two pathways (issue 15).
        local = now or context.now
        self._now = local
        self.progression = ProgressionPanel(context, local)
        self.pathways = PathwayPanel(context, self.start_starter, local)
        layout.addWidget(self.progression)
        layout.addWidget(self.pathways)
        self.starters = StarterProgrammesBox(context, self.start_starter)
        # The box's controls, as callers and tests reach them on the page.
        self.starter, self.start_button = self.starters.starter, self.starters.start_button
        self.starter_text = self.starters.starter_text
        layout.addWidget(self.starters)
        self.changes_box = DoseChangesBox(context)
        self.history_box = EarlierProgrammesBox(context)
        self.changes, self.history = self.changes_box.entries, self.history_box.entries
        layout.addWidget(self.changes_box)
        layout.addWidget(self.history_box)
        layout.addStretch(1)
        fill_with_scrolling(self, page)

        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def _build_summary(self, layout: QVBoxLayout) -> None:
        """The title, the review reminder and the programme as rich text."""
        self.title = heading(self.tr("Your programme"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Your programme"))
        self.review_due = QLabel()
        self.review_due.setObjectName("disclaimer")
        self.review_due.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.review_due)
        layout.addWidget(self.summary)

    def _build_file_buttons(self) -> QHBoxLayout:
        """Open a programme file, save the programme to a file, save its handout."""
        self.import_button = QPushButton(self.tr("&Open a programme file…"))
        self.import_button.setAccessibleName(self.tr("Open a programme file"))
        self.import_button.clicked.connect(self._choose_file)
        self.export_button = QPushButton(self.tr("Save to a &file…"))
        self.export_button.setAccessibleName(self.tr("Save the programme to a file"))
        self.export_button.clicked.connect(self._choose_export)
        self.handout_button = handout_button(
            self.tr("Save a &handout (PDF)…"), self._choose_handout
        )
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.handout_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def refresh(self) -> None:
        """Show the active programme, its recent changes and the history."""
        store = self._context.store
        library = self._context.library
        record = active_programme(store)
        self._record = record
        self.export_button.setEnabled(record is not None)
        self.handout_button.setEnabled(record is not None)
        if record is None:
            self.title.setText(self.tr("Your programme"))
            self.summary.setText(
                self.tr(
                    "You have no programme yet. Open the file your physiotherapist sent you, "
                    "or follow one of the starter programmes below."
                )
            )
            self.review_due.hide()
        else:
            document = record.document
            self.title.setText(document.title)
            current = {item.position: item.current for item in record.items}
            self.summary.setText(programme_html(document, library, current, record.imported_at))
            review = document.review_date
            today = self._now().date()
            if review is not None and review <= today and not document.starter_id:
                self.review_due.setText(
                    self.tr(
                        "Your review was due on {day}. Contact {who} to check how the "
                        "programme is going."
                    ).format(day=date_text(review), who=document.author)
                )
                self.review_due.show()
            else:
                self.review_due.hide()
        self.starters.show_intro(has_programme=record is not None)
        self.changes_box.refresh(record)
        self.history_box.refresh()
        # A first-time user sees only what they can do now: open a file or pick a starter.
        self.changes_box.setVisible(record is not None)
        self.history_box.setVisible(record is not None or len(programme_history(store)) > 0)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PROGRAMME, Topic.SESSIONS):
            self.refresh()

    # --- Actions -------------------------------------------------------------------------

    def open_file(self, path: Path) -> QDialog:
        """Show a programme file and offer to import it."""
        self.dialog = open_programme_file(self._context, path, self)
        return self.dialog

    def _choose_file(self) -> None:
        source = ask_programme_file(self)
        if source is not None:
            self.open_file(source)

    def start_starter(self, starter_id: str) -> None:
        """Follow a starter programme (asks first if it replaces a programme)."""
        if self._record is not None and not ask(
            self,
            self.tr("Replace your programme?"),
            self.tr(
                "“{new}” will replace “{old}”. The old programme stays in your history."
            ).format(new=self._context.library.programme(starter_id).name, old=self._record.title),
        ):
            return
        try:
            _result, changes = start_starter_programme(
                self._context.store,
                self._context.library,
                starter_id,
                self._now().astimezone(UTC),
            )
        except ProgrammeRejected as error:
            inform(self, self.tr("Nothing changed"), rejected_text(error))
            return
        self._context.publish(changes)

    def export_to(self, path: Path, overwrite: bool = False) -> Path | None:
        """Save the active programme as a programme file."""
        try:
            return export_active_programme(self._context.store, path, overwrite=overwrite)
        except ProgrammeRejected as error:
            reason = rejected_text(error)
        except OutputFailed as error:
            reason = output_problem_text(error)
        warn(
            self,
            self.tr("Not saved"),
            self.tr("{reason} Nothing else changed.").format(reason=reason),
        )
        return None

    def _choose_export(self) -> None:
        if self._record is None:
            return
        target = ask_save_path(
            self,
            self.tr("Save the programme to a file"),
            f"{programme_file_stem(self._record.title)}{FILE_SUFFIX}",
            programme_files_filter(),
        )
        if target is not None:
            # The dialog asked before replacing a file: overwriting is what the user chose.
            self.export_to(target, overwrite=True)

    def save_handout_to(self, path: Path) -> Path | None:
        """Write the handout of the active programme (with today's doses) to `path`."""
        if self._record is None:
            return None
        current = {item.position: item.current for item in self._record.items}
        return write_handout_or_warn(
            self, self._record.document, self._context.library, path, self._data_folder, current
        )

    def _choose_handout(self) -> None:
        if self._record is not None:
            current = {item.position: item.current for item in self._record.items}
            save_handout(
                self, self._record.document, self._context.library, self._data_folder, current
            )

    @property
    def _data_folder(self) -> Path:
        return self._context.store.folder.root

    # --- Drag and drop -------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        return programme_file_in(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)
