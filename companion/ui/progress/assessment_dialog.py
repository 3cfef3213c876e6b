"""The one way to lift the emergency lock: confirm that a doctor or an emergency department has
checked you since the emergency answer, and on which day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from companion.domain.safety_lock import AssessedBy
from companion.services.screening import (
    AssessmentInvalid,
    AssessmentRecord,
    current_lock,
    record_assessment,
)
from companion.ui.context import AppContext
from companion.ui.progress.dialog_parts import RecordingDialog
from companion.ui.safety.red_flag_texts import assessment_problem_text
from companion.ui.style import heading


class AssessmentDialog(RecordingDialog):
    """Asks who checked the user and on which day; stores it and unlocks exercise."""

    def _lay_out(self, context: AppContext) -> None:
        # The days are the user's local days: the date picker shows them.
        self.record: AssessmentRecord | None = None
        self.setWindowTitle(self.tr("A doctor has checked me"))
        now = self._clock()
        lock = current_lock(context.store, now)
        today = now.date()
        earliest = lock.earliest_assessment(now) if lock is not None else today

        intro = QLabel(
            self.tr(
                "Your exercises were locked because some of your safety answers needed a "
                "doctor straight away. Confirm here once a doctor or an emergency department "
                "has checked you since then. It is noted in your diary and on your report."
            )
        )
        intro.setWordWrap(True)
        self.doctor = QRadioButton(self.tr("A &doctor checked me"))
        self.emergency = QRadioButton(self.tr("I was checked in an &emergency department"))
        self.doctor.setChecked(True)
        self._who = QButtonGroup(self)
        self._who.addButton(self.doctor)
        self._who.addButton(self.emergency)
        self.day = QDateEdit(_qdate(today))
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(_qdate(min(earliest, today)))
        self.day.setMaximumDate(_qdate(today))
        self.day.setAccessibleName(self.tr("The day you were checked"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("assessmentProblem")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Who checked you:"), self.doctor)
        form.addRow("", self.emergency)
        form.addRow(self.tr("On which &day:"), self.day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Confirm and unlock"))
        ok.setAccessibleName(self.tr("Confirm and unlock my exercises"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("A doctor has checked me")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def chosen_day(self) -> date:
        """The day in the date picker."""
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def confirm(self) -> None:
        """Store the confirmation; on a wrong day say why and keep the dialog open."""
        who = AssessedBy.EMERGENCY_DEPARTMENT if self.emergency.isChecked() else AssessedBy.DOCTOR
        try:
            self.record, changes = record_assessment(
                self._context.store, self.chosen_day(), who, self._clock()
            )
        except AssessmentInvalid as error:
            self._say(assessment_problem_text(error.problem))
            return
        except Exception as error:
            self._say(
                self.tr(
                    "This could not be saved ({problem}). Your exercises stay locked; please "
                    "try again."
                ).format(problem=error)
            )
            return
        self._context.publish(changes)
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
