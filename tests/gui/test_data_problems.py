"""A person in the loop: failed saves keep what was typed and offer Retry; damage moves nothing
before the user has chosen; the computer's faults are explained, not taken for damage."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, last_checkin, record_checkin
from companion.services.data_store import (
    DamagedData,
    DataFolder,
    DiaryUnavailable,
    Fault,
    Store,
    backup_if_changed,
    open_store,
)
from companion.ui.context import AppContext
from companion.ui.data_problems import (
    act_on_choice,
    open_with_dialogs,
    save_failure_text,
    unavailable_text,
)
from companion.ui.today.checkin_form import CheckInForm
from companion.ui.ui_state import UiState

NOW = datetime(2026, 5, 4, 9, tzinfo=UTC)


@pytest.fixture
def context(store: Store, data_dir: Path) -> AppContext:
    return AppContext(store, UiState(data_dir))


class PageLimit:
    """Make the diary's disk "full" through SQLite itself (max_page_count), then free it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.engine.connect() as conn:
            self.pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def _limit(self, dbapi: object, _record: object) -> None:
        dbapi.execute(f"PRAGMA max_page_count={self.pages}")  # type: ignore[attr-defined]

    def __enter__(self) -> None:
        self.store.engine.dispose()
        event.listen(self.store.engine, "connect", self._limit)

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.store.engine, "connect", self._limit)
        self.store.engine.dispose()


@pytest.fixture
def full_disk(store: Store) -> Iterator[PageLimit]:
    # Fill the last pages first so the next check-in cannot fit.
    for n in range(40):
        record_checkin(store, CheckInDraft(back_pain=1, leg_pain=1, note="x" * 900), NOW)
        del n
    yield PageLimit(store)


def test_a_failed_save_keeps_the_form_and_retry_saves_it(
    qtbot: QtBot, context: AppContext, store: Store, full_disk: PageLimit
) -> None:
    form = CheckInForm(context, clock=lambda: NOW)
    qtbot.addWidget(form)
    form.leg_pain.set_value(0)
    form.back_pain.set_value(2)
    note = "typed before the disk filled up " + "y" * 1900
    form.note.setPlainText(note)
    before = last_checkin(store)

    with full_disk:
        assert form.save() is None
        box = form.save_problem
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "full" in box.text() and "Retry" in box.text()
        # Everything typed is still on screen, and nothing reached the diary.
        assert form.note.toPlainText() == note
        assert form.back_pain.value() == 2
        assert last_checkin(store) == before

    retry = box.button(QMessageBox.StandardButton.Retry)
    with qtbot.waitSignal(context.bus.changed):
        retry.click()
    saved = last_checkin(store)
    assert saved is not None and saved.note == note and saved.back_pain == 2


DAMAGED_BYTES = b"\0" * 8192


def _damage_a_diary_with_a_backup(data_dir: Path) -> Path:
    """A diary with one check-in and its backup, then the diary file overwritten; its path."""
    store = open_store(data_dir, migrations_dir())
    record_checkin(store, CheckInDraft(back_pain=1, leg_pain=2), NOW)
    backup_if_changed(store, now=NOW)
    store.close()
    db = DataFolder(data_dir).database
    db.write_bytes(DAMAGED_BYTES)
    return db


def test_cancel_on_a_damaged_diary_moves_nothing(data_dir: Path) -> None:
    db = _damage_a_diary_with_a_backup(data_dir)
    damaged_bytes = DAMAGED_BYTES

    with pytest.raises(DamagedData) as raised:
        open_store(data_dir, migrations_dir(), set_aside_damaged=False)
    assert raised.value.aside is None and raised.value.good_backup is not None
    assert db.read_bytes() == damaged_bytes  # asked first: nothing moved yet

    assert act_on_choice(data_dir, migrations_dir(), raised.value, "cancel") is None
    assert db.read_bytes() == damaged_bytes
    assert not DataFolder(data_dir).damaged.exists()

    restored = act_on_choice(data_dir, migrations_dir(), raised.value, "restore")
    assert restored is not None
    assert last_checkin(restored) is not None
    restored.close()
    (aside,) = DataFolder(data_dir).damaged.iterdir()
    assert aside.read_bytes() == damaged_bytes


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault.FULL, "full"),
        (Fault.READ_ONLY, "read-only"),
        (Fault.DENIED, "another user"),
        (Fault.BUSY, "Another program"),
        (Fault.IO, "disk reported a problem"),
        (Fault.CANNOT_OPEN, "disk reported a problem"),
    ],
)
def test_faults_of_the_computer_are_explained_not_called_damage(
    qapp: object, fault: Fault, words: str
) -> None:
    problem = DiaryUnavailable(fault, Path("diary.db"), "detail")
    for text in (unavailable_text(problem), save_failure_text(problem)):
        assert words in text
        assert "damaged" not in text


def test_a_backup_that_cannot_be_restored_is_explained_and_the_choice_offered_again(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _damage_a_diary_with_a_backup(data_dir)
    damaged_bytes = DAMAGED_BYTES
    with pytest.raises(DamagedData) as raised:
        open_store(data_dir, migrations_dir(), set_aside_damaged=False)
    good = raised.value.good_backup
    assert good is not None

    answers = iter(["Restore the backup", None, "Cancel"])  # None: the message, read and closed
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        wanted = next(answers)
        if wanted == "Restore the backup":
            good.path.write_bytes(b"not a diary any more")  # changed after it was judged healthy
        for button in box.buttons():
            if wanted is not None and button.text().replace("&", "") == wanted:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert open_with_dialogs(data_dir, migrations_dir()) is None  # cancelled in the end
    assert len(shown) == 3
    assert shown[1].startswith("The backup could not be restored:")
    assert "Nothing was deleted" in shown[1]
    assert shown[2] == shown[0]  # the same choice again
    assert db.read_bytes() == damaged_bytes  # nothing moved, nothing lost
    assert not DataFolder(data_dir).damaged.exists()
