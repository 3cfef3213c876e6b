"""The programme editor's "About the programme" and "Flare-up plan" tabs: their fields, filled
from and written into the programme file's data (JSON-shaped)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from companion.content.library import ExerciseLibrary
from companion.domain.file_problems import FileProblem
from companion.ui.programme.editor_fields import connect_change, iso_day, mark, problem_label, spin

REVIEW_AFTER_DAYS = 28


class AboutProgrammeForm(QWidget):
    """Title, who wrote it, for whom, from when, the review date, sitting breaks and notes."""

    def __init__(self, today: Callable[[], QDate]) -> None:
        super().__init__()
        self._today = today
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
        self.start = QDateEdit(today())
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("Start date"))
        self.has_review = QCheckBox(self.tr("Review on"))
        self.has_review.setAccessibleName(self.tr("Set a review date"))
        self.review = QDateEdit(today().addDays(REVIEW_AFTER_DAYS))
        self.review.setCalendarPopup(True)
        self.review.setAccessibleName(self.tr("Review date"))
        self.sitting = spin(0, 180, self.tr("Sitting-break interval, minutes"), self.tr(" min"))
        self.sitting.setSpecialValueText(self.tr("the patient's own setting"))
        self.sitting.setSingleStep(5)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for the patient"))
        self.notes.setPlaceholderText(self.tr("General advice for the patient"))
        self.problem = problem_label()
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        details = QFormLayout(self)
        details.addRow(self.tr("&Title:"), self.title)
        details.addRow(self.tr("&Your name:"), self.author)
        details.addRow(self.tr("&Clinic:"), self.clinic)
        details.addRow(self.tr("C&ontact:"), self.contact)
        details.addRow(self.tr("&Patient:"), self.patient)
        details.addRow(self.tr("&Start date:"), self.start)
        details.addRow(self.tr("Review:"), review_row)
        details.addRow(self.tr("Sitting &breaks every:"), self.sitting)
        details.addRow(self.tr("&Notes:"), self.notes)
        details.addRow(self.problem)

    def connect_changes(self, changed: Callable[[], None]) -> None:
        """Call `changed` whenever the user changes a field."""
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
        ):
            connect_change(widget, changed)

    def clear(self) -> None:
        """Empty fields, starting today, with no review date."""
        for edit in (self.title, self.author, self.clinic, self.contact, self.patient):
            edit.clear()
        self.start.setDate(self._today())
        self.has_review.setChecked(False)
        self.review.setDate(self._today().addDays(REVIEW_AFTER_DAYS))
        self.sitting.setValue(0)
        self.notes.clear()

    def fill(self, data: dict[str, Any]) -> None:
        """Show what a programme file's data says about the programme."""
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

    def read_into(self, data: dict[str, Any]) -> None:
        """Write the fields into a programme file's data (left out when empty)."""
        data["title"] = self.title.text().strip()
        data["author"] = {"name": self.author.text().strip()}
        if self.clinic.text().strip():
            data["author"]["clinic"] = self.clinic.text().strip()
        if self.contact.text().strip():
            data["author"]["contact"] = self.contact.text().strip()
        if self.patient.text().strip():
            data["patient_label"] = self.patient.text().strip()

    def read_dates_into(self, data: dict[str, Any]) -> None:
        """Write the dates, sitting breaks and notes (after the file's issue date)."""
        data["start_date"] = iso_day(self.start.date())
        if self.has_review.isChecked():
            data["review_date"] = iso_day(self.review.date())
        if self.sitting.value():
            data["sitting_break_minutes"] = self.sitting.value()
        if self.notes.toPlainText().strip():
            data["notes"] = self.notes.toPlainText().strip()

    def show_problems(self, problems: list[FileProblem], lines: list[str]) -> None:
        """Mark the fields that need fixing and say why under them."""
        self.problem.setText("\n".join(lines))
        mark(self.title, any(p.field.startswith("title") for p in problems))
        mark(self.author, any(p.field.startswith("author") for p in problems))
        mark(self.review, any(p.field.startswith("review_date") for p in problems))
        mark(self.sitting, any(p.field.startswith("sitting_break") for p in problems))


class FlarePlanForm(QWidget):
    """What to do on a bad day: advice, up to 8 gentle exercises and a sitting-break interval."""

    def __init__(self, library: ExerciseLibrary) -> None:
        super().__init__()
        self._order: list[str] = []  # the file's order of the gentle exercises, kept
        self.advice = QPlainTextEdit()
        self.advice.setAccessibleName(self.tr("Flare-up advice"))
        self.advice.setPlaceholderText(
            self.tr("What to do on a bad day (leave empty for no flare-up plan)")
        )
        self.exercises = QListWidget()
        self.exercises.setAccessibleName(self.tr("Gentle exercises for a flare-up"))
        for exercise in sorted(library, key=lambda e: e.name.casefold()):
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.exercises.addItem(item)
        self.sitting = spin(
            0, 180, self.tr("Sitting-break interval during a flare-up"), self.tr(" min")
        )
        self.sitting.setSpecialValueText(self.tr("as usual"))
        self.sitting.setSingleStep(5)
        self.problem = problem_label()
        flare = QFormLayout(self)
        flare.addRow(self.tr("&Advice:"), self.advice)
        flare.addRow(self.tr("&Gentle exercises (up to 8):"), self.exercises)
        flare.addRow(self.tr("Sitting breaks e&very:"), self.sitting)
        flare.addRow(self.problem)

    def connect_changes(self, changed: Callable[[], None]) -> None:
        """Call `changed` whenever the user changes the plan."""
        connect_change(self.advice, changed)
        connect_change(self.sitting, changed)
        self.exercises.itemChanged.connect(changed)

    def fill(self, flare: dict[str, Any]) -> None:
        """Show a flare-up plan (JSON-shaped; empty for none)."""
        self.advice.setPlainText(flare.get("advice", ""))
        self.sitting.setValue(flare.get("sitting_break_minutes", 0))
        self._order = list(flare.get("exercises", []))
        chosen = set(self._order)
        for row in range(self.exercises.count()):
            item = self.exercises.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def plan(self) -> dict[str, Any] | None:
        """The flare-up plan as the file holds it, or None when nothing is filled in."""
        advice = self.advice.toPlainText().strip()
        flare_ids = [
            self.exercises.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.exercises.count())
            if self.exercises.item(row).checkState() == Qt.CheckState.Checked
        ]
        # Keep the order the file gave; newly ticked ones follow in list order.
        known = self._order
        flare_ids.sort(key=lambda i: known.index(i) if i in known else len(known))
        if not (advice or flare_ids or self.sitting.value()):
            return None
        flare: dict[str, Any] = {"advice": advice}
        if flare_ids:
            flare["exercises"] = flare_ids
        if self.sitting.value():
            flare["sitting_break_minutes"] = self.sitting.value()
        return flare

    def show_problems(self, problems: list[FileProblem], lines: list[str]) -> None:
        """Mark the advice if it needs fixing and say what needs fixing under the plan."""
        self.problem.setText("\n".join(lines))
        mark(self.advice, any(p.field.startswith("flare_up_plan.advice") for p in problems))
