"""Notes written in Hebrew or Arabic print on the report as written: the words in reading order
and Arabic letters joined (fpdf2's text shaping over HarfBuzz). Read back from the written PDF."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from companion.domain.report import ReportOptions
from companion.services.data_store import Store
from companion.services.exports import ExportFormat, export
from tests.integration.test_report_pdf_layout import NOW, TODAY, add_checkins

HEBREW = "הלכתי לחנות, כאב 3 של 10"
ARABIC = "مشيت إلى السوق اليوم"


def test_hebrew_and_arabic_notes_print_in_reading_order(store: Store, tmp_path: Path) -> None:
    add_checkins(store, [TODAY - timedelta(days=1)], note=HEBREW)
    add_checkins(store, [TODAY], note=f"Walked 2 km, then {ARABIC} tonight")
    out = tmp_path / "report.pdf"
    options = ReportOptions(start=TODAY - timedelta(days=6), end=TODAY)
    export(store, ExportFormat.PDF, out, options, now=NOW)
    text = subprocess.run(
        ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext gives right-to-left words back in reading order when they were placed so.
    for word in ("הלכתי", "לחנות", "Walked 2 km, then", "tonight"):
        assert word in text
    note_line = next(line for line in text.splitlines() if "Walked 2 km" in line)
    assert note_line.index("Walked") < note_line.index("tonight")
