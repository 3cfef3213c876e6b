"""A list whose rows each stand for a value (an id, a path), with a row saying when it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

VALUE = Qt.ItemDataRole.UserRole


class ChoiceList(QListWidget):
    """Rows the user chooses from; each holds its value, read back by `chosen`."""

    def add_choice(self, text: str, value: str, tooltip: str = "") -> QListWidgetItem:
        """Add a row showing `text` that stands for `value`."""
        item = QListWidgetItem(text)
        item.setData(VALUE, value)
        item.setToolTip(tooltip)
        self.addItem(item)
        return item

    def say_if_empty(self, text: str) -> None:
        """With no rows, show `text` in a row nobody can choose."""
        if self.count() == 0:
            placeholder = QListWidgetItem(text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)

    def chosen(self) -> str | None:
        """The value of the current row; None when none is current or it holds none."""
        item = self.currentItem()
        value = item.data(VALUE) if item is not None else None
        return str(value) if value else None

    def holds(self, value: str) -> bool:
        """Whether a row stands for `value`."""
        return any(self.item(row).data(VALUE) == value for row in range(self.count()))

    def choose(self, value: str) -> None:
        """Make the first row that stands for `value` current (nothing if there is none)."""
        for row in range(self.count()):
            if self.item(row).data(VALUE) == value:
                self.setCurrentRow(row)
                return
