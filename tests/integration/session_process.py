"""A session cut short: `python tests/integration/session_process.py DATA_DIR`.

It starts a session the way the player does, then plays the first exercise on the real
timeline with a fast clock, storing each repetition as it ends and printing "rep N" only once
that commit has returned. Then it waits to be killed.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from companion.content.library import load_library
from companion.domain.session import PlannedExercise, SessionTimeline
from companion.paths import exercises_dir, migrations_dir
from companion.services import sessions
from companion.services.data_store import open_store

EXERCISES = ["knee-rolls", "pelvic-tilt"]
STARTED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def play_until_killed(data_dir: Path) -> None:
    """Start a session, store repetitions as they end, then wait."""
    store = open_store(data_dir, migrations_dir())
    library = load_library(exercises_dir())
    plan = sessions.plan_session(store, library, STARTED_AT, EXERCISES)
    record, _ = sessions.start_session(store, plan, STARTED_AT, 3, 5)
    print(f"session {record.id}", flush=True)
    fake_now = [0.0]
    timeline = SessionTimeline(
        [PlannedExercise(i.exercise_id, i.dose) for i in plan.items], lambda: fake_now[0]
    )
    timeline.start()
    stored = 0
    while timeline.exercise_index == 0 and stored < 3:
        fake_now[0] += 0.5
        if timeline.tick().progressed:
            progress = timeline.progress[0]
            done = sessions.ExerciseDone(
                sets=progress.sets_done(plan.items[0].dose),
                reps=progress.reps,
                hold_seconds=int(progress.hold_seconds),
            )
            sessions.record_progress(store, record.id, record.exercises[0].position, done)
            stored = progress.reps
            print(f"rep {stored}", flush=True)
    print("waiting", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    play_until_killed(Path(sys.argv[1]))
