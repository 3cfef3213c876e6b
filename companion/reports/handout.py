"""A one-page PDF handout of a programme: each exercise's figure, dose, notes and safety text.

The caller passes every word already in the reader's language (the UI translates); this module
only lays the page out. Text is real text in the PDF (TrueType, fonttype 42), so it can be
searched and read aloud; the figures come from the same renderer as the screen.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from companion.domain.figure import Figure, Primitive, draw_scene, rep_pose
from companion.reports.figure_png import shapes_to_png

A4_INCHES = (8.27, 11.69)
HANDOUT_PHASE = 0.5  # the held position: the moment that best shows what to do
MAX_ITEMS = 20


@dataclass(frozen=True)
class HandoutItem:
    """One exercise on the handout."""

    name: str
    dose: str
    notes: str = ""
    shapes: Sequence[Primitive] = ()
    # The dose note, stop rules and cautions, most important first: where a cell is too small
    # the end is cut (marked "…"), so the programme's note and the stop rules come first.
    safety: Sequence[str] = ()


@dataclass(frozen=True)
class Handout:
    """Everything printed on the page, in the reader's language."""

    title: str
    items: Sequence[HandoutItem]
    details: Sequence[str] = ()  # e.g. "Prescribed by ...", "From ... Review ..."
    notes_heading: str = "Notes"
    notes: str = ""
    flare_up_heading: str = "On a bad day"
    flare_up: str = ""
    footer: str = ""
    extra: Sequence[str] = field(default_factory=tuple)


def figure_shapes(figure: Figure) -> list[Primitive]:
    """The shapes of an exercise figure at its held position."""
    return draw_scene(figure, rep_pose(figure, HANDOUT_PHASE))


def write_handout(handout: Handout, out: Path | IO[bytes]) -> None:
    """Lay the handout out on one A4 page and save it as PDF."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure as PlotFigure

    with rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans"}):
        page = PlotFigure(figsize=A4_INCHES)
        FigureCanvasPdf(page)
        _lay_out(page, handout)
        page.savefig(out, format="pdf")


def _lay_out(page: object, handout: Handout) -> None:
    from matplotlib.figure import Figure as PlotFigure

    assert isinstance(page, PlotFigure)
    width, height = A4_INCHES

    def at(x_in: float, y_in: float) -> tuple[float, float]:
        """Inches from the top-left corner, as page fractions."""
        return x_in / width, 1 - y_in / height

    margin = 0.55
    y = margin
    page.text(*at(margin, y), handout.title, fontsize=17, weight="bold", va="top")
    y += 0.4
    for line in handout.details:
        page.text(*at(margin, y), line, fontsize=9, va="top", color="#333333")
        y += 0.2
    y += 0.15

    blocks = _bottom_blocks(handout)
    bottom_height = sum(0.22 + len(lines) * 0.155 + 0.08 for _, lines in blocks)
    footer_height = 0.65 if handout.footer else 0.0
    grid_bottom = height - margin - footer_height - bottom_height - 0.1
    items = list(handout.items)[:MAX_ITEMS]
    columns = 2 if len(items) <= 8 else 3
    rows = max(1, math.ceil(len(items) / columns))
    cell_w = (width - 2 * margin) / columns
    cell_h = min((grid_bottom - y) / rows, 2.3)
    image_w = min(cell_w * 0.42, (cell_h - 0.15) * 4 / 3)
    chars_per_inch = 16.0 if columns == 2 else 15.0
    cell = _Cell(cell_w, cell_h, image_w, chars_per_inch)
    for index, item in enumerate(items):
        row, column = divmod(index, columns)
        _draw_item(page, item, index, (margin + column * cell_w, y + row * cell_h), cell)

    y = y + rows * cell_h + 0.1  # notes follow the exercises, not the foot of the page
    for heading, lines in blocks:
        page.text(*at(margin, y), heading, fontsize=10, weight="bold", va="top")
        y += 0.22
        page.text(*at(margin, y), "\n".join(lines), fontsize=8.5, va="top", linespacing=1.35)
        y += len(lines) * 0.155 + 0.08
    if handout.footer:
        footer = "\n".join(textwrap.wrap(handout.footer, 130, break_on_hyphens=False)[:4])
        page.text(
            *at(width / 2, height - margin),
            footer,
            fontsize=7.5,
            ha="center",
            va="bottom",
            color="#555555",
        )


@dataclass(frozen=True)
class _Cell:
    width: float
    height: float
    image_width: float
    chars_per_inch: float


def _draw_item(
    page: object, item: HandoutItem, index: int, corner: tuple[float, float], cell: _Cell
) -> None:
    from matplotlib.figure import Figure as PlotFigure
    from matplotlib.image import imread

    assert isinstance(page, PlotFigure)
    width, height = A4_INCHES

    def at(x_in: float, y_in: float) -> tuple[float, float]:
        return x_in / width, 1 - y_in / height

    left, top = corner
    image_w = cell.image_width
    image_h = image_w * 3 / 4
    if item.shapes:
        png = shapes_to_png(item.shapes, width_px=360)
        x0, y0 = at(left, top + image_h)
        axes = page.add_axes((x0, y0, image_w / width, image_h / height))
        axes.imshow(imread(io.BytesIO(png), format="png"))
        axes.set_axis_off()
    text_left = left + image_w + 0.12
    wrap = max(12, int((cell.width - image_w - 0.2) * cell.chars_per_inch))
    title = textwrap.wrap(
        f"{index + 1}. {item.name}", max(10, int(wrap * 0.85)), break_on_hyphens=False
    )
    page.text(*at(text_left, top), "\n".join(title), fontsize=10, weight="bold", va="top")
    body = textwrap.wrap(item.dose, wrap, break_on_hyphens=False)
    if item.notes:
        body += textwrap.wrap(item.notes, wrap, break_on_hyphens=False)
    for line in item.safety:
        body += textwrap.wrap(f"• {line}", wrap, break_on_hyphens=False)
    room = max(1, int((cell.height - 0.1 - len(title) * 0.19) / 0.155))
    if len(body) > room:
        body = [*body[: room - 1], body[room - 1].rstrip(".") + "…"]
    page.text(
        *at(text_left, top + len(title) * 0.19 + 0.04),
        "\n".join(body),
        fontsize=8.5,
        va="top",
        linespacing=1.35,
    )


def _bottom_blocks(handout: Handout) -> list[tuple[str, list[str]]]:
    blocks: list[tuple[str, list[str]]] = []
    if handout.notes.strip():
        blocks.append(
            (handout.notes_heading, textwrap.wrap(handout.notes, 110, break_on_hyphens=False)[:6])
        )
    if handout.flare_up.strip():
        blocks.append(
            (
                handout.flare_up_heading,
                textwrap.wrap(handout.flare_up, 110, break_on_hyphens=False)[:6],
            )
        )
    return blocks
