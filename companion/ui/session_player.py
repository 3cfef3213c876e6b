"""The session player: guides a whole exercise session with the figure, timers and sound cues.

The timing is companion.domain.session.SessionTimeline; this window only shows it, turns its
cues into speech or tones, and stores every step through companion.services.sessions as it
happens. Before the first exercise the red-flag rule applies: no session after an emergency
screening, and the safety questions first when they are due.
"""

from __future__ import annotations

import html
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.figure import Figure, FigureMotion
from companion.domain.red_flags import ScreeningOccasion, ScreeningReason
from companion.domain.session import (
    Cue,
    ExerciseProgress,
    Moment,
    PlannedExercise,
    SessionTimeline,
    Step,
    TickResult,
    summarise,
)
from companion.domain.vocabulary import ExerciseResponse, Side, TriageLevel
from companion.paths import resource
from companion.services import sessions
from companion.services.progression import progress_after_session
from companion.services.screening import exercise_blocked
from companion.services.sessions import ExerciseDone, SessionItem, SessionPlan
from companion.system.sound import TonePlayer, Voice, detect_tone_player, detect_voice
from companion.ui.context import AppContext
from companion.ui.exercises_view import dose_text
from companion.ui.figure_widget import FigureWidget
from companion.ui.programme_view import adjustment_text
from companion.ui.response_card import ResponseCard
from companion.ui.safety import ask_safety_questions, screen_if_due
from companion.ui.safety_texts import exercise_safety_html, left_out_text, same_day_plan_text
from companion.ui.screening_dialog import ScreeningDialog, exercise_locked_text, red_flag_text
from companion.ui.style import SUBHEADING_SCALE, heading, scaled_font, scrolling
from companion.ui.ui_state import Key
from companion.ui.window_placement import place_window

translate = QCoreApplication.translate

TICK_MS = 50  # 20 updates a second: smooth enough for the figure, cheap enough to idle
FLASH_MS = 700  # how long the visual cue lights the step label
PLAYER_MUTED = Key("player/muted", False)
_TRAFFIC_LIGHT = {
    ExerciseResponse.BETTER_OR_SAME: QColor(30, 140, 70),
    ExerciseResponse.WORSE_BUT_SETTLING: QColor(230, 140, 0),
    ExerciseResponse.WORSE: QColor(204, 0, 0),
    ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS: QColor(204, 0, 0),
}
_NOT_GIVEN = -1  # the pain boxes' "not said" value

Clock = Callable[[], float]
WallClock = Callable[[], datetime]


# --- Sound -----------------------------------------------------------------------------------


class CueSink(Protocol):
    """Where the player's cues go: speakers in the app, a list in tests."""

    muted: bool

    def cue(self, cue: Cue, words: str) -> None:
        """Announce one cue; `words` is what a voice would say."""


class SoundCues(QObject):
    """Spoken cues where the computer can speak, tones otherwise, else a beep.

    Best first: QtTextToSpeech, the operating system's own voice (SAPI, say, spd-say or
    espeak-ng), QtMultimedia's sound effects, the system's WAV player (winsound, afplay,
    pw-play, paplay or aplay), and last QApplication.beep(). QtTextToSpeech and QtMultimedia
    come with PySide6-Addons, which the app does not ship; where they are installed they are
    imported only here and only when asked for.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        speech: bool = True,
        addons: bool = True,
        search_path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.muted = False
        self._addons = addons
        self._speech: Any = self._make_speech() if speech and addons else None
        self._voice: Voice | None = detect_voice(search_path=search_path).found if speech else None
        self._tones: dict[Cue, Any] | None = None  # made when first needed
        self._tone_player: TonePlayer | None = detect_tone_player(search_path=search_path).found

    @property
    def kind(self) -> str:
        """'speech', 'tones' or 'beep': what this computer can do."""
        if self._speaking() or self._voice_working():
            return "speech"
        return "tones" if self._tone_effects() or self._tone_player_working() else "beep"

    @property
    def mode_text(self) -> str:
        """What the person hears, in plain words for the player and Settings."""
        return sound_mode_text(self.kind)

    def cue(self, cue: Cue, words: str) -> None:
        """Say the words, or play the cue's tone, unless muted."""
        if self.muted:
            return
        if self._speaking():
            self._speech.stop()
            self._speech.say(words)
            return
        if self._voice is not None and self._voice_working():
            self._voice.speak(words)
            return
        tones = self._tone_effects()
        if cue in tones:
            tones[cue].play()
            return
        wav = resource("sounds", f"{cue.value}.wav")
        if self._tone_player is not None and self._tone_player_working() and wav.exists():
            self._tone_player.play(wav)
        else:
            QApplication.beep()

    def stop(self) -> None:
        """Cut off a cue that is still playing (the player closed)."""
        for player in (self._voice, self._tone_player):
            if player is not None:
                player.stop()

    def _voice_working(self) -> bool:
        # The voice program ran and failed (no sound device, service gone): tones take over.
        return self._voice is not None and not self._voice.failed

    def _tone_player_working(self) -> bool:
        return self._tone_player is not None and not self._tone_player.failed

    def _speaking(self) -> bool:
        # An engine can fail after it loaded (the speech service stopped): the next way takes over.
        if self._speech is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._speech.state() != QTextToSpeech.State.Error)

    def _tone_effects(self) -> dict[Cue, Any]:
        if self._tones is None:
            self._tones = self._make_tones() if self._addons else {}
        return self._tones

    def _make_speech(self) -> Any:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        if not engines:
            return None
        speech = QTextToSpeech(engines[0], self)
        if speech.state() is QTextToSpeech.State.Error:
            speech.deleteLater()
            return None
        return speech

    def _make_tones(self) -> dict[Cue, Any]:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return {}
        if not QMediaDevices.audioOutputs():
            return {}
        tones: dict[Cue, Any] = {}
        for cue in Cue:
            path = resource("sounds", f"{cue.value}.wav")
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                tones[cue] = effect
        return tones


def sound_mode_text(kind: str) -> str:
    """'Spoken cues', or what the person hears instead, in words for a patient."""
    if kind == "speech":
        return translate("SessionPlayer", "Spoken cues")
    if kind == "tones":
        return translate("SessionPlayer", "Tones (spoken cues are not available on this computer)")
    return translate("SessionPlayer", "Beeps only (spoken cues are not available on this computer)")


def sound_mode_details(kind: str, platform: str | None = None) -> str:
    """For whoever looks after the computer: what to install for spoken cues ("" if nothing)."""
    system = platform or sys.platform
    if kind == "speech" or system in ("win32", "darwin"):  # they always have a voice
        return ""
    return translate(
        "SessionPlayer",
        "Details: installing the espeak-ng or speech-dispatcher package gives spoken cues.",
    )


def sound_cues_mode() -> tuple[str, str]:
    """How the session player's cues sound on this computer, and the details (for Settings)."""
    sound = SoundCues()
    try:
        return sound.mode_text, sound_mode_details(sound.kind)
    finally:
        sound.deleteLater()


# --- Words -----------------------------------------------------------------------------------


def step_label(step: Step) -> str:
    """What the person is asked to do, in a word or two."""
    labels = {
        Step.NOT_STARTED: translate("SessionPlayer", "Ready when you are"),
        Step.GET_READY: translate("SessionPlayer", "Get into position"),
        Step.MOVE: translate("SessionPlayer", "Move slowly"),
        Step.HOLD: translate("SessionPlayer", "Hold"),
        Step.RETURN: translate("SessionPlayer", "Slowly back"),
        Step.ACTIVE: translate("SessionPlayer", "Keep going"),
        Step.REST: translate("SessionPlayer", "Rest"),
        Step.SWITCH: translate("SessionPlayer", "Change to the other side"),
        Step.RESPONSE: translate("SessionPlayer", "Done"),
        Step.FINISHED: translate("SessionPlayer", "Session over"),
    }
    return labels[step]


def cue_words(cue: Cue, exercise_name: str = "") -> str:
    """What a voice says for a cue (the exercise's name comes with its first start)."""
    words = {
        Cue.START: translate("SessionPlayer", "Start."),
        Cue.RELAX: translate("SessionPlayer", "And relax."),
        Cue.REST: translate("SessionPlayer", "Rest."),
        Cue.SWITCH: translate("SessionPlayer", "Change to the other side."),
        Cue.DONE: translate("SessionPlayer", "Done. How do your legs feel?"),
    }[cue]
    return f"{exercise_name}. {words}" if exercise_name else words


def side_label(side: Side | None) -> str:
    """Which side is working."""
    if side is Side.LEFT:
        return translate("SessionPlayer", "left side")
    if side is Side.RIGHT:
        return translate("SessionPlayer", "right side")
    return ""


def counters_text(moment: Moment) -> str:
    """Set, repetition and side, e.g. 'Set 1 of 2 · Rep 3 of 10 · left side'."""
    parts: list[str] = []
    if moment.set_count > 1:
        parts.append(
            translate("SessionPlayer", "Set {n} of {total}").format(
                n=moment.set_number, total=moment.set_count
            )
        )
    if moment.rep_count > 1 and moment.rep_number:
        parts.append(
            translate("SessionPlayer", "Rep {n} of {total}").format(
                n=moment.rep_number, total=moment.rep_count
            )
        )
    if moment.hold_phase_count > 1:
        parts.append(
            translate("SessionPlayer", "Part {n} of {total}").format(
                n=moment.hold_phase_number, total=moment.hold_phase_count
            )
        )
    if moment.side is not None:
        parts.append(side_label(moment.side))
    return " · ".join(parts)


def frame_phase(figure: Figure, frame: str) -> float | None:
    """The figure phase that shows the keyframe named `frame` (None if it has none).

    rep_pose runs the keyframes first to last as the phase goes 0 -> 0.5.
    """
    names = [k.name for k in figure.keyframes]
    if frame not in names or len(names) < 2:
        return None
    return 0.5 * names.index(frame) / (len(names) - 1)


def countdown_text(moment: Moment) -> str:
    """The large countdown: seconds, or minutes and seconds for a walk; blank while moving."""
    if moment.step in (Step.MOVE, Step.RETURN, Step.RESPONSE, Step.FINISHED, Step.NOT_STARTED):
        return ""
    seconds = moment.countdown
    if seconds >= 60:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return str(seconds)


# --- The window ------------------------------------------------------------------------------


def _pain_box(accessible: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(_NOT_GIVEN, 10)
    box.setValue(_NOT_GIVEN)
    box.setSpecialValueText(translate("SessionPlayer", "not said"))
    box.setAccessibleName(accessible)
    return box


def _pain(box: QSpinBox) -> int | None:
    return None if box.value() == _NOT_GIVEN else box.value()


class SessionPlayer(QWidget):
    """A window that guides one session: before, each exercise, the answer after, the end."""

    PAGE_GATE, PAGE_INTRO, PAGE_EXERCISE, PAGE_RESPONSE, PAGE_FINISH = range(5)

    def __init__(
        self,
        context: AppContext,
        plan: SessionPlan,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        now: WallClock | None = None,
        cues: CueSink | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("sessionPlayer")
        self._context = context
        self._library = context.library
        self._plan = plan
        # Local and aware: "today" (worse answers, same-day findings) is the user's local day.
        self._now = now or (lambda: datetime.now().astimezone())
        self.cues: CueSink = cues if cues is not None else SoundCues(self)
        self.cues.muted = context.ui_state.get(PLAYER_MUTED)
        self.timeline = SessionTimeline(
            [self._planned(item) for item in plan.items], clock or time.monotonic
        )
        self.session_id: int | None = None
        self._positions: list[int] = []  # stored position of each exercise of the timeline
        self._stored: dict[int, ExerciseDone] = {}
        self._shown_exercise: tuple[int, Side | None] | None = None
        self._screening: ScreeningDialog | None = None
        self._ended_for_safety = False  # "new numbness or weakness" ended the session
        self._save_failed = False
        self.end_question: QMessageBox | None = None

        self.setWindowTitle(self.tr("Exercise session"))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 38)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_gate_page())
        self.pages.addWidget(self._build_intro_page())
        self.pages.addWidget(self._build_exercise_page())
        self.pages.addWidget(self._build_response_page())
        self.pages.addWidget(self._build_finish_page())
        self.save_problem = QLabel()
        self.save_problem.setWordWrap(True)
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.save_problem)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self._flash(False))
        self._make_shortcuts()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)
        self._show_page(self.PAGE_INTRO)

    def _planned(self, item: SessionItem) -> PlannedExercise:
        info = self._plan.exercise(item.exercise_id, self._library)
        looping = info is not None and info.figure.motion is FigureMotion.LOOP
        return PlannedExercise(item.exercise_id, item.dose, looping)

    def _name(self, exercise_id: str) -> str:
        info = self._plan.exercise(exercise_id, self._library)
        return info.name if info is not None else exercise_id

    # --- Pages ---------------------------------------------------------------------------

    def _build_gate_page(self) -> QWidget:
        page = QWidget()
        self.gate_title = heading(self.tr("Safety questions first"))
        self.gate_text = QLabel()
        self.gate_text.setWordWrap(True)
        self.gate_text.setFont(scaled_font(self.gate_text, 1.1, bold=False))
        self.gate_ask_button = QPushButton(self.tr("&Answer the safety questions"))
        self.gate_ask_button.setAccessibleName(self.tr("Answer the safety questions"))
        self.gate_ask_button.clicked.connect(self._ask_again)
        self.gate_close_button = QPushButton(self.tr("&Close"))
        self.gate_close_button.setAccessibleName(self.tr("Close"))
        self.gate_close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.gate_close_button)
        buttons.addWidget(self.gate_ask_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.gate_title)
        layout.addWidget(self.gate_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_intro_page(self) -> QWidget:
        page = QWidget()
        title = self._plan.title or self.tr("Today's exercises")
        names = "".join(
            f"<li><b>{html.escape(self._name(item.exercise_id))}</b> — "
            f"{html.escape(dose_text(item.dose))}"
            + (f"<br><i>{html.escape(item.note)}</i>" if item.note.strip() else "")
            + "</li>"
            for item in self._plan.items
        )
        listing = QLabel(f"<ol>{names}</ol>{self._left_out_html()}")
        listing.setTextFormat(Qt.TextFormat.RichText)
        listing.setWordWrap(True)
        rules = QLabel(
            "<ul>"
            + "".join(
                f"<li>{html.escape(rule)}</li>"
                for rule in (
                    self.tr("Move slowly and keep breathing; do not hold your breath."),
                    self.tr(
                        "A little extra back ache while leg pain eases or moves up towards "
                        "your back is usually fine."
                    ),
                    self.tr(
                        "Stop an exercise if pain, tingling or numbness spreads further down "
                        "your leg, or you feel new numbness or weakness."
                    ),
                    self.tr(
                        "Keys: Space pauses, Left goes back, Right skips, Esc ends the session."
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
        rules_layout.addWidget(heading(self.tr("Before you start"), SUBHEADING_SCALE))
        rules_layout.addWidget(rules)
        # A sink made for tests has no mode to tell; the speakers' own does.
        mode = str(getattr(self.cues, "mode_text", ""))
        self.sound_mode = QLabel(self.tr("Sound cues: {mode}").format(mode=mode))
        self.sound_mode.setObjectName("soundMode")
        self.sound_mode.setWordWrap(True)
        self.sound_mode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sound_mode.setVisible(bool(mode))
        rules_layout.addWidget(self.sound_mode)

        self.back_before = _pain_box(self.tr("Back pain now, 0 to 10"))
        self.leg_before = _pain_box(self.tr("Leg pain now, 0 to 10"))
        pain = QGridLayout()
        back_label = QLabel(self.tr("&Back pain now (0–10):"))
        back_label.setBuddy(self.back_before)
        leg_label = QLabel(self.tr("&Leg pain now (0–10):"))
        leg_label.setBuddy(self.leg_before)
        pain.addWidget(back_label, 0, 0)
        pain.addWidget(self.back_before, 0, 1)
        pain.addWidget(leg_label, 1, 0)
        pain.addWidget(self.leg_before, 1, 1)
        pain.setColumnStretch(2, 1)

        self.intro_note = QLabel()
        self.intro_note.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start the session"))
        self.start_button.setAccessibleName(self.tr("Start the session"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.begin)
        cancel = QPushButton(self.tr("&Not now"))
        cancel.setAccessibleName(self.tr("Not now"))
        cancel.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.intro_note, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(title))
        layout.addWidget(listing)
        layout.addWidget(rules_box)
        layout.addLayout(pain)
        layout.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content), 1)
        outer.addLayout(buttons)
        return page

    def _left_out_html(self) -> str:
        """The exercises that wait today, each with why, and what a same-day finding means."""
        text = ""
        if self._plan.same_day_open:
            text += f"<p><b>{html.escape(same_day_plan_text())}</b></p>"
        if self._plan.left_out:
            items = "".join(
                f"<li>{html.escape(self._name(item.exercise_id))}: "
                f"{html.escape(left_out_text(why))}</li>"
                for item, why in self._plan.left_out
            )
            heading_text = self.tr("Not in this session:")
            text += f"<p>{html.escape(heading_text)}</p><ul>{items}</ul>"
        return text

    def _build_exercise_page(self) -> QWidget:
        page = QWidget()
        self.position_label = QLabel()
        self.exercise_title = heading("")
        self.figure = FigureWidget()
        self.figure.setAccessibleName(self.tr("Exercise figure"))
        self.figure.setMinimumSize(320, 240)

        self.step_label = QLabel()
        self.step_label.setObjectName("sessionStep")
        self.step_label.setFont(scaled_font(self.step_label, 2.0))
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label.setWordWrap(True)  # "Set 2 of 3 — hold" runs long in German
        self.step_label.setMargin(6)
        self.countdown = QLabel()
        self.countdown.setObjectName("sessionCountdown")
        self.countdown.setFont(scaled_font(self.countdown, 5.0))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Seconds left"))
        self.counters = QLabel()
        self.counters.setFont(scaled_font(self.counters, 1.4))
        self.counters.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counters.setWordWrap(True)
        self.dose_label = QLabel()
        self.dose_label.setWordWrap(True)
        self.dose_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.steps_label = QLabel()
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Cautions, stop rules, the dose note and the programme's note, beside the steps.
        self.safety_label = QLabel()
        self.safety_label.setObjectName("exerciseSafety")
        self.safety_label.setWordWrap(True)
        self.safety_label.setTextFormat(Qt.TextFormat.RichText)
        self.safety_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        status = QVBoxLayout()
        status.addWidget(self.step_label)
        status.addWidget(self.countdown)
        status.addWidget(self.counters)
        status.addWidget(self.dose_label)
        status.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.figure, 3)
        top.addLayout(status, 2)

        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setAccessibleName(self.tr("Back: restart this exercise"))
        self.back_button.setToolTip(
            self.tr("Restart this exercise, or go to the one before (Left)")
        )
        self.back_button.clicked.connect(self.back)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = QPushButton(self.tr("S&kip ▶"))
        self.skip_button.setAccessibleName(self.tr("Skip this exercise"))
        self.skip_button.setToolTip(self.tr("Stop this exercise and go on (Right)"))
        self.skip_button.clicked.connect(self.skip)
        self.end_button = QPushButton(self.tr("&End session"))
        self.end_button.setAccessibleName(self.tr("End the session early"))
        self.end_button.setToolTip(self.tr("End the session now; what you did is kept (Esc)"))
        self.end_button.clicked.connect(self.end_early)
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(self.cues.muted)
        self.mute_button.setAccessibleName(self.tr("Mute sound cues"))
        self.mute_button.setToolTip(self.tr("Sound cues on or off (M)"))
        if mode := str(getattr(self.cues, "mode_text", "")):
            self.mute_button.setAccessibleDescription(mode)
            self.mute_button.setToolTip(
                self.tr("Sound cues on or off (M). {mode}").format(mode=mode)
            )
        self.mute_button.toggled.connect(self.set_muted)
        self._label_mute(self.cues.muted)
        controls = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.end_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.position_label)
        layout.addWidget(self.exercise_title)
        layout.addLayout(top, 3)
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.steps_label, 1)
        texts_layout.addWidget(self.safety_label, 1)
        layout.addWidget(scrolling(texts), 1)
        layout.addLayout(controls)
        return page

    def _build_response_page(self) -> QWidget:
        page = QWidget()
        self.response_title = heading("")
        self.response_title.setWordWrap(True)
        self.response_buttons: dict[ExerciseResponse, QPushButton] = {}
        choices = (
            (
                ExerciseResponse.BETTER_OR_SAME,
                self.tr("&1  Better or the same"),
                self.tr("Leg symptoms stayed the same or moved up towards your back."),
            ),
            (
                ExerciseResponse.WORSE_BUT_SETTLING,
                self.tr("&2  A little worse, but settling"),
                self.tr("Some discomfort that is easing off."),
            ),
            (
                ExerciseResponse.WORSE,
                self.tr("&3  Spread further down my leg"),
                self.tr("Stop this exercise for today; an easier version may suit you."),
            ),
            (
                ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS,
                self.tr("&4  New numbness or weakness"),
                self.tr("The session ends and the safety questions open."),
            ),
        )
        self.choices_box = QWidget()
        choices_layout = QVBoxLayout(self.choices_box)
        for response, text, detail in choices:
            button = ResponseCard(f"{text}\n{detail}", _TRAFFIC_LIGHT[response])
            button.setObjectName(f"response_{response.value}")
            button.setAccessibleName(text.replace("&", "").split("  ", 1)[-1])
            button.setAccessibleDescription(detail)
            button.setFont(scaled_font(button, 1.15, bold=False))
            button.setMinimumHeight(self.fontMetrics().height() * 4)
            button.clicked.connect(lambda _=False, r=response: self.respond(r))
            choices_layout.addWidget(button)
            self.response_buttons[response] = button

        self.advice_box = QFrame()
        self.advice_box.setObjectName("worseAdvice")
        self.advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setTextFormat(Qt.TextFormat.RichText)
        self.advice_text.setFont(scaled_font(self.advice_text, 1.05, bold=False))
        self.easier_button = QPushButton()
        self.easier_button.clicked.connect(self._try_easier)
        self.next_button = QPushButton(self.tr("&Go on to the next exercise"))
        self.next_button.setAccessibleName(self.tr("Go on to the next exercise"))
        self.next_button.clicked.connect(self._go_on_after_worse)
        self.end_after_worse_button = QPushButton(self.tr("&End the session"))
        self.end_after_worse_button.setAccessibleName(self.tr("End the session"))
        self.end_after_worse_button.clicked.connect(self._end_after_worse)
        advice_buttons = QHBoxLayout()
        advice_buttons.addWidget(self.end_after_worse_button)
        advice_buttons.addStretch(1)
        advice_buttons.addWidget(self.easier_button)
        advice_buttons.addWidget(self.next_button)
        advice_layout = QVBoxLayout(self.advice_box)
        advice_layout.addWidget(self.advice_text)
        advice_layout.addLayout(advice_buttons)
        self.advice_box.hide()
        self._easier_ids: tuple[str, ...] = ()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.response_title)
        layout.addWidget(self.choices_box)
        layout.addWidget(self.advice_box)
        layout.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        return page

    def _build_finish_page(self) -> QWidget:
        page = QWidget()
        self.finish_title = heading("")
        self.finish_text = QLabel()
        self.finish_text.setWordWrap(True)
        self.finish_text.setTextFormat(Qt.TextFormat.RichText)
        self.finish_text.setFont(scaled_font(self.finish_text, 1.1, bold=False))
        self.back_after = _pain_box(self.tr("Back pain now, 0 to 10"))
        self.leg_after = _pain_box(self.tr("Leg pain now, 0 to 10"))
        pain = QGridLayout()
        back_label = QLabel(self.tr("&Back pain now (0–10):"))
        back_label.setBuddy(self.back_after)
        leg_label = QLabel(self.tr("&Leg pain now (0–10):"))
        leg_label.setBuddy(self.leg_after)
        pain.addWidget(back_label, 0, 0)
        pain.addWidget(self.back_after, 0, 1)
        pain.addWidget(leg_label, 1, 0)
        pain.addWidget(self.leg_after, 1, 1)
        pain.setColumnStretch(2, 1)
        self.save_button = QPushButton(self.tr("&Save and close"))
        self.save_button.setAccessibleName(self.tr("Save and close"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_and_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.finish_title)
        layout.addWidget(self.finish_text)
        layout.addLayout(pain)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _make_shortcuts(self) -> None:
        def shortcut(key: Qt.Key, slot: Callable[[], object]) -> QShortcut:
            made = QShortcut(QKeySequence(key), self)
            made.setContext(Qt.ShortcutContext.WindowShortcut)
            made.activated.connect(slot)
            return made

        self._playing_keys = [
            shortcut(Qt.Key.Key_Space, self.toggle_pause),
            shortcut(Qt.Key.Key_Left, self.back),
            shortcut(Qt.Key.Key_Right, self.skip),
            shortcut(Qt.Key.Key_M, self.mute_button.toggle),
        ]
        self._response_keys = [
            shortcut(Qt.Key.Key_1, lambda: self.respond(ExerciseResponse.BETTER_OR_SAME)),
            shortcut(Qt.Key.Key_2, lambda: self.respond(ExerciseResponse.WORSE_BUT_SETTLING)),
            shortcut(Qt.Key.Key_3, lambda: self.respond(ExerciseResponse.WORSE)),
            shortcut(Qt.Key.Key_4, lambda: self.respond(ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS)),
        ]
        shortcut(Qt.Key.Key_Escape, self._escape)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        for key in self._playing_keys:
            key.setEnabled(page == self.PAGE_EXERCISE)
        answering = page == self.PAGE_RESPONSE and not self.advice_box.isVisible()
        for key in self._response_keys:
            key.setEnabled(answering)
        focus = {
            self.PAGE_GATE: self.gate_ask_button,
            self.PAGE_INTRO: self.start_button,
            self.PAGE_EXERCISE: self.pause_button,
            self.PAGE_RESPONSE: self.response_buttons[ExerciseResponse.BETTER_OR_SAME],
            self.PAGE_FINISH: self.save_button,
        }[page]
        if focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- The red-flag rule -----------------------------------------------------------------

    def check_safety(self, now: datetime | None = None) -> None:
        """Ask the safety questions first if they are due; the start waits for the answers."""
        dialog = screen_if_due(
            self._context, ScreeningOccasion.SESSION_START, self, now=now or self._now()
        )
        if dialog is None:
            return
        self._wait_for(dialog)

    def _wait_for(self, dialog: ScreeningDialog) -> None:
        self._screening = dialog
        self.start_button.setEnabled(False)
        self.intro_note.setText(self.tr("Please answer the safety questions first."))
        dialog.finished.connect(lambda _result: self._after_screening(dialog))

    def _after_screening(self, dialog: ScreeningDialog) -> None:
        self._screening = None
        if dialog.level is None:
            self.gate_title.setText(self.tr("Safety questions first"))
            self.gate_text.setText(
                self.tr(
                    "The session starts once the safety questions are answered: they check "
                    "for the rare problems that need a doctor rather than exercise. Nothing "
                    "has been recorded."
                )
            )
            self.gate_ask_button.show()
            self._show_page(self.PAGE_GATE)
        elif dialog.level is TriageLevel.EMERGENCY:
            self.lock()
        else:
            self.start_button.setEnabled(True)
            self.intro_note.setText("")
            self._show_page(self.PAGE_INTRO)

    def _ask_again(self) -> None:
        self._show_page(self.PAGE_INTRO)
        self._wait_for(ask_safety_questions(self._context, parent=self))

    def lock(self) -> None:
        """Refuse to start: exercise is locked after an emergency answer."""
        self.gate_title.setText(self.tr("Exercises are locked"))
        self.gate_text.setText(exercise_locked_text())
        self.gate_ask_button.hide()
        self.start_button.setEnabled(False)
        self._show_page(self.PAGE_GATE)
        self.gate_close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Playing ---------------------------------------------------------------------------

    def begin(self) -> None:
        """Store the new session and start the first exercise."""
        if self.session_id is not None or not self.start_button.isEnabled():
            return
        if exercise_blocked(self._context.store, self._now()):
            self.lock()
            return
        try:
            record, changes = sessions.start_session(
                self._context.store,
                self._plan,
                self._now(),
                _pain(self.back_before),
                _pain(self.leg_before),
            )
        except Exception as error:
            QMessageBox.warning(
                self,
                self.tr("Exercise session"),
                self.tr(
                    "The session could not be started ({error}). Nothing was changed. "
                    "Please try again; if it keeps happening, restart the app."
                ).format(error=error),
            )
            return
        self.session_id = record.id
        self._positions = [e.position for e in record.exercises]
        self._context.publish(changes)
        self._show_page(self.PAGE_EXERCISE)
        self._apply(self.timeline.start())
        self._timer.start()

    def tick(self) -> None:
        """Move the timeline on to now and show it (the timer calls this)."""
        self._apply(self.timeline.tick())

    def toggle_pause(self) -> None:
        """Pause or resume."""
        if self.timeline.step in (Step.NOT_STARTED, Step.RESPONSE, Step.FINISHED):
            return
        self.timeline.toggle_pause()
        self._show_moment()

    def back(self) -> None:
        """Restart this exercise, or go to the one before."""
        self._apply(self.timeline.back())

    def skip(self) -> None:
        """Stop this exercise and go on (asking how it went if any of it was done)."""
        self._apply(self.timeline.skip())

    def end_early(self) -> None:
        """End the session now; what was done is kept."""
        if self.session_id is None or self.timeline.finished:
            return
        self.timeline.end_early()
        self._apply(TickResult())

    def set_muted(self, muted: bool) -> None:
        """Sound cues off or on (remembered)."""
        self.cues.muted = muted
        self._context.ui_state.set(PLAYER_MUTED, muted)
        self._label_mute(muted)
        if self.mute_button.isChecked() != muted:
            self.mute_button.setChecked(muted)

    def _label_mute(self, muted: bool) -> None:
        self.mute_button.setText(self.tr("Sound &off") if muted else self.tr("Sound &on"))

    def _escape(self) -> None:
        page = self.pages.currentIndex()
        if page in (self.PAGE_EXERCISE, self.PAGE_RESPONSE):
            self.ask_to_end()
        elif page == self.PAGE_FINISH:
            self.save_and_close()
        else:
            self.close()

    def ask_to_end(self) -> None:
        """Esc during a session: pause and ask before ending it (a stray key ends nothing)."""
        if self.end_question is not None:
            return
        was_paused = self.timeline.paused
        self.timeline.pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End the session?"),
            self.tr("End this session now? What you have done so far is kept."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("endSessionQuestion")
        end = box.addButton(self.tr("&End the session"), QMessageBox.ButtonRole.AcceptRole)
        carry_on = box.addButton(self.tr("&Carry on"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(carry_on)
        box.setEscapeButton(carry_on)
        self.end_question = box

        def answered() -> None:
            self.end_question = None
            if box.clickedButton() is end:
                self.end_early()
            elif not was_paused:
                self.timeline.resume()

        box.finished.connect(lambda _result: answered())
        box.open()

    def _apply(self, result: TickResult) -> None:
        exercise = self.timeline.current
        for cue in result.cues:
            moment = self.timeline.moment()
            first_start = cue is Cue.START and moment.rep_number <= 1
            name = self._name(exercise.exercise_id) if exercise and first_start else ""
            words = cue_words(cue, name)
            if cue is Cue.START and moment.hold_phase is not None:
                words = moment.hold_phase.name + "."  # the next stage of a hold, by name
            self.cues.cue(cue, words)
            self._flash(True)
        # Repetitions, cues and minutes of a walk are stored at once; seconds of a hold wait.
        self._save_progress(thorough=result.progressed or bool(result.cues))
        step = self.timeline.step
        if step is Step.FINISHED:
            self._timer.stop()
            self._finish()
        elif step is Step.RESPONSE:
            if self.pages.currentIndex() != self.PAGE_RESPONSE:
                self._ask_response()
        else:
            if self.pages.currentIndex() != self.PAGE_EXERCISE:
                self._show_page(self.PAGE_EXERCISE)
            if result.slept:
                self.save_problem.setText(
                    self.tr(
                        "Paused: the computer seemed to be asleep. Press Space or Pause to "
                        "carry on."
                    )
                )
                self.save_problem.show()
            self._show_moment()

    def _show_moment(self) -> None:
        moment = self.timeline.moment()
        exercise = self.timeline.current
        if exercise is None:
            return
        shown = (moment.exercise_index, moment.side)
        if shown != self._shown_exercise:
            self._show_exercise(exercise, moment)
            self._shown_exercise = shown
        phase = moment.phase
        label = step_label(moment.step)
        if moment.hold_phase is not None:
            # A hold in stages shows each stage's own words and figure frame.
            label = moment.hold_phase.name
            info = self._plan.exercise(exercise.exercise_id, self._library)
            framed = frame_phase(info.figure, moment.hold_phase.frame) if info else None
            phase = phase if framed is None else framed
        self.figure.set_phase(phase)
        if moment.paused:
            label = self.tr("Paused")
        self.step_label.setText(label)
        self.countdown.setText(countdown_text(moment))
        self.counters.setText(counters_text(moment))
        self.pause_button.setText(self.tr("&Resume") if moment.paused else self.tr("&Pause"))
        if not moment.paused and self.save_problem.isVisible() and not self._save_failed:
            self.save_problem.hide()

    def _show_exercise(self, exercise: PlannedExercise, moment: Moment) -> None:
        self.position_label.setText(
            self.tr("Exercise {n} of {total}").format(
                n=moment.exercise_index + 1, total=moment.exercise_count
            )
        )
        self.exercise_title.setText(self._name(exercise.exercise_id))
        self.exercise_title.setAccessibleName(self._name(exercise.exercise_id))
        # dose_text ends with how often a day, which means nothing inside one session.
        self.dose_label.setText(dose_text(exercise.dose).rsplit(", ", 1)[0])
        info = self._plan.exercise(exercise.exercise_id, self._library)
        if info is not None:
            self.figure.set_figure(info.figure, mirrored=moment.side is Side.RIGHT)
            steps = "".join(f"<li>{html.escape(s)}</li>" for s in info.steps)
            self.steps_label.setText(f"<ol>{steps}</ol>")
        else:
            self.figure.set_figure(None)
            self.steps_label.setText("")
        self.safety_label.setText(
            exercise_safety_html(info, self._note_of(exercise.exercise_id), exercise.dose.note)
        )

    def _note_of(self, exercise_id: str) -> str:
        return next((i.note for i in self._plan.items if i.exercise_id == exercise_id), "")

    def _flash(self, on: bool) -> None:
        # The visual cue: the step lights up for a moment, whether or not sound is on.
        self.step_label.setStyleSheet(
            "QLabel#sessionStep { background: palette(highlight); "
            "color: palette(highlighted-text); border-radius: 6px; }"
            if on
            else ""
        )
        if on:
            self._flash_timer.start()

    # --- Storing as we go ------------------------------------------------------------------

    def _done(self, exercise: PlannedExercise, progress: ExerciseProgress) -> ExerciseDone:
        return ExerciseDone(
            sets=progress.sets_done(exercise.dose),
            reps=progress.reps,
            hold_seconds=int(progress.hold_seconds),
            skipped=progress.skipped,
        )

    def _save_progress(self, thorough: bool = True) -> None:
        # Unless thorough, only counts are compared: a hold must not cost a commit a second.
        if self.session_id is None:
            return
        for index, (exercise, progress) in enumerate(
            zip(self.timeline.plan, self.timeline.progress, strict=True)
        ):
            done = self._done(exercise, progress)
            before = self._stored.get(index, ExerciseDone())
            if before == done or (
                not thorough and replace(before, hold_seconds=done.hold_seconds) == done
            ):
                continue
            try:
                sessions.record_progress(
                    self._context.store, self._session(), self._positions[index], done
                )
            except Exception as error:
                self._say_not_saved(error)
                return
            self._stored[index] = done

    def _session(self) -> int:
        assert self.session_id is not None
        return self.session_id

    def _store(self, action: Callable[[], object]) -> bool:
        """Run one storing action; on failure say so and let the session go on."""
        try:
            action()
        except Exception as error:
            self._say_not_saved(error)
            return False
        return True

    def _say_not_saved(self, error: Exception) -> None:
        self._save_failed = True
        self.save_problem.setText(
            self.tr(
                "Your progress could not be saved just now ({error}). The session goes on, "
                "and what was saved before is kept."
            ).format(error=error)
        )
        self.save_problem.show()

    # --- After each exercise ---------------------------------------------------------------

    def _ask_response(self) -> None:
        exercise = self.timeline.current
        name = self._name(exercise.exercise_id) if exercise else ""
        self.response_title.setText(
            self.tr("How are your leg symptoms after “{name}”?").format(name=name)
        )
        self.choices_box.show()
        self.advice_box.hide()
        self._show_page(self.PAGE_RESPONSE)

    def respond(self, response: ExerciseResponse) -> None:
        """Store the traffic-light answer; "worse" stops here with advice, else go on."""
        if self.timeline.step is not Step.RESPONSE or self.advice_box.isVisible():
            return
        index = self.timeline.exercise_index
        exercise = self.timeline.plan[index]
        advice: sessions.ResponseAdvice | None = None
        try:
            advice, changes = sessions.record_response(
                self._context.store,
                self._session(),
                self._positions[index],
                response,
                self._now(),
                library=self._library,
            )
            self._context.publish(changes)
        except Exception as error:
            self._say_not_saved(error)
        if response is ExerciseResponse.WORSE:
            easier = (advice.easier if advice else ()) or self._easier_of(exercise.exercise_id)
            self._show_worse_advice(exercise.exercise_id, easier, advice)
            return
        if response is ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS:
            self._end_for_safety_questions()
            return
        self._apply(self.timeline.respond(response))

    def _safety_end_text(self) -> str:
        return self.tr(
            "You noticed new numbness or weakness, so the session has ended. Please answer the "
            "safety questions, and get medical advice today."
        )

    def _end_for_safety_questions(self) -> None:
        # New numbness or weakness is a same-day matter (clinical.md §4.2): no more exercise
        # now; the session ends (kept as ended early) and the safety questions open at once.
        self._ended_for_safety = True
        self.timeline.respond(ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS)
        self.timeline.end_early()
        self._apply(TickResult())
        self._screening = ask_safety_questions(
            self._context, (ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS,), parent=self
        )

    def _easier_of(self, exercise_id: str) -> tuple[str, ...]:
        info = self._plan.exercise(exercise_id, self._library)
        if info is None:
            return ()
        return tuple(i for i in info.easier if i in self._library)

    def _show_worse_advice(
        self, exercise_id: str, easier: tuple[str, ...], advice: sessions.ResponseAdvice | None
    ) -> None:
        self._easier_ids = easier
        parts = [
            "<p><b>"
            + html.escape(self.tr("Stop “{name}” for today.").format(name=self._name(exercise_id)))
            + "</b> "
            + html.escape(
                self.tr(
                    "Rest in a comfortable position until your symptoms settle. It is noted "
                    "in your diary for your physiotherapist."
                )
            )
            + "</p>"
        ]
        if easier:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("An easier version you can try instead: {name}.").format(
                        name=self._name(easier[0])
                    )
                )
                + "</p>"
            )
        if advice is not None and advice.review is not None:
            parts.append(
                f"<p><b>{html.escape(red_flag_text(advice.review.title))}.</b> "
                + html.escape(
                    self.tr(
                        "Exercises have made your leg symptoms worse more than once lately. "
                        "Book a review with your GP or physiotherapist in the next week or two."
                    )
                )
                + "</p>"
            )
        self.advice_text.setText("".join(parts))
        if easier:
            text = self.tr("&Try {name}").format(name=self._name(easier[0]))
            self.easier_button.setText(text)
            self.easier_button.setAccessibleName(text.replace("&", ""))
            self.easier_button.show()
        else:
            self.easier_button.hide()
        self.response_title.setText(self.tr("Your leg symptoms got worse"))
        self.choices_box.hide()
        self.advice_box.show()
        for key in self._response_keys:
            key.setEnabled(False)
        (self.easier_button if easier else self.next_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _try_easier(self) -> None:
        if not self._easier_ids:
            return
        current = self.timeline.current
        easier_id = self._easier_ids[0]
        item = SessionItem(easier_id, self._library.get(easier_id).dose)
        try:
            position, changes = sessions.add_exercise(
                self._context.store,
                self._session(),
                item,
                instead_of=current.exercise_id if current else None,
            )
            self._context.publish(changes)
        except Exception as error:
            self._say_not_saved(error)
            self._go_on_after_worse()
            return
        at = self.timeline.exercise_index + 1
        self._positions.insert(at, position)
        self._stored = {(i + 1 if i >= at else i): d for i, d in self._stored.items()}
        self.advice_box.hide()
        self._apply(self.timeline.respond(ExerciseResponse.WORSE, instead=self._planned(item)))

    def _go_on_after_worse(self) -> None:
        self.advice_box.hide()
        self._apply(self.timeline.respond(ExerciseResponse.WORSE))

    def _end_after_worse(self) -> None:
        # The answer is stored already; record it in the timeline, then end what is left.
        self.advice_box.hide()
        self.timeline.respond(ExerciseResponse.WORSE)
        self.end_early()

    # --- The end -----------------------------------------------------------------------------

    def _finish(self) -> None:
        if self.pages.currentIndex() == self.PAGE_FINISH:
            return
        summary = summarise(self.timeline)
        ended_early = self.timeline.ended_early
        changed_doses: list[str] = []
        if self.session_id is not None:
            saved = self._store(
                lambda: self._context.publish(
                    sessions.finish_session(
                        self._context.store, self._session(), self._now(), ended_early=ended_early
                    )[1]
                )
            )
            if saved:
                changed_doses = self._progress_programme()
        self.finish_title.setText(
            self.tr("Session ended early") if ended_early else self.tr("Well done: session done")
        )
        lines = [
            self.tr("Done in full: {n}").format(n=summary.done),
            self.tr("Done in part: {n}").format(n=summary.partly_done),
            self.tr("Skipped: {n}").format(n=summary.skipped),
        ]
        text = "<br>".join(html.escape(line) for line in lines)
        text += "<p>" + html.escape(self.tr("Everything you did is saved.")) + "</p>"
        if self._ended_for_safety:
            text += "<p>" + html.escape(self._safety_end_text()) + "</p>"
        elif summary.worse:
            worse = len(summary.worse)
            said = (
                self.tr("One exercise made your leg symptoms worse.")
                if worse == 1
                else self.tr("%n exercises made your leg symptoms worse.", "", worse)
            )
            advice = self.tr(
                "If that happens again, or you notice weakness, book a review with your GP or "
                "physiotherapist."
            )
            text += "<p>" + html.escape(f"{said} {advice}") + "</p>"
        if changed_doses:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in changed_doses)
            text += "<p>" + html.escape(self.tr("Your programme for next time:")) + "</p>"
            text += f"<ul>{items}</ul>"
        self.finish_text.setText(text)
        self._show_page(self.PAGE_FINISH)
        if not ended_early:
            self.cues.cue(Cue.DONE, self.tr("Session complete. Well done."))

    def _progress_programme(self) -> list[str]:
        # The programme's progression rules read this session's answers (each session once).
        try:
            results, changes = progress_after_session(
                self._context.store, self._session(), self._now()
            )
        except Exception as error:
            self._say_not_saved(error)
            return []
        self._context.publish(changes)
        return [
            adjustment_text(
                self._name(result.exercise_id),
                result.outcome.reason,
                result.outcome.change.before,
                result.outcome.change.after,
                result.outcome.change.field,
            )
            for result in results
            if result.outcome.change is not None
        ]

    def save_and_close(self) -> None:
        """Store the pain afterwards (if given) and close."""
        if self.session_id is not None:
            stored = self._store(
                lambda: self._context.publish(
                    sessions.finish_session(
                        self._context.store,
                        self._session(),
                        self._now(),
                        ended_early=self.timeline.ended_early,
                        back_pain_after=_pain(self.back_after),
                        leg_pain_after=_pain(self.leg_after),
                    )[1]
                )
            )
            if not stored:
                return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_id is not None and not self.timeline.finished:
            self._save_progress()
            if event.spontaneous():
                # The person closed the window: they ended the session themselves.
                self._store(
                    lambda: self._context.publish(
                        sessions.finish_session(
                            self._context.store, self._session(), self._now(), ended_early=True
                        )[1]
                    )
                )
            else:
                # The app is quitting (or the system closes it): cut off, kept as partial.
                self._store(
                    lambda: self._context.publish(
                        sessions.interrupt_session(self._context.store, self._session())
                    )
                )
            self.timeline.end_early()
        self._timer.stop()
        super().closeEvent(event)

    def _on_quit(self) -> None:
        if self.session_id is not None and not self.timeline.finished:
            self._save_progress()
            self._store(lambda: sessions.interrupt_session(self._context.store, self._session()))


# --- Starting ----------------------------------------------------------------------------------

# The player open for each context (by id), so a second start brings it forward.
_open_players: dict[int, SessionPlayer] = {}
_open_notes: set[QMessageBox] = set()


def start_session(
    context: AppContext,
    parent: QWidget | None = None,
    *,
    exercise_ids: list[str] | None = None,
    clock: Clock | None = None,
    now: WallClock | None = None,
    cues: CueSink | None = None,
) -> SessionPlayer | None:
    """Open the session player on today's programme (or the given exercises).

    Returns None when exercise is locked after an emergency screening (a message says so).
    Otherwise the player opens at once; when the safety questions are due they come first,
    over the player, and the session can start only once they are answered. A player that is
    already open is brought forward instead of opening a second one.
    """
    wall = now or (lambda: datetime.now().astimezone())
    already = _open_players.get(id(context))
    if already is not None:
        already.show()
        already.raise_()
        already.activateWindow()
        return already
    if exercise_blocked(context.store, wall()):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("SessionPlayer", "Exercises are locked"),
            exercise_locked_text(),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("exerciseLocked")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Without a parent nothing else holds the box: keep it until it is closed.
        _open_notes.add(box)
        box.finished.connect(lambda _result: _open_notes.discard(box))
        box.open()
        return None
    try:
        plan = sessions.plan_session(context.store, context.library, wall(), exercise_ids)
    except Exception as error:
        QMessageBox.warning(
            parent,
            translate("SessionPlayer", "Exercise session"),
            translate(
                "SessionPlayer",
                "Today's exercises could not be read ({error}). Your diary is safe. Try "
                "again, or choose a starter programme on the Programme page.",
            ).format(error=error),
        )
        return None
    if not plan.items:
        _say_nothing_to_do(context, plan, parent)
        return None
    player = SessionPlayer(context, plan, parent, clock=clock, now=now, cues=cues)
    key = id(context)
    _open_players[key] = player
    player.destroyed.connect(lambda: _open_players.pop(key, None))
    # Whole and centred: on the main window when there is one, else on its screen.
    place_window(player, parent.window() if parent is not None else None)
    player.show()
    player.raise_()
    player.activateWindow()
    player.check_safety(wall())
    return player


def _say_nothing_to_do(context: AppContext, plan: SessionPlan, parent: QWidget | None) -> None:
    """Every exercise of today's plan waits: say why instead of opening an empty player."""
    lines = [same_day_plan_text()] if plan.same_day_open else []
    for item, why in plan.left_out:
        info = plan.exercise(item.exercise_id, context.library)
        name = info.name if info is not None else item.exercise_id
        lines.append(
            translate("SessionPlayer", "{name}: {why}").format(name=name, why=left_out_text(why))
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("SessionPlayer", "Nothing to do in this session"),
        translate(
            "SessionPlayer",
            "Every exercise of this session waits for now. Walking and resting positions are "
            "still fine.",
        ),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("nothingToDo")
    box.setInformativeText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_notes.add(box)
    box.finished.connect(lambda _result: _open_notes.discard(box))
    box.open()
