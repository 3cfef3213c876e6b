"""The session player window: guides a whole session with the figure, timers and sound cues.

The timing is companion.domain.session.SessionTimeline; this window only shows it, turns its
cues into speech or tones, and stores every step through companion.services.sessions as it
happens. Before the first exercise the red-flag rule applies: no session after an emergency
screening, and the safety questions first when they are due.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import replace
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
    ExerciseProgress,
    Moment,
    PlannedExercise,
    SessionTimeline,
    Step,
    TickResult,
    summarise,
)
from companion.domain.vocabulary import ExerciseResponse, Side, TriageLevel
from companion.services import sessions
from companion.services.progression import progress_after_session
from companion.services.screening import exercise_blocked
from companion.services.sessions import ExerciseDone, SessionItem, SessionPlan
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import dose_text
from companion.ui.exercises.player.pages import (
    ExercisePage,
    FinishPage,
    GatePage,
    IntroPage,
    ResponsePage,
)
from companion.ui.exercises.player.sound import CueSink, SoundCues
from companion.ui.exercises.player.words import (
    countdown_text,
    counters_text,
    cue_words,
    frame_phase,
    pain,
    step_label,
)
from companion.ui.language import first_weekday
from companion.ui.programme.programme_words import adjustment_text
from companion.ui.safety.safety import ask_safety_questions, screen_if_due
from companion.ui.safety.safety_texts import exercise_safety_html, left_out_text, same_day_plan_text
from companion.ui.safety.screening_dialog import (
    ScreeningDialog,
    exercise_locked_text,
    red_flag_text,
)
from companion.ui.ui_state import Key
from companion.ui.widgets.figure_widget import FigureWidget
from companion.ui.window_placement import place_window

translate = QCoreApplication.translate

TICK_MS = 50  # 20 updates a second: smooth enough for the figure, cheap enough to idle
FLASH_MS = 700  # how long the visual cue lights the step label
PLAYER_MUTED = Key("player/muted", False)

Clock = Callable[[], float]
WallClock = Callable[[], datetime]


# --- The window ------------------------------------------------------------------------------


class SessionPlayer(QWidget):
    """A window that guides one session: before, each exercise, the answer after, the end."""

    PAGE_GATE, PAGE_INTRO, PAGE_EXERCISE, PAGE_RESPONSE, PAGE_FINISH = range(5)
    # The widgets the pages lay out (companion.ui.exercises.player.pages) and the player fills in.
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
        self.response_buttons: dict[ExerciseResponse, QPushButton] = {}
        self._easier_ids: tuple[str, ...] = ()
        for page in (GatePage, IntroPage, ExercisePage, ResponsePage, FinishPage):
            self.pages.addWidget(page(self))
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
                pain(self.back_before),
                pain(self.leg_before),
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
                        back_pain_after=pain(self.back_after),
                        leg_pain_after=pain(self.leg_after),
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


def session_open(context: AppContext) -> bool:
    """True while a session player is open on `context`'s data."""
    return id(context) in _open_players


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
        plan = sessions.plan_session(
            context.store, context.library, wall(), exercise_ids, first_weekday=first_weekday()
        )
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
    if plan.done_for_today and not plan.left_out and not plan.same_day_open:
        text = translate(
            "SessionPlayer",
            "You have done every exercise as often as your programme asks today. Walking and "
            "resting positions are still fine; the next session is tomorrow.",
        )
    else:
        text = translate(
            "SessionPlayer",
            "Every exercise of this session waits for now. Walking and resting positions are "
            "still fine.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("SessionPlayer", "Nothing to do in this session"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("nothingToDo")
    box.setInformativeText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_notes.add(box)
    box.finished.connect(lambda _result: _open_notes.discard(box))
    box.open()
