"""Pseudo-localisation: every translated text 40% longer and in brackets, as a layout test mode.

A translator that answers every `tr()` with "[Ŝëttîñgš ~~~~]" shows, in English, where a longer
language will be cut: German runs about 30% longer, so a page that fits this mode fits German.
The brackets show where a text is clipped at either end, and accented letters show text that
skipped translation (it stays plain ASCII). Placeholders, HTML tags and the "&" of an
accelerator pass through untouched, so every text still formats and every shortcut still works.

Start the app in this mode with `COMPANION_LANGUAGE=pseudo`; the layout tests install it directly.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

# How much longer than the English source every text becomes (German ~30%, Finnish more).
GROWTH = 0.4

# What must pass through unchanged: {named} and %n / %1 placeholders, HTML tags and entities,
# and an accelerator's "&x" (and the literal "&&"). Lines are padded one by one.
_KEEP = re.compile(r"\{[^{}]*\}|%[nL]?\d*|<[^<>]*>|&[a-z]+;|&&|&\w")

_ACCENTED = str.maketrans(
    "AaCcEeGgIiNnOoSsUuYyZz",
    "ÅåÇçËëĜĝÎîÑñÖöŜŝÜüÝýŽž",
)


def pseudo_text(source: str) -> str:
    """`source` accented, each line padded to 140% of its length, bracketed; placeholders kept."""
    if not source.strip():
        return source
    return "[" + "\n".join(_pseudo_line(line) for line in source.split("\n")) + "]"


def _pseudo_line(line: str) -> str:
    parts: list[str] = []
    letters = 0
    position = 0
    for match in [*_KEEP.finditer(line), None]:
        end = len(line) if match is None else match.start()
        plain = line[position:end]
        parts.append(plain.translate(_ACCENTED))
        letters += len(plain)
        if match is not None:
            parts.append(match.group())
            position = match.end()
    return "".join(parts) + _padding(math.ceil(letters * GROWTH))


def _padding(length: int) -> str:
    # Words of up to six letters, as real text has: one long run could not wrap, and a label
    # would then be measured wider than any translation would make it.
    words, left = [], length
    while left > 0:
        word = min(left, 6)
        words.append("~" * word)
        left -= word + 1
    return "".join(f" {word}" for word in words)


class PseudoTranslator(QTranslator):
    """Answers every translation request with the pseudo-localised source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The pseudo text of `source_text` (Qt replaces %n afterwards)."""
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False
