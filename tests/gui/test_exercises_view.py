"""The Exercises page over the real library: search, filter, and a figure that moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.exercise import Category
from companion.paths import exercises_dir
from companion.ui.exercises_view import ExercisesView, dose_text


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
    held = next(e for e in library if e.dose.hold_s and e.dose.reps > 1)
    assert f"hold {held.dose.hold_s} s" in dose_text(held.dose)
