"""What a chart on the Progress page shows, as plain values: its rows, scales, series and words.

The builders (progress_charts.py) make these from the diary's figures; the canvas
(chart_canvas.py) paints them. Nothing here knows Qt, so a chart's contents are tested without a
screen. The x axis counts days since 1970-01-01: a moment at 18:00 is `day + 0.75`, at the
wall-clock time it carries in the user's zone.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from companion.reports.wording import ENGLISH

EPOCH = date(1970, 1, 1)


def day_number(day: date) -> float:
    """Where a day starts on the x axis."""
    return float((day - EPOCH).days)


def moment_number(moment: datetime) -> float:
    """Where a moment stands on the x axis: at the wall-clock time it carries (an aware moment
    is drawn in its own zone, never turned into UTC, so 09:00 local stands at 09:00)."""
    clock = moment.time()
    seconds = clock.hour * 3600 + clock.minute * 60 + clock.second + clock.microsecond / 1e6
    return day_number(moment.date()) + seconds / 86400


def noon_number(day: date) -> float:
    """Midday of `day`: a day's value sits there, between that day's raw points."""
    return day_number(day) + 0.5


@dataclass(frozen=True)
class ChartStyle:
    """Colours that follow the app's palette; shapes, dashes and hatches carry meaning too.

    Every series has a colour from the Okabe-Ito palette, which stays distinct for the common
    colour-vision deficiencies, and a marker, dash or hatch of its own, so a chart reads
    without colour.
    """

    background: str = "#ffffff"
    text: str = "#202124"
    grid: str = "#d0d4d9"
    back: str = "#0072b2"  # blue, circles, solid
    leg: str = "#d55e00"  # vermillion, squares, dashed
    reach: str = "#009e73"  # bluish green, diamonds
    done: str = "#0072b2"
    partial: str = "#56b4e9"
    taken: str = "#009e73"
    snoozed: str = "#e69f00"
    skipped: str = "#cc79a7"
    activity: str = "#0072b2"
    measure: str = "#0072b2"
    band: str = "#999999"
    event: str = "#6b6b6b"
    # The language of the date labels (month names): the page's, as its other words.
    language: str = ENGLISH

    @classmethod
    def on(
        cls, background: str, text: str, grid: str, dark: bool, language: str = ENGLISH
    ) -> ChartStyle:
        """The style for a palette; a dark one gets the palette's lighter, brighter members."""
        if not dark:
            return cls(background=background, text=text, grid=grid, language=language)
        return cls(
            background=background,
            text=text,
            grid=grid,
            language=language,
            back="#56b4e9",
            leg="#e69f00",
            reach="#2fc79b",
            done="#56b4e9",
            partial="#a6d8f5",
            taken="#2fc79b",
            snoozed="#f0e442",
            skipped="#e69ccb",
            activity="#56b4e9",
            measure="#56b4e9",
            band="#8c8c8c",
            event="#b0b0b0",
        )


class Marker(enum.Enum):
    """The shape of a point: each series its own, so the chart reads without colour."""

    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE_UP = "triangle up"
    TRIANGLE_DOWN = "triangle down"
    CROSS = "cross"


class Hatch(enum.Enum):
    """How a bar is filled: solid, or an outline with a pattern in its colour."""

    SOLID = "solid"
    DIAGONAL = "diagonal"
    DOTS = "dots"
    CROSSED = "crossed"


@dataclass(frozen=True)
class Points:
    """Values as unconnected markers (every check-in)."""

    label: str
    xs: Sequence[float]
    ys: Sequence[float]
    marker: Marker
    colour: str
    size: float  # the marker's width in pixels at 96 dpi
    opacity: float = 1.0


@dataclass(frozen=True)
class Line:
    """Values joined by a line that breaks at NaN; `steps` holds each value until halfway to
    the next, as a level that lasts a day should."""

    label: str
    xs: Sequence[float]
    ys: Sequence[float]
    colour: str
    width: float
    dashed: bool = False
    steps: bool = False
    marker: Marker | None = None
    marker_size: float = 0.0


@dataclass(frozen=True)
class Bars:
    """One bar per x (its middle), `width` days wide, standing on `bottoms` (a stack)."""

    label: str
    xs: Sequence[float]
    heights: Sequence[float]
    width: float
    colour: str
    bottoms: Sequence[float] = ()
    hatch: Hatch = Hatch.SOLID
    outline_only: bool = False  # dashed outline, nothing inside: what was planned

    def boxes(self) -> list[tuple[float, float, float]]:
        """(x, bottom, top) of every bar with a height: an empty segment of a stack draws
        nothing at all, not even its outline."""
        bottoms = self.bottoms or [0.0] * len(self.xs)
        return [
            (x, bottom, bottom + height)
            for x, height, bottom in zip(self.xs, self.heights, bottoms, strict=True)
            if height
        ]


@dataclass(frozen=True)
class Events:
    """Treatments and events: a dotted line over the row's full height at each, and a marker on
    its top edge, a flare-up with a shape of its own."""

    xs: Sequence[float]
    flare_ups: Sequence[bool]
    colour: str
    label: str  # for treatments and other events
    flare_up_label: str


@dataclass(frozen=True)
class Baseline:
    """A dotted level across the row: the score every later one is judged against."""

    y: float
    colour: str


@dataclass(frozen=True)
class Band:
    """A shaded band across the row: changes too small to count."""

    low: float
    high: float
    colour: str
    opacity: float = 0.25


Series = Points | Line | Bars | Events | Baseline | Band


@dataclass(frozen=True)
class LegendKey:
    """One entry of a legend: the words and how its series looks."""

    label: str
    look: Points | Line | Bars | Marker
    colour: str


@dataclass(frozen=True)
class Row:
    """One plot of a chart: its value scale and what it draws; rows stack on one time axis.

    `top` and `bottom` are the values at the plot's top and bottom edges, so a scale may run
    downwards (the leg reach: the foot at the bottom)."""

    ylabel: str
    bottom: float
    top: float
    ticks: Sequence[tuple[float, str]]
    series: Sequence[Series] = ()
    title: str = ""  # above the row
    note: str = ""  # small words at the row's bottom left, wrapped within it
    corner: str = ""  # small words at the row's top left, over what is drawn
    empty: str = ""  # said in the middle of a row with nothing to draw


@dataclass(frozen=True)
class Plot:
    """A whole chart: its rows over the days `first` to `last` (both shown whole)."""

    rows: Sequence[Row]
    first: date
    last: date
    style: ChartStyle = field(default_factory=ChartStyle)
    heading: str = ""  # small words above the legend, wrapped
    legend: bool = True

    @property
    def x_range(self) -> tuple[float, float]:
        return day_number(self.first), day_number(self.last) + 1

    def legend_keys(self) -> list[LegendKey]:
        """Every labelled series once, in the order drawn."""
        if not self.legend:
            return []
        keys: list[LegendKey] = []
        for row in self.rows:
            for series in row.series:
                if isinstance(series, Events):
                    for flare, label, marker in (
                        (False, series.label, Marker.TRIANGLE_DOWN),
                        (True, series.flare_up_label, Marker.CROSS),
                    ):
                        if flare in series.flare_ups:
                            keys.append(LegendKey(label, marker, series.colour))
                elif isinstance(series, Points | Line | Bars) and series.label:
                    keys.append(LegendKey(series.label, series, series.colour))
        return keys

    def series_labelled(self, label: str) -> Series:
        """The one series with this label (for tests and the reader)."""
        (found,) = [
            s for row in self.rows for s in row.series if getattr(s, "label", None) == label
        ]
        return found


def nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round tick values from `low` to `high` (1, 2 or 5 times a power of ten apart), at most
    `most` of them, every one within the range."""
    span = max(high - low, 1e-9)
    magnitude = 10 ** math.floor(math.log10(span))
    for step in (m * magnitude / 10 for m in (1, 2, 5, 10, 20, 50, 100)):
        first = math.ceil(low / step - 1e-9) * step
        count = math.floor((high - first) / step + 1e-9) + 1
        if count <= most:
            return [round(first + n * step, 10) for n in range(count)]
    return [low, high]


def count_scale(values: Sequence[float]) -> tuple[float, list[float]]:
    """The top of a count axis and its ticks: whole numbers only (no tick at 2.5 sessions), with
    a little room above the tallest bar."""
    tallest = max((v for v in values if v), default=0.0)
    top = max(tallest * 1.05, 1.0)
    ticks = [t for t in nice_ticks(0, top) if t == int(t)]
    if len(ticks) < 2:
        ticks = [0.0, 1.0]
    return max(top, ticks[-1]), ticks
