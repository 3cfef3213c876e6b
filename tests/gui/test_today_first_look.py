"""Today painted before the store is open (from the sqlite3 reader's first look) shows exactly
what Today over the open store shows; nothing on the way opens the store, and the first save
does (real widgets, real SQLite files, a fixed clock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.vocabulary import PainSite, SymptomKind
from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, last_checkin, record_checkin
from companion.services.data_store import Store, open_store
from companion.services.measures import record_bothersomeness
from companion.services.screening import record_screening
from companion.services.today import read_today
from companion.ui.context import AppContext, DiaryNotOpened
from companion.ui.today.today_view import TodayView
from companion.ui.ui_state import UiState

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZONE)


def _answers(*yes: str) -> dict[str, bool]:
    return {q.id: q.id in yes for q in QUESTIONS}


def _checkin(store: Store, at: datetime, leg: int, **more: object) -> None:
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=leg, **more), at)  # type: ignore[arg-type]


def _never_screened(store: Store) -> None:
    _checkin(store, NOW - timedelta(days=1), 4)


def _screened_last_week(store: Store) -> None:
    record_screening(store, _answers(), ScreeningReason.FIRST_RUN, NOW - timedelta(days=8))
    _checkin(store, NOW - timedelta(days=2), 3, pain_sites=frozenset({PainSite.LEFT_THIGH}))


def _screened_today(store: Store) -> None:
    record_screening(store, _answers(), ScreeningReason.WEEKLY, NOW - timedelta(hours=1))
    answers = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 4}
    record_bothersomeness(store, answers, NOW - timedelta(minutes=45))
    _checkin(store, NOW - timedelta(minutes=30), 5)


def _new_numbness_since(store: Store) -> None:
    record_screening(store, _answers(), ScreeningReason.WEEKLY, NOW - timedelta(days=2))
    _checkin(store, NOW - timedelta(days=1), 3)
    _checkin(store, NOW - timedelta(hours=2), 8, symptoms=frozenset({SymptomKind.NUMBNESS}))


def _same_day_advice(store: Store) -> None:
    record_screening(
        store, _answers("one_leg_weak"), ScreeningReason.ON_DEMAND, NOW - timedelta(hours=2)
    )


def _emergency(store: Store) -> None:
    _checkin(store, NOW - timedelta(days=3), 6)
    record_screening(
        store, _answers("saddle_numbness"), ScreeningReason.ON_DEMAND, NOW - timedelta(days=1)
    )


DIARIES: dict[str, Callable[[Store], None]] = {
    "empty": lambda _store: None,
    "never screened": _never_screened,
    "screened last week": _screened_last_week,
    "screened today, a measure taken": _screened_today,
    "new numbness since the screening": _new_numbness_since,
    "same-day advice today": _same_day_advice,
    "emergency answer": _emergency,
}


def _page(view: TodayView) -> dict[str, object]:
    return {
        "greeting": view.greeting.text(),
        "last": view.last_label.text(),
        "due": view.due_items(),
        "locked": view.lock_banner_shown(),
        "lock": view.lock_text.text() if view.lock_banner_shown() else "",
        "leg pain": view.form.leg_pain.value(),
        "sites": sorted(view.form.body_map.sites()),
    }


@pytest.mark.parametrize("diary", DIARIES)
def test_the_first_look_shows_what_the_open_store_shows(
    qtbot: QtBot, data_dir: Path, diary: str
) -> None:
    store = open_store(data_dir, migrations_dir())
    DIARIES[diary](store)
    over_store = TodayView(AppContext(store, UiState(data_dir), clock=lambda: NOW))
    qtbot.addWidget(over_store)
    expected = _page(over_store)
    store.close()

    first_look = read_today(data_dir, NOW)
    assert first_look is not None
    opened: list[Store] = []

    def open_later() -> Store:
        opened.append(open_store(data_dir, migrations_dir()))
        return opened[-1]

    context = AppContext(open_later, UiState(data_dir), clock=lambda: NOW, first_look=first_look)
    before_store = TodayView(context)
    qtbot.addWidget(before_store)
    before_store.show()
    qtbot.waitExposed(before_store)
    assert _page(before_store) == expected
    assert not context.store_open and not opened
    # The store opens once it is needed: here, to save a check-in.
    before_store.form.leg_pain.set_value(7)
    before_store.form.back_pain.set_value(3)
    saved = before_store.form.save()
    assert saved is not None and context.store_open and len(opened) == 1
    assert context.first_look is None
    latest = last_checkin(opened[0])
    assert latest is not None and latest.leg_pain == 7
    opened[0].close()


def test_a_store_that_cannot_be_opened_keeps_what_was_typed(qtbot: QtBot, data_dir: Path) -> None:
    open_store(data_dir, migrations_dir()).close()
    first_look = read_today(data_dir, NOW)
    assert first_look is not None
    context = AppContext(lambda: None, UiState(data_dir), clock=lambda: NOW, first_look=first_look)
    view = TodayView(context)
    qtbot.addWidget(view)
    view.form.leg_pain.set_value(6)
    with pytest.raises(DiaryNotOpened):
        _ = context.store
    assert view.form.save() is None
    assert view.form.leg_pain.value() == 6
    assert view.form.save_problem is not None
    view.form.save_problem.close()
