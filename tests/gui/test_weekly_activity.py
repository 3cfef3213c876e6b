"""A weekly activity (water walking, 3 times a week) counts its days in the locale's week on the
Exercises page and on Progress, from the same figure the report prints; not as a missed session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.exercise import Dose
from companion.domain.programme import Prescription, ProgrammeDocument
from companion.domain.vocabulary import SessionStatus
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.programmes import import_programme
from companion.storage.models import ExerciseSession, SessionExercise
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import ExercisesView
from companion.ui.progress.progress_view import ProgressView
from companion.ui.ui_state import UiState

SUNDAY, TUESDAY, THURSDAY = date(2026, 11, 29), date(2026, 12, 1), date(2026, 12, 3)
WATER = "Walking in water or swimming"


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12).astimezone()  # local noon, any zone


@pytest.fixture
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


@pytest.fixture
def context(store: Store, data_dir: Path, library: ExerciseLibrary) -> AppContext:
    document = ProgrammeDocument(
        title="Pool and walks",
        author="A. Physio",
        start_date=SUNDAY - timedelta(days=14),
        exercises=(
            Prescription("water-walking", library.get("water-walking").dose),
            Prescription("walking", Dose(minutes=10)),
        ),
    )
    import_programme(store, document, _noon(SUNDAY - timedelta(days=14)))
    for day in (SUNDAY, TUESDAY, THURSDAY):
        with store.units.write() as uow:
            session = ExerciseSession(started_at=_noon(day), status=SessionStatus.COMPLETED)
            session.exercises = [
                SessionExercise(position=0, exercise_id="water-walking", prescribed={}, reps_done=1)
            ]
            uow.session.add(session)
            uow.commit()
    now = _noon(THURSDAY) + timedelta(hours=6)
    return AppContext(store, UiState(data_dir), load_library=lambda: library, clock=lambda: now)


@pytest.fixture(params=[("de_DE", 2), ("en_US", 3)], ids=["monday-week", "sunday-week"])
def locale_week(request: pytest.FixtureRequest) -> Iterator[int]:
    """The locale, and the days its week (Monday or Sunday first) holds by Thursday."""
    name, days = request.param
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    yield days
    QLocale.setDefault(before)


def test_the_exercises_page_counts_water_walking_by_the_locales_week(
    qtbot: QtBot, context: AppContext, library: ExerciseLibrary, locale_week: int
) -> None:
    view = ExercisesView(library, None, context, lambda _w: None, now=context.now)
    qtbot.addWidget(view)
    assert view.today is not None
    lines = view.today.summary.text().splitlines()
    assert f"{WATER}: {locale_week} of 3 times this week" in lines
    # Water walking plans no session: the day plans walking's one (today's session, which
    # held the water walking, is the one done).
    assert lines[0] == "Pool and walks: 1 of 1 session done today"
    ids = [view.today.list.item(i).text() for i in range(view.today.list.count())]
    # Done today, so listed as done (tomorrow a Sunday week, which has its 3 days, drops it).
    assert f"✓ {WATER}" in ids


def test_progress_says_the_same_as_the_report(
    qtbot: QtBot, context: AppContext, store: Store, locale_week: int
) -> None:
    from companion.domain.report import ReportOptions
    from companion.reports.report_words import weekly_activity_lines
    from companion.reports.wording import wording
    from companion.services.report_data import build_report

    view = ProgressView(context)
    qtbot.addWidget(view)
    view.show()
    assert f"{WATER}: {locale_week} of 3 times this week" in view.summary.text().splitlines()
    # The report's weeks run Monday to Sunday, as its weekly table does.
    report = build_report(
        store,
        ReportOptions(start=SUNDAY - timedelta(days=13), end=THURSDAY),
        exercise_names={"water-walking": WATER},
    )
    assert weekly_activity_lines(wording("en"), report.adherence) == [
        f"{WATER}: 2 of 3 times in the week from 30 Nov"
    ]
