"""The Programme page's record: what changed in the doses and why, and the programmes followed
before this one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout

from companion.services.programmes import ProgrammeRecord, programme_history
from companion.services.progression import AdjustmentRecord, dose_adjustments
from companion.ui.context import AppContext
from companion.ui.programme.programme_words import adjustment_text, date_text, exercise_name

CHANGES_SHOWN = 20


class _RecordBox(QGroupBox):
    """A titled list to read, with one line that says why it is empty when it is."""

    def __init__(self, context: AppContext, lowest: int, highest: int) -> None:
        super().__init__()
        self._context = context
        self.entries = QListWidget()
        self.entries.setMinimumHeight(lowest)
        self.entries.setMaximumHeight(highest)
        QVBoxLayout(self).addWidget(self.entries)

    def _show(self, lines: list[str], empty: str) -> None:
        self.entries.clear()
        for line in lines:
            self.entries.addItem(QListWidgetItem(line))
        if not lines:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, not selectable
            self.entries.addItem(placeholder)


class DoseChangesBox(_RecordBox):
    """The recent dose changes of the programme followed now, each with its reason."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, 90, 180)
        self.setTitle(self.tr("What changed and why"))
        self.entries.setAccessibleName(self.tr("Recent changes to your doses"))
        self.entries.setWordWrap(True)

    def refresh(self, record: ProgrammeRecord | None) -> None:
        """List the newest changes of `record` (none without a programme)."""
        adjustments: list[AdjustmentRecord] = (
            dose_adjustments(self._context.store, programme_id=record.id)[:CHANGES_SHOWN]
            if record
            else []
        )
        lines = []
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
            lines.append(f"{when}  {text}")
        self._show(
            lines,
            self.tr(
                "Nothing yet. After each session your doses may step up, within what your "
                "programme allows; each change is listed here with the reason."
            ),
        )


class EarlierProgrammesBox(_RecordBox):
    """The programmes followed before this one: who wrote each, and from when to when."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, 70, 140)
        self.setTitle(self.tr("Earlier programmes"))
        self.entries.setAccessibleName(self.tr("Earlier programmes"))

    def refresh(self) -> None:
        """List every programme that is not followed now."""
        lines = []
        for record in programme_history(self._context.store):
            if record.active:
                continue
            since = record.imported_at.astimezone().date()
            until = record.replaced_at.astimezone().date() if record.replaced_at else since
            lines.append(
                self.tr("{title} — {who}, {since} to {until}").format(
                    title=record.title,
                    who=record.document.author or self.tr("starter programme"),
                    since=date_text(since),
                    until=date_text(until),
                )
            )
        self._show(lines, self.tr("None: this is your first programme."))
