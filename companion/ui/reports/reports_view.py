"""The Reports section: choose a period, a format, a name and notes, then export.

The export runs on a worker thread (its own database session, matplotlib without pyplot), so
the window stays responsive over years of data; the result comes back through a signal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.report import (
    CLINIC_MAX,
    NAME_MAX,
    ReportOptions,
    ReportProblem,
    ReportProblemReason,
)
from companion.reports.wording import AUTOMATIC, ENGLISH, report_languages
from companion.services.data_store import Store
from companion.services.exports import (
    SUFFIXES,
    ExportFailed,
    ExportFormat,
    ExportResult,
    export,
)
from companion.services.outputs import OutputFailed
from companion.ui.context import AppContext
from companion.ui.reports.report_language import app_report_language
from companion.ui.style import fill_with_scrolling, heading
from companion.ui.widgets.save_files import ask_save_path, documents_folder, output_problem_text

CUSTOM = -1  # the period combo's data for "choose the dates"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExportRequest:
    """Everything one export needs, gathered on the GUI thread."""

    format: ExportFormat
    path: Path
    options: ReportOptions
    exercise_names: Mapping[str, str]
    overwrite: bool = True  # the file dialog asked before replacing a file


def _export_in_worker(store: Store, request: ExportRequest) -> ExportResult:
    """One export, run on a worker thread; it opens its own sessions through the store."""
    return export(
        store,
        request.format,
        request.path,
        request.options,
        exercise_names=_names_in(request.options.language, request.exercise_names),
        overwrite=request.overwrite,
    )


def _export_problem_text(error: Exception) -> str:
    """What the person reads when an export failed."""
    if isinstance(error, OutputFailed):
        return output_problem_text(error)
    if isinstance(error, ExportFailed | ReportProblem):
        return export_problem_text(error)
    # A person never sees a traceback.
    return translate(
        "ReportsView",
        "The export stopped unexpectedly ({0}). Your diary is unchanged. Please try "
        "again; if it keeps happening, report this problem.",
    ).format(f"{type(error).__name__}: {error}")


class ReportsView(QWidget):
    """Make a report for the physiotherapist, or export the data."""

    export_done = Signal(object)  # ExportResult (for tests and the status bar)

    def __init__(
        self,
        context: AppContext,
        choose_path: Callable[[QWidget, str, str], Path | None] | None = None,
        clinic_line: str = "",
    ) -> None:
        """`clinic_line` pre-fills the header line (a clinic's branding: name and contact)."""
        super().__init__()
        self._context = context
        self._choose_path = choose_path or _save_dialog
        self._exporting = False
        self.last_result: ExportResult | None = None
        self.setObjectName("reportsView")

        intro = QLabel(
            self.tr(
                "Make a report for your physiotherapist or doctor, or export your data. "
                "Everything stays on this computer until you send the file yourself."
            )
        )
        intro.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Reports")))
        layout.addWidget(intro)
        layout.addLayout(self._build_choices(clinic_line))
        self._build_actions(layout)
        layout.addStretch(1)
        fill_with_scrolling(self, content)

        self.period.currentIndexChanged.connect(self._period_chosen)
        self._period_chosen()
        self._update()

    # --- Building the page ----------------------------------------------------------------

    def _build_period(self) -> QHBoxLayout:
        """The period: a choice of spans, or two dates; returns the row of dates."""
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in (
            (self.tr("Last 4 weeks"), 28),
            (self.tr("Last 3 months"), 91),
            (self.tr("Last 12 months"), 365),
            (self.tr("Everything"), 0),
            (self.tr("Choose dates"), CUSTOM),
        ):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.start = _date_edit(self.tr("First day"), self._today())
        self.end = _date_edit(self.tr("Last day"), self._today())
        dates = QHBoxLayout()
        from_label = QLabel(self.tr("F&rom"))
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.end)
        for widget in (from_label, self.start, to_label, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        return dates

    def _build_choices(self, clinic_line: str) -> QFormLayout:
        """What goes into the export: period, format, name, clinic, language, notes."""
        dates = self._build_period()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("PDF report for your physiotherapist"), ExportFormat.PDF)
        self.format.addItem(self.tr("Spreadsheet files (CSV, in a zip)"), ExportFormat.CSV)
        self.format.addItem(self.tr("Health record bundle (HL7 FHIR, JSON)"), ExportFormat.FHIR)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name printed on the report"))
        self.name.setPlaceholderText(self.tr("Optional"))
        self.name.setMaxLength(200)
        self.clinic = QLineEdit()
        self.clinic.setAccessibleName(self.tr("Clinic name and contact"))
        self.clinic.setPlaceholderText(self.tr("Optional, printed at the top of each page"))
        self.clinic.setMaxLength(300)
        self.clinic.setText(clinic_line)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem(self.tr("Automatic (the app's language)"), AUTOMATIC)
        for code in report_languages():
            # Each language by its own name, as a reader looks for it.
            self.language.addItem(_LANGUAGE_NAMES.get(code, code), code)
        self.notes = QCheckBox(self.tr("Include my &notes"))
        self.notes.setChecked(True)
        self.anonymous = QCheckBox(self.tr("&Anonymise: leave out my name and my notes"))
        self.anonymous.toggled.connect(self._update)

        form = QFormLayout()
        form.addRow(*_buddy(self.tr("&Period:"), self.period))
        form.addRow("", dates)
        form.addRow(*_buddy(self.tr("&Format:"), self.format))
        form.addRow(*_buddy(self.tr("Na&me:"), self.name))
        form.addRow(*_buddy(self.tr("&Clinic:"), self.clinic))
        form.addRow(*_buddy(self.tr("&Language:"), self.language))
        form.addRow("", self.notes)
        form.addRow("", self.anonymous)
        return form

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """Export, the busy bar and result line, then Open and Show in folder."""
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.ask_and_export)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage: show that work is going on
        self.busy.setAccessibleName(self.tr("Exporting"))
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the exported file"))
        self.open_button.clicked.connect(self._open_result)
        self.open_button.hide()
        self.folder_button = QPushButton(self.tr("Show in fol&der"))
        self.folder_button.setAccessibleName(self.tr("Open the folder of the exported file"))
        self.folder_button.clicked.connect(self._open_folder)
        self.folder_button.hide()

        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.busy)
        actions.addStretch(1)
        after = QHBoxLayout()
        after.addWidget(self.open_button)
        after.addWidget(self.folder_button)
        after.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addLayout(after)

    # --- Choices --------------------------------------------------------------------------

    def _period_chosen(self) -> None:
        days = self.period.currentData()
        custom = days == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            today = self._today()
            self.end.setDate(today)
            self.start.setDate(today.addDays(-(days - 1)) if days else today.addYears(-1))

    def _today(self) -> QDate:
        # The app's one clock, not the machine's: a test fixes it, and a day that turns while
        # the app runs is the day the rest of the app shows.
        today = self._context.now().date()
        return QDate(today.year, today.month, today.day)

    def _update(self) -> None:
        anonymous = self.anonymous.isChecked()
        self.name.setEnabled(not anonymous)
        self.notes.setEnabled(not anonymous)

    def options(self) -> ReportOptions:
        """The report options the form describes (raises ReportProblem for impossible dates)."""
        days = self.period.currentData()
        start: date | None = None
        end: date | None = None
        if days == CUSTOM:
            start, end = _day(self.start.date()), _day(self.end.date())
        elif days:
            end = _day(self._today())
            start = end - timedelta(days=days - 1)
        anonymous = self.anonymous.isChecked()
        return ReportOptions(
            start=start,
            end=end,
            name="" if anonymous else self.name.text().strip(),
            include_notes=not anonymous and self.notes.isChecked(),
            clinic=self.clinic.text().strip(),
            start_is_preset=days not in (CUSTOM, 0),
            language=self.report_language(),
        )

    def report_language(self) -> str:
        """The report's language: the one chosen, or (automatic) the one the app speaks."""
        chosen = self.language.currentData()
        return chosen if chosen != AUTOMATIC else app_report_language()

    def chosen_format(self) -> ExportFormat:
        """The format chosen in the form."""
        return ExportFormat(self.format.currentData())

    def suggested_name(self) -> str:
        """A file name that says what the file is and when it was made."""
        stem = {
            ExportFormat.PDF: "sciatica-report",
            ExportFormat.CSV: "sciatica-data",
            ExportFormat.FHIR: "sciatica-fhir",
        }[self.chosen_format()]
        return f"{stem}-{_day(self._today()).isoformat()}{SUFFIXES[self.chosen_format()]}"

    # --- Exporting ------------------------------------------------------------------------

    def ask_and_export(self) -> None:
        """Ask where to save, then export there in the background."""
        try:
            self.options()
        except ReportProblem as error:
            self._show_problem(export_problem_text(error))
            return
        suggested = str(documents_folder() / self.suggested_name())
        path = self._choose_path(self, suggested, _filter(self.chosen_format()))
        if path is not None:
            self.start_export(path)

    def start_export(self, path: Path, overwrite: bool = True) -> None:
        """Export to `path` on a worker thread; `export_done` or the status tells the outcome.

        `overwrite` is true for a path from the save dialog, which asked before replacing.
        """
        if self._exporting:
            return
        try:
            options = self.options()
        except ReportProblem as error:
            self._show_problem(export_problem_text(error))
            return
        names = {exercise.id: exercise.name for exercise in self._context.library}
        request = ExportRequest(self.chosen_format(), path, options, names, overwrite)
        store = self._context.store
        self._exporting = True
        self.export_button.setEnabled(False)
        self.busy.show()
        self.open_button.hide()
        self.folder_button.hide()
        self.status.setText(self.tr("Exporting to {0}…").format(path))
        self._context.tasks.run(
            lambda: _export_in_worker(store, request),
            on_done=self._finished,
            on_error=lambda error: self._failed(_export_problem_text(error)),
        )

    @property
    def exporting(self) -> bool:
        """True while an export runs."""
        return self._exporting

    def _finished(self, result: ExportResult) -> None:
        self._exporting = False
        self.last_result = result
        self.export_button.setEnabled(True)
        self.busy.hide()
        self.status.setText(
            self.tr("Saved to {0} ({1}, {2} to {3}).").format(
                result.path,
                _holds(result),
                _locale_day(result.period.first),
                _locale_day(result.period.last),
            )
        )
        self.open_button.setVisible(result.path.is_file())
        self.folder_button.show()
        self.export_done.emit(result)

    def _failed(self, message: str) -> None:
        self._exporting = False
        self.export_button.setEnabled(True)
        self.busy.hide()
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        self.status.setText(message)
        self.open_button.hide()
        self.folder_button.hide()

    def _open_result(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path)))

    def _open_folder(self) -> None:
        if self.last_result is not None:
            folder = self.last_result.path
            folder = folder if folder.is_dir() else folder.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


_LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


def _names_in(language: str, names: Mapping[str, str]) -> Mapping[str, str]:
    """The exercises' names in the report's language (the page's own when it is English or the
    library cannot be read: an id is still correct)."""
    if language == ENGLISH:
        return names
    try:
        from companion.content.library import load_library
        from companion.paths import exercises_dir

        return {e.id: e.name for e in load_library(exercises_dir(), language)}
    except Exception:
        return names


def export_problem_text(error: ReportProblem | ExportFailed) -> str:
    """Why nothing was exported, and what to change, in the app's language."""
    if isinstance(error, ExportFailed):
        return translate(
            "ReportsView",
            "The folder {folder} already holds other files, so nothing was written there. "
            "Choose a new or empty folder, or a file name ending in .zip.",
        ).format(folder=error.folder)
    if error.reason is ReportProblemReason.TEXT_TOO_LONG:
        return translate(
            "ReportsView",
            "The name or the clinic line is too long (at most {name} and {clinic} characters).",
        ).format(name=NAME_MAX, clinic=CLINIC_MAX)
    start = _locale_day(error.start) if error.start else ""
    end = _locale_day(error.end) if error.end else ""
    if error.reason is ReportProblemReason.DATES_SWAPPED:
        return translate(
            "ReportsView",
            "The period starts ({start}) after it ends ({end}). Swap the dates and try again.",
        ).format(start=start, end=end)
    return translate(
        "ReportsView",
        "The period starts on {start}, after it ends ({end}). Choose an earlier start.",
    ).format(start=start, end=end)


def _holds(result: ExportResult) -> str:
    """What the file holds, counted in the user's language: "4 pages", "4 Seiten"."""
    count = result.count
    if result.format is ExportFormat.PDF:
        return translate("ReportsView", "%n page(s)", "", count)
    if result.format is ExportFormat.CSV:
        return translate("ReportsView", "%n CSV file(s)", "", count)
    return translate("ReportsView", "%n FHIR resource(s)", "", count)


def _locale_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _date_edit(name: str, today: QDate) -> QDateEdit:
    edit = QDateEdit(today)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    edit.setMaximumDate(today)
    return edit


def _buddy(text: str, widget: QWidget) -> tuple[QLabel, QWidget]:
    label = QLabel(text)
    label.setBuddy(widget)
    return label, widget


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _filter(format: ExportFormat) -> str:
    return {
        ExportFormat.PDF: translate("ReportsView", "PDF files (*.pdf)"),
        ExportFormat.CSV: translate("ReportsView", "Zip archives (*.zip)"),
        ExportFormat.FHIR: translate("ReportsView", "JSON files (*.json)"),
    }[format]


def _save_dialog(parent: QWidget, suggested: str, file_filter: str) -> Path | None:
    return ask_save_path(
        parent, translate("ReportsView", "Export to"), Path(suggested).name, file_filter
    )
