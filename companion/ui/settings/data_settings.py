"""The Settings page's Your data group: where the data lives, the automatic backups, a copy,
and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from companion import APP_NAME
from companion.domain.changes import Changes, Topic
from companion.services.data_store import automatic_backups, backup_to
from companion.services.outputs import OutputFailed
from companion.ui.context import AppContext
from companion.ui.data_problems import backup_time_text, restore_failure_reason
from companion.ui.texts import privacy
from companion.ui.widgets.choice_list import ChoiceList
from companion.ui.widgets.messages import ask, inform, warn
from companion.ui.widgets.save_files import ask_open_path, ask_save_path, output_problem_text


class DataSettings(QGroupBox):
    """The data folder and its backups: back up now, save a copy, restore one."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Your data"))
        self._context = context
        self._folder_label = QLabel()
        self._folder_label.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self._folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._folder_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self._open_folder)
        privacy_label = QLabel(privacy())
        privacy_label.setWordWrap(True)

        self.backup_list = ChoiceList()
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
        data_layout = QVBoxLayout(self)
        data_layout.addLayout(folder_row)
        data_layout.addWidget(privacy_label)
        data_layout.addWidget(QLabel(self.tr("Automatic backups (newest first):")))
        data_layout.addWidget(self.backup_list)
        data_layout.addLayout(buttons)
        data_layout.addWidget(policy)
        context.bus.changed.connect(self._on_changes)
        self.refresh()

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
            self.backup_list.add_choice(text, str(backup.path))
        self.backup_list.say_if_empty(self.tr("No backups yet: one is taken once you add data."))
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.EVERYTHING, Topic.PREFERENCES):
            self.refresh()

    def _selected_backup(self) -> Path | None:
        value = self.backup_list.chosen()
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
        source = ask_open_path(
            self,
            self.tr("Restore from a backup file"),
            self.tr("Sciatica Companion backup (*.db)"),
            folder=Path.home(),
        )
        if source is not None:
            self._confirm_and_restore(source)

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
