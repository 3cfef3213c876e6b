"""Correcting check-ins and reading sessions in the Diary: real widgets over a real store.

Times are fixed dates in the past and the zone is injected (Europe/Berlin), never the machine's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from companion.domain.vocabulary import ExerciseResponse, LegReach, SessionStatus, Side
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.diary import CheckInSummary, EntryKind, delete_entry, diary_entries
from companion.storage.models import ExerciseSession, SessionExercise
from companion.ui.context import AppContext
from companion.ui.diary.checkin_edit_dialog import CheckInEditDialog
from companion.ui.diary.diary_view import DiaryView
from companion.ui.ui_state import UiState

BERLIN = ZoneInfo("Europe/Berlin")
RECORDED = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def view(qtbot: QtBot, store: Store, data_dir: Path) -> DiaryView:
    shown = DiaryView(AppContext(store, UiState(data_dir)))
    shown.zone = BERLIN
    qtbot.addWidget(shown)
    shown.resize(1000, 640)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _dialog(view: DiaryView) -> CheckInEditDialog:
    dialog = view.dialog
    assert isinstance(dialog, CheckInEditDialog) and dialog.isVisible()
    return dialog


def _set_wall_time(dialog: CheckInEditDialog, day: QDate, time: QTime) -> None:
    dialog.when.setDateTime(QDateTime(day, time, QTimeZone.utc()))


def _answer(dialog: CheckInEditDialog, leg: int, reach: LegReach, side: Side | None) -> None:
    dialog.back.setValue(2)
    dialog.leg.setValue(leg)
    dialog.reach.setCurrentIndex(dialog.reach.findData(reach))
    dialog.side.setCurrentIndex(dialog.side.findData(side))


def _save(dialog: CheckInEditDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def _checkins(store: Store) -> list[CheckInSummary]:
    found = [e.subject for e in diary_entries(store, kinds={EntryKind.CHECKIN})]
    return [s for s in found if isinstance(s, CheckInSummary)]


def test_a_past_checkin_in_the_spring_forward_gap_is_refused_then_saved(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    view.add_checkin_button.click()
    dialog = _dialog(view)
    _set_wall_time(dialog, QDate(2026, 3, 29), QTime(2, 30))
    _answer(dialog, 0, LegReach.NONE, None)
    _save(dialog)

    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "02:00" in dialog.problem.text() and "03:00" in dialog.problem.text()
    assert _checkins(store) == []

    _set_wall_time(dialog, QDate(2026, 3, 29), QTime(3, 30))
    _save(dialog)
    assert not dialog.isVisible()
    [entry] = diary_entries(store)
    assert entry.when == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 summer time
    assert "Added" in view.undo_message.text()


@pytest.mark.parametrize(
    ("answers", "answer", "stored"),
    [
        # leg pain with "no leg symptoms": asked, then saved as it is
        ((4, LegReach.NONE, None), "save", (4, LegReach.NONE, None)),
        ((4, LegReach.NONE, None), "change", None),
        # symptoms down the leg with leg pain 0 (numbness): asked, then saved
        ((0, LegReach.CALF, Side.LEFT), "save", (0, LegReach.CALF, Side.LEFT)),
        # a reach without a side: asked which leg, saved with the one chosen
        ((3, LegReach.THIGH, None), Side.RIGHT, (3, LegReach.THIGH, Side.RIGHT)),
        ((3, LegReach.THIGH, None), "change", None),
    ],
)
def test_a_contradiction_is_asked_about_before_saving(
    view: DiaryView,
    store: Store,
    answers: tuple[int, LegReach, Side | None],
    answer: str | Side,
    stored: tuple[int, LegReach, Side | None] | None,
) -> None:
    view.add_checkin_button.click()
    dialog = _dialog(view)
    _set_wall_time(dialog, QDate(2026, 3, 10), QTime(9, 0))
    _answer(dialog, *answers)
    _save(dialog)

    assert dialog.question.isVisible() and dialog.question_text.text()
    assert _checkins(store) == []  # nothing saved silently
    button: QPushButton
    if answer == "save":
        button = dialog.save_anyway
    elif answer == "change":
        button = dialog.change_button
    else:
        assert isinstance(answer, Side)
        assert not dialog.save_anyway.isVisible()
        button = dialog.side_buttons[answer]
    button.click()

    if stored is None:
        assert dialog.isVisible() and not dialog.question.isVisible()
        assert _checkins(store) == []
        dialog.reject()
        return
    assert not dialog.isVisible()
    [saved] = _checkins(store)
    assert (saved.leg_pain, saved.leg_reach, saved.side) == stored


def test_an_edited_checkin_is_marked_shows_its_earlier_values_and_undo_restores_it(
    qtbot: QtBot, view: DiaryView, store: Store
) -> None:
    draft = CheckInDraft(back_pain=3, leg_pain=5, leg_reach=LegReach.THIGH, side=Side.LEFT)
    record_checkin(store, draft, RECORDED)
    view.refresh()
    view.edit_selected()
    dialog = _dialog(view)
    assert dialog.wall_time() == datetime(2026, 3, 10, 9, 0)  # shown in Berlin time
    dialog.leg.setValue(7)
    _save(dialog)

    assert not dialog.isVisible()
    item = view.tree.currentItem()
    assert item is not None
    assert item.text(1) == "Check-in (edited)"
    assert "leg pain 7/10" in item.text(2) and "Before the change" in item.text(2)
    assert "leg pain 5/10" in item.text(2)
    [entry] = diary_entries(store)
    assert entry.when == RECORDED  # the time itself was not changed

    view.undo_button.click()
    [summary] = _checkins(store)
    assert (summary.leg_pain, summary.earlier) == (5, ())
    item = view.tree.currentItem()
    assert item is not None and item.text(1) == "Check-in"


def _session(
    store: Store,
    started: datetime,
    *,
    snack: bool,
    status: SessionStatus = SessionStatus.COMPLETED,
    done: tuple[tuple[str, int, bool, ExerciseResponse | None], ...] = (),
) -> None:
    with store.units.write() as uow:
        row = ExerciseSession(
            started_at=started,
            ended_at=started + timedelta(minutes=2),
            status=status,
            is_snack=snack,
            leg_pain_before=4 if not snack else None,
            leg_pain_after=3 if not snack else None,
        )
        row.exercises = [
            SessionExercise(
                position=n,
                exercise_id=exercise_id,
                prescribed={"sets": 3},
                sets_done=sets,
                skipped=skipped,
                response=response,
            )
            for n, (exercise_id, sets, skipped, response) in enumerate(done)
        ]
        uow.session.add(row)
        uow.commit()


def test_sessions_are_listed_and_a_days_snacks_share_one_line(
    view: DiaryView, store: Store
) -> None:
    # Local times of the machine the view runs on, so the day they fall on is known.
    day = [datetime(2026, 5, 5, hour).astimezone() for hour in (8, 10, 12, 14)]
    _session(
        store,
        day[0],
        snack=False,
        status=SessionStatus.ENDED_EARLY,
        done=(
            ("cat-camel", 3, False, ExerciseResponse.BETTER_OR_SAME),
            ("no-such-exercise", 1, True, ExerciseResponse.WORSE_BUT_SETTLING),
            ("bridge", 0, True, None),
        ),
    )
    for moment in day[1:]:
        _session(store, moment, snack=True, done=(("cat-camel", 3, False, None),))

    view.kind_filter.setCurrentIndex(view.kind_filter.findData(EntryKind.SESSION.value))
    [day_item] = [view.tree.topLevelItem(0)]
    assert day_item is not None and day_item.childCount() == 2
    snacks, full = day_item.child(0), day_item.child(1)
    assert snacks is not None and full is not None
    # "%n movement snack(s)": reads "snacks" once the lead's translation update has the forms.
    assert snacks.text(1).startswith("3 movement snack")
    assert snacks.text(2).count("✓") == 3 and "–" in snacks.text(0)
    assert "better or same" not in snacks.text(2)  # no answers were given
    assert "ended early" in full.text(1)
    detail = full.text(2)
    assert "Cat-camel ✓;" in detail and "Other answers: better or same" in detail
    assert "No such exercise: partial, 1 of 3 set" in detail and "(worse but settling)" in detail
    assert "Bridge: skipped" in detail and "Leg pain 4 before, 3 after" in detail
    view.tree.setCurrentItem(full)
    assert not view.delete_button.isEnabled() and not view.edit_button.isEnabled()


def test_no_leg_symptoms_clears_and_disables_the_side(view: DiaryView) -> None:
    view.add_checkin_button.click()
    dialog = _dialog(view)
    _answer(dialog, 3, LegReach.CALF, Side.LEFT)
    assert dialog.side.isEnabled()
    dialog.reach.setCurrentIndex(dialog.reach.findData(LegReach.NONE))
    assert not dialog.side.isEnabled() and dialog.side.currentData() is None
    dialog.reject()


def test_a_checkin_deleted_elsewhere_is_named_when_the_diary_cannot_edit_it(
    view: DiaryView, store: Store
) -> None:
    draft = CheckInDraft(back_pain=3, leg_pain=5, leg_reach=LegReach.THIGH, side=Side.LEFT)
    record, _changes = record_checkin(store, draft, RECORDED)
    view.refresh()
    delete_entry(store, EntryKind.CHECKIN, record.id)  # say, by another window of the app

    view.edit_selected()

    assert view.dialog is None
    assert view.notice is not None
    assert view.notice.text() == "This check-in no longer exists; the diary has been refreshed."
    assert _checkins(store) == []
