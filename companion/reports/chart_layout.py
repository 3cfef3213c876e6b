"""What every Progress chart shares: the palette, the margins that line the charts up on one
time axis, the legend that fits its width, the frame, the date axis and the empty-period note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any, Final

import numpy as np
from matplotlib import rcParams
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.textpath import TextToPath
from matplotlib.transforms import Bbox, blended_transform_factory

from companion.reports.chart_base import (
    concise_dates,
)
from companion.reports.chart_words import REACH_LEVELS
from companion.reports.wording import ENGLISH, wording

Words = Callable[[str], str]


def as_is(text: str) -> str:
    """The English source words, untranslated: the default `tr`."""
    return text


@dataclass(frozen=True)
class ChartStyle:
    """Colours that follow the app's palette; shapes, dashes and hatches carry meaning too."""

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


REACH_WORDS = REACH_LEVELS  # levels 0-4, as the Progress page's reach axis shows them
WIDEST_COUNT = "00000"  # the widest number a count axis is expected to show
EDGE_POINTS = 4.0  # room between a chart's words and the figure's edge
LEGEND_PLACE: Final = "outside upper center"  # above the plot, where constrained layout makes room


@cache
def _measurer() -> TextToPath:
    return TextToPath()


def _text_size(text: str, font: FontProperties) -> tuple[float, float]:
    """Width and height of one line of text in points, the same for every figure and dpi."""
    width, height, _descent = _measurer().get_text_width_height_descent(text, font, ismath=False)
    return width, height


@dataclass
class _FittedLegend:
    legend: Legend
    handles: list[Any]
    labels: list[str]
    colour: str
    columns: int  # the most it may have
    shown: int  # the columns it has now

    def set_columns(self, count: int) -> None:
        if count == self.shown:
            return
        self.legend.set_ncols(count)
        # matplotlib lays a legend's entries out once, when it is made, and set_ncols alone
        # changes nothing drawn; a legend made anew during a draw would only show at the next
        # draw. So its entries are laid out again in place, and placed, untitled and
        # coloured as when it was made (tests/unit/reports/test_charts.py checks each).
        self.legend._init_legend_box(self.handles, self.labels)  # type: ignore[attr-defined]
        self.legend.set_loc(LEGEND_PLACE)
        self.legend.set_title("")
        for text in self.legend.get_texts():
            text.set_color(self.colour)
        self.shown = count


class AlignedLayout(ConstrainedLayoutEngine):
    """Constrained layout for the heights, with every axes between the same left and right
    margins, each a fixed length rather than a share of the width, so the charts stacked on a
    page share one time axis at any width.

    The left margin holds the widest left decoration any chart can have (the leg-reach words
    in the user's language, or a five-digit count) and the axis label; the right margin holds
    half a date label at the axes' edge. Both come from the words and the fonts, never from
    one chart's own ticks, so every chart drawn with the same `tr` gets the same margins.
    """

    def __init__(self, tr: Words = as_is) -> None:
        super().__init__()
        ticks = FontProperties(size=rcParams["ytick.labelsize"])
        label = FontProperties(size=rcParams["axes.labelsize"])
        widest = max(_text_size(word, ticks)[0] for word in (*map(tr, REACH_WORDS), WIDEST_COUNT))
        # The axis label stands upright, so its line height is the width it takes.
        self._label_edge = EDGE_POINTS + _text_size("(lp)", label)[1]
        tick_room = rcParams["ytick.major.size"] + rcParams["ytick.major.pad"]
        # Margins in points: the axes start `left_margin` from the figure's left edge and end
        # `right_margin` from its right edge, at any figure width.
        self.left_margin = self._label_edge + rcParams["axes.labelpad"] + tick_room + widest
        dates = FontProperties(size=rcParams["xtick.labelsize"])
        self.right_margin = EDGE_POINTS + _text_size(WIDEST_COUNT[:4], dates)[0] / 2
        self._wrapped: list[tuple[Text, str]] = []
        self._legends: list[_FittedLegend] = []

    def wrap(self, text: Text) -> None:
        """Break a left-aligned text in axes coordinates into lines that fit its axes."""
        self._wrapped.append((text, text.get_text()))

    def fit(
        self, legend: Legend, handles: list[Any], labels: list[str], colour: str, columns: int
    ) -> None:
        """Let a figure legend made with `handles`, `labels` (its words in `colour`) and
        `columns` take fewer columns where the figure is too narrow, and take them back
        where there is room."""
        self._legends.append(_FittedLegend(legend, handles, labels, colour, columns, columns))

    def execute(self, fig: Figure) -> Any:
        """Lay the figure out: heights by constrained layout, then the fixed margins."""
        width = fig.get_figwidth() * 72  # points
        room = width - self.left_margin - self.right_margin
        for text, source in self._wrapped:
            start = float(text.get_position()[0])
            text.set_text(_wrapped(source, text.get_fontproperties(), room * (1 - start)))
        widest = fig.bbox.width - fig.dpi * 2 * EDGE_POINTS / 72  # pixels
        for fitted in self._legends:
            for count in range(fitted.columns, 0, -1):
                fitted.set_columns(count)
                if fitted.legend.get_window_extent().width <= widest:
                    break
        result = super().execute(fig)
        left, right = self.left_margin / width, 1 - self.right_margin / width
        for axes in fig.axes:
            box = axes.get_position(original=True)
            axes.set_position(Bbox.from_extents(left, box.y0, right, box.y1))
            axes.set_in_layout(True)  # set_position took it out of the layout
            # The axis labels stand in one column at the figure's edge, whatever the ticks.
            where = blended_transform_factory(fig.dpi_scale_trans, axes.transAxes)
            axes.yaxis.set_label_coords(self._label_edge / 72, 0.5, transform=where)
        return result


def _wrapped(text: str, font: FontProperties, width: float) -> str:
    """`text` broken at spaces into lines no wider than `width` points (a longer word stays)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            longer = f"{line} {word}" if line else word
            if line and _text_size(longer, font)[0] > width - EDGE_POINTS:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return "\n".join(lines)


def new_figure(figure: Figure | None, style: ChartStyle, height: float, tr: Words) -> Figure:
    """A fresh figure, or `figure` emptied for a redraw on the same canvas; either way laid
    out with the margins every chart shares."""
    if figure is None:
        figure = Figure(figsize=(7.5, height))
    else:
        figure.clear()
    figure.set_layout_engine(AlignedLayout(tr))
    figure.set_facecolor(style.background)
    return figure


def layout_of(figure: Figure) -> AlignedLayout:
    """The shared-margin layout a chart's figure was made with."""
    engine = figure.get_layout_engine()
    assert isinstance(engine, AlignedLayout)
    return engine


def frame_axes(axes: Axes, style: ChartStyle, ylabel: str) -> None:
    """Background, grid, ticks and axis label in the style's colours."""
    axes.set_facecolor(style.background)
    axes.set_ylabel(ylabel, color=style.text)
    axes.grid(True, color=style.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(colors=style.text)
    for spine in axes.spines.values():
        spine.set_color(style.grid)


def wall_clock(times: Sequence[datetime]) -> Any:
    """Moments as matplotlib should place them: at the wall-clock time they carry.

    matplotlib would turn an aware datetime into UTC, while the day axis is in the user's
    local days; dropping the zone keeps 09:00 local at 09:00. One numpy array also converts
    ten years of check-ins at once instead of one by one.
    """
    return np.array([moment.replace(tzinfo=None) for moment in times], dtype="datetime64[us]")


def noon(day: date) -> datetime:
    """Midday of `day`: a day's value sits there, between that day's raw points."""
    return datetime.combine(day, time(12))


def date_axis(axes: Axes, span: tuple[date, date] | None, style: ChartStyle) -> None:
    """Date labels in the style's language across the whole period shown."""
    concise_dates(axes, 8, wording(style.language))
    if span is not None:
        first, last = span
        left: Any = datetime.combine(first, time())
        right: Any = datetime.combine(last + timedelta(days=1), time())
        axes.set_xlim(left, right)


def say_nothing(axes: Axes, style: ChartStyle, message: str) -> None:
    """A note in the middle of an empty chart saying what is missing."""
    axes.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        transform=axes.transAxes,
        color=style.text,
        gid="empty",
    )
    axes.set_xticks([])


def framed_chart(
    figure: Figure | None, style: ChartStyle, height: float, tr: Words, ylabel: str
) -> tuple[Figure, Axes]:
    """A one-plot chart's figure (`new_figure`) with its axes framed and labelled `ylabel`."""
    figure = new_figure(figure, style, height, tr)
    axes = figure.add_subplot()
    frame_axes(axes, style, ylabel)
    return figure, axes


def dated_with_legend(
    figure: Figure, axes: Axes, span: tuple[date, date] | None, style: ChartStyle
) -> Figure:
    """A one-plot chart finished: the dates across `span` below, the legend above."""
    date_axis(axes, span, style)
    figure_legend(figure, style)
    return figure


def figure_legend(figure: Figure, style: ChartStyle, columns: int = 3) -> None:
    """One legend above the plot for every series of the figure, fitted to its width."""
    handles: list[Any] = []
    labels: list[str] = []
    for axes in figure.axes:
        more_handles, more_labels = axes.get_legend_handles_labels()
        handles += [_key_of(handle) for handle in more_handles]
        labels += more_labels
    if handles:
        columns = min(columns, len(handles))
        legend = figure.legend(
            handles,
            labels,
            loc=LEGEND_PLACE,
            ncols=columns,
            frameon=False,
            labelcolor=style.text,
            fontsize="small",
        )
        layout_of(figure).fit(legend, handles, labels, style.text, columns)


def _key_of(handle: Any) -> Any:
    """A bar series' legend key drawn from its style, not from its first bar (which may be an
    empty, hidden segment)."""
    if not isinstance(handle, BarContainer) or not handle.patches:
        return handle
    first = handle.patches[0]
    return Patch(
        facecolor=first.get_facecolor(),
        edgecolor=first.get_edgecolor(),
        hatch=first.get_hatch(),
        fill=first.get_fill(),
        linestyle=first.get_linestyle(),
    )
