"""The report's chart scales and axes (report_charts.py), in matplotlib: the pain and reach
scales, whole-number counts, the date axis in the reader's language and event lines. The
Progress page paints the same scales with Qt (ui/progress/progress_charts.py), and both take
MANY_POINTS from domain.figures, so the page and the paper draw a day alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.ticker import MaxNLocator

from companion.domain.vocabulary import LegReach
from companion.reports.wording import Wording


def pain_scale(axes: Axes) -> None:
    """The 0-10 pain scale, a tick every 2 points, with room for a dot on 0 or 10."""
    axes.set_ylim(-0.3, 10.3)
    axes.set_yticks(range(0, 11, 2))


def reach_scale(axes: Axes, labels: Sequence[str], **font: Any) -> None:
    """Leg reach levels 0 (none) to 4 (foot), inverted: no leg symptoms at the top and the foot
    at the bottom, so symptoms retreating towards the back climb the chart like good news."""
    axes.set_yticks([reach.level for reach in LegReach], list(labels), **font)
    axes.set_ylim(len(LegReach) - 0.6, -0.4)


def whole_numbers(axes: Axes) -> None:
    """Counts of sessions and breaks are whole: no tick at 2.5 sessions."""
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))


def concise_dates(axes: Axes, most_ticks: int, words: Wording) -> None:
    """Dates under the axis that never overlap, whatever the period shown, with the month
    names of `words`' language."""
    locator = AutoDateLocator(maxticks=most_ticks)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(LocalDates(locator, words))


class LocalDates(ConciseDateFormatter):
    """matplotlib's concise date labels, with the month names of a language (its own come
    from strftime, in the process's locale, not the reader's)."""

    def __init__(self, locator: AutoDateLocator, words: Wording) -> None:
        # Placeholders in strftime's place: "%d" and "%Y" are numbers in every language.
        super().__init__(  # type: ignore[no-untyped-call]
            locator,
            formats=["%Y", "@%m", "%d", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", "@%m", "@%m-%d", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", "@%m %Y", "@%m-%d %Y", "@%m-%d %Y", "@%m-%d %Y %H:%M"],
        )
        self._words = words

    def _local(self, text: str) -> str:
        words = self._words
        text = re.sub(
            r"@(\d\d)-(\d\d)", lambda m: words.short_day(date(2000, int(m[1]), int(m[2]))), text
        )
        return re.sub(r"@(\d\d)", lambda m: words.month(date(2000, int(m[1]), 1)), text)

    def format_ticks(self, values: Any) -> list[str]:
        return [self._local(label) for label in super().format_ticks(values)]  # type: ignore[no-untyped-call]

    def get_offset(self) -> str:
        return self._local(super().get_offset())  # type: ignore[no-untyped-call]


def event_lines(axes: Axes, when: Any, colour: str, width: float) -> None:
    """A dotted line over the full height of the axes at each treatment or event, all in one
    collection: ten years of them stay one drawing operation."""
    axes.vlines(
        when,
        0,
        1,
        transform=axes.get_xaxis_transform(),  # x in data, y in axes
        colors=colour,
        linestyles=":",
        linewidth=width,
        zorder=0,
    )
