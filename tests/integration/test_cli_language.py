"""The command line speaks the user's language: the system locale, or `export --language`.

Services return reasons; cli/words.py words them from the same catalogue as the app. Each case
runs the CLI's main function over a real store file, once in English and once in German.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from companion.cli import main
from companion.domain.vocabulary import LegReach, Side
from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import open_store

LOCALES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _speak(monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    """The system locale as a German or an English user has it."""
    for variable in LOCALES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", locale)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out.strip(), err.strip()


@pytest.fixture
def diary(data_dir: Path) -> Path:
    """A store file with a week of check-ins ending yesterday (right leg, to the thigh)."""
    store = open_store(data_dir, migrations_dir())
    now = datetime.now(UTC)
    for days in range(7, 0, -1):
        draft = CheckInDraft(
            back_pain=3,
            leg_pain=5,
            leg_reach=LegReach.THIGH,
            side=Side.RIGHT,
            at=now - timedelta(days=days),
        )
        record_checkin(store, draft, now)
    store.close()
    return data_dir


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB.UTF-8", "companion: nothing was recorded: --reach must be one of "),
        ("de_DE.UTF-8", "companion: nichts wurde gespeichert: --reach muss einer dieser Werte "),
    ],
)
def test_a_refused_check_in_is_worded_in_the_system_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    diary: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    status, out, err = _run(
        capsys, "checkin", "--back", "1", "--leg", "2", "--reach", "knee", "--data-dir", str(diary)
    )
    assert status == 1
    assert out == ""
    assert err.startswith(expected)
    # The words the option takes stay as the user types them, in every language.
    assert "none, buttock, thigh, calf, foot" in err
    assert "'knee'" in err or "„knee“" in err


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_GB.UTF-8",
            "companion: nothing was recorded: Back pain (--back) must be a whole number from 0 "
            "to 10, not 11. Leg pain (--leg) must be a whole number from 0 to 10, not 12.",
        ),
        (
            "de_DE.UTF-8",
            "companion: nichts wurde gespeichert: Rückenschmerzen (--back) muss eine ganze Zahl "
            "von 0 bis 10 sein, nicht 11. Beinschmerzen (--leg) muss eine ganze Zahl von 0 bis "
            "10 sein, nicht 12.",
        ),
    ],
)
def test_every_problem_is_worded_on_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    status, _out, err = _run(
        capsys, "checkin", "--back", "11", "--leg", "12", "--data-dir", str(data_dir)
    )
    assert (status, err) == (1, expected)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_GB.UTF-8",
            "companion: nothing was recorded: --side is needed with --reach: left, right or both.",
        ),
        (
            "de_DE.UTF-8",
            "companion: nichts wurde gespeichert: --side ist zusammen mit --reach nötig: left, "
            "right oder both.",
        ),
    ],
)
def test_a_new_reach_without_a_side_to_carry(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    assert _run(capsys, "checkin", "--back", "1", "--leg", "0", "--data-dir", str(data_dir))[0] == 0
    status, _out, err = _run(
        capsys,
        "checkin",
        "--back",
        "1",
        "--leg",
        "5",
        "--reach",
        "calf",
        "--data-dir",
        str(data_dir),
    )
    assert status == 1
    assert err == expected


@pytest.mark.parametrize(
    ("locale", "words"),
    [("en_GB.UTF-8", ("pages", "to")), ("de_DE.UTF-8", ("Seiten", "bis"))],
)
def test_the_export_summary_is_worded_in_the_system_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    diary: Path,
    locale: str,
    words: tuple[str, str],
) -> None:
    _speak(monkeypatch, locale)
    holds, between = words
    out_file = diary.parent / "report.pdf"  # beside the data folder, never inside it
    first, last = date.today() - timedelta(days=10), date.today()
    status, out, err = _run(
        capsys,
        "export",
        "--format",
        "pdf",
        "--out",
        str(out_file),
        "--from",
        first.isoformat(),
        "--to",
        last.isoformat(),
        "--data-dir",
        str(diary),
    )
    assert status == 0, err
    pages = int(out.split("(")[1].split()[0])
    assert pages >= 2
    assert out == f"{out_file} ({pages} {holds}, {first.isoformat()} {between} {last.isoformat()})"


def test_export_language_chooses_the_words_over_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path
) -> None:
    _speak(monkeypatch, "en_GB.UTF-8")
    status, out, _err = _run(
        capsys,
        "export",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "data.zip"),
        "--language",
        "de",
        "--data-dir",
        str(diary),
    )
    assert status == 0
    assert "CSV-Dateien, " in out
    assert " bis " in out


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_GB.UTF-8",
            "companion: nothing was exported: --from 2026-03-10 is after --to 2026-03-01. Swap "
            "the dates and try again.",
        ),
        (
            "de_DE.UTF-8",
            "companion: nichts wurde exportiert: --from 2026-03-10 liegt nach --to 2026-03-01. "
            "Tauschen Sie die beiden Daten und versuchen Sie es erneut.",
        ),
    ],
)
def test_a_period_that_ends_before_it_starts(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    diary: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    never = diary.parent / "never.pdf"
    status, _out, err = _run(
        capsys,
        "export",
        "--format",
        "pdf",
        "--out",
        str(never),
        "--from",
        "2026-03-10",
        "--to",
        "2026-03-01",
        "--data-dir",
        str(diary),
    )
    assert (status, err) == (1, expected)
    assert not never.exists()


def test_a_refused_target_is_worded_in_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], diary: Path
) -> None:
    _speak(monkeypatch, "de_DE.UTF-8")
    target = diary / "inside.pdf"
    status, _out, err = _run(
        capsys, "export", "--format", "pdf", "--out", str(target), "--data-dir", str(diary)
    )
    assert status == 1
    assert err == (
        f"companion: {target} liegt in Ihrem Datenordner, in dem die App Ihr Tagebuch "
        "aufbewahrt; es wurde nichts geschrieben. Wählen Sie eine Datei in einem anderen "
        "Ordner, z. B. in Ihren Dokumenten."
    )


def test_a_german_user_typing_in_a_terminal_sees_german(diary: Path) -> None:
    """As typed: a new process whose locale is German."""
    env = {key: value for key, value in os.environ.items() if key not in LOCALES}
    env["LANG"] = "de_DE.UTF-8"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "companion",
            "checkin",
            "--back",
            "1",
            "--leg",
            "2",
            "--side",
            "middle",
            "--data-dir",
            str(diary),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == (
        "companion: nichts wurde gespeichert: --side muss einer dieser Werte sein: left, right, "
        "both (angegeben war „middle“).\n"
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_GB.UTF-8",
            "companion: There is no programme to export yet: import one or choose a starter "
            "programme.",
        ),
        (
            "de_DE.UTF-8",
            "companion: Es gibt noch kein Übungsprogramm zum Exportieren: Importieren Sie "
            "eines oder wählen Sie ein Einstiegsprogramm.",
        ),
    ],
)
def test_a_programme_refusal_is_worded_in_the_system_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    locale: str,
    expected: str,
) -> None:
    _speak(monkeypatch, locale)
    out = data_dir.parent / "mine.scprog"
    status, _out, err = _run(
        capsys, "programme", "export", "--out", str(out), "--data-dir", str(data_dir)
    )
    assert (status, err) == (1, expected)
    assert not out.exists()
