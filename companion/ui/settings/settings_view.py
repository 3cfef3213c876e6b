"""The Settings page: one group per subject (region, reminders, your data, questionnaires,
clearance, clinician mode), each its own module, and what the app is (About)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from companion import APP_NAME, __version__
from companion.domain.branding import LockedSetting
from companion.ui.context import AppContext
from companion.ui.exercises.player.sound import sound_cues_mode
from companion.ui.programme.clinician_mode import ClinicianModeSwitch
from companion.ui.reminders.reminder_runner import ReminderRunner
from companion.ui.reminders.reminder_settings import ReminderSettings
from companion.ui.safety.clearance_settings import ClearanceSettings
from companion.ui.settings.data_settings import DataSettings
from companion.ui.settings.questionnaire_settings import QuestionnaireSettings
from companion.ui.settings.region_settings import RegionSettings
from companion.ui.style import fill_with_scrolling, heading, scaled_font
from companion.ui.texts import disclaimer


class SettingsView(QWidget):
    """The Settings page: region, reminders, your data and backups, questionnaires, clearance,
    clinician mode and About."""

    def __init__(self, context: AppContext, reminders: ReminderRunner | None = None) -> None:
        super().__init__()
        self._context = context
        self.setObjectName("settingsView")

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Settings")))
        self.region = RegionSettings(context)
        layout.addWidget(self.region)
        layout.addWidget(self._build_reminders(reminders))
        self.data = DataSettings(context)
        layout.addWidget(self.data)
        self.questionnaires = QuestionnaireSettings(context)
        layout.addWidget(self.questionnaires)
        self.clearance = ClearanceSettings(context)
        layout.addWidget(self.clearance)
        if not context.branding.is_locked(LockedSetting.CLINICIAN_MODE):
            clinic_box = QGroupBox(self.tr("For physiotherapists"))
            QVBoxLayout(clinic_box).addWidget(ClinicianModeSwitch(context))
            layout.addWidget(clinic_box)
        layout.addWidget(self._build_about())
        layout.addStretch(1)
        fill_with_scrolling(self, page)

    # --- Building the page ----------------------------------------------------------------

    def _build_reminders(self, reminders: ReminderRunner | None) -> QGroupBox:
        """The reminder settings, and whether sessions can play their sound cues."""
        self.reminders = ReminderSettings(self._context, reminders)
        self.reminders.lock_by_clinic(self._context.branding)
        reminders_box = QGroupBox(self.tr("Reminders"))
        reminders_layout = QVBoxLayout(reminders_box)
        reminders_layout.addWidget(self.reminders)
        self.sound_label = QLabel()
        self.sound_label.setWordWrap(True)
        self.sound_details = QLabel()
        self.sound_details.setObjectName("soundDetails")
        self.sound_details.setWordWrap(True)
        self.sound_details.setFont(scaled_font(self.sound_details, 0.9))
        reminders_layout.addWidget(self.sound_label)
        reminders_layout.addWidget(self.sound_details)
        self._show_sound_mode()
        return reminders_box

    def _build_about(self) -> QGroupBox:
        """What the app is, who provides it, and what it is not (the disclaimer)."""
        about_box = QGroupBox(self.tr("About"))
        branding = self._context.branding
        about_text = self.tr("{app} {version}").format(
            app=branding.product_name, version=__version__
        )
        if branding.is_branded:
            provided = [self.tr("Provided by {clinic}").format(clinic=branding.clinic_name)]
            provided += [branding.contact_line] if branding.contact_line else []
            provided.append(self.tr("Based on {app}").format(app=APP_NAME))
            about_text += "\n" + "\n".join(p for p in provided if p)
        about = QLabel(about_text + "\n\n" + disclaimer())
        about.setTextFormat(Qt.TextFormat.PlainText)  # the clinic's names come from a file
        about.setWordWrap(True)
        about.setObjectName("aboutText")
        about_layout = QVBoxLayout(about_box)
        if branding.logo is not None:
            logo = QLabel()
            size = self.fontMetrics().height() * 4
            logo.setPixmap(QIcon(str(branding.logo)).pixmap(size, size))
            logo.setAccessibleName(self.tr("{clinic} logo").format(clinic=branding.clinic_name))
            about_layout.addWidget(logo)
        about_layout.addWidget(about)
        return about_box

    def showEvent(self, event: QShowEvent) -> None:
        if not self.sound_label.text():
            self._show_sound_mode()
        super().showEvent(event)

    def _show_sound_mode(self) -> None:
        mode, details = sound_cues_mode()
        self.sound_label.setText(self.tr("Sound cues in sessions: {mode}").format(mode=mode))
        self.sound_details.setText(details)
        self.sound_details.setVisible(bool(details))

    def show_region_waiting(self, why: str) -> None:
        """The chosen language waits for a dialog, the session or a check-in: say so."""
        self.region.show_waiting(why)
