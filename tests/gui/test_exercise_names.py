"""Names, never ids (issue 13.11): the Exercises page's today panel names a programme file's own
exercise, in its list and in what waits today."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.vocabulary import ExerciseResponse
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.programmes import import_programme_file
from companion.services.sessions import plan_session, record_response, start_session
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import ExercisesView
from companion.ui.ui_state import UiState

REPO = Path(__file__).resolve().parents[2]
PROGRAMME_FILE = REPO / "tests" / "unit" / "content" / "fixtures" / "example.scprog"
CUSTOM_ID, CUSTOM_NAME = "chair-hip-circles", "Seated hip circles"
MONDAY = datetime(2026, 11, 23, 15, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def test_todays_panel_names_the_programmes_own_exercise(
    qtbot: QtBot, store: Store, data_dir: Path, library: ExerciseLibrary
) -> None:
    import_programme_file(store, PROGRAMME_FILE, library, MONDAY - timedelta(days=7))
    context = AppContext(store, UiState(data_dir), load_library=lambda: library)
    view = ExercisesView(library, None, context, lambda _w: None, now=lambda: MONDAY)
    qtbot.addWidget(view)
    assert view.today is not None
    texts = [view.today.list.item(i).text() for i in range(view.today.list.count())]
    assert f"• {CUSTOM_NAME}" in texts
    assert not any(CUSTOM_ID in text for text in texts)

    # Answered "worse" earlier today: it waits, and the panel says which one by its name.
    earlier = MONDAY - timedelta(hours=3)
    plan = plan_session(store, library, earlier)
    position = [i.exercise_id for i in plan.items].index(CUSTOM_ID)
    session, _ = start_session(store, plan, earlier)
    _, changes = record_response(store, session.id, position, ExerciseResponse.WORSE, earlier)
    context.publish(changes)
    texts = [view.today.list.item(i).text() for i in range(view.today.list.count())]
    assert f"– {CUSTOM_NAME}" in texts
    assert view.today.left_out_note.text().startswith(f"{CUSTOM_NAME}: ")
    assert CUSTOM_ID not in view.today.left_out_note.text()


def test_the_progression_panel_names_a_waiting_custom_exercise(
    qtbot: QtBot, store: Store, data_dir: Path, library: ExerciseLibrary
) -> None:
    from sqlalchemy import select

    from companion.storage.models import PrescribedExercise
    from companion.ui.programme.programme_safety import ProgressionPanel

    import_programme_file(store, PROGRAMME_FILE, library, MONDAY - timedelta(days=7))
    with store.units.write() as uow:  # it stepped up two days ago: it waits a week
        row = uow.session.scalars(
            select(PrescribedExercise).where(PrescribedExercise.exercise_id == CUSTOM_ID)
        ).one()
        row.progress_state = {"last_step": (MONDAY.date() - timedelta(days=2)).isoformat()}
        uow.commit()
    context = AppContext(store, UiState(data_dir), load_library=lambda: library)
    panel = ProgressionPanel(context, now=lambda: MONDAY)
    qtbot.addWidget(panel)
    assert f"stays as it is for now: {CUSTOM_NAME}." in panel.text.text()
    assert CUSTOM_ID not in panel.text.text()
