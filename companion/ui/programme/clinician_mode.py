"""Settings: the switch that shows the programme editor for physiotherapists."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtWidgets import QCheckBox, QWidget

from companion.domain.changes import Changes, Topic
from companion.services.programmes import clinician_mode, set_clinician_mode
from companion.ui.context import AppContext


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
        self._context.publish(
            set_clinician_mode(self._context.store, on, self._context.now().astimezone(UTC))
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PREFERENCES):
            on = clinician_mode(self._context.store)
            if on != self.isChecked():
                self.blockSignals(True)
                self.setChecked(on)
                self.blockSignals(False)
