"""The first-run welcome: what the app does, what it is not, and where the data stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.ui.style import heading
from companion.ui.texts import disclaimer, privacy
from companion.ui.today.what_to_expect import open_what_to_expect


class WelcomeDialog(QDialog):
    """Shown once, at the first start on a data folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)
        title = heading(self.tr("Welcome to {app}").format(app=APP_NAME))
        intro = QLabel(
            self.tr(
                "This companion helps you follow your home programme for sciatica: a quick "
                "daily check-in of back and leg pain, guided exercise sessions, reminders to get "
                "up from sitting, and a report you can take to your physiotherapist.\n\n"
                "Staying active helps: keep moving within comfort. Rest does not speed recovery."
            )
        )
        intro.setWordWrap(True)
        important = QLabel(disclaimer())
        important.setWordWrap(True)
        important.setObjectName("disclaimer")
        data = QLabel(privacy())
        data.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Get started"))
        buttons.accepted.connect(self.accept)
        # How sciatica usually goes, before anything else is asked of the user.
        self.expect_button = QPushButton(self.tr("What to &expect…"))
        self.expect_button.setAccessibleName(self.tr("What to expect: how sciatica usually goes"))
        self.expect_button.setAutoDefault(False)
        self.expect_button.clicked.connect(lambda: open_what_to_expect(self))
        buttons.addButton(self.expect_button, QDialogButtonBox.ButtonRole.HelpRole)
        layout = QVBoxLayout(self)
        for widget in (title, intro, important, data):
            layout.addWidget(widget)
        layout.addWidget(buttons)
