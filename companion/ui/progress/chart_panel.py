"""One chart of the Progress page: its canvas, what redraws it, and what the pointer picks."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from companion.domain.changes import Topic
from companion.ui.progress.chart_canvas import ChartCanvas
from companion.ui.progress.chart_plot import ChartStyle
from companion.ui.reports.report_language import app_report_language


@dataclass
class ChartPanel:
    """One chart on the page: its canvas, the topics that redraw it and what hovering shows."""

    key: str
    title: str
    topics: tuple[Topic, ...]
    height: int  # in lines of text, so the chart grows with the system font
    canvas: ChartCanvas | None = None
    caption: QLabel | None = None
    # Sorted x positions (days since 1970) of the days or bars, and what each one is;
    # the words are made only for the day pointed at (ten years are 3,650 days).
    hover_x: list[float] = field(default_factory=list)
    hover_days: list[date] = field(default_factory=list)
    describe: Callable[[date], str] = str
    half_width: float = 0.5  # half the days a point's day or a bar stands for
    chosen: int | None = None  # the day or bar last pointed at or stepped to with the keys

    @property
    def hover_reach(self) -> float:
        """How far from a day or bar's middle, in days, the pointer still picks it."""
        return max(0.75, self.half_width + 0.25)

    def text_at(self, index: int) -> str:
        """The words for the day or bar at `index` of `hover_days`."""
        return self.describe(self.hover_days[index])


def nearest(xs: Sequence[float], x: float, reach: float) -> int | None:
    """The index of the x nearest to `x`, if it lies within `reach`; xs are sorted."""
    index = bisect.bisect_left(xs, x)
    candidates = [i for i in (index - 1, index) if 0 <= i < len(xs)]
    if not candidates:
        return None
    best = min(candidates, key=lambda i: abs(xs[i] - x))
    return best if abs(xs[best] - x) <= reach else None


def chart_style(palette: QPalette) -> ChartStyle:
    """The charts' colours from the page's palette (light or dark), in the report's language."""
    base = palette.color(QPalette.ColorRole.Base)
    return ChartStyle.on(
        background=base.name(),
        text=palette.color(QPalette.ColorRole.Text).name(),
        grid=palette.color(QPalette.ColorRole.Mid).name(),
        dark=base.lightnessF() < 0.5,
        language=app_report_language(),
    )
