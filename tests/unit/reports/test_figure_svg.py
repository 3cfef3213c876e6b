"""Exercise figures as SVG: valid documents, every exercise drawable, and no unreviewed changes.

The reviewed set in `reviewed_figures/first_keyframes.json` holds a SHA-256 of each exercise's
first-keyframe SVG as a person last looked at it. After a deliberate change to a pose or the
renderer, look at the new pictures (`.venv/bin/python tools/render_figures.py build/figures`),
then refresh the set with:

    REFRESH_FIGURES=1 .venv/bin/python -m pytest tests/unit/reports/test_figure_svg.py -p no:xvfb
"""

from __future__ import annotations

import hashlib
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.illustration.motion import mirror_figure
from companion.domain.illustration.pose import BOX_HEIGHT, Figure, FigureView, Keyframe, Pose
from companion.domain.illustration.scene import Circle, Primitive, Rect, Segment, Tone
from companion.reports.figure_svg import FigurePalette, keyframe_svg, shapes_to_svg

EXERCISES = Path(__file__).resolve().parents[3] / "exercises"
REVIEWED = Path(__file__).resolve().parent / "reviewed_figures" / "first_keyframes.json"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(EXERCISES)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own renderer's output, not untrusted input


def test_every_keyframe_of_every_exercise_is_a_valid_svg(library: ExerciseLibrary) -> None:
    for exercise in library:
        for figure in (exercise.figure, mirror_figure(exercise.figure)):
            for index in range(len(figure.keyframes)):
                root = parse(keyframe_svg(figure, index, title=exercise.name))
                assert root.tag == f"{SVG}svg"
                assert root.find(f"{SVG}title") is not None
                # A figure is a head, a body and four limbs at the very least.
                assert len(root.findall(f"{SVG}line")) >= 12, exercise.id
                assert len(root.findall(f"{SVG}circle")) >= 4, exercise.id


def test_titles_are_escaped() -> None:
    figure = Figure(FigureView.SIDE, (), (Keyframe("k", Pose(0.8, 0.6)),))
    root = parse(keyframe_svg(figure, title='Knees & hips <"gently">'))
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == 'Knees & hips <"gently">'


def test_the_picture_keeps_the_box_aspect_at_any_size() -> None:
    root = parse(shapes_to_svg([], width_px=160))
    assert (root.get("width"), root.get("height")) == ("160", "120")
    assert root.get("viewBox") == "0 0 1.6 1.2"


def test_y_points_up_in_the_figure_and_down_in_svg() -> None:
    root = parse(shapes_to_svg([Segment((0.1, 0.0), (0.1, 1.0), 0.05, Tone.BODY)]))
    line = root.find(f"{SVG}line")
    assert line is not None
    assert float(line.get("y1", "nan")) == pytest.approx(BOX_HEIGHT)
    assert float(line.get("y2", "nan")) == pytest.approx(BOX_HEIGHT - 1.0)
    assert line.get("stroke-linecap") == "round"


def test_tones_pick_palette_colours_and_far_limbs_are_lighter() -> None:
    palette = FigurePalette()
    shapes: list[Primitive] = [
        Circle((0.5, 0.5), 0.1, Tone.FAR),
        Circle((0.5, 0.5), 0.1, Tone.NEAR),
        Circle((0.9, 0.3), 0.1, Tone.PROP, outline=0.02),
        Rect(0.0, 0.0, 1.6, 0.3, Tone.WATER),
    ]
    circles = parse(shapes_to_svg(shapes, palette=palette)).findall(f"{SVG}circle")
    assert [c.get("fill") for c in circles[:2]] == [palette.far, palette.near]
    assert circles[2].get("fill") == "none" and circles[2].get("stroke") == palette.prop

    def lightness(colour: str) -> int:
        return sum(int(colour[i : i + 2], 16) for i in (1, 3, 5))

    assert lightness(palette.far) > lightness(palette.body) > lightness(palette.near)


def test_a_background_is_drawn_only_when_asked_for() -> None:
    plain = parse(shapes_to_svg([]))
    assert plain.find(f"{SVG}rect") is None
    filled = parse(shapes_to_svg([], palette=FigurePalette(background="#ffffff")))
    rect = filled.find(f"{SVG}rect")
    assert rect is not None and rect.get("fill") == "#ffffff"


def test_rendering_is_deterministic(library: ExerciseLibrary) -> None:
    figure = library.get("bird-dog").figure
    assert keyframe_svg(figure, 1) == keyframe_svg(figure, 1)
    assert keyframe_svg(figure, 0) != keyframe_svg(figure, 1)


def _current_hashes(library: ExerciseLibrary) -> dict[str, str]:
    return {
        e.id: hashlib.sha256(keyframe_svg(e.figure, 0).encode("utf-8")).hexdigest() for e in library
    }


def test_first_keyframes_match_the_reviewed_set(library: ExerciseLibrary) -> None:
    current = _current_hashes(library)
    if os.environ.get("REFRESH_FIGURES") == "1":
        REVIEWED.parent.mkdir(parents=True, exist_ok=True)
        REVIEWED.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    reviewed = json.loads(REVIEWED.read_text(encoding="utf-8"))
    changed = sorted(k for k in current.keys() & reviewed.keys() if current[k] != reviewed[k])
    added = sorted(current.keys() - reviewed.keys())
    removed = sorted(reviewed.keys() - current.keys())
    assert not (changed or added or removed), (
        f"figures differ from the reviewed set: changed {changed}, new {added}, gone {removed}. "
        "Look at them with tools/render_figures.py, then refresh with REFRESH_FIGURES=1 "
        "(see this module's docstring)."
    )
