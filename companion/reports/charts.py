"""Charts as matplotlib Figures (never pyplot: no global state, safe in any thread).

Every chart reads without colour: each series has its own marker, line style or hatch as well
as a colour from the Okabe-Ito palette, which stays distinct for the common colour-vision
deficiencies. Words go through `tr`, so the UI can pass Qt's translation in; the defaults are
the English source strings. Days are the user's local days, and moments are drawn at the
wall-clock time they carry (pass them already in the user's zone). Every chart's axes stand
between the same margins (`AlignedLayout`), so the charts stacked on a page share one time axis.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from io import BytesIO
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

from companion.domain.measures import Measure, MeasureResult, ThresholdKind
from companion.reports.chart_base import (
    MANY_POINTS,
    concise_dates,
    event_lines,
    pain_scale,
    reach_scale,
    whole_numbers,
)
from companion.reports.chart_words import REACH_LEVELS
from companion.reports.wording import ENGLISH, wording

Words = Callable[[str], str]
ROLLING_GAP_DAYS = 7  # the average line breaks where a week and more has no check-ins


def _as_is(text: str) -> str:
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


@dataclass(frozen=True)
class EventMark:
    """A treatment or event on the time axis; flare-ups get their own marker."""

    at: datetime
    label: str
    flare_up: bool = False


@dataclass(frozen=True)
class MeasureSeries:
    """One outcome measure's scores with the baseline they are judged against."""

    measure: Measure
    results: Sequence[MeasureResult]
    baseline: MeasureResult | None


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

    def __init__(self, tr: Words = _as_is) -> None:
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


def _figure(figure: Figure | None, style: ChartStyle, height: float, tr: Words) -> Figure:
    """A fresh figure, or `figure` emptied for a redraw on the same canvas; either way laid
    out with the margins every chart shares."""
    if figure is None:
        figure = Figure(figsize=(7.5, height))
    else:
        figure.clear()
    figure.set_layout_engine(AlignedLayout(tr))
    figure.set_facecolor(style.background)
    return figure


def _layout(figure: Figure) -> AlignedLayout:
    engine = figure.get_layout_engine()
    assert isinstance(engine, AlignedLayout)
    return engine


def _frame(axes: Axes, style: ChartStyle, ylabel: str) -> None:
    axes.set_facecolor(style.background)
    axes.set_ylabel(ylabel, color=style.text)
    axes.grid(True, color=style.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(colors=style.text)
    for spine in axes.spines.values():
        spine.set_color(style.grid)


def _wall_clock(times: Sequence[datetime]) -> Any:
    """Moments as matplotlib should place them: at the wall-clock time they carry.

    matplotlib would turn an aware datetime into UTC, while the day axis is in the user's
    local days; dropping the zone keeps 09:00 local at 09:00. One numpy array also converts
    ten years of check-ins at once instead of one by one.
    """
    return np.array([moment.replace(tzinfo=None) for moment in times], dtype="datetime64[us]")


def _noon(day: date) -> datetime:
    # A day's value sits in the middle of its day, between that day's raw points.
    return datetime.combine(day, time(12))


def _dates(axes: Axes, span: tuple[date, date] | None, style: ChartStyle) -> None:
    concise_dates(axes, 8, wording(style.language))
    if span is not None:
        first, last = span
        left: Any = datetime.combine(first, time())
        right: Any = datetime.combine(last + timedelta(days=1), time())
        axes.set_xlim(left, right)


def _nothing(axes: Axes, style: ChartStyle, message: str) -> None:
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


def _legend(figure: Figure, style: ChartStyle, columns: int = 3) -> None:
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
        _layout(figure).fit(legend, handles, labels, style.text, columns)


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


def _with_gaps(days: Sequence[date], values: Sequence[float]) -> tuple[list[Any], list[float]]:
    """Points for a line that breaks (NaN) where no check-in was made for a week or more."""
    xs: list[Any] = []
    ys: list[float] = []
    for index, (day, value) in enumerate(zip(days, values, strict=True)):
        if index and (day - days[index - 1]).days > ROLLING_GAP_DAYS:
            xs.append(_noon(day - timedelta(days=1)))
            ys.append(math.nan)
        xs.append(_noon(day))
        ys.append(value)
    return xs, ys


def _events(axes: Axes, events: Sequence[EventMark], style: ChartStyle, tr: Words) -> None:
    if not events:
        return
    where = axes.get_xaxis_transform()  # x in data, y in axes: markers sit on the top edge
    event_lines(axes, _wall_clock([event.at for event in events]), style.event, 1.2)
    for flare, marker, label in (
        (False, "v", tr("Treatment or event")),
        (True, "X", tr("Flare-up")),
    ):
        chosen = _wall_clock([event.at for event in events if event.flare_up is flare])
        if len(chosen):
            axes.scatter(
                chosen,
                [1.0] * len(chosen),
                transform=where,
                marker=marker,
                s=46,
                color=style.event,
                clip_on=False,
                zorder=4,
                label=label,
                gid="events",
            )


def pain_chart(
    times: Sequence[datetime],
    back: Sequence[int],
    leg: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    days: Sequence[date] = (),
    back_average: Sequence[float] = (),
    leg_average: Sequence[float] = (),
    events: Sequence[EventMark] = (),
    span: tuple[date, date] | None = None,
    tr: Words = _as_is,
    figure: Figure | None = None,
) -> Figure:
    """Back and leg pain (0-10): every check-in as a point, the 7-day average as a line.

    The raw points come first among the axes' lines (back, then leg), then the averages.
    """
    figure = _figure(figure, style, 3.4, tr)
    axes = figure.add_subplot()
    _frame(axes, style, tr("Pain (0-10)"))
    pain_scale(axes)
    if not times:
        _nothing(axes, style, tr("No check-ins in this period"))
        return figure
    when = _wall_clock(times)
    # Many points (a year and more) get smaller and fainter so the averages stay readable.
    size, alpha = (5.0, 0.75) if len(when) <= MANY_POINTS else (2.5, 0.4)
    axes.plot(
        when,
        back,
        marker="o",
        linestyle="none",
        markersize=size,
        alpha=alpha,
        color=style.back,
        label=tr("Back pain"),
    )
    axes.plot(
        when,
        leg,
        marker="s",
        linestyle="none",
        markersize=size,
        alpha=alpha,
        color=style.leg,
        label=tr("Leg pain"),
    )
    if days:
        xs, ys = _with_gaps(days, back_average)
        axes.plot(
            xs,
            ys,
            linestyle="-",
            linewidth=2.2,
            color=style.back,
            label=tr("Back pain, 7-day average"),
        )
        xs, ys = _with_gaps(days, leg_average)
        axes.plot(
            xs,
            ys,
            linestyle="--",
            linewidth=2.2,
            color=style.leg,
            label=tr("Leg pain, 7-day average"),
        )
    _events(axes, events, style, tr)
    _dates(axes, span, style)
    _legend(figure, style)
    return figure


def reach_chart(
    days: Sequence[date],
    levels: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    events: Sequence[EventMark] = (),
    span: tuple[date, date] | None = None,
    tr: Words = _as_is,
    figure: Figure | None = None,
) -> Figure:
    """How far down the leg symptoms reach each day (0 none - 4 foot), foot at the bottom, so
    symptoms retreating towards the back climb the chart like good news should."""
    figure = _figure(figure, style, 2.6, tr)
    axes = figure.add_subplot()
    _frame(axes, style, tr("Leg symptoms reach"))
    reach_scale(axes, [tr(word) for word in REACH_WORDS])
    if not days:
        _nothing(axes, style, tr("No check-ins in this period"))
        return figure
    xs, ys = _with_gaps(days, [float(level) for level in levels])
    axes.plot(
        xs,
        ys,
        marker="D",
        markersize=4 if len(days) <= MANY_POINTS else 2,
        linestyle="-",
        linewidth=1.4,
        drawstyle="steps-mid",
        color=style.reach,
        label=tr("Furthest reach that day"),
    )
    axes.text(
        0.005,
        0.98,
        tr("↑ closer to the back"),
        transform=axes.transAxes,
        ha="left",
        va="top",
        color=style.text,
        fontsize="small",
        # On the chart's own background, above the lines: an event marked near the start of
        # the period would otherwise run through the words.
        bbox={"facecolor": style.background, "edgecolor": "none", "pad": 1.5},
        zorder=5,
    )
    _events(axes, events, style, tr)
    _dates(axes, span, style)
    _legend(figure, style)
    return figure


def _hide_empty(bars: BarContainer) -> None:
    # An empty segment of a stack would still draw its outline as a stray line.
    for bar in bars:
        if bar.get_height() == 0:
            bar.set_visible(False)


def _bar_width(bucket_days: int) -> float:
    return {1: 0.8, 7: 6.0}.get(bucket_days, 26.0)


def _bar_x(starts: Sequence[date], bucket_days: int) -> list[Any]:
    # Bars sit across the days they count, not on their first day.
    middle = timedelta(days=_bar_width(bucket_days) / 2 + (0.1 if bucket_days == 1 else 0.5))
    return [datetime.combine(start, time()) + middle for start in starts]


def adherence_chart(
    starts: Sequence[date],
    done: Sequence[int],
    partial: Sequence[int],
    planned: Sequence[int | None],
    style: ChartStyle = ChartStyle(),
    *,
    bucket_days: int = 7,
    span: tuple[date, date] | None = None,
    tr: Words = _as_is,
    figure: Figure | None = None,
) -> Figure:
    """Exercise sessions done (solid) and stopped part-way (hatched) against those planned
    (an outline), per week; without a plan it says that only done sessions are shown."""
    figure = _figure(figure, style, 2.6, tr)
    axes = figure.add_subplot()
    per = {1: tr("Sessions a day"), 7: tr("Sessions a week")}.get(
        bucket_days, tr("Sessions a month")
    )
    _frame(axes, style, per)
    known_plan = any(p is not None for p in planned)
    if not known_plan:
        note = axes.set_title(
            tr("No programme says how many sessions to do, so only the sessions done are shown."),
            loc="left",
            fontsize="small",
            color=style.text,
        )
        _layout(figure).wrap(note)
    if not starts:
        _nothing(axes, style, tr("No exercise sessions in this period"))
        return figure
    xs = _bar_x(starts, bucket_days)
    width = _bar_width(bucket_days)
    axes.bar(xs, done, width, color=style.done, edgecolor=style.done, label=tr("Done"))
    stopped = axes.bar(
        xs,
        partial,
        width,
        bottom=done,
        color=style.background,
        edgecolor=style.partial,
        hatch="///",
        label=tr("Stopped part-way"),
    )
    _hide_empty(stopped)
    if known_plan:
        axes.bar(
            xs,
            [p or 0 for p in planned],
            width,
            fill=False,
            edgecolor=style.text,
            linestyle="--",
            linewidth=1.2,
            label=tr("Planned"),
        )
    whole_numbers(axes)
    _dates(axes, span, style)
    _legend(figure, style)
    return figure


def breaks_chart(
    starts: Sequence[date],
    taken: Sequence[int],
    snoozed: Sequence[int],
    skipped: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    bucket_days: int = 1,
    span: tuple[date, date] | None = None,
    tr: Words = _as_is,
    figure: Figure | None = None,
) -> Figure:
    """Sitting-break reminders stacked: taken (solid), snoozed (dotted), skipped (crossed)."""
    figure = _figure(figure, style, 2.6, tr)
    axes = figure.add_subplot()
    label = {1: tr("Sitting breaks a day"), 7: tr("Sitting breaks a week")}.get(
        bucket_days, tr("Sitting breaks a month")
    )
    _frame(axes, style, label)
    if not starts:
        _nothing(axes, style, tr("No sitting-break reminders in this period"))
        return figure
    xs = _bar_x(starts, bucket_days)
    width = _bar_width(bucket_days)
    below = [0] * len(starts)
    for values, colour, hatch, name in (
        (taken, style.taken, "", tr("Taken")),
        (snoozed, style.snoozed, "...", tr("Snoozed")),
        (skipped, style.skipped, "xx", tr("Skipped")),
    ):
        filled = hatch == ""
        segment = axes.bar(
            xs,
            values,
            width,
            bottom=below,
            color=colour if filled else style.background,
            edgecolor=colour,
            hatch=hatch or None,
            label=name,
            snap=False,  # see activity_chart
        )
        _hide_empty(segment)
        below = [b + v for b, v in zip(below, values, strict=True)]
    whole_numbers(axes)
    _dates(axes, span, style)
    _legend(figure, style)
    return figure


def activity_chart(
    starts: Sequence[date],
    minutes: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    bucket_days: int = 1,
    span: tuple[date, date] | None = None,
    tr: Words = _as_is,
    figure: Figure | None = None,
) -> Figure:
    """Minutes of walking, cycling, swimming and other activity logged, per bucket."""
    figure = _figure(figure, style, 2.4, tr)
    axes = figure.add_subplot()
    label = {1: tr("Active minutes a day"), 7: tr("Active minutes a week")}.get(
        bucket_days, tr("Active minutes a month")
    )
    _frame(axes, style, label)
    if not starts:
        _nothing(axes, style, tr("No activity logged in this period"))
        return figure
    axes.bar(
        _bar_x(starts, bucket_days),
        minutes,
        _bar_width(bucket_days),
        color=style.activity,
        label=tr("Minutes of activity"),
        # Snapped to whole pixels, a day's bar a few pixels wide loses its gap on some days
        # and not others, and months of bars turn into stripes and blocks.
        snap=False,
    )
    _dates(axes, span, style)
    return figure


def measures_chart(
    series: Sequence[MeasureSeries],
    style: ChartStyle = ChartStyle(),
    *,
    span: tuple[date, date] | None = None,
    tr: Words = _as_is,
    figure: Figure | None = None,
) -> Figure:
    """Each outcome measure against its baseline, with the band of changes too small to count
    as reaching the measure's threshold drawn around the baseline (none without one).

    The measures stand one above the other on one shared time axis, lined up with the days
    of the other charts.
    """
    shown = [s for s in series if s.results]
    figure = _figure(figure, style, 0.9 + 1.9 * max(1, len(shown)), tr)
    if not shown:
        axes = figure.add_subplot()
        _frame(axes, style, "")
        _nothing(axes, style, tr("No questionnaires answered in this period"))
        axes.set_yticks([])
        return figure
    markers = ("o", "s", "^", "D")
    column = figure.subplots(len(shown), 1, sharex=True, squeeze=False)[:, 0]
    for index, (axes, one) in enumerate(zip(column, shown, strict=True)):
        measure = one.measure
        direction = tr("lower is better") if measure.higher_is_worse else tr("higher is better")
        _frame(axes, style, tr("Score"))
        axes.set_title(f"{tr(measure.name)} ({direction})", color=style.text, fontsize="medium")
        axes.set_ylim(measure.low - 0.5, measure.high + 0.5)
        when: Any = [_noon(r.taken_on) for r in one.results]
        axes.plot(
            when,
            [r.score for r in one.results],
            marker=markers[index % len(markers)],
            linestyle="-",
            color=style.measure,
            label=tr(measure.name),
        )
        if one.baseline is not None:
            base = one.baseline.score
            axes.axhline(base, color=style.text, linestyle=":", linewidth=1.0)
            threshold = measure.threshold
            if threshold is not None and threshold.points is not None:
                axes.axhspan(
                    max(measure.low, base - threshold.points),
                    min(measure.high, base + threshold.points),
                    color=style.band,
                    alpha=0.25,
                    linewidth=0,
                    gid="change-threshold",
                )
                # Each measure's own term: a detectable change (PSFS, Stratford) says less
                # than a minimal important change (pain, questionnaires; Ostelo).
                if threshold.kind is ThresholdKind.DETECTABLE_CHANGE:
                    shaded = tr(
                        "Shaded: within {points} points of the baseline, "
                        "less than the detectable change"
                    )
                else:
                    shaded = tr(
                        "Shaded: within {points} points of the baseline, "
                        "less than the minimal important change"
                    )
                note = shaded.format(points=f"{threshold.points:g}")
            else:
                note = tr("No agreed threshold for change; dotted: baseline")
            _layout(figure).wrap(
                axes.text(
                    0.01,
                    0.02,
                    note,
                    transform=axes.transAxes,
                    fontsize="x-small",
                    color=style.text,
                    va="bottom",
                )
            )
        _dates(axes, span, style)
    return figure


def render_png(figure: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes, drawn without any GUI toolkit."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
