"""The programme editor's dose and schedule of one exercise, with its progression rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.content.library import DOSE_LIMITS
from companion.domain.exercise import Exercise, SidesMode
from companion.domain.programme import WEEKDAY_NAMES, DoseField
from companion.ui.programme.editor_fields import problem_label, spin
from companion.ui.style import SUBHEADING_SCALE, heading
from companion.ui.widgets.figure_widget import FigureWidget

MAX_RULES_SHOWN = 2


class _RuleRow(QWidget):
    """One progression rule: add STEP to FIELD after N steady days, up to CAP."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.enabled = QCheckBox(self.tr("Rule {n}: add").format(n=number))
        self.enabled.setAccessibleName(self.tr("Use progression rule {n}").format(n=number))
        self.step = spin(1, 60, self.tr("Step of rule {n}").format(n=number))
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("What rule {n} changes").format(n=number))
        self.field.addItem(self.tr("seconds of hold"), DoseField.HOLD_S.value)
        self.field.addItem(self.tr("repetitions"), DoseField.REPS.value)
        self.field.addItem(self.tr("sets"), DoseField.SETS.value)
        self.after = spin(1, 30, self.tr("Steady days before rule {n}").format(n=number))
        self.up_to = spin(1, 600, self.tr("Cap of rule {n}").format(n=number))
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
        top = QHBoxLayout()
        top.addWidget(self.figure, 1)
        top.addLayout(self._build_dose_form(), 2)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for the patient about this exercise"))
        self.notes.setPlaceholderText(self.tr("Notes for the patient about this exercise"))
        self.notes.setMaximumHeight(70)
        self.rules = [_RuleRow(n) for n in range(1, MAX_RULES_SHOWN + 1)]
        self.problem = problem_label()
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
        layout.addLayout(self._build_days_row())
        layout.addWidget(self.notes)
        layout.addWidget(progression)
        for row in self.rules:
            layout.addWidget(row)
        layout.addWidget(self.problem)

    def _build_dose_form(self) -> QFormLayout:
        """Sets, repetitions, hold, rest, minutes, sides and how often."""
        self.sets = spin(*DOSE_LIMITS["sets"], self.tr("Sets"))
        self.reps = spin(*DOSE_LIMITS["reps"], self.tr("Repetitions"))
        self.hold = spin(*DOSE_LIMITS["hold_s"], self.tr("Hold, seconds"), self.tr(" s"))
        self.rest = spin(*DOSE_LIMITS["rest_s"], self.tr("Rest between sets, seconds"), " s")
        self.minutes = spin(0, DOSE_LIMITS["minutes"][1], self.tr("Minutes, for timed activity"))
        self.minutes.setSpecialValueText(self.tr("not timed"))
        self.sides = QComboBox()
        self.sides.setAccessibleName(self.tr("Sides"))
        self.sides.addItem(self.tr("both together, or it does not matter"), SidesMode.ONE.value)
        self.sides.addItem(self.tr("each side in turn"), SidesMode.EACH.value)
        self.sides.addItem(self.tr("alternating sides"), SidesMode.ALTERNATE.value)
        self.times = spin(1, 12, self.tr("Times a day"))
        # A falling count (the curl-up's 6, 4, 2) and a weekly activity (water walking).
        self.reps_per_set = QLineEdit()
        self.reps_per_set.setAccessibleName(self.tr("Repetitions in each set"))
        self.reps_per_set.setPlaceholderText(self.tr("the same each set, or e.g. 6, 4, 2"))
        self.weekly = spin(0, 7, self.tr("Times a week"))
        self.weekly.setSpecialValueText(self.tr("every chosen day"))
        # A hold in stages comes from the library's exercise and is kept as it is.
        self.hold_phases = QLabel()
        self.hold_phases.setTextFormat(Qt.TextFormat.PlainText)
        self.hold_phases.setWordWrap(True)
        self._phases: list[dict[str, Any]] = []
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
        return form

    def _build_days_row(self) -> QHBoxLayout:
        """A box for each weekday, in the locale's short day names."""
        self.days: list[QCheckBox] = []
        # The days get the whole width: beside the figure their names were cut ("Tı", "Tl").
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("Days:")))
        for number, short in enumerate(WEEKDAY_NAMES, start=1):
            box = QCheckBox(self.locale().dayName(number, self.locale().FormatType.ShortFormat))
            box.setAccessibleName(self.locale().dayName(number))
            box.setProperty("weekday", short)
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        return days_row

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
