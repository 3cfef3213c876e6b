"""Refusals from services/ and reports/ are worded on screen in the user's language: the
services return reasons, never sentences (a German UI showed their English)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.cli.data_words import restore_problem_text as restore_problem_words
from companion.cli.words import cli_words
from companion.content.library import load_library
from companion.content.programme_file import ProgrammeFileError, programme_from_data
from companion.domain.report import ReportProblem, ReportProblemReason
from companion.paths import exercises_dir, migrations_dir
from companion.services.checkin_rules import CheckInProblem, CheckInReason
from companion.services.data_store import (
    BackupRefused,
    FolderUnusable,
    NewerData,
    RestoreProblem,
    RestoreReason,
    Store,
    UpgradeFailed,
    open_store,
    restore_backup,
)
from companion.services.exports import ExportFailed
from companion.services.measures import (
    MeasureInvalid,
    record_bothersomeness,
    record_functional_scale,
)
from companion.services.programmes import ProgrammeRejected, RejectedBecause
from companion.services.screening import ScreeningInvalid, ScreeningRefusal
from companion.ui.data_problems import (
    backup_time_text,
    data_problem_text,
    restore_failure_reason,
    restore_problem_text,
)
from companion.ui.file_problem_words import file_problem_text
from companion.ui.programme.editor_problems import place_problems
from companion.ui.programme.programme_words import rejected_text
from companion.ui.progress.measure_words import refusal_text as refusal_text_of_measure
from companion.ui.reports.reports_view import export_problem_text
from companion.ui.safety.screening_dialog import refusal_text
from companion.ui.texts import checkin_problem_text


def test_check_in_problems_in_english(qapp: QApplication) -> None:
    assert (
        checkin_problem_text(CheckInProblem("back_pain", CheckInReason.PAIN_OUT_OF_RANGE, "12"))
        == "Back pain must be a whole number from 0 to 10, not 12."
    )
    assert (
        checkin_problem_text(CheckInProblem("side", CheckInReason.SIDE_NEEDED))
        == "Which leg? Choose left, right or both for the leg symptoms."
    )


@pytest.mark.usefixtures("german")
def test_check_in_problems_in_german() -> None:
    assert (
        checkin_problem_text(CheckInProblem("leg_pain", CheckInReason.NO_PAIN_SCORE))
        == "Beinschmerzen: Bitte wählen Sie eine Zahl von 0 bis 10."
    )
    assert (
        checkin_problem_text(CheckInProblem("note", CheckInReason.NOTE_TOO_LONG, "2101"))
        == "Die Notiz ist 2101 Zeichen lang; bitte kürzen Sie sie auf 2000."
    )
    marked = checkin_problem_text(
        CheckInProblem("leg_reach", CheckInReason.REACH_NOT_AS_MARKED, "thigh", "calf")
    )
    assert marked == (
        "Wie weit die Beschwerden ins Bein ausstrahlen, passt nicht zum Körperbild; dort ist "
        "markiert bis: Unter dem Knie."
    )


@pytest.mark.usefixtures("german")
def test_report_and_export_problems_in_german() -> None:
    swapped = ReportProblem(ReportProblemReason.DATES_SWAPPED, date(2026, 3, 10), date(2026, 3, 1))
    text = export_problem_text(swapped)
    assert text.startswith("Der Zeitraum beginnt (")
    assert text.endswith("Tauschen Sie die beiden Daten und versuchen Sie es erneut.")
    assert "Swap" not in text
    assert export_problem_text(ExportFailed(Path("Briefe"))) == (
        "Der Ordner Briefe enthält schon andere Dateien, daher wurde dort nichts geschrieben. "
        "Wählen Sie einen neuen oder leeren Ordner oder einen Dateinamen, der auf .zip endet."
    )
    assert export_problem_text(ReportProblem(ReportProblemReason.TEXT_TOO_LONG)) == (
        "Der Name oder die Praxiszeile ist zu lang (höchstens 200 bzw. 300 Zeichen)."
    )


@pytest.mark.usefixtures("german")
def test_programme_refusals_in_german() -> None:
    assert rejected_text(ProgrammeRejected(RejectedBecause.ALREADY_FOLLOWED)) == (
        "Diesem Übungsprogramm folgen Sie bereits; es wurde nichts geändert."
    )
    older = rejected_text(
        ProgrammeRejected(
            RejectedBecause.OLDER_FILE, "A. Muster", date(2026, 10, 1), date(2026, 11, 2)
        )
    )
    assert older.startswith("Diese Datei ist älter (")
    assert "als das Übungsprogramm von A. Muster, dem Sie jetzt folgen (" in older
    assert "2026" in older
    assert "older" not in older


@pytest.mark.usefixtures("german")
def test_screening_refusals_in_german() -> None:
    unanswered = ScreeningInvalid(ScreeningRefusal.UNANSWERED, "missing: bowel")
    assert refusal_text(unanswered) == (
        "Bitte beantworten Sie jede Frage mit Ja oder Nein, bevor Sie abschließen."
    )
    odd = ScreeningInvalid(ScreeningRefusal.NOT_RECORDABLE, "made_up: unknown question")
    assert "made_up" not in refusal_text(odd)
    assert refusal_text(odd).startswith("Diese Antworten konnten nicht gespeichert werden.")


BAD_WEEK = {"leg_pain": 5, "numbness_or_tingling": 4, "weakness": 2, "pain_when_sitting": 6}
MARCH_10 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({k: v for k, v in BAD_WEEK.items() if k != "weakness"}, "Weakness: please answer"),
        ({**BAD_WEEK, "leg_pain": 7}, "Leg pain: 7 is not on the scale"),
        ({**BAD_WEEK, "pain_when_sitting": -1}, "Pain when sitting: -1"),
        ({**BAD_WEEK, "weakness": 2.5}, "Weakness: choose a whole number"),
        ({**BAD_WEEK, "weakness": True}, "Weakness: choose a whole number"),
        ({**BAD_WEEK, "back_pain": 2}, "not questions of this questionnaire: back_pain"),
    ],
)
def test_bothersomeness_refusals_as_the_dialog_words_them(
    qapp: QApplication, store: Store, answers: dict[str, int], expected: str
) -> None:
    with pytest.raises(MeasureInvalid) as refused:
        record_bothersomeness(store, answers, MARCH_10)
    assert expected in refusal_text_of_measure(refused.value)


@pytest.mark.parametrize(
    ("activities", "expected"),
    [
        ({}, "name at least one activity"),
        ({f"Activity {n}": 5 for n in range(6)}, "name at most 5"),
        ({"  ": 5}, "every activity needs a name"),
        ({"x" * 81: 5}, "under 80 characters"),
        ({"Driving": 11}, "Driving: 11 is not on the scale"),
        ({"Driving": -1}, "Driving: -1 is not on the scale"),
        ({"Driving": 5.5}, "Driving: choose a whole number"),
        ({"Driving": 5, "driving ": 6, "Cooking": 4}, "named twice"),
        ({"Driving": 5, "Cooking": 4}, "name at least 3 activities"),
    ],
)
def test_functional_scale_refusals_as_the_dialog_words_them(
    qapp: QApplication, store: Store, activities: dict[str, int], expected: str
) -> None:
    with pytest.raises(MeasureInvalid) as refused:
        record_functional_scale(store, activities, MARCH_10)
    assert expected in refusal_text_of_measure(refused.value)


def test_rerating_other_activities_names_the_first_ones(qapp: QApplication, store: Store) -> None:
    first = {"Driving": 3, "Gardening": 4, "Cooking": 2}
    record_functional_scale(store, first, MARCH_10)
    with pytest.raises(MeasureInvalid) as refused:
        record_functional_scale(store, {"Cycling": 3}, MARCH_10 + timedelta(days=14))
    assert refusal_text_of_measure(refused.value) == (
        "Rate the same activities as your first rating (Driving, Gardening, Cooking), or "
        "choose new activities to start a new baseline."
    )


@pytest.mark.usefixtures("german")
def test_measure_refusals_in_german(store: Store) -> None:
    with pytest.raises(MeasureInvalid) as refused:
        record_bothersomeness(store, {**BAD_WEEK, "leg_pain": 7}, MARCH_10)
    assert refusal_text_of_measure(refused.value) == (
        "Beinschmerzen: 7 liegt nicht auf der Skala; bitte wählen Sie einen Wert von 0 bis 6."
    )
    with pytest.raises(MeasureInvalid) as twice:
        record_functional_scale(store, {"Driving": 5, "driving ": 6, "Cooking": 4}, MARCH_10)
    assert refusal_text_of_measure(twice.value) == (
        "Aktivitäten: Dieselbe Aktivität ist zweimal genannt; nennen Sie jede nur einmal."
    )


def test_data_problems_in_english(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "diary"
    not_a_folder.write_text("a file where the data folder should be")
    with pytest.raises(FolderUnusable) as caught:
        open_store(not_a_folder, migrations_dir())
    assert data_problem_text(caught.value) == (
        f"The data folder {not_a_folder} cannot be used: it is a file, not a folder. Nothing was "
        "changed; start the app with --data-dir and another folder, or fix this one."
    )


@pytest.mark.usefixtures("german")
def test_data_problems_in_german(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "diary"
    not_a_folder.write_text("a file where the data folder should be")
    with pytest.raises(FolderUnusable) as caught:
        open_store(not_a_folder, migrations_dir())
    assert data_problem_text(caught.value) == (
        f"Der Datenordner {not_a_folder} kann nicht verwendet werden: Es ist eine Datei, kein "
        "Ordner. Es wurde nichts geändert. Starten Sie die App mit --data-dir und einem anderen "
        "Ordner, oder beheben Sie das Problem mit diesem Ordner."
    )
    newer = data_problem_text(NewerData(tmp_path / "companion.db", "f00d"))
    assert newer.startswith(f"{tmp_path / 'companion.db'} wurde von einer neueren Version")
    failed = data_problem_text(UpgradeFailed("no such table: x"))
    assert failed.startswith(
        "Die Aktualisierung Ihres Tagebuchs auf diese Version ist fehlgeschlagen"
    )


def _bad_programme_problems() -> tuple[str, ...]:
    """The problems of a real programme file with a dose too high, a week too full and no title."""
    fixtures = Path(__file__).parents[1] / "unit" / "content" / "fixtures"
    data = json.loads((fixtures / "example.scprog").read_text(encoding="utf-8"))
    data["exercises"][0]["dose"]["reps"] = 500
    data["title"] = 5
    with pytest.raises(ProgrammeFileError) as refused:
        programme_from_data(data, load_library(exercises_dir()))
    data["title"] = "Back to walking"
    data["exercises"][0]["dose"]["reps"] = 3
    data["exercises"][0]["times_per_day"] = 1
    data["exercises"][0]["times_per_week"] = 3
    data["exercises"][0]["days"] = ["mon"]
    with pytest.raises(ProgrammeFileError) as too_full:
        programme_from_data(data, load_library(exercises_dir()))
    return refused.value.problems + too_full.value.problems


def test_programme_file_problems_in_english(qapp: QApplication) -> None:
    problems = _bad_programme_problems()
    # str() is the loader's English for logs; the screen counts the days properly.
    assert [file_problem_text(p) for p in problems] == [
        *problems[:2],
        "exercises[0].times_per_week: asks for 3 times a week on only 1 day; add days or lower it",
    ]
    assert [str(p) for p in problems] == [
        "exercises[0].dose.reps: must be at most 50",
        "title: must be text",
        "exercises[0].times_per_week: asks for 3 times a week on only 1 day(s); "
        "add days or lower it",
    ]


@pytest.mark.usefixtures("german")
def test_programme_file_problems_in_german() -> None:
    problems = _bad_programme_problems()
    assert [file_problem_text(p) for p in problems] == [
        "exercises[0].dose.reps: darf höchstens 50 sein",
        "title: muss Text sein",
        "exercises[0].times_per_week: verlangt 3-mal pro Woche an nur 1 Tag; fügen Sie Tage "
        "hinzu oder verringern Sie den Wert",
    ]
    # The editor names the field as its form does, beside the exercise or the programme's details.
    placed = place_problems(list(problems))
    assert placed.items == {
        0: [
            "Wiederholungen: darf höchstens 50 sein",
            "Mal pro Woche: verlangt 3-mal pro Woche an nur 1 Tag; fügen Sie Tage hinzu oder "
            "verringern Sie den Wert",
        ]
    }
    assert placed.details == ["Titel: muss Text sein"]


RESTORE_IN_GERMAN = {
    RestoreReason.NOT_A_FILE: "{path} gibt es nicht, oder es ist keine Datei.",
    RestoreReason.UNREADABLE: "{path} kann nicht gelesen werden (disk I/O error).",
    RestoreReason.NOT_PERMITTED: (
        "{path} kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen."
    ),
    RestoreReason.UNHEALTHY: "{path} ist keine intakte Sicherung von Sciatica Companion "
    "(disk I/O error).",
    RestoreReason.DANGLING_ROWS: "{path} ist keine Sicherung von Sciatica Companion: 3 "
    "Datensätze verweisen auf Datensätze, die es nicht gibt.",
    RestoreReason.NO_VERSION: "{path} ist keine Sicherung von Sciatica Companion (die "
    "Schemaversion fehlt).",
    RestoreReason.UNCLEAR_VERSION: "{path} ist keine Sicherung von Sciatica Companion (die "
    "Schemaversion ist unklar).",
    RestoreReason.NEWER: "{path} stammt aus einer neueren Version von Sciatica Companion.",
    RestoreReason.OTHER_TABLES: "{path} ist keine Sicherung von Sciatica Companion: Die "
    "Tabellen stimmen nicht mit denen dieser Version überein (disk I/O error).",
}


def _refused(reason: RestoreReason) -> RestoreProblem:
    return RestoreProblem(Path("/backups/old.db"), reason, "disk I/O error", 3)


@pytest.mark.parametrize("reason", list(RestoreReason))
def test_restore_refusals_in_english(qapp: QApplication, reason: RestoreReason) -> None:
    problem = _refused(reason)
    # The screen and the command line say what the log says (storage's English).
    assert restore_problem_text(problem) == str(problem)
    assert restore_problem_words(problem, cli_words("en")) == str(problem)
    assert restore_failure_reason(BackupRefused(problem)) == str(problem)


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("reason", list(RestoreReason))
def test_restore_refusals_in_german(reason: RestoreReason) -> None:
    problem = _refused(reason)
    expected = RESTORE_IN_GERMAN[reason].format(path=problem.path)
    assert restore_problem_text(problem) == expected
    assert restore_failure_reason(BackupRefused(problem)) == expected
    assert restore_problem_words(problem, cli_words("de")) == expected


@pytest.mark.usefixtures("german")
def test_a_refused_restore_changes_nothing_and_says_why_in_german(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupRefused) as refused:
        restore_backup(tmp_path / "data", junk, migrations_dir())
    assert refused.value.problem.reason is RestoreReason.UNHEALTHY
    assert restore_failure_reason(refused.value).startswith(
        f"{junk} ist keine intakte Sicherung von Sciatica Companion ("
    )
    assert not (tmp_path / "data" / "companion.db").exists()
    assert restore_failure_reason(ValueError("disk on fire")) == "disk on fire"


def test_a_backups_time_in_english(qapp: QApplication) -> None:
    when = datetime(2026, 12, 5, 14, 30).astimezone()  # local time, whatever the zone
    assert backup_time_text(when) == "Sat 5 Dec 2026, 14:30"


@pytest.mark.usefixtures("german")
def test_a_backups_time_in_german() -> None:
    # It was strftime's English ("Sat 05 Dec") on a German screen.
    when = datetime(2026, 12, 5, 14, 30).astimezone()
    assert backup_time_text(when) == "Sa., 5. Dez. 2026, 14:30"
