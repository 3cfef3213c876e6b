"""The diary: every check-in, activity, treatment, questionnaire and exercise session by day,
with search, a kind filter, edit (check-ins too), delete and undo. A day's movement snacks share
one line: a dozen one-minute snacks would otherwise bury everything else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Changes, Topic
from companion.services.checkin_corrections import CheckInMissing, get_checkin
from companion.services.checkins import CheckInDraft
from companion.services.diary import (
    Absence,
    ActivityFields,
    ActivityRecord,
    CheckInSummary,
    DiaryEntry,
    DiaryEntryMissing,
    EntryKind,
    Saved,
    TreatmentFields,
    TreatmentRecord,
    UndoToken,
    add_activity,
    add_past_checkin,
    add_treatment,
    delete_entry,
    diary_entries,
    edit_activity,
    edit_checkin,
    edit_treatment,
    undo,
)
from companion.ui.context import AppContext
from companion.ui.diary.checkin_edit_dialog import CheckInEditDialog, system_zone
from companion.ui.diary.diary_dialogs import ActivityDialog, TreatmentEventDialog
from companion.ui.diary.diary_texts import (
    entry_texts,
    fields_text,
    kinds_named,
    library_name,
    local_time_text,
    missing_text,
    not_editable_text,
)
from companion.ui.diary.entry_tree import EntryTree
from companion.ui.widgets.flow_layout import flow_row

_Dialog = ActivityDialog | TreatmentEventDialog | CheckInEditDialog

SEARCH_DELAY_MS = 250
PAGE_SIZE = 300  # entries shown at first; "Show older entries" adds as many again


@dataclass(frozen=True)
class _Undoable:
    token: UndoToken
    what: str  # "Walking, 30 min": said in the undo bar


class DiaryView(QWidget):
    """Every entry by day; search, filter, add, edit, delete and undo."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._limit = PAGE_SIZE
        self._undo_stack: list[_Undoable] = []
        self._dialog: _Dialog | None = None
        self.notice: QMessageBox | None = None  # the last information box shown
        # The zone wall-clock times are typed in; tests set one (never the machine's).
        self.zone = system_zone()
        self.setObjectName("diaryView")

        heading = QLabel(self.tr("Diary"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        filters = self._build_filters()
        actions = self._build_actions()
        dismiss = self._build_undo_bar()
        self._build_list()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(actions)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self.more_button)
        for first, second in (
            (self.search, self.kind_filter),
            (self.kind_filter, self.add_activity_button),
            (self.add_activity_button, self.add_treatment_button),
            (self.add_treatment_button, self.add_checkin_button),
            (self.add_checkin_button, self.edit_button),
            (self.edit_button, self.delete_button),
            (self.delete_button, self.undo_button),
            (self.undo_button, dismiss),
            (dismiss, self.tree),
            (self.tree, self.more_button),
        ):
            QWidget.setTabOrder(first, second)

        undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self.undo_last)
        find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_shortcut.activated.connect(self._focus_search)

        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def _build_filters(self) -> QHBoxLayout:
        """The search box and the kind filter, with their labels."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, names and doses"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the diary"))
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.installEventFilter(self)

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_filter.addItem(self.tr("All entries"), None)
        self.kind_filter.addItem(self.tr("Check-ins"), EntryKind.CHECKIN.value)
        self.kind_filter.addItem(self.tr("Activities"), EntryKind.ACTIVITY.value)
        self.kind_filter.addItem(self.tr("Treatments and events"), EntryKind.TREATMENT.value)
        self.kind_filter.addItem(self.tr("Questionnaires"), EntryKind.QUESTIONNAIRE.value)
        self.kind_filter.addItem(self.tr("Exercise sessions"), EntryKind.SESSION.value)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        filter_label = QLabel(self.tr("S&how:"))
        filter_label.setBuddy(self.kind_filter)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        filters.addWidget(filter_label)
        filters.addWidget(self.kind_filter)
        return filters

    def _build_actions(self) -> QWidget:
        """The add, edit and delete buttons in a row that wraps when the window is narrow."""
        self.add_activity_button = QPushButton(self.tr("Add &activity…"))
        self.add_activity_button.setAccessibleName(self.tr("Add activity"))
        self.add_activity_button.clicked.connect(self.add_activity)
        self.add_treatment_button = QPushButton(self.tr("Add &treatment or event…"))
        self.add_treatment_button.setAccessibleName(self.tr("Add treatment or event"))
        self.add_treatment_button.clicked.connect(self.add_treatment)
        self.add_checkin_button = QPushButton(self.tr("Add past &check-in…"))
        self.add_checkin_button.setAccessibleName(self.tr("Add a check-in for a past time"))
        self.add_checkin_button.clicked.connect(self.add_checkin)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)

        return flow_row(
            self.add_activity_button,
            self.add_treatment_button,
            self.add_checkin_button,
            self.edit_button,
            self.delete_button,
        )

    def _build_undo_bar(self) -> QToolButton:
        """The undo bar (non-modal: the user carries on while it shows); returns its × button."""
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAutoFillBackground(True)
        self.undo_bar.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.undo_message = QLabel()
        self.undo_message.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.undo_message.setWordWrap(True)
        self.undo_message.setAccessibleName(self.tr("Last change"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.undo_button.clicked.connect(self.undo_last)
        dismiss = QToolButton()
        dismiss.setText("×")
        dismiss.setAccessibleName(self.tr("Hide this message"))
        dismiss.setToolTip(self.tr("Hide this message"))
        dismiss.clicked.connect(self.undo_bar.hide)
        bar_layout = QHBoxLayout(self.undo_bar)
        bar_layout.addWidget(self.undo_message, 1)
        bar_layout.addWidget(self.undo_button)
        bar_layout.addWidget(dismiss)
        # Stays until dismissed or replaced: a bar that vanishes on a timer is missed by people
        # who read slowly or use a screen reader.
        self.undo_bar.hide()
        return dismiss

    def _build_list(self) -> None:
        """The entry tree, the empty-diary text in its place when there is nothing, and More."""
        self.tree = EntryTree(self._exercise_name)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.tree.edit_requested.connect(self.edit_selected)
        self.tree.delete_requested.connect(self.delete_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("diaryEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setMargin(self.fontMetrics().height())
        self._pages = QStackedWidget()
        self._pages.addWidget(self.tree)
        self._pages.addWidget(self.empty_label)

        self.more_button = QPushButton(self.tr("Show &older entries"))
        self.more_button.setAccessibleName(self.tr("Show older entries"))
        self.more_button.clicked.connect(self._show_more)
        self.more_button.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Ctrl+Z in an untouched search box undo the last diary change."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.search.isUndoAvailable()
        ):
            return True  # not overridden: the view's Undo shortcut gets the key
        return super().eventFilter(watched, event)

    # --- what is shown ----------------------------------------------------------------------

    def _kinds(self) -> set[EntryKind] | None:
        value = self.kind_filter.currentData()
        return None if value is None else {EntryKind(value)}

    def refresh(self) -> None:
        """Read the entries again, keeping the selection where it was if it still exists."""
        self._search_timer.stop()
        selected = self.selected_entry()
        keep = (selected.kind, selected.id) if selected else None
        text = self.search.text().strip() or None
        entries = diary_entries(
            self._context.store,
            text=text,
            kinds=self._kinds(),
            named_kinds=kinds_named(text or ""),
            limit=self._limit + 1,
        )
        self.more_button.setVisible(len(entries) > self._limit)
        entries = entries[: self._limit]

        self.tree.show_entries(entries, self._context.now().astimezone(self.zone).date())
        if entries:
            self._pages.setCurrentWidget(self.tree)
            self.tree.select_kept(keep)
        else:
            self.empty_label.setText(self._empty_text())
            self._pages.setCurrentWidget(self.empty_label)
        self._update_buttons()

    def _exercise_name(self, exercise_id: str) -> str:
        return library_name(self._context.library, exercise_id)

    def _empty_text(self) -> str:
        if self.search.text().strip() or self._kinds() is not None:
            return self.tr("Nothing matches. Try other words, or choose “All entries” under Show.")
        return self.tr(
            "Your diary will list everything you record, day by day: your check-ins, "
            "activities such as walks or swims, treatments and events such as a new medicine, "
            "an injection or an appointment, the questionnaires you fill in and your exercise "
            "sessions.\n\n"
            "To make your first entry, choose “Add activity” or “Add treatment or event” above."
        )

    def selected_entry(self) -> DiaryEntry | None:
        """The entry the user has selected, if any."""
        return self.tree.selected_entry()

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.edit_button.setEnabled(entry is not None and entry.editable)
        self.delete_button.setEnabled(entry is not None and entry.deletable)
        self.undo_button.setEnabled(bool(self._undo_stack))

    def _show_more(self) -> None:
        self._limit += PAGE_SIZE
        self.refresh()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.EVERYTHING):
            # A restore replaced the data: old undo tokens point at rows that may not exist.
            self._undo_stack.clear()
            self.undo_bar.hide()
        if changes.concerns(Topic.DIARY, Topic.CHECKINS, Topic.MEASURES):
            self.refresh()

    # --- actions ----------------------------------------------------------------------------

    def add_activity(self) -> None:
        """Open the dialog to record an activity."""

        def save(fields: ActivityFields) -> None:
            self._did(add_activity(self._context.store, fields), self.tr("Added: {what}"))

        self._open(ActivityDialog(save, None, self))

    def add_treatment(self) -> None:
        """Open the dialog to record a treatment or event."""

        def save(fields: TreatmentFields) -> None:
            self._did(add_treatment(self._context.store, fields), self.tr("Added: {what}"))

        self._open(TreatmentEventDialog(save, None, self))

    def edit_selected(self) -> None:
        """Open the selected check-in, activity or treatment in its dialog."""
        entry = self.selected_entry()
        if entry is None:
            return
        if not entry.editable:
            self._tell(self.tr("Edit entry"), not_editable_text(entry))
            return
        subject = entry.subject
        if isinstance(subject, CheckInSummary):
            self._edit_checkin(entry.id)
        elif isinstance(subject, ActivityRecord):

            def save_activity(fields: ActivityFields) -> None:
                self._did(
                    edit_activity(self._context.store, subject.id, fields),
                    self.tr("Changed: {what}"),
                )

            self._open(ActivityDialog(save_activity, subject.fields, self))
        elif isinstance(subject, TreatmentRecord):

            def save_treatment(fields: TreatmentFields) -> None:
                self._did(
                    edit_treatment(self._context.store, subject.id, fields),
                    self.tr("Changed: {what}"),
                )

            self._open(TreatmentEventDialog(save_treatment, subject.fields, self))

    def add_checkin(self) -> None:
        """Open the dialog to add a check-in for a past time."""

        def save(draft: CheckInDraft) -> None:
            token, changes = add_past_checkin(self._context.store, draft)
            self._did_checkin(token, self.tr("Added: {what}"), draft, changes)

        self._open(
            CheckInEditDialog(
                save, None, self.zone, self._context.now().astimezone(self.zone), self
            )
        )

    def _edit_checkin(self, checkin_id: int) -> None:
        try:
            record = get_checkin(self._context.store, checkin_id)
        except CheckInMissing:
            self._tell(
                self.tr("Edit entry"), missing_text(DiaryEntryMissing(Absence.GONE, checkin=True))
            )
            self.refresh()
            return

        def save(draft: CheckInDraft) -> None:
            token, changes = edit_checkin(self._context.store, checkin_id, draft)
            self._did_checkin(token, self.tr("Changed: {what}"), draft, changes)

        self._open(
            CheckInEditDialog(
                save, record, self.zone, self._context.now().astimezone(self.zone), self
            )
        )

    def _did_checkin(
        self, token: UndoToken, message: str, draft: CheckInDraft, changes: Changes
    ) -> None:
        at = draft.at or datetime.now(self.zone)  # the dialog always gives a time
        what = self.tr("Check-in at {time}").format(time=local_time_text(at))
        self._push(_Undoable(token, what), message.format(what=what))
        self._context.publish(changes)
        self._select(token.kind, token.id)

    def delete_selected(self) -> None:
        """Delete the selected entry at once; the undo bar offers it back."""
        entry = self.selected_entry()
        if entry is None or entry.kind is EntryKind.ASSESSMENT:
            return
        title, _detail = entry_texts(entry)
        local = entry.when.astimezone()
        when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        title = self.tr("{what} at {time}").format(what=title, time=when)
        try:
            token, changes = delete_entry(self._context.store, entry.kind, entry.id)
        except DiaryEntryMissing as missing:
            self._tell(self.tr("Delete entry"), missing_text(missing))
            self.refresh()
            return
        self._push(_Undoable(token, title), self.tr("Deleted: {what}").format(what=title))
        self._context.publish(changes)
        # With the last entry gone the list is hidden; the undo button keeps Ctrl+Z working
        # (a focused search box would take Ctrl+Z as undo of its own text).
        (self.tree if self._pages.currentWidget() is self.tree else self.undo_button).setFocus()

    def undo_last(self) -> None:
        """Revert the last add, edit or delete made in the diary."""
        if not self._undo_stack:
            return
        last = self._undo_stack.pop()
        try:
            changes = undo(self._context.store, last.token)
        except DiaryEntryMissing as missing:
            self._tell(self.tr("Undo"), missing_text(missing))
            changes = Changes.of(Topic.DIARY)
        self.undo_message.setText(self.tr("Undone: {what}").format(what=last.what))
        # The bar now reports the undo; its button would revert something else, unsaid.
        self.undo_button.hide()
        self.undo_bar.show()
        self._context.publish(changes)
        self._select(last.token.kind, last.token.id)
        self._update_buttons()
        if self._pages.currentWidget() is self.tree:
            self.tree.setFocus()

    # --- helpers ----------------------------------------------------------------------------

    def _tell(self, title: str, message: str) -> None:
        # Window-modal and opened, not exec()'d: no nested event loop behind the user's back.
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notice = box

    def _open(self, dialog: _Dialog) -> None:
        # open(), not exec(): no nested event loop, and the rest of the app keeps running.
        self._dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: _Dialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()
        self.tree.setFocus()

    @property
    def dialog(self) -> _Dialog | None:
        """The add or edit dialog that is open, if any."""
        return self._dialog

    def _did(self, saved: Saved[ActivityRecord] | Saved[TreatmentRecord], message: str) -> None:
        what = fields_text(saved.record.fields)
        self._push(_Undoable(saved.undo, what), message.format(what=what))
        self._context.publish(saved.changes)
        self._select(saved.undo.kind, saved.undo.id)

    def _push(self, undoable: _Undoable, message: str) -> None:
        self._undo_stack.append(undoable)
        self.undo_message.setText(message)
        self.undo_button.show()
        self.undo_bar.show()
        self._update_buttons()

    def _select(self, kind: EntryKind, entry_id: int) -> None:
        self.tree.select(kind, entry_id)
