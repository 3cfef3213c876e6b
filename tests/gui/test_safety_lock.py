"""The emergency lock on real widgets over a real data folder: the red banner and the lock
survive a restart and a clear re-answer, only a dated confirmation lifts them, and while locked
no exercise reminder comes and the check-in reminder and the tray carry the instruction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import LegReach, ReminderKind, Side
from companion.paths import migrations_dir
from companion.reminders.rules import ReminderRules
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store, open_store
from companion.services.diary import EntryKind
from companion.services.measures import record_bothersomeness, record_functional_scale
from companion.services.reminders import load_rules, save_rules
from companion.services.screening import (
    current_lock,
    exercise_blocked,
    record_assessment,
    record_screening,
)
from companion.system.desktop_state import DesktopWatcher
from companion.system.idle import IdleDetection
from companion.ui import language
from companion.ui.companion_app import CompanionApp
from companion.ui.context import AppContext
from companion.ui.diary.diary_view import DiaryView
from companion.ui.progress.assessment_dialog import AssessmentDialog
from companion.ui.reminders.activity import ActivityWatch
from companion.ui.reminders.reminder_runner import ReminderRunner, attach_to_tray
from companion.ui.safety.red_flag_texts import emergency_instruction, lock_tooltip_text, reason_text
from companion.ui.sections import build_sections
from companion.ui.today.today_view import TodayView
from companion.ui.tray import Tray
from companion.ui.ui_state import UiState

ZONE = timezone(timedelta(hours=1))
EMERGENCY_AT = datetime(2026, 3, 2, 8, 0, tzinfo=ZONE)  # a Monday morning
ALL_NO = {q.id: False for q in QUESTIONS}
EMERGENCY = ALL_NO | {"saddle_numbness": True}


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class TypingUser:
    """Someone typing steadily: sitting time counts up."""

    name = "test keyboard"

    def idle_seconds(self) -> float | None:
        return 1.0

    def close(self) -> None:
        pass


def _context(store: Store, data_dir: Path) -> AppContext:
    context = AppContext(store, UiState(data_dir))
    context.ui_state.set(UiState.WELCOMED, True)
    return context


def _today(companion: CompanionApp) -> TodayView:
    companion.window.show_section("today")
    view = companion.window.findChild(TodayView)
    assert view is not None
    return view


@pytest.fixture
def in_the_uk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbers of the user's country: 999 in the UK."""
    monkeypatch.setitem(language._state, "region", language.Region("en", "GB"))


def test_banner_and_lock_survive_a_clear_re_answer_and_a_restart(
    qtbot: QtBot, qapp: QApplication, store: Store, data_dir: Path, in_the_uk: None
) -> None:
    record_screening(store, EMERGENCY, ScreeningReason.WEEKLY, EMERGENCY_AT)
    first = CompanionApp(qapp, _context(store, data_dir), build_sections, use_tray=False)
    qtbot.addWidget(first.window)
    first.start(minimized=False)
    today = _today(first)
    assert today.lock_banner_shown()
    assert emergency_instruction() in today.lock_text.text()
    assert "999" in today.lock_text.text()
    assert first.reminders.locked

    # Answering "No" to everything 30 seconds later changes nothing.
    _, changes = record_screening(
        store, ALL_NO, ScreeningReason.ON_DEMAND, EMERGENCY_AT + timedelta(seconds=30)
    )
    first.context.publish(changes)
    assert today.lock_banner_shown()
    assert first.reminders.locked
    first.reminders.stop()

    # A new app over the same data folder, read afresh: the banner is back, and the lock.
    reopened = open_store(data_dir, migrations_dir())
    try:
        again = CompanionApp(qapp, _context(reopened, data_dir), build_sections, use_tray=False)
        qtbot.addWidget(again.window)
        again.start(minimized=False)
        assert _today(again).lock_banner_shown()
        assert again.reminders.locked
        assert again.reminders.scheduler.rules.sitting_interval is None
        # The user's own settings are kept for when the lock is lifted.
        assert load_rules(reopened).sitting_interval is not None
        again.reminders.stop()
    finally:
        reopened.close()


def test_only_a_dated_confirmation_lifts_the_lock_and_the_diary_lists_it(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    record_screening(store, EMERGENCY, ScreeningReason.WEEKLY, EMERGENCY_AT)
    context = _context(store, data_dir)
    clock = Clock(EMERGENCY_AT + timedelta(days=1, hours=3))
    today = TodayView(context, clock)
    qtbot.addWidget(today)
    diary = DiaryView(context)
    qtbot.addWidget(diary)
    assert today.lock_banner_shown()

    dialog = AssessmentDialog(context, clock=clock)
    qtbot.addWidget(dialog)
    # The picker offers only the days from the emergency answer to today.
    assert dialog.day.minimumDate().toPython() == date(2026, 3, 2)
    assert dialog.day.maximumDate().toPython() == date(2026, 3, 3)
    dialog.emergency.setChecked(True)
    dialog.day.setDate(dialog.day.minimumDate())
    dialog.confirm()

    assert dialog.record is not None
    assert dialog.record.assessed_on == date(2026, 3, 2)
    assert not exercise_blocked(store, clock.now)
    assert not today.lock_banner_shown()
    found = diary.tree.findItems(
        "Checked in an emergency department",
        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        1,
    )
    assert len(found) == 1
    assert "after the emergency answer of" in found[0].text(2)
    diary.tree.setCurrentItem(found[0])
    selected = diary.selected_entry()
    assert selected is not None and selected.kind is EntryKind.ASSESSMENT
    assert not diary.delete_button.isEnabled()  # the lock's record stays


def test_a_confirmation_with_nothing_locked_says_why_and_keeps_the_dialog(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    context = _context(store, data_dir)
    dialog = AssessmentDialog(context, clock=Clock(EMERGENCY_AT))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm()
    assert dialog.record is None
    assert dialog.isVisible()
    assert dialog.problem.isVisible() and "not locked" in dialog.problem.text()


# --- Reminders while locked ----------------------------------------------------------------


@pytest.fixture
def locked_runner(qtbot: QtBot, store: Store, data_dir: Path) -> Iterator[ReminderRunner]:
    # The questionnaires were answered the day before: only what the test sets up falls due.
    sbi = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 3}
    record_bothersomeness(store, sbi, EMERGENCY_AT - timedelta(days=1))
    record_functional_scale(
        store,
        {"Putting on socks": 4, "Sitting through a meal": 5, "Walking to the shops": 3},
        EMERGENCY_AT - timedelta(days=1),
    )
    save_rules(
        store,
        ReminderRules(session_times=(time(10, 0),), check_in_time=time(19, 0)),
        EMERGENCY_AT,
    )
    record_screening(store, EMERGENCY, ScreeningReason.WEEKLY, EMERGENCY_AT)
    context = _context(store, data_dir)
    clock = Clock(EMERGENCY_AT + timedelta(minutes=5))
    runner = ReminderRunner(
        context,
        watch=ActivityWatch(idle=IdleDetection(TypingUser(), "test"), desktop=DesktopWatcher({})),
        clock=clock,
    )
    qtbot.addWidget(runner.window)
    runner.start()
    yield runner
    runner.stop()


def _next_shown(runner: ReminderRunner, clock: Clock, limit: timedelta) -> ReminderKind:
    end = clock.now + limit
    while not runner.window.isVisible():
        assert clock.now < end, "no reminder came"
        assert runner.last_step is not None
        clock.now += runner.last_step.wake_in
        runner.tick()
    assert runner.window.occasion is not None
    return runner.window.occasion.kind


def test_while_locked_only_the_check_in_reminder_comes_and_it_carries_the_instruction(
    qtbot: QtBot, locked_runner: ReminderRunner
) -> None:
    clock = locked_runner._clock
    assert isinstance(clock, Clock)
    tray = Tray()
    attach_to_tray(locked_runner, tray)
    assert lock_tooltip_text() in tray.icon.toolTip()

    # Sitting all day: no sitting break at 08:35, no session at 10:00; the check-in at 19:00.
    announced: list[tuple[str, str]] = []
    locked_runner.announce.connect(lambda title, text: announced.append((title, text)))
    assert _next_shown(locked_runner, clock, timedelta(hours=12)) is ReminderKind.CHECK_IN
    assert clock.now.time() >= time(19, 0)
    assert emergency_instruction() in locked_runner.window.text.text()
    assert announced and emergency_instruction() in announced[-1][1]

    # A doctor checked the user: the rules come back, and so does the plain tooltip.
    locked_runner.window.withdraw()
    store = locked_runner._context.store
    _, changes = record_assessment(store, clock.now.date(), AssessedBy.DOCTOR, clock.now)
    locked_runner._context.publish(changes)
    assert current_lock(store, clock.now) is None
    assert not locked_runner.locked
    assert locked_runner.scheduler.rules.sitting_interval is not None
    assert locked_runner.scheduler.rules.session_times == (time(10, 0),)
    assert lock_tooltip_text() not in tray.icon.toolTip()
    tray.hide()


def test_a_check_in_from_elsewhere_that_triggers_the_questions_shows_on_today(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    # As `companion checkin` would leave it: answered last week, then a check-in in both legs.
    record_screening(store, ALL_NO, ScreeningReason.WEEKLY, EMERGENCY_AT)
    for hours, side in ((1, Side.LEFT), (30, Side.BOTH)):
        at = EMERGENCY_AT + timedelta(hours=hours)
        draft = CheckInDraft(back_pain=2, leg_pain=4, leg_reach=LegReach.THIGH, side=side, at=at)
        record_checkin(store, draft, at)
    context = _context(store, data_dir)
    today = TodayView(context, Clock(EMERGENCY_AT + timedelta(hours=31)))
    qtbot.addWidget(today)
    # First in the list (the outcome measures, never taken here, follow it).
    assert today.due_items()[0] == reason_text(ScreeningReason.BOTH_LEGS)
    assert not today.lock_banner_shown()
