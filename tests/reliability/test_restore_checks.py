"""Restore judges a backup before it touches anything, and never loses an acknowledged check-in."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import backup_to, open_store, restore_backup
from companion.storage.backup import list_backups
from companion.storage.engine import make_engine
from companion.storage.migrate import upgrade
from companion.storage.schema_check import restore_problem

REPO = Path(__file__).resolve().parents[2]


def companion(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line in English, whatever the machine's locale: the checks read its words."""
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
        env={**os.environ, "LANGUAGE": "en"},
    )


def notes_in(db: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return {str(row[0]) for row in conn.execute("SELECT note FROM checkins")}


def good_backup(root: Path, target: Path, notes: int = 2) -> Path:
    from datetime import UTC, datetime, timedelta

    store = open_store(root, migrations_dir())
    start = datetime(2026, 2, 1, 8, tzinfo=UTC)
    for n in range(notes):
        record_checkin(
            store, CheckInDraft(back_pain=2, leg_pain=n, note=f"kept {n}"), start + timedelta(n)
        )
    backup_to(store, target)
    store.close()
    return target


def edited(source: Path, target: Path, *statements: str) -> Path:
    target.write_bytes(source.read_bytes())
    with contextlib.closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    return target


HOSTILE: dict[str, tuple[str, ...]] = {
    "an extra trigger that wipes check-ins": (
        "CREATE TRIGGER wipe AFTER INSERT ON checkins BEGIN DELETE FROM checkins; END",
    ),
    "a view in place of a table": (
        "DROP TABLE activities",
        "CREATE VIEW activities AS SELECT 1 AS id",
    ),
    "an extra table": ("CREATE TABLE extra (id INTEGER PRIMARY KEY, payload TEXT)",),
    "a wrong schema at a known revision": ("UPDATE alembic_version SET version_num = '0001'",),
}


@pytest.mark.parametrize("hostile", list(HOSTILE), ids=list(HOSTILE))
def test_a_hostile_backup_is_refused_and_the_live_diary_is_untouched(
    tmp_path: Path, hostile: str
) -> None:
    root = tmp_path / "data"
    clean = good_backup(root, tmp_path / "clean.db")
    bad = edited(clean, tmp_path / "bad.db", *HOSTILE[hostile])
    live = root / "companion.db"
    before = live.read_bytes()
    listing = sorted(p.name for p in root.rglob("*"))

    restored = companion("restore", str(bad), "--data-dir", str(root))
    assert restored.returncode != 0
    assert len(restored.stderr.strip().splitlines()) == 1, restored.stderr
    assert "not a Sciatica Companion backup" in restored.stderr
    assert live.read_bytes() == before
    assert sorted(p.name for p in root.rglob("*")) == listing

    checked = companion("check", str(bad), "--data-dir", str(root))
    assert checked.returncode != 0 and "not a Sciatica Companion backup" in checked.stderr
    with pytest.raises(Exception, match="not a Sciatica Companion backup"):
        restore_backup(root, bad, migrations_dir())
    assert live.read_bytes() == before


def test_good_backups_at_every_revision_are_accepted(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from companion.storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config(migrations_dir()))
    for revision in [r.revision for r in script.walk_revisions()]:
        path = tmp_path / f"at-{revision}.db"
        engine = make_engine(path)
        upgrade(engine, migrations_dir(), target=revision)
        engine.dispose()
        assert restore_problem(path, migrations_dir()) is None, revision
    clean = good_backup(tmp_path / "data", tmp_path / "clean.db")
    assert companion("check", str(clean)).returncode == 0
    # SQLite's own tables (statistics after ANALYZE) are not "extra tables".
    analysed = edited(clean, tmp_path / "analysed.db", "ANALYZE")
    assert restore_problem(analysed, migrations_dir()) is None


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_bytes(b"hello, not a database" * 100), "not a healthy"),
        (lambda p: None, "does not exist"),
    ],
    ids=["not a database", "missing"],
)
def test_files_that_are_not_backups_are_refused(
    tmp_path: Path, make: Callable[[Path], None], says: str
) -> None:
    candidate = tmp_path / "candidate.db"
    make(candidate)
    problem = restore_problem(candidate, migrations_dir())
    assert problem is not None and says in problem


def test_restore_racing_checkins_loses_no_acknowledged_note(tmp_path: Path) -> None:
    root = tmp_path / "data"
    source = good_backup(root, tmp_path / "source.db", notes=1)
    rng = random.Random(14)
    landed = {"live": 0, "before-restore": 0}
    for round_number in range(20):
        writers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "companion",
                    "checkin",
                    "--back",
                    "1",
                    "--leg",
                    "2",
                    "--note",
                    f"r{round_number}w{w}",
                    "--data-dir",
                    str(root),
                ],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for w in range(3)
        ]
        # The writers need about half a second to start: restore lands among their commits.
        time.sleep(rng.uniform(0.2, 1.0))
        store = restore_backup(root, source, migrations_dir())
        store.close()
        acknowledged = {
            f"r{round_number}w{w}"
            for w, writer in enumerate(writers)
            if writer.communicate(timeout=60)[0].strip().isdigit() and writer.returncode == 0
        }
        (before_restore,) = [
            b for b in list_backups(root / "backups") if b.label == "before-restore"
        ][:1]
        live, replaced = notes_in(root / "companion.db"), notes_in(before_restore.path)
        assert acknowledged <= live | replaced, f"round {round_number}: lost some of {acknowledged}"
        landed["live"] += len(acknowledged & live)
        landed["before-restore"] += len(acknowledged & replaced)
    print(f"acknowledged notes found: {landed}")
