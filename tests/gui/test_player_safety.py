"""Issue 15 and issue 13 item 4 in the session player: safety text, the worse page, the count,
today's limits, and a window that opens whole and centred."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.vocabulary import ExerciseResponse, SessionStatus, TriageLevel
from companion.services import sessions
from companion.services.data_store import Store
from companion.services.screening import record_screening
from companion.storage.models import RedFlagScreening
from companion.ui.context import AppContext
from companion.ui.exercises.player import window as session_player
from companion.ui.exercises.player.session_player import SessionPlayer
from companion.ui.exercises.player.window import start_session
from companion.ui.ui_state import UiState
from companion.ui.window_placement import fit_inside

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
CHILD = Path(__file__).with_name("player_placement_child.py")
REPO = Path(__file__).resolve().parents[2]
ALL_NO = {q.id: False for q in QUESTIONS}


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


class Quiet:
    muted = False

    def cue(self, cue: object, words: str) -> None:
        pass


@pytest.fixture
def context(store: Store, data_dir: Path) -> Iterator[AppContext]:
    record_screening(store, ALL_NO, ScreeningReason.FIRST_RUN, NOW - timedelta(hours=1))
    yield AppContext(store, UiState(data_dir))
    for player in list(session_player._open_players.values()):
        if shiboken6.isValid(player):
            player.close()
    session_player._open_players.clear()
    for note in list(session_player._open_notes):
        if shiboken6.isValid(note):
            note.close()


def _open(
    qtbot: QtBot,
    context: AppContext,
    ids: list[str],
    clock: FakeClock,
    parent: QWidget | None = None,
) -> SessionPlayer:
    player = start_session(
        context, parent, exercise_ids=ids, clock=clock, now=lambda: NOW, cues=Quiet()
    )
    assert isinstance(player, SessionPlayer)
    qtbot.waitExposed(player)
    player._timer.stop()
    return player


def _play(player: SessionPlayer, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds / 0.5)):
        clock.now += 0.5
        player.tick()


def test_each_exercise_shows_its_cautions_stop_rules_and_notes(
    qtbot: QtBot, context: AppContext
) -> None:
    clock = FakeClock()
    player = _open(qtbot, context, ["prone-press-up"], clock)
    player.begin()
    qtbot.waitUntil(lambda: player.pages.currentIndex() == player.PAGE_EXERCISE)
    press_up = context.library.get("prone-press-up")
    text = player.safety_label.text()
    assert player.safety_label.isVisible()
    assert "When to stop:" in text and "Take care:" in text and "How much:" in text
    for line in (*press_up.stop_rules, *press_up.cautions, press_up.dose.note):
        assert line.replace("'", "&#x27;") in text or line in text


def test_the_programme_note_reaches_the_player(qtbot: QtBot, context: AppContext) -> None:
    plan = sessions.SessionPlan(
        "Mine",
        (
            sessions.SessionItem(
                "walking",
                replace(context.library.get("walking").dose, note="Sore leg only."),
                "Flat ground only.",
            ),
        ),
    )
    player = SessionPlayer(context, plan, clock=FakeClock(), now=lambda: NOW, cues=Quiet())
    qtbot.addWidget(player)
    player.show()
    player.begin()
    qtbot.waitUntil(lambda: player.pages.currentIndex() == player.PAGE_EXERCISE)
    assert "From your programme:" in player.safety_label.text()
    assert "Flat ground only." in player.safety_label.text()
    assert "How much:</b> Sore leg only." in player.safety_label.text()  # the programme's dose


def test_the_worse_page_can_end_the_session_and_the_finish_counts_one(
    qtbot: QtBot, context: AppContext
) -> None:
    clock = FakeClock()
    player = _open(qtbot, context, ["glute-bridge", "walking"], clock)
    player.begin()
    qtbot.waitUntil(lambda: player.pages.currentIndex() == player.PAGE_EXERCISE)
    _play(player, clock, 20)
    player.skip()
    assert player.pages.currentIndex() == player.PAGE_RESPONSE
    player.respond(ExerciseResponse.WORSE)
    assert player.advice_box.isVisible()
    assert player.next_button.isVisible() and player.end_after_worse_button.isVisible()
    assert player.end_after_worse_button.text().replace("&", "") == "End the session"
    player.end_after_worse_button.click()
    assert player.pages.currentIndex() == player.PAGE_FINISH
    assert "One exercise made your leg symptoms worse." in player.finish_text.text()
    assert "Some exercises" not in player.finish_text.text()
    assert player.session_id is not None
    stored = sessions.get_session(context.store, player.session_id)
    assert stored.status is SessionStatus.ENDED_EARLY
    assert stored.exercises[0].response is ExerciseResponse.WORSE


def test_a_worse_exercise_is_left_out_of_the_next_session_with_its_reason(
    qtbot: QtBot, context: AppContext
) -> None:
    clock = FakeClock()
    first = _open(qtbot, context, ["glute-bridge", "walking"], clock)
    first.begin()
    qtbot.waitUntil(lambda: first.pages.currentIndex() == first.PAGE_EXERCISE)
    _play(first, clock, 20)
    first.skip()
    first.respond(ExerciseResponse.WORSE)
    first.end_after_worse_button.click()
    first.save_and_close()
    qtbot.waitUntil(lambda: not session_player._open_players)
    later = _open(qtbot, context, ["glute-bridge", "walking"], clock)
    assert [p.exercise_id for p in later.timeline.plan] == ["walking"]
    intro = later.pages.widget(later.PAGE_INTRO)
    texts = " ".join(w.text() for w in intro.findChildren(QLabel))
    assert "Not in this session:" in texts
    assert "made your leg symptoms worse earlier today" in texts


def test_a_same_day_finding_leaves_only_walking_and_says_see_a_doctor(
    qtbot: QtBot, context: AppContext
) -> None:
    with context.store.units.write() as uow:
        uow.session.add(
            RedFlagScreening(
                taken_at=NOW, reason="on_demand", level=TriageLevel.SAME_DAY, answers={}
            )
        )
        uow.commit()
    clock = FakeClock()
    player = _open(qtbot, context, ["glute-bridge", "nerve-slider-seated", "walking"], clock)
    assert [p.exercise_id for p in player.timeline.plan] == ["walking"]
    intro = player.pages.widget(player.PAGE_INTRO)
    texts = " ".join(w.text() for w in intro.findChildren(QLabel))
    assert "See your GP, an urgent care service or your local urgent advice line today" in texts
    player.close()
    session_player._open_players.clear()
    nothing = start_session(
        context, None, exercise_ids=["glute-bridge"], clock=clock, now=lambda: NOW, cues=Quiet()
    )
    assert nothing is None
    (box,) = [b for b in session_player._open_notes if shiboken6.isValid(b)]
    assert box.objectName() == "nothingToDo"
    assert "doctor" in box.informativeText()


def test_a_same_day_finding_is_said_first_on_the_today_page(
    qtbot: QtBot, context: AppContext
) -> None:
    from companion.ui.today.today_view import TodayView

    view = TodayView(context, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.refresh_due()
    assert not any("doctor's check" in text for text in view.due_items())
    with context.store.units.write() as uow:
        uow.session.add(
            RedFlagScreening(
                taken_at=NOW, reason="on_demand", level=TriageLevel.SAME_DAY, answers={}
            )
        )
        uow.commit()
    view.refresh_due()
    shown = view.due_items()
    assert "See your GP, an urgent care service or your local urgent advice line today" in shown[0]
    assert "nerve glides and strengthening exercises are paused" in shown[0]
    assert not view.lock_banner_shown()  # not an emergency: no red banner


@pytest.mark.parametrize(
    ("wanted", "anchor", "inside"),
    [
        (QSize(1200, 900), None, QRect(0, 0, 1366, 768)),
        (QSize(800, 600), QRect(500, 200, 866, 568), QRect(0, 0, 1366, 768)),
        (QSize(800, 600), QRect(1000, 600, 300, 100), QRect(0, 0, 1366, 768)),
        (QSize(900, 700), None, QRect(1366, 0, 1920, 1080)),
    ],
)
def test_placement_stays_inside_the_screen(
    wanted: QSize, anchor: QRect | None, inside: QRect
) -> None:
    placed = fit_inside(wanted, inside, anchor)
    assert inside.contains(placed)
    assert placed.width() <= wanted.width() and placed.height() <= wanted.height()
    centre = (anchor or inside).center()
    if anchor is None:
        assert abs(placed.center().x() - centre.x()) <= 1


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_player_opens_whole_and_centred_on_the_main_window(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    width, height = size
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {"name": "test", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
                ],
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    screen, main, player = (QRect(*found[k]) for k in ("screen", "main", "player"))
    assert screen == QRect(0, 0, width, height)
    assert screen.contains(player), (player, screen)  # whole, frame and all
    assert abs(player.center().x() - main.center().x()) <= 2
    assert abs(player.center().y() - main.center().y()) <= 60


def test_when_every_exercise_is_done_its_times_today_the_player_says_so(
    qtbot: QtBot, context: AppContext
) -> None:
    """Walking once a day, done this morning: the Exercises page ticks it, and starting again
    says the day's exercises are done instead of opening an empty player."""
    from companion.domain.exercise import Dose
    from companion.domain.programme import Prescription, ProgrammeDocument
    from companion.services.programmes import import_programme
    from companion.ui.exercises.exercises_view import ExercisesView

    document = ProgrammeDocument(
        title="Walks",
        author="A. Physio",
        exercises=(Prescription("walking", Dose(minutes=10, times_per_day=1)),),
    )
    import_programme(context.store, document, NOW)
    plan = sessions.plan_session(context.store, context.library, NOW)
    record, _ = sessions.start_session(context.store, plan, NOW)
    sessions.record_progress(
        context.store, record.id, 0, sessions.ExerciseDone(sets=1, reps=1, hold_seconds=600)
    )
    later = NOW + timedelta(hours=3)
    view = ExercisesView(context.library, None, context, lambda _w: None, now=lambda: later)
    qtbot.addWidget(view)
    today = view.today
    assert today is not None
    assert [today.list.item(i).text() for i in range(today.list.count())] == ["✓ Graded walking"]
    assert not today.start_button.isEnabled()
    nothing = start_session(context, None, clock=FakeClock(), now=lambda: later, cues=Quiet())
    assert nothing is None
    (box,) = [b for b in session_player._open_notes if shiboken6.isValid(b)]
    assert box.objectName() == "nothingToDo"
    assert "as often as your programme asks today" in box.text()
