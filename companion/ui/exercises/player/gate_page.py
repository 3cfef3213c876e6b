"""The session player's gate: before the start when the safety questions are due or exercise is
locked after an emergency answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.safety.screening_dialog import exercise_locked_text
from companion.ui.style import heading, scaled_font

if TYPE_CHECKING:
    from companion.ui.exercises.player.session_player import SessionPlayer

translate = QCoreApplication.translate


class GatePage(QWidget):
    """Why the session cannot start yet, and the way on (answer the questions, or close)."""

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        self.title = player.gate_title = heading(
            translate("SessionPlayer", "Safety questions first")
        )
        self.text = player.gate_text = QLabel()
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(self.text, 1.1, bold=False))
        self.ask_button = player.gate_ask_button = QPushButton(
            translate("SessionPlayer", "&Answer the safety questions")
        )
        self.ask_button.setAccessibleName(translate("SessionPlayer", "Answer the safety questions"))
        self.ask_button.clicked.connect(player.ask_again)
        self.close_button = player.gate_close_button = QPushButton(
            translate("SessionPlayer", "&Close")
        )
        self.close_button.setAccessibleName(translate("SessionPlayer", "Close"))
        self.close_button.clicked.connect(player.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_unanswered(self) -> None:
        """The safety questions were closed unanswered: say why they come first."""
        self.title.setText(translate("SessionPlayer", "Safety questions first"))
        self.text.setText(
            translate(
                "SessionPlayer",
                "The session starts once the safety questions are answered: they check "
                "for the rare problems that need a doctor rather than exercise. Nothing "
                "has been recorded.",
            )
        )
        self.ask_button.show()

    def show_locked(self) -> None:
        """Exercise is locked after an emergency answer: only closing is left."""
        self.title.setText(translate("SessionPlayer", "Exercises are locked"))
        self.text.setText(exercise_locked_text())
        self.ask_button.hide()
