"""`companion questionnaire add | list | remove` as typed, over a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.services.questionnaires import (
    find_questionnaire,
    questionnaires_folder,
    record_response,
    response_count,
)

EXAMPLE_FILE = (
    Path(__file__).parents[1]
    / "unit"
    / "content"
    / "fixtures"
    / "example_daily_function_check.json"
)
EXAMPLE_ID = "example-daily-function"
LISTED = (
    "example-daily-function: Example daily function check, version 0.1-example "
    "(4 questions, due every 28 days)"
)


def run(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m companion questionnaire ARGS --data-dir DIR`."""
    return subprocess.run(
        [sys.executable, "-m", "companion", "questionnaire", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env if env is not None else dict(os.environ),
        check=False,
    )


def _files(data_dir: Path) -> dict[str, bytes]:
    folder = questionnaires_folder(data_dir)
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def test_add_list_and_remove(data_dir: Path) -> None:
    empty = run(data_dir, "list")
    assert (empty.returncode, empty.stdout, empty.stderr) == (
        0,
        "no questionnaires are installed\n",
        "",
    )

    added = run(data_dir, "add", str(EXAMPLE_FILE))
    assert added.returncode == 0, added.stderr
    assert added.stdout == f"added {LISTED}\n"
    assert _files(data_dir) == {f"{EXAMPLE_ID}.json": EXAMPLE_FILE.read_bytes()}

    listed = run(data_dir, "list")
    assert (listed.returncode, listed.stdout) == (0, f"{LISTED}\n")

    again = run(data_dir, "add", str(EXAMPLE_FILE))
    assert (again.returncode, again.stdout) == (0, f"updated {LISTED}\n")

    removed = run(data_dir, "remove", EXAMPLE_ID)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == f"removed {EXAMPLE_ID}.json; 0 stored answers kept\n"
    assert _files(data_dir) == {}


def test_remove_keeps_the_answers(data_dir: Path) -> None:
    assert run(data_dir, "add", str(EXAMPLE_FILE)).returncode == 0
    store = open_store(data_dir, migrations_dir())
    try:
        questionnaire = find_questionnaire(questionnaires_folder(data_dir), EXAMPLE_ID)
        assert questionnaire is not None
        answers = {"getting_dressed": 1, "walking": 2, "sitting": 3, "sleep": 0}
        record_response(store, questionnaire, answers, datetime.now(UTC))
    finally:
        store.close()

    removed = run(data_dir, "remove", EXAMPLE_ID)
    assert removed.stdout == f"removed {EXAMPLE_ID}.json; 1 stored answer kept\n"
    store = open_store(data_dir, migrations_dir())
    try:
        assert response_count(store, EXAMPLE_ID) == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        (json.dumps({"format": "sciatica-companion-questionnaire"}), "licence: is required"),
        (
            EXAMPLE_FILE.read_text(encoding="utf-8").replace('"version": "0.1-example"', '"x": 1'),
            "version: is required",
        ),
    ],
)
def test_a_refused_file_is_one_line_and_nothing_is_added(
    data_dir: Path, tmp_path: Path, content: str, message: str
) -> None:
    assert run(data_dir, "add", str(EXAMPLE_FILE)).returncode == 0
    before = _files(data_dir)
    bad = tmp_path / "from-the-web.json"
    bad.write_text(content, encoding="utf-8")

    result = run(data_dir, "add", str(bad))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("companion: nothing was added: from-the-web.json: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert _files(data_dir) == before


def test_a_missing_file_is_refused(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "add", str(tmp_path / "nowhere.json"))
    assert result.returncode == 1
    assert result.stderr == "companion: nothing was added: nowhere.json: not a file\n"
    assert _files(data_dir) == {}


def _in_german() -> dict[str, str]:
    locales = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    return {**{k: v for k, v in os.environ.items() if k not in locales}, "LANGUAGE": "de"}


def test_a_refused_file_is_worded_in_german(data_dir: Path, tmp_path: Path) -> None:
    """`LANGUAGE=de companion questionnaire add bad.json`: the file's problems in German too."""
    data = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
    data["items"][0]["options"][1]["label"] = "Easy"
    data["items"][1]["id"] = "getting_dressed"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")

    result = run(data_dir, "add", str(bad), env=_in_german())
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "companion: nichts wurde hinzugefügt: bad.json: items[0].options: die Beschriftung "
        "„Easy“ kommt zweimal vor; items[1].id: „getting_dressed“ wird schon von einer früheren "
        "Frage verwendet\n"
    )
    missing = run(data_dir, "add", str(tmp_path / "nowhere.json"), env=_in_german())
    assert missing.stderr == "companion: nichts wurde hinzugefügt: nowhere.json: keine Datei\n"
    assert _files(data_dir) == {}


def test_unusable_files_are_listed_in_german(data_dir: Path) -> None:
    assert run(data_dir, "add", str(EXAMPLE_FILE)).returncode == 0
    folder = questionnaires_folder(data_dir)
    (folder / "edited-by-hand.json").write_text('{"a": 1, "a": 2}', encoding="utf-8")
    (folder / "zz-copy.json").write_bytes(EXAMPLE_FILE.read_bytes())
    result = run(data_dir, "list", env=_in_german())
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "nicht verwendbar: edited-by-hand.json: das Feld „a“ kommt in einem Objekt zweimal vor",
        "nicht verwendbar: zz-copy.json: id: „example-daily-function“ wird schon von "
        "example-daily-function.json verwendet",
    ]


def test_removing_an_unknown_id_fails_and_removes_nothing(data_dir: Path) -> None:
    assert run(data_dir, "add", str(EXAMPLE_FILE)).returncode == 0
    result = run(data_dir, "remove", "roland")
    assert result.returncode == 1
    assert result.stderr == (
        "companion: nothing was removed: no questionnaire called 'roland' is installed "
        "(installed: example-daily-function)\n"
    )
    assert list(_files(data_dir)) == [f"{EXAMPLE_ID}.json"]


def test_list_names_unusable_files_on_stderr(data_dir: Path) -> None:
    assert run(data_dir, "add", str(EXAMPLE_FILE)).returncode == 0
    (questionnaires_folder(data_dir) / "edited-by-hand.json").write_text("{", encoding="utf-8")
    result = run(data_dir, "list")
    assert result.returncode == 0
    assert result.stdout == f"{LISTED}\n"
    assert result.stderr.startswith("cannot be used: edited-by-hand.json: is not valid JSON")


def test_an_action_is_required(data_dir: Path) -> None:
    result = run(data_dir)
    assert result.returncode == 2
    assert "required: ACTION" in result.stderr
