"""The Programme page's starter programmes: choose one, read what it is for, and follow it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from companion.domain.branding import LockedSetting
from companion.ui.context import AppContext


class StarterProgrammesBox(QGroupBox):
    """The starter programmes to choose from (locked when a clinic set the programme)."""

    def __init__(self, context: AppContext, follow: Callable[[str], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Starter programmes"))
        self._context = context
        self._follow = follow
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
        starter_layout = QVBoxLayout(self)
        self.starter_intro = QLabel()
        self.starter_intro.setWordWrap(True)
        starter_layout.addWidget(self.starter_intro)
        starter_layout.addLayout(starter_row)
        starter_layout.addWidget(self.starter_text)
        self._show_starter()

    def show_intro(self, has_programme: bool) -> None:
        """Say what a starter programme is for: a first programme, or a switch."""
        self.starter_intro.setText(
            self.tr("You can switch to a starter programme; yours stays in the history.")
            if has_programme
            else self.tr("No programme from a physiotherapist yet? Start with one of these.")
        )

    def _show_starter(self) -> None:
        starter_id = self.starter.currentData()
        if starter_id is None:
            self.starter_text.setText("")
            self.start_button.setEnabled(False)
            return
        self.starter_text.setText(self._context.library.programme(starter_id).description)

    def _start_starter(self) -> None:
        starter_id = self.starter.currentData()
        if starter_id is not None:
            self._follow(starter_id)
