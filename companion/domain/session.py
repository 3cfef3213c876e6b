"""The session player's timing: a pure state machine driven by an injected clock.

Each exercise of a session is laid out as a run of steps (get ready, move, hold, come back,
rest, switch sides, or a timed activity such as walking). `SessionTimeline.tick()` reads the
clock, walks through every step boundary it has passed and returns the cues a person lying on
the floor needs to hear (start, relax, rest, switch, done). `moment()` says what to show now:
the step, the counters, the countdown and the figure's phase, which follows the convention of
companion.domain.illustration.motion.rep_pose (u goes 0 -> 0.5 on the way, holds at 0.5,
returns to 1).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from companion.domain.exercise import Dose, HoldPhase, SidesMode
from companion.domain.vocabulary import ExerciseResponse, Side

GET_READY_SECONDS = 5.0  # time to get into the starting position before each exercise
MOVE_SECONDS = 2.0  # each way: slowly into the position, slowly back
SWITCH_SECONDS = 6.0  # turning over or changing legs
LOOP_SECONDS = 1.6  # one cycle of a looping figure (a walking stride, a pedal turn)
RELAX_CUE_MIN_HOLD = 3  # shorter holds get no "relax" cue: it would chatter every few seconds
BACK_RESTARTS_AFTER = 3.0  # "back" within this many seconds of an exercise goes to the one before
# A gap this long between two ticks means the computer slept or the app froze: pause there.
SLEEP_GAP_SECONDS = 20.0


class Cue(enum.StrEnum):
    """A moment the player announces by sound, so the screen need not be watched."""

    START = "start"  # begin moving (at the start of an exercise, and after a rest or a switch)
    RELAX = "relax"  # a hold has ended: come back slowly
    REST = "rest"
    SWITCH = "switch"  # change to the other side
    DONE = "done"  # the exercise is finished


class Step(enum.StrEnum):
    """What the person is asked to do at this moment."""

    NOT_STARTED = "not_started"
    GET_READY = "get_ready"
    MOVE = "move"  # into the position
    HOLD = "hold"
    RETURN = "return"  # back to the start
    ACTIVE = "active"  # a timed activity (walking, cycling) or a looping movement
    REST = "rest"
    SWITCH = "switch"
    RESPONSE = "response"  # the exercise is over: waiting for the traffic-light answer
    FINISHED = "finished"


@dataclass(frozen=True)
class PlannedExercise:
    """One exercise of a session as the timeline needs it: its id, dose and how it moves."""

    exercise_id: str
    dose: Dose
    looping: bool = False  # the figure loops (walking) rather than going there and back


@dataclass(frozen=True)
class TimedStep:
    """One timed step of an exercise."""

    step: Step
    seconds: float
    set_number: int = 1
    rep_number: int = 0  # 0 outside a repetition
    side: Side | None = None
    cue: Cue | None = None  # announced when the segment begins
    ends_rep: bool = False  # the repetition is complete when this segment ends
    ends_set: bool = False  # the set (on this side) is complete when this segment ends
    hold_phase: int = -1  # which of the dose's hold phases this is (-1: not a phase)


@dataclass
class ExerciseProgress:
    """What was done of one exercise; it only ever grows (going back does not undo work)."""

    reps: int = 0  # every repetition, on either side
    set_blocks: int = 0  # sets completed, counting each side of an "each side" dose apart
    hold_seconds: float = 0.0  # time spent holding, or doing a timed activity
    skipped: bool = False
    response: ExerciseResponse | None = None

    def sets_done(self, dose: Dose) -> int:
        """Whole sets done (on both sides for an "each side" dose)."""
        per_set = 2 if dose.sides is SidesMode.EACH else 1
        return self.set_blocks // per_set

    @property
    def started(self) -> bool:
        """True once any work was done."""
        return self.reps > 0 or self.hold_seconds >= 1.0


@dataclass(frozen=True)
class Moment:
    """What the player shows now."""

    step: Step
    exercise_index: int  # -1 before the start; len(plan) when finished
    exercise_count: int
    set_number: int
    set_count: int
    rep_number: int
    rep_count: int
    side: Side | None
    seconds_left: float  # in the current step (0 when there is no countdown)
    phase: float  # the figure's phase, 0..1
    paused: bool
    hold_phase: HoldPhase | None = None  # the stage of a hold in stages (lie flat, on elbows)
    hold_phase_number: int = 0  # 1-based; 0 outside a hold in stages
    hold_phase_count: int = 0

    @property
    def countdown(self) -> int:
        """Whole seconds left, rounded up as a countdown shows them."""
        return max(0, math.ceil(self.seconds_left - 1e-9))


def segments_for(exercise: PlannedExercise) -> tuple[TimedStep, ...]:
    """Lay one exercise out as timed steps, from getting ready to the last repetition."""
    dose = exercise.dose
    out: list[TimedStep] = [TimedStep(Step.GET_READY, GET_READY_SECONDS)]
    if dose.minutes is not None:
        out.append(TimedStep(Step.ACTIVE, dose.minutes * 60.0, 1, 1, None, Cue.START, True, True))
        return tuple(out)

    sides: Sequence[Side | None] = (
        (Side.LEFT, Side.RIGHT) if dose.sides is SidesMode.EACH else (None,)
    )
    for side_index, block_side in enumerate(sides):
        if side_index:
            out.append(TimedStep(Step.SWITCH, SWITCH_SECONDS, 1, 0, block_side, Cue.SWITCH))
        for set_number in range(1, dose.sets + 1):
            reps_in_set = dose.reps_in_set(set_number)  # a falling count: 6, then 4, then 2
            if set_number > 1 and dose.rest_s > 0:
                out.append(
                    TimedStep(Step.REST, float(dose.rest_s), set_number, 0, block_side, Cue.REST)
                )
            first_of_set = True
            for rep in range(1, reps_in_set + 1):
                rep_sides: Sequence[Side | None] = (
                    (Side.LEFT, Side.RIGHT) if dose.sides is SidesMode.ALTERNATE else (block_side,)
                )
                for rep_side_index, side in enumerate(rep_sides):
                    last_rep = rep == reps_in_set and rep_side_index == len(rep_sides) - 1
                    start_cue = Cue.START if first_of_set else None
                    first_of_set = False
                    out += _repetition(
                        exercise,
                        set_number=set_number,
                        rep=rep,
                        side=side,
                        start_cue=start_cue,
                        last_of_set=last_rep,
                    )
    return tuple(out)


def _repetition(
    exercise: PlannedExercise,
    *,
    set_number: int,
    rep: int,
    side: Side | None,
    start_cue: Cue | None,
    last_of_set: bool,
) -> list[TimedStep]:
    dose = exercise.dose
    if exercise.looping:
        return [
            TimedStep(
                Step.ACTIVE, 2 * MOVE_SECONDS, set_number, rep, side, start_cue, True, last_of_set
            )
        ]
    out = [TimedStep(Step.MOVE, MOVE_SECONDS, set_number, rep, side, start_cue)]
    if dose.hold_phases:
        # Each stage gets its own countdown; a new stage is announced like a start.
        for index, hold_phase in enumerate(dose.hold_phases):
            cue = Cue.START if index else None
            out.append(
                TimedStep(
                    Step.HOLD,
                    float(hold_phase.seconds),
                    set_number,
                    rep,
                    side,
                    cue,
                    hold_phase=index,
                )
            )
    elif dose.hold_s > 0:
        out.append(TimedStep(Step.HOLD, float(dose.hold_s), set_number, rep, side))
    relax = Cue.RELAX if dose.hold_seconds >= RELAX_CUE_MIN_HOLD else None
    out.append(
        TimedStep(Step.RETURN, MOVE_SECONDS, set_number, rep, side, relax, True, last_of_set)
    )
    return out


def _phase(segment: TimedStep, elapsed: float) -> float:
    fraction = min(1.0, max(0.0, elapsed / segment.seconds)) if segment.seconds > 0 else 1.0
    if segment.step is Step.MOVE:
        return 0.5 * fraction
    if segment.step is Step.HOLD:
        return 0.5
    if segment.step is Step.RETURN:
        return 0.5 + 0.5 * fraction
    if segment.step is Step.ACTIVE:
        return (elapsed / LOOP_SECONDS) % 1.0
    return 0.0


@dataclass(frozen=True)
class TickResult:
    """What one tick passed through."""

    cues: tuple[Cue, ...] = ()
    progressed: bool = False  # an exercise's progress changed: worth storing
    slept: bool = False  # the clock jumped (sleep or freeze): the timeline paused itself


@dataclass
class _Cursor:
    exercise: int = -1
    segment: int = 0
    elapsed: float = 0.0  # into the current segment
    into_exercise: float = 0.0  # time spent in the current exercise, pauses excluded


class SessionTimeline:
    """The player's state machine: where in the session we are, moved on by a clock.

    `clock` returns seconds from any fixed origin (time.monotonic, or a test's counter).
    """

    def __init__(self, plan: Sequence[PlannedExercise], clock: Callable[[], float]) -> None:
        if not plan:
            raise ValueError("a session needs at least one exercise")
        self._plan: list[PlannedExercise] = list(plan)
        self._segments: list[tuple[TimedStep, ...]] = [segments_for(e) for e in self._plan]
        self.progress: list[ExerciseProgress] = [ExerciseProgress() for _ in self._plan]
        self._clock = clock
        self._cursor = _Cursor()
        self._step = Step.NOT_STARTED
        self._paused = False
        self._last = clock()
        self.ended_early = False

    # --- What is there ----------------------------------------------------------------------

    @property
    def plan(self) -> tuple[PlannedExercise, ...]:
        """The exercises, in order (an easier version chosen on the way is included)."""
        return tuple(self._plan)

    @property
    def step(self) -> Step:
        """The current step."""
        return self._step

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self._paused

    @property
    def exercise_index(self) -> int:
        """The current exercise (-1 before the start, len(plan) when finished)."""
        return self._cursor.exercise

    @property
    def current(self) -> PlannedExercise | None:
        """The current exercise, if there is one."""
        index = self._cursor.exercise
        return self._plan[index] if 0 <= index < len(self._plan) else None

    @property
    def finished(self) -> bool:
        """True once the last exercise is answered, or the session was ended early."""
        return self._step is Step.FINISHED

    def moment(self) -> Moment:
        """What to show now."""
        index = self._cursor.exercise
        count = len(self._plan)
        if self._step in (Step.NOT_STARTED, Step.FINISHED, Step.RESPONSE):
            exercise = self.current
            sets = exercise.dose.sets if exercise else 0
            reps = exercise.dose.reps_in_set(sets) if exercise else 0
            done = self._step is Step.RESPONSE
            return Moment(
                step=self._step,
                exercise_index=index,
                exercise_count=count,
                set_number=sets if done else 0,
                set_count=sets,
                rep_number=reps if done else 0,
                rep_count=reps,
                side=None,
                seconds_left=0.0,
                phase=1.0 if done else 0.0,  # back at the start after the last repetition
                paused=self._paused,
            )
        segment = self._segment()
        dose = self._plan[index].dose
        in_phase = segment.hold_phase >= 0
        return Moment(
            step=segment.step,
            exercise_index=index,
            exercise_count=count,
            set_number=segment.set_number,
            set_count=1 if dose.minutes is not None else dose.sets,
            rep_number=segment.rep_number,
            # Each set counts down its own number (a falling count: 6, then 4, then 2).
            rep_count=1 if dose.minutes is not None else dose.reps_in_set(segment.set_number),
            side=segment.side,
            seconds_left=max(0.0, segment.seconds - self._cursor.elapsed),
            phase=_phase(segment, self._cursor.elapsed),
            paused=self._paused,
            hold_phase=dose.hold_phases[segment.hold_phase] if in_phase else None,
            hold_phase_number=segment.hold_phase + 1 if in_phase else 0,
            hold_phase_count=len(dose.hold_phases) if in_phase else 0,
        )

    # --- Moving through time ----------------------------------------------------------------

    def start(self) -> TickResult:
        """Begin the first exercise (its get-ready step)."""
        if self._step is not Step.NOT_STARTED:
            return TickResult()
        self._last = self._clock()
        return self._enter_exercise(0)

    def tick(self) -> TickResult:
        """Move on to the clock's now; return the cues passed on the way."""
        now = self._clock()
        elapsed = now - self._last
        self._last = now
        if self._paused or self._step in (Step.NOT_STARTED, Step.RESPONSE, Step.FINISHED):
            return TickResult()
        if elapsed > SLEEP_GAP_SECONDS:
            self._paused = True
            return TickResult(slept=True)
        return self._advance(max(0.0, elapsed))

    def _advance(self, seconds: float) -> TickResult:
        cues: list[Cue] = []
        progressed = False
        cursor = self._cursor
        while seconds > 0 and self._step not in (Step.RESPONSE, Step.FINISHED):
            segment = self._segment()
            left = segment.seconds - cursor.elapsed
            used = min(seconds, left)
            cursor.elapsed += used
            cursor.into_exercise += used
            seconds -= used
            timed = segment.step is Step.ACTIVE and self._plan[cursor.exercise].dose.is_timed
            if used > 0 and (segment.step is Step.HOLD or timed):
                progress = self.progress[cursor.exercise]
                minutes_before = int(progress.hold_seconds // 60)
                progress.hold_seconds += used
                # A long walk is stored minute by minute, not only when it ends.
                progressed = progressed or (
                    timed and int(progress.hold_seconds // 60) > minutes_before
                )
            if cursor.elapsed >= segment.seconds - 1e-9:
                finished = self._finish_segment(segment)
                progressed = progressed or finished[1]
                cues += finished[0]
        return TickResult(tuple(cues), progressed)

    def _finish_segment(self, segment: TimedStep) -> tuple[list[Cue], bool]:
        progress = self.progress[self._cursor.exercise]
        progressed = False
        if segment.ends_rep:
            progress.reps += 1
            progressed = True
        if segment.ends_set:
            progress.set_blocks += 1
        segments = self._segments[self._cursor.exercise]
        if self._cursor.segment + 1 < len(segments):
            self._cursor.segment += 1
            self._cursor.elapsed = 0.0
            nxt = segments[self._cursor.segment]
            self._step = nxt.step
            return ([nxt.cue] if nxt.cue else []), progressed
        self._step = Step.RESPONSE
        return [Cue.DONE], progressed

    def _segment(self) -> TimedStep:
        return self._segments[self._cursor.exercise][self._cursor.segment]

    def _enter_exercise(self, index: int) -> TickResult:
        if index >= len(self._plan):
            self._cursor = _Cursor(len(self._plan))
            self._step = Step.FINISHED
            return TickResult()
        self._cursor = _Cursor(index)
        first = self._segments[index][0]
        self._step = first.step
        return TickResult((first.cue,) if first.cue else ())

    # --- What the person does ---------------------------------------------------------------

    def pause(self) -> None:
        """Stop the clock where it is."""
        self._paused = True

    def resume(self) -> None:
        """Carry on from where it was paused (the time paused does not count)."""
        self._paused = False
        self._last = self._clock()

    def toggle_pause(self) -> bool:
        """Pause or resume; returns True if now paused."""
        if self._paused:
            self.resume()
        else:
            self.pause()
        return self._paused

    def back(self) -> TickResult:
        """Restart this exercise; early in it (or while answering), go to the one before."""
        self.tick()  # count the time up to now before deciding
        if self._step in (Step.NOT_STARTED, Step.FINISHED):
            return TickResult()
        index = self._cursor.exercise
        early = self._step is not Step.RESPONSE and self._cursor.into_exercise < BACK_RESTARTS_AFTER
        return self._enter_exercise(max(0, index - 1) if early else index)

    def skip(self) -> TickResult:
        """Stop this exercise: ask how it went if any of it was done, else go to the next."""
        self.tick()
        if self._step in (Step.NOT_STARTED, Step.FINISHED):
            return TickResult()
        index = self._cursor.exercise
        progress = self.progress[index]
        if self._step is Step.RESPONSE:
            return self._enter_exercise(index + 1)
        if progress.started:
            self._step = Step.RESPONSE
            return TickResult((Cue.DONE,))
        progress.skipped = True
        return self._enter_exercise(index + 1)

    def respond(
        self, response: ExerciseResponse, instead: PlannedExercise | None = None
    ) -> TickResult:
        """Take the traffic-light answer and go on (to `instead` first, if one is given)."""
        if self._step is not Step.RESPONSE:
            raise RuntimeError("a response is only taken after an exercise")
        index = self._cursor.exercise
        self.progress[index].response = response
        if instead is not None:
            self.insert_next(instead)
        self._last = self._clock()
        return self._enter_exercise(index + 1)

    def insert_next(self, exercise: PlannedExercise) -> int:
        """Put an exercise right after the current one (an easier version); returns its index."""
        at = self._cursor.exercise + 1
        self._plan.insert(at, exercise)
        self._segments.insert(at, segments_for(exercise))
        self.progress.insert(at, ExerciseProgress())
        return at

    def end_early(self) -> None:
        """Stop the session now; what was done stays done."""
        self.tick()
        self.ended_early = self._step is not Step.FINISHED
        self._cursor = _Cursor(len(self._plan))
        self._step = Step.FINISHED


@dataclass(frozen=True)
class SessionSummary:
    """How much of a session was done, for the closing page."""

    done: int
    partly_done: int
    skipped: int
    worse: tuple[str, ...] = field(default_factory=tuple)  # exercise ids answered "worse"


def summarise(timeline: SessionTimeline) -> SessionSummary:
    """Count the exercises done in full, in part and skipped."""
    done = partly = skipped = 0
    worse: list[str] = []
    for exercise, progress in zip(timeline.plan, timeline.progress, strict=True):
        segments = segments_for(exercise)
        full = sum(s.ends_rep for s in segments)
        if progress.reps >= full:
            done += 1
        elif progress.started:
            partly += 1
        else:
            skipped += 1
        if progress.response is not None and progress.response.is_red:
            worse.append(exercise.exercise_id)
    return SessionSummary(done, partly, skipped, tuple(worse))
