"""Every starter programme's handout, as the app words it, fits on two A4 pages in English and
in German, with each exercise's steps on it and no dose broken inside "rest 30 s"."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from companion.content.library import load_library
from companion.content.programme_file import starter_document
from companion.paths import exercises_dir
from companion.reports.handout import A4_INCHES, NBSP, TEXT_MARGIN, write_handout
from companion.ui.programme.programme_handout import handout_for, handout_words

REPO = Path(__file__).resolve().parents[2]
STARTERS = sorted(load_library(exercises_dir()).programmes)


@pytest.fixture(params=["en", "de"])
def language(qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """English, or German with the committed translation compiled and installed."""
    if request.param == "en":
        yield "en"
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = REPO / "resources" / "translations" / "companion_de.ts"
    compiled = tmp_path / "de.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield "de"
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("starter_id", STARTERS)
def test_each_starter_handout_fits_two_pages_with_every_step(
    language: str, starter_id: str, tmp_path: Path
) -> None:
    library = load_library(exercises_dir(), language)
    document = starter_document(library.programme(starter_id), library, date(2026, 1, 5))
    pdf = tmp_path / "handout.pdf"
    handout = handout_for(document, library)
    pages = write_handout(handout, pdf, handout_words)

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)[1] == str(pages)  # type: ignore[index]
    assert pages <= 2
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    lines = [line.replace(NBSP, " ") for line in raw.stdout.splitlines()]
    text = " ".join(" ".join(lines).split())
    page_word = "Seite" if language == "de" else "Page"
    # The footer's disclaimer is whole (its German ran to four lines and lost the last).
    assert " ".join(handout.footer.split()[-4:]) in text
    assert f"{page_word} {pages} " in text
    for item in document.exercises:
        exercise = library.get(item.exercise_id)
        assert exercise.name in text
        for step in exercise.steps:
            assert " ".join(step.split()[:3]) in text, step
    # A dose's number never ends a line apart from its unit, nor "rest" apart from its number
    # (a frame's own number stands on a line of its own).
    numbers = {handout_words("Page {page} of {pages}").format(page=n, pages=pages) for n in (1, 2)}
    broken = [
        line
        for line in lines
        if re.search(r"([^\W\d_] \d+|\bPause|\brest)$", line.strip())
        and line.strip() not in numbers
    ]
    assert not broken
    # Measured, not counted in letters: no German word runs past the right margin.
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    limit = (A4_INCHES[0] - TEXT_MARGIN) * 72 + 0.5  # points, half a point for rounding
    past = [
        w for x, w in re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes) if float(x) > limit
    ]
    assert past == []
