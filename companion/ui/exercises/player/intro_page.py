"""The session player's first page: the session's exercises, the rules for moving safely, and
the pain before."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.exercises.exercise_words import dose_text
from companion.ui.exercises.player.words import pain_box, pain_grid
from companion.ui.safety.red_flag_texts import same_day_plan_text
from companion.ui.safety.safety_texts import left_out_text
from companion.ui.style import SUBHEADING_SCALE, heading, scrolling

if TYPE_CHECKING:
    from companion.ui.exercises.player.session_player import SessionPlayer

translate = QCoreApplication.translate


class IntroPage(QWidget):
    """What this session holds and what waits today, how to move safely, and the pain before."""

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        self._player = player
        self.back_before = player.back_before = pain_box(
            translate("SessionPlayer", "Back pain now, 0 to 10")
        )
        self.leg_before = player.leg_before = pain_box(
            translate("SessionPlayer", "Leg pain now, 0 to 10")
        )
        self.note = player.intro_note = QLabel()
        self.note.setWordWrap(True)
        self.start_button = player.start_button = QPushButton(
            translate("SessionPlayer", "&Start the session")
        )
        self.start_button.setAccessibleName(translate("SessionPlayer", "Start the session"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(player.begin)
        cancel = QPushButton(translate("SessionPlayer", "&Not now"))
        cancel.setAccessibleName(translate("SessionPlayer", "Not now"))
        cancel.clicked.connect(player.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(
            heading(player.plan.title or translate("SessionPlayer", "Today's exercises"))
        )
        layout.addWidget(self._build_listing())
        layout.addWidget(self._build_rules())
        layout.addLayout(pain_grid(self.back_before, self.leg_before))
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content), 1)
        outer.addLayout(buttons)

    def _build_listing(self) -> QLabel:
        names = "".join(
            f"<li><b>{html.escape(self._player.exercise_name(item.exercise_id))}</b> — "
            f"{html.escape(dose_text(item.dose))}"
            + (f"<br><i>{html.escape(item.note)}</i>" if item.note.strip() else "")
            + "</li>"
            for item in self._player.plan.items
        )
        listing = QLabel(f"<ol>{names}</ol>{self._left_out_html()}")
        listing.setTextFormat(Qt.TextFormat.RichText)
        listing.setWordWrap(True)
        return listing

    def _left_out_html(self) -> str:
        """The exercises that wait today, each with why, and what a same-day finding means."""
        plan = self._player.plan
        text = ""
        if plan.same_day_open:
            text += f"<p><b>{html.escape(same_day_plan_text())}</b></p>"
        if plan.left_out:
            items = "".join(
                f"<li>{html.escape(self._player.exercise_name(item.exercise_id))}: "
                f"{html.escape(left_out_text(why))}</li>"
                for item, why in plan.left_out
            )
            heading_text = translate("SessionPlayer", "Not in this session:")
            text += f"<p>{html.escape(heading_text)}</p><ul>{items}</ul>"
        return text

    def _build_rules(self) -> QFrame:
        rules = QLabel(
            "<ul>"
            + "".join(
                f"<li>{html.escape(rule)}</li>"
                for rule in (
                    translate(
                        "SessionPlayer", "Move slowly and keep breathing; do not hold your breath."
                    ),
                    translate(
                        "SessionPlayer",
                        "A little extra back ache while leg pain eases or moves up towards "
                        "your back is usually fine.",
                    ),
                    translate(
                        "SessionPlayer",
                        "Stop an exercise if pain, tingling or numbness spreads further down "
                        "your leg, or you feel new numbness or weakness.",
                    ),
                    translate(
                        "SessionPlayer",
                        "Keys: Space pauses, Left goes back, Right skips, Esc ends the session.",
                    ),
                )
            )
            + "</ul>"
        )
        rules.setTextFormat(Qt.TextFormat.RichText)
        rules.setWordWrap(True)
        rules_box = QFrame()
        rules_box.setObjectName("sessionRules")
        rules_box.setFrameShape(QFrame.Shape.StyledPanel)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(
            heading(translate("SessionPlayer", "Before you start"), SUBHEADING_SCALE)
        )
        rules_layout.addWidget(rules)
        # A sink made for tests has no mode to tell; the speakers' own does.
        mode = str(getattr(self._player.cues, "mode_text", ""))
        sound_mode = self._player.sound_mode = QLabel(
            translate("SessionPlayer", "Sound cues: {mode}").format(mode=mode)
        )
        sound_mode.setObjectName("soundMode")
        sound_mode.setWordWrap(True)
        sound_mode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sound_mode.setVisible(bool(mode))
        rules_layout.addWidget(sound_mode)
        return rules_box

    def wait_for_answers(self) -> None:
        """The safety questions are open: the start waits for them."""
        self.start_button.setEnabled(False)
        self.note.setText(translate("SessionPlayer", "Please answer the safety questions first."))

    def ready(self) -> None:
        """The safety questions are answered and allow exercise."""
        self.start_button.setEnabled(True)
        self.note.setText("")
