"""The Today page's check-in: keyboard only, the body picture, defaults and inline problems."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.changes import Changes, Topic
from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind, TriageLevel
from companion.services.checkins import (
    CheckInDraft,
    CheckInRecord,
    checkins_between,
    last_checkin,
    record_checkin,
)
from companion.services.data_store import Store, current_generation
from companion.services.measures import record_bothersomeness, record_functional_scale
from companion.services.screening import record_screening
from companion.ui.context import AppContext
from companion.ui.safety.red_flag_texts import emergency_instruction
from companion.ui.safety.screening_dialog import ScreeningDialog
from companion.ui.today.checkin_fields import FieldProblem, MinutesBox
from companion.ui.today.checkin_form import CheckInForm
from companion.ui.today.pain_scale import PainScale
from companion.ui.today.today_view import TodayView
from companion.ui.ui_state import UiState
from companion.ui.widgets.body_map import BodyMap


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """Press a key as the user would: it goes to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if modifier is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def _record(store: Store, **values: object) -> CheckInRecord:
    fields: dict[str, object] = {"back_pain": 3, "leg_pain": 6}
    fields.update(values)
    now = datetime.now(UTC)
    fields.setdefault("at", now - timedelta(hours=2))
    saved, _ = record_checkin(store, CheckInDraft(**fields), now)  # type: ignore[arg-type]
    return saved


# --- keyboard only ------------------------------------------------------------------------


def test_a_whole_check_in_by_keyboard_only(qtbot: QtBot, context: AppContext) -> None:
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    view.focus_checkin()
    qtbot.waitUntil(view.form.leg_pain.hasFocus)

    _press(qtbot, Qt.Key.Key_7)  # leg pain
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_2)  # back pain
    _press(qtbot, Qt.Key.Key_Tab)
    assert view.form.body_map.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)  # the back
    _press(qtbot, Qt.Key.Key_Down)  # left buttock
    _press(qtbot, Qt.Key.Key_Right)  # right buttock
    _press(qtbot, Qt.Key.Key_Down)  # right thigh
    _press(qtbot, Qt.Key.Key_Down)  # right calf
    _press(qtbot, Qt.Key.Key_Space)
    # The fields follow the picture.
    assert view.form.reach.currentText() == "Below the knee"
    assert view.form.side.currentText() == "Right"
    _press(qtbot, Qt.Key.Key_Tab)  # reach
    _press(qtbot, Qt.Key.Key_Tab)  # side
    _press(qtbot, Qt.Key.Key_Tab)  # aching
    _press(qtbot, Qt.Key.Key_Space)
    for _ in range(3):  # burning, shooting, numbness
        _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space)
    for _ in range(4):  # pins and needles, weakness, cramp, then sitting minutes
        _press(qtbot, Qt.Key.Key_Tab)
    assert view.form.sitting.hasFocus()
    _type(qtbot, "45")
    _press(qtbot, Qt.Key.Key_Tab)  # walking: left as "not recorded"
    _press(qtbot, Qt.Key.Key_Tab)  # sleep
    _press(qtbot, Qt.Key.Key_Down)  # "Yes, pain disturbed my sleep"
    _press(qtbot, Qt.Key.Key_Tab)  # note
    _type(qtbot, "stiff after the drive")

    with qtbot.waitSignal(context.bus.changed) as published:
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert published.args[0].concerns(Topic.CHECKINS)
    saved = last_checkin(context.store)
    assert saved is not None
    assert (saved.leg_pain, saved.back_pain) == (7, 2)
    assert saved.pain_sites == {PainSite.BACK, PainSite.RIGHT_CALF}
    assert (saved.leg_reach, saved.side) == (LegReach.CALF, Side.RIGHT)
    assert saved.symptoms == {SymptomKind.ACHING, SymptomKind.NUMBNESS}
    assert (saved.sitting_minutes, saved.walking_minutes) == (45, None)
    assert saved.sleep_disturbed is True
    assert saved.note == "stiff after the drive"
    assert "Saved at" in view.form.status.text()
    assert "leg pain 7" in view.last_label.text()


def test_tab_visits_every_field_once_in_reading_order(qtbot: QtBot, context: AppContext) -> None:
    form = _shown(qtbot, CheckInForm(context))
    assert isinstance(form, CheckInForm)
    form.leg_pain.setFocus()
    qtbot.waitUntil(form.leg_pain.hasFocus)
    visited: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in range(16):
        _press(qtbot, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    expected = [
        form.leg_pain,
        form.back_pain,
        form.body_map,
        form.reach,
        *form.symptoms.values(),  # the side is disabled without leg symptoms: skipped
        form.sitting,
        form.walking,
        form.sleep,
        form.note,
        form.save_button,
    ]
    # Spin boxes hand their focus to their line edit.
    names = [
        w.parent() if w is not None and w.parent() in (form.sitting, form.walking) else w
        for w in visited
    ]
    assert names[: len(expected)] == expected


def test_mnemonics_jump_to_their_field(qtbot: QtBot, context: AppContext) -> None:
    form = _shown(qtbot, CheckInForm(context))
    assert isinstance(form, CheckInForm)
    form.note.setFocus()
    qtbot.waitUntil(form.note.hasFocus)
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert form.back_pain.hasFocus()
    _press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert form.body_map.hasFocus()


# --- the pain scales ----------------------------------------------------------------------


def test_pain_scale_by_digits_arrows_and_mouse(qtbot: QtBot) -> None:
    scale = PainScale("Leg pain")
    _shown(qtbot, scale)
    scale.setFocus()
    assert scale.value() is None
    assert "not chosen" in scale.accessibleDescription()
    qtbot.keyClick(scale, Qt.Key.Key_1)
    qtbot.keyClick(scale, Qt.Key.Key_0)
    assert scale.value() == 10  # "1" then "0" quickly is ten
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 10  # no higher than 10
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 9
    qtbot.keyClick(scale, Qt.Key.Key_Home)
    assert scale.value() == 0
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 0
    qtbot.keyClick(scale, Qt.Key.Key_End)
    assert scale.value() == 10
    qtbot.mouseClick(scale.button(4), Qt.MouseButton.LeftButton)
    assert scale.value() == 4
    assert scale.button(4).isChecked() and not scale.button(10).isChecked()
    assert scale.accessibleDescription() == "4 out of 10"


def test_minutes_step_by_five_and_start_from_not_recorded(qtbot: QtBot) -> None:
    box = MinutesBox()
    qtbot.addWidget(box)
    assert box.minutes() is None and box.text() == "not recorded"
    box.stepBy(1)
    assert box.minutes() == 0
    box.setValue(12)
    box.stepBy(1)
    assert box.minutes() == 15
    box.setValue(12)
    box.stepBy(-1)
    assert box.minutes() == 10
    box.setValue(0)
    box.stepBy(-1)
    assert box.minutes() is None
    box.set_minutes(1440)
    box.stepBy(3)
    assert box.minutes() == 1440


# --- the body picture ---------------------------------------------------------------------


def test_body_map_by_keyboard_and_mouse(qtbot: QtBot) -> None:
    body = BodyMap()
    body.resize(body.sizeHint())
    _shown(qtbot, body)
    body.setFocus()
    assert body.current_site() is PainSite.BACK
    with qtbot.waitSignal(body.sites_changed) as marked:
        qtbot.keyClick(body, Qt.Key.Key_Space)
    assert marked.args[0] == {PainSite.BACK}
    qtbot.keyClick(body, Qt.Key.Key_Down)
    assert body.current_site() is PainSite.LEFT_BUTTOCK
    qtbot.keyClick(body, Qt.Key.Key_Right)
    for _ in range(5):  # stops at the foot
        qtbot.keyClick(body, Qt.Key.Key_Down)
    assert body.current_site() is PainSite.RIGHT_FOOT
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert body.sites() == {PainSite.BACK, PainSite.RIGHT_FOOT}
    assert "Marked: lower back, right foot." in body.accessibleDescription()
    assert "On: right foot, marked." in body.accessibleDescription()
    qtbot.keyClick(body, Qt.Key.Key_Left)
    assert body.current_site() is PainSite.LEFT_FOOT
    qtbot.keyClick(body, Qt.Key.Key_Home)
    assert body.current_site() is PainSite.BACK
    qtbot.keyClick(body, Qt.Key.Key_Down)
    assert body.current_site() is PainSite.LEFT_BUTTOCK  # the leg the user was last on

    for site in PainSite:
        point = body.site_center(site).toPoint()
        assert body.site_at(body.site_center(site)) is site
        qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert body.sites() == set(PainSite) - {PainSite.BACK, PainSite.RIGHT_FOOT}
    with qtbot.assertNotEmitted(body.sites_changed):
        body.set_sites({PainSite.LEFT_THIGH})
        qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=body.rect().topLeft())
    assert body.sites() == {PainSite.LEFT_THIGH}


def test_picture_and_fields_stay_in_step(qtbot: QtBot, context: AppContext) -> None:
    form = _shown(qtbot, CheckInForm(context))
    assert isinstance(form, CheckInForm)
    body = form.body_map
    qtbot.mouseClick(
        body, Qt.MouseButton.LeftButton, pos=body.site_center(PainSite.LEFT_THIGH).toPoint()
    )
    qtbot.mouseClick(
        body, Qt.MouseButton.LeftButton, pos=body.site_center(PainSite.RIGHT_FOOT).toPoint()
    )
    assert (form.reach.currentText(), form.side.currentText()) == ("Into the foot", "Both")

    # Choosing by keyboard in the fields redraws the picture.
    form.reach.setFocus()
    _press(qtbot, Qt.Key.Key_Up)  # "Below the knee"
    assert body.sites() == {PainSite.LEFT_THIGH, PainSite.LEFT_CALF, PainSite.RIGHT_CALF}
    form.side.setFocus()
    _press(qtbot, Qt.Key.Key_Up)  # "Right"
    assert body.sites() == {PainSite.RIGHT_CALF}

    # Clearing the last leg site means no leg symptoms; the side is then not asked.
    qtbot.mouseClick(
        body, Qt.MouseButton.LeftButton, pos=body.site_center(PainSite.RIGHT_CALF).toPoint()
    )
    assert form.reach.currentText() == "No leg symptoms"
    assert not form.side.isEnabled()

    # A reach chosen by hand waits for its side; marking the back meanwhile keeps it.
    form.reach.setFocus()
    _press(qtbot, Qt.Key.Key_End)  # "Into the foot"
    assert form.side.isEnabled() and form.side.currentIndex() == -1
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=body.site_center(PainSite.BACK).toPoint())
    assert form.reach.currentText() == "Into the foot"
    form.side.setFocus()
    _press(qtbot, Qt.Key.Key_Down)  # "Left"
    assert body.sites() == {PainSite.BACK, PainSite.LEFT_FOOT}


# --- defaults and several a day -----------------------------------------------------------


def test_the_form_starts_from_the_last_check_in(qtbot: QtBot, context: AppContext) -> None:
    _record(
        context.store,
        pain_sites=frozenset({PainSite.LEFT_BUTTOCK, PainSite.LEFT_THIGH}),
        symptoms=frozenset({SymptomKind.BURNING}),
        walking_minutes=20,
        sleep_disturbed=False,
        note="yesterday's note",
    )
    form = _shown(qtbot, CheckInForm(context))
    assert isinstance(form, CheckInForm)
    assert (form.leg_pain.value(), form.back_pain.value()) == (6, 3)
    assert form.body_map.sites() == {PainSite.LEFT_BUTTOCK, PainSite.LEFT_THIGH}
    assert (form.reach.currentText(), form.side.currentText()) == ("Thigh", "Left")
    assert [k for k, box in form.symptoms.items() if box.isChecked()] == [SymptomKind.BURNING]
    assert form.walking.minutes() == 20 and form.sitting.minutes() is None
    assert form.sleep.currentText() == "No"
    assert form.note.toPlainText() == ""  # a note belongs to its own day


def test_a_typical_day_is_two_clicks_and_several_a_day_are_kept(
    qtbot: QtBot, context: AppContext
) -> None:
    first = _record(context.store, leg_reach=LegReach.CALF, side=Side.RIGHT)
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    form = view.form
    saved_signals: list[tuple[object, object]] = []
    form.saved.connect(lambda record, previous: saved_signals.append((record, previous)))

    qtbot.mouseClick(form.leg_pain.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.leg_pain.button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    now = datetime.now(UTC)
    today = checkins_between(context.store, now - timedelta(days=1), now + timedelta(minutes=1))
    assert [c.leg_pain for c in today] == [6, 4, 5]
    assert all((c.leg_reach, c.side, c.back_pain) == (LegReach.CALF, Side.RIGHT, 3) for c in today)
    assert saved_signals[0][1] == first  # the previous one, for the red-flag comparison
    assert saved_signals[1][1] == today[1]
    assert "leg pain 5" in view.last_label.text()


def test_a_check_in_made_elsewhere_refreshes_an_untouched_form_only(
    qtbot: QtBot, context: AppContext
) -> None:
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    assert "No check-in yet" in view.last_label.text()

    _record(context.store, leg_pain=8)
    context.publish(Changes.of(Topic.CHECKINS))
    assert view.form.leg_pain.value() == 8
    assert "leg pain 8" in view.last_label.text()

    qtbot.mouseClick(view.form.back_pain.button(1), Qt.MouseButton.LeftButton)
    _record(context.store, leg_pain=2)
    context.publish(Changes.of(Topic.CHECKINS))
    assert view.form.back_pain.value() == 1  # what the user is typing is not thrown away
    assert view.form.leg_pain.value() == 8
    assert "leg pain 2" in view.last_label.text()


# --- problems shown beside their fields ---------------------------------------------------


def test_problems_are_shown_inline_and_nothing_is_saved(qtbot: QtBot, context: AppContext) -> None:
    form = _shown(qtbot, CheckInForm(context))
    assert isinstance(form, CheckInForm)
    generation = current_generation(context.store)
    with qtbot.assertNotEmitted(context.bus.changed):
        assert form.save() is None
    assert set(form.problems_shown()) == {"leg_pain", "back_pain"}
    assert form.leg_pain.hasFocus()
    assert "Nothing was saved" in form.status.text()

    form.leg_pain.setFocus()
    _press(qtbot, Qt.Key.Key_3)
    assert set(form.problems_shown()) == {"back_pain"}  # fixed fields lose their note
    qtbot.mouseClick(form.back_pain.button(0), Qt.MouseButton.LeftButton)
    form.reach.setFocus()
    _press(qtbot, Qt.Key.Key_End)
    form.note.setPlainText("x" * 2001)
    assert form.save() is None
    assert set(form.problems_shown()) == {"side", "note"}
    assert form.side.hasFocus()
    assert current_generation(context.store) == generation
    assert last_checkin(context.store) is None

    form.side.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    form.note.setPlainText("fine")
    saved = form.save()
    assert saved is not None and (saved.leg_reach, saved.side) == (LegReach.FOOT, Side.LEFT)
    assert form.problems_shown() == {}


# --- the Today page -----------------------------------------------------------------------


def test_a_new_user_is_offered_what_is_due_with_buttons(qtbot: QtBot, context: AppContext) -> None:
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    items = view.due_items()
    assert items[0].startswith("Safety questions")
    assert any("take your first one" in item for item in items[1:])
    assert len(view.due_buttons) == len(items) == 3
    qtbot.mouseClick(view.due_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.window().findChild(ScreeningDialog) is not None)
    dialog = view.window().findChild(ScreeningDialog)
    assert isinstance(dialog, ScreeningDialog) and dialog.isVisible()
    dialog.reject()


def test_answering_what_is_due_empties_the_panel(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    _nothing_due(store)
    context.publish(Changes.of(Topic.SCREENINGS, Topic.MEASURES))
    assert view.due_items() == []
    assert not view.due_box.isVisible()


def test_an_emergency_screening_locks_exercise_on_the_today_page(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    _nothing_due(store)
    emergency = next(q for q in QUESTIONS if q.level is TriageLevel.EMERGENCY)
    answers = {q.id: q.id == emergency.id for q in QUESTIONS}
    record_screening(store, answers, ScreeningReason.ON_DEMAND, datetime.now(UTC))
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    # The lock is a red banner with what to do now, not one due item among others.
    assert view.due_items() == []
    assert view.lock_banner_shown()
    assert emergency_instruction() in view.lock_text.text()


def test_a_jump_in_leg_pain_asks_the_safety_questions(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    _nothing_due(store)
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=2), datetime.now(UTC))
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    assert view.window().findChild(ScreeningDialog) is None
    view.form.leg_pain.setFocus()
    qtbot.keyClick(view.form.leg_pain, Qt.Key.Key_6)
    qtbot.keyClick(view.form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.window().findChild(ScreeningDialog) is not None)
    dialog = view.window().findChild(ScreeningDialog)
    assert dialog is not None
    why = dialog.findChild(QLabel, "screeningReason")
    assert why is not None and why.text()
    dialog.reject()


def _nothing_due(store: Store) -> None:
    """Answer the safety questions and both outcome measures, so nothing is due today."""
    now = datetime.now(UTC)
    record_screening(store, {q.id: False for q in QUESTIONS}, ScreeningReason.ON_DEMAND, now)
    sbi = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 3}
    record_bothersomeness(store, sbi, now)
    record_functional_scale(
        store, {"Putting on socks": 4, "Sitting through a meal": 5, "Walking to the shops": 3}, now
    )


def test_due_panel_shows_only_real_items(qtbot: QtBot, context: AppContext, store: Store) -> None:
    _nothing_due(store)
    view = _shown(qtbot, TodayView(context))
    assert isinstance(view, TodayView)
    assert not view.due_box.isVisible()
    view.set_due_items(["Weekly bothersomeness questions", "Safety questions"])
    assert view.due_box.isVisible()
    assert view.due_items() == ["Weekly bothersomeness questions", "Safety questions"]
    view.set_due_items([])
    assert not view.due_box.isVisible()
    assert view.due_items() == []


def test_greeting_follows_the_clock(qtbot: QtBot, context: AppContext) -> None:
    evening = datetime.now().astimezone().replace(hour=20, minute=0)
    view = TodayView(context, clock=lambda: evening.astimezone(UTC))
    qtbot.addWidget(view)
    assert view.greeting.text() == "Good evening"
    assert str(evening.year) in view.date_label.text()


def test_a_checkin_without_marked_sites_still_shows_its_reach_on_the_picture(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    # As `companion checkin --reach calf --side left` records it: a reach, no sites.
    draft = CheckInDraft(back_pain=3, leg_pain=5, leg_reach=LegReach.CALF, side=Side.LEFT)
    record_checkin(store, draft, datetime.now(UTC))
    form = CheckInForm(context)
    qtbot.addWidget(form)
    form.load_defaults()
    assert PainSite.LEFT_CALF in form.body_map.sites()
    assert form.draft().leg_reach is LegReach.CALF


def test_a_field_problem_shows_its_warning_sign_with_its_words(qtbot: QtBot) -> None:
    problem = FieldProblem()
    qtbot.addWidget(problem)
    assert problem.isHidden() and problem.text() == ""
    problem.show_problem("Please choose a number from 0 to 10.")
    sign = problem.findChildren(QLabel)[0]
    assert not problem.isHidden() and problem.text() == "Please choose a number from 0 to 10."
    assert not sign.pixmap().isNull()
    assert sign.pixmap().height() >= problem.fontMetrics().height()
    problem.clear()
    assert problem.isHidden() and problem.text() == ""
