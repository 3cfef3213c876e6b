"""Names, never ids (issue 13.11): a programme file's own exercise ("chair-hip-circles") reads
as its name, "Seated hip circles", in the report, the CSV and the FHIR bundle."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.report import ReportOptions
from companion.domain.vocabulary import ExerciseResponse, LegReach, SessionStatus, Side
from companion.paths import exercises_dir
from companion.services.data_store import Store
from companion.services.exercise_names import custom_exercise_names, exercise_names
from companion.services.exports import ExportFormat, export
from companion.services.programmes import import_programme_file
from companion.storage.models import CheckIn, ExerciseSession, SessionExercise

REPO = Path(__file__).resolve().parents[2]
PROGRAMME_FILE = REPO / "tests" / "unit" / "content" / "fixtures" / "example.scprog"
CUSTOM_ID, CUSTOM_NAME = "chair-hip-circles", "Seated hip circles"
START = date(2026, 11, 2)
NOW = datetime(2026, 11, 20, 15, tzinfo=UTC)
PERIOD = ReportOptions(start=START, end=date(2026, 11, 20))


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


@pytest.fixture
def diary(store: Store, library: ExerciseLibrary) -> Store:
    """The example programme (with its own exercise), and sessions where it drew "worse"."""
    import_programme_file(store, PROGRAMME_FILE, library, datetime(2026, 11, 1, tzinfo=UTC))
    with store.units.write() as uow:
        for n in range(0, 14, 2):
            at = datetime(2026, 11, 3 + n, 9, tzinfo=UTC)
            session = ExerciseSession(
                started_at=at, ended_at=at + timedelta(minutes=20), status=SessionStatus.COMPLETED
            )
            session.exercises = [
                SessionExercise(
                    position=0, exercise_id=CUSTOM_ID, reps_done=8, response=ExerciseResponse.WORSE
                ),
                SessionExercise(
                    position=1,
                    exercise_id="walking",
                    reps_done=1,
                    response=ExerciseResponse.BETTER_OR_SAME,
                ),
            ]
            uow.session.add(session)
            uow.session.add(
                CheckIn(
                    recorded_at=at,
                    back_pain=3,
                    leg_pain=4,
                    leg_reach=LegReach.THIGH,
                    side=Side.LEFT,
                    symptoms=[],
                    pain_sites=[],
                    note="",
                )
            )
        uow.commit()
    return store


def test_names_cover_the_library_and_the_programmes_own(
    diary: Store, library: ExerciseLibrary
) -> None:
    assert custom_exercise_names(diary) == {CUSTOM_ID: CUSTOM_NAME}
    names = exercise_names(diary, library)
    assert names[CUSTOM_ID] == CUSTOM_NAME
    assert names["walking"] == library.get("walking").name


def test_the_report_names_the_programmes_own_exercise(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export(diary, ExportFormat.PDF, out, PERIOD, now=NOW)  # no names given, as from a script
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"{CUSTOM_NAME}: worse 7×" in text
    assert CUSTOM_ID not in text and "Chair hip circles" not in text


def test_the_csv_and_fhir_exports_name_it(
    diary: Store, library: ExerciseLibrary, tmp_path: Path
) -> None:
    library_names = {e.id: e.name for e in library}  # what the app and the CLI pass
    out = tmp_path / "data.zip"
    export(diary, ExportFormat.CSV, out, PERIOD, now=NOW, exercise_names=library_names)
    with zipfile.ZipFile(out) as archive:
        rows = list(
            csv.DictReader(io.StringIO(archive.read("session_exercises.csv").decode("utf-8-sig")))
        )
    named = {row["exercise_id"]: row["exercise"] for row in rows}
    assert named == {CUSTOM_ID: CUSTOM_NAME, "walking": library.get("walking").name}

    out = tmp_path / "bundle.json"
    export(diary, ExportFormat.FHIR, out, PERIOD, now=NOW, exercise_names=library_names)
    texts = _texts(json.loads(out.read_text(encoding="utf-8")))
    assert any(CUSTOM_NAME in text for text in texts)
    assert not any(CUSTOM_ID in text for text in texts)


def _texts(node: object) -> list[str]:
    """Every human-readable text field of a FHIR resource tree."""
    if isinstance(node, dict):
        found = [
            v for k, v in node.items() if k in {"text", "display", "title"} and isinstance(v, str)
        ]
        return found + [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []
