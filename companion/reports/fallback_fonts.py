"""A font on this computer for letters the report's own font lacks (Chinese, Japanese, Korean,
Arabic, Hindi...), so a note written in them prints as written.

The fonts are those matplotlib knows (its own and the system's, from its cached font list) of
families made to cover whole scripts; each is asked for its character map only when a letter
needs a font, and the answer is kept for the rest of the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Families that cover whole scripts, tried before the rest: Linux, Windows, macOS.
WIDE_FAMILIES = (
    "noto sans cjk",
    "noto sans",
    "source han sans",
    "droid sans fallback",
    "wenquanyi",
    "microsoft yahei",
    "yu gothic",
    "malgun gothic",
    "simsun",
    "nirmala ui",
    "segoe ui",
    "arial unicode",
    "pingfang",
    "hiragino",
    "apple sd gothic",
)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


@dataclass(frozen=True)
class FontFile:
    """A font file, and which font of a collection (.ttc) it is."""

    path: Path
    number: int = 0


def font_for(letter: str) -> FontFile | None:
    """A font file that can draw `letter`, or None if no font here can."""
    code = ord(letter)
    for font in _candidates():
        if code in _letters(font):
            return font
    return None


def letters_of(font: FontFile) -> frozenset[int]:
    """The code points `font` can draw."""
    return _letters(font)


@cache
def _candidates() -> tuple[FontFile, ...]:
    from matplotlib import font_manager

    def rank(entry: font_manager.FontEntry) -> tuple[int, int, str]:
        name = entry.name.casefold()
        wide = next((i for i, family in enumerate(WIDE_FAMILIES) if family in name), -1)
        plain = entry.style == "normal" and entry.weight in (400, "normal", "regular")
        return wide, 0 if plain else 1, str(entry.fname)

    # Only the families made to cover scripts: reading every font's map on a computer with
    # hundreds of them would hold the export up for seconds over one odd symbol.
    entries = sorted(
        (
            e
            for e in font_manager.fontManager.ttflist
            if str(e.fname).lower().endswith(FONT_SUFFIXES) and rank(e)[0] >= 0
        ),
        key=rank,
    )
    seen: dict[Path, FontFile] = {}
    for entry in entries:
        path = Path(entry.fname)
        seen.setdefault(path, FontFile(path))
    return tuple(seen.values())


@cache
def _letters(font: FontFile) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        with TTFont(font.path, lazy=True, fontNumber=font.number) as opened:
            return frozenset(opened.getBestCmap() or {})
    except Exception:  # a broken or unreadable font is simply not used
        return frozenset()
