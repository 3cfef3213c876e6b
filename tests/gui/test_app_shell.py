"""The app shell driven with real widgets over a real store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget
from pytestqt.qtbot import QtBot

from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import LegReach
from companion.services.data_store import Store
from companion.storage.models import CheckIn
from companion.ui.companion_app import CompanionApp
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.sections import build_sections
from companion.ui.settings.settings_view import SettingsView
from companion.ui.ui_state import UiState


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


def _record(store: Store, leg_pain: int) -> None:
    with store.units.write() as uow:
        uow.session.add(
            CheckIn(
                recorded_at=datetime.now(UTC),
                back_pain=2,
                leg_pain=leg_pain,
                leg_reach=LegReach.THIGH,
            )
        )
        uow.commit()


def test_first_run_welcomes_once(qtbot: QtBot, qapp: QApplication, context: AppContext) -> None:
    companion = CompanionApp(qapp, context, build_sections, use_tray=False)
    qtbot.addWidget(companion.window)
    companion.start(minimized=False)
    qtbot.waitUntil(lambda: companion.welcome is not None and companion.welcome.isVisible())
    assert companion.welcome is not None
    buttons = companion.welcome.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert context.ui_state.get(UiState.WELCOMED) is True

    again = CompanionApp(qapp, context, build_sections, use_tray=False)
    qtbot.addWidget(again.window)
    again.start(minimized=False)
    qtbot.wait(50)
    assert again.welcome is None


def test_window_remembers_its_section(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.show()
    last = window.section_keys()[-1]
    window.show_section(last)
    window.close()
    reopened = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(reopened)
    assert reopened.current_section() == last


def test_sidebar_items_name_their_shortcut(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    sections = window.findChild(QListWidget, "sectionList")
    assert sections is not None
    tips = [sections.item(row).toolTip() for row in range(sections.count())]
    assert tips[0] == f"{sections.item(0).text()} (Ctrl+1)"
    assert all(f"(Ctrl+{row + 1})" in tip for row, tip in enumerate(tips[:9]))


def test_settings_lists_backups_and_backs_up_only_changes(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    assert not view.data.restore_button.isEnabled()

    _record(store, 6)
    qtbot.mouseClick(view.data.backup_now_button, Qt.MouseButton.LeftButton)
    assert view.data.backup_list.count() == 1
    assert view.data.backup_list.item(0).data(Qt.ItemDataRole.UserRole)

    qtbot.mouseClick(view.data.backup_now_button, Qt.MouseButton.LeftButton)
    assert view.data.backup_list.count() == 1  # nothing changed: no second backup

    view.data.backup_list.setCurrentRow(0)
    assert view.data.restore_button.isEnabled()


def test_restore_replaces_the_data_and_tells_every_view(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    _record(store, 7)
    context.backup_now()
    _record(store, 3)
    view = SettingsView(context)
    qtbot.addWidget(view)
    backup = Path(view.data.backup_list.item(0).data(Qt.ItemDataRole.UserRole))

    with qtbot.waitSignal(context.bus.changed) as signal:
        context.restore(backup)
    assert isinstance(signal.args[0], Changes) and signal.args[0].concerns(Topic.CHECKINS)
    with context.store.units.read() as uow:
        rows = uow.session.query(CheckIn).all()
    assert [r.leg_pain for r in rows] == [7]
    labels = [view.data.backup_list.item(i).text() for i in range(view.data.backup_list.count())]
    assert any("before a restore" in text for text in labels)


def test_first_start_asks_the_safety_questions_after_the_welcome(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    companion = CompanionApp(qapp, context, build_sections, use_tray=False)
    qtbot.addWidget(companion.window)
    companion.start(minimized=False)
    qtbot.waitUntil(lambda: companion.welcome is not None and companion.welcome.isVisible())
    assert companion.screening is None  # one thing at a time: the welcome first
    assert companion.reminders.last_step is None  # and no reminder before the first steps
    assert companion.welcome is not None
    companion.welcome.accept()
    qtbot.waitUntil(lambda: companion.screening is not None and companion.screening.isVisible())
    assert companion.screening is not None
    assert companion.reminders.last_step is None
    companion.screening.reject()
    qtbot.waitUntil(lambda: companion.reminders.last_step is not None)

    # Not answered ("Not now"): the next start asks again.
    again = CompanionApp(qapp, context, build_sections, use_tray=False)
    qtbot.addWidget(again.window)
    again.start(minimized=False)
    qtbot.waitUntil(lambda: again.screening is not None and again.screening.isVisible())
    assert again.welcome is None
    again.screening.reject()


def test_pages_are_built_when_first_shown(qtbot: QtBot, context: AppContext) -> None:
    context.ui_state.set(UiState.LAST_SECTION, "today")
    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    assert window.findChildren(SettingsView) == []
    window.show_section("settings")
    assert len(window.findChildren(SettingsView)) == 1
    window.show_section("today")
    window.show_section("settings")
    assert len(window.findChildren(SettingsView)) == 1  # built once, kept
    assert window.current_section() == "settings"


def test_a_start_in_the_tray_builds_no_window(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    context.ui_state.set(UiState.WELCOMED, True)
    companion = CompanionApp(qapp, context, build_sections, use_tray=False)
    # Offscreen there is no tray; stand in for one (the real tray is tested on Xvfb).
    companion.tray = object()  # type: ignore[assignment]
    companion.start(minimized=True)
    assert not companion.has_window
    companion.tray = None
    companion.open_window()
    qtbot.addWidget(companion.window)
    assert companion.window.isVisible()
    companion.reminders.stop()


def test_a_hidden_section_takes_no_number(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtTest import QTest

    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.show()
    window.show_section("today")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sections = window.findChild(QListWidget, "sectionList")
    assert sections is not None
    keys = window.section_keys()
    editor, settings = keys.index("editor"), keys.index("settings")
    assert settings == editor + 1  # the editor stands just above Settings
    seventh = Qt.Key(Qt.Key.Key_1.value + editor)

    window.set_section_visible("editor", False)  # clinician mode off: Settings is 7th shown
    assert sections.item(settings).toolTip().endswith(f"(Ctrl+{editor + 1})")
    assert "Ctrl" not in sections.item(editor).toolTip()
    QTest.keyClick(window, seventh, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "settings"
    beyond = Qt.Key(Qt.Key.Key_1.value + settings)  # no eighth section shown: nothing happens
    QTest.keyClick(window, beyond, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "settings"

    window.set_section_visible("editor", True)
    assert sections.item(settings).toolTip().endswith(f"(Ctrl+{settings + 1})")
    QTest.keyClick(window, seventh, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "editor"


def test_section_shortcuts_work_while_a_reminder_has_the_keyboard(
    qtbot: QtBot, context: AppContext
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtTest import QTest

    from companion.reminders.decisions import Due, DueReason, Occasion
    from companion.ui.reminders.reminder_window import ReminderWindow

    window = MainWindow(build_sections(context), context.ui_state)
    qtbot.addWidget(window)
    window.show()
    window.show_section("today")
    qtbot.waitExposed(window)
    reminder = ReminderWindow()
    qtbot.addWidget(reminder)
    now = datetime(2026, 3, 10, 19, 5, tzinfo=UTC)
    # As when a window manager hands the keyboard to the reminder after all (the window asks
    # not to take focus; some desktops activate it anyway).
    reminder.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
    reminder.show_due(Due(Occasion.check_in(now.date()), now, DueReason.ON_TIME, 0), None, 10, now)
    reminder.activateWindow()
    qtbot.waitUntil(reminder.isActiveWindow)
    QTest.keyClick(reminder, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == window.section_keys()[1]

    # A dialog with the keyboard keeps its keys: the page behind it does not change.
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == window.section_keys()[1]
