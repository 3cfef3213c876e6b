"""The PDF handout a patient takes home: for each exercise its key frames, how-to steps, dose
and cautions, on as few A4 pages as it needs (a starter programme fits on two).

The caller passes the content already in the reader's language (names, steps, dose, safety
lines: the UI translates them). The handout's own few words go through `tr`, as the charts'
do (reports.charts), so the UI can pass Qt's translation in; the defaults are the English
source strings. Text is real text in the PDF (TrueType, fonttype 42), so it can be searched and
read aloud; the figures come from the same renderer as the screen. Nothing depends on colour:
steps are numbered, frames numbered in order, safety lines start with their word ("Stop:").
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

from companion.domain.illustration.pose import Figure
from companion.domain.illustration.scene import Primitive, draw_keyframe
from companion.reports.figure_png import shapes_to_png
from companion.reports.report_style import PAGE_SIZE

Words = Callable[[str], str]

A4_INCHES = PAGE_SIZE  # the report's A4, one definition for both documents
MAX_FRAMES = 3  # key frames drawn per exercise: the start, the middle and the end position
NBSP = "\u00a0"

TEXT_MARGIN = 0.55
_FRAMES_WIDTH = 2.2  # the left column of each exercise block: key frames two to a row
_FRAME_LABEL = 0.16  # room under a frame for its number
_GAP = 0.15
_FOOTER_HEIGHT = 0.62
_FONT = "DejaVu Sans"
# Each kind of line: its height on the page (inches) and its font size (points).
_LINE = {"title": 0.38, "detail": 0.19, "name": 0.2, "dose": 0.165, "text": 0.138, "small": 0.128}
_SIZE = {"title": 17.0, "detail": 9.0, "name": 11.0, "dose": 9.0, "text": 8.0, "small": 7.5}
_WEIGHT = {"title": "bold", "name": "bold", "dose": "bold"}
TEXT_WIDTH = A4_INCHES[0] - 2 * TEXT_MARGIN  # the widest a line may run, margin to margin


def _as_is(text: str) -> str:
    return text


@dataclass(frozen=True)
class HandoutItem:
    """One exercise on the handout."""

    name: str
    dose: str
    notes: str = ""
    # The shapes of each key frame, in the order the movement goes through them.
    frames: Sequence[Sequence[Primitive]] = ()
    steps: Sequence[str] = ()
    # The dose note, stop rules and cautions, each already starting with its word ("Stop: ...").
    safety: Sequence[str] = ()


@dataclass(frozen=True)
class Handout:
    """Everything printed, in the reader's language."""

    title: str
    items: Sequence[HandoutItem]
    details: Sequence[str] = ()  # e.g. "Prescribed by ...", "From ... Review ..."
    notes_heading: str = "Notes"
    notes: str = ""
    flare_up_heading: str = "On a bad day"
    flare_up: str = ""
    footer: str = ""
    extra: Sequence[str] = field(default_factory=tuple)


def key_frames(figure: Figure) -> list[list[Primitive]]:
    """The shapes of up to MAX_FRAMES keyframes, evenly spread from the first to the last."""
    count = len(figure.keyframes)
    if count <= MAX_FRAMES:
        indexes = list(range(count))
    else:
        indexes = sorted({round(i * (count - 1) / (MAX_FRAMES - 1)) for i in range(MAX_FRAMES)})
    return [draw_keyframe(figure, i) for i in indexes]


def keep_together(text: str) -> str:
    """Bind a number to the words on either side ("rest 30 s", "3 × 10") so no line breaks
    inside a dose."""
    return re.sub(r"(?<=\d) | (?=\d)", NBSP, text)


_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def _wrap(text: str, style: str, width: float, indent: str = "") -> list[str]:
    """`text` in lines no wider than `width` inches in the style's font, measured, not guessed
    from a count of letters: German words run long, and a bold title wider than prose."""
    lines: list[str] = []
    line = ""
    # Split on plain white space only: a no-break space binds a number to its words.
    for word in _SPACE.split(keep_together(text)):
        if not word:
            continue
        candidate = f"{line} {word}" if line else (indent if lines else "") + word
        if line and text_width(candidate, style) > width:
            lines.append(line)
            line = indent + word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def text_width(text: str, style: str) -> float:
    """How wide `text` is drawn in `style` (a key of _SIZE), in inches."""
    font = _font(_WEIGHT.get(style, "normal"))
    font.set_size(_SIZE[style], 72)
    font.set_text(text)
    return float(font.get_width_height()[0]) / 64 / 72


@cache
def _font(weight: str) -> Any:
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font

    return FT2Font(findfont(FontProperties(family=_FONT, weight=weight)))


# ---------------------------------------------------------------------------------------------
# Layout: blocks of lines measured first, then placed on pages


@dataclass
class _Line:
    text: str
    style: str  # a key of _SIZE


@dataclass
class _Block:
    lines: list[_Line]
    frames: Sequence[Sequence[Primitive]] = ()
    heading: bool = False  # the title block at the top of page one

    def text_height(self) -> float:
        return sum(_LINE[line.style] for line in self.lines)

    def height(self) -> float:
        return max(self.text_height(), _frames_height(len(self.frames))) + _GAP


def _frame_size(count: int) -> tuple[float, float]:
    """The width and height of each key frame: one frame alone is larger, more go two a row."""
    width = 1.7 if count == 1 else (_FRAMES_WIDTH - 0.06) / 2
    return (width, width * 3 / 4)


def _frame_corner(index: int, count: int) -> tuple[float, float]:
    """Where frame `index` goes, as inches from the block's top-left corner."""
    width, height = _frame_size(count)
    row, column = divmod(index, 2)
    return (column * (width + 0.06), row * (height + _FRAME_LABEL))


def _frames_height(count: int) -> float:
    if count == 0:
        return 0.0
    rows = 1 if count == 1 else (count + 1) // 2
    return rows * (_frame_size(count)[1] + _FRAME_LABEL)


def _lines(text: str, style: str, width: float, indent: str = "") -> list[_Line]:
    return [_Line(line, style) for line in _wrap(text, style, width, indent)]


def _item_block(number: int, item: HandoutItem) -> _Block:
    width = TEXT_WIDTH - (_FRAMES_WIDTH + 0.2 if item.frames else 0.0)
    lines = _lines(f"{number}. {item.name}", "name", width)
    lines += _lines(item.dose, "dose", width)
    for index, step in enumerate(item.steps, start=1):
        lines += _lines(f"{index}. {step}", "text", width, "    ")
    if item.notes.strip():
        lines += _lines(item.notes, "text", width)
    for line in item.safety:
        lines += _lines(f"• {line}", "small", width, "   ")
    return _Block(lines, item.frames)


def _text_block(heading: str, text: str) -> _Block:
    return _Block([*_lines(heading, "dose", TEXT_WIDTH), *_lines(text, "text", TEXT_WIDTH)])


def _pages(handout: Handout) -> list[list[_Block]]:
    """The blocks on each page; a block never splits across pages."""
    title = _Block(
        [
            *_lines(handout.title, "title", TEXT_WIDTH),
            *(line for detail in handout.details for line in _lines(detail, "detail", TEXT_WIDTH)),
        ],
        heading=True,
    )
    blocks = [title]
    blocks += [_item_block(i + 1, item) for i, item in enumerate(handout.items)]
    if handout.notes.strip():
        blocks.append(_text_block(handout.notes_heading, handout.notes))
    if handout.flare_up.strip():
        blocks.append(_text_block(handout.flare_up_heading, handout.flare_up))
    room = A4_INCHES[1] - 2 * TEXT_MARGIN - _FOOTER_HEIGHT
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for block in blocks:
        if pages[-1] and used + block.height() > room:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height()
    return pages


# ---------------------------------------------------------------------------------------------
# Drawing


def write_handout(handout: Handout, out: Path | IO[bytes], tr: Words = _as_is) -> int:
    """Lay the handout out on A4 pages and save it as PDF; returns the number of pages."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure as PlotFigure

    pages = _pages(handout)
    with (
        rc_context({"pdf.fonttype": 42, "font.family": _FONT}),
        PdfPages(out) as pdf,
    ):
        for number, blocks in enumerate(pages, start=1):
            page = PlotFigure(figsize=A4_INCHES)
            _draw_page(page, blocks)
            footer = tr("Page {page} of {pages}").format(page=number, pages=len(pages))
            _draw_footer(page, handout.footer, footer)
            pdf.savefig(page)
    return len(pages)


def _at(x_in: float, y_in: float) -> tuple[float, float]:
    """Inches from the top-left corner, as page fractions."""
    width, height = A4_INCHES
    return x_in / width, 1 - y_in / height


_COLOUR = {"detail": "#333333", "small": "#222222"}


def _draw_page(page: Any, blocks: list[_Block]) -> None:
    y = TEXT_MARGIN
    for index, block in enumerate(blocks):
        if index and not block.heading:
            # A thin rule between exercises: the blocks read apart without colour.
            page.add_artist(
                _rule(page, y - _GAP / 2 - 0.02, TEXT_MARGIN, A4_INCHES[0] - TEXT_MARGIN),
            )
        left = TEXT_MARGIN
        if block.frames:
            _draw_frames(page, block.frames, y)
            left += _FRAMES_WIDTH + 0.2
        line_y = y
        for line in block.lines:
            page.text(
                *_at(left, line_y),
                line.text,
                fontsize=_SIZE[line.style],
                weight=_WEIGHT.get(line.style, "normal"),
                color=_COLOUR.get(line.style, "black"),
                va="top",
            )
            line_y += _LINE[line.style]
        y += block.height()


def _rule(page: Any, y_in: float, left_in: float, right_in: float) -> Any:
    from matplotlib.lines import Line2D

    (x0, y0), (x1, _y1) = _at(left_in, y_in), _at(right_in, y_in)
    return Line2D([x0, x1], [y0, y0], transform=page.transFigure, color="#999999", lw=0.5)


def _draw_frames(page: Any, frames: Sequence[Sequence[Primitive]], top: float) -> None:
    from matplotlib.image import imread

    width, height = _frame_size(len(frames))
    for index, shapes in enumerate(frames):
        dx, dy = _frame_corner(index, len(frames))
        left = TEXT_MARGIN + dx
        frame_top = top + dy
        x0, y0 = _at(left, frame_top + height)
        axes = page.add_axes((x0, y0, width / A4_INCHES[0], height / A4_INCHES[1]))
        axes.imshow(imread(io.BytesIO(shapes_to_png(shapes, width_px=320)), format="png"))
        axes.set_axis_off()
        if len(frames) > 1:
            # The order of the positions, in figures rather than in colour or arrows alone.
            page.text(
                *_at(left + width / 2, frame_top + height + 0.01),
                str(index + 1),
                fontsize=7.5,
                color="#444444",
                ha="center",
                va="top",
            )


def _draw_footer(page: Any, footer: str, page_words: str) -> None:
    width, height = A4_INCHES
    # Every line of it: the footer is the safety line and the disclaimer (four lines in German).
    lines = _wrap(footer, "small", TEXT_WIDTH) if footer else []
    page.text(
        *_at(TEXT_MARGIN, height - TEXT_MARGIN),
        "\n".join(lines),
        fontsize=7.5,
        va="bottom",
        color="#333333",
        linespacing=1.3,
    )
    page.text(
        *_at(width - TEXT_MARGIN, height - 0.28),
        page_words,
        fontsize=8,
        ha="right",
        va="bottom",
        color="#333333",
    )
