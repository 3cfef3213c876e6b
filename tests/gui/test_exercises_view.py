"""The Exercises page over the real library: search, filter, and a figure that moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Category, ClearanceCondition, Dose
from companion.domain.vocabulary import ExerciseResponse, TriageLevel
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.programmes import start_starter_programme
from companion.services.safety_plan import save_clearance
from companion.services.sessions import (
    ExerciseDone,
    finish_session,
    plan_session,
    record_progress,
    record_response,
    start_session,
)
from companion.storage.models import RedFlagScreening
from companion.ui.context import AppContext
from companion.ui.exercises.exercise_words import dose_text, duration_text
from companion.ui.exercises.exercises_view import ExercisesView
from companion.ui.ui_state import UiState


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def _names(view: ExercisesView) -> list[str]:
    return [view.list.item(i).text() for i in range(view.list.count())]


def test_lists_every_exercise_by_name(qtbot: QtBot, library: ExerciseLibrary) -> None:
    view = ExercisesView(library)
    qtbot.addWidget(view)
    names = _names(view)
    assert len(names) == len(library) >= 25
    assert names == sorted(names, key=str.casefold)
    assert view.detail.title.text() == names[0]


def test_search_and_category_filter(qtbot: QtBot, library: ExerciseLibrary) -> None:
    view = ExercisesView(library)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.setFocus()
    qtbot.keySequence(view.list, "Ctrl+F")
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "bridge")
    assert all(
        "bridge" in library.get(view.list.item(i).data(Qt.ItemDataRole.UserRole)).search_text()
        for i in range(view.list.count())
    )
    assert view.list.count() >= 1

    view.search.clear()
    index = view.category.findData(Category.NERVE_MOBILITY.value)
    view.category.setCurrentIndex(index)
    shown = [
        library.get(view.list.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(view.list.count())
    ]
    assert shown and all(e.category is Category.NERVE_MOBILITY for e in shown)

    qtbot.keyClicks(view.search, "zzzz no such exercise")
    assert view.list.count() == 0
    assert "No exercise matches" in view.detail.summary.text()


def test_play_moves_the_figure_and_other_side_mirrors_it(
    qtbot: QtBot, library: ExerciseLibrary
) -> None:
    view = ExercisesView(library)
    qtbot.addWidget(view)
    view.show()
    view.search.setText("bird-dog")
    detail = view.detail
    still = detail.figure.primitives()
    qtbot.mouseClick(detail.play_button, Qt.MouseButton.LeftButton)
    assert detail.figure.is_playing()
    qtbot.waitUntil(lambda: detail.figure.primitives() != still, timeout=3000)
    qtbot.mouseClick(detail.play_button, Qt.MouseButton.LeftButton)
    assert not detail.figure.is_playing()

    before = detail.figure.primitives()
    qtbot.mouseClick(detail.mirror_button, Qt.MouseButton.LeftButton)
    after = detail.figure.primitives()
    assert before != after


def test_dose_reads_as_plain_words(library: ExerciseLibrary) -> None:
    walking = next(e for e in library if e.dose.is_timed)
    assert "minutes" in dose_text(walking.dose)
    held = next(e for e in library if 0 < e.dose.hold_s < 60 and e.dose.reps > 1)
    assert f"hold {held.dose.hold_s} s" in dose_text(held.dose)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(20, "20 s"), (59, "59 s"), (60, "1 minute"), (120, "2 minutes"), (90, "1 min 30 s")],
)
def test_holds_and_rests_read_as_people_say_them(seconds: int, words: str) -> None:
    assert duration_text(seconds) == words
    dose = Dose(sets=1, reps=1, hold_s=seconds, rest_s=seconds)
    assert dose_text(dose).startswith(f"hold {words}")
    assert f"rest {words} between sets" in dose_text(dose)


def test_todays_programme_shows_what_is_planned_and_done(
    qtbot: QtBot, store: Store, data_dir: Path, library: ExerciseLibrary
) -> None:
    context = AppContext(store, UiState(data_dir), load_library=lambda: library)
    started: list[object] = []
    view = ExercisesView(library, None, context, started.append)
    qtbot.addWidget(view)
    assert view.today is not None
    assert "No programme yet" in view.today.summary.text()

    now = datetime.now(UTC)
    _, changes = start_starter_programme(store, library, "gentle-start", now)
    context.publish(changes)
    plan = plan_session(store, library, now)
    assert "0 of" in view.today.summary.text()
    assert view.today.list.count() == len(plan.items)

    session, _ = start_session(store, plan, now)
    first = plan.items[0].exercise_id
    record_progress(store, session.id, 0, ExerciseDone(sets=1, reps=plan.items[0].dose.reps))
    _, changes = finish_session(store, session.id, now)
    context.publish(changes)
    assert "1 of" in view.today.summary.text()
    assert view.today.list.item(0).text().startswith("✓")
    assert not view.today.list.item(1).text().startswith("✓")

    view.today.list.itemClicked.emit(view.today.list.item(0))
    assert view.detail.title.text() == library.get(first).name
    qtbot.mouseClick(view.today.start_button, Qt.MouseButton.LeftButton)
    assert len(started) == 1


LOCAL = datetime(2026, 3, 10, 15, 0, tzinfo=timezone(timedelta(hours=1)))


def test_today_shows_what_waits_and_why(
    qtbot: QtBot, store: Store, data_dir: Path, library: ExerciseLibrary
) -> None:
    context = AppContext(store, UiState(data_dir), load_library=lambda: library)
    view = ExercisesView(library, None, context, lambda _w: None, now=lambda: LOCAL)
    qtbot.addWidget(view)
    assert view.today is not None
    plan = plan_session(store, library, LOCAL - timedelta(hours=3))
    session, _ = start_session(store, plan, LOCAL - timedelta(hours=3))
    first = plan.items[0].exercise_id
    _, changes = record_response(store, session.id, 0, ExerciseResponse.WORSE, LOCAL)
    context.publish(changes)
    name = library.get(first).name
    assert view.today.left_out_note.isVisibleTo(view)
    assert f"{name}: Skipped today: it made your leg symptoms worse earlier today." in (
        view.today.left_out_note.text()
    )
    texts = [view.today.list.item(i).text() for i in range(view.today.list.count())]
    assert f"– {name}" in texts  # listed, marked as skipped

    with store.units.write() as uow:
        uow.session.add(
            RedFlagScreening(taken_at=LOCAL, reason="x", level=TriageLevel.SAME_DAY, answers={})
        )
        uow.commit()
    context.publish(Changes.of(Topic.SCREENINGS))
    assert (
        "See your GP, an urgent care service or your local urgent advice line today"
        in view.today.summary.text()
    )


def test_an_exercise_a_condition_affects_says_ask_your_physiotherapist(
    qtbot: QtBot, store: Store, data_dir: Path, library: ExerciseLibrary
) -> None:
    context = AppContext(store, UiState(data_dir), load_library=lambda: library)
    view = ExercisesView(library, None, context, lambda _w: None, now=lambda: LOCAL)
    qtbot.addWidget(view)
    view.select_exercise("prone-press-up")
    assert "Ask your physiotherapist first" not in view.detail.body.text()
    assert library.get("prone-press-up").dose.note in view.detail.body.text()
    context.publish(save_clearance(store, {ClearanceCondition.PREGNANCY}, LOCAL))
    assert "Ask your physiotherapist first" in view.detail.body.text()
    assert "I am pregnant" in view.detail.body.text()
    view.select_exercise("walking")
    assert "Ask your physiotherapist first" not in view.detail.body.text()
