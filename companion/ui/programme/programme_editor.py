"""The clinician's Programme editor: write a programme file for a patient.

Pick exercises from the library (with their figures), set each dose and schedule, reorder them
by dragging, add notes, progression rules, the flare-up plan and the sitting-break interval,
preview what the patient will see, and save the .scprog file or a PDF handout. The
file is checked as it is written: every problem is shown next to what causes it.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.library import DOSE_LIMITS
from companion.content.programme_file import (
    CURRENT_VERSION,
    FILE_SUFFIX,
    FORMAT,
    ProgrammeFileError,
    dump_programme,
    load_programme_file,
    programme_from_data,
    programme_problems,
    programme_to_data,
)
from companion.domain.exercise import Exercise, SidesMode
from companion.domain.programme import WEEKDAY_NAMES, DoseField, Prescription, ProgrammeDocument
from companion.services.outputs import OutputFailed, write_output
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import ExerciseDetail, category_label
from companion.ui.programme.programme_view import (
    exercise_for,
    programme_file_stem,
    programme_html,
    save_handout,
    write_handout_or_warn,
)
from companion.ui.style import (
    SUBHEADING_SCALE,
    fill_with_scrolling,
    heading,
    plain_message,
    scrolling,
)
from companion.ui.widgets.figure_widget import FigureWidget
from companion.ui.widgets.flow_layout import flow_row
from companion.ui.widgets.save_files import ask_save_path, documents_folder, output_problem_text

MAX_RULES_SHOWN = 2
_keys = itertools.count(1)


def _spin(low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    if suffix:
        spin.setSuffix(suffix)
    return spin


class _RuleRow(QWidget):
    """One progression rule: add STEP to FIELD after N steady days, up to CAP."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.enabled = QCheckBox(self.tr("Rule {n}: add").format(n=number))
        self.enabled.setAccessibleName(self.tr("Use progression rule {n}").format(n=number))
        self.step = _spin(1, 60, self.tr("Step of rule {n}").format(n=number))
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("What rule {n} changes").format(n=number))
        self.field.addItem(self.tr("seconds of hold"), DoseField.HOLD_S.value)
        self.field.addItem(self.tr("repetitions"), DoseField.REPS.value)
        self.field.addItem(self.tr("sets"), DoseField.SETS.value)
        self.after = _spin(1, 30, self.tr("Steady days before rule {n}").format(n=number))
        self.up_to = _spin(1, 600, self.tr("Cap of rule {n}").format(n=number))
        self.field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Two lines: in one, the rule did not fit the editor at its default size.
        what = QHBoxLayout()
        what.addWidget(self.enabled)
        what.addWidget(self.step)
        what.addWidget(self.field)
        what.addStretch(1)
        when = QHBoxLayout()
        when.setContentsMargins(self.enabled.sizeHint().height() + 4, 0, 0, 0)
        when.addWidget(QLabel(self.tr("after")))
        when.addWidget(self.after)
        when.addWidget(QLabel(self.tr("steady days, up to")))
        when.addWidget(self.up_to)
        when.addStretch(1)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        rows.addLayout(what)
        rows.addLayout(when)
        self.enabled.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.step, self.field, self.after, self.up_to):
            widget.setEnabled(on)

    def set_rule(self, rule: dict[str, Any] | None) -> None:
        self.enabled.setChecked(rule is not None)
        rule = rule or {"change": "hold_s", "step": 5, "after_sessions": 3, "up_to": 30}
        self.field.setCurrentIndex(max(0, self.field.findData(rule["change"])))
        self.step.setValue(int(rule["step"]))
        self.after.setValue(int(rule["after_sessions"]))
        self.up_to.setValue(int(rule["up_to"]))

    def rule(self) -> dict[str, Any] | None:
        if not self.enabled.isChecked():
            return None
        return {
            "change": self.field.currentData(),
            "step": self.step.value(),
            "after_sessions": self.after.value(),
            "up_to": self.up_to.value(),
        }

    def editors(self) -> list[QWidget]:
        return [self.enabled, self.step, self.field, self.after, self.up_to]


class PrescriptionEditor(QGroupBox):
    """Dose, schedule, notes and progression of the exercise chosen in the programme."""

    def __init__(self) -> None:
        super().__init__(self.tr("Dose and schedule"))
        self.figure = FigureWidget()
        self.figure.setAccessibleName(self.tr("Figure of the chosen exercise"))
        self.figure.setMinimumSize(120, 90)  # room for the dose fields at the default size
        self.figure.setMaximumHeight(170)
        self.name = QLabel()
        self.name.setFont(heading("", SUBHEADING_SCALE).font())
        self.sets = _spin(*DOSE_LIMITS["sets"], self.tr("Sets"))
        self.reps = _spin(*DOSE_LIMITS["reps"], self.tr("Repetitions"))
        self.hold = _spin(*DOSE_LIMITS["hold_s"], self.tr("Hold, seconds"), self.tr(" s"))
        self.rest = _spin(*DOSE_LIMITS["rest_s"], self.tr("Rest between sets, seconds"), " s")
        self.minutes = _spin(0, DOSE_LIMITS["minutes"][1], self.tr("Minutes, for timed activity"))
        self.minutes.setSpecialValueText(self.tr("not timed"))
        self.sides = QComboBox()
        self.sides.setAccessibleName(self.tr("Sides"))
        self.sides.addItem(self.tr("both together, or it does not matter"), SidesMode.ONE.value)
        self.sides.addItem(self.tr("each side in turn"), SidesMode.EACH.value)
        self.sides.addItem(self.tr("alternating sides"), SidesMode.ALTERNATE.value)
        self.times = _spin(1, 12, self.tr("Times a day"))
        # A falling count (the curl-up's 6, 4, 2) and a weekly activity (water walking).
        self.reps_per_set = QLineEdit()
        self.reps_per_set.setAccessibleName(self.tr("Repetitions in each set"))
        self.reps_per_set.setPlaceholderText(self.tr("the same each set, or e.g. 6, 4, 2"))
        self.weekly = _spin(0, 7, self.tr("Times a week"))
        self.weekly.setSpecialValueText(self.tr("every chosen day"))
        # A hold in stages comes from the library's exercise and is kept as it is.
        self.hold_phases = QLabel()
        self.hold_phases.setTextFormat(Qt.TextFormat.PlainText)
        self.hold_phases.setWordWrap(True)
        self._phases: list[dict[str, Any]] = []
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for number, short in enumerate(WEEKDAY_NAMES, start=1):
            box = QCheckBox(self.locale().dayName(number, self.locale().FormatType.ShortFormat))
            box.setAccessibleName(self.locale().dayName(number))
            box.setProperty("weekday", short)
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for the patient about this exercise"))
        self.notes.setPlaceholderText(self.tr("Notes for the patient about this exercise"))
        self.notes.setMaximumHeight(70)
        self.rules = [_RuleRow(n) for n in range(1, MAX_RULES_SHOWN + 1)]
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Sets:"), self.sets)
        form.addRow(self.tr("&Repetitions:"), self.reps)
        form.addRow(self.tr("&Hold:"), self.hold)
        form.addRow(self.tr("R&est between sets:"), self.rest)
        form.addRow(self.tr("&Minutes:"), self.minutes)
        form.addRow(self.tr("Si&des:"), self.sides)
        form.addRow(self.tr("&Times a day:"), self.times)
        form.addRow(self.tr("Repetitions &per set:"), self.reps_per_set)
        form.addRow(self.tr("Times a &week:"), self.weekly)
        form.addRow(self.hold_phases)
        top = QHBoxLayout()
        top.addWidget(self.figure, 1)
        top.addLayout(form, 2)
        # The days get the whole width: beside the figure their names were cut ("Tı", "Tl").
        days_row.insertWidget(0, QLabel(self.tr("Days:")))
        progression = QLabel(
            self.tr(
                "Progression: after a run of days with no “worse” response, add one step, "
                "one rule at a time, never past the cap."
            )
        )
        progression.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(top)
        layout.addLayout(days_row)
        layout.addWidget(self.notes)
        layout.addWidget(progression)
        for row in self.rules:
            layout.addWidget(row)
        layout.addWidget(self.problem)

    def editors(self) -> list[QWidget]:
        """Every input, for change notification."""
        widgets: list[QWidget] = [
            self.sets,
            self.reps,
            self.hold,
            self.rest,
            self.minutes,
            self.sides,
            self.times,
            self.reps_per_set,
            self.weekly,
            self.notes,
            *self.days,
        ]
        for row in self.rules:
            widgets += row.editors()
        return widgets

    def show_item(self, exercise: Exercise | None, item: dict[str, Any] | None) -> None:
        """Fill the form from one prescription (JSON-shaped) and show its figure."""
        self.setEnabled(item is not None)
        if item is None:
            self.name.setText(self.tr("Add an exercise from the library to set its dose."))
            self.figure.set_figure(None)
            return
        self.name.setText(exercise.name if exercise else item["exercise"])
        self.figure.set_figure(exercise.figure if exercise else None)
        self.figure.set_phase(0.25)
        dose = item["dose"]
        self.sets.setValue(dose["sets"])
        self.reps.setValue(dose["reps"])
        self.hold.setValue(dose.get("hold_s", 0))
        self.rest.setValue(dose.get("rest_s", 0))
        self.minutes.setValue(dose.get("minutes", 0))
        self.sides.setCurrentIndex(max(0, self.sides.findData(dose.get("sides", "one"))))
        self.times.setValue(item.get("times_per_day", 1))
        self.reps_per_set.setText(", ".join(str(n) for n in dose.get("reps_per_set", [])))
        self.weekly.setValue(item.get("times_per_week", 0))
        self._phases = [dict(p) for p in dose.get("hold_phases", [])]
        self.hold.setEnabled(not self._phases)  # the stages' seconds make the hold
        self.hold_phases.setVisible(bool(self._phases))
        self.hold_phases.setText(
            self.tr("Held in stages: {stages}").format(
                stages="; ".join(
                    self.tr("{name}, {seconds} s").format(name=p["name"], seconds=p["seconds"])
                    for p in self._phases
                )
            )
        )
        chosen = set(item.get("days", WEEKDAY_NAMES))
        for box in self.days:
            box.setChecked(box.property("weekday") in chosen)
        self.notes.setPlainText(item.get("notes", ""))
        rules = item.get("progression", [])
        for index, row in enumerate(self.rules):
            row.set_rule(rules[index] if index < len(rules) else None)

    def _counts(self) -> list[int] | str | None:
        """The falling count as numbers; what is not numbers goes in as typed, to be named."""
        text = self.reps_per_set.text().replace(";", ",").strip()
        if not text:
            return None
        parts = [c.strip() for c in text.split(",")]
        return [int(c) for c in parts] if all(c.isdigit() for c in parts) else text

    def read_into(self, item: dict[str, Any]) -> None:
        """Write the form's values into a prescription (JSON-shaped)."""
        dose: dict[str, Any] = {"sets": self.sets.value(), "reps": self.reps.value()}
        if self._phases:
            dose["hold_phases"] = [dict(p) for p in self._phases]
        elif self.hold.value():
            dose["hold_s"] = self.hold.value()
        if self.rest.value():
            dose["rest_s"] = self.rest.value()
        if self.minutes.value():
            dose["minutes"] = self.minutes.value()
        dose["sides"] = self.sides.currentData()
        counts = self._counts()
        if counts is not None:
            dose["reps_per_set"] = counts
        item["dose"] = dose
        self._schedule_into(item)

    def _schedule_into(self, item: dict[str, Any]) -> None:
        item["times_per_day"] = self.times.value()
        if self.weekly.value():
            item["times_per_week"] = self.weekly.value()
        else:
            item.pop("times_per_week", None)
        days = [str(box.property("weekday")) for box in self.days if box.isChecked()]
        if len(days) == 7:
            item.pop("days", None)
        else:
            item["days"] = days
        notes = self.notes.toPlainText().strip()
        if notes:
            item["notes"] = notes
        else:
            item.pop("notes", None)
        rules = [r for r in (row.rule() for row in self.rules) if r is not None]
        if rules:
            item["progression"] = rules
        else:
            item.pop("progression", None)


class PreviewDialog(QDialog):
    """The programme as the patient will see it: the summary and each exercise moving."""

    def __init__(self, context: AppContext, document: ProgrammeDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=document.title))
        self.setAccessibleName(self.tr("Programme preview"))
        tabs = QTabWidget()
        summary = QLabel(programme_html(document, context.library))
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setWordWrap(True)
        summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary_page = QWidget()
        fill_with_scrolling(summary_page, summary)
        tabs.addTab(summary_page, self.tr("&Programme"))

        self.exercises = QListWidget()
        self.exercises.setAccessibleName(self.tr("Exercises in the session"))
        self.detail = ExerciseDetail(context.library)
        self._shown: list[Exercise] = []
        for item in document.exercises:
            exercise = exercise_for(document, context.library, item.exercise_id)
            if exercise is None:
                continue
            self._shown.append(replace(exercise, dose=item.dose))
            self.exercises.addItem(exercise.name)
        self.exercises.currentRowChanged.connect(self._show)
        session = QSplitter()
        session.addWidget(self.exercises)
        session.addWidget(self.detail)
        session.setStretchFactor(1, 3)
        tabs.addTab(session, self.tr("&Session"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(820, 620)
        if self._shown:
            self.exercises.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._shown):
            self.detail.show_exercise(self._shown[row])


class ProgrammeEditor(QWidget):
    """Write or adjust a programme file for a patient."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._items: dict[int, dict[str, Any]] = {}
        self._custom: list[dict[str, Any]] = []  # custom exercises of an opened file, kept
        self._flare_order: list[str] = []
        self._loading = False
        self.problems: list[str] = []
        self._touched = False
        self.dialog: QDialog | None = None
        self.setObjectName("programmeEditor")
        # Fields that need fixing get a border in the palette's accent colour and a bold note.
        self.setStyleSheet(
            'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] '
            "{ border: 2px solid palette(highlight); border-radius: 3px; }"
            "QLabel#fieldProblem { font-weight: bold; }"
        )
        library = context.library

        # --- The library ------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the library"))
        self.search.setAccessibleName(self.tr("Search the exercise library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill_library)
        self.library_list = QListWidget()
        self.library_list.setAccessibleName(self.tr("Exercise library"))
        # A narrow column: long names end in "…" (the full name is the tooltip) rather than
        # pushing the dose editor off the window.
        self.library_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.library_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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

        # --- The programme's exercises ------------------------------------------------------
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
            _connect_change(widget, self._prescription_edited)
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

        # --- About the programme --------------------------------------------------------------
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Programme title"))
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Your name"))
        self.clinic = QLineEdit()
        self.clinic.setAccessibleName(self.tr("Clinic"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("How to contact you"))
        self.patient = QLineEdit()
        self.patient.setAccessibleName(self.tr("Patient (initials or first name, optional)"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("Start date"))
        self.has_review = QCheckBox(self.tr("Review on"))
        self.has_review.setAccessibleName(self.tr("Set a review date"))
        self.review = QDateEdit(QDate.currentDate().addDays(28))
        self.review.setCalendarPopup(True)
        self.review.setAccessibleName(self.tr("Review date"))
        self.sitting = _spin(0, 180, self.tr("Sitting-break interval, minutes"), self.tr(" min"))
        self.sitting.setSpecialValueText(self.tr("the patient's own setting"))
        self.sitting.setSingleStep(5)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for the patient"))
        self.notes.setPlaceholderText(self.tr("General advice for the patient"))
        self.details_problem = QLabel()
        self.details_problem.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.details_problem.setObjectName("fieldProblem")
        self.details_problem.setWordWrap(True)
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        details_page = QWidget()
        details = QFormLayout(details_page)
        details.addRow(self.tr("&Title:"), self.title)
        details.addRow(self.tr("&Your name:"), self.author)
        details.addRow(self.tr("&Clinic:"), self.clinic)
        details.addRow(self.tr("C&ontact:"), self.contact)
        details.addRow(self.tr("&Patient:"), self.patient)
        details.addRow(self.tr("&Start date:"), self.start)
        details.addRow(self.tr("Review:"), review_row)
        details.addRow(self.tr("Sitting &breaks every:"), self.sitting)
        details.addRow(self.tr("&Notes:"), self.notes)
        details.addRow(self.details_problem)

        # --- Flare-up plan ----------------------------------------------------------------
        self.flare_advice = QPlainTextEdit()
        self.flare_advice.setAccessibleName(self.tr("Flare-up advice"))
        self.flare_advice.setPlaceholderText(
            self.tr("What to do on a bad day (leave empty for no flare-up plan)")
        )
        self.flare_exercises = QListWidget()
        self.flare_exercises.setAccessibleName(self.tr("Gentle exercises for a flare-up"))
        for exercise in sorted(library, key=lambda e: e.name.casefold()):
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.flare_exercises.addItem(item)
        self.flare_sitting = _spin(
            0, 180, self.tr("Sitting-break interval during a flare-up"), self.tr(" min")
        )
        self.flare_sitting.setSpecialValueText(self.tr("as usual"))
        self.flare_sitting.setSingleStep(5)
        self.flare_problem = QLabel()
        self.flare_problem.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.flare_problem.setObjectName("fieldProblem")
        self.flare_problem.setWordWrap(True)
        flare_page = QWidget()
        flare = QFormLayout(flare_page)
        flare.addRow(self.tr("&Advice:"), self.flare_advice)
        flare.addRow(self.tr("&Gentle exercises (up to 8):"), self.flare_exercises)
        flare.addRow(self.tr("Sitting breaks e&very:"), self.flare_sitting)
        flare.addRow(self.flare_problem)

        self.tabs = QTabWidget()
        # Each tab scrolls: squeezed into a short window the dose fields lost their height.
        self.tabs.addTab(scrolling(exercises_page), self.tr("E&xercises"))
        self.tabs.addTab(scrolling(details_page), self.tr("About the &programme"))
        self.tabs.addTab(scrolling(flare_page), self.tr("&Flare-up plan"))

        # --- Checking and saving ------------------------------------------------------------
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What still needs fixing"))
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self._confirm_new)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a programme file to adjust it"))
        self.open_button.clicked.connect(self._choose_open)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setAccessibleName(self.tr("Preview as the patient will see it"))
        self.preview_button.clicked.connect(self.preview)
        self.handout_button = QPushButton(self.tr("&Handout (PDF)…"))
        self.handout_button.setAccessibleName(
            self.tr("Save a handout with pictures and steps as PDF")
        )
        self.handout_button.clicked.connect(self._choose_handout)
        self.save_button = QPushButton(self.tr("&Save file…"))
        self.save_button.setAccessibleName(self.tr("Save the programme file"))
        self.save_button.clicked.connect(self._choose_save)
        # One row that wraps: German labels do not fit beside the library at 1000 px.
        actions = flow_row(
            self.new_button,
            self.open_button,
            self.preview_button,
            self.handout_button,
            self.save_button,
        )

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.status)
        right_layout.addWidget(actions)
        splitter = QSplitter()
        splitter.addWidget(library_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for widget in (
            self.title,
            self.author,
            self.clinic,
            self.contact,
            self.patient,
            self.start,
            self.has_review,
            self.review,
            self.sitting,
            self.notes,
            self.flare_advice,
            self.flare_sitting,
        ):
            _connect_change(widget, self._changed)
        self.flare_exercises.itemChanged.connect(self._changed)
        self._fill_library()
        self.new_programme()

    # --- The library ------------------------------------------------------------------------

    def _fill_library(self) -> None:
        text = self.search.text().strip()
        library = self._context.library
        found = library.search(text) if text else sorted(library, key=lambda e: e.name.casefold())
        self.library_list.clear()
        for exercise in found:
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(
                f"{exercise.name}\n{category_label(exercise.category)}: {exercise.summary}"
            )
            self.library_list.addItem(item)
        if found:
            self.library_list.setCurrentRow(0)
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
            "start_date": date.today().isoformat(),
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
        data: dict[str, Any] = {
            "format": FORMAT,
            "format_version": CURRENT_VERSION,
            "title": self.title.text().strip(),
            "author": {"name": self.author.text().strip()},
        }
        if self.clinic.text().strip():
            data["author"]["clinic"] = self.clinic.text().strip()
        if self.contact.text().strip():
            data["author"]["contact"] = self.contact.text().strip()
        if self.patient.text().strip():
            data["patient_label"] = self.patient.text().strip()
        data["issued"] = date.today().isoformat()
        data["start_date"] = _iso(self.start.date())
        if self.has_review.isChecked():
            data["review_date"] = _iso(self.review.date())
        if self.sitting.value():
            data["sitting_break_minutes"] = self.sitting.value()
        if self.notes.toPlainText().strip():
            data["notes"] = self.notes.toPlainText().strip()
        advice = self.flare_advice.toPlainText().strip()
        flare_ids = [
            self.flare_exercises.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.flare_exercises.count())
            if self.flare_exercises.item(row).checkState() == Qt.CheckState.Checked
        ]
        # Keep the order the file gave; newly ticked ones follow in list order.
        known = self._flare_order
        flare_ids.sort(key=lambda i: known.index(i) if i in known else len(known))
        if advice or flare_ids or self.flare_sitting.value():
            flare: dict[str, Any] = {"advice": advice}
            if flare_ids:
                flare["exercises"] = flare_ids
            if self.flare_sitting.value():
                flare["sitting_break_minutes"] = self.flare_sitting.value()
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
        item_problems: dict[int, list[str]] = {}
        details: list[str] = []
        flare: list[str] = []
        for problem in problems:
            if problem.startswith("exercises["):
                index = int(problem[len("exercises[") : problem.index("]")])
                rest = problem.split("]", 1)[1].lstrip(".")
                item_problems.setdefault(index, []).append(self._readable(rest))
            elif problem.startswith("flare_up_plan"):
                flare.append(self._readable(problem))
            elif problem.startswith("exercises"):
                details.append(self.tr("Add at least one exercise."))
            else:
                details.append(self._readable(problem))
        for row in range(self.programme_list.count()):
            item = self.programme_list.item(row)
            data = self._items[int(item.data(Qt.ItemDataRole.UserRole))]
            name = self._name_of(data["exercise"])
            item.setText(f"⚠ {name}" if row in item_problems else name)
            item.setToolTip("\n".join(item_problems.get(row, [])))
        self.prescription.problem.setText("\n".join(item_problems.get(current_row, [])))
        self.details_problem.setText("\n".join(details))
        self.flare_problem.setText("\n".join(flare))
        _mark(self.title, any(p.startswith("title") for p in problems))
        _mark(self.author, any(p.startswith("author") for p in problems))
        _mark(self.review, any(p.startswith("review_date") for p in problems))
        _mark(self.sitting, any(p.startswith("sitting_break") for p in problems))
        _mark(self.flare_advice, any(p.startswith("flare_up_plan.advice") for p in problems))
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

    def _readable(self, problem: str) -> str:
        """A problem with the field named as the form names it."""
        field, _, message = problem.partition(": ")
        labels = {
            "title": self.tr("Title"),
            "author": self.tr("Your name"),
            "author.name": self.tr("Your name"),
            "author.clinic": self.tr("Clinic"),
            "author.contact": self.tr("Contact"),
            "patient_label": self.tr("Patient"),
            "start_date": self.tr("Start date"),
            "review_date": self.tr("Review date"),
            "sitting_break_minutes": self.tr("Sitting breaks"),
            "notes": self.tr("Notes"),
            "flare_up_plan.advice": self.tr("Flare-up advice"),
            "flare_up_plan.exercises": self.tr("Gentle exercises"),
            "flare_up_plan.sitting_break_minutes": self.tr("Sitting breaks in a flare-up"),
            "dose.sets": self.tr("Sets"),
            "dose.reps": self.tr("Repetitions"),
            "dose.hold_s": self.tr("Hold"),
            "dose.rest_s": self.tr("Rest"),
            "dose.minutes": self.tr("Minutes"),
            "dose.reps_per_set": self.tr("Repetitions per set"),
            "times_per_week": self.tr("Times a week"),
            "days": self.tr("Days"),
            "notes_item": self.tr("Notes"),
        }
        if field.startswith("progression["):
            number = int(field[len("progression[") : field.index("]")]) + 1
            return self.tr("Rule {n}: {message}").format(n=number, message=message)
        if field.startswith("flare_up_plan.exercises"):
            field = "flare_up_plan.exercises"
        return f"{labels.get(field, field)}: {message}" if message else problem

    # --- New, open, save --------------------------------------------------------------------

    def new_programme(self) -> None:
        """Start an empty programme."""
        self._loading = True
        try:
            self._items.clear()
            self._custom = []
            self._flare_order = []
            self.programme_list.clear()
            for edit in (self.title, self.author, self.clinic, self.contact, self.patient):
                edit.clear()
            self.start.setDate(QDate.currentDate())
            self.has_review.setChecked(False)
            self.review.setDate(QDate.currentDate().addDays(28))
            self.sitting.setValue(0)
            self.notes.clear()
            self.flare_advice.clear()
            self.flare_sitting.setValue(0)
            for row in range(self.flare_exercises.count()):
                self.flare_exercises.item(row).setCheckState(Qt.CheckState.Unchecked)
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
            self.title.setText(data["title"])
            self.author.setText(data["author"]["name"])
            self.clinic.setText(data["author"].get("clinic", ""))
            self.contact.setText(data["author"].get("contact", ""))
            self.patient.setText(data.get("patient_label", ""))
            self.start.setDate(QDate.fromString(data["start_date"], Qt.DateFormat.ISODate))
            if "review_date" in data:
                self.has_review.setChecked(True)
                self.review.setDate(QDate.fromString(data["review_date"], Qt.DateFormat.ISODate))
            self.sitting.setValue(data.get("sitting_break_minutes", 0))
            self.notes.setPlainText(data.get("notes", ""))
            flare = data.get("flare_up_plan", {})
            self.flare_advice.setPlainText(flare.get("advice", ""))
            self.flare_sitting.setValue(flare.get("sitting_break_minutes", 0))
            self._flare_order = list(flare.get("exercises", []))
            chosen = set(self._flare_order)
            for row in range(self.flare_exercises.count()):
                item = self.flare_exercises.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
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
            plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Cannot open this file"),
                self.tr("{file} could not be opened: {problems}").format(
                    file=path.name, problems="; ".join(error.problems)
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
            plain_message(
                self,
                QMessageBox.Icon.Warning,
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
        if self.programme_list.count():
            answer = QMessageBox.question(
                self,
                self.tr("Start a new programme?"),
                self.tr("What is in the editor now and not saved will be cleared."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.new_programme()

    def _choose_open(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a programme file"),
            str(documents_folder()),
            self.tr("Programme files (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if source:
            self.open_file(Path(source))

    def _choose_save(self) -> None:
        document = self.document()
        if document is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save the programme file"),
            f"{programme_file_stem(document.title)}{FILE_SUFFIX}",
            self.tr("Programme files (*{suffix})").format(suffix=FILE_SUFFIX),
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
        answer = plain_message(
            self,
            QMessageBox.Icon.Question,
            self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it?").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _choose_handout(self) -> None:
        document = self.document()
        if document is not None:
            save_handout(self, document, self._context.library, self._data_folder)


def _connect_change(widget: QWidget, slot: Any) -> None:
    """Call `slot` whenever the user changes `widget`."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)


def _iso(day: QDate) -> str:
    return f"{day.year():04d}-{day.month():02d}-{day.day():02d}"


def _mark(widget: QWidget, wrong: bool) -> None:
    """Show a field as needing a fix (the stylesheet draws it; screen readers hear it)."""
    if bool(widget.property("invalid")) == wrong:
        return
    widget.setProperty("invalid", wrong)
    needs = QCoreApplication.translate("ProgrammeEditor", "Needs fixing")
    widget.setAccessibleDescription(needs if wrong else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
