"""The report's typesetting: fpdf2 with the report's fonts, and A4 pages laid out as placed
words and shapes before any is drawn (pdf_report.py and pdf_details.py fill them).

Layout comes first and typesetting second, so every footer knows how many pages there are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from fpdf.bidi import BidiParagraph, auto_detect_base_direction
from fpdf.fonts import TTFFont

from companion.domain.report import Report
from companion.reports.report_style import (
    FONT_FILES,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SHADE,
    TEXT,
)
from companion.reports.wording import Wording, wording

EVENTS_ON_FIRST_PAGE = 6
CLINIC_WIDTH = 3.2  # inches: the clinic's line in the header
LABEL_WIDTH = 1.75  # inches: "17 Oct 2026 · Questionnaire" beside each note
FOOTER_TOP = PAGE_HEIGHT - MARGIN - 0.45
APP_LINE = "Sciatica Companion"
FONT = "body"
MISSING_LETTER = "□"
Align = Literal["left", "right"]


def report_title(words: Wording) -> str:
    """The report's title, on every page and in the PDF's properties."""
    return words.translate("Report", "Sciatica progress report")


def disclaimer(words: Wording) -> str:
    """What the report is and is not, at the foot of every page."""
    return words.translate(
        "Report",
        "Patient-reported data recorded at home. It supports, and does not replace, clinical "
        "assessment.",
    )


def _mean(words: Wording, value: float | None) -> str:
    return "–" if value is None else words.decimal(value)


def _line_height(size: float) -> float:
    return size * 1.3 / 72


@cache
def _font_folder() -> Path:
    # matplotlib's own copy of DejaVu Sans, found without importing matplotlib (a third of a
    # second) when the report has no charts.
    spec = find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("matplotlib, which carries the report's font, is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


class Typesetter:
    """The fpdf2 document with the report's fonts, and text measured in its metrics."""

    def __init__(self) -> None:
        self.pdf = FPDF(orientation="portrait", unit="in", format="A4")
        self.pdf.set_auto_page_break(False)  # pages are laid out here, not by fpdf2
        self.pdf.set_margins(MARGIN, MARGIN)
        for style, name in FONT_FILES.items():
            self.pdf.add_font(FONT, style, str(_font_folder() / name))
        self._widths: dict[tuple[str, bool], float] = {}
        letters = []
        for style in FONT_FILES:
            font = self.pdf.fonts[FONT + style]
            assert isinstance(font, TTFFont)  # added from a file above, never a core font
            letters.append(frozenset(font.cmap))
        self._letters = frozenset.intersection(*letters)
        # Fonts of this computer for letters DejaVu Sans lacks: (fpdf2 family, its letters).
        self._fallbacks: list[tuple[str, frozenset[int]]] = []
        self._unprintable: set[int] = set()

    def __enter__(self) -> Typesetter:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the font files (fpdf2 closes only the fonts a finished document used)."""
        for font in self.pdf.fonts.values():
            if isinstance(font, TTFFont):
                font.close()

    def printable(self, text: str) -> str:
        """`text` as it can be printed: control characters as spaces, and each letter no font
        here can draw as a box, so none vanishes without a trace.

        DejaVu Sans covers Latin, Greek and Cyrillic; for other scripts a font of this computer
        is found (fallback_fonts.py). The app and the CSV export keep every letter either way.
        """
        if text.isascii() and text.isprintable():
            return text
        return "".join(self._printable_letter(letter) for letter in text)

    def _printable_letter(self, letter: str) -> str:
        code = ord(letter)
        if code in self._letters:
            return letter
        if unicodedata.category(letter).startswith(("C", "Z")):
            return " "
        if self._family_for(code) is not None:
            return letter
        return MISSING_LETTER

    def _family_for(self, code: int) -> str | None:
        """The fallback family that draws `code`, adding a font of this computer if needed."""
        for family, letters in self._fallbacks:
            if code in letters:
                return family
        if code in self._unprintable:
            return None
        from companion.reports.fallback_fonts import font_for, letters_of

        font = font_for(chr(code))
        if font is None:
            self._unprintable.add(code)
            return None
        family = f"fallback{len(self._fallbacks)}"
        try:
            self.pdf.add_font(family, "", str(font.path), collection_font_number=font.number)
        except Exception:  # a font fpdf2 cannot embed is simply not used
            self._unprintable.add(code)
            return None
        self._fallbacks.append((family, letters_of(font)))
        return family

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str, str]]:
        """`text` (already printable) as (family, style, letters) runs, one font each."""
        style = "B" if bold else ""
        if not self._fallbacks or text.isascii():
            return [(FONT, style, text)]
        runs: list[tuple[str, str, str]] = []
        for letter in text:
            fallback = None if ord(letter) in self._letters else self._family_for(ord(letter))
            # Fallback fonts come in one style; a box or a space stays in the report's font.
            family, kind = (fallback, "") if fallback else (FONT, style)
            if runs and runs[-1][:2] == (family, kind):
                runs[-1] = (family, kind, runs[-1][2] + letter)
            else:
                runs.append((family, kind, letter))
        return runs

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Inches `text` takes at `size` points (shaped, when it is written right to left)."""
        key = (text, bold)
        em = self._widths.get(key)
        if em is None:
            em = 0.0
            for family, style, letters, backwards in self.placed_runs(text, bold):
                self.pdf.set_font(family, style, 10)
                with self._shaping(backwards):
                    em += self.pdf.get_string_width(letters) / (10 / 72)
            self._widths[key] = em
        return em * size / 72

    def placed_runs(self, text: str, bold: bool = False) -> list[tuple[str, str, str, bool]]:
        """`text`'s runs as they sit on the page from left to right: (family, style, letters in
        reading order, whether they read right to left). Arabic or Hebrew in a note is put in
        its place by the Unicode bidirectional algorithm (fpdf2's), then shaped by HarfBuzz."""
        if not any(unicodedata.bidirectional(letter) in ("R", "AL") for letter in text):
            return [
                (family, style, letters, False) for family, style, letters in self.runs(text, bold)
            ]
        paragraph = BidiParagraph(text=text, base_direction=auto_detect_base_direction(text))
        placed: list[tuple[str, str, str, bool]] = []
        for letter in paragraph.get_reordered_characters():
            backwards = bool(letter.embedding_level % 2)
            ((family, style, _),) = self.runs(letter.character, bold) or [(FONT, "", "")]
            if placed and placed[-1][0:2] == (family, style) and placed[-1][3] is backwards:
                run = placed[-1][2]
                # Right-to-left letters arrive in screen order: kept in reading order for HarfBuzz.
                run = letter.character + run if backwards else run + letter.character
                placed[-1] = (family, style, run, backwards)
            else:
                placed.append((family, style, letter.character, backwards))
        return placed

    @contextmanager
    def _shaping(self, backwards: bool) -> Iterator[None]:
        """HarfBuzz shaping (joined Arabic letters, mirrored brackets) for a right-to-left run."""
        if not backwards:
            yield
            return
        self.pdf.set_text_shaping(use_shaping_engine=True, direction="rtl")
        try:
            yield
        finally:
            self.pdf.set_text_shaping(use_shaping_engine=False)

    def draw(self, x: float, baseline: float, letters: str, size: float, backwards: bool) -> None:
        """Print one run with its left end at `x` on `baseline` (the font is set)."""
        if not backwards:
            self.pdf.text(x, baseline, letters)
            return
        margin = self.pdf.c_margin
        with self._shaping(backwards):
            # cell() is fpdf2's shaping path; it puts the baseline 0.3 em below its top edge,
            # and the text a cell margin in from `x` unless the margin is taken away.
            self.pdf.c_margin = 0
            self.pdf.set_xy(x, baseline - 0.3 * size / 72)
            self.pdf.cell(h=0, text=letters)
            self.pdf.c_margin = margin

    def wrap(self, content: str, size: float, width: float, bold: bool = False) -> list[str]:
        """`content` broken into lines no wider than `width` inches, word by word."""
        space = self.width(" ", size, bold)
        lines: list[str] = []
        for paragraph in map(self.printable, content.splitlines() or [""]):
            # Bulleted lines hang under their first word, not under the bullet.
            hanging = "    " if paragraph.startswith("• ") else ""
            indent = self.width(hanging, size, bold) if hanging else 0.0
            line, used, has_word = "", 0.0, False
            for whole_word in paragraph.split():
                word = whole_word
                wide = self.width(word, size, bold)
                if has_word and used + space + wide <= width:
                    line, used = f"{line} {word}", used + space + wide
                    continue
                if has_word:
                    lines.append(line)
                    line, used = hanging, indent
                # A word longer than a whole line is cut where it must be.
                while used + wide > width and len(word) > 1:
                    cut = self._fitting(word, size, width - used, bold)
                    lines.append(line + word[:cut])
                    line, used, word = hanging, indent, word[cut:]
                    wide = self.width(word, size, bold)
                line, used, has_word = line + word, used + wide, True
            lines.append(line)
        return lines

    def _fitting(self, word: str, size: float, width: float, bold: bool) -> int:
        """How many of the word's first letters fit `width` (at least one)."""
        cut = len(word) - 1
        while cut > 1 and self.width(word[:cut], size, bold) > width:
            cut -= 1
        return cut


@dataclass(frozen=True)
class _Text:
    x: float
    baseline: float
    content: str
    size: float
    bold: bool
    colour: str
    align: Align


@dataclass(frozen=True)
class _Shape:
    x: float
    y: float
    width: float
    height: float  # 0 for a rule
    colour: str


class _Page:
    """One A4 page being laid out, with a writing position that moves down as text is added.

    Positions are in inches from the page's top-left corner.
    """

    def __init__(self, setter: Typesetter, report: Report, title: str) -> None:
        self.setter = setter
        self.words = wording(report.options.language)
        self.texts: list[_Text] = []
        self.shapes: list[_Shape] = []
        self.y = MARGIN
        self._header(report, title)

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: float = 9.5,
        *,
        bold: bool = False,
        colour: str = TEXT,
        align: Align = "left",
    ) -> None:
        """Place text with its top-left (or top-right) at x, y; each line of it below the last."""
        baseline = y + size * 0.93 / 72
        for line in content.split("\n"):
            if line:
                shown = self.setter.printable(line)
                self.texts.append(_Text(x, baseline, shown, size, bold, colour, align))
            baseline += _line_height(size)

    def rule(self, y: float | None = None, colour: str = RULE) -> None:
        """A thin horizontal line across the text width."""
        at = self.y if y is None else y
        self.shapes.append(_Shape(MARGIN, at, PAGE_WIDTH - 2 * MARGIN, 0, colour))

    def band(self, y: float, height: float, colour: str = SHADE) -> None:
        """A shaded band behind a table row or a notice."""
        self.shapes.append(_Shape(MARGIN - 0.05, y, PAGE_WIDTH - 2 * MARGIN + 0.1, height, colour))

    def wrap(self, content: str, size: float, width: float, bold: bool = False) -> list[str]:
        """`content` in lines that fit `width` inches."""
        return self.setter.wrap(content, size, width, bold)

    def line(
        self,
        content: str,
        size: float = 9.5,
        gap: float = 0.0,
        *,
        x_offset: float = 0.0,
        bold: bool = False,
        colour: str = TEXT,
    ) -> None:
        """Write wrapped text at the writing position and move below it."""
        lines = self.wrap(content, size, PAGE_WIDTH - 2 * MARGIN - x_offset, bold)
        self.text(MARGIN + x_offset, self.y, "\n".join(lines), size, bold=bold, colour=colour)
        self.y += _line_height(size) * len(lines) + gap

    def section(self, title: str) -> None:
        """A small bold section title with space above."""
        self.y += 0.12
        self.text(MARGIN, self.y, title, 11, bold=True)
        self.y += _line_height(11) + 0.03

    def remaining(self) -> float:
        """Inches left above the footer."""
        return FOOTER_TOP - self.y

    def _header(self, report: Report, title: str) -> None:
        options = report.options
        self.text(MARGIN, self.y, title, 16, bold=True)
        height = _line_height(16)
        if options.clinic.strip():
            # Beside the title where it leaves room (a German title runs longer), else below it.
            beside = PAGE_WIDTH - 2 * MARGIN - self.setter.width(title, 16, True) - 0.25
            if beside >= CLINIC_WIDTH / 2:
                top, width = self.y, min(CLINIC_WIDTH, beside)
            else:
                top, width = self.y + height, CLINIC_WIDTH
            clinic = self.wrap(options.clinic.strip(), 8.5, width)
            self.text(PAGE_WIDTH - MARGIN, top, "\n".join(clinic), 8.5, align="right", colour=MUTED)
            # A long one pushes the text down.
            height = max(height, top - self.y + _line_height(8.5) * len(clinic))
        self.y += height + 0.04
        words = self.words
        who = options.name.strip() or words.translate("Report", "Name not given")
        period = report.period
        count = period.days
        days = words.translate("Report", "%n day(s)", "", count)
        self.line(
            f"{who}  ·  {words.day(period.first)} – {words.day(period.last)} ({days})",
            9.5,
            colour=MUTED,
        )
        self.y += 0.06
        self.rule()
        self.y += 0.1

    def footer(self, number: int, total: int, generated: datetime) -> None:
        """The disclaimer, the date generated and the page number."""
        y = PAGE_HEIGHT - MARGIN - 0.2
        self.rule(y - 0.08)
        words = self.words
        made = words.translate("Report", "generated {day}").format(day=words.day(generated.date()))
        self.text(MARGIN, y, f"{disclaimer(words)}\n{APP_LINE} · {made}", 7, colour=MUTED)
        page = words.translate("Report", "Page {number} of {total}")
        self.text(
            PAGE_WIDTH - MARGIN,
            y + _line_height(7),  # under the disclaimer's end, which runs wide in German
            page.format(number=number, total=total),
            7,
            colour=MUTED,
            align="right",
        )

    def typeset(self) -> None:
        """Draw the page into the document: shapes first, so text is always on top."""
        pdf = self.setter.pdf
        pdf.add_page()
        pdf.set_line_width(0.6 / 72)
        for shape in self.shapes:
            if shape.height:
                pdf.set_fill_color(shape.colour)
                pdf.rect(shape.x, shape.y, shape.width, shape.height, style="F")
            else:
                pdf.set_draw_color(shape.colour)
                pdf.line(shape.x, shape.y, shape.x + shape.width, shape.y)
        for text in self.texts:
            x = text.x
            if text.align == "right":  # measured first: measuring sets a font of its own
                x -= self.setter.width(text.content, text.size, text.bold)
            runs = self.setter.placed_runs(text.content, text.bold)
            for family, style, letters, backwards in runs:
                wide = self.setter.width(letters, text.size, text.bold) if len(runs) > 1 else 0
                pdf.set_font(family, style, text.size)
                pdf.set_text_color(text.colour)
                self.setter.draw(x, text.baseline, letters, text.size, backwards)
                x += wide
