"""Report page 1 carries the clearance answers and why progression is held (issue 15)."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.content.library import load_library
from companion.domain.exercise import ClearanceCondition
from companion.domain.report import ReportOptions
from companion.domain.safety_plan import HoldReason
from companion.paths import exercises_dir
from companion.reports.pdf_report import write_pdf
from companion.services.data_store import Store
from companion.services.programmes import import_programme_file
from companion.services.report_data import build_report
from companion.services.safety_plan import save_clearance
from tests.integration.checkin_history import daily_checkins

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
EXAMPLE = Path(__file__).parent.parent / "unit" / "content" / "fixtures" / "example.scprog"


def first_page_text(store: Store, tmp_path: Path) -> str:
    report = build_report(
        store, ReportOptions(start=NOW.date() - timedelta(days=13), end=NOW.date()), NOW
    )
    buffer = io.BytesIO()
    write_pdf(report, buffer)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(text.split())


def test_page_one_shows_the_clearance_answers_and_held_progression(
    store: Store, tmp_path: Path
) -> None:
    daily_checkins(store, NOW, days=2)  # too few check-ins: held
    import_programme_file(store, EXAMPLE, load_library(exercises_dir()), NOW - timedelta(days=9))
    report = build_report(store, ReportOptions(start=NOW.date(), end=NOW.date()), NOW)
    assert report.clearance is None
    assert report.progression_held == (HoldReason.TOO_FEW_CHECKINS,)
    text = first_page_text(store, tmp_path)
    assert "Clearance checklist (brief 2.2.6): not answered." in text
    assert "Progression held because: too few check-ins" in text

    save_clearance(store, {ClearanceCondition.PREGNANCY, ClearanceCondition.HIP_REPLACEMENT}, NOW)
    daily_checkins(store, NOW - timedelta(days=2), days=12)
    text = first_page_text(store, tmp_path)
    assert "Clearance checklist (brief 2.2.6): pregnancy, hip replacement." in text
    assert "Progression held" not in text
