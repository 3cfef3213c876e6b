"""Settings: where the data lives, backups and restore, and what the app is (About)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, __version__
from companion.domain.branding import LockedSetting
from companion.domain.changes import Changes, Topic
from companion.services.data_store import automatic_backups, backup_to
from companion.services.outputs import OutputFailed
from companion.ui.context import AppContext
from companion.ui.data_problems import backup_time_text, restore_failure_reason
from companion.ui.exercises.player.sound import sound_cues_mode
from companion.ui.programme.clinician_mode import ClinicianModeSwitch
from companion.ui.reminders.reminder_runner import ReminderRunner
from companion.ui.reminders.reminder_settings import ReminderSettings
from companion.ui.safety.clearance_dialog import ClearanceSettings
from companion.ui.settings.questionnaire_settings import QuestionnaireSettings
from companion.ui.settings.region_settings import RegionSettings
from companion.ui.style import fill_with_scrolling, heading, scaled_font
from companion.ui.texts import disclaimer, privacy
from companion.ui.widgets.messages import ask, inform, warn
from companion.ui.widgets.save_files import ask_save_path, output_problem_text


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
        layout.addWidget(self._build_data())
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

        context.bus.changed.connect(self._on_changes)
        self.refresh()

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

    def _build_data(self) -> QGroupBox:
        """Where the data lives, the automatic backups, a copy, and restore."""
        data_box = QGroupBox(self.tr("Your data"))
        self._folder_label = QLabel()
        self._folder_label.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self._folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._folder_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self._open_folder)
        privacy_label = QLabel(privacy())
        privacy_label.setWordWrap(True)

        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Automatic backups"))
        self.backup_list.setMinimumHeight(140)
        self.backup_list.currentRowChanged.connect(self._update_buttons)
        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.backup_now_button.clicked.connect(self._backup_now)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"))
        self.save_copy_button.clicked.connect(self._save_copy)
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.restore_button.clicked.connect(self._restore_selected)
        restore_file = QPushButton(self.tr("Restore from a file…"))
        restore_file.clicked.connect(self._restore_from_file)
        policy = QLabel(
            self.tr(
                "A backup is taken automatically when your data has changed: at start, once a "
                "day and when you quit. The newest backup of each of the last 12 days, 10 weeks "
                "and 9 months is kept."
            )
        )
        policy.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder_label, 1)
        folder_row.addWidget(open_folder)
        buttons = QHBoxLayout()
        for button in (
            self.backup_now_button,
            self.save_copy_button,
            self.restore_button,
            restore_file,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        data_layout = QVBoxLayout(data_box)
        data_layout.addLayout(folder_row)
        data_layout.addWidget(privacy_label)
        data_layout.addWidget(QLabel(self.tr("Automatic backups (newest first):")))
        data_layout.addWidget(self.backup_list)
        data_layout.addLayout(buttons)
        data_layout.addWidget(policy)
        return data_box

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

    def refresh(self) -> None:
        """Show the data folder and the current list of backups."""
        folder = self._context.store.folder
        self._folder_label.setText(self.tr("Data folder: {path}").format(path=folder.root))
        self.backup_list.clear()
        for backup in automatic_backups(folder):
            text = backup_time_text(backup.taken_at)
            if backup.label.startswith("before-restore"):
                text += self.tr("  (taken before a restore)")
            elif backup.label.startswith("before-"):
                text += self.tr("  (taken before an update)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        if self.backup_list.count() == 0:
            placeholder = QListWidgetItem(
                self.tr("No backups yet: one is taken once you add data.")
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addItem(placeholder)
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.EVERYTHING, Topic.PREFERENCES):
            self.refresh()

    def _selected_backup(self) -> Path | None:
        item = self.backup_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return Path(value) if value else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected_backup() is not None)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._context.data_dir)))

    def _backup_now(self) -> None:
        try:
            self._context.backup_now()
        except Exception as error:
            warn(self, APP_NAME, self.tr("The backup failed: {e}").format(e=error))
        self.refresh()

    def _save_copy(self) -> None:
        target = ask_save_path(
            self,
            self.tr("Save a copy of your data"),
            "sciatica-companion-backup.db",
            self.tr("Sciatica Companion backup (*.db)"),
        )
        if target is None:
            return
        try:
            # The dialog asked before replacing a file, so the user's answer stands.
            backup_to(self._context.store, target, overwrite=True)
        except OutputFailed as error:
            warn(self, APP_NAME, output_problem_text(error))
        except Exception as error:
            warn(
                self,
                APP_NAME,
                self.tr("The copy failed ({error}). Your data is unchanged.").format(error=error),
            )

    def _restore_selected(self) -> None:
        backup = self._selected_backup()
        if backup is not None:
            self._confirm_and_restore(backup)

    def _restore_from_file(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(Path.home()),
            self.tr("Sciatica Companion backup (*.db)"),
        )
        if source:
            self._confirm_and_restore(Path(source))

    def _confirm_and_restore(self, backup: Path) -> None:
        if not ask(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will be replaced by the backup {name}. What you have now is kept "
                "as a backup first, so you can go back."
            ).format(name=backup.name),
        ):
            return
        try:
            self._context.restore(backup)
        except Exception as error:
            warn(
                self,
                self.tr("Restore failed"),
                self.tr("Nothing was changed. {e}").format(e=restore_failure_reason(error)),
            )
            return
        inform(self, APP_NAME, self.tr("Your data was restored."))
