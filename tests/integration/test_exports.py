"""Exports over a real diary: the PDF read back with pdftotext and rendered with pdftoppm, CSV
files that run no formula, a FHIR bundle validated with fhir.resources, atomic writes under
kill -9, and `companion export`."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.cli import main as cli_main
from companion.cli.words import output_problem
from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.report import ReportOptions
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    SessionStatus,
    Side,
    TreatmentKind,
)
from companion.reports.csv_export import Table, neutralise, table_bytes
from companion.reports.wording import ENGLISH, wording
from companion.services.data_store import Store
from companion.services.exports import ExportFailed, ExportFormat, export
from companion.services.outputs import OutputFailed, OutputProblem, write_output
from companion.services.screening import record_assessment, record_screening
from companion.storage.models import (
    CheckIn,
    ExerciseSession,
    PrescribedExercise,
    Programme,
    QuestionnaireResponse,
    SessionExercise,
    TreatmentEvent,
)

REPO = Path(__file__).resolve().parents[2]
START = date(2026, 3, 2)
END = START + timedelta(days=41)
NOTE = "Long drive today, leg worse after."
HOSTILE_NOTE = '=HYPERLINK("http://example.com","click")'
PERIOD = {"start": START, "end": END}
# What spreadsheets take for the start of a formula (OWASP), stated here, not imported.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def noon(day: date, hour: int = 12) -> datetime:
    # Local noon: the report counts local days, and a time given in UTC falls on another day
    # in a zone far from it (CI runs these tests at UTC+14 and UTC-10 too).
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def diary(store: Store) -> Store:
    """Six weeks: leg pain from 7 to 3, a programme, sessions, a flare-up, an SBI, notes."""
    programme = Programme(
        title="Gentle start",
        author="A. Physio",
        imported_at=noon(START - timedelta(days=1)),
        start_date=START,
        active=True,
        flare_plan={},
        document={},
    )
    programme.exercises = [
        PrescribedExercise(
            position=0, exercise_id="knee-to-chest", sets=2, reps=10, times_per_day=1, days=[]
        ),
    ]
    rows: list[object] = [programme]
    for n in range(42):
        day = START + timedelta(days=n)
        leg = 7 if n < 7 else 3 if n >= 35 else 5
        rows.append(
            CheckIn(
                recorded_at=noon(day),
                back_pain=4,
                leg_pain=leg,
                leg_reach=LegReach.CALF if n < 7 else LegReach.BUTTOCK,
                side=Side.LEFT,
                symptoms=[],
                pain_sites=[],
                note=NOTE if n == 3 else HOSTILE_NOTE if n == 4 else "",
            )
        )
        if n % 2 == 0:
            session = ExerciseSession(
                started_at=noon(day, 9), ended_at=noon(day, 10), status=SessionStatus.COMPLETED
            )
            session.exercises = [
                SessionExercise(
                    position=0,
                    exercise_id="knee-to-chest",
                    response=ExerciseResponse.WORSE if n == 10 else ExerciseResponse.BETTER_OR_SAME,
                )
            ]
            rows.append(session)
    rows.append(
        TreatmentEvent(
            occurred_at=noon(START + timedelta(days=12)),
            kind=TreatmentKind.FLARE_UP,
            name="After gardening",
            note="Lasted two days.",
        )
    )
    rows += [
        QuestionnaireResponse(
            instrument="sbi",
            taken_at=noon(START + timedelta(days=n)),
            answers={"leg_pain": 4, "weakness": 1},
            score=score,
        )
        for n, score in ((0, 15.0), (35, 8.0))
    ]
    with store.units.write() as uow:
        uow.session.add_all(rows)
        uow.commit()
    programme_id = programme.id
    with store.units.write() as uow:
        for session in uow.session.query(ExerciseSession):
            session.programme_id = programme_id
        uow.commit()
    answers = {question.id: False for question in QUESTIONS}
    record_screening(store, answers, ScreeningReason.FIRST_RUN, noon(START))
    return store


# --- PDF -------------------------------------------------------------------------------------


def pdf_text(path: Path, *pages: str) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_pdf_first_page_reads_as_text(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    options = ReportOptions(**PERIOD, name="Jane Example", clinic="Riverside Physio · 01234 567")
    result = export(
        diary, ExportFormat.PDF, out, options, exercise_names={"knee-to-chest": "Knee to chest"}
    )
    assert result.count > 1
    first = pdf_text(out, "-f", "1", "-l", "1")
    for expected in (
        "Sciatica progress report",
        "Jane Example",
        "Riverside Physio · 01234 567",
        "2 Mar 2026 – 12 Apr 2026 (42 days)",
        "42 check-ins on 42 of 42 days",
        "important improvement",
        "Leg symptoms retreated towards the back: below the knee in the first week, buttock",
        "21 of 42 planned sessions completed (50%)",
        "Knee to chest: worse 1×",
        "Sciatica bother score is down from 15 to 8",
        "1 screening: 1 clear.",
        "Flare-up: After gardening",
        "Page 1 of",
    ):
        assert expected in " ".join(first.split()) or expected in first, expected
    everything = pdf_text(out)
    assert "Week by week" in everything
    assert NOTE in everything
    assert "Lasted two days." in everything

    # Real text in an embedded TrueType font, charts drawn as vectors (no images at all).
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    assert "TrueType" in fonts.stdout
    assert "Type 3" not in fonts.stdout
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) == 2  # the header lines only

    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(out), str(tmp_path / "page")],
        check=True,
    )
    png = tmp_path / "page-1.png"
    assert png.stat().st_size > 10_000  # a drawn page, not a blank one


def test_pdf_without_notes_and_name_is_anonymised(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    options = ReportOptions(**PERIOD, include_notes=False)
    assert options.anonymised
    export(diary, ExportFormat.PDF, out, options)
    text = pdf_text(out)
    assert NOTE not in text
    assert "Lasted two days." not in text
    assert "Name not given" in text
    assert "\nNotes" not in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Author" not in info.stdout


def test_an_empty_period_still_makes_a_readable_pdf(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = export(store, ExportFormat.PDF, out, ReportOptions(**PERIOD))
    assert "Nothing was recorded in this period" in pdf_text(out)
    assert result.count == 1  # no charts of nothing, no page saying there are no notes


def test_a_long_clinic_line_pushes_the_header_down(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    clinic = "Riverside Physiotherapy and Sports Injury Clinic, 12 Long Road " * 4
    export(diary, ExportFormat.PDF, out, ReportOptions(**PERIOD, name="Jane", clinic=clinic))
    words = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    boxes = {
        word: (float(top), float(bottom))
        for top, bottom, word in re.findall(r'yMin="([\d.]+)" [^>]*yMax="([\d.]+)">([^<]+)<', words)
    }
    clinic_bottom = max(bottom for word, (_top, bottom) in boxes.items() if word == "Road")
    assert boxes["Jane"][0] > clinic_bottom  # the name line starts below the clinic's last line


# --- CSV -------------------------------------------------------------------------------------


def read_zip(path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
        }


def test_csv_zip_has_one_file_per_kind(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "data.zip"
    result = export(diary, ExportFormat.CSV, out, ReportOptions(**PERIOD))
    files = read_zip(out)
    assert result.count == len(files)
    assert set(files) >= {
        "checkins.csv",
        "activities.csv",
        "treatments_and_events.csv",
        "exercise_sessions.csv",
        "session_exercises.csv",
        "questionnaires.csv",
        "red_flag_screenings.csv",
        "reminders.csv",
        "weekly_summary.csv",
    }
    checkins = files["checkins.csv"]
    header, first = checkins[0], checkins[1]
    assert header[:4] == ["id", "recorded_at_utc", "back_pain", "leg_pain"]
    assert len(checkins) == 43
    assert first[1] == f"{noon(START).astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"
    assert first[2] == "4" and first[4] == "calf"
    notes = [row[header.index("note")] for row in checkins[1:] if row[header.index("note")]]
    assert notes == [NOTE, "'" + HOSTILE_NOTE]  # the formula is shown, never run
    assert len(files["weekly_summary.csv"]) == 1 + 6


def test_csv_folder_and_no_notes(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export(diary, ExportFormat.CSV, out, ReportOptions(**PERIOD, include_notes=False))
    content = (out / "checkins.csv").read_text(encoding="utf-8-sig")
    assert "note" not in content.splitlines()[0]
    assert NOTE not in content
    assert "Lasted two days." not in (out / "treatments_and_events.csv").read_text("utf-8-sig")
    assert not [p for p in out.iterdir() if not p.name.endswith(".csv")]
    # Exporting again replaces the files only when asked; a folder of other files is refused.
    with pytest.raises(OutputFailed) as refused:
        export(diary, ExportFormat.CSV, out, ReportOptions(**PERIOD))
    assert refused.value.problem is OutputProblem.EXISTS
    assert NOTE not in (out / "checkins.csv").read_text(encoding="utf-8-sig")
    export(diary, ExportFormat.CSV, out, ReportOptions(**PERIOD), overwrite=True)
    assert NOTE in (out / "checkins.csv").read_text(encoding="utf-8-sig")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "letter.txt").write_text("mine")
    with pytest.raises(ExportFailed) as holds_others:
        export(diary, ExportFormat.CSV, tmp_path / "other", ReportOptions(**PERIOD))
    assert holds_others.value.folder == tmp_path / "other"
    with pytest.raises(OutputFailed) as refused:
        export(diary, ExportFormat.CSV, diary.folder.root, ReportOptions(**PERIOD))
    assert refused.value.problem is OutputProblem.IN_DATA_FOLDER
    assert "inside your data folder" in output_problem(refused.value, wording(ENGLISH))
    assert not (diary.folder.root / "checkins.csv").exists()


# Any text, and often text that starts with one of the risky characters.
risky_text = st.text(max_size=40) | st.builds(
    str.__add__, st.sampled_from([*FORMULA_STARTS, " ", "'", "1"]), st.text(max_size=40)
)


@given(risky_text)
def test_no_text_cell_can_start_a_formula(text: str) -> None:
    rows = list(
        csv.reader(
            io.StringIO(
                table_bytes(Table("t", ("text",), [(text,)])).decode("utf-8-sig"), newline=""
            )
        )
    )
    written = rows[1][0] if len(rows) > 1 else ""
    assert not written.startswith(FORMULA_STARTS)
    # Nothing is lost: the apostrophe is the only change, and only where it is needed.
    expected = "'" + text if text.startswith(FORMULA_STARTS) else text
    assert written == expected.replace("\r\n", "\n").replace("\r", "\n") or written == expected


@given(st.one_of(st.integers(-(10**9), 10**9), st.floats(allow_nan=False, allow_infinity=False)))
def test_numbers_stay_numbers(number: int | float) -> None:
    rows = list(
        csv.reader(io.StringIO(table_bytes(Table("t", ("n",), [(number,)])).decode("utf-8-sig")))
    )
    written = rows[1][0]
    assert not written.startswith("'")
    assert (int(written) if isinstance(number, int) else float(written)) == number


def test_neutralise_leaves_safe_text_and_dates_alone() -> None:
    assert neutralise("back pain") == "back pain"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("-5 on the stairs") == "'-5 on the stairs"
    assert neutralise(-5) == -5
    assert neutralise(True) == "yes"
    assert neutralise(None) == ""
    assert neutralise(LegReach.CALF) == "calf"
    assert neutralise(datetime(2026, 3, 2, 12, tzinfo=UTC)) == "2026-03-02T12:00:00Z"


# --- FHIR ------------------------------------------------------------------------------------


def test_fhir_bundle_validates_and_follows_the_clinical_brief(diary: Store, tmp_path: Path) -> None:
    from fhir.resources.R4B.bundle import Bundle

    out = tmp_path / "bundle.json"
    result = export(
        diary,
        ExportFormat.FHIR,
        out,
        ReportOptions(**PERIOD, name="Jane Example"),
        exercise_names={"knee-to-chest": "Knee to chest"},
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(document)  # raises on anything R4(B) does not allow
    resources = [entry["resource"] for entry in document["entry"]]
    assert result.count == len(resources)
    by_type: dict[str, list[dict[str, object]]] = {}
    for resource in resources:
        by_type.setdefault(str(resource["resourceType"]), []).append(resource)

    patient = by_type["Patient"][0]
    assert patient["name"] == [{"text": "Jane Example"}]
    pain = [o for o in by_type["Observation"] if o["code"]["coding"][0]["code"] == "72514-3"]
    assert len(pain) == 2 * 42
    sites = {o["bodySite"]["text"] for o in pain}
    assert sites == {"Lower back", "Left leg"}
    first_leg = next(o for o in pain if o["bodySite"]["text"] == "Left leg")
    assert first_leg["valueInteger"] == 7
    assert first_leg["category"][0]["coding"][0]["code"] == "survey"
    assert first_leg["effectiveDateTime"] == f"{noon(START).astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"

    responses = by_type["QuestionnaireResponse"]
    assert len(responses) == 2
    scores = [o for o in by_type["Observation"] if "derivedFrom" in o]
    assert [s["valueQuantity"]["value"] for s in scores] == [15.0, 8.0]
    assert scores[0]["derivedFrom"][0]["reference"] == f"urn:uuid:{responses[0]['id']}"

    care_plan = by_type["CarePlan"][0]
    assert care_plan["activity"][0]["detail"]["code"]["text"] == "Knee to chest"
    procedures = by_type["Procedure"]
    assert len(procedures) == 21
    assert procedures[0]["code"]["coding"][0]["code"] == "229065009"
    assert procedures[0]["basedOn"] == [{"reference": f"urn:uuid:{care_plan['id']}"}]
    assert NOTE in json.dumps(document)


def test_anonymised_fhir_has_no_name_and_no_notes(diary: Store, tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    export(diary, ExportFormat.FHIR, out, ReportOptions(**PERIOD, include_notes=False))
    text = out.read_text(encoding="utf-8")
    patient = json.loads(text)["entry"][0]["resource"]
    assert patient["resourceType"] == "Patient" and "name" not in patient
    assert NOTE not in text and HOSTILE_NOTE not in text


# --- Atomic writes ---------------------------------------------------------------------------

_KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from companion.services.outputs import write_output

    target, started, data = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])

    def produce(stream):
        stream.write(b"%PDF-1.4 half a report")
        stream.flush()
        started.touch()
        time.sleep(60)  # killed here, mid-write

    write_output(target, data, True, produce)
    """
)


def test_a_killed_export_never_leaves_a_half_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous, complete report")
    started = tmp_path / "started"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target), str(started), str(data)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 60
        while not started.exists():
            assert child.poll() is None, "the writer died before it started"
            assert time.monotonic() < deadline, "the writer never started"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == b"the previous, complete report"
    # What the kill left is a hidden temporary file beside it, never the final name.
    leftovers = [p.name for p in tmp_path.glob(".report.pdf.*")]
    assert len(leftovers) == 1 and leftovers[0].endswith(".part")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "data",
        "home",
        "report.pdf",
        "started",
    ]
    # The next start (any command) removes it, and only it.
    done = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data), "check"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob(".report.pdf.*"))
    assert target.read_bytes() == b"the previous, complete report"
    assert not list((data / "outputs-in-progress").glob("*"))


def test_a_failing_export_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    data = tmp_path / "data"

    def produce(stream: io.BufferedWriter) -> None:
        stream.write(b"half")
        raise RuntimeError("drawing failed")

    with pytest.raises(RuntimeError):
        write_output(target, data, False, produce)
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["home"]
    assert not list((data / "outputs-in-progress").glob("*"))


def test_an_export_into_a_missing_folder_says_what_to_do(diary: Store, tmp_path: Path) -> None:
    with pytest.raises(OutputFailed) as refused:
        export(diary, ExportFormat.FHIR, tmp_path / "nowhere" / "x.json", ReportOptions())
    assert refused.value.problem is OutputProblem.NO_FOLDER
    assert "does not exist; nothing was written" in output_problem(refused.value, wording(ENGLISH))


# --- The command -----------------------------------------------------------------------------


def test_companion_export_command(
    diary: Store, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary.close()
    out = tmp_path / "report.pdf"
    status = cli_main(
        [
            "export",
            "--data-dir",
            str(data_dir),
            "--format",
            "pdf",
            "--out",
            str(out),
            "--from",
            START.isoformat(),
            "--to",
            END.isoformat(),
            "--name",
            "Jane Example",
            "--no-notes",
        ]
    )
    assert status == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "2026-03-02 to 2026-04-12" in printed
    text = pdf_text(out)
    assert "Jane Example" in text and NOTE not in text

    status = cli_main(
        [
            "export",
            "--data-dir",
            str(data_dir),
            "--format",
            "csv",
            "--out",
            str(tmp_path / "x.zip"),
            "--from",
            "2026-02-30",
        ]
    )
    assert status == 1
    assert "is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()


# --- PDF: long text, other scripts, the charts page ------------------------------------------


def add_note(store: Store, day: date, note: str) -> None:
    with store.units.write() as uow:
        uow.session.add(
            CheckIn(
                recorded_at=noon(day, 18),
                back_pain=3,
                leg_pain=3,
                leg_reach=LegReach.BUTTOCK,
                side=Side.LEFT,
                symptoms=[],
                pain_sites=[],
                note=note,
            )
        )
        uow.commit()


def test_a_note_longer_than_a_page_goes_on_over_the_next(diary: Store, tmp_path: Path) -> None:
    listed = "\n".join(f"item{n:03d} walked to the shop" for n in range(150))  # a pasted list
    add_note(diary, START + timedelta(days=20), listed)
    out = tmp_path / "report.pdf"
    result = export(diary, ExportFormat.PDF, out, ReportOptions(**PERIOD))
    pages = result.count
    words = pdf_text(out).split()
    items = [w for w in words if w.startswith("item")]
    assert items == [f"item{n:03d}" for n in range(150)]  # all of it, in order
    assert words.count("(continued)") >= 1
    footers = [f"Page {n} of {pages}" for n in range(1, pages + 1)]
    every_page = pdf_text(out)
    assert all(footer in every_page for footer in footers)
    for number in range(1, pages + 1):  # and each page has its footer, not another's
        page = pdf_text(out, "-f", str(number), "-l", str(number))
        assert f"Page {number} of {pages}" in page


def test_long_words_wrap_and_other_scripts_are_kept(diary: Store, tmp_path: Path) -> None:
    address = "https://example.org/" + "a1b2c3" * 40  # 260 letters without a space
    add_note(diary, START + timedelta(days=21), f"Leaflet at {address} — ok")
    add_note(diary, START + timedelta(days=22), "Ból nogi — боль в ноге — πόνος, ça va")
    add_note(diary, START + timedelta(days=23), "腰痛\tbetter")  # letters DejaVu Sans lacks
    out = tmp_path / "report.pdf"
    export(diary, ExportFormat.PDF, out, ReportOptions(**PERIOD))
    text = pdf_text(out)
    assert address in "".join(text.split())  # cut over lines, nothing lost
    assert "Ból nogi — боль в ноге — πόνος, ça va" in " ".join(text.split())
    assert "腰痛 better" in text  # in a font of this computer (fonts-droid-fallback in CI)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    assert "Droid" in fonts.stdout
    # Every word ends inside the right margin, the long address included.
    words = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', words).group(1))  # type: ignore[union-attr]
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', words)]
    assert len(right_edges) > 100
    assert max(right_edges) <= page_width - 0.6 * 72


def test_the_charts_page_draws_every_chart_under_its_words(diary: Store, tmp_path: Path) -> None:
    from PIL import Image

    from companion.reports.report_style import BACK_COLOUR, LEG_COLOUR, PAGE_HEIGHT

    out = tmp_path / "report.pdf"
    export(diary, ExportFormat.PDF, out, ReportOptions(**PERIOD))
    charts = " ".join(pdf_text(out, "-f", "2", "-l", "2").split())
    for words in (
        "Back and leg pain: daily averages and 7-day rolling mean",  # the page's words
        "How far the leg symptoms reach",
        "Exercise sessions per week: completed against planned",
        "Back pain (7-day mean)",  # the charts' own words, from matplotlib
        "Leg pain (7-day mean)",
        "below the knee",
        "Planned",
        "Page 2 of",
    ):
        assert words in charts, words
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "2", "-l", "2", str(out), str(tmp_path / "c")],
        check=True,
    )
    (png,) = tmp_path.glob("c-*.png")
    image = Image.open(png).convert("RGB")
    rows_per_inch = image.height / PAGE_HEIGHT

    def coloured_rows(colour: str) -> set[int]:
        target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        pixels = image.load()
        assert pixels is not None
        return {
            y
            for y in range(image.height)
            for x in range(0, image.width, 2)
            if all(abs(a - b) < 40 for a, b in zip(pixels[x, y], target, strict=True))
        }

    back, leg = coloured_rows(BACK_COLOUR), coloured_rows(LEG_COLOUR)
    # Blue in the pain chart and the sessions chart; orange in the pain and the reach charts.
    assert min(back) / rows_per_inch < 4 and max(back) / rows_per_inch > 7
    assert min(leg) / rows_per_inch < 4 and 4.5 < max(leg) / rows_per_inch < 7.5


def test_report_charts_show_the_diary(diary: Store) -> None:
    from matplotlib.collections import PolyCollection

    from companion.reports.pdf_report import Typesetter, charts_page
    from companion.reports.report_charts import charts_figure
    from companion.services.report_data import build_report

    report = build_report(diary, ReportOptions(**PERIOD))
    with Typesetter() as setter:
        _page, slots = charts_page(setter, report)
    pain, reach, adherence = charts_figure(report, slots).axes
    lines = {line.get_label(): line for line in pain.get_lines()}
    leg_mean = lines["Leg pain (7-day mean)"].get_ydata()
    # The same 7-day mean as the Progress page's line (services/figures.py).
    assert list(leg_mean) == [d.leg_average for d in report.days]
    assert leg_mean[0] == 7 and leg_mean[-1] == 3  # from 7 to 3, as the diary says
    assert [int(v) for v in reach.get_lines()[0].get_ydata()][:7] == [LegReach.CALF.level] * 7
    planned, completed = [c for c in adherence.collections if isinstance(c, PolyCollection)]
    heights = [max(y for _x, y in path.vertices) for path in completed.get_paths()]
    assert heights == [w.sessions_completed for w in report.weeks if w.sessions_completed]
    assert len(planned.get_paths()) == len([w for w in report.weeks if w.sessions_planned])
    # Each chart sits in the slot the page left for it, below its section title.
    for axes, (top, height) in zip(
        (pain, reach, adherence), (slots.pain, slots.reach, slots.adherence), strict=True
    ):
        box = axes.get_position()
        assert abs((1 - box.y1) * 297 / 25.4 - top) < 1e-6
        assert abs(box.height * 297 / 25.4 - height) < 1e-6


def test_pdf_first_page_shows_the_confirmed_assessment_and_an_open_lock(
    diary: Store, tmp_path: Path
) -> None:
    emergency = {question.id: False for question in QUESTIONS} | {"bladder": True}
    day = noon(date(2026, 3, 20))
    record_screening(diary, emergency, ScreeningReason.WEEKLY, day)
    record_assessment(
        diary, date(2026, 3, 20), AssessedBy.EMERGENCY_DEPARTMENT, day + timedelta(hours=6)
    )
    record_screening(diary, emergency, ScreeningReason.WEEKLY, day + timedelta(days=10))
    out = tmp_path / "report.pdf"
    export(diary, ExportFormat.PDF, out, ReportOptions(**PERIOD))
    first = " ".join(pdf_text(out, "-f", "1", "-l", "1").split())
    assert "Assessed by an emergency department on 20 Mar 2026 after the emergency answer" in first
    assert "exercise unlocked" in first
    assert "exercise locked since an emergency answer on 30 Mar 2026" in first


def test_pdf_first_page_lists_findings_known_to_the_doctor(diary: Store, tmp_path: Path) -> None:
    answers = {question.id: False for question in QUESTIONS} | {"serious_accident": "known"}
    taken = noon(date(2026, 4, 1))
    record_screening(diary, answers, ScreeningReason.WEEKLY, taken)  # type: ignore[arg-type]
    out = tmp_path / "report.pdf"
    # Made a week later: the finding still stands.
    export(diary, ExportFormat.PDF, out, ReportOptions(**PERIOD), now=taken + timedelta(days=7))
    first = " ".join(pdf_text(out, "-f", "1", "-l", "1").split())
    assert "Known to the patient's doctor, not counted as red flags for 3 months: " in first
    assert "Serious accident (since 1 Apr 2026)" in first


# --- The report's language (issue 18) --------------------------------------------------------


def test_a_german_report_speaks_german_with_german_dates_and_numbers(
    diary: Store, tmp_path: Path
) -> None:
    out = tmp_path / "bericht.pdf"
    options = ReportOptions(**PERIOD, name="Erika Muster", language="de")
    export(
        diary, ExportFormat.PDF, out, options, exercise_names={"knee-to-chest": "Knie zur Brust"}
    )
    first = " ".join(pdf_text(out, "-f", "1", "-l", "1").split())
    for expected in (
        "Verlaufsbericht Ischias",
        "2. März 2026 – 12. Apr. 2026 (42 Tage)",
        "42 Tageseinträge an 42 von 42 Tagen",
        "bedeutsame Verbesserung",
        "Die Beinbeschwerden sind zum Rücken hin zurückgegangen: bis unter das Knie in der",
        "21 von 42 geplanten Übungseinheiten erledigt (50 %)",
        "Knie zur Brust: schlechter 1×",
        "Ischias-Beschwerdewert: seit dem 2. März 2026 von 15 auf 8 gesunken",
        "1 Abfrage: 1 unauffällig.",
        "Schmerzschub: After gardening",  # the user's own words stay as written
        "Seite 1 von",
        "erstellt am",
    ):
        assert expected in first, expected
    # Decimal commas in the pain table, no English left on page one.
    assert re.search(r"\d,\d", first)
    for english in ("Sciatica progress report", "check-ins", "Page 1", "First week", "Verdict"):
        assert english not in first, english
    everything = " ".join(pdf_text(out).split())
    for expected in ("Woche für Woche", "Diagramme", "Rückenschmerzen (7-Tage-Mittel)", "Notizen"):
        assert expected in everything, expected
    # The chart's month names are German too ("März" under the March ticks).
    assert "Mär" in " ".join(pdf_text(out, "-f", "2", "-l", "2").split())
    language = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Verlaufsbericht Ischias" in language.stdout


def test_fhir_displays_stay_the_code_systems_and_texts_follow_the_language(
    diary: Store, tmp_path: Path
) -> None:
    from fhir.resources.R4B.bundle import Bundle

    bundles = {}
    for language in ("en", "de"):
        out = tmp_path / f"bundle-{language}.json"
        export(diary, ExportFormat.FHIR, out, ReportOptions(**PERIOD, language=language))
        bundles[language] = json.loads(out.read_text(encoding="utf-8"))
        Bundle.model_validate(bundles[language])

    def codings(document: dict[str, object]) -> list[object]:
        found: list[object] = []

        def walk(node: object) -> None:
            if isinstance(node, dict):
                if "coding" in node:
                    found.append(node["coding"])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk([entry["resource"] for entry in document["entry"]])  # type: ignore[index]
        return found

    # Every code, system and display is the same in both languages: the code system's own.
    assert codings(bundles["de"]) == codings(bundles["en"])
    german = [entry["resource"] for entry in bundles["de"]["entry"]]
    pain = [o for o in german if o.get("code", {}).get("coding", [{}])[0].get("code") == "72514-3"]
    assert pain[0]["code"]["coding"][0]["display"] == (
        "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
    )
    assert {o["code"]["text"] for o in pain} == {
        "Rückenschmerzen (NRS 0–10)",
        "Beinschmerzen (NRS 0–10)",
    }
    assert {o["bodySite"]["text"] for o in pain} == {"Unterer Rücken", "Linkes Bein"}
    procedure = next(r for r in german if r["resourceType"] == "Procedure")
    assert procedure["code"]["coding"][0]["display"] == "Exercise therapy (regime/therapy)"
    assert procedure["code"]["text"] == "Übungseinheit zu Hause"
    scores = [o for o in german if "derivedFrom" in o]
    assert scores[0]["code"]["coding"][0]["display"] == "Sciatica bother score"
    assert scores[0]["code"]["text"] == "Ischias-Beschwerdewert (Gesamtwert)"


def test_csv_column_names_are_the_same_in_every_language(diary: Store, tmp_path: Path) -> None:
    tables = {}
    for language in ("en", "de"):
        out = tmp_path / f"data-{language}.zip"
        export(diary, ExportFormat.CSV, out, ReportOptions(**PERIOD, language=language))
        tables[language] = read_zip(out)
    assert tables["de"] == tables["en"]


def test_companion_export_takes_a_language(
    diary: Store, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary.close()
    common = ["export", "--data-dir", str(data_dir), "--format", "pdf", "--from", "2026-03-02"]
    out = tmp_path / "bericht.pdf"
    assert cli_main([*common, "--out", str(out), "--language", "de"]) == 0
    assert "Verlaufsbericht Ischias" in pdf_text(out, "-f", "1", "-l", "1")
    english = tmp_path / "report.pdf"
    assert cli_main([*common, "--out", str(english), "--language", "EN"]) == 0
    assert "Sciatica progress report" in pdf_text(english, "-f", "1", "-l", "1")
    capsys.readouterr()

    nowhere = tmp_path / "rapport.pdf"
    assert cli_main([*common, "--out", str(nowhere), "--language", "fr"]) == 1
    error = capsys.readouterr().err
    assert "There is no report in 'fr'; choose one of: de, en." in error
    assert len(error.strip().splitlines()) == 1
    assert not nowhere.exists()
