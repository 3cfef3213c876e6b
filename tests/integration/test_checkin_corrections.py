"""Correcting check-ins from the diary over a real, migrated SQLite store: edit, earlier values,
undo, back-dating with `checkin --at`'s checks, and sessions listed read-only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from companion.domain.changes import Topic
from companion.domain.diary_rules import ExerciseOutcome
from companion.domain.vocabulary import ExerciseResponse, LegReach, SessionStatus, Side
from companion.paths import migrations_dir
from companion.services.checkin_rules import CheckInInvalid
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.diary import (
    CheckInSummary,
    DiaryEntryInvalid,
    DiaryEntryMissing,
    EntryKind,
    add_past_checkin,
    delete_entry,
    diary_entries,
    edit_checkin,
    undo,
)
from companion.services.diary_sessions import SessionSummary
from companion.storage.engine import make_engine
from companion.storage.migrate import alembic_config
from companion.storage.models import (
    CheckInRevision,
    ExerciseSession,
    Programme,
    SessionExercise,
)
from companion.ui.diary.diary_texts import entry_texts

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _draft(back: int = 3, leg: int = 5, at: datetime | None = None, note: str = "") -> CheckInDraft:
    return CheckInDraft(
        back_pain=back, leg_pain=leg, leg_reach=LegReach.THIGH, side=Side.LEFT, note=note, at=at
    )


def _checkin(store: Store, hours_ago: float = 2) -> int:
    record, _ = record_checkin(store, _draft(at=NOW - timedelta(hours=hours_ago)), NOW)
    return record.id


def _only_checkin(store: Store) -> CheckInSummary:
    [entry] = diary_entries(store, kinds={EntryKind.CHECKIN})
    assert isinstance(entry.subject, CheckInSummary)
    return entry.subject


def test_an_edit_keeps_the_earlier_values_and_undo_puts_them_back(store: Store) -> None:
    checkin_id = _checkin(store)
    earlier_time = NOW - timedelta(hours=2)

    token, changes = edit_checkin(
        store, checkin_id, _draft(back=2, leg=7, at=NOW - timedelta(hours=3), note="typo"), NOW
    )

    assert changes.concerns(Topic.CHECKINS)
    [entry] = diary_entries(store, kinds={EntryKind.CHECKIN})
    assert entry.when == NOW - timedelta(hours=3) and "edited" in entry_texts(entry)[0]
    summary = _only_checkin(store)
    assert (summary.back_pain, summary.leg_pain, summary.note) == (2, 7, "typo")
    [before] = summary.earlier
    assert (before.back_pain, before.leg_pain, before.recorded_at) == (3, 5, earlier_time)
    assert before.revised_at == NOW

    undo(store, token)
    summary = _only_checkin(store)
    assert (summary.back_pain, summary.leg_pain, summary.earlier) == (3, 5, ())
    [entry] = diary_entries(store, kinds={EntryKind.CHECKIN})
    assert entry.when == earlier_time and entry_texts(entry)[0] == "Check-in"
    with store.units.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CheckInRevision)) == 0


def test_two_edits_show_both_earlier_versions_oldest_first(store: Store) -> None:
    checkin_id = _checkin(store)
    edit_checkin(store, checkin_id, _draft(leg=6), NOW)
    edit_checkin(store, checkin_id, _draft(leg=8), NOW + timedelta(minutes=1))
    summary = _only_checkin(store)
    assert [e.leg_pain for e in summary.earlier] == [5, 6]
    assert summary.leg_pain == 8


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (_draft(at=NOW + timedelta(hours=1)), "at"),  # the future, as `checkin --at` refuses
        (_draft(at=datetime(1980, 1, 1, tzinfo=UTC)), "at"),
        (_draft(leg=11), "leg_pain"),
        (CheckInDraft(back_pain=3, leg_pain=4, leg_reach=LegReach.CALF, side=None), "side"),
        (CheckInDraft(back_pain=3, leg_pain=0, leg_reach=LegReach.NONE, side=Side.LEFT), "side"),
    ],
)
def test_a_bad_edit_is_refused_and_changes_nothing(
    store: Store, draft: CheckInDraft, field: str
) -> None:
    checkin_id = _checkin(store)
    with pytest.raises(CheckInInvalid) as refused:
        edit_checkin(store, checkin_id, draft, NOW)
    assert field in refused.value.fields
    summary = _only_checkin(store)
    assert (summary.leg_pain, summary.earlier) == (5, ())


def test_a_deleted_checkin_cannot_be_edited(store: Store) -> None:
    checkin_id = _checkin(store)
    delete_entry(store, EntryKind.CHECKIN, checkin_id, now=NOW)
    with pytest.raises(DiaryEntryMissing):
        edit_checkin(store, checkin_id, _draft(), NOW)


def test_a_past_checkin_is_added_and_its_undo_removes_it(store: Store) -> None:
    token, _changes = add_past_checkin(store, _draft(at=NOW - timedelta(days=3)), NOW)
    [entry] = diary_entries(store)
    assert entry.when == NOW - timedelta(days=3)
    undo(store, token)
    assert diary_entries(store) == []
    with pytest.raises(CheckInInvalid):
        add_past_checkin(store, _draft(at=NOW + timedelta(minutes=30)), NOW)


def _session(
    store: Store,
    started: datetime,
    *,
    snack: bool = False,
    status: SessionStatus = SessionStatus.COMPLETED,
    done: tuple[tuple[str, int, bool, ExerciseResponse | None], ...] = (),
    programme: str | None = None,
) -> int:
    with store.units.write() as uow:
        programme_id = None
        if programme is not None:
            row = Programme(title=programme, imported_at=started)
            uow.session.add(row)
            uow.session.flush()
            programme_id = row.id
        session = ExerciseSession(
            started_at=started,
            ended_at=started + timedelta(minutes=12),
            status=status,
            is_snack=snack,
            programme_id=programme_id,
        )
        session.exercises = [
            SessionExercise(
                position=n,
                exercise_id=exercise_id,
                prescribed={"sets": 3, "reps": 10},
                sets_done=sets,
                skipped=skipped,
                response=response,
            )
            for n, (exercise_id, sets, skipped, response) in enumerate(done)
        ]
        uow.session.add(session)
        uow.commit()
        return session.id


def test_sessions_are_listed_with_what_was_done_and_how_they_ended(store: Store) -> None:
    green, amber = ExerciseResponse.BETTER_OR_SAME, ExerciseResponse.WORSE_BUT_SETTLING
    _session(
        store,
        NOW - timedelta(hours=5),
        status=SessionStatus.ENDED_EARLY,
        programme="Dr Lee's plan",
        done=(
            ("cat-camel", 3, False, green),
            ("prone-lying", 1, True, amber),
            ("bridge", 0, True, None),
        ),
    )
    _session(
        store, NOW - timedelta(hours=1), snack=True, done=(("standing-back-bend", 3, False, None),)
    )

    entries = diary_entries(store, kinds={EntryKind.SESSION})
    assert [e.kind for e in entries] == [EntryKind.SESSION] * 2
    assert all(not e.editable and not e.deletable for e in entries)
    snack, full = (e.subject for e in entries)
    assert isinstance(full, SessionSummary) and isinstance(snack, SessionSummary)
    assert snack.is_snack and not snack.ended_early
    assert full.programme == "Dr Lee's plan" and full.ended_early
    assert [(x.exercise_id, x.outcome, x.response) for x in full.exercises] == [
        ("cat-camel", ExerciseOutcome.DONE, green),
        ("prone-lying", ExerciseOutcome.PARTIAL, amber),
        ("bridge", ExerciseOutcome.SKIPPED, None),
    ]
    assert [e.kind for e in diary_entries(store, text="lee's")] == [EntryKind.SESSION]
    assert [e.id for e in diary_entries(store, text="back-bend")] == [entries[0].id]
    with pytest.raises(DiaryEntryInvalid):
        delete_entry(store, EntryKind.SESSION, entries[0].id, now=NOW)


def test_checkin_corrections_migrate_down_and_up_keeping_the_checkins(tmp_path: Path) -> None:
    """0004 is self-contained and reversible: down drops only its table, up brings it back."""
    engine = make_engine(tmp_path / "down.db")
    config = alembic_config(migrations_dir())
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.exec_driver_sql(
                "INSERT INTO checkins (recorded_at, back_pain, leg_pain, leg_reach, symptoms, "
                "pain_sites, note) VALUES ('2026-03-10 08:00:00', 3, 5, 'thigh', '[]', '[]', '')"
            )
            conn.exec_driver_sql(
                "INSERT INTO checkin_revisions (checkin_id, revised_at, previous) "
                "VALUES (1, '2026-03-10 09:00:00', '{\"leg_pain\": 4}')"
            )
            conn.commit()
            command.downgrade(config, "0004-1")
            conn.commit()
            tables = {
                row[0]
                for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
            assert "checkin_revisions" not in tables
            assert conn.exec_driver_sql("SELECT leg_pain FROM checkins").scalar_one() == 5
            command.upgrade(config, "head")
            conn.commit()
            count = conn.exec_driver_sql("SELECT count(*) FROM checkin_revisions").scalar_one()
            assert count == 0
    finally:
        engine.dispose()
