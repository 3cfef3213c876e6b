"""Programmes over a real SQLite file: import, replacement, progression, adherence and the CLI."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.content.library import ExerciseLibrary, load_library
from companion.content.programme_file import ProgrammeFileError, load_programme_file
from companion.domain.changes import Topic
from companion.domain.figures import Bucket, Period
from companion.domain.programme import DoseField, Prescription, ProgrammeDocument, ProgressReason
from companion.domain.vocabulary import ExerciseResponse, SessionStatus
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.figures import session_bars
from companion.services.programmes import (
    ProgrammeRejected,
    RejectedBecause,
    active_programme,
    clinician_mode,
    export_active_programme,
    import_programme,
    import_programme_file,
    programme_adherence,
    programme_history,
    set_clinician_mode,
    start_starter_programme,
)
from companion.services.progression import (
    apply_responses,
    dose_adjustments,
    progress_after_session,
)
from companion.storage.models import ExerciseSession, SessionExercise
from tests.integration.checkin_history import daily_checkins

EXAMPLE = Path(__file__).parent.parent / "unit" / "content" / "fixtures" / "example.scprog"
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
GOOD = ExerciseResponse.BETTER_OR_SAME


@cache
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: what a refused import must leave exactly as it was."""
    with sqlite3.connect(store.folder.database) as conn:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        rows = {}
        for table in tables:
            query = f'SELECT * FROM "{table}"'  # noqa: S608 (names from sqlite_master)
            rows[table] = sorted(conn.execute(query).fetchall(), key=repr)
        return rows


# --- Import --------------------------------------------------------------------------------


def test_import_makes_the_file_the_active_programme(store: Store) -> None:
    result, changes = import_programme_file(store, EXAMPLE, library(), NOW)
    assert changes.concerns(Topic.PROGRAMME)
    assert result.replaced is None
    active = active_programme(store)
    assert active is not None
    assert active.id == result.programme.id
    assert active.document == load_programme_file(EXAMPLE, library()).document
    assert [i.exercise_id for i in active.items] == [
        "knee-to-chest-single",
        "glute-bridge",
        "chair-hip-circles",
        "walking",
    ]
    assert active.items[0].current == active.items[0].prescription.dose
    assert not active.is_starter


def test_round_trip_through_the_database(store: Store, tmp_path: Path) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    out = export_active_programme(store, tmp_path / "exported.scprog")
    assert (
        load_programme_file(out, library()).document
        == load_programme_file(EXAMPLE, library()).document
    )


def test_a_rejected_file_leaves_the_database_unchanged(store: Store, tmp_path: Path) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    before = snapshot(store)
    bad = example_data()
    bad["exercises"][1]["exercise"] = "no-such-exercise"
    with pytest.raises(ProgrammeFileError, match=r"exercises\[1\]\.exercise"):
        import_programme_file(store, write(tmp_path, "bad.scprog", bad), library(), NOW)
    assert snapshot(store) == before


def test_a_failure_while_storing_rolls_everything_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    before = snapshot(store)
    document = replace(load_programme_file(EXAMPLE, library()).document, title="Newer")
    from companion.services import programmes

    real_record = programmes._record
    calls = {"n": 0}

    def fail_on_second(row: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:  # after the old programme was retired and the new one flushed
            raise RuntimeError("disk went away")
        return real_record(row)

    monkeypatch.setattr(programmes, "_record", fail_on_second)
    with pytest.raises(RuntimeError):
        import_programme(store, document, NOW + timedelta(days=1))
    assert snapshot(store) == before


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=st.one_of(st.binary(max_size=500), st.text(max_size=500).map(str.encode)))
def test_hostile_files_never_touch_the_database(store: Store, tmp_path: Path, raw: bytes) -> None:
    before = snapshot(store)
    path = tmp_path / "hostile.scprog"
    path.write_bytes(raw)
    with pytest.raises(ProgrammeFileError):
        import_programme_file(store, path, library(), NOW)
    assert snapshot(store) == before


def test_a_newer_file_replaces_the_old_one_and_history_stays(store: Store, tmp_path: Path) -> None:
    first, _ = import_programme_file(store, EXAMPLE, library(), NOW)
    newer = example_data()
    newer["issued"] = "2026-12-19"
    newer["title"] = "Back to walking, stage two"
    later = NOW + timedelta(days=28)
    result, _ = import_programme_file(store, write(tmp_path, "n.scprog", newer), library(), later)
    assert result.replaced is not None
    assert result.replaced.id == first.programme.id
    history = programme_history(store)
    assert [(p.title, p.active) for p in history] == [
        ("Back to walking, stage two", True),
        ("Back to walking", False),
    ]
    assert history[1].replaced_at == later
    assert len(history[1].items) == 4  # the old prescription is kept whole


def test_an_older_file_from_the_same_clinician_is_refused(store: Store, tmp_path: Path) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    before = snapshot(store)
    older = example_data()
    older["issued"] = "2026-10-01"
    older["title"] = "An old version"
    with pytest.raises(ProgrammeRejected) as refused:
        import_programme_file(store, write(tmp_path, "o.scprog", older), library(), NOW)
    assert refused.value.reason is RejectedBecause.OLDER_FILE
    assert refused.value.issued == date(2026, 10, 1)
    assert snapshot(store) == before


def test_the_same_file_twice_changes_nothing(store: Store) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    before = snapshot(store)
    with pytest.raises(ProgrammeRejected) as refused:
        import_programme_file(store, EXAMPLE, library(), NOW)
    assert refused.value.reason is RejectedBecause.ALREADY_FOLLOWED
    assert snapshot(store) == before


def test_a_starter_programme_can_be_started_and_exported(store: Store, tmp_path: Path) -> None:
    result, _ = start_starter_programme(store, library(), "desk-worker", NOW)
    assert result.programme.is_starter
    assert result.programme.document.starter_id == "desk-worker"
    assert active_programme(store) == result.programme
    out = export_active_programme(store, tmp_path / "starter.scprog")
    assert load_programme_file(out, library()).document.title == "Desk break set"
    with pytest.raises(ProgrammeRejected) as refused:
        start_starter_programme(store, library(), "no-such-starter", NOW)
    assert (refused.value.reason, refused.value.name) == (
        RejectedBecause.UNKNOWN_STARTER,
        "no-such-starter",
    )


def test_export_without_a_programme_says_so(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ProgrammeRejected) as refused:
        export_active_programme(store, tmp_path / "x.scprog")
    assert refused.value.reason is RejectedBecause.NOTHING_TO_EXPORT
    assert not (tmp_path / "x.scprog").exists()


# --- Progression ---------------------------------------------------------------------------


def add_session(
    store: Store,
    programme_id: int | None,
    started: datetime,
    responses: dict[str, ExerciseResponse | None],
    status: SessionStatus = SessionStatus.COMPLETED,
    *,
    snack: bool = False,
) -> int:
    with store.units.write() as uow:
        session = ExerciseSession(
            programme_id=programme_id,
            is_snack=snack,
            started_at=started,
            ended_at=started + timedelta(minutes=15),
            status=status,
        )
        for position, (exercise_id, response) in enumerate(responses.items()):
            session.exercises.append(
                SessionExercise(
                    position=position,
                    exercise_id=exercise_id,
                    response=response,
                    skipped=response is None,
                )
            )
        uow.session.add(session)
        uow.commit()
        return session.id


def test_progression_after_sessions_is_stored_with_its_reason(store: Store) -> None:
    daily_checkins(store, NOW + timedelta(days=3), days=17)
    result, _ = import_programme_file(store, EXAMPLE, library(), NOW)
    programme_id = result.programme.id
    for day in range(3):
        session_id = add_session(
            store,
            programme_id,
            NOW + timedelta(days=day, hours=1),
            {"knee-to-chest-single": GOOD, "glute-bridge": None},
        )
        notes, changes = progress_after_session(store, session_id, NOW + timedelta(days=day))
    assert changes.concerns(Topic.PROGRAMME)
    by_id = {n.exercise_id: n for n in notes}
    assert by_id["knee-to-chest-single"].outcome.reason is ProgressReason.STEADY
    assert by_id["knee-to-chest-single"].current.hold_s == 25
    assert by_id["glute-bridge"].outcome.reason is ProgressReason.NOT_DONE
    active = active_programme(store)
    assert active is not None
    assert active.items[0].current.hold_s == 25  # what the next session plays
    assert active.items[0].prescription.dose.hold_s == 20  # what the file prescribed
    adjustments = dose_adjustments(store, programme_id=programme_id)
    assert [(a.reason, a.change.field if a.change else None) for a in adjustments] == [
        (ProgressReason.STEADY, DoseField.HOLD_S)
    ]


def test_a_session_counts_only_once(store: Store) -> None:
    result, _ = import_programme_file(store, EXAMPLE, library(), NOW)
    session_id = add_session(store, result.programme.id, NOW, {"knee-to-chest-single": GOOD})
    progress_after_session(store, session_id, NOW)
    again, _ = progress_after_session(store, session_id, NOW)
    assert again == []
    active = active_programme(store)
    assert active is not None
    assert active.items[0].streak == 1


def test_progression_never_passes_the_cap_in_the_file(store: Store) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    daily_checkins(store, NOW + timedelta(days=80), days=80 + 14)
    for day in range(80):  # good days in a row: one step a week at most
        at = NOW + timedelta(days=day)
        apply_responses(store, {"knee-to-chest-single": GOOD, "glute-bridge": GOOD}, at)
    active = active_programme(store)
    assert active is not None
    assert active.items[0].current.hold_s == 30  # up_to 30
    assert (active.items[1].current.reps, active.items[1].current.sets) == (12, 3)
    apply_responses(store, {"glute-bridge": ExerciseResponse.WORSE}, NOW + timedelta(days=80))
    active = active_programme(store)
    assert active is not None
    assert active.items[1].current.sets == 2  # one step back: the last step taken


def test_a_session_of_another_programme_does_not_progress_this_one(store: Store) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    session_id = add_session(store, None, NOW, {"knee-to-chest-single": GOOD})
    notes, changes = progress_after_session(store, session_id, NOW)
    assert notes == []
    assert not changes


# --- Adherence -----------------------------------------------------------------------------


def test_adherence_counts_planned_against_done(store: Store) -> None:
    # 8:00 on a Monday in the machine's zone: adherence counts local days, and the sessions
    # below must fall on the same local day whatever zone the test runs in.
    start = datetime(2026, 11, 23, 8).astimezone()
    data = example_data()
    data["start_date"] = "2026-11-23"
    document = load_programme_file(write(store.folder.root, "a.scprog", data), library())
    result, _ = import_programme(store, document.document, start)
    programme_id = result.programme.id
    add_session(store, programme_id, start + timedelta(hours=1), {})
    add_session(store, programme_id, start + timedelta(hours=6), {})
    add_session(
        store, programme_id, start + timedelta(days=1, hours=2), {}, SessionStatus.ENDED_EARLY
    )
    add_session(store, None, start + timedelta(days=1, hours=3), {}, snack=True)
    first = start.astimezone().date()
    summary = programme_adherence(store, first, first + timedelta(days=6))
    assert [d.planned for d in summary.days] == [2] * 7
    assert summary.days[0].done == 2
    assert summary.days[1].partial == 1
    assert summary.days[1].snacks == 1
    assert summary.weeks[0].planned == 14
    assert summary.weeks[0].kept == 2
    before = programme_adherence(store, first - timedelta(days=7), first - timedelta(days=1))
    assert before.planned == 0  # nothing was planned before the programme


def test_a_weekly_activity_plans_no_daily_session_on_any_page(store: Store) -> None:
    # Today's count, the Progress bars and the report take planned sessions from one place:
    # the bridges plan Monday, Wednesday and Friday; water walking (3 a week, on the other
    # days) is counted by the week and plans no session of its own.
    start = datetime(2026, 11, 23, 8).astimezone()  # a Monday
    data = example_data()
    data["start_date"] = "2026-11-23"
    data["exercises"] = [
        {**data["exercises"][1], "days": ["mon", "wed", "fri"]},
        {
            "exercise": "water-walking",
            "dose": {"sets": 1, "reps": 1, "minutes": 20},
            "times_per_week": 3,
            "days": ["tue", "thu", "sat"],
        },
    ]
    document = load_programme_file(write(store.folder.root, "w.scprog", data), library())
    import_programme(store, document.document, start)
    first = start.date()
    week = Period(first, first + timedelta(days=6))
    summary = programme_adherence(store, week.first, week.last)
    assert [d.planned for d in summary.days] == [1, 0, 1, 0, 1, 0, 0]
    bars = session_bars(store, week, Bucket.WEEK)
    assert [bar.planned for bar in bars] == [summary.weeks[0].planned] == [3]


# --- Clinician mode ------------------------------------------------------------------------


def test_clinician_mode_is_a_stored_preference(store: Store) -> None:
    assert clinician_mode(store) is False
    assert set_clinician_mode(store, True, NOW).concerns(Topic.PREFERENCES)
    assert clinician_mode(store) is True
    assert not set_clinician_mode(store, True, NOW)
    set_clinician_mode(store, False, NOW)
    assert clinician_mode(store) is False


# --- Command line --------------------------------------------------------------------------


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m companion programme ARGS --data-dir DIR`."""
    return subprocess.run(
        [sys.executable, "-m", "companion", "programme", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
        check=False,
    )


def test_cli_validate_import_and_export(data_dir: Path, tmp_path: Path) -> None:
    checked = run(data_dir, "validate", str(EXAMPLE))
    assert checked.returncode == 0, checked.stderr
    assert "ok: 'Back to walking' by Sam Okafor, 4 exercises" in checked.stdout
    assert not (data_dir / "companion.db").exists()  # validating opens no data

    imported = run(data_dir, "import", str(EXAMPLE))
    assert imported.returncode == 0, imported.stderr
    assert "imported 'Back to walking'" in imported.stdout

    out = tmp_path / "out.scprog"
    exported = run(data_dir, "export", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert (
        load_programme_file(out, library()).document
        == load_programme_file(EXAMPLE, library()).document
    )


def test_cli_refuses_in_one_line_and_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "import", str(EXAMPLE)).returncode == 0
    db = data_dir / "companion.db"
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT * FROM programmes").fetchall()
    bad = example_data()
    bad["format_version"] = 7
    for args in (
        ("validate", str(write(tmp_path, "v7.scprog", bad))),
        ("import", str(tmp_path / "v7.scprog")),
        ("import", str(tmp_path / "missing.scprog")),
    ):
        refused = run(data_dir, *args)
        assert refused.returncode == 1
        assert refused.stdout == ""
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "Traceback" not in refused.stderr
    assert (
        "format_version: 7 is newer" in run(data_dir, "import", str(tmp_path / "v7.scprog")).stderr
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT * FROM programmes").fetchall() == before


def test_cli_export_without_a_programme_fails_cleanly(data_dir: Path, tmp_path: Path) -> None:
    refused = run(data_dir, "export", "--out", str(tmp_path / "none.scprog"))
    assert refused.returncode == 1
    assert "no programme to export" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_exported_files_are_complete(store: Store, tmp_path: Path) -> None:
    import_programme_file(store, EXAMPLE, library(), NOW)
    folder = tmp_path / "out"
    folder.mkdir()
    path = export_active_programme(store, folder / "p.scprog")
    assert [p.name for p in folder.iterdir()] == ["p.scprog"]  # no temporary left behind
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "Back to walking"
    assert date.fromisoformat(json.loads(path.read_text())["start_date"]) == date(2026, 11, 21)


def test_a_weekly_activity_leaves_today_once_done_enough_that_week(store: Store) -> None:
    """Water walking 3 times a week: due until three days of this week have it, then not."""
    from companion.services.sessions import ExerciseDone, plan_session, record_progress
    from companion.services.sessions import start_session as store_session

    lib = library()
    document = ProgrammeDocument(
        title="Pool",
        author="A. Physio",
        start_date=date(2026, 1, 5),
        exercises=(
            Prescription("water-walking", lib.get("water-walking").dose),
            Prescription("walking", lib.get("walking").dose),
        ),
    )
    monday = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    import_programme(store, document, monday)
    for day in range(3):
        when = monday + timedelta(days=day)
        plan = plan_session(store, lib, when)
        assert [i.exercise_id for i in plan.items] == ["water-walking", "walking"]
        record, _ = store_session(store, plan, when)
        record_progress(store, record.id, 0, ExerciseDone(sets=1, reps=1, hold_seconds=1200))
    thursday = monday + timedelta(days=3)
    assert [i.exercise_id for i in plan_session(store, lib, thursday).items] == ["walking"]
    next_monday = monday + timedelta(days=7)
    ids = [i.exercise_id for i in plan_session(store, lib, next_monday).items]
    assert ids == ["water-walking", "walking"]


def test_a_started_starter_programme_keeps_each_items_times_a_day(store: Store) -> None:
    """The flare-up plan's walk 4 times a day plans 4 sessions; the extension pathway's bridge
    and bird-dog stay once a day while its extension exercises are 3 times a day."""
    from companion.services.todays_programme import todays_programme

    lib = library()
    monday = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    start_starter_programme(store, lib, "flare-up", monday)
    today = todays_programme(store, lib, monday)
    walking = next(i for i in today.plan.items if i.exercise_id == "walking")
    assert (walking.dose.times_per_day, walking.dose.minutes) == (4, 3)
    assert today.sessions_planned == 4

    start_starter_programme(store, lib, "extension-pathway", monday + timedelta(days=1))
    record = active_programme(store)
    assert record is not None
    times = {i.exercise_id: i.current.times_per_day for i in record.items}
    assert (times["glute-bridge"], times["bird-dog"]) == (1, 1)
    assert (times["prone-on-elbows"], times["prone-press-up"]) == (3, 3)


def _do_whole_session(store: Store, when: datetime) -> list[str]:
    """Plan a session at `when`, do every exercise of it, and return their ids."""
    from companion.services.sessions import ExerciseDone, plan_session, record_progress
    from companion.services.sessions import start_session as store_session

    plan = plan_session(store, library(), when)
    record, _ = store_session(store, plan, when)
    for position in range(len(plan.items)):
        record_progress(store, record.id, position, ExerciseDone(sets=1, reps=1, hold_seconds=5))
    return [i.exercise_id for i in plan.items]


def test_an_exercise_done_its_times_a_day_leaves_later_sessions_that_day(store: Store) -> None:
    """The extension pathway: bridge and bird-dog once a day, walking twice, the extension
    exercises three times. Each leaves the day's sessions once done that often, and comes back
    the next day; the Exercises page still lists it, as done."""
    from companion.services.sessions import plan_session
    from companion.services.todays_programme import todays_programme

    lib = library()
    monday = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    start_starter_programme(store, lib, "extension-pathway", monday)
    everything = [
        "prone-on-elbows",
        "prone-press-up",
        "standing-back-bend",
        "bird-dog",
        "glute-bridge",
        "walking",
    ]
    assert _do_whole_session(store, monday) == everything
    three_times = ["prone-on-elbows", "prone-press-up", "standing-back-bend"]
    assert _do_whole_session(store, monday + timedelta(hours=5)) == [*three_times, "walking"]
    evening = monday + timedelta(hours=10)
    today = todays_programme(store, lib, evening)
    assert [i.exercise_id for i in today.plan.items] == three_times
    assert [i.exercise_id for i in today.plan.done_for_today] == [
        "bird-dog",
        "glute-bridge",
        "walking",
    ]
    assert set(everything) <= today.done_exercise_ids
    assert _do_whole_session(store, evening) == three_times

    # All done for today: the session offers nothing, and is still the programme's (no starter
    # set slips in instead).
    late = plan_session(store, lib, monday + timedelta(hours=12))
    assert late.items == ()
    assert late.programme_id is not None
    assert len(late.done_for_today) == len(everything)
    assert _do_whole_session(store, monday + timedelta(days=1)) == everything


def test_a_sitting_break_does_not_offer_a_movement_done_its_times_a_day(store: Store) -> None:
    """The desk starter set's snacks each go once their times a day are reached (snacks and
    sessions both count); the others are still offered."""
    from companion.services.reminders import snack_choices

    lib = library()
    monday = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    choices = snack_choices(store, lib, monday)
    assert len(choices) >= 2
    first, *others = choices
    for hour in range(first.dose.times_per_day):
        _do_snack(store, first.exercise.id, monday + timedelta(hours=hour))
    later = [c.exercise.id for c in snack_choices(store, lib, monday + timedelta(hours=9))]
    assert first.exercise.id not in later
    assert later == [c.exercise.id for c in others]
    tomorrow = [c.exercise.id for c in snack_choices(store, lib, monday + timedelta(days=1))]
    assert tomorrow == [c.exercise.id for c in choices]


def _do_snack(store: Store, exercise_id: str, when: datetime) -> None:
    with store.units.write() as uow:
        session = ExerciseSession(
            is_snack=True, started_at=when, ended_at=when, status=SessionStatus.COMPLETED
        )
        session.exercises.append(
            SessionExercise(
                position=0, exercise_id=exercise_id, prescribed={}, sets_done=1, reps_done=5
            )
        )
        uow.session.add(session)
        uow.commit()
