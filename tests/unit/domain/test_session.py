"""The session player's timing as a state machine, driven by a clock the test moves."""

from __future__ import annotations

import pytest

from companion.domain.exercise import Dose, SidesMode
from companion.domain.session import (
    GET_READY_SECONDS,
    LOOP_SECONDS,
    MOVE_SECONDS,
    SLEEP_GAP_SECONDS,
    SWITCH_SECONDS,
    Cue,
    PlannedExercise,
    SessionTimeline,
    Step,
    segments_for,
    summarise,
)
from companion.domain.vocabulary import ExerciseResponse, Side


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def timeline(*exercises: PlannedExercise) -> tuple[SessionTimeline, FakeClock]:
    clock = FakeClock()
    return SessionTimeline(list(exercises), clock), clock


def run(line: SessionTimeline, clock: FakeClock, seconds: float, step: float = 0.25) -> list[Cue]:
    """Move the clock on in small ticks, as the UI timer does, collecting cues."""
    cues: list[Cue] = []
    steps = round(seconds / step)
    for _ in range(steps):
        clock.now += step
        cues += line.tick().cues
    return cues


HOLD = PlannedExercise("hold", Dose(sets=1, reps=2, hold_s=5))
ONE_SHOT = PlannedExercise("quick", Dose(sets=1, reps=1))


@pytest.mark.parametrize(
    ("dose", "looping", "expected_steps", "seconds"),
    [
        # get ready, then move / hold / return for each rep
        (
            Dose(reps=2, hold_s=5),
            False,
            ["get_ready", "move", "hold", "return", "move", "hold", "return"],
            GET_READY_SECONDS + 2 * (2 * MOVE_SECONDS + 5),
        ),
        # no hold: there and back only
        (
            Dose(reps=1),
            False,
            ["get_ready", "move", "return"],
            GET_READY_SECONDS + 2 * MOVE_SECONDS,
        ),
        # two sets with a rest between them
        (
            Dose(sets=2, reps=1, rest_s=10),
            False,
            ["get_ready", "move", "return", "rest", "move", "return"],
            GET_READY_SECONDS + 10 + 4 * MOVE_SECONDS,
        ),
        # each side: all sets on one side, a switch, then the other side
        (
            Dose(reps=1, sides=SidesMode.EACH),
            False,
            ["get_ready", "move", "return", "switch", "move", "return"],
            GET_READY_SECONDS + SWITCH_SECONDS + 4 * MOVE_SECONDS,
        ),
        # alternating: left then right within each repetition, no switch pause
        (
            Dose(reps=1, sides=SidesMode.ALTERNATE),
            False,
            ["get_ready", "move", "return", "move", "return"],
            GET_READY_SECONDS + 4 * MOVE_SECONDS,
        ),
        # a timed activity: one long active step
        (Dose(minutes=2), True, ["get_ready", "active"], GET_READY_SECONDS + 120),
        # a looping figure with repetitions: one active step per repetition
        (Dose(reps=2), True, ["get_ready", "active", "active"], GET_READY_SECONDS + 8),
    ],
)
def test_an_exercise_is_laid_out_as_timed_steps(
    dose: Dose, looping: bool, expected_steps: list[str], seconds: float
) -> None:
    segments = segments_for(PlannedExercise("x", dose, looping))
    assert [s.step.value for s in segments] == expected_steps
    assert sum(s.seconds for s in segments) == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("dose", "expected_sides"),
    [
        (Dose(reps=2, sides=SidesMode.EACH), [Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT]),
        (Dose(reps=2, sides=SidesMode.ALTERNATE), [Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT]),
        (Dose(reps=2), [None, None]),
    ],
)
def test_sides_of_each_repetition(dose: Dose, expected_sides: list[Side | None]) -> None:
    moves = [s for s in segments_for(PlannedExercise("x", dose)) if s.step is Step.MOVE]
    assert [s.side for s in moves] == expected_sides


# (seconds after start, step, countdown shown, figure phase, rep number)
HOLD_TIMELINE = [
    (0.0, Step.GET_READY, 5, 0.0, 0),
    (4.0, Step.GET_READY, 1, 0.0, 0),
    (5.0, Step.MOVE, 0, 0.0, 1),
    (6.0, Step.MOVE, 0, 0.25, 1),  # half-way into the position: u = 0.25
    (7.0, Step.HOLD, 5, 0.5, 1),  # holding at u = 0.5
    (9.5, Step.HOLD, 3, 0.5, 1),  # 2.5 s left rounds up to 3
    (12.0, Step.RETURN, 0, 0.5, 1),
    (13.0, Step.RETURN, 0, 0.75, 1),
    (14.0, Step.MOVE, 0, 0.0, 2),  # the next repetition starts from u = 0
    (21.0, Step.RETURN, 0, 0.5, 2),
]


@pytest.mark.parametrize(("at", "step", "countdown", "phase", "rep"), HOLD_TIMELINE)
def test_what_the_player_shows_at_each_moment(
    at: float, step: Step, countdown: int, phase: float, rep: int
) -> None:
    line, clock = timeline(HOLD)
    line.start()
    run(line, clock, at)
    moment = line.moment()
    assert moment.step is step
    assert moment.countdown == countdown or step in (Step.MOVE, Step.RETURN)
    assert moment.phase == pytest.approx(phase)
    assert moment.rep_number == rep
    assert moment.rep_count == 2


def test_cues_in_order_through_a_whole_exercise_with_sets_and_sides() -> None:
    exercise = PlannedExercise("x", Dose(sets=2, reps=1, hold_s=5, rest_s=10, sides=SidesMode.EACH))
    line, clock = timeline(exercise)
    line.start()
    cues = run(line, clock, 200)
    assert cues == [
        Cue.START, Cue.RELAX,  # left, set 1
        Cue.REST, Cue.START, Cue.RELAX,  # left, set 2
        Cue.SWITCH, Cue.START, Cue.RELAX,  # right, set 1
        Cue.REST, Cue.START, Cue.RELAX,  # right, set 2
        Cue.DONE,
    ]  # fmt: skip
    assert line.step is Step.RESPONSE
    progress = line.progress[0]
    assert (progress.reps, progress.sets_done(exercise.dose)) == (4, 2)
    assert progress.hold_seconds == pytest.approx(20)


def test_short_holds_get_no_relax_cue() -> None:
    line, clock = timeline(PlannedExercise("x", Dose(reps=3, hold_s=1)))
    line.start()
    assert run(line, clock, 60) == [Cue.START, Cue.DONE]


def test_one_big_tick_passes_every_boundary_and_collects_every_cue() -> None:
    line, clock = timeline(PlannedExercise("x", Dose(reps=2, hold_s=3)))
    line.start()
    clock.now += SLEEP_GAP_SECONDS - 1  # the whole exercise (19 s) within one tick
    result = line.tick()
    assert result.cues == (Cue.START, Cue.RELAX, Cue.RELAX, Cue.DONE)
    assert line.progress[0].reps == 2


def test_a_jump_of_the_clock_means_sleep_the_timeline_pauses_where_it_was() -> None:
    line, clock = timeline(HOLD)
    line.start()
    run(line, clock, 6)
    before = line.moment()
    clock.now += 3600  # an hour asleep
    result = line.tick()
    assert result.slept and line.paused
    assert line.moment().phase == pytest.approx(before.phase)
    line.resume()
    run(line, clock, 1)
    assert line.moment().step is Step.HOLD


def test_paused_time_does_not_count() -> None:
    line, clock = timeline(HOLD)
    line.start()
    run(line, clock, 2)
    assert line.toggle_pause() is True
    run(line, clock, 30)
    assert line.moment().countdown == 3
    assert line.toggle_pause() is False
    run(line, clock, 3)
    assert line.moment().step is Step.MOVE


@pytest.mark.parametrize(
    ("seconds_in", "expected_index", "expected_step"),
    [
        (1.0, 0, Step.GET_READY),  # early in exercise 2: back to exercise 1
        (10.0, 1, Step.GET_READY),  # well into exercise 2: restart it
    ],
)
def test_back_restarts_or_goes_to_the_one_before(
    seconds_in: float, expected_index: int, expected_step: Step
) -> None:
    line, clock = timeline(ONE_SHOT, HOLD)
    line.start()
    run(line, clock, GET_READY_SECONDS + 2 * MOVE_SECONDS)
    line.respond(ExerciseResponse.BETTER_OR_SAME)
    run(line, clock, seconds_in)
    line.back()
    assert (line.exercise_index, line.step) == (expected_index, expected_step)


def test_going_back_keeps_what_was_done() -> None:
    line, clock = timeline(HOLD)
    line.start()
    run(line, clock, 15)  # one repetition done
    line.back()
    assert line.step is Step.GET_READY
    assert line.progress[0].reps == 1


@pytest.mark.parametrize(
    ("seconds_in", "expected_step", "skipped"),
    [
        (2.0, Step.GET_READY, True),  # nothing done yet: skipped, straight to the next one
        (15.0, Step.RESPONSE, False),  # part done: ask how it went
    ],
)
def test_skip(seconds_in: float, expected_step: Step, skipped: bool) -> None:
    line, clock = timeline(HOLD, ONE_SHOT)
    line.start()
    run(line, clock, seconds_in)
    result = line.skip()
    assert line.step is expected_step
    assert line.progress[0].skipped is skipped
    assert (Cue.DONE in result.cues) is (not skipped)


def test_response_moves_on_and_the_last_one_finishes() -> None:
    line, clock = timeline(ONE_SHOT, ONE_SHOT)
    line.start()
    run(line, clock, 8)
    with pytest.raises(RuntimeError):
        line.respond(ExerciseResponse.WORSE)  # not before the exercise is over
    run(line, clock, 1)
    assert line.step is Step.RESPONSE
    line.respond(ExerciseResponse.WORSE_BUT_SETTLING)
    assert (line.exercise_index, line.step) == (1, Step.GET_READY)
    run(line, clock, 10)
    line.respond(ExerciseResponse.BETTER_OR_SAME)
    assert line.finished and not line.ended_early
    assert [p.response for p in line.progress] == [
        ExerciseResponse.WORSE_BUT_SETTLING,
        ExerciseResponse.BETTER_OR_SAME,
    ]


def test_an_easier_version_goes_in_right_after_a_worse_exercise() -> None:
    easier = PlannedExercise("easier", Dose(reps=1))
    line, clock = timeline(HOLD, ONE_SHOT)
    line.start()
    line.skip()  # nothing done of HOLD: skipped
    run(line, clock, 10)
    line.respond(ExerciseResponse.WORSE, instead=easier)
    assert [e.exercise_id for e in line.plan] == ["hold", "quick", "easier"]
    assert line.current == easier
    assert len(line.progress) == 3


def test_end_early_keeps_progress_and_says_so() -> None:
    line, clock = timeline(HOLD, ONE_SHOT)
    line.start()
    run(line, clock, 15)
    line.end_early()
    assert line.finished and line.ended_early
    summary = summarise(line)
    assert (summary.done, summary.partly_done, summary.skipped) == (0, 1, 1)


def test_a_walk_counts_its_minutes_and_reports_each_minute_to_be_stored() -> None:
    walk = PlannedExercise("walk", Dose(minutes=2), looping=True)
    line, clock = timeline(walk)
    line.start()
    run(line, clock, GET_READY_SECONDS)
    progressed = 0
    phases = set()
    for _ in range(int(130 / 0.5)):
        clock.now += 0.5
        result = line.tick()
        progressed += result.progressed
        if line.step is Step.ACTIVE:
            phases.add(round(line.moment().phase, 2))
    assert line.step is Step.RESPONSE
    assert line.progress[0].hold_seconds == pytest.approx(120)
    assert progressed == 2  # minute one, minute two (and the end, in the same tick)
    # the figure loops: about one stride every LOOP_SECONDS, never stuck on one pose
    assert len(phases) >= LOOP_SECONDS / 0.5 and max(phases) < 1.0


def test_a_session_needs_an_exercise() -> None:
    with pytest.raises(ValueError, match="at least one"):
        SessionTimeline([], FakeClock())
