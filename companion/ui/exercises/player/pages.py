"""The session player's pages, one class each, built over the player that runs the timeline.

The player (companion.ui.exercises.player.window.SessionPlayer) keeps the SessionTimeline and
moves the pages on; each page lays out its widgets and hands them to the player, which fills
them in.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.vocabulary import ExerciseResponse
from companion.ui.exercises.exercises_view import dose_text
from companion.ui.exercises.player.words import pain_box
from companion.ui.style import SUBHEADING_SCALE, heading, scaled_font, scrolling
from companion.ui.widgets.figure_widget import FigureWidget
from companion.ui.widgets.response_card import ResponseCard

if TYPE_CHECKING:
    from companion.ui.exercises.player.window import SessionPlayer

translate = QCoreApplication.translate
TRAFFIC_LIGHT = {
    ExerciseResponse.BETTER_OR_SAME: QColor(30, 140, 70),
    ExerciseResponse.WORSE_BUT_SETTLING: QColor(230, 140, 0),
    ExerciseResponse.WORSE: QColor(204, 0, 0),
    ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS: QColor(204, 0, 0),
}


class GatePage(QWidget):
    """Before the start when the safety questions are due or exercise is locked.

    Its widgets are the player's (player.step_label...), which updates them as time runs.
    """

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        player.gate_title = heading(translate("SessionPlayer", "Safety questions first"))
        player.gate_text = QLabel()
        player.gate_text.setWordWrap(True)
        player.gate_text.setFont(scaled_font(player.gate_text, 1.1, bold=False))
        player.gate_ask_button = QPushButton(
            translate("SessionPlayer", "&Answer the safety questions")
        )
        player.gate_ask_button.setAccessibleName(
            translate("SessionPlayer", "Answer the safety questions")
        )
        player.gate_ask_button.clicked.connect(player._ask_again)
        player.gate_close_button = QPushButton(translate("SessionPlayer", "&Close"))
        player.gate_close_button.setAccessibleName(translate("SessionPlayer", "Close"))
        player.gate_close_button.clicked.connect(player.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(player.gate_close_button)
        buttons.addWidget(player.gate_ask_button)
        layout = QVBoxLayout(self)
        layout.addWidget(player.gate_title)
        layout.addWidget(player.gate_text)
        layout.addStretch(1)
        layout.addLayout(buttons)


class IntroPage(QWidget):
    """The session's exercises, the rules for moving safely, and the pain before.

    Its widgets are the player's (player.step_label...), which updates them as time runs.
    """

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        title = player._plan.title or translate("SessionPlayer", "Today's exercises")
        names = "".join(
            f"<li><b>{html.escape(player._name(item.exercise_id))}</b> — "
            f"{html.escape(dose_text(item.dose))}"
            + (f"<br><i>{html.escape(item.note)}</i>" if item.note.strip() else "")
            + "</li>"
            for item in player._plan.items
        )
        listing = QLabel(f"<ol>{names}</ol>{player._left_out_html()}")
        listing.setTextFormat(Qt.TextFormat.RichText)
        listing.setWordWrap(True)
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
        mode = str(getattr(player.cues, "mode_text", ""))
        player.sound_mode = QLabel(
            translate("SessionPlayer", "Sound cues: {mode}").format(mode=mode)
        )
        player.sound_mode.setObjectName("soundMode")
        player.sound_mode.setWordWrap(True)
        player.sound_mode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        player.sound_mode.setVisible(bool(mode))
        rules_layout.addWidget(player.sound_mode)

        player.back_before = pain_box(translate("SessionPlayer", "Back pain now, 0 to 10"))
        player.leg_before = pain_box(translate("SessionPlayer", "Leg pain now, 0 to 10"))
        pain = QGridLayout()
        back_label = QLabel(translate("SessionPlayer", "&Back pain now (0–10):"))
        back_label.setBuddy(player.back_before)
        leg_label = QLabel(translate("SessionPlayer", "&Leg pain now (0–10):"))
        leg_label.setBuddy(player.leg_before)
        pain.addWidget(back_label, 0, 0)
        pain.addWidget(player.back_before, 0, 1)
        pain.addWidget(leg_label, 1, 0)
        pain.addWidget(player.leg_before, 1, 1)
        pain.setColumnStretch(2, 1)

        player.intro_note = QLabel()
        player.intro_note.setWordWrap(True)
        player.start_button = QPushButton(translate("SessionPlayer", "&Start the session"))
        player.start_button.setAccessibleName(translate("SessionPlayer", "Start the session"))
        player.start_button.setDefault(True)
        player.start_button.clicked.connect(player.begin)
        cancel = QPushButton(translate("SessionPlayer", "&Not now"))
        cancel.setAccessibleName(translate("SessionPlayer", "Not now"))
        cancel.clicked.connect(player.close)
        buttons = QHBoxLayout()
        buttons.addWidget(player.intro_note, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(player.start_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(title))
        layout.addWidget(listing)
        layout.addWidget(rules_box)
        layout.addLayout(pain)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content), 1)
        outer.addLayout(buttons)


class ExercisePage(QWidget):
    """One exercise as it runs: the figure, the step, the countdown and the controls.

    Its widgets are the player's (player.step_label...), which updates them as time runs.
    """

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        player.position_label = QLabel()
        player.exercise_title = heading("")
        player.figure = FigureWidget()
        player.figure.setAccessibleName(translate("SessionPlayer", "Exercise figure"))
        player.figure.setMinimumSize(320, 240)

        player.step_label = QLabel()
        player.step_label.setObjectName("sessionStep")
        player.step_label.setFont(scaled_font(player.step_label, 2.0))
        player.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        player.step_label.setWordWrap(True)  # "Set 2 of 3 — hold" runs long in German
        player.step_label.setMargin(6)
        player.countdown = QLabel()
        player.countdown.setObjectName("sessionCountdown")
        player.countdown.setFont(scaled_font(player.countdown, 5.0))
        player.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        player.countdown.setAccessibleName(translate("SessionPlayer", "Seconds left"))
        player.counters = QLabel()
        player.counters.setFont(scaled_font(player.counters, 1.4))
        player.counters.setAlignment(Qt.AlignmentFlag.AlignCenter)
        player.counters.setWordWrap(True)
        player.dose_label = QLabel()
        player.dose_label.setWordWrap(True)
        player.dose_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        player.steps_label = QLabel()
        player.steps_label.setWordWrap(True)
        player.steps_label.setTextFormat(Qt.TextFormat.RichText)
        player.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Cautions, stop rules, the dose note and the programme's note, beside the steps.
        player.safety_label = QLabel()
        player.safety_label.setObjectName("exerciseSafety")
        player.safety_label.setWordWrap(True)
        player.safety_label.setTextFormat(Qt.TextFormat.RichText)
        player.safety_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        status = QVBoxLayout()
        status.addWidget(player.step_label)
        status.addWidget(player.countdown)
        status.addWidget(player.counters)
        status.addWidget(player.dose_label)
        status.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(player.figure, 3)
        top.addLayout(status, 2)

        player.back_button = QPushButton(translate("SessionPlayer", "◀ &Back"))
        player.back_button.setAccessibleName(
            translate("SessionPlayer", "Back: restart this exercise")
        )
        player.back_button.setToolTip(
            translate("SessionPlayer", "Restart this exercise, or go to the one before (Left)")
        )
        player.back_button.clicked.connect(player.back)
        player.pause_button = QPushButton(translate("SessionPlayer", "&Pause"))
        player.pause_button.setAccessibleName(translate("SessionPlayer", "Pause or resume"))
        player.pause_button.setToolTip(translate("SessionPlayer", "Pause or resume (Space)"))
        player.pause_button.clicked.connect(player.toggle_pause)
        player.skip_button = QPushButton(translate("SessionPlayer", "S&kip ▶"))
        player.skip_button.setAccessibleName(translate("SessionPlayer", "Skip this exercise"))
        player.skip_button.setToolTip(
            translate("SessionPlayer", "Stop this exercise and go on (Right)")
        )
        player.skip_button.clicked.connect(player.skip)
        player.end_button = QPushButton(translate("SessionPlayer", "&End session"))
        player.end_button.setAccessibleName(translate("SessionPlayer", "End the session early"))
        player.end_button.setToolTip(
            translate("SessionPlayer", "End the session now; what you did is kept (Esc)")
        )
        player.end_button.clicked.connect(player.end_early)
        player.mute_button = QPushButton()
        player.mute_button.setCheckable(True)
        player.mute_button.setChecked(player.cues.muted)
        player.mute_button.setAccessibleName(translate("SessionPlayer", "Mute sound cues"))
        player.mute_button.setToolTip(translate("SessionPlayer", "Sound cues on or off (M)"))
        if mode := str(getattr(player.cues, "mode_text", "")):
            player.mute_button.setAccessibleDescription(mode)
            player.mute_button.setToolTip(
                translate("SessionPlayer", "Sound cues on or off (M). {mode}").format(mode=mode)
            )
        player.mute_button.toggled.connect(player.set_muted)
        player._label_mute(player.cues.muted)
        controls = QHBoxLayout()
        for button in (player.back_button, player.pause_button, player.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(player.mute_button)
        controls.addWidget(player.end_button)

        layout = QVBoxLayout(self)
        layout.addWidget(player.position_label)
        layout.addWidget(player.exercise_title)
        layout.addLayout(top, 3)
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(player.steps_label, 1)
        texts_layout.addWidget(player.safety_label, 1)
        layout.addWidget(scrolling(texts), 1)
        layout.addLayout(controls)


class ResponsePage(QWidget):
    """The traffic-light answer after an exercise, and the advice after a worse one.

    Its widgets are the player's (player.step_label...), which updates them as time runs.
    """

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        player.response_title = heading("")
        player.response_title.setWordWrap(True)
        player.response_buttons = {}
        choices = (
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
        player.choices_box = QWidget()
        choices_layout = QVBoxLayout(player.choices_box)
        for response, text, detail in choices:
            button = ResponseCard(f"{text}\n{detail}", TRAFFIC_LIGHT[response])
            button.setObjectName(f"response_{response.value}")
            button.setAccessibleName(text.replace("&", "").split("  ", 1)[-1])
            button.setAccessibleDescription(detail)
            button.setFont(scaled_font(button, 1.15, bold=False))
            button.setMinimumHeight(player.fontMetrics().height() * 4)
            button.clicked.connect(lambda _=False, r=response: player.respond(r))
            choices_layout.addWidget(button)
            player.response_buttons[response] = button

        player.advice_box = QFrame()
        player.advice_box.setObjectName("worseAdvice")
        player.advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        player.advice_text = QLabel()
        player.advice_text.setWordWrap(True)
        player.advice_text.setTextFormat(Qt.TextFormat.RichText)
        player.advice_text.setFont(scaled_font(player.advice_text, 1.05, bold=False))
        player.easier_button = QPushButton()
        player.easier_button.clicked.connect(player._try_easier)
        player.next_button = QPushButton(translate("SessionPlayer", "&Go on to the next exercise"))
        player.next_button.setAccessibleName(
            translate("SessionPlayer", "Go on to the next exercise")
        )
        player.next_button.clicked.connect(player._go_on_after_worse)
        player.end_after_worse_button = QPushButton(translate("SessionPlayer", "&End the session"))
        player.end_after_worse_button.setAccessibleName(
            translate("SessionPlayer", "End the session")
        )
        player.end_after_worse_button.clicked.connect(player._end_after_worse)
        advice_buttons = QHBoxLayout()
        advice_buttons.addWidget(player.end_after_worse_button)
        advice_buttons.addStretch(1)
        advice_buttons.addWidget(player.easier_button)
        advice_buttons.addWidget(player.next_button)
        advice_layout = QVBoxLayout(player.advice_box)
        advice_layout.addWidget(player.advice_text)
        advice_layout.addLayout(advice_buttons)
        player.advice_box.hide()
        player._easier_ids = ()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(player.response_title)
        layout.addWidget(player.choices_box)
        layout.addWidget(player.advice_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))


class FinishPage(QWidget):
    """The end of the session: what was done and the pain after.

    Its widgets are the player's (player.step_label...), which updates them as time runs.
    """

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        player.finish_title = heading("")
        player.finish_text = QLabel()
        player.finish_text.setWordWrap(True)
        player.finish_text.setTextFormat(Qt.TextFormat.RichText)
        player.finish_text.setFont(scaled_font(player.finish_text, 1.1, bold=False))
        player.back_after = pain_box(translate("SessionPlayer", "Back pain now, 0 to 10"))
        player.leg_after = pain_box(translate("SessionPlayer", "Leg pain now, 0 to 10"))
        pain = QGridLayout()
        back_label = QLabel(translate("SessionPlayer", "&Back pain now (0–10):"))
        back_label.setBuddy(player.back_after)
        leg_label = QLabel(translate("SessionPlayer", "&Leg pain now (0–10):"))
        leg_label.setBuddy(player.leg_after)
        pain.addWidget(back_label, 0, 0)
        pain.addWidget(player.back_after, 0, 1)
        pain.addWidget(leg_label, 1, 0)
        pain.addWidget(player.leg_after, 1, 1)
        pain.setColumnStretch(2, 1)
        player.save_button = QPushButton(translate("SessionPlayer", "&Save and close"))
        player.save_button.setAccessibleName(translate("SessionPlayer", "Save and close"))
        player.save_button.setDefault(True)
        player.save_button.clicked.connect(player.save_and_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(player.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(player.finish_title)
        layout.addWidget(player.finish_text)
        layout.addLayout(pain)
        layout.addStretch(1)
        layout.addLayout(buttons)
