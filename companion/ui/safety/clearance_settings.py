"""Settings: the clearance checklist's answers as they stand, and a button to change them.

The checklist itself is clearance_dialog's; this group shows what it stored and opens it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from companion.domain.changes import Changes, Topic
from companion.services.safety_plan import clearance_answers
from companion.ui.context import AppContext
from companion.ui.safety.clearance_dialog import open_clearance
from companion.ui.safety.safety_texts import clearance_label

translate = QCoreApplication.translate


class ClearanceSettings(QGroupBox):
    """Settings: the clearance answers as they stand, and a button to change them."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(translate("Clearance", "Clearance for exercises"))
        self.setObjectName("clearanceSettings")
        self._context = context
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.change_button = QPushButton(translate("Clearance", "&Change answers…"))
        self.change_button.setAccessibleName(translate("Clearance", "Change clearance answers"))
        self.change_button.clicked.connect(lambda: open_clearance(context, self.window()))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.change_button)
        QVBoxLayout(self).addLayout(row)
        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored answers."""
        stored = clearance_answers(self._context.store)
        if stored is None:
            text = translate("Clearance", "Not answered yet.")
        elif not stored.conditions:
            text = translate("Clearance", "None of the listed conditions apply.")
        else:
            text = "\n".join(clearance_label(c) for c in sorted(stored.conditions))
        self.summary.setText(text)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PREFERENCES):
            self.refresh()
