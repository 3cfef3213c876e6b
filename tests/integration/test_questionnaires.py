"""A clinic's questionnaires over a real data folder: install, refuse, remove, score, due dates.

Every instrument here is made up (the example from docs/questionnaire-format.md and tick-box
variants of it); no licensed wording is used.
"""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.content.questionnaires import MAX_FILE_BYTES, questionnaire_from_data
from companion.domain.changes import Topic
from companion.domain.measures import Verdict, describe_change
from companion.domain.questionnaire import Questionnaire
from companion.services.data_store import Store
from companion.services.measures import record_bothersomeness
from companion.services.questionnaires import (
    QuestionnaireAnswersInvalid,
    QuestionnaireNotInstalled,
    QuestionnaireRefused,
    add_questionnaire,
    all_due_items,
    find_questionnaire,
    list_questionnaires,
    questionnaire_due_items,
    questionnaire_history,
    questionnaire_progress,
    questionnaires_folder,
    read_questionnaire_file,
    record_response,
    remove_questionnaire,
    response_count,
)

EXAMPLE = Path(__file__).parents[1] / "unit" / "content" / "fixtures"
EXAMPLE_FILE = EXAMPLE / "example_daily_function_check.json"
EXAMPLE_ID = "example-daily-function"
MARCH_10 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
FIRST_DAY = MARCH_10.astimezone().date()
WORKED_EXAMPLE = {"getting_dressed": 1, "walking": 2, "sitting": 3, "sleep": 0}  # 6 of 12: 50


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
    return data


def checklist(count: int = 10) -> dict[str, Any]:
    """A made-up tick-box questionnaire scored by counting ticks (the RMDQ's shape, not words)."""
    data = example()
    data.update(
        id="example-checklist",
        title="Example tick-box check",
        items=[
            {"id": f"s{n}", "text": f"Made-up statement number {n}.", "kind": "checkbox"}
            for n in range(1, count + 1)
        ],
        scoring={"method": "count_checked"},
        score_range={"min": 0, "max": count},
        mcid={"points": 5, "percent": 30},
        due_interval_days=28,
    )
    return data


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return questionnaires_folder(data_dir)


@pytest.fixture
def installed(folder: Path) -> Questionnaire:
    added, _ = add_questionnaire(folder, EXAMPLE_FILE)
    return added.installed.questionnaire


def _rows(store: Store) -> list[tuple[Any, ...]]:
    with sqlite3.connect(store.folder.database) as conn:
        return conn.execute(
            "SELECT instrument, instrument_version, answers, score FROM questionnaire_responses "
            "ORDER BY id"
        ).fetchall()


# --- Adding, listing, removing -----------------------------------------------------------------


def test_a_file_is_checked_then_copied_under_its_id(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "From the clinic (v1).json"
    source.write_bytes(EXAMPLE_FILE.read_bytes())
    added, changes = add_questionnaire(folder, source)

    assert changes.concerns(Topic.MEASURES)
    assert added.replaced_version is None
    assert added.installed.id == EXAMPLE_ID
    target = folder / f"{EXAMPLE_ID}.json"
    assert added.installed.file_name == target.name
    assert target.read_bytes() == EXAMPLE_FILE.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temporary files left
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    found = list_questionnaires(folder)
    assert [q.title for q in found.installed] == ["Example daily function check"]
    assert found.unusable == ()
    assert find_questionnaire(folder, EXAMPLE_ID) == added.installed.questionnaire
    assert find_questionnaire(folder, "no-such-thing") is None


def test_the_preview_reads_a_file_without_installing_it(folder: Path) -> None:
    questionnaire = read_questionnaire_file(EXAMPLE_FILE)
    assert questionnaire.licence.startswith("Example only")
    assert len(questionnaire.items) == 4
    assert not folder.exists()


def _hostile_files() -> list[tuple[str, bytes, str]]:
    nan = json.dumps(example()).replace('"score": 3', '"score": NaN', 1)
    twice = json.dumps(example())[:-1] + ', "id": "another-id"}'
    no_licence = {k: v for k, v in example().items() if k != "licence"}
    escaping = {**example(), "id": "../../evil"}
    built_in = {**example(), "id": "sbi"}
    unknown = {**example(), "run": "import os"}
    out_of_range = {**example(), "score_range": {"min": 0, "max": 50}}
    padded = json.dumps(example()) + " " * MAX_FILE_BYTES
    return [
        ("not json", b"{this is not json", "is not valid JSON"),
        ("binary", b"\xff\xfe\x00garbage", "is not UTF-8 text"),
        ("NaN", nan.encode(), "NaN is not a number"),
        ("key twice", twice.encode(), "the field 'id' appears twice"),
        ("no licence", json.dumps(no_licence).encode(), "licence: is required"),
        ("path in id", json.dumps(escaping).encode(), "id: use 2-40 lower-case letters"),
        ("built-in id", json.dumps(built_in).encode(), "built-in measure"),
        ("unknown field", json.dumps(unknown).encode(), "run: unknown field"),
        ("range", json.dumps(out_of_range).encode(), "outside the declared 0 to 50"),
        ("too big", padded.encode(), "larger than 256 KiB"),
        ("a list", b"[1, 2, 3]", "must be an object"),
    ]


@pytest.mark.parametrize(
    ("raw", "message"),
    [(r, m) for _, r, m in _hostile_files()],
    ids=[name for name, _, _ in _hostile_files()],
)
def test_a_hostile_file_is_refused_with_the_loaders_message_and_nothing_copied(
    folder: Path, installed: Questionnaire, tmp_path: Path, raw: bytes, message: str
) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    source = tmp_path / "hostile.json"
    source.write_bytes(raw)
    with pytest.raises(QuestionnaireRefused, match=message) as refused:
        add_questionnaire(folder, source)
    assert str(refused.value).startswith("hostile.json: ")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert not (tmp_path / "evil").exists()


def test_a_missing_file_or_a_folder_is_refused(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireRefused, match="not a file"):
        add_questionnaire(folder, tmp_path / "missing.json")
    with pytest.raises(QuestionnaireRefused, match="not a file"):
        add_questionnaire(folder, tmp_path)
    assert not folder.exists()


def test_a_new_version_replaces_the_old_and_keeps_the_answers(
    store: Store, folder: Path, installed: Questionnaire, tmp_path: Path
) -> None:
    record_response(store, installed, WORKED_EXAMPLE, MARCH_10)
    newer = example()
    newer["version"] = "0.2-example"
    added, _ = add_questionnaire(folder, write(tmp_path / "newer.json", newer))

    assert added.replaced_version == "0.1-example"
    assert [p.name for p in folder.iterdir()] == [f"{EXAMPLE_ID}.json"]
    current = find_questionnaire(folder, EXAMPLE_ID)
    assert current is not None and current.version == "0.2-example"
    assert [r.score for r in questionnaire_history(store, current)] == [50]


def test_a_file_named_by_hand_is_replaced_not_doubled(folder: Path, tmp_path: Path) -> None:
    folder.mkdir()
    (folder / "my clinic's copy.json").write_bytes(EXAMPLE_FILE.read_bytes())
    added, _ = add_questionnaire(folder, EXAMPLE_FILE)
    assert added.replaced_version == "0.1-example"
    assert [p.name for p in folder.iterdir()] == [f"{EXAMPLE_ID}.json"]


def test_unusable_files_and_repeated_ids_are_listed_apart(folder: Path, tmp_path: Path) -> None:
    add_questionnaire(folder, EXAMPLE_FILE)
    (folder / "a-broken.json").write_text("{", encoding="utf-8")
    (folder / "z-copy.json").write_bytes(EXAMPLE_FILE.read_bytes())
    (folder / "notes.txt").write_text("not a questionnaire", encoding="utf-8")
    found = list_questionnaires(folder)
    assert [q.id for q in found.installed] == [EXAMPLE_ID]
    assert [u.file_name for u in found.unusable] == ["a-broken.json", "z-copy.json"]
    assert "is not valid JSON" in found.unusable[0].message
    assert "already used by example-daily-function.json" in found.unusable[1].message


def test_removing_keeps_the_answers_and_adding_again_brings_them_back(
    store: Store, folder: Path, installed: Questionnaire
) -> None:
    record_response(store, installed, WORKED_EXAMPLE, MARCH_10)
    name, changes = remove_questionnaire(folder, EXAMPLE_ID)

    assert name == f"{EXAMPLE_ID}.json"
    assert changes.concerns(Topic.MEASURES)
    assert list(folder.iterdir()) == []
    assert response_count(store, EXAMPLE_ID) == 1
    later = FIRST_DAY + timedelta(days=60)  # long past its 28-day interval
    assert {item.measure_id for item in all_due_items(store, folder, later)} == {"sbi", "psfs"}
    with pytest.raises(QuestionnaireNotInstalled, match="no questionnaire called"):
        remove_questionnaire(folder, EXAMPLE_ID)

    add_questionnaire(folder, EXAMPLE_FILE)
    again = find_questionnaire(folder, EXAMPLE_ID)
    assert again is not None
    assert [r.score for r in questionnaire_history(store, again)] == [50]


def test_an_unusable_file_can_be_removed_by_its_name(folder: Path) -> None:
    folder.mkdir()
    (folder / "old-form.json").write_text("{", encoding="utf-8")
    name, _ = remove_questionnaire(folder, "old-form")
    assert name == "old-form.json"
    assert list(folder.iterdir()) == []


# --- Scoring and change from baseline ------------------------------------------------------------


def test_percent_of_max_worked_example_is_stored_with_id_and_version(
    store: Store, installed: Questionnaire
) -> None:
    first, changes = record_response(store, installed, WORKED_EXAMPLE, MARCH_10)
    assert changes.concerns(Topic.MEASURES)
    assert first.score == pytest.approx(50.0)  # 6 of a possible 12
    assert first.starts_baseline and first.change is None
    instrument, version, answers, score = _rows(store)[0]
    assert (instrument, version, score) == (EXAMPLE_ID, "0.1-example", 50.0)
    assert json.loads(answers) == WORKED_EXAMPLE

    # One question skipped (max_missing is 1): 6 of a possible 9.
    skipped, _ = record_response(
        store, installed, {**WORKED_EXAMPLE, "sleep": None}, MARCH_10 + timedelta(days=1)
    )
    assert skipped.score == pytest.approx(200 / 3)
    assert json.loads(_rows(store)[1][2])["sleep"] is None


def test_change_from_baseline_uses_the_files_mcid(store: Store, installed: Questionnaire) -> None:
    record_response(store, installed, WORKED_EXAMPLE, MARCH_10)  # 50
    # 5 of 12 = 41.7: 8.3 points and 17% of the baseline problem, below 10 points or 30%.
    small, _ = record_response(
        store,
        installed,
        {"getting_dressed": 1, "walking": 1, "sitting": 3, "sleep": 0},
        MARCH_10 + timedelta(days=28),
    )
    assert small.change is not None
    assert small.change.verdict is Verdict.SMALL_IMPROVEMENT
    # 2 of 12 = 16.7: 33.3 points down, a meaningful improvement.
    later, _ = record_response(
        store,
        installed,
        {"getting_dressed": 0, "walking": 1, "sitting": 1, "sleep": 0},
        MARCH_10 + timedelta(days=56),
    )
    assert later.change is not None
    assert later.change.baseline.score == pytest.approx(50)
    assert later.change.verdict is Verdict.THRESHOLD_IMPROVEMENT
    assert describe_change(later.change) == (
        f"Example daily function check score is down from 50 to 16.7 since "
        f"{FIRST_DAY.day} March, an improvement of at least the minimal important change."
    )
    progress = questionnaire_progress(store, installed)
    assert progress is not None and progress.verdict is Verdict.THRESHOLD_IMPROVEMENT
    assert [round(r.score, 1) for r in questionnaire_history(store, installed)] == [
        50.0,
        41.7,
        16.7,
    ]


def test_count_checked_example_counts_ticks_and_judges_by_points_or_percent(
    store: Store, folder: Path, tmp_path: Path
) -> None:
    added, _ = add_questionnaire(folder, write(tmp_path / "checklist.json", checklist(10)))
    questionnaire = added.installed.questionnaire
    ticks = {f"s{n}": n <= 8 for n in range(1, 11)}
    first, _ = record_response(store, questionnaire, ticks, MARCH_10)
    assert first.score == 8
    # Boxes left out are unticked, not missing.
    later, _ = record_response(
        store, questionnaire, {"s1": True, "s2": True, "s3": True}, MARCH_10 + timedelta(days=28)
    )
    assert later.score == 3
    assert later.change is not None and later.change.verdict is Verdict.THRESHOLD_IMPROVEMENT
    stored = json.loads(_rows(store)[1][2])
    assert stored == {f"s{n}": n <= 3 for n in range(1, 11)}
    # Against the baseline of 8, ten ticks is 2 points worse: short of the 5 points a
    # meaningful worsening needs (the 30% threshold counts for improvement only).
    worse, _ = record_response(
        store,
        questionnaire,
        {f"s{n}": True for n in range(1, 11)},
        MARCH_10 + timedelta(days=56),
    )
    assert worse.change is not None and worse.change.verdict is Verdict.SMALL_WORSENING


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"getting_dressed": 1, "walking": 2}, r"2 question\(s\) unanswered"),
        ({**WORKED_EXAMPLE, "walking": 7}, "option 7 does not exist"),
        ({**WORKED_EXAMPLE, "walking": True}, "answer with the number of an option"),
        ({**WORKED_EXAMPLE, "mood": 1}, "unknown item"),
    ],
)
def test_answers_that_cannot_be_scored_store_nothing(
    store: Store, installed: Questionnaire, answers: dict[str, Any], message: str
) -> None:
    with pytest.raises(QuestionnaireAnswersInvalid, match=message):
        record_response(store, installed, answers, MARCH_10)
    assert _rows(store) == []


def test_a_time_without_a_zone_is_refused(store: Store, installed: Questionnaire) -> None:
    with pytest.raises(QuestionnaireAnswersInvalid, match="time zone"):
        record_response(store, installed, WORKED_EXAMPLE, MARCH_10.replace(tzinfo=None))
    assert _rows(store) == []


# --- Due dates -----------------------------------------------------------------------------------


def test_due_at_once_then_by_the_files_interval(store: Store, installed: Questionnaire) -> None:
    today = FIRST_DAY
    [first] = questionnaire_due_items(store, [installed], today)
    assert (first.measure_id, first.title) == (EXAMPLE_ID, "Example daily function check")
    assert first.never_taken and first.due_on == today and first.days_overdue == 0

    record_response(store, installed, WORKED_EXAMPLE, MARCH_10)
    assert questionnaire_due_items(store, [installed], today + timedelta(days=27)) == []
    [due] = questionnaire_due_items(store, [installed], today + timedelta(days=28))
    assert due.due_on == today + timedelta(days=28) and not due.never_taken
    [late] = questionnaire_due_items(store, [installed], today + timedelta(days=31))
    assert late.days_overdue == 3


def test_a_questionnaire_without_an_interval_is_never_due(store: Store) -> None:
    data = copy.deepcopy(example())
    del data["due_interval_days"]
    assert questionnaire_due_items(store, [questionnaire_from_data(data)], FIRST_DAY) == []


def test_all_due_items_merges_the_built_in_measures_most_overdue_first(
    store: Store, folder: Path, installed: Questionnaire, tmp_path: Path
) -> None:
    add_questionnaire(folder, write(tmp_path / "checklist.json", checklist()))
    today = date(2026, 3, 10)
    answers = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 2}
    record_bothersomeness(store, answers, datetime(2026, 3, 1, 12, tzinfo=UTC))  # due 8 March
    record_response(store, installed, WORKED_EXAMPLE, datetime(2026, 2, 5, 12, tzinfo=UTC))

    due = all_due_items(store, folder, today)
    by_id = {item.measure_id: item for item in due}
    assert set(by_id) == {"sbi", "psfs", EXAMPLE_ID, "example-checklist"}
    assert [item.due_on for item in due] == sorted(item.due_on for item in due)
    assert due[0].measure_id == EXAMPLE_ID  # taken 5 February, due 5 March
    assert by_id[EXAMPLE_ID].days_overdue == (today - by_id[EXAMPLE_ID].due_on).days
    assert by_id["example-checklist"].never_taken
    assert by_id["sbi"].title == "Sciatica bother score"


def test_a_broken_file_in_the_folder_does_not_stop_the_due_list(
    store: Store, folder: Path, installed: Questionnaire
) -> None:
    (folder / "broken.json").write_text("{", encoding="utf-8")
    ids = {item.measure_id for item in all_due_items(store, folder, FIRST_DAY)}
    assert ids == {"sbi", "psfs", EXAMPLE_ID}


def test_a_file_changed_by_hand_is_checked_again(folder: Path, installed: Questionnaire) -> None:
    path = folder / f"{EXAMPLE_ID}.json"
    assert list_questionnaires(folder).find(EXAMPLE_ID) is not None
    path.write_text("{", encoding="utf-8")
    found = list_questionnaires(folder)
    assert found.installed == ()
    assert [u.file_name for u in found.unusable] == [path.name]
    path.write_bytes(EXAMPLE_FILE.read_bytes())
    assert list_questionnaires(folder).find(EXAMPLE_ID) is not None
