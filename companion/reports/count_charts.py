"""Count charts of the Progress page: exercise sessions, sitting breaks and active minutes,
as bars per day, week or month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from companion.reports.chart_base import whole_numbers
from companion.reports.chart_layout import (
    ChartStyle,
    Words,
    as_is,
    date_axis,
    dated_with_legend,
    framed_chart,
    layout_of,
    say_nothing,
)


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


@dataclass(frozen=True)
class CountChartOptions:
    """What every count chart takes besides its counts: how it looks, how many days a bar
    counts, the dates shown, its words, and the figure to draw in (a new one if None)."""

    style: ChartStyle = field(default_factory=ChartStyle)
    bucket_days: int = 1
    span: tuple[date, date] | None = None
    tr: Words = as_is
    figure: Figure | None = None


DAILY = CountChartOptions()
WEEKLY = CountChartOptions(bucket_days=7)


def _count_axes(
    options: CountChartOptions, height: float, per_bucket: tuple[str, str, str]
) -> tuple[Figure, Axes]:
    """A count chart's figure with its one framed axes, labelled by what one bar counts
    (`per_bucket`: the words for a day's, a week's and a month's bar)."""
    a_day, a_week, a_month = per_bucket
    ylabel = {1: a_day, 7: a_week}.get(options.bucket_days, a_month)
    return framed_chart(options.figure, options.style, height, options.tr, ylabel)


def _with_dates_and_legend(figure: Figure, axes: Axes, options: CountChartOptions) -> Figure:
    """A stacked count chart finished: whole-number counts, the dates, and the legend."""
    whole_numbers(axes)
    return dated_with_legend(figure, axes, options.span, options.style)


def adherence_chart(
    starts: Sequence[date],
    done: Sequence[int],
    partial: Sequence[int],
    planned: Sequence[int | None],
    options: CountChartOptions = WEEKLY,
) -> Figure:
    """Exercise sessions done (solid) and stopped part-way (hatched) against those planned
    (an outline), per week; without a plan it says that only done sessions are shown."""
    style, tr, bucket_days = options.style, options.tr, options.bucket_days
    per = (tr("Sessions a day"), tr("Sessions a week"), tr("Sessions a month"))
    figure, axes = _count_axes(options, 2.6, per)
    known_plan = any(p is not None for p in planned)
    if not known_plan:
        note = axes.set_title(
            tr("No programme says how many sessions to do, so only the sessions done are shown."),
            loc="left",
            fontsize="small",
            color=style.text,
        )
        layout_of(figure).wrap(note)
    if not starts:
        say_nothing(axes, style, tr("No exercise sessions in this period"))
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
    return _with_dates_and_legend(figure, axes, options)


def breaks_chart(
    starts: Sequence[date],
    taken: Sequence[int],
    snoozed: Sequence[int],
    skipped: Sequence[int],
    options: CountChartOptions = DAILY,
) -> Figure:
    """Sitting-break reminders stacked: taken (solid), snoozed (dotted), skipped (crossed)."""
    style, tr, bucket_days = options.style, options.tr, options.bucket_days
    per = (tr("Sitting breaks a day"), tr("Sitting breaks a week"), tr("Sitting breaks a month"))
    figure, axes = _count_axes(options, 2.6, per)
    if not starts:
        say_nothing(axes, style, tr("No sitting-break reminders in this period"))
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
    return _with_dates_and_legend(figure, axes, options)


def activity_chart(
    starts: Sequence[date],
    minutes: Sequence[int],
    options: CountChartOptions = DAILY,
) -> Figure:
    """Minutes of walking, cycling, swimming and other activity logged, per bucket."""
    style, tr, bucket_days = options.style, options.tr, options.bucket_days
    per = (tr("Active minutes a day"), tr("Active minutes a week"), tr("Active minutes a month"))
    figure, axes = _count_axes(options, 2.4, per)
    if not starts:
        say_nothing(axes, style, tr("No activity logged in this period"))
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
    date_axis(axes, options.span, style)
    return figure
