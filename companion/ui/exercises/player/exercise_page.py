"""The session player's exercise page: one exercise as it runs, with the figure, the step, the
countdown and the controls."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.exercise import Exercise
from companion.domain.session import Moment, PlannedExercise
from companion.domain.vocabulary import Side
from companion.ui.exercises.exercise_words import dose_text
from companion.ui.exercises.player.words import (
    countdown_text,
    counters_text,
    frame_phase,
    step_label,
)
from companion.ui.safety.safety_texts import exercise_safety_html
from companion.ui.style import heading, scaled_font, scrolling
from companion.ui.widgets.figure_widget import FigureWidget

if TYPE_CHECKING:
    from companion.ui.exercises.player.session_player import SessionPlayer

translate = QCoreApplication.translate
FLASH_MS = 700  # how long the visual cue lights the step label


class ExercisePage(QWidget):
    """One exercise as it runs: what to do now, how long, which set and rep, and how."""

    def __init__(self, player: SessionPlayer) -> None:
        super().__init__()
        self.position_label = player.position_label = QLabel()
        self.title = player.exercise_title = heading("")
        self.figure = player.figure = FigureWidget()
        self.figure.setAccessibleName(translate("SessionPlayer", "Exercise figure"))
        self.figure.setMinimumSize(320, 240)
        self.steps_label = player.steps_label = self._text_beside()
        # Cautions, stop rules, the dose note and the programme's note, beside the steps.
        self.safety_label = player.safety_label = self._text_beside()
        self.safety_label.setObjectName("exerciseSafety")
        top = QHBoxLayout()
        top.addWidget(self.figure, 3)
        top.addLayout(self._build_status(player), 2)
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.steps_label, 1)
        texts_layout.addWidget(self.safety_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.position_label)
        layout.addWidget(self.title)
        layout.addLayout(top, 3)
        layout.addWidget(scrolling(texts), 1)
        layout.addLayout(self._build_controls(player))
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.flash(False))

    @staticmethod
    def _text_beside() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _build_status(self, player: SessionPlayer) -> QVBoxLayout:
        """The step, the large countdown, the counters and the dose, beside the figure."""
        self.step_label = player.step_label = QLabel()
        self.step_label.setObjectName("sessionStep")
        self.step_label.setFont(scaled_font(self.step_label, 2.0))
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label.setWordWrap(True)  # "Set 2 of 3 — hold" runs long in German
        self.step_label.setMargin(6)
        self.countdown = player.countdown = QLabel()
        self.countdown.setObjectName("sessionCountdown")
        self.countdown.setFont(scaled_font(self.countdown, 5.0))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(translate("SessionPlayer", "Seconds left"))
        self.counters = player.counters = QLabel()
        self.counters.setFont(scaled_font(self.counters, 1.4))
        self.counters.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counters.setWordWrap(True)
        self.dose_label = player.dose_label = QLabel()
        self.dose_label.setWordWrap(True)
        self.dose_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        status = QVBoxLayout()
        for label in (self.step_label, self.countdown, self.counters, self.dose_label):
            status.addWidget(label)
        status.addStretch(1)
        return status

    def _build_controls(self, player: SessionPlayer) -> QHBoxLayout:
        """Back, pause, skip, sound and end, each with its key in the tooltip."""
        player.back_button = QPushButton(translate("SessionPlayer", "◀ &Back"))
        player.back_button.setAccessibleName(
            translate("SessionPlayer", "Back: restart this exercise")
        )
        player.back_button.setToolTip(
            translate("SessionPlayer", "Restart this exercise, or go to the one before (Left)")
        )
        player.back_button.clicked.connect(player.back)
        self.pause_button = player.pause_button = QPushButton(translate("SessionPlayer", "&Pause"))
        self.pause_button.setAccessibleName(translate("SessionPlayer", "Pause or resume"))
        self.pause_button.setToolTip(translate("SessionPlayer", "Pause or resume (Space)"))
        self.pause_button.clicked.connect(player.toggle_pause)
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
        self.mute_button = player.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(player.cues.muted)
        self.mute_button.setAccessibleName(translate("SessionPlayer", "Mute sound cues"))
        self.mute_button.setToolTip(translate("SessionPlayer", "Sound cues on or off (M)"))
        if mode := str(getattr(player.cues, "mode_text", "")):
            self.mute_button.setAccessibleDescription(mode)
            self.mute_button.setToolTip(
                translate("SessionPlayer", "Sound cues on or off (M). {mode}").format(mode=mode)
            )
        self.mute_button.toggled.connect(player.set_muted)
        self.label_mute(player.cues.muted)
        controls = QHBoxLayout()
        for button in (player.back_button, self.pause_button, player.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.mute_button)
        controls.addWidget(player.end_button)
        return controls

    def label_mute(self, muted: bool) -> None:
        self.mute_button.setText(
            translate("SessionPlayer", "Sound &off")
            if muted
            else translate("SessionPlayer", "Sound &on")
        )

    def show_exercise(
        self,
        name: str,
        exercise: PlannedExercise,
        info: Exercise | None,
        moment: Moment,
        programme_note: str,
    ) -> None:
        """A new exercise (or its other side) begins: its name, dose, figure and steps."""
        self.position_label.setText(
            translate("SessionPlayer", "Exercise {n} of {total}").format(
                n=moment.exercise_index + 1, total=moment.exercise_count
            )
        )
        self.title.setText(name)
        self.title.setAccessibleName(name)
        # dose_text ends with how often a day, which means nothing inside one session.
        self.dose_label.setText(dose_text(exercise.dose).rsplit(", ", 1)[0])
        if info is not None:
            self.figure.set_figure(info.figure, mirrored=moment.side is Side.RIGHT)
            steps = "".join(f"<li>{html.escape(s)}</li>" for s in info.steps)
            self.steps_label.setText(f"<ol>{steps}</ol>")
        else:
            self.figure.set_figure(None)
            self.steps_label.setText("")
        self.safety_label.setText(exercise_safety_html(info, programme_note, exercise.dose.note))

    def show_moment(self, moment: Moment, info: Exercise | None) -> None:
        """The step, the figure's pose, the countdown and the counters at this moment."""
        phase = moment.phase
        label = step_label(moment.step)
        if moment.hold_phase is not None:
            # A hold in stages shows each stage's own words and figure frame.
            label = moment.hold_phase.name
            framed = frame_phase(info.figure, moment.hold_phase.frame) if info else None
            phase = phase if framed is None else framed
        self.figure.set_phase(phase)
        if moment.paused:
            label = translate("SessionPlayer", "Paused")
        self.step_label.setText(label)
        self.countdown.setText(countdown_text(moment))
        self.counters.setText(counters_text(moment))
        self.pause_button.setText(
            translate("SessionPlayer", "&Resume")
            if moment.paused
            else translate("SessionPlayer", "&Pause")
        )

    def flash(self, on: bool) -> None:
        """The visual cue: the step lights up for a moment, whether or not sound is on."""
        self.step_label.setStyleSheet(
            "QLabel#sessionStep { background: palette(highlight); "
            "color: palette(highlighted-text); border-radius: 6px; }"
            if on
            else ""
        )
        if on:
            self._flash_timer.start()
