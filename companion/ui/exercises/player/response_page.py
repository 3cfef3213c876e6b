"""The session player's answer page: the traffic-light answer after an exercise, and the advice
after a worse one."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.vocabulary import ExerciseResponse
from companion.ui.safety.red_flag_texts import red_flag_text
from companion.ui.style import heading, scaled_font, scrolling
from companion.ui.widgets.response_card import ResponseCard

if TYPE_CHECKING:
    from companion.domain.red_flags import TriageAdvice
    from companion.ui.exercises.player.session_player import SessionPlayer

translate = QCoreApplication.translate
TRAFFIC_LIGHT = {
    ExerciseResponse.BETTER_OR_SAME: QColor(30, 140, 70),
    ExerciseResponse.WORSE_BUT_SETTLING: QColor(230, 140, 0),
    ExerciseResponse.WORSE: QColor(204, 0, 0),
    ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS: QColor(204, 0, 0),
}


def _choices() -> tuple[tuple[ExerciseResponse, str, str], ...]:
    """Each answer with its key, its words and what follows from it."""
    return (
        (
            ExerciseResponse.BETTER_OR_SAME,
            translate("SessionPlayer", "&1  Better or the same"),
            translate(
                "SessionPlayer", "Leg symptoms stayed the same or moved up towards your back."
            ),
        ),
        (
            ExerciseResponse.WORSE_BUT_SETTLING,
            translate("SessionPlayer", "&2  A little worse, but settling"),
            translate("SessionPlayer", "Some discomfort that is easing off."),
        ),
        (
            ExerciseResponse.WORSE,
            translate("SessionPlayer", "&3  Spread further down my leg"),
            translate(
                "SessionPlayer", "Stop this exercise for today; an easier version may suit you."
            ),
        ),
        (
            ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS,
            translate("SessionPlayer", "&4  New numbness or weakness"),
            translate("SessionPlayer", "The session ends and the safety questions open."),
        ),
    )


class ResponsePage(QWidget):
    """How the leg symptoms are after an exercise; after "worse", what to do instead."""

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        self.title = player.response_title = heading("")
        self.title.setWordWrap(True)
        self.choices_box = player.choices_box = QWidget()
        choices_layout = QVBoxLayout(self.choices_box)
        player.response_buttons = {}
        for response, text, detail in _choices():
            button = ResponseCard(f"{text}\n{detail}", TRAFFIC_LIGHT[response])
            button.setObjectName(f"response_{response.value}")
            button.setAccessibleName(text.replace("&", "").split("  ", 1)[-1])
            button.setAccessibleDescription(detail)
            button.setFont(scaled_font(button, 1.15, bold=False))
            button.setMinimumHeight(player.fontMetrics().height() * 4)
            button.clicked.connect(lambda _=False, r=response: player.respond(r))
            choices_layout.addWidget(button)
            player.response_buttons[response] = button
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.choices_box)
        layout.addWidget(self._build_advice(player))
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

    def _build_advice(self, player: SessionPlayer) -> QFrame:
        """The advice after a worse answer, with an easier exercise, going on, or ending."""
        self.advice_box = player.advice_box = QFrame()
        self.advice_box.setObjectName("worseAdvice")
        self.advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_text = player.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setTextFormat(Qt.TextFormat.RichText)
        self.advice_text.setFont(scaled_font(self.advice_text, 1.05, bold=False))
        self.easier_button = player.easier_button = QPushButton()
        self.easier_button.clicked.connect(player.try_easier)
        self.next_button = player.next_button = QPushButton(
            translate("SessionPlayer", "&Go on to the next exercise")
        )
        self.next_button.setAccessibleName(translate("SessionPlayer", "Go on to the next exercise"))
        self.next_button.clicked.connect(player.go_on_after_worse)
        player.end_after_worse_button = QPushButton(translate("SessionPlayer", "&End the session"))
        player.end_after_worse_button.setAccessibleName(
            translate("SessionPlayer", "End the session")
        )
        player.end_after_worse_button.clicked.connect(player.end_after_worse)
        buttons = QHBoxLayout()
        buttons.addWidget(player.end_after_worse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.easier_button)
        buttons.addWidget(self.next_button)
        advice_layout = QVBoxLayout(self.advice_box)
        advice_layout.addWidget(self.advice_text)
        advice_layout.addLayout(buttons)
        self.advice_box.hide()
        return self.advice_box

    def ask(self, name: str) -> None:
        """Ask how the leg symptoms are after the exercise called `name`."""
        self.title.setText(
            translate("SessionPlayer", "How are your leg symptoms after “{name}”?").format(
                name=name
            )
        )
        self.choices_box.show()
        self.advice_box.hide()

    def show_worse_advice(self, name: str, easier_name: str, review: TriageAdvice | None) -> None:
        """Stop `name` for today, offer `easier_name` (if any), and a review when it recurs."""
        parts = [
            "<p><b>"
            + html.escape(translate("SessionPlayer", "Stop “{name}” for today.").format(name=name))
            + "</b> "
            + html.escape(
                translate(
                    "SessionPlayer",
                    "Rest in a comfortable position until your symptoms settle. It is noted "
                    "in your diary for your physiotherapist.",
                )
            )
            + "</p>"
        ]
        if easier_name:
            parts.append(
                "<p>"
                + html.escape(
                    translate(
                        "SessionPlayer", "An easier version you can try instead: {name}."
                    ).format(name=easier_name)
                )
                + "</p>"
            )
        if review is not None:
            parts.append(
                f"<p><b>{html.escape(red_flag_text(review.title))}.</b> "
                + html.escape(
                    translate(
                        "SessionPlayer",
                        "Exercises have made your leg symptoms worse more than once lately. "
                        "Book a review with your GP or physiotherapist in the next week or two.",
                    )
                )
                + "</p>"
            )
        self.advice_text.setText("".join(parts))
        if easier_name:
            text = translate("SessionPlayer", "&Try {name}").format(name=easier_name)
            self.easier_button.setText(text)
            self.easier_button.setAccessibleName(text.replace("&", ""))
            self.easier_button.show()
        else:
            self.easier_button.hide()
        self.title.setText(translate("SessionPlayer", "Your leg symptoms got worse"))
        self.choices_box.hide()
        self.advice_box.show()
        (self.easier_button if easier_name else self.next_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
