"""The tray's read-only sqlite3 reader over a real SQLite file: the same scheduler inputs as the
services read through the ORM, for a fresh and a returning user, on an injected clock."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from companion.content.library import load_library
from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.safety_lock import AssessedBy
from companion.paths import exercises_dir, migrations_dir
from companion.reminders.decisions import Occasion, PauseLength
from companion.reminders.rules import ReminderRules
from companion.services.data_store import Store, open_store
from companion.services.measures import record_bothersomeness
from companion.services.programmes import start_starter_programme
from companion.services.questionnaires import all_due_items, questionnaires_folder
from companion.services.reminders import (
    effective_rules,
    load_scheduler,
    record_step,
    save_rules,
    save_scheduler,
)
from companion.services.screening import exercise_blocked, record_assessment, record_screening
from companion.services.tray_data import TrayData
from companion.storage.migrate import alembic_config
from companion.storage.queries.tray import HEAD_REVISION, TrayReader

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=ZONE)


def _answers(*yes: str) -> dict[str, bool]:
    return {q.id: q.id in yes for q in QUESTIONS}


def _tray(store: Store) -> TrayData:
    data = TrayData.open(store.folder.root)
    assert data is not None, "a current diary must be readable by the tray"
    return data


def test_head_revision_is_alembics_head() -> None:
    # The tray trusts a file only at this revision: a new migration must move it too.
    script = ScriptDirectory.from_config(alembic_config(migrations_dir()))
    assert script.get_current_head() == HEAD_REVISION


def test_fresh_user_reads_the_defaults(store: Store) -> None:
    data = _tray(store)
    assert not data.exercise_locked(NOW)
    assert data.rules(locked=False) == effective_rules(store, locked=False) == ReminderRules()
    scheduler = data.scheduler(data.rules(locked=False))
    assert scheduler.is_new


def test_returning_user_reads_what_the_services_saved(store: Store) -> None:
    start_starter_programme(store, load_library(exercises_dir()), "desk-worker", NOW)
    rules = effective_rules(store, locked=False)
    save_rules(store, rules, NOW)
    scheduler = load_scheduler(store, rules)
    scheduler.begin(NOW)
    # A pause, and a sitting break owed after a morning of sitting.
    later = NOW + timedelta(hours=2)
    record_step(store, scheduler, scheduler.tick(later, 0.0), later)
    scheduler.pause(later, PauseLength.HOUR)
    save_scheduler(store, scheduler, later)

    data = _tray(store)
    assert data.rules(locked=False) == rules
    tray_scheduler = data.scheduler(rules)
    assert tray_scheduler.to_dict() == load_scheduler(store, rules).to_dict()
    assert tray_scheduler.paused_until(later) == scheduler.paused_until(later) is not None
    assert [u.occasion for u in tray_scheduler.upcoming(later)] == [
        u.occasion for u in scheduler.upcoming(later)
    ]
    assert Occasion.sitting_break() in {u.occasion for u in tray_scheduler.upcoming(later)}


def test_the_safety_lock_is_read_as_the_services_read_it(store: Store) -> None:
    data = _tray(store)
    record_screening(store, _answers("both_legs"), ScreeningReason.ON_DEMAND, NOW)
    for at in (NOW - timedelta(minutes=1), NOW, NOW + timedelta(days=30)):
        assert data.exercise_locked(at) == exercise_blocked(store, at)
    assert data.exercise_locked(NOW)
    evening = NOW + timedelta(hours=10)
    record_assessment(store, NOW.date(), AssessedBy.DOCTOR, evening)
    assert not data.exercise_locked(evening)
    assert data.exercise_locked(evening - timedelta(minutes=1))
    # Locked, the tray's rules hold no exercise reminder, as the full app's do.
    assert data.rules(locked=True) == effective_rules(store, locked=True)


def test_the_reader_never_writes(store: Store) -> None:
    reader = TrayReader.open(store.folder.database)
    assert reader is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._connection.execute("DELETE FROM preferences")
    reader.close()


def test_another_revision_or_no_file_means_the_full_store(tmp_path: Path, store: Store) -> None:
    assert TrayData.open(tmp_path / "nowhere") is None
    with sqlite3.connect(store.folder.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    assert TrayData.open(store.folder.root) is None


def test_a_fresh_folder_opens_the_full_store(tmp_path: Path) -> None:
    assert TrayData.open(tmp_path) is None
    open_store(tmp_path, migrations_dir()).close()
    data = TrayData.open(tmp_path)
    assert data is not None
    data.close()


def test_questionnaires_due_as_the_services_find_them(store: Store) -> None:
    data = _tray(store)
    today = NOW.date()
    expected = {d.measure_id: d.due_on for d in all_due_items(store, _folder(store), today)}
    assert data.questionnaires_due(today) == expected and expected  # never answered: due
    answers = {"leg_pain": 5, "numbness_or_tingling": 4, "weakness": 3, "pain_when_sitting": 6}
    record_bothersomeness(store, answers, NOW)
    for day in (today, today + timedelta(days=6), today + timedelta(days=40)):
        found = {d.measure_id: d.due_on for d in all_due_items(store, _folder(store), day)}
        assert data.questionnaires_due(day) == found
    # An installed questionnaire file is the full services' to read: the tray says so.
    _folder(store).mkdir()
    (_folder(store) / "clinic.json").write_text("{}", "utf-8")
    assert data.questionnaires_due(today) is None


def _folder(store: Store) -> Path:
    return questionnaires_folder(store.folder.root)
