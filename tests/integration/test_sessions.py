"""Exercise sessions over a real SQLite file: planning, step-by-step storing, interruption."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.changes import Topic
from companion.domain.exercise import Dose, SidesMode
from companion.domain.vocabulary import ExerciseResponse, SessionStatus
from companion.paths import exercises_dir, migrations_dir
from companion.services import sessions
from companion.services.data_store import Store, open_store
from companion.services.programmes import import_programme_file
from companion.services.sessions import ExerciseDone, SessionItem, SessionPlan, SessionProblem

REPO = Path(__file__).resolve().parents[2]
KILLED_SESSION = Path(__file__).resolve().with_name("session_process.py")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PROGRAMME_FILE = REPO / "tests" / "unit" / "content" / "fixtures" / "example.scprog"


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def two_exercises() -> SessionPlan:
    return SessionPlan(
        "Test",
        (
            SessionItem("glute-bridge", Dose(sets=2, reps=8, hold_s=3, rest_s=30)),
            SessionItem("clamshell", Dose(reps=12, sides=SidesMode.EACH)),
        ),
    )


def test_plan_falls_back_to_the_gentle_start_without_a_programme(
    store: Store, library: ExerciseLibrary
) -> None:
    plan = sessions.plan_session(store, library, NOW)
    starter = library.programme("gentle-start")
    assert plan.programme_id is None
    assert [i.exercise_id for i in plan.items] == [i.exercise_id for i in starter.items]
    # the programme's own dose wins over the exercise's default
    bridge = next(i for i in plan.items if i.exercise_id == "glute-bridge")
    assert (bridge.dose.sets, bridge.dose.reps) == (1, 8)


def test_plan_of_given_exercises_uses_their_default_dose(
    store: Store, library: ExerciseLibrary
) -> None:
    plan = sessions.plan_session(store, library, NOW, ["pelvic-tilt"])
    assert plan.items == (SessionItem("pelvic-tilt", library.get("pelvic-tilt").dose),)
    assert plan.title == library.get("pelvic-tilt").name
    with pytest.raises(SessionProblem, match="not in the library"):
        sessions.plan_session(store, library, NOW, ["no-such-exercise"])


def test_plan_follows_the_active_programme_its_days_and_its_own_exercises(
    store: Store, library: ExerciseLibrary
) -> None:
    imported, _ = import_programme_file(store, PROGRAMME_FILE, library, NOW)
    monday = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    tuesday = monday + timedelta(days=1)
    assert monday.isoweekday() == 1  # the plan reads the day in the zone of the time given

    plan = sessions.plan_session(store, library, monday)
    assert plan.title == "Back to walking"
    assert plan.programme_id == imported.programme.id
    assert [i.exercise_id for i in plan.items] == [
        "knee-to-chest-single",
        "glute-bridge",
        "chair-hip-circles",  # the physiotherapist's own exercise, carried in the file
        "walking",
    ]
    bridge = plan.items[1].dose
    assert (bridge.sets, bridge.reps, bridge.hold_s, bridge.rest_s) == (2, 8, 3, 30)
    assert plan.items[3].dose.minutes == 10
    own = plan.exercise("chair-hip-circles", library)
    assert own is not None and own.steps and "chair-hip-circles" not in library
    assert plan.exercise("walking", library) == library.get("walking")

    # the bridge is for Monday, Wednesday and Friday only
    assert "glute-bridge" not in [
        i.exercise_id for i in sessions.plan_session(store, library, tuesday).items
    ]
    # asking for a starter programme by name ignores the active one
    assert sessions.plan_session(store, library, monday, starter_id="flare-up").programme_id is None


def test_a_session_is_stored_step_by_step(store: Store) -> None:
    record, changes = sessions.start_session(store, two_exercises(), NOW, 3, 6)
    assert changes.concerns(Topic.SESSIONS)
    stored = sessions.get_session(store, record.id)
    assert stored.status is SessionStatus.IN_PROGRESS
    assert (stored.back_pain_before, stored.leg_pain_before) == (3, 6)
    assert [e.prescribed for e in stored.exercises] == [
        {"sets": 2, "reps": 8, "hold_seconds": 3, "rest_seconds": 30, "sides": "one"},
        {"sets": 1, "reps": 12, "hold_seconds": 0, "rest_seconds": 0, "sides": "each"},
    ]

    sessions.record_progress(store, record.id, 0, ExerciseDone(sets=1, reps=9, hold_seconds=27))
    assert sessions.get_session(store, record.id).exercises[0].done == ExerciseDone(1, 9, 27)
    sessions.record_progress(store, record.id, 0, ExerciseDone(sets=2, reps=16, hold_seconds=48))
    advice, _ = sessions.record_response(
        store, record.id, 0, ExerciseResponse.BETTER_OR_SAME, NOW + timedelta(minutes=3)
    )
    assert not advice.stop_exercise and advice.review is None
    sessions.record_progress(store, record.id, 1, ExerciseDone(skipped=True))

    finished, _ = sessions.finish_session(
        store, record.id, NOW + timedelta(minutes=5), back_pain_after=2, leg_pain_after=4
    )
    assert finished.status is SessionStatus.COMPLETED
    assert finished.ended_at == NOW + timedelta(minutes=5)
    assert (finished.back_pain_after, finished.leg_pain_after) == (2, 4)
    first, second = finished.exercises
    assert (
        first.done == ExerciseDone(2, 16, 48) and first.response is ExerciseResponse.BETTER_OR_SAME
    )
    assert second.done.skipped and second.response is None


def test_ending_early_and_adding_pain_afterwards(store: Store) -> None:
    record, _ = sessions.start_session(store, two_exercises(), NOW)
    sessions.finish_session(store, record.id, NOW + timedelta(minutes=1), ended_early=True)
    later, _ = sessions.finish_session(
        store, record.id, NOW + timedelta(minutes=2), ended_early=False, leg_pain_after=1
    )
    # the second call only adds the pain: the session stays ended early at its first end
    assert later.status is SessionStatus.ENDED_EARLY
    assert later.ended_at == NOW + timedelta(minutes=1)
    assert later.leg_pain_after == 1


def test_worse_stops_the_exercise_names_the_easier_one_and_twice_advises_review(
    store: Store, library: ExerciseLibrary
) -> None:
    first, _ = sessions.start_session(store, two_exercises(), NOW)
    advice, _ = sessions.record_response(
        store, first.id, 0, ExerciseResponse.WORSE, NOW, library=library
    )
    assert advice.stop_exercise
    assert advice.easier == library.get("glute-bridge").easier
    assert advice.easier[0] == "pelvic-tilt"  # the easiest first: the one the player offers
    assert advice.review is None  # once is not yet "repeated"

    position, _ = sessions.add_exercise(
        store, first.id, SessionItem("pelvic-tilt", Dose(reps=5)), instead_of="glute-bridge"
    )
    stored = sessions.get_session(store, first.id).exercises
    assert (position, stored[-1].exercise_id) == (2, "pelvic-tilt")
    assert stored[-1].prescribed["instead_of"] == "glute-bridge"

    second, _ = sessions.start_session(store, two_exercises(), NOW + timedelta(days=3))
    advice, _ = sessions.record_response(
        store, second.id, 1, ExerciseResponse.WORSE, NOW + timedelta(days=3), library=library
    )
    assert advice.review is not None and advice.review.title == "Book a review"
    # a first session's "worse" more than two weeks ago does not count
    third, _ = sessions.start_session(store, two_exercises(), NOW + timedelta(days=30))
    advice, _ = sessions.record_response(
        store, third.id, 0, ExerciseResponse.WORSE, NOW + timedelta(days=30)
    )
    assert advice.review is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: sessions.start_session(s, two_exercises(), NOW, 11), "0 .none. to 10"),
        (lambda s: sessions.start_session(s, SessionPlan("", ()), NOW), "no exercises"),
        (
            lambda s: sessions.start_session(s, two_exercises(), NOW.replace(tzinfo=None)),
            "time zone",
        ),
        (lambda s: sessions.record_progress(s, 999, 0, ExerciseDone()), "not part of"),
        (lambda s: sessions.finish_session(s, 999, NOW), "no longer stored"),
    ],
)
def test_problems_are_told_in_plain_words(store: Store, call: object, message: str) -> None:
    with pytest.raises(SessionProblem, match=message):
        call(store)  # type: ignore[operator]


def test_a_session_left_in_progress_is_kept_as_interrupted(store: Store) -> None:
    left, _ = sessions.start_session(store, two_exercises(), NOW)
    sessions.record_progress(store, left.id, 0, ExerciseDone(reps=4))
    # starting the next session finds the old one still "in progress": it was cut off
    new, _ = sessions.start_session(store, two_exercises(), NOW + timedelta(hours=2))
    old = sessions.get_session(store, left.id)
    assert old.status is SessionStatus.INTERRUPTED
    assert old.exercises[0].done.reps == 4
    assert sessions.get_session(store, new.id).status is SessionStatus.IN_PROGRESS
    assert [s.id for s in sessions.session_history(store)] == [left.id, new.id]
    assert sessions.interrupt_session(store, new.id).concerns(Topic.SESSIONS)
    assert not sessions.interrupt_session(store, new.id)  # already interrupted: nothing to do


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_mid_session_leaves_a_partial_session_that_is_found(data_dir: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, str(KILLED_SESSION), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert process.stdout is not None
    lines: list[str] = []
    try:
        for line in process.stdout:
            lines.append(line.strip())
            if line.strip() == "waiting":
                break
    finally:
        process.send_signal(signal.SIGKILL)
        _, errors = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, errors
    assert lines[-2:] == ["rep 3", "waiting"], (lines, errors)
    session_id = int(lines[0].split()[1])

    store = open_store(data_dir, migrations_dir())
    try:
        assert sessions.get_session(store, session_id).status is SessionStatus.IN_PROGRESS
        found, changes = sessions.close_interrupted_sessions(store)
        assert found == [session_id] and changes.concerns(Topic.SESSIONS)
        partial = sessions.get_session(store, session_id)
        assert partial.status is SessionStatus.INTERRUPTED
        assert (partial.back_pain_before, partial.leg_pain_before) == (3, 5)
        knee_rolls, tilt = partial.exercises
        assert knee_rolls.exercise_id == "knee-rolls" and knee_rolls.done.reps == 3
        assert knee_rolls.prescribed["sides"] == "alternate"
        assert tilt.done == ExerciseDone() and tilt.prescribed["reps"] == 10
    finally:
        store.close()
