"""Every command speaks the system's language: data safety, programmes, questionnaires, usage.

Each case runs the CLI's main function over a real data folder, once with an English and once
with a German locale, and compares the whole line the user reads. test_cli_language.py covers
checkin and export; the last test here runs the command as typed, in a new process.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.cli import main
from companion.cli.words import diary_unavailable, failure
from companion.paths import migrations_dir
from companion.reports.wording import wording
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import open_store
from companion.storage.errors import Fault
from companion.storage.write_lock import WriteLockBusy

LOCALES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
ENGLISH, GERMAN = "en_GB.UTF-8", "de_DE.UTF-8"
FIXTURES = Path(__file__).parents[1] / "unit" / "content" / "fixtures"
PROGRAMME = FIXTURES / "example.scprog"
QUESTIONNAIRE = FIXTURES / "example_daily_function_check.json"
MORNING = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)


def _speak(monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    for variable in LOCALES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", locale)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out.strip(), err.strip()


def _usage(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[object, str, str]:
    """A command that argparse ends (help, a usage error): its exit code and its words."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out, err = capsys.readouterr()
    return exited.value.code, out, err.strip()


@pytest.fixture
def diary(data_dir: Path) -> Path:
    """A data folder whose diary holds one check-in (something to back up)."""
    store = open_store(data_dir, migrations_dir())
    record_checkin(store, CheckInDraft(back_pain=2, leg_pain=4, at=MORNING), MORNING)
    store.close()
    return data_dir


# --- check, backup, backups, restore ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (ENGLISH, "No diary yet in {folder}. It is created when you first open the app."),
        (
            GERMAN,
            "In {folder} gibt es noch kein Tagebuch. Es wird angelegt, wenn Sie die App zum "
            "ersten Mal öffnen.",
        ),
    ],
)
def test_check_of_an_empty_folder(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    assert _run(capsys, "check", "--data-dir", str(data_dir)) == (
        0,
        expected.format(folder=data_dir),
        "",
    )


@pytest.mark.parametrize(
    ("locale", "none", "written", "unchanged", "checked", "listed"),
    [
        (
            ENGLISH,
            "No automatic backups yet.",
            "Backup written to ",
            "Nothing changed since the newest backup; no new backup was needed.",
            r"ok: {db} passes its check \(schema up to date\); 1 backup, newest "
            r"\d{{4}}-\d\d-\d\d \d\d:\d\d UTC",
            r"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC  {backups}/\S+",
        ),
        (
            GERMAN,
            "Noch keine automatischen Sicherungen.",
            "Sicherung geschrieben nach ",
            "Seit der neuesten Sicherung hat sich nichts geändert; eine neue Sicherung war "
            "nicht nötig.",
            r"ok: {db} hat die Prüfung bestanden \(Schema aktuell\); 1 Sicherung, neueste vom "
            r"\d{{4}}-\d\d-\d\d \d\d:\d\d UTC",
            r"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC  {backups}/\S+",
        ),
    ],
)
def test_backup_backups_and_check(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    diary: Path,
    locale: str,
    none: str,
    written: str,
    unchanged: str,
    checked: str,
    listed: str,
) -> None:
    _speak(monkeypatch, locale)
    folder = ["--data-dir", str(diary)]
    assert _run(capsys, "backups", *folder) == (0, none, "")
    status, out, err = _run(capsys, "backup", *folder)
    assert (status, err) == (0, "")
    assert out.startswith(written)
    backup = Path(out.removeprefix(written))
    assert backup.parent == diary / "backups"
    assert backup.is_file()
    assert _run(capsys, "backup", *folder) == (0, unchanged, "")
    status, out, _err = _run(capsys, "check", *folder)
    assert status == 0
    assert re.fullmatch(checked.format(db=re.escape(str(diary / "companion.db"))), out), out
    status, out, _err = _run(capsys, "backups", *folder)
    assert status == 0
    assert re.fullmatch(listed.format(backups=re.escape(str(diary / "backups"))), out), out


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (ENGLISH, "Nothing has been recorded yet, so there is nothing to back up."),
        (GERMAN, "Es wurde noch nichts eingetragen, daher gibt es nichts zu sichern."),
    ],
)
def test_backup_of_an_empty_diary(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    assert _run(capsys, "backup", "--data-dir", str(data_dir)) == (0, expected, "")


@pytest.mark.parametrize(
    ("locale", "written", "healthy", "restored", "refused", "not_restorable"),
    [
        (
            ENGLISH,
            "Backup written to {file}",
            "ok: {file} is a healthy Sciatica Companion backup that restore would accept",
            "Restored from {file}. What was there before was kept as a backup.",
            "companion: nothing was changed: {file} is not a healthy Sciatica Companion backup",
            "companion: this file cannot be restored: {file} is not a healthy Sciatica "
            "Companion backup",
        ),
        (
            GERMAN,
            "Sicherung geschrieben nach {file}",
            "ok: {file} ist eine intakte Sicherung von Sciatica Companion, die sich "
            "wiederherstellen lässt",
            "Aus {file} wiederhergestellt. Der vorherige Stand wurde als Sicherung aufbewahrt.",
            "companion: es wurde nichts geändert: {file} ist keine intakte Sicherung von "
            "Sciatica Companion",
            "companion: diese Datei kann nicht wiederhergestellt werden: {file} ist keine "
            "intakte Sicherung von Sciatica Companion",
        ),
    ],
)
def test_backup_to_a_file_check_it_and_restore_it(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    diary: Path,
    locale: str,
    written: str,
    healthy: str,
    restored: str,
    refused: str,
    not_restorable: str,
) -> None:
    _speak(monkeypatch, locale)
    folder = ["--data-dir", str(diary)]
    copy = tmp_path / "copy.db"
    assert _run(capsys, "backup", "--out", str(copy), *folder) == (
        0,
        written.format(file=copy),
        "",
    )
    assert _run(capsys, "check", str(copy), *folder) == (0, healthy.format(file=copy), "")
    assert _run(capsys, "restore", str(copy), *folder) == (0, restored.format(file=copy), "")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    status, out, err = _run(capsys, "restore", str(junk), *folder)
    assert (status, out) == (1, "")
    assert err.startswith(refused.format(file=junk))
    status, out, err = _run(capsys, "check", str(junk), *folder)
    assert (status, out) == (1, "")
    assert err.startswith(not_restorable.format(file=junk))


@pytest.mark.parametrize(
    ("locale", "on_check", "on_open"),
    [
        (
            ENGLISH,
            "companion: {db} was written by a newer version of Sciatica Companion; it has not "
            "been changed",
            "companion: {db} was written by a newer version of Sciatica Companion (schema "
            "ffffffffffff). Install that version or a newer one to open it; the file has not "
            "been changed.",
        ),
        (
            GERMAN,
            "companion: {db} wurde von einer neueren Version von Sciatica Companion "
            "geschrieben; die Datei wurde nicht verändert",
            "companion: {db} wurde von einer neueren Version von Sciatica Companion geschrieben "
            "(Schema ffffffffffff). Installieren Sie diese oder eine neuere Version, um die "
            "Datei zu öffnen; die Datei wurde nicht verändert.",
        ),
    ],
)
def test_a_diary_from_a_newer_version(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    diary: Path,
    locale: str,
    on_check: str,
    on_open: str,
) -> None:
    db = diary / "companion.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.close()
    before = db.read_bytes()
    _speak(monkeypatch, locale)
    assert _run(capsys, "check", "--data-dir", str(diary)) == (1, "", on_check.format(db=db))
    assert _run(capsys, "backup", "--data-dir", str(diary)) == (1, "", on_open.format(db=db))
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("locale", "start", "end"),
    [
        (ENGLISH, "companion: Your diary file was damaged (", "No good backup was found."),
        (
            GERMAN,
            "companion: Ihre Tagebuchdatei war beschädigt (",
            "Es wurde keine intakte Sicherung gefunden.",
        ),
    ],
)
def test_a_damaged_diary_is_kept_and_said_so(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    start: str,
    end: str,
) -> None:
    (data_dir / "companion.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    _speak(monkeypatch, locale)
    status, out, err = _run(capsys, "backup", "--data-dir", str(data_dir))
    assert (status, out) == (1, "")
    assert err.startswith(start)
    assert err.endswith(end)
    assert "\n" not in err
    (aside,) = (data_dir / "damaged").iterdir()
    assert str(aside) in err


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "your diary file {path} is damaged (*** in database main *** Page 38: "
            "btreeInitPage() returns error code 11)",
        ),
        (
            "de",
            "Ihre Tagebuchdatei {path} ist beschädigt (*** in database main *** Page 38: "
            "btreeInitPage() returns error code 11)",
        ),
    ],
)
def test_what_sqlite_reports_is_put_on_one_line(language: str, expected: str) -> None:
    detail = "*** in database main ***\nPage 38: btreeInitPage() returns error code 11"
    path = Path("diary.db")
    assert diary_unavailable(Fault.DAMAGED, path, detail, wording(language)) == expected.format(
        path=path
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "the diary is busy: pid 123 (restore) has been writing to it for more than 5 "
            "seconds; try again when it has finished",
        ),
        (
            "de",
            "das Tagebuch ist belegt: pid 123 (restore) schreibt seit mehr als 5 Sekunden "
            "hinein; versuchen Sie es erneut, wenn der Vorgang beendet ist",
        ),
    ],
)
def test_a_diary_busy_for_too_long(language: str, expected: str) -> None:
    busy = WriteLockBusy(Path("write.lock"), "pid 123 (restore)", 5.0)
    assert failure(busy, wording(language)) == expected


# --- programme validate and import -------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "checked", "imported", "again"),
    [
        (
            ENGLISH,
            "example.scprog: ok: 'Back to walking' by Sam Okafor, 4 exercises",
            "imported 'Back to walking' as your programme",
            "companion: nothing was imported: This programme is already the one you follow; "
            "nothing was changed.",
        ),
        (
            GERMAN,
            "example.scprog: ok: „Back to walking“ von Sam Okafor, 4 Übungen",
            "„Back to walking“ als Ihr Übungsprogramm importiert",
            "companion: nichts wurde importiert: Diesem Übungsprogramm folgen Sie bereits; es "
            "wurde nichts geändert.",
        ),
    ],
)
def test_programme_validate_and_import(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    checked: str,
    imported: str,
    again: str,
) -> None:
    _speak(monkeypatch, locale)
    folder = ["--data-dir", str(data_dir)]
    assert _run(capsys, "programme", "validate", str(PROGRAMME), *folder) == (0, checked, "")
    assert _run(capsys, "programme", "import", str(PROGRAMME), *folder) == (0, imported, "")
    assert _run(capsys, "programme", "import", str(PROGRAMME), *folder) == (1, "", again)


@pytest.mark.parametrize(
    ("locale", "refused"),
    [
        (ENGLISH, "companion: not a usable programme: "),
        (GERMAN, "companion: kein verwendbares Übungsprogramm: "),
    ],
)
def test_an_unusable_programme_file(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
    locale: str,
    refused: str,
) -> None:
    broken = tmp_path / "broken.scprog"
    broken.write_text("{", encoding="utf-8")
    _speak(monkeypatch, locale)
    status, out, err = _run(
        capsys, "programme", "validate", str(broken), "--data-dir", str(data_dir)
    )
    assert (status, out) == (1, "")
    assert err.startswith(refused)


@pytest.mark.parametrize(
    ("locale", "refused"),
    [
        (
            ENGLISH,
            "companion: not a usable programme: bad.scprog: exercises[0].dose.reps: must be at "
            "most 50; title: must be text",
        ),
        (
            GERMAN,
            "companion: kein verwendbares Übungsprogramm: bad.scprog: exercises[0].dose.reps: "
            "darf höchstens 50 sein; title: muss Text sein",
        ),
    ],
)
def test_the_problems_of_a_programme_file_in_the_readers_language(  # noqa: PLR0917
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
    locale: str,
    refused: str,
) -> None:
    data = json.loads(PROGRAMME.read_text(encoding="utf-8"))
    data["exercises"][0]["dose"]["reps"] = 500
    data["title"] = 5
    bad = tmp_path / "bad.scprog"
    bad.write_text(json.dumps(data), encoding="utf-8")
    _speak(monkeypatch, locale)
    status, out, err = _run(capsys, "programme", "validate", str(bad), "--data-dir", str(data_dir))
    assert (status, out, err) == (1, "", refused)


# --- questionnaire add, list, remove ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "empty", "listed", "removed", "unknown"),
    [
        (
            ENGLISH,
            "no questionnaires are installed",
            "example-daily-function: Example daily function check, version 0.1-example "
            "(4 questions, due every 28 days)",
            "removed example-daily-function.json; 0 stored answers kept",
            "companion: nothing was removed: no questionnaire called 'roland' is installed "
            "(installed: none)",
        ),
        (
            GERMAN,
            "es sind keine Fragebögen installiert",
            "example-daily-function: Example daily function check, Version 0.1-example "
            "(4 Fragen, jeweils nach 28 Tagen fällig)",
            "example-daily-function.json entfernt; 0 gespeicherte Antworten bleiben erhalten",
            "companion: nichts wurde entfernt: Ein Fragebogen „roland“ ist nicht installiert "
            "(installiert: keine)",
        ),
    ],
)
def test_questionnaire_add_list_and_remove(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    empty: str,
    listed: str,
    removed: str,
    unknown: str,
) -> None:
    _speak(monkeypatch, locale)
    folder = ["--data-dir", str(data_dir)]
    assert _run(capsys, "questionnaire", "list", *folder) == (0, empty, "")
    assert _run(capsys, "questionnaire", "remove", "roland", *folder) == (1, "", unknown)
    added = listed.replace("example-daily-function:", "added example-daily-function:", 1)
    if locale == GERMAN:
        added = listed.replace("example-daily-function:", "example-daily-function hinzugefügt:", 1)
    assert _run(capsys, "questionnaire", "add", str(QUESTIONNAIRE), *folder) == (0, added, "")
    assert _run(capsys, "questionnaire", "list", *folder) == (0, listed, "")
    assert _run(capsys, "questionnaire", "remove", "example-daily-function", *folder) == (
        0,
        removed,
        "",
    )


# --- what argparse says ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "missing", "not_a_number", "no_command"),
    [
        (
            ENGLISH,
            "companion restore: the following arguments are required: file (see 'companion "
            "restore --help')",
            "companion checkin: argument --back: invalid int value: 'x' (see 'companion "
            "checkin --help')",
            "companion: no command given (see 'companion --help')",
        ),
        (
            GERMAN,
            "companion restore: diese Angaben fehlen: file (siehe „companion restore --help“)",
            "companion checkin: Angabe --back: 'x' ist keine ganze Zahl (siehe „companion "
            "checkin --help“)",
            "companion: kein Befehl angegeben (siehe „companion --help“)",
        ),
    ],
)
def test_usage_errors(  # noqa: PLR0917 (pytest parameters)
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    missing: str,
    not_a_number: str,
    no_command: str,
) -> None:
    _speak(monkeypatch, locale)
    assert _usage(capsys, "restore") == (2, "", missing)
    assert _usage(capsys, "checkin", "--back", "x", "--leg", "1") == (2, "", not_a_number)
    assert _run(capsys, "--data-dir", str(data_dir)) == (2, "", no_command)


@pytest.mark.parametrize(
    ("locale", "lines"),
    [
        (
            ENGLISH,
            (
                "usage: companion checkin ",
                "options:",
                "show this help and exit",
                "Record how you are now.",
                "back pain, 0-10",
            ),
        ),
        (
            GERMAN,
            (
                "Aufruf: companion checkin ",
                "Optionen:",
                "diese Hilfe anzeigen und beenden",
                "Halten Sie fest, wie es Ihnen jetzt geht.",
                "Rückenschmerzen, 0–10",
            ),
        ),
    ],
)
def test_help(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
    lines: tuple[str, ...],
) -> None:
    _speak(monkeypatch, locale)
    status, out, _err = _usage(capsys, "checkin", "--help")
    assert status == 0
    for line in lines:
        assert line in out
    status, out, _err = _usage(capsys, "--help")
    assert status == 0
    assert lines[0].removesuffix("checkin ") in out
    # Every command is listed with its help in the user's language.
    assert ("record a check-in" if locale == ENGLISH else "einen Tageseintrag speichern") in out


def test_a_german_user_typing_backup_and_questionnaire_list(diary: Path) -> None:
    """As typed: new processes whose locale is German."""
    env = {key: value for key, value in os.environ.items() if key not in LOCALES}
    env["LANG"] = GERMAN

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "companion", *args, "--data-dir", str(diary)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )

    backup = run("backup")
    assert (backup.returncode, backup.stderr) == (0, "")
    assert backup.stdout.startswith(f"Sicherung geschrieben nach {diary / 'backups'}/")
    listed = run("questionnaire", "list")
    assert (listed.returncode, listed.stdout, listed.stderr) == (
        0,
        "es sind keine Fragebögen installiert\n",
        "",
    )
