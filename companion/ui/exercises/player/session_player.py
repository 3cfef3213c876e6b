"""The session player: guides a whole session with the figure, timers and sound cues.

The timing is companion.domain.session.SessionTimeline; the player moves it on, shows it on one
page class per stage (gate, intro, exercise, response, finish), turns its cues into speech or
tones, and stores every step through a SessionRecorder as it happens. Before the first exercise
the red-flag rule applies: no session after an emergency screening, and the safety questions
first when they are due.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.illustration.pose import FigureMotion
from companion.domain.red_flags import ScreeningOccasion, ScreeningReason
from companion.domain.session import (
    Cue,
    PlannedExercise,
    SessionTimeline,
    Step,
    TickResult,
    summarise,
)
from companion.domain.vocabulary import ExerciseResponse, Side, TriageLevel
from companion.services.screening import exercise_blocked
from companion.services.sessions import SessionItem, SessionPlan
from companion.ui.context import AppContext
from companion.ui.exercises.player.exercise_page import ExercisePage
from companion.ui.exercises.player.finish_page import FinishPage
from companion.ui.exercises.player.gate_page import GatePage
from companion.ui.exercises.player.intro_page import IntroPage
from companion.ui.exercises.player.recorder import SessionRecorder
from companion.ui.exercises.player.response_page import ResponsePage
from companion.ui.exercises.player.sound import CueSink, SoundCues
from companion.ui.exercises.player.words import cue_words, pain
from companion.ui.programme.programme_words import adjustment_text
from companion.ui.safety.safety import ask_safety_questions, screen_if_due
from companion.ui.safety.screening_dialog import ScreeningDialog
from companion.ui.ui_state import Key
from companion.ui.widgets.figure_widget import FigureWidget
from companion.ui.widgets.messages import warn

TICK_MS = 50  # 20 updates a second: smooth enough for the figure, cheap enough to idle
PLAYER_MUTED = Key("player/muted", False)

Clock = Callable[[], float]
WallClock = Callable[[], datetime]


class SessionPlayer(QWidget):
    """A window that guides one session: before, each exercise, the answer after, the end."""

    PAGE_GATE, PAGE_INTRO, PAGE_EXERCISE, PAGE_RESPONSE, PAGE_FINISH = range(5)
    # The widgets the pages lay out (one module a page, beside this one): each page keeps its
    # own and hands them to the player too, where the player's logic and the tests reach them.
    gate_title: QLabel
    gate_text: QLabel
    gate_ask_button: QPushButton
    gate_close_button: QPushButton
    sound_mode: QLabel
    back_before: QSpinBox
    leg_before: QSpinBox
    intro_note: QLabel
    start_button: QPushButton
    position_label: QLabel
    exercise_title: QLabel
    figure: FigureWidget
    step_label: QLabel
    countdown: QLabel
    counters: QLabel
    dose_label: QLabel
    steps_label: QLabel
    safety_label: QLabel
    back_button: QPushButton
    pause_button: QPushButton
    skip_button: QPushButton
    end_button: QPushButton
    mute_button: QPushButton
    response_title: QLabel
    response_buttons: dict[ExerciseResponse, QPushButton]
    choices_box: QWidget
    advice_box: QFrame
    advice_text: QLabel
    easier_button: QPushButton
    next_button: QPushButton
    end_after_worse_button: QPushButton
    finish_title: QLabel
    finish_text: QLabel
    back_after: QSpinBox
    leg_after: QSpinBox
    save_button: QPushButton

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
        self.plan = plan
        # Local and aware: "today" (worse answers, same-day findings) is the user's local day.
        self._now = now or (lambda: datetime.now().astimezone())
        self.cues: CueSink = cues if cues is not None else SoundCues(self)
        self.cues.muted = context.ui_state.get(PLAYER_MUTED)
        self.timeline = SessionTimeline(
            [self._planned(item) for item in plan.items], clock or time.monotonic
        )
        self._recorder = SessionRecorder(context, self._say_not_saved)
        self._shown_exercise: tuple[int, Side | None] | None = None
        self._screening: ScreeningDialog | None = None
        self._ended_for_safety = False  # "new numbness or weakness" ended the session
        self._save_failed = False
        self._easier_ids: tuple[str, ...] = ()
        self.end_question: QMessageBox | None = None

        self.setWindowTitle(self.tr("Exercise session"))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 38)
        self.gate = GatePage(self)
        self.intro = IntroPage(self)
        self.exercise_page = ExercisePage(self)
        self.response_page = ResponsePage(self)
        self.finish_page = FinishPage(self)
        self.pages = QStackedWidget()
        for page in (self.gate, self.intro, self.exercise_page, self.response_page):
            self.pages.addWidget(page)
        self.pages.addWidget(self.finish_page)
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
        self._make_shortcuts()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)
        self._show_page(self.PAGE_INTRO)

    @property
    def session_id(self) -> int | None:
        """The stored session's id once it has started."""
        return self._recorder.session_id

    def _planned(self, item: SessionItem) -> PlannedExercise:
        info = self.plan.exercise(item.exercise_id, self._library)
        looping = info is not None and info.figure.motion is FigureMotion.LOOP
        return PlannedExercise(item.exercise_id, item.dose, looping)

    def exercise_name(self, exercise_id: str) -> str:
        """The exercise's name as the programme or the library gives it."""
        info = self.plan.exercise(exercise_id, self._library)
        return info.name if info is not None else exercise_id

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
        self.intro.wait_for_answers()
        dialog.finished.connect(lambda _result: self._after_screening(dialog))

    def _after_screening(self, dialog: ScreeningDialog) -> None:
        self._screening = None
        if dialog.level is None:
            self.gate.show_unanswered()
            self._show_page(self.PAGE_GATE)
        elif dialog.level is TriageLevel.EMERGENCY:
            self.lock()
        else:
            self.intro.ready()
            self._show_page(self.PAGE_INTRO)

    def ask_again(self) -> None:
        """Open the safety questions again from the gate."""
        self._show_page(self.PAGE_INTRO)
        self._wait_for(ask_safety_questions(self._context, parent=self))

    def lock(self) -> None:
        """Refuse to start: exercise is locked after an emergency answer."""
        self.gate.show_locked()
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
            self._recorder.start(
                self.plan, self._now(), pain(self.back_before), pain(self.leg_before)
            )
        except Exception as error:
            warn(
                self,
                self.tr("Exercise session"),
                self.tr(
                    "The session could not be started ({error}). Nothing was changed. "
                    "Please try again; if it keeps happening, restart the app."
                ).format(error=error),
            )
            return
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
        self.exercise_page.label_mute(muted)
        if self.mute_button.isChecked() != muted:
            self.mute_button.setChecked(muted)

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
            name = self.exercise_name(exercise.exercise_id) if exercise and first_start else ""
            words = cue_words(cue, name)
            if cue is Cue.START and moment.hold_phase is not None:
                words = moment.hold_phase.name + "."  # the next stage of a hold, by name
            self.cues.cue(cue, words)
            self.exercise_page.flash(True)
        # Repetitions, cues and minutes of a walk are stored at once; seconds of a hold wait.
        self._recorder.save_progress(self.timeline, thorough=result.progressed or bool(result.cues))
        step = self.timeline.step
        if step is Step.FINISHED:
            self._timer.stop()
            self._finish()
        elif step is Step.RESPONSE:
            if self.pages.currentIndex() != self.PAGE_RESPONSE:
                self.response_page.ask(self.exercise_name(exercise.exercise_id) if exercise else "")
                self._show_page(self.PAGE_RESPONSE)
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
        info = self.plan.exercise(exercise.exercise_id, self._library)
        shown = (moment.exercise_index, moment.side)
        if shown != self._shown_exercise:
            note = next(
                (i.note for i in self.plan.items if i.exercise_id == exercise.exercise_id), ""
            )
            name = self.exercise_name(exercise.exercise_id)
            self.exercise_page.show_exercise(name, exercise, info, moment, note)
            self._shown_exercise = shown
        self.exercise_page.show_moment(moment, info)
        if not moment.paused and self.save_problem.isVisible() and not self._save_failed:
            self.save_problem.hide()

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

    def respond(self, response: ExerciseResponse) -> None:
        """Store the traffic-light answer; "worse" stops here with advice, else go on."""
        if self.timeline.step is not Step.RESPONSE or self.advice_box.isVisible():
            return
        index = self.timeline.exercise_index
        exercise = self.timeline.plan[index]
        advice = self._recorder.record_response(index, response, self._now(), self._library)
        if response is ExerciseResponse.WORSE:
            easier = (advice.easier if advice else ()) or self._easier_of(exercise.exercise_id)
            self._easier_ids = easier
            self.response_page.show_worse_advice(
                self.exercise_name(exercise.exercise_id),
                self.exercise_name(easier[0]) if easier else "",
                advice.review if advice is not None else None,
            )
            for key in self._response_keys:
                key.setEnabled(False)
            return
        if response is ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS:
            self._end_for_safety_questions()
            return
        self._apply(self.timeline.respond(response))

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
        info = self.plan.exercise(exercise_id, self._library)
        if info is None:
            return ()
        return tuple(i for i in info.easier if i in self._library)

    def try_easier(self) -> None:
        """After "worse": do the easier version instead, stored in its place."""
        if not self._easier_ids:
            return
        current = self.timeline.current
        easier_id = self._easier_ids[0]
        item = SessionItem(easier_id, self._library.get(easier_id).dose)
        at = self.timeline.exercise_index + 1
        if not self._recorder.add_exercise(
            at, item, instead_of=current.exercise_id if current else None
        ):
            self.go_on_after_worse()
            return
        self.advice_box.hide()
        self._apply(self.timeline.respond(ExerciseResponse.WORSE, instead=self._planned(item)))

    def go_on_after_worse(self) -> None:
        """After "worse": leave this exercise for today and go on to the next."""
        self.advice_box.hide()
        self._apply(self.timeline.respond(ExerciseResponse.WORSE))

    def end_after_worse(self) -> None:
        """After "worse": end the session here."""
        # The answer is stored already; record it in the timeline, then end what is left.
        self.advice_box.hide()
        self.timeline.respond(ExerciseResponse.WORSE)
        self.end_early()

    # --- The end -----------------------------------------------------------------------------

    def _finish(self) -> None:
        if self.pages.currentIndex() == self.PAGE_FINISH:
            return
        ended_early = self.timeline.ended_early
        changed_doses: list[str] = []
        if self.session_id is not None and self._recorder.finish(
            self._now(), ended_early=ended_early
        ):
            changed_doses = [
                adjustment_text(
                    self.exercise_name(result.exercise_id),
                    result.outcome.reason,
                    result.outcome.change.before,
                    result.outcome.change.after,
                    result.outcome.change.field,
                )
                for result in self._recorder.progress_programme(self._now())
                if result.outcome.change is not None
            ]
        summary = summarise(self.timeline)
        self.finish_page.show_summary(
            summary,
            ended_early=ended_early,
            ended_for_safety=self._ended_for_safety,
            worse_said=self._worse_said(len(summary.worse)),
            changed_doses=changed_doses,
        )
        self._show_page(self.PAGE_FINISH)
        if not ended_early:
            self.cues.cue(Cue.DONE, self.tr("Session complete. Well done."))

    def _worse_said(self, worse: int) -> str:
        # Here, not on the finish page: lupdate marks a counted phrase only in a tr() call.
        if not worse:
            return ""
        if worse == 1:
            return self.tr("One exercise made your leg symptoms worse.")
        return self.tr("%n exercises made your leg symptoms worse.", "", worse)

    def save_and_close(self) -> None:
        """Store the pain afterwards (if given) and close."""
        if self.session_id is not None and not self._recorder.finish(
            self._now(),
            ended_early=self.timeline.ended_early,
            back_pain_after=pain(self.back_after),
            leg_pain_after=pain(self.leg_after),
        ):
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_id is not None and not self.timeline.finished:
            self._recorder.save_progress(self.timeline)
            if event.spontaneous():
                # The person closed the window: they ended the session themselves.
                self._recorder.finish(self._now(), ended_early=True)
            else:
                # The app is quitting (or the system closes it): cut off, kept as partial.
                self._recorder.interrupt()
            self.timeline.end_early()
        self._timer.stop()
        super().closeEvent(event)

    def _on_quit(self) -> None:
        if self.session_id is not None and not self.timeline.finished:
            self._recorder.save_progress(self.timeline)
            self._recorder.interrupt(publish=False)
