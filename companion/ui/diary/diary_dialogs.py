"""Dialogs to add or edit an activity or a treatment or event, with any problem shown inline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.domain.vocabulary import ActivityKind, TreatmentKind
from companion.services.diary import (
    MAX_ACTIVITY_MINUTES,
    MEDICATION_KINDS,
    MIN_ACTIVITY_MINUTES,
    ActivityFields,
    DiaryEntryInvalid,
    DiaryEntryMissing,
    TreatmentFields,
)
from companion.ui.diary.diary_texts import (
    activity_label,
    missing_text,
    refusal_text,
    treatment_label,
)

DEFAULT_ACTIVITY_MINUTES = 30


def to_qt(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime (to the minute)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()) // 60 * 60)


def from_qt(moment: QDateTime) -> datetime:
    """A QDateTime as an aware UTC datetime."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


def _time_editor(moment: datetime) -> QDateTimeEdit:
    editor = QDateTimeEdit(to_qt(moment))
    editor.setCalendarPopup(True)
    # A month name reads unambiguously in every locale, unlike "03/04"; the time follows the
    # locale's 12- or 24-hour clock.
    date_format = QCoreApplication.translate("Diary", "ddd d MMM yyyy")
    time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    editor.setDisplayFormat(f"{date_format}  {time_format}")
    return editor


def note_editor(text: str) -> QPlainTextEdit:
    """A few lines for a note; Tab moves on rather than typing a tab."""
    editor = QPlainTextEdit(text)
    # Tab must move on to the buttons, so the dialog works from the keyboard alone.
    editor.setTabChangesFocus(True)
    line = editor.fontMetrics().lineSpacing()
    editor.setMinimumHeight(line * 4)
    editor.setMaximumHeight(line * 8)
    return editor


class EntryDialog(QDialog):
    """What both dialogs share: a form, an inline problem line, Save and Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # Wide enough for the title and the app's name beside it ("Aktivität hinzufügen —
        # Sciatica Companion"): a window manager cuts a title that does not fit.
        product = QGuiApplication.applicationDisplayName() or APP_NAME
        titled = self.fontMetrics().horizontalAdvance(f"{title} — {product}") * 6 // 5
        self.setMinimumWidth(max(self.fontMetrics().averageCharWidth() * 60, titled))
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        bold = self.problem.font()
        bold.setBold(True)
        self.problem.setFont(bold)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _field_widgets(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def _submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        """Save through the service; on a refusal keep the dialog open and say why."""
        try:
            self._submit()
        except DiaryEntryInvalid as refusal:
            self.show_problem(refusal_text(refusal), refusal.field)
            return
        except DiaryEntryMissing as missing:
            self.show_problem(missing_text(missing), "")
            return
        super().accept()

    def show_problem(self, message: str, field: str) -> None:
        """Show why the entry was not saved and put the cursor where it can be fixed."""
        self.problem.setText(message)
        self.problem.show()
        widget = self._field_widgets().get(field)
        if widget is not None:
            widget.setFocus()


class ActivityDialog(EntryDialog):
    """Add or edit an activity: kind, minutes, when it started and a note."""

    def __init__(
        self,
        save: Callable[[ActivityFields], None],
        initial: ActivityFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit activity") if initial else self.tr("Add activity")
        super().__init__(title, parent)
        self.setObjectName("activityDialog")
        self._save = save
        now = datetime.now(UTC)
        values = initial or ActivityFields(
            ActivityKind.WALKING,
            DEFAULT_ACTIVITY_MINUTES,
            now - timedelta(minutes=DEFAULT_ACTIVITY_MINUTES),
        )

        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(activity_label(kind), kind)
        self.kind.setCurrentIndex(list(ActivityKind).index(values.kind))
        self.kind.setAccessibleName(self.tr("Activity"))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_ACTIVITY_MINUTES, MAX_ACTIVITY_MINUTES)
        self.minutes.setValue(values.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.started = _time_editor(values.started_at)
        self.started.setAccessibleName(self.tr("Started at"))
        self.note = note_editor(values.note)
        self.note.setAccessibleName(self.tr("Note"))

        self.form.addRow(self.tr("&Activity:"), self.kind)
        self.form.addRow(self.tr("&Minutes:"), self.minutes)
        self.form.addRow(self.tr("&Started at:"), self.started)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.kind.setFocus()

    def fields(self) -> ActivityFields:
        """The activity as entered."""
        return ActivityFields(
            self.kind.currentData(),
            self.minutes.value(),
            from_qt(self.started.dateTime()),
            self.note.toPlainText(),
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "kind": self.kind,
            "minutes": self.minutes,
            "started_at": self.started,
            "note": self.note,
        }

    def _submit(self) -> None:
        self._save(self.fields())


class TreatmentEventDialog(EntryDialog):
    """Add or edit a treatment or event: kind, name, dose, when and a note."""

    def __init__(
        self,
        save: Callable[[TreatmentFields], None],
        initial: TreatmentFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit treatment or event") if initial else self.tr("Add treatment or event")
        super().__init__(title, parent)
        self.setObjectName("treatmentEventDialog")
        self._save = save
        values = initial or TreatmentFields(TreatmentKind.MEDICATION_STARTED, datetime.now(UTC))

        self.kind = QComboBox()
        for kind in TreatmentKind:
            self.kind.addItem(treatment_label(kind), kind)
        self.kind.setCurrentIndex(list(TreatmentKind).index(values.kind))
        self.kind.setAccessibleName(self.tr("What happened"))
        self.name = QLineEdit(values.name)
        self.name.setMaxLength(200)
        self.dose = QLineEdit(values.dose)
        self.dose.setMaxLength(200)
        self.dose.setAccessibleName(self.tr("Dose"))
        self.dose.setPlaceholderText(self.tr("For example: 75 mg twice a day"))
        self.when = _time_editor(values.occurred_at)
        self.when.setAccessibleName(self.tr("When"))
        self.note = note_editor(values.note)
        self.note.setAccessibleName(self.tr("Note"))
        self._name_label = QLabel()
        self._name_label.setBuddy(self.name)

        self.form.addRow(self.tr("&What happened:"), self.kind)
        self.form.addRow(self._name_label, self.name)
        self.form.addRow(self.tr("&Dose:"), self.dose)
        self.form.addRow(self.tr("W&hen:"), self.when)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._show_kind()
        self.kind.setFocus()

    def _show_kind(self) -> None:
        # A medicine needs its name; for other events the name is an optional description.
        if self.kind.currentData() in MEDICATION_KINDS:
            self._name_label.setText(self.tr("Medicine &name (needed):"))
            self.name.setAccessibleName(self.tr("Medicine name"))
            self.name.setPlaceholderText(self.tr("For example: naproxen"))
        else:
            self._name_label.setText(self.tr("&Name or description:"))
            self.name.setAccessibleName(self.tr("Name or description"))
            self.name.setPlaceholderText(self.tr("Optional"))

    def fields(self) -> TreatmentFields:
        """The treatment or event as entered."""
        return TreatmentFields(
            self.kind.currentData(),
            from_qt(self.when.dateTime()),
            self.name.text(),
            self.dose.text(),
            self.note.toPlainText(),
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "kind": self.kind,
            "occurred_at": self.when,
            "name": self.name,
            "dose": self.dose,
            "note": self.note,
        }

    def _submit(self) -> None:
        self._save(self.fields())
