"""The clearance checklist (clinical brief 2.2.6): conditions that need a physiotherapist's word
before some exercises. Asked once after the first safety questions, editable in Settings
(clearance_settings).

Exercises a "yes" affects are marked "ask your physiotherapist first" and left out of starter
programmes and movement snacks (domain.safety_plan.left_out_today).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.domain.exercise import ClearanceCondition
from companion.services.safety_plan import clearance_answers, save_clearance
from companion.ui.context import AppContext
from companion.ui.safety.safety_texts import clearance_label
from companion.ui.widgets.messages import warn


def _local_now() -> datetime:
    return datetime.now().astimezone()


class ClearanceDialog(QDialog):
    """Tick what applies; Save stores the whole list (nothing ticked means none of these)."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clearanceDialog")
        self.setWindowTitle(self.tr("Before you exercise"))
        self._context = context
        self._now = now
        intro = QLabel(
            self.tr(
                "Do any of these apply to you? Some exercises need your physiotherapist's or "
                "doctor's go-ahead first. You can change your answers later in Settings."
            )
        )
        intro.setWordWrap(True)
        stored = clearance_answers(context.store)
        ticked = stored.conditions if stored is not None else frozenset()
        self.boxes: dict[ClearanceCondition, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for condition in ClearanceCondition:
            box = QCheckBox(clearance_label(condition))
            box.setObjectName(f"clearance_{condition.value}")
            box.setChecked(condition in ticked)
            self.boxes[condition] = box
            layout.addWidget(box)
        none_note = QLabel(self.tr("If none of these apply, leave them all unticked and save."))
        none_note.setWordWrap(True)
        layout.addWidget(none_note)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Ask me &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)

    def chosen(self) -> frozenset[ClearanceCondition]:
        """The conditions ticked now."""
        return frozenset(c for c, box in self.boxes.items() if box.isChecked())

    def _save(self) -> None:
        try:
            changes = save_clearance(self._context.store, self.chosen(), self._now())
        except Exception as error:
            warn(
                self,
                self.tr("Not saved"),
                self.tr(
                    "Your answers could not be saved ({error}). Nothing else changed; please "
                    "try again."
                ).format(error=error),
            )
            return
        self._context.publish(changes)
        self.accept()


def ask_clearance_if_unanswered(
    context: AppContext, parent: QWidget | None = None
) -> ClearanceDialog | None:
    """At first run, after the safety questions: open the checklist if it was never answered."""
    if clearance_answers(context.store) is not None:
        return None
    return open_clearance(context, parent)


def open_clearance(context: AppContext, parent: QWidget | None = None) -> ClearanceDialog:
    """Open the checklist (window-modal; it deletes itself when closed)."""
    dialog = ClearanceDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
