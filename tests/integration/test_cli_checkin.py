"""`companion checkin` as typed: prints the id, or refuses in one line and writes nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.vocabulary import LegReach, Side
from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, last_checkin, record_checkin
from companion.services.data_store import open_store


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m companion checkin ARGS --data-dir DIR`."""
    return subprocess.run(
        [sys.executable, "-m", "companion", "checkin", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
        check=False,
    )


def _state(db: Path) -> tuple[int, int, list[tuple[object, ...]]]:
    """Row count, store generation and every check-in row: what a refusal must not change."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT * FROM checkins ORDER BY id").fetchall()
        generation = conn.execute("SELECT generation FROM store_state").fetchone()[0]
    return len(rows), int(generation), rows


@pytest.fixture
def diary(data_dir: Path) -> Path:
    """A data folder with one earlier check-in (right leg, down to the thigh)."""
    store = open_store(data_dir, migrations_dir())
    now = datetime.now(UTC)
    draft = CheckInDraft(
        back_pain=4, leg_pain=5, leg_reach=LegReach.THIGH, side=Side.RIGHT, at=now - timedelta(1)
    )
    record_checkin(store, draft, now)
    store.close()
    return data_dir


def test_a_check_in_is_recorded_and_its_id_printed(diary: Path) -> None:
    result = run(
        diary,
        "--back",
        "3",
        "--leg",
        "6",
        "--reach",
        "calf",
        "--side",
        "left",
        "--note",
        "after the drive",
    )
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.strip().splitlines()
    new_id = int(first)
    # Down to the calf after a day at the thigh: the safety questions are due.
    assert rest == [
        "Safety questions are due (symptoms reach further down the leg than in the last 7 "
        "days): please answer them in the app today."
    ]

    store = open_store(diary, migrations_dir())
    try:
        saved = last_checkin(store)
    finally:
        store.close()
    assert saved is not None
    assert saved.id == new_id
    assert (saved.back_pain, saved.leg_pain) == (3, 6)
    assert (saved.leg_reach, saved.side, saved.note) == (
        LegReach.CALF,
        Side.LEFT,
        "after the drive",
    )
    assert datetime.now(UTC) - saved.recorded_at < timedelta(minutes=1)


def test_reach_and_side_left_out_are_carried_from_the_last_check_in(diary: Path) -> None:
    result = run(diary, "--back", "2", "--leg", "3", "--at", "2026-01-02T07:15+00:00")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(diary / "companion.db") as conn:
        row = conn.execute(
            "SELECT recorded_at, leg_reach, side FROM checkins WHERE id = ?",
            (int(result.stdout),),
        ).fetchone()
    # Back-dated before the only earlier check-in: there is nothing to carry.
    assert row == ("2026-01-02 07:15:00.000000", "none", None)

    carried = run(diary, "--back", "2", "--leg", "3")
    assert carried.returncode == 0, carried.stderr
    with sqlite3.connect(diary / "companion.db") as conn:
        row = conn.execute(
            "SELECT leg_reach, side FROM checkins WHERE id = ?", (int(carried.stdout),)
        ).fetchone()
    assert row == ("thigh", "right")


FUTURE = (datetime.now(UTC) + timedelta(days=1)).isoformat(timespec="minutes")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--back", "11", "--leg", "2"], "Back pain"),
        (["--back", "1", "--leg", "-1"], "Leg pain"),
        (["--back", "1", "--leg", "2", "--reach", "knee"], "--reach"),
        (["--back", "1", "--leg", "2", "--side", "middle"], "--side"),
        (["--back", "1", "--leg", "2", "--at", FUTURE], "future"),
        (["--back", "1", "--leg", "2", "--at", "garbage"], "--at"),
        (["--back", "1", "--leg", "2", "--at", "1985-06-01T10:00"], "1990"),
        (["--back", "1", "--leg", "2", "--reach", "none", "--side", "left"], "--side"),
        (["--back", "one", "--leg", "2"], "--back"),
        (["--leg", "2"], "--back"),
    ],
)
def test_refusals_say_why_in_one_line_and_leave_the_diary_unchanged(
    diary: Path, args: list[str], words: str
) -> None:
    before = _state(diary / "companion.db")
    result = run(diary, *args)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert _state(diary / "companion.db") == before


def test_a_new_reach_needs_a_side_when_there_is_none_to_carry(data_dir: Path) -> None:
    first = run(data_dir, "--back", "1", "--leg", "0")
    assert first.returncode == 0, first.stderr
    before = _state(data_dir / "companion.db")

    result = run(data_dir, "--back", "1", "--leg", "5", "--reach", "calf")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "companion: nothing was recorded: --side is needed with --reach: left, right or both."
    )
    assert _state(data_dir / "companion.db") == before


def test_arguments_are_checked_before_the_diary_is_created(data_dir: Path) -> None:
    result = run(data_dir, "--back", "12", "--leg", "2")
    assert result.returncode == 1
    assert not (data_dir / "companion.db").exists()


def _run_in(zone: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the command in time zone `zone` (TZ for the child only, never this machine's)."""
    return subprocess.run(
        [sys.executable, "-m", "companion", "checkin", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": zone},
        check=False,
    )


@pytest.mark.parametrize(
    ("zone", "at", "stored_utc"),
    [
        ("Europe/Berlin", "2026-03-29T02:30", None),  # the clocks went forward 02:00 -> 03:00
        ("Europe/Berlin", "2026-03-29T02:00", None),
        ("Europe/Berlin", "2026-03-29T01:59", "2026-03-29 00:59:00"),
        ("Europe/Berlin", "2026-03-29T03:00", "2026-03-29 01:00:00"),
        ("Europe/Berlin", "2026-10-25T02:30", "2026-10-25 00:30:00"),  # twice: the first one
        ("America/New_York", "2026-03-08T02:15", None),
        ("UTC", "2026-03-29T02:30", "2026-03-29 02:30:00"),
        ("Europe/Berlin", "2026-03-29T02:30+01:00", "2026-03-29 01:30:00"),  # a zone is given
    ],
)
def test_a_local_time_the_clocks_skipped_is_refused(
    diary: Path, zone: str, at: str, stored_utc: str | None
) -> None:
    db = diary / "companion.db"
    before = _state(db)
    done = _run_in(zone, diary, "--back", "2", "--leg", "3", "--at", at)
    if stored_utc is None:
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1
        assert "did not happen here: the clocks went forward from 02:00 to 03:00" in done.stderr
        assert _state(db) == before
    else:
        assert done.returncode == 0, done.stderr
        with sqlite3.connect(db) as conn:
            stored = conn.execute(
                "SELECT recorded_at FROM checkins WHERE id = ?", (int(done.stdout),)
            ).fetchone()[0]
        assert str(stored).startswith(stored_utc)


def test_help_says_what_happens_to_a_skipped_time(diary: Path) -> None:
    shown = _run_in("UTC", diary, "--help").stdout
    assert "clocks go forward" in " ".join(shown.split())
    assert "is refused" in " ".join(shown.split())


def _seed(data_dir: Path, *check_ins: tuple[str, int, LegReach, Side | None]) -> None:
    store = open_store(data_dir, migrations_dir())
    try:
        for at, leg, reach, side in check_ins:
            moment = datetime.fromisoformat(at)
            draft = CheckInDraft(back_pain=2, leg_pain=leg, leg_reach=reach, side=side, at=moment)
            record_checkin(store, draft, moment)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("earlier", "args", "why"),
    [
        # No trigger: one line, the id.
        (
            [("2026-01-05T08:00+00:00", 4, LegReach.THIGH, Side.LEFT)],
            ["--leg", "5", "--reach", "thigh", "--side", "left"],
            None,
        ),
        (
            [("2026-01-05T08:00+00:00", 4, LegReach.THIGH, Side.LEFT)],
            ["--leg", "7"],
            "leg pain is up by 3 or more since the last check-in",
        ),
        (
            [("2026-01-05T08:00+00:00", 4, LegReach.THIGH, Side.LEFT)],
            ["--leg", "4", "--reach", "thigh", "--side", "both"],
            "symptoms are now in both legs",
        ),
        (
            [
                ("2025-12-30T08:00+00:00", 4, LegReach.FOOT, Side.LEFT),  # 7 days + 1 hour back
                ("2026-01-05T08:00+00:00", 4, LegReach.THIGH, Side.LEFT),
            ],
            ["--leg", "4", "--reach", "calf"],
            "symptoms reach further down the leg than in the last 7 days",
        ),
        (
            [
                ("2026-01-01T08:00+00:00", 4, LegReach.FOOT, Side.LEFT),
                ("2026-01-05T08:00+00:00", 4, LegReach.THIGH, Side.LEFT),
            ],
            ["--leg", "4", "--reach", "calf"],
            None,  # it reached the foot earlier in the week
        ),
        (
            [("2025-12-20T08:00+00:00", 4, LegReach.THIGH, Side.LEFT)],
            ["--leg", "4", "--reach", "foot"],
            None,  # no check-in in the 7 days before: no reach trigger
        ),
        (
            [("2026-01-05T08:00+00:00", 2, LegReach.BUTTOCK, Side.LEFT)],
            ["--leg", "6", "--reach", "calf", "--side", "both"],
            "symptoms are now in both legs; leg pain is up by 3 or more since the last "
            "check-in; symptoms reach further down the leg than in the last 7 days",
        ),
    ],
)
def test_a_check_in_that_calls_for_the_safety_questions_says_so_in_one_more_line(
    data_dir: Path,
    earlier: list[tuple[str, int, LegReach, Side | None]],
    args: list[str],
    why: str | None,
) -> None:
    _seed(data_dir, *earlier)
    result = run(data_dir, "--back", "2", *args, "--at", "2026-01-06T09:00+00:00")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.strip().splitlines()
    int(lines[0])
    if why is None:
        assert lines[1:] == []
    else:
        assert lines[1:] == [
            f"Safety questions are due ({why}): please answer them in the app today."
        ]
