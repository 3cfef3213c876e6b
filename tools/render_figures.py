"""Render every exercise's keyframes to SVG (and PNG when a converter is at hand) for review.

    make figures     (the same as: .venv/bin/python tools/render_figures.py build/figures)
    .venv/bin/python tools/render_figures.py [OUT_DIR] [--only ID ...] [--mirror]

Writes OUT_DIR/<id>-<n>-<keyframe>.svg for every keyframe and OUT_DIR/contact-sheet.svg with
every exercise in one picture, one row each. PNG copies come from `rsvg-convert` if it is
installed, otherwise from Qt's SVG renderer (offscreen), otherwise from matplotlib.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.content.library import ContentError, load_library, read_exercise
from companion.content.translation import english_files
from companion.domain.exercise import Exercise
from companion.domain.illustration.motion import mirror_figure
from companion.domain.illustration.pose import BOX_HEIGHT, BOX_WIDTH, Figure
from companion.domain.illustration.scene import draw_keyframe
from companion.paths import exercises_dir
from companion.reports.figure_png import shapes_to_png
from companion.reports.figure_svg import keyframe_svg

CELL_PX = 240
LABEL_PX = 22


def _png_with_qt(svg_paths: list[Path]) -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication, QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return False
    _app = QGuiApplication.instance() or QGuiApplication([])
    for svg in svg_paths:
        renderer = QSvgRenderer(str(svg))
        size = renderer.defaultSize()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(svg.with_suffix(".png")))
    return True


def _to_png(svg_paths: list[Path]) -> str:
    converter = shutil.which("rsvg-convert")
    if converter:
        for svg in svg_paths:
            subprocess.run(
                [converter, "-b", "white", "-o", str(svg.with_suffix(".png")), str(svg)], check=True
            )
        return "rsvg-convert"
    if _png_with_qt(svg_paths):
        return "Qt"
    return ""


def _inner(svg: str) -> str:
    """The drawing inside an SVG document, to nest in the contact sheet."""
    body = svg.split(">", 1)[1].rsplit("</svg>", 1)[0]
    return body


def contact_sheet(exercises: list[Exercise], *, mirror: bool = False) -> str:
    """One SVG with a row per exercise: its name, then each keyframe."""
    columns = max(len(e.figure.keyframes) for e in exercises)
    cell_h = CELL_PX * BOX_HEIGHT / BOX_WIDTH
    width = CELL_PX * columns
    height = (cell_h + LABEL_PX) * len(exercises)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}">',
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="white"/>',
    ]
    scale = CELL_PX / BOX_WIDTH
    for row, exercise in enumerate(exercises):
        figure = mirror_figure(exercise.figure) if mirror else exercise.figure
        top = row * (cell_h + LABEL_PX)
        parts.append(
            f'<text x="4" y="{top + LABEL_PX - 6:.1f}" font-family="sans-serif" '
            f'font-size="14">{exercise.id} ({exercise.figure.view})</text>'
        )
        for col, keyframe in enumerate(figure.keyframes):
            x = col * CELL_PX
            y = top + LABEL_PX
            parts.append(
                f'<rect x="{x + 1}" y="{y:.1f}" width="{CELL_PX - 2}" height="{cell_h:.1f}" '
                'fill="none" stroke="#dddddd"/>'
            )
            parts.append(
                f'<g transform="translate({x},{y:.1f}) scale({scale:.4f})">'
                + _inner(keyframe_svg(figure, col))
                + "</g>"
            )
            parts.append(
                f'<text x="{x + 6}" y="{y + 14:.1f}" font-family="sans-serif" '
                f'font-size="11" fill="#666666">{col}: {keyframe.name}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Render the figures; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="build/figures", type=Path)
    parser.add_argument("--only", nargs="*", default=[], help="exercise ids to render")
    parser.add_argument("--mirror", action="store_true", help="draw the other side")
    parser.add_argument("--no-png", action="store_true")
    args = parser.parse_args(argv)

    try:
        every = list(load_library(exercises_dir()))
    except ContentError as error:
        # Still draw what can be drawn: a broken cross-reference should not hide the pictures.
        print(f"warning: {error}", file=sys.stderr)
        every = [read_exercise(p) for p in english_files(exercises_dir())]
    exercises = [e for e in every if not args.only or e.id in args.only]
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    frames: list[tuple[Path, Figure, int]] = []
    for exercise in exercises:
        figure = mirror_figure(exercise.figure) if args.mirror else exercise.figure
        for index, keyframe in enumerate(figure.keyframes):
            path = args.out / f"{exercise.id}-{index}-{keyframe.name.replace(' ', '-')}.svg"
            path.write_text(keyframe_svg(figure, index, title=exercise.name), encoding="utf-8")
            written.append(path)
            frames.append((path, figure, index))
    sheet = args.out / "contact-sheet.svg"
    sheet.write_text(contact_sheet(exercises, mirror=args.mirror), encoding="utf-8")
    written.append(sheet)
    how = "" if args.no_png else _to_png(written)
    if not how and not args.no_png:
        # Last resort: matplotlib draws the keyframes (not the contact sheet) from the shapes.
        for path, figure, index in frames:
            path.with_suffix(".png").write_bytes(shapes_to_png(draw_keyframe(figure, index)))
        how = "matplotlib (keyframes only)"
    print(f"{len(written)} SVG files in {args.out}" + (f", PNG via {how}" if how else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
