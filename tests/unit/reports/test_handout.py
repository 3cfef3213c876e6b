"""The one-page handout: real text, the figures drawn, and always a single page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from companion.content.library import ExerciseLibrary, load_library
from companion.paths import exercises_dir
from companion.reports.handout import Handout, HandoutItem, figure_shapes, write_handout


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def _pdf_text(pdf: Path) -> tuple[str, int]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert pages is not None
    return " ".join(text.stdout.split()), int(pages.group(1))


@pytest.mark.parametrize("count", [1, 4, 9, 20])
def test_any_programme_fits_one_page_with_every_name(
    library: ExerciseLibrary, tmp_path: Path, count: int
) -> None:
    exercises = list(library)[:count]
    handout = Handout(
        title="A test programme",
        items=[
            HandoutItem(
                e.name, "3 × hold 20 s, each side, twice a day", "A note.", figure_shapes(e.figure)
            )
            for e in exercises
        ],
        details=["Prescribed by Sam Okafor"],
        notes="Little and often.",
        flare_up="Rest in comfortable positions.",
        footer="Stop if pain spreads down your leg.",
    )
    pdf = tmp_path / "handout.pdf"
    write_handout(handout, pdf)
    text, pages = _pdf_text(pdf)
    assert pages == 1
    for words in (
        "A test programme",
        "Prescribed by Sam Okafor",
        "Little and often",
        "Rest in comfortable positions",
        "Stop if pain spreads",
    ):
        assert words in text
    for exercise in exercises:
        assert exercise.name.split()[0] in text
    # The figures are embedded images: one per exercise.
    images = (
        subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
        .stdout.strip()
        .splitlines()[2:]
    )
    assert len(images) >= count


def test_figure_shapes_show_the_held_position(library: ExerciseLibrary) -> None:
    figure = library.get("glute-bridge").figure
    assert figure_shapes(figure) != figure_shapes(
        figure.__class__(
            figure.view, figure.props, figure.keyframes[:1], figure.motion, figure.prop_anchor
        )
    )


def test_each_exercise_carries_its_safety_text(library: ExerciseLibrary, tmp_path: Path) -> None:
    press_up = library.get("prone-press-up")
    handout = Handout(
        title="Safety on paper",
        items=[
            HandoutItem(
                press_up.name,
                "10 repetitions, three times a day",
                "Only on good days.",
                figure_shapes(press_up.figure),
                safety=("Sore leg only.", f"Stop: {press_up.stop_rules[0]}", "Care: Go easy."),
            ),
        ],
    )
    pdf = tmp_path / "handout.pdf"
    write_handout(handout, pdf)
    text, pages = _pdf_text(pdf)
    assert pages == 1
    for words in ("Only on good days.", "Sore leg only.", "Stop: Stop if pain", "Care: Go easy."):
        assert words in text
