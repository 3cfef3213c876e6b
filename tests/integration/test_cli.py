"""The headless command line: one clear line on failure, a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from companion import __version__
from companion.cli import main
from companion.paths import migrations_dir
from companion.services.data_store import open_store


def run(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m companion ARGS` as a user would."""
    env = dict(os.environ)
    if home is not None:
        env["HOME"] = str(home)
        env["XDG_DATA_HOME"] = str(home / "share")
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def _add_rows(data_dir: Path, count: int) -> None:
    store = open_store(data_dir, migrations_dir())
    with store.engine.begin() as conn:
        for i in range(count):
            conn.exec_driver_sql(
                "INSERT INTO checkins (recorded_at, back_pain, leg_pain, leg_reach, symptoms, "
                "pain_sites, note) VALUES ('2026-01-01 08:00:00', 2, ?, 'thigh', '[]', '[]', '')",
                (i % 11,),
            )
        conn.exec_driver_sql("UPDATE store_state SET generation = generation + 1")
    store.close()


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM checkins").fetchone()[0])


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Sciatica Companion {__version__}"


def test_check_on_a_new_folder_says_there_is_no_diary_yet(data_dir: Path) -> None:
    result = run("check", "--data-dir", str(data_dir))
    assert result.returncode == 0
    assert "No diary yet" in result.stdout


def test_data_dir_defaults_to_the_per_user_folder(tmp_path: Path) -> None:
    home = tmp_path / "someone"
    result = run("backup", home=home)
    assert result.returncode == 0, result.stderr
    assert (home / "share" / "Sciatica Companion" / "companion.db").exists()
    if os.name == "posix":
        assert (home / "share" / "Sciatica Companion").stat().st_mode & 0o777 == 0o700
        database = home / "share" / "Sciatica Companion" / "companion.db"
        assert database.stat().st_mode & 0o777 == 0o600


def test_backup_and_restore_round_trip(data_dir: Path, tmp_path: Path) -> None:
    _add_rows(data_dir, 3)
    out = tmp_path / "copy.db"
    made = run("backup", "--out", str(out), "--data-dir", str(data_dir))
    assert made.returncode == 0, made.stderr
    assert _count(out) == 3

    _add_rows(data_dir, 5)
    assert _count(data_dir / "companion.db") == 8
    restored = run("restore", str(out), "--data-dir", str(data_dir))
    assert restored.returncode == 0, restored.stderr
    assert _count(data_dir / "companion.db") == 3
    listing = run("backups", "--data-dir", str(data_dir))
    assert "before-restore" in listing.stdout


def test_backup_refuses_to_overwrite_a_file(data_dir: Path, tmp_path: Path) -> None:
    existing = tmp_path / "mine.db"
    existing.write_text("precious")
    result = run("backup", "--out", str(existing), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert existing.read_text() == "precious"
    assert result.stderr.count("\n") == 1 and "already exists" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("restore", "no-such-file.db"),
        ("frobnicate",),
        ("backup", "--out"),
        ("restore",),
    ],
)
def test_failures_are_one_line_without_a_traceback(data_dir: Path, args: tuple[str, ...]) -> None:
    result = run(*args, "--data-dir", str(data_dir))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_restore_refuses_a_file_that_is_not_a_backup(data_dir: Path, tmp_path: Path) -> None:
    _add_rows(data_dir, 2)
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not a database\n" * 100)
    result = run("restore", str(bogus), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "not" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _count(data_dir / "companion.db") == 2


def test_cli_main_in_process_reports_usage_errors(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    with pytest.raises(SystemExit) as exited:
        main(["restore"])
    assert exited.value.code == 2
    assert "the following arguments are required: file" in capsys.readouterr().err


def test_smoke_test_passes_on_a_fresh_folder(tmp_path: Path) -> None:
    result = run("--smoke-test", "--data-dir", str(tmp_path / "fresh"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke test ok")
    assert (tmp_path / "fresh" / "companion.db").exists()


def test_the_smoke_test_of_an_incomplete_installation_fails_in_english(tmp_path: Path) -> None:
    # Its output is a build log, English in every language; no message box waits for a click.
    script = (
        "import sys, companion.app as app; app.missing_content = lambda: ['exercises']; "
        "sys.exit(app.main(['companion', '--smoke-test', '--data-dir', sys.argv[1]]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "fresh")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANGUAGE": "de", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == "smoke test failed: missing exercises"


def test_the_entry_point_knows_every_command() -> None:
    from companion.__main__ import COMMANDS, wants_cli
    from companion.cli import build_parser

    _parser, handlers = build_parser()
    assert set(handlers) == COMMANDS
    assert all(wants_cli([name]) for name in COMMANDS)
    assert not wants_cli(["--data-dir", "somewhere", "--minimized"])
