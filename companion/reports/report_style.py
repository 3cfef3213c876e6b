"""The report's page geometry and colours, shared by its text pages and its charts."""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 210 / 25.4, 297 / 25.4  # A4 in inches
PAGE_SIZE = (PAGE_WIDTH, PAGE_HEIGHT)
MARGIN = 0.65
TEXT = "#1d1d1f"
MUTED = "#5f6368"
RULE = "#c8ccd1"
SHADE = "#f1f3f4"
ALERT = "#b3261e"
ALERT_SHADE = "#fbe9e7"
GOOD = "#1e6b35"
BACK_COLOUR = "#1b6fa8"  # blue, circles, solid
LEG_COLOUR = "#c0562b"  # orange, squares, dashed
CHART_LEFT = MARGIN + 0.75  # room for the reach chart's words beside its axis
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}  # the fonts matplotlib ships


@dataclass(frozen=True)
class ChartSlots:
    """Where each chart's plotting area goes: (top, height) in inches from the page's top."""

    pain: tuple[float, float]
    reach: tuple[float, float]
    adherence: tuple[float, float]


def chart_box(slot: tuple[float, float]) -> tuple[float, float, float, float]:
    """A chart's slot (top, height: inches from the page's top) as matplotlib places axes on
    an A4 figure: left, bottom, width and height as fractions of the page, from the margin
    left of the chart's words to the right margin."""
    top, height = slot
    return (
        CHART_LEFT / PAGE_WIDTH,
        1 - (top + height) / PAGE_HEIGHT,
        (PAGE_WIDTH - MARGIN - CHART_LEFT) / PAGE_WIDTH,
        height / PAGE_HEIGHT,
    )
