"""The clinician's Programme editor: write a programme file for a patient.

Pick exercises from the library (with their figures), set each dose and schedule, reorder them
by dragging, add notes, progression rules, the flare-up plan and the sitting-break interval,
preview what the patient will see, and save the .scprog file or a PDF handout. The
file is checked as it is written: every problem is shown next to what causes it.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.programme_file import (
    CURRENT_VERSION,
    FILE_SUFFIX,
    FORMAT,
    ProgrammeFileError,
    load_programme_file,
    programme_from_data,
    programme_problems,
)
from companion.content.programme_writer import dump_programme, programme_to_data
from companion.domain.exercise import Exercise
from companion.domain.file_problems import FileProblem
from companion.domain.programme import Prescription, ProgrammeDocument
from companion.services.outputs import OutputFailed, write_output
from companion.ui.context import AppContext
from companion.ui.exercises.exercise_words import category_label
from companion.ui.file_problem_words import file_problem_text
from companion.ui.programme.editor_fields import connect_change
from companion.ui.programme.editor_pages import AboutProgrammeForm, FlarePlanForm
from companion.ui.programme.editor_problems import place_problems
from companion.ui.programme.prescription_editor import PrescriptionEditor
from companion.ui.programme.preview_dialog import PreviewDialog
from companion.ui.programme.programme_files import (
    ask_programme_file,
    handout_button,
    programme_files_filter,
)
from companion.ui.programme.programme_view import (
    programme_file_stem,
    save_handout,
    write_handout_or_warn,
)
from companion.ui.style import fill, heading, scrolling, side_by_side
from companion.ui.widgets.exercise_search import ExerciseSearch
from companion.ui.widgets.figure_widget import FigureWidget
from companion.ui.widgets.flow_layout import flow_row
from companion.ui.widgets.messages import ask, warn
from companion.ui.widgets.save_files import ask_save_path, output_problem_text

_keys = itertools.count(1)


class ProgrammeEditor(QWidget):
    """Write or adjust a programme file for a patient."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._items: dict[int, dict[str, Any]] = {}
        self._custom: list[dict[str, Any]] = []  # custom exercises of an opened file, kept
        self._loading = False
        self.problems: list[FileProblem] = []
        self._touched = False
        self.dialog: QDialog | None = None
        self.setObjectName("programmeEditor")
        # Fields that need fixing get a border in the palette's accent colour and a bold note.
        self.setStyleSheet(
            'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] '
            "{ border: 2px solid palette(highlight); border-radius: 3px; }"
            "QLabel#fieldProblem { font-weight: bold; }"
        )
        library_box = self._build_library()
        self.about = AboutProgrammeForm(self._today)
        self.flare = FlarePlanForm(context.library)
        # Callers and tests reach these fields of the two tabs by the editor's names.
        about, flare = self.about, self.flare
        self.title, self.author, self.clinic = about.title, about.author, about.clinic
        self.start, self.review, self.sitting = about.start, about.review, about.sitting
        self.details_problem = about.problem
        self.flare_advice, self.flare_sitting = flare.advice, flare.sitting
        self.flare_exercises = flare.exercises
        self.tabs = QTabWidget()
        # Each tab scrolls: squeezed into a short window the dose fields lost their height.
        self.tabs.addTab(scrolling(self._build_exercises_page()), self.tr("E&xercises"))
        self.tabs.addTab(scrolling(self.about), self.tr("About the &programme"))
        self.tabs.addTab(scrolling(self.flare), self.tr("&Flare-up plan"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self._build_status())
        right_layout.addWidget(self._build_actions())
        splitter = side_by_side(library_box, right, 3)
        splitter.setSizes([200, 700])
        fill(self, splitter)

        self.about.connect_changes(self._changed)
        self.flare.connect_changes(self._changed)
        self._fill_library()
        self.new_programme()

    def _build_library(self) -> QWidget:
        """The exercise library to search, with the figure of the one in focus."""
        # A narrow column: long names end in "…" (the full name is the tooltip) rather than
        # pushing the dose editor off the window.
        self._finder = ExerciseSearch(
            self.tr("Search the library"),
            self.tr("Search the exercise library"),
            self.tr("Exercise library"),
        )
        self.search, self.library_list = self._finder.field, self._finder.list
        self.search.textChanged.connect(self._fill_library)
        self.library_list.currentItemChanged.connect(self._show_library_figure)
        self.library_list.itemActivated.connect(lambda _item: self.add_selected())
        self.library_figure = FigureWidget()
        self.library_figure.setAccessibleName(self.tr("Figure of the library exercise"))
        self.library_figure.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("&Add to programme →"))
        self.add_button.setAccessibleName(self.tr("Add the exercise to the programme"))
        self.add_button.clicked.connect(self.add_selected)
        library_box = QWidget()
        library_layout = QVBoxLayout(library_box)
        library_layout.addWidget(heading(self.tr("Programme editor")))
        library_layout.addWidget(self.search)
        library_layout.addWidget(self.library_list, 1)
        library_layout.addWidget(self.library_figure)
        library_layout.addWidget(self.add_button)
        return library_box

    def _build_exercises_page(self) -> QWidget:
        """The programme's exercises in order, and the dose of the chosen one."""
        self.programme_list = QListWidget()
        self.programme_list.setAccessibleName(
            self.tr("Exercises in the programme (drag to reorder)")
        )
        self.programme_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.programme_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.programme_list.model().rowsMoved.connect(self._changed)
        self.programme_list.currentItemChanged.connect(self._show_current)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the exercise from the programme"))
        self.remove_button.clicked.connect(self.remove_current)
        self.prescription = PrescriptionEditor()
        for widget in self.prescription.editors():
            connect_change(widget, self._prescription_edited)
        order_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order_buttons.addWidget(button)
        order_buttons.addStretch(1)
        exercises_page = QWidget()
        exercises_layout = QVBoxLayout(exercises_page)
        exercises_layout.addWidget(QLabel(self.tr("Drag to change the order.")))
        exercises_layout.addWidget(self.programme_list, 1)
        exercises_layout.addLayout(order_buttons)
        exercises_layout.addWidget(self.prescription)
        return exercises_page

    def _build_status(self) -> QLabel:
        """What still needs fixing before the file can be saved."""
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What still needs fixing"))
        return self.status

    def _build_actions(self) -> QWidget:
        """New, open, preview, handout and save."""
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self._confirm_new)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a programme file to adjust it"))
        self.open_button.clicked.connect(self._choose_open)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setAccessibleName(self.tr("Preview as the patient will see it"))
        self.preview_button.clicked.connect(self.preview)
        self.handout_button = handout_button(self.tr("&Handout (PDF)…"), self._choose_handout)
        self.save_button = QPushButton(self.tr("&Save file…"))
        self.save_button.setAccessibleName(self.tr("Save the programme file"))
        self.save_button.clicked.connect(self._choose_save)
        # One row that wraps: German labels do not fit beside the library at 1000 px.
        return flow_row(
            self.new_button,
            self.open_button,
            self.preview_button,
            self.handout_button,
            self.save_button,
        )

    # --- The library ------------------------------------------------------------------------

    def _fill_library(self) -> None:
        found = self._finder.found(self._context.library)
        self._finder.show(found, lambda e: f"{e.name}\n{category_label(e.category)}: {e.summary}")
        self.add_button.setEnabled(bool(found))

    def _show_library_figure(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.library_figure.set_figure(None)
            return
        exercise = self._context.library.get(item.data(Qt.ItemDataRole.UserRole))
        self.library_figure.set_figure(exercise.figure)
        self.library_figure.set_phase(0.25)

    def add_selected(self) -> None:
        """Add the library exercise in focus to the end of the programme."""
        item = self.library_list.currentItem()
        if item is not None:
            self.add_exercise(item.data(Qt.ItemDataRole.UserRole))

    def add_exercise(self, exercise_id: str) -> None:
        """Add an exercise with its usual dose."""
        dose = self._context.library.get(exercise_id).dose
        # The file writer's own shape, so a falling count, stages and a weekly count come too.
        data = programme_to_data(
            ProgrammeDocument("", (Prescription(exercise_id, replace(dose, note="")),))
        )["exercises"][0]
        self._append(data)
        self.programme_list.setCurrentRow(self.programme_list.count() - 1)
        self._changed()

    def _append(self, data: dict[str, Any]) -> None:
        key = next(_keys)
        self._items[key] = data
        item = QListWidgetItem(self._name_of(data["exercise"]))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.programme_list.addItem(item)

    def _name_of(self, exercise_id: str) -> str:
        exercise = self._exercise(exercise_id)
        return exercise.name if exercise else exercise_id

    def _exercise(self, exercise_id: str) -> Exercise | None:
        library = self._context.library
        if exercise_id in library:
            return library.get(exercise_id)
        for custom in self._custom:
            if custom.get("id") == exercise_id:
                try:
                    document = self._document_from(self._data_with_only_custom(custom))
                except ProgrammeFileError:
                    return None
                return document.custom(exercise_id)
        return None

    def _data_with_only_custom(self, custom: dict[str, Any]) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": CURRENT_VERSION,
            "title": "-",
            "author": {"name": "-"},
            "start_date": self._context.now().date().isoformat(),
            "exercises": [{"exercise": custom["id"], "dose": {"sets": 1, "reps": 1}}],
            "custom_exercises": [custom],
        }

    # --- The programme's exercises ------------------------------------------------------------

    def _current_key(self) -> int | None:
        item = self.programme_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self) -> None:
        key = self._current_key()
        data = self._items.get(key) if key is not None else None
        self._loading = True
        try:
            exercise = self._exercise(data["exercise"]) if data else None
            self.prescription.show_item(exercise, data)
        finally:
            self._loading = False
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(data is not None)
        self._show_problems()

    def _prescription_edited(self) -> None:
        if self._loading:
            return
        key = self._current_key()
        if key is not None:
            self.prescription.read_into(self._items[key])
        self._changed()

    def move_current(self, by: int) -> None:
        """Move the chosen exercise up (-1) or down (+1), as dragging does."""
        row = self.programme_list.currentRow()
        target = row + by
        if row < 0 or not 0 <= target < self.programme_list.count():
            return
        item = self.programme_list.takeItem(row)
        self.programme_list.insertItem(target, item)
        self.programme_list.setCurrentRow(target)
        self._changed()

    def remove_current(self) -> None:
        """Take the chosen exercise out of the programme."""
        row = self.programme_list.currentRow()
        if row < 0:
            return
        item = self.programme_list.takeItem(row)
        self._items.pop(int(item.data(Qt.ItemDataRole.UserRole)), None)
        self._changed()

    def exercise_ids(self) -> list[str]:
        """The programme's exercises in their current order."""
        return [self._items[key]["exercise"] for key in self._order()]

    def _order(self) -> list[int]:
        return [
            int(self.programme_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.programme_list.count())
        ]

    # --- The whole programme -----------------------------------------------------------------

    def programme_data(self) -> dict[str, Any]:
        """What the file will hold, as JSON data (checked separately)."""
        data: dict[str, Any] = {"format": FORMAT, "format_version": CURRENT_VERSION}
        self.about.read_into(data)
        data["issued"] = self._context.now().date().isoformat()
        self.about.read_dates_into(data)
        flare = self.flare.plan()
        if flare is not None:
            data["flare_up_plan"] = flare
        data["exercises"] = [dict(self._items[key]) for key in self._order()]
        used = set(self.exercise_ids())
        custom = [c for c in self._custom if c.get("id") in used]
        if custom:
            data["custom_exercises"] = custom
        return data

    def _document_from(self, data: dict[str, Any]) -> ProgrammeDocument:
        return programme_from_data(data, self._context.library, "programme").document

    def document(self) -> ProgrammeDocument | None:
        """The programme as written, or None while something needs fixing."""
        if self.problems:
            return None
        try:
            return self._document_from(self.programme_data())
        except ProgrammeFileError:
            return None

    def _changed(self) -> None:
        if self._loading:
            return
        self._touched = True
        self.problems = programme_problems(self.programme_data(), self._context.library)
        self._show_problems()

    def _show_problems(self) -> None:
        # An empty editor is not wrong yet: problems show once the user has touched something.
        problems = self.problems if self._touched else []
        order = self._order()
        current = self._current_key()
        current_row = order.index(current) if current in order else -1
        placed = place_problems(problems)
        for row in range(self.programme_list.count()):
            item = self.programme_list.item(row)
            data = self._items[int(item.data(Qt.ItemDataRole.UserRole))]
            name = self._name_of(data["exercise"])
            item.setText(f"⚠ {name}" if row in placed.items else name)
            item.setToolTip("\n".join(placed.items.get(row, [])))
        self.prescription.problem.setText("\n".join(placed.items.get(current_row, [])))
        self.about.show_problems(problems, placed.details)
        self.flare.show_problems(problems, placed.flare)
        ok = not self.problems
        if not self._touched:
            self.status.setText(
                self.tr("Start with a title and the exercises; anything missing shows here.")
            )
        elif ok:
            self.status.setText(self.tr("Ready to save: the file passes every check."))
        else:
            self.status.setText(
                self.tr(
                    "%n thing(s) to fix before saving; each is shown where it is.",
                    "",
                    len(problems),
                )
            )
        for button in (self.preview_button, self.handout_button, self.save_button):
            button.setEnabled(ok)

    # --- New, open, save --------------------------------------------------------------------

    def _today(self) -> QDate:
        # The app's one clock, not the machine's (a test fixes it).
        today = self._context.now().date()
        return QDate(today.year, today.month, today.day)

    def new_programme(self) -> None:
        """Start an empty programme."""
        self._loading = True
        try:
            self._items.clear()
            self._custom = []
            self.programme_list.clear()
            self.about.clear()
            self.flare.fill({})
        finally:
            self._loading = False
        self._show_current()
        self._changed()
        self._touched = False  # a new, empty programme: nothing to complain about yet
        self._show_problems()

    def load_document(self, document: ProgrammeDocument) -> None:
        """Fill the editor from a programme, to adjust it."""
        data = programme_to_data(document)
        self.new_programme()
        self._loading = True
        try:
            self.about.fill(data)
            self.flare.fill(data.get("flare_up_plan", {}))
            self._custom = list(data.get("custom_exercises", []))
            for item_data in data["exercises"]:
                self._append(item_data)
        finally:
            self._loading = False
        if self.programme_list.count():
            self.programme_list.setCurrentRow(0)
        self._changed()

    def open_file(self, path: Path) -> bool:
        """Load a programme file into the editor; says why in words if it cannot."""
        try:
            loaded = load_programme_file(path, self._context.library)
        except ProgrammeFileError as error:
            warn(
                self,
                self.tr("Cannot open this file"),
                self.tr("{file} could not be opened: {problems}").format(
                    file=path.name,
                    problems="; ".join(file_problem_text(problem) for problem in error.problems),
                ),
            )
            return False
        self.load_document(loaded.document)
        return True

    def save_to(self, path: Path, overwrite: bool = False) -> Path | None:
        """Write the programme file (only when it passes every check)."""
        document = self.document()
        if document is None:
            return None
        payload = dump_programme(document)
        try:
            write_output(path, self._data_folder, overwrite, lambda stream: stream.write(payload))
        except OutputFailed as error:
            warn(
                self,
                self.tr("Not saved"),
                self.tr("{problem} Nothing was lost: the programme is still here.").format(
                    problem=output_problem_text(error)
                ),
            )
            return None
        return path

    @property
    def _data_folder(self) -> Path:
        return self._context.store.folder.root

    def save_handout_to(self, path: Path) -> Path | None:
        """Write the handout PDF."""
        document = self.document()
        if document is None:
            return None
        return write_handout_or_warn(self, document, self._context.library, path, self._data_folder)

    def preview(self) -> PreviewDialog | None:
        """Show the programme as the patient will see it."""
        document = self.document()
        if document is None:
            return None
        dialog = PreviewDialog(self._context, document, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _confirm_new(self) -> None:
        if self.programme_list.count() and not ask(
            self,
            self.tr("Start a new programme?"),
            self.tr("What is in the editor now and not saved will be cleared."),
        ):
            return
        self.new_programme()

    def _choose_open(self) -> None:
        source = ask_programme_file(self)
        if source is not None:
            self.open_file(source)

    def _choose_save(self) -> None:
        document = self.document()
        if document is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save the programme file"),
            f"{programme_file_stem(document.title)}{FILE_SUFFIX}",
            programme_files_filter(),
        )
        if path is not None:
            # The dialog asked before replacing the name it returned; a suffix added here makes
            # another name, which it did not ask about.
            overwrite = path.suffix.lower() == FILE_SUFFIX
            if not overwrite:
                path = path.with_name(path.name + FILE_SUFFIX)
                overwrite = path.exists() and self._may_replace(path)
                if path.exists() and not overwrite:
                    return
            if self.save_to(path, overwrite):
                self.status.setText(self.tr("Saved to {path}.").format(path=path))

    def _may_replace(self, path: Path) -> bool:
        return ask(
            self,
            self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it?").format(file=path.name),
        )

    def _choose_handout(self) -> None:
        document = self.document()
        if document is not None:
            save_handout(self, document, self._context.library, self._data_folder)
