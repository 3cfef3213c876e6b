"""The session player's last page: what was done, what it means, and the pain after."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.session import SessionSummary
from companion.ui.exercises.player.words import pain_box, pain_grid, safety_end_text
from companion.ui.style import heading, scaled_font

if TYPE_CHECKING:
    from companion.ui.exercises.player.session_player import SessionPlayer

translate = QCoreApplication.translate


class FinishPage(QWidget):
    """The end of the session: what was done, any advice, next time's doses, the pain after."""

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        self.title = player.finish_title = heading("")
        self.text = player.finish_text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setFont(scaled_font(self.text, 1.1, bold=False))
        player.back_after = pain_box(translate("SessionPlayer", "Back pain now, 0 to 10"))
        player.leg_after = pain_box(translate("SessionPlayer", "Leg pain now, 0 to 10"))
        player.save_button = QPushButton(translate("SessionPlayer", "&Save and close"))
        player.save_button.setAccessibleName(translate("SessionPlayer", "Save and close"))
        player.save_button.setDefault(True)
        player.save_button.clicked.connect(player.save_and_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(player.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(pain_grid(player.back_after, player.leg_after))
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_summary(
        self,
        summary: SessionSummary,
        *,
        ended_early: bool,
        ended_for_safety: bool,
        worse_said: str,
        changed_doses: list[str],
    ) -> None:
        """How much was done, what to do about worse answers, and the programme for next time.

        `worse_said` tells how many exercises made the leg worse ("" when none did).
        """
        self.title.setText(
            translate("SessionPlayer", "Session ended early")
            if ended_early
            else translate("SessionPlayer", "Well done: session done")
        )
        lines = [
            translate("SessionPlayer", "Done in full: {n}").format(n=summary.done),
            translate("SessionPlayer", "Done in part: {n}").format(n=summary.partly_done),
            translate("SessionPlayer", "Skipped: {n}").format(n=summary.skipped),
        ]
        text = "<br>".join(html.escape(line) for line in lines)
        text += "<p>" + html.escape(translate("SessionPlayer", "Everything you did is saved."))
        text += "</p>"
        if ended_for_safety:
            text += "<p>" + html.escape(safety_end_text()) + "</p>"
        elif worse_said:
            advice = translate(
                "SessionPlayer",
                "If that happens again, or you notice weakness, book a review with your GP or "
                "physiotherapist.",
            )
            text += "<p>" + html.escape(f"{worse_said} {advice}") + "</p>"
        if changed_doses:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in changed_doses)
            text += "<p>" + html.escape(translate("SessionPlayer", "Your programme for next time:"))
            text += f"</p><ul>{items}</ul>"
        self.text.setText(text)
