"""The patient's Programme page: what was prescribed, by whom, since when, and what changed.

A programme file (.scprog) can be opened with the Import button, dropped onto the page, given on
the command line or forwarded by a second launch; every way goes through `open_programme_file`,
which shows what the file contains before anything is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.content.library import ExerciseLibrary
from companion.content.programme_file import FILE_SUFFIX, ProgrammeFile, ProgrammeFileError
from companion.domain.branding import LockedSetting
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Dose, Exercise
from companion.domain.programme import (
    DoseField,
    ProgrammeDocument,
    ProgressReason,
)
from companion.reports.handout import Handout, HandoutItem, key_frames, write_handout
from companion.services.outputs import OutputFailed, write_output
from companion.services.programmes import (
    ImportResult,
    ProgrammeRecord,
    ProgrammeRejected,
    active_programme,
    clinician_mode,
    export_active_programme,
    import_programme,
    programme_history,
    read_programme_file,
    set_clinician_mode,
    start_starter_programme,
)
from companion.services.progression import (
    AdjustmentRecord,
    dose_adjustments,
)
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import dose_text
from companion.ui.programme.programme_safety import PathwayPanel, ProgressionPanel
from companion.ui.safety.safety_texts import handout_safety
from companion.ui.style import SUBHEADING_SCALE, fill_with_scrolling, heading, plain_message
from companion.ui.texts import disclaimer
from companion.ui.widgets.save_files import ask_save_path, documents_folder, output_problem_text

translate = QCoreApplication.translate


def date_text(day: date) -> str:
    """A date as the user's locale writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def exercise_for(
    document: ProgrammeDocument, library: ExerciseLibrary, exercise_id: str
) -> Exercise | None:
    """The exercise a programme names: its own custom one, or the library's."""
    custom = document.custom(exercise_id)
    if custom is not None:
        return custom
    return library.get(exercise_id) if exercise_id in library else None


def exercise_name(document: ProgrammeDocument, library: ExerciseLibrary, exercise_id: str) -> str:
    """The name to show for an exercise id."""
    found = exercise_for(document, library, exercise_id)
    return found.name if found else exercise_id


def days_text(days: frozenset[int]) -> str:
    """Which days, e.g. 'every day' or 'Mon, Wed, Fri'."""
    if len(days) == 7:
        return translate("Programme", "every day")
    locale = QLocale()
    return ", ".join(locale.dayName(day, QLocale.FormatType.ShortFormat) for day in sorted(days))


def prescribed_by(document: ProgrammeDocument) -> str:
    """Who wrote the programme, in one line."""
    if document.starter_id:
        return translate("Programme", "A starter programme from {app}, chosen by you").format(
            app=APP_NAME
        )
    who = document.author
    if document.clinic:
        who = translate("Programme", "{author}, {clinic}").format(
            author=who, clinic=document.clinic
        )
    if document.contact:
        who += f" · {document.contact}"
    return translate("Programme", "Prescribed by {who}").format(who=who)


def programme_html(
    document: ProgrammeDocument,
    library: ExerciseLibrary,
    current: Mapping[int, Dose] | None = None,
    imported: datetime | None = None,
) -> str:
    """The whole programme in rich text: who, when, each exercise with its dose, the plans."""
    parts = [f"<p><b>{escape(prescribed_by(document))}</b>"]
    if document.patient_label:
        parts.append(
            "<br>" + escape(translate("Programme", "For: {who}").format(who=document.patient_label))
        )
    since = document.start_date or (imported.astimezone().date() if imported else None)
    if since:
        parts.append(
            "<br>" + escape(translate("Programme", "Since {day}").format(day=date_text(since)))
        )
    if document.review_date:
        parts.append(
            "<br>"
            + escape(
                translate("Programme", "Next review: {day}").format(
                    day=date_text(document.review_date)
                )
            )
        )
    if document.sitting_break_minutes:
        parts.append(
            "<br>"
            + escape(
                translate("Programme", "Get up from sitting every {n} minutes").format(
                    n=document.sitting_break_minutes
                )
            )
        )
    parts.append("</p>")
    if document.notes:
        parts.append(f"<p>{escape(document.notes)}</p>")
    parts.append("<ol>")
    for index, item in enumerate(document.exercises):
        name = escape(exercise_name(document, library, item.exercise_id))
        dose = item.dose
        now = current.get(index) if current else None
        line = escape(dose_text(now or dose))
        if now is not None and now != dose:
            line += " " + escape(
                translate("Programme", "(prescribed: {dose})").format(dose=dose_text(dose))
            )
        parts.append(f"<li><b>{name}</b>: {line}")
        if len(item.days) < 7:
            parts.append(" — " + escape(days_text(item.days)))
        if item.progression:
            rules = "; ".join(
                _rule_text(r.change, r.step, r.after_sessions, r.up_to) for r in item.progression
            )
            parts.append("<br><i>" + escape(rules) + "</i>")
        if item.notes:
            parts.append("<br>" + escape(item.notes))
        parts.append("</li>")
    parts.append("</ol>")
    if document.flare_up is not None:
        parts.append(_flare_html(document, library))
    return "".join(parts)


def _flare_html(document: ProgrammeDocument, library: ExerciseLibrary) -> str:
    flare = document.flare_up
    assert flare is not None
    heading = translate("Programme", "On a bad day (flare-up plan)")  # not in an f-string:
    parts = [  # lupdate cannot see a text there
        f"<p><b>{escape(heading)}</b><br>",
        escape(flare.advice),
    ]
    if flare.exercise_ids:
        names = ", ".join(exercise_name(document, library, i) for i in flare.exercise_ids)
        parts.append(
            "<br>" + escape(translate("Programme", "Gentle exercises: {names}").format(names=names))
        )
    if flare.sitting_break_minutes:
        every = translate("Programme", "Get up from sitting every {n} minutes").format(
            n=flare.sitting_break_minutes
        )
        parts.append("<br>" + escape(every))
    parts.append("</p>")
    return "".join(parts)


def _field_words(field: DoseField) -> str:
    return {
        DoseField.SETS: translate("Programme", "sets"),
        DoseField.REPS: translate("Programme", "repetitions"),
        DoseField.HOLD_S: translate("Programme", "hold (seconds)"),
    }[field]


def _rule_text(field: DoseField, step: int, after: int, up_to: int) -> str:
    return translate(
        "Programme", "Adds {step} to {field} after {after} steady days, up to {up_to}"
    ).format(step=step, field=_field_words(field), after=after, up_to=up_to)


def adjustment_text(
    name: str,
    reason: ProgressReason,
    before: int | None,
    after: int | None,
    field: DoseField | None,
) -> str:
    """What a progression step did and why, in a sentence."""
    if field is not None and before is not None and after is not None:
        if reason is ProgressReason.STEADY:
            return translate(
                "Programme",
                "{name}: {field} went up from {before} to {after} after steady days with "
                "no worse response.",
            ).format(name=name, field=_field_words(field), before=before, after=after)
        return translate(
            "Programme",
            "{name}: {field} went back from {before} to {after} because it made your "
            "symptoms worse.",
        ).format(name=name, field=_field_words(field), before=before, after=after)
    texts = {
        ProgressReason.SETTLING: translate(
            "Programme", "{name}: kept the same, because it was a little worse but settling."
        ),
        ProgressReason.WORSE: translate(
            "Programme", "{name}: kept at the prescribed dose, because it made your symptoms worse."
        ),
        ProgressReason.AT_LIMIT: translate(
            "Programme", "{name}: at the most your programme allows."
        ),
        ProgressReason.COUNTING: translate(
            "Programme", "{name}: steady; it steps up after a few more steady days."
        ),
    }
    return texts.get(reason, "{name}").format(name=name)


def handout_words(text: str) -> str:
    """The handout's own words (reports.handout) in the user's language."""
    return translate("Handout", text)


# The handout's own words, listed here for lupdate: reports/ cannot import Qt.
_HANDOUT_WORDS = (QT_TRANSLATE_NOOP("Handout", "Page {page} of {pages}"),)


def handout_for(
    document: ProgrammeDocument,
    library: ExerciseLibrary,
    current: Mapping[int, Dose] | None = None,
) -> Handout:
    """The handout of a programme, in the user's language: for each exercise its key frames,
    steps, dose and safety lines."""
    items = []
    for index, item in enumerate(document.exercises):
        exercise = exercise_for(document, library, item.exercise_id)
        dose = (current or {}).get(index, item.dose)
        words = dose_text(dose)
        if len(item.days) < 7:
            words += " — " + days_text(item.days)
        items.append(
            HandoutItem(
                name=exercise.name if exercise else item.exercise_id,
                dose=words,
                notes=item.notes,
                frames=key_frames(exercise.figure) if exercise else (),
                steps=exercise.steps if exercise else (),
                safety=handout_safety(exercise, dose.note),
            )
        )
    details = [prescribed_by(document)]
    dates = []
    if document.start_date:
        dates.append(
            translate("Programme", "From {day}").format(day=date_text(document.start_date))
        )
    if document.review_date:
        dates.append(
            translate("Programme", "review {day}").format(day=date_text(document.review_date))
        )
    if document.sitting_break_minutes:
        dates.append(
            translate("Programme", "get up from sitting every {n} minutes").format(
                n=document.sitting_break_minutes
            )
        )
    if dates:
        details.append(" · ".join(dates))
    flare = ""
    if document.flare_up is not None:
        flare = document.flare_up.advice
        if document.flare_up.exercise_ids:
            names = ", ".join(
                exercise_name(document, library, i) for i in document.flare_up.exercise_ids
            )
            flare += " " + translate("Programme", "Gentle exercises: {names}.").format(names=names)
    return Handout(
        title=document.title,
        items=items,
        details=details,
        notes_heading=translate("Programme", "Notes"),
        notes=document.notes,
        flare_up_heading=translate("Programme", "On a bad day"),
        flare_up=flare,
        footer=translate(
            "Programme",
            "Stop an exercise if pain, tingling or numbness spreads further down your leg. ",
        )
        + disclaimer(),
    )


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
        plain_message(
            parent,
            QMessageBox.Icon.Warning,
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


# --- Opening a file ---------------------------------------------------------------------------


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
                datetime.now(UTC),
                format_version=self.checked.format_version,
            )
        except ProgrammeRejected as error:
            QMessageBox.information(self, self.tr("Not imported"), str(error))
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
        box = QMessageBox(parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names a file and its title
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("Programme", "Programme set by your clinic"))
        box.setText(
            translate(
                "Programme",
                "{clinic} has set the programme in this app, so “{file}” was not imported and "
                "your data is unchanged. Ask them to change your programme.",
            ).format(clinic=context.branding.clinic_name or APP_NAME, file=path.name)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    try:
        checked = read_programme_file(path, context.library)
    except ProgrammeFileError as error:
        box = QMessageBox(parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names a file and its title
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Programme", "This programme file cannot be used"))
        box.setText(
            translate(
                "Programme",
                "“{file}” is not a programme this app can follow, so nothing was imported and "
                "your data is unchanged. Ask your physiotherapist for a new copy of the file.",
            ).format(file=path.name)
        )
        box.setInformativeText(error.problems[0] if error.problems else "")
        box.setDetailedText("\n".join(error.problems))
        box.setAccessibleName(translate("Programme", "This programme file cannot be used"))
        box.open()
        return box
    dialog = ImportPreviewDialog(context, checked, path, parent)
    dialog.open()
    return dialog


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

        self.import_button = QPushButton(self.tr("&Open a programme file…"))
        self.import_button.setAccessibleName(self.tr("Open a programme file"))
        self.import_button.clicked.connect(self._choose_file)
        self.export_button = QPushButton(self.tr("Save to a &file…"))
        self.export_button.setAccessibleName(self.tr("Save the programme to a file"))
        self.export_button.clicked.connect(self._choose_export)
        self.handout_button = QPushButton(self.tr("Save a &handout (PDF)…"))
        self.handout_button.setAccessibleName(
            self.tr("Save a handout with pictures and steps as PDF")
        )
        self.handout_button.clicked.connect(self._choose_handout)
        drop_hint = QLabel(self.tr("You can also drop a .scprog file onto this page."))
        drop_hint.setWordWrap(True)

        starter_box = QGroupBox(self.tr("Starter programmes"))
        self.starter = QComboBox()
        self.starter.setAccessibleName(self.tr("Starter programme"))
        for starter in context.library.programmes.values():
            self.starter.addItem(starter.name, starter.id)
        self.starter_text = QLabel()
        self.starter_text.setWordWrap(True)
        self.starter.currentIndexChanged.connect(self._show_starter)
        self.start_button = QPushButton(self.tr("&Follow this starter programme"))
        self.start_button.setAccessibleName(self.tr("Follow this starter programme"))
        self.start_button.clicked.connect(self._start_starter)
        if context.branding.is_locked(LockedSetting.PROGRAMME):
            set_by = self.tr("Set by {clinic}").format(clinic=context.branding.clinic_name)
            for control in (self.starter, self.start_button):
                control.setEnabled(False)
                control.setToolTip(set_by)
        starter_row = QHBoxLayout()
        starter_row.addWidget(self.starter, 1)
        starter_row.addWidget(self.start_button)
        starter_layout = QVBoxLayout(starter_box)
        self.starter_intro = QLabel()
        self.starter_intro.setWordWrap(True)
        starter_layout.addWidget(self.starter_intro)
        starter_layout.addLayout(starter_row)
        starter_layout.addWidget(self.starter_text)

        changes_box = self.changes_box = QGroupBox(self.tr("What changed and why"))
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Recent changes to your doses"))
        self.changes.setMinimumHeight(90)
        self.changes.setMaximumHeight(180)
        self.changes.setWordWrap(True)
        QVBoxLayout(changes_box).addWidget(self.changes)

        history_box = self.history_box = QGroupBox(self.tr("Earlier programmes"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier programmes"))
        self.history.setMinimumHeight(70)
        self.history.setMaximumHeight(140)
        QVBoxLayout(history_box).addWidget(self.history)

        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.handout_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(self.review_due)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(drop_hint)
        # Why doses are not stepping up, and the two pathways (issue 15).
        local = now or (lambda: datetime.now().astimezone())
        self.progression = ProgressionPanel(context, local)
        self.pathways = PathwayPanel(context, self.start_starter, local)
        layout.addWidget(self.progression)
        layout.addWidget(self.pathways)
        layout.addWidget(starter_box)
        layout.addWidget(changes_box)
        layout.addWidget(history_box)
        layout.addStretch(1)
        fill_with_scrolling(self, page)

        context.bus.changed.connect(self._on_changes)
        self._show_starter()
        self.refresh()

    # --- Showing -------------------------------------------------------------------------

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
            today = datetime.now().astimezone().date()
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
        self.starter_intro.setText(
            self.tr("No programme from a physiotherapist yet? Start with one of these.")
            if record is None
            else self.tr("You can switch to a starter programme; yours stays in the history.")
        )
        self._fill_changes(record)
        self._fill_history()
        # A first-time user sees only what they can do now: open a file or pick a starter.
        self.changes_box.setVisible(record is not None)
        self.history_box.setVisible(record is not None or len(programme_history(store)) > 0)

    def _fill_changes(self, record: ProgrammeRecord | None) -> None:
        self.changes.clear()
        adjustments: list[AdjustmentRecord] = (
            dose_adjustments(self._context.store, programme_id=record.id)[:20] if record else []
        )
        for adjustment in adjustments:
            name = (
                exercise_name(record.document, self._context.library, adjustment.exercise_id)
                if record
                else adjustment.exercise_id
            )
            change = adjustment.change
            text = adjustment_text(
                name,
                adjustment.reason,
                change.before if change else None,
                change.after if change else None,
                change.field if change else None,
            )
            when = adjustment.at.astimezone().strftime("%d %b")
            self.changes.addItem(QListWidgetItem(f"{when}  {text}"))
        if not adjustments:
            placeholder = QListWidgetItem(
                self.tr(
                    "Nothing yet. After each session your doses may step up, within what your "
                    "programme allows; each change is listed here with the reason."
                )
            )
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, not selectable
            self.changes.addItem(placeholder)

    def _fill_history(self) -> None:
        self.history.clear()
        for record in programme_history(self._context.store):
            if record.active:
                continue
            since = record.imported_at.astimezone().date()
            until = record.replaced_at.astimezone().date() if record.replaced_at else since
            text = self.tr("{title} — {who}, {since} to {until}").format(
                title=record.title,
                who=record.document.author or self.tr("starter programme"),
                since=date_text(since),
                until=date_text(until),
            )
            self.history.addItem(QListWidgetItem(text))
        if self.history.count() == 0:
            placeholder = QListWidgetItem(self.tr("None: this is your first programme."))
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, not selectable
            self.history.addItem(placeholder)

    def _show_starter(self) -> None:
        starter_id = self.starter.currentData()
        if starter_id is None:
            self.starter_text.setText("")
            self.start_button.setEnabled(False)
            return
        self.starter_text.setText(self._context.library.programme(starter_id).description)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PROGRAMME, Topic.SESSIONS):
            self.refresh()

    # --- Actions -------------------------------------------------------------------------

    def open_file(self, path: Path) -> QDialog:
        """Show a programme file and offer to import it."""
        self.dialog = open_programme_file(self._context, path, self)
        return self.dialog

    def _choose_file(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a programme file"),
            str(documents_folder()),
            self.tr("Programme files (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if source:
            self.open_file(Path(source))

    def start_starter(self, starter_id: str) -> None:
        """Follow a starter programme (asks first if it replaces a programme)."""
        if self._record is not None:
            answer = plain_message(
                self,
                QMessageBox.Icon.Question,
                self.tr("Replace your programme?"),
                self.tr(
                    "“{new}” will replace “{old}”. The old programme stays in your history."
                ).format(
                    new=self._context.library.programme(starter_id).name, old=self._record.title
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            _result, changes = start_starter_programme(
                self._context.store, self._context.library, starter_id, datetime.now(UTC)
            )
        except ProgrammeRejected as error:
            QMessageBox.information(self, self.tr("Nothing changed"), str(error))
            return
        self._context.publish(changes)

    def _start_starter(self) -> None:
        starter_id = self.starter.currentData()
        if starter_id is not None:
            self.start_starter(starter_id)

    def export_to(self, path: Path, overwrite: bool = False) -> Path | None:
        """Save the active programme as a programme file."""
        try:
            return export_active_programme(self._context.store, path, overwrite=overwrite)
        except ProgrammeRejected as error:
            reason = str(error)
        except OutputFailed as error:
            reason = output_problem_text(error)
        plain_message(
            self,
            QMessageBox.Icon.Warning,
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
            self.tr("Programme files (*{suffix})").format(suffix=FILE_SUFFIX),
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


# --- Clinician mode (a Settings switch) ---------------------------------------------------------


class ClinicianModeSwitch(QCheckBox):
    """Settings: switch the programme editor for physiotherapists on or off."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("&Clinician mode: show the programme editor for physiotherapists"), parent
        )
        self._context = context
        self.setAccessibleName(self.tr("Clinician mode"))
        self.setChecked(clinician_mode(context.store))
        self.toggled.connect(self._switch)
        context.bus.changed.connect(self._on_changes)

    def _switch(self, on: bool) -> None:
        self._context.publish(set_clinician_mode(self._context.store, on, datetime.now(UTC)))

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PREFERENCES):
            on = clinician_mode(self._context.store)
            if on != self.isChecked():
                self.blockSignals(True)
                self.setChecked(on)
                self.blockSignals(False)
