"""The diary's list: entries under a line per day, a day's movement snacks on one line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from companion.services.diary import DiaryEntry, EntryKind
from companion.services.diary_sessions import SessionSummary
from companion.ui.diary.diary_texts import entry_texts, local_time_text, snacks_texts

_ENTRY_ROLE = Qt.ItemDataRole.UserRole


class EntryTree(QTreeWidget):
    """The list of entries by day; Enter edits and Delete deletes the selected entry."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, name_of: Callable[[str], str]) -> None:
        super().__init__()
        self._name_of = name_of  # an exercise's name from its id
        self._items: dict[tuple[EntryKind, int], QTreeWidgetItem] = {}
        self.setObjectName("diaryEntries")
        # The diary's words keep the view's translation context.
        self.setAccessibleName(QCoreApplication.translate("DiaryView", "Diary entries"))
        self.setColumnCount(3)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("DiaryView", "Time"),
                QCoreApplication.translate("DiaryView", "Entry"),
                QCoreApplication.translate("DiaryView", "Details"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Padding in em keeps rows in proportion with the system font; colours stay the palette's.
        self.setStyleSheet("QTreeView::item { padding: 0.25em 0.4em; }")
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def show_entries(
        self,
        entries: Sequence[DiaryEntry],
        today: date,
    ) -> None:
        """List the entries (newest first) by day."""
        self.clear()
        self._items.clear()
        days: list[QTreeWidgetItem] = []
        current_day: date | None = None
        snacks: list[DiaryEntry] = []  # the current day's snacks, newest first
        for entry in entries:
            local = entry.when.astimezone()
            if local.date() != current_day:
                self._group_snacks(snacks)
                current_day = local.date()
                days.append(self._day_item(current_day, today))
            if isinstance(entry.subject, SessionSummary) and entry.subject.is_snack:
                snacks.append(entry)
                if len(snacks) > 1:
                    continue  # shown on the line of the day's newest snack
            item = self._entry_item(entry, local)
            days[-1].addChild(item)
            self._items[entry.kind, entry.id] = item
        self._group_snacks(snacks)
        self.expandAll()
        for day_item in days:
            day_item.setFirstColumnSpanned(True)

    def select_kept(self, keep: tuple[EntryKind, int] | None) -> None:
        """Select the entry selected before the list was refilled, else the newest."""
        newest = next(iter(self._items.values()), None)  # filled newest first
        chosen = (self._items.get(keep) if keep else None) or newest
        if chosen is not None:
            self.setCurrentItem(chosen)

    def selected_entry(self) -> DiaryEntry | None:
        """The entry the user has selected, if any."""
        item = self.currentItem()
        value = item.data(0, _ENTRY_ROLE) if item is not None else None
        return value if isinstance(value, DiaryEntry) else None

    def select(self, kind: EntryKind, entry_id: int) -> None:
        """Select an entry and scroll to it, if it is listed."""
        item = self._items.get((kind, entry_id))
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def _group_snacks(self, snacks: list[DiaryEntry]) -> None:
        """Turn the line of a day's newest snack into the line of all its snacks; then forget."""
        if len(snacks) > 1:
            item = self._items[snacks[0].kind, snacks[0].id]
            summaries = [e.subject for e in snacks if isinstance(e.subject, SessionSummary)]
            self._fill(item, list(snacks_texts(summaries, self._name_of)))
            for entry in snacks[1:]:
                self._items[entry.kind, entry.id] = item
        snacks.clear()

    def _day_item(self, day: date, today: date) -> QTreeWidgetItem:
        locale = QLocale()
        text = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        if day == today:
            text = QCoreApplication.translate("DiaryView", "Today — {day}").format(day=text)
        elif day == today - timedelta(days=1):
            text = QCoreApplication.translate("DiaryView", "Yesterday — {day}").format(day=text)
        item = QTreeWidgetItem(self, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _entry_item(self, entry: DiaryEntry, local: datetime) -> QTreeWidgetItem:
        title, detail = entry_texts(entry, self._name_of)
        item = QTreeWidgetItem()
        item.setData(0, _ENTRY_ROLE, entry)
        self._fill(item, [local_time_text(local), title, detail])
        return item

    def _fill(self, item: QTreeWidgetItem, texts: list[str]) -> None:
        spoken = ", ".join(part for part in texts if part)
        for column, text in enumerate(texts):
            item.setText(column, text)
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(column, spoken)
