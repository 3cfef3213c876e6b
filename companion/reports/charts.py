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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from io import BytesIO
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from companion.domain.measures import Measure, MeasureResult, ThresholdKind
from companion.reports.chart_base import (
    MANY_POINTS,
    event_lines,
    pain_scale,
    reach_scale,
)
from companion.reports.chart_layout import (
    REACH_WORDS,
    ChartStyle,
    Words,
    as_is,
    date_axis,
    dated_with_legend,
    frame_axes,
    framed_chart,
    layout_of,
    new_figure,
    noon,
    say_nothing,
    wall_clock,
)

ROLLING_GAP_DAYS = 7  # the average line breaks where a week and more has no check-ins


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


def _with_gaps(days: Sequence[date], values: Sequence[float]) -> tuple[list[Any], list[float]]:
    """Points for a line that breaks (NaN) where no check-in was made for a week or more."""
    xs: list[Any] = []
    ys: list[float] = []
    for index, (day, value) in enumerate(zip(days, values, strict=True)):
        if index and (day - days[index - 1]).days > ROLLING_GAP_DAYS:
            xs.append(noon(day - timedelta(days=1)))
            ys.append(math.nan)
        xs.append(noon(day))
        ys.append(value)
    return xs, ys


def _events(axes: Axes, events: Sequence[EventMark], style: ChartStyle, tr: Words) -> None:
    if not events:
        return
    where = axes.get_xaxis_transform()  # x in data, y in axes: markers sit on the top edge
    event_lines(axes, wall_clock([event.at for event in events]), style.event, 1.2)
    for flare, marker, label in (
        (False, "v", tr("Treatment or event")),
        (True, "X", tr("Flare-up")),
    ):
        chosen = wall_clock([event.at for event in events if event.flare_up is flare])
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
    tr: Words = as_is,
    figure: Figure | None = None,
) -> Figure:
    """Back and leg pain (0-10): every check-in as a point, the 7-day average as a line.

    The raw points come first among the axes' lines (back, then leg), then the averages.
    """
    figure, axes = framed_chart(figure, style, 3.4, tr, tr("Pain (0-10)"))
    pain_scale(axes)
    if not times:
        say_nothing(axes, style, tr("No check-ins in this period"))
        return figure
    when = wall_clock(times)
    # Many points (a year and more) get smaller and fainter so the averages stay readable.
    size, alpha = (5.0, 0.75) if len(when) <= MANY_POINTS else (2.5, 0.4)
    # Back and leg each keep their own marker and line style: the chart reads without colour.
    points = ((back, "o", style.back, tr("Back pain")), (leg, "s", style.leg, tr("Leg pain")))
    for values, marker, colour, label in points:
        axes.plot(
            when,
            values,
            marker=marker,
            linestyle="none",
            markersize=size,
            alpha=alpha,
            color=colour,
            label=label,
        )
    averages = (
        (back_average, "-", style.back, tr("Back pain, 7-day average")),
        (leg_average, "--", style.leg, tr("Leg pain, 7-day average")),
    )
    for series, line, colour, label in averages if days else ():
        xs, ys = _with_gaps(days, series)
        axes.plot(xs, ys, linestyle=line, linewidth=2.2, color=colour, label=label)
    _events(axes, events, style, tr)
    return dated_with_legend(figure, axes, span, style)


def reach_chart(
    days: Sequence[date],
    levels: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    events: Sequence[EventMark] = (),
    span: tuple[date, date] | None = None,
    tr: Words = as_is,
    figure: Figure | None = None,
) -> Figure:
    """How far down the leg symptoms reach each day (0 none - 4 foot), foot at the bottom, so
    symptoms retreating towards the back climb the chart like good news should."""
    figure, axes = framed_chart(figure, style, 2.6, tr, tr("Leg symptoms reach"))
    reach_scale(axes, [tr(word) for word in REACH_WORDS])
    if not days:
        say_nothing(axes, style, tr("No check-ins in this period"))
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
    return dated_with_legend(figure, axes, span, style)


def measures_chart(
    series: Sequence[MeasureSeries],
    style: ChartStyle = ChartStyle(),
    *,
    span: tuple[date, date] | None = None,
    tr: Words = as_is,
    figure: Figure | None = None,
) -> Figure:
    """Each outcome measure against its baseline, with the band of changes too small to count
    as reaching the measure's threshold drawn around the baseline (none without one).

    The measures stand one above the other on one shared time axis, lined up with the days
    of the other charts.
    """
    shown = [s for s in series if s.results]
    figure = new_figure(figure, style, 0.9 + 1.9 * max(1, len(shown)), tr)
    if not shown:
        axes = figure.add_subplot()
        frame_axes(axes, style, "")
        say_nothing(axes, style, tr("No questionnaires answered in this period"))
        axes.set_yticks([])
        return figure
    markers = ("o", "s", "^", "D")
    column = figure.subplots(len(shown), 1, sharex=True, squeeze=False)[:, 0]
    for index, (axes, one) in enumerate(zip(column, shown, strict=True)):
        measure = one.measure
        direction = tr("lower is better") if measure.higher_is_worse else tr("higher is better")
        frame_axes(axes, style, tr("Score"))
        axes.set_title(f"{tr(measure.name)} ({direction})", color=style.text, fontsize="medium")
        axes.set_ylim(measure.low - 0.5, measure.high + 0.5)
        when: Any = [noon(r.taken_on) for r in one.results]
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
            layout_of(figure).wrap(
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
        date_axis(axes, span, style)
    return figure


def render_png(figure: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes, drawn without any GUI toolkit."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
