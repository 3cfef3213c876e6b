"""The handout a patient takes home: real text, the key frames drawn, steps, dose and cautions
for every exercise, numbers kept with their units, and pages numbered."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.illustration.scene import draw_keyframe
from companion.paths import exercises_dir
from companion.reports.handout import (
    A4_INCHES,
    NBSP,
    TEXT_MARGIN,
    Handout,
    HandoutItem,
    keep_together,
    key_frames,
    write_handout,
)


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def _pdf_text(pdf: Path) -> tuple[list[str], int]:
    """The PDF's lines of text (no-break spaces read as spaces) and its number of pages."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert pages is not None
    return [line.replace(NBSP, " ") for line in text.stdout.splitlines()], int(pages.group(1))


def _images(pdf: Path) -> int:
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return len(listing.strip().splitlines()[2:])


def _item(library: ExerciseLibrary, exercise_id: str, dose: str) -> HandoutItem:
    exercise = library.get(exercise_id)
    return HandoutItem(
        exercise.name,
        dose,
        frames=key_frames(exercise.figure),
        steps=exercise.steps,
        safety=[f"Care: {c}" for c in exercise.cautions],
    )


def test_each_exercise_shows_its_key_frames_steps_dose_and_cautions(
    library: ExerciseLibrary, tmp_path: Path
) -> None:
    ids = ["glute-bridge", "bird-dog", "pelvic-tilt"]
    handout = Handout(
        title="A test programme",
        items=[_item(library, i, "2 × 10 repetitions, rest 30 s between sets") for i in ids],
        details=["Prescribed by Sam Okafor"],
        notes="Little and often.",
        flare_up="Rest in comfortable positions.",
        footer="Stop if pain spreads down your leg.",
    )
    pdf = tmp_path / "handout.pdf"
    pages = write_handout(handout, pdf)
    lines, counted = _pdf_text(pdf)
    text = " ".join(" ".join(lines).split())
    assert pages == counted == 1
    for words in (
        "A test programme",
        "Prescribed by Sam Okafor",
        "Little and often",
        "Page 1 of 1",
    ):
        assert words in text
    for exercise_id in ids:
        exercise = library.get(exercise_id)
        assert exercise.name in text
        # Steps are numbered; the first words of each are on the page.
        for number, step in enumerate(exercise.steps, start=1):
            assert f"{number}. {' '.join(step.split()[:3])}" in text
        for caution in exercise.cautions:
            assert "Care: " + " ".join(caution.split()[:3]) in text
    # Every key frame is an embedded picture: 2 + 3 + 2.
    assert _images(pdf) == 7


def test_rest_30_s_is_never_broken_across_lines(library: ExerciseLibrary, tmp_path: Path) -> None:
    # Doses of every length, so one of them would put a line end inside "rest 30 s".
    items = [
        _item(
            library, "glute-bridge", "x" * n + " 3 × hold 20 s, each side, rest 30 s, twice a day"
        )
        for n in range(1, 40, 3)
    ]
    pdf = tmp_path / "handout.pdf"
    write_handout(Handout(title="Rests", items=items), pdf)
    lines, _pages = _pdf_text(pdf)
    assert sum("rest 30 s" in line for line in lines) == len(items)
    assert not [line for line in lines if re.search(r"\brest( 30)?$", line.strip())]


def test_numbers_stay_with_their_words() -> None:
    assert keep_together("3 × hold 20 s, rest 30 s") == (
        f"3{NBSP}× hold{NBSP}20{NBSP}s, rest{NBSP}30{NBSP}s"
    )
    assert keep_together("twice a day") == "twice a day"


def test_a_long_programme_runs_on_numbered_pages_without_splitting_an_exercise(
    library: ExerciseLibrary, tmp_path: Path
) -> None:
    items = [_item(library, e.id, "10 repetitions, rest 30 s") for e in list(library)[:12]]
    pdf = tmp_path / "handout.pdf"
    pages = write_handout(Handout(title="Long", items=items), pdf)
    lines, counted = _pdf_text(pdf)
    assert pages == counted > 1
    text = " ".join(lines)
    assert f"Page {pages} of {pages}" in text
    # Each exercise's name and its last step land on the same page.
    page_texts = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    for item in items:
        holding = [p for p in page_texts if item.name in p.replace(NBSP, " ")]
        assert holding, item.name
        assert " ".join(item.steps[-1].split()[:3]) in " ".join(holding[0].split())


def test_the_handout_words_go_through_tr(library: ExerciseLibrary, tmp_path: Path) -> None:
    pdf = tmp_path / "handout.pdf"
    write_handout(
        Handout(title="Übersetzt", items=[_item(library, "walking", "10 Minuten")]),
        pdf,
        tr=lambda text: {"Page {page} of {pages}": "Seite {page} von {pages}"}[text],
    )
    lines, _pages = _pdf_text(pdf)
    assert "Seite 1 von 1" in " ".join(lines)


def test_key_frames_spread_from_the_first_to_the_last(library: ExerciseLibrary) -> None:
    snack = library.get("movement-snack").figure  # five keyframes
    frames = key_frames(snack)
    assert len(frames) == 3
    assert frames == [draw_keyframe(snack, i) for i in (0, 2, 4)]
    assert len(key_frames(library.get("rest-positions").figure)) == 1
    assert len(key_frames(library.get("glute-bridge").figure)) == 2


def words_past_the_margin(pdf: Path) -> list[str]:
    """Every word of the PDF whose right edge runs past the right margin (pdftotext's boxes)."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    limit = (A4_INCHES[0] - TEXT_MARGIN) * 72 + 0.5  # points, half a point for rounding
    return [
        f"{word} (ends at {float(right):.1f} pt, margin {limit:.1f} pt)"
        for right, word in re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
        if float(right) > limit
    ]


def test_long_titles_and_headings_wrap_inside_the_margins(tmp_path: Path) -> None:
    long = "Plan für den Schmerzschub mit Nervenmobilisation und Entlastungshaltungen im Liegen"
    handout = Handout(
        title=long,
        details=[f"{long}: verordnet von Ihrer Physiotherapiepraxis Mustermann und Partner"],
        items=[
            HandoutItem(
                name=f"Rückenlage mit angestellten Beinen und Kissen unter den Unterschenkeln {n}",
                dose="5 × 5 halten, 3 s Pause zwischen den Serien, 3-mal täglich, je Seite",
                steps=["Legen Sie sich auf den Rücken. " * 6],
                safety=["Vorsicht: Bei Taubheit im Genital- und Gesäßbereich sofort 112. " * 3],
            )
            for n in range(3)
        ],
        flare_up_heading=f"An einem schlechten Tag: {long}",
        flare_up="Ruhen Sie sich kurz in bequemen Haltungen aus. " * 8,
        footer="Brechen Sie eine Übung ab, wenn Schmerz weiter ins Bein ausstrahlt. " * 3,
    )
    pdf = tmp_path / "long.pdf"
    write_handout(handout, pdf)
    assert words_past_the_margin(pdf) == []
    lines, _pages = _pdf_text(pdf)
    text = " ".join(" ".join(lines).split())
    assert long in text  # wrapped, every word kept
