"""Count charts of the Progress page: exercise sessions, sitting breaks and active minutes,
as bars per day, week or month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from companion.reports.chart_base import (
    whole_numbers,
)
from companion.reports.chart_layout import (
    ChartStyle,
    Words,
    as_is,
    date_axis,
    figure_legend,
    frame_axes,
    layout_of,
    new_figure,
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


def _count_axes(
    figure: Figure | None, style: ChartStyle, height: float, tr: Words, ylabel: str
) -> tuple[Figure, Axes]:
    """A count chart's figure with its one framed axes."""
    figure = new_figure(figure, style, height, tr)
    axes = figure.add_subplot()
    frame_axes(axes, style, ylabel)
    return figure, axes


def _per_bucket(bucket_days: int, a_day: str, a_week: str, a_month: str) -> str:
    """The axis label for bars that each count a day, a week or a month."""
    return {1: a_day, 7: a_week}.get(bucket_days, a_month)


def _with_dates_and_legend(
    figure: Figure, axes: Axes, span: tuple[date, date] | None, style: ChartStyle
) -> Figure:
    """A stacked count chart finished: whole-number counts, the dates, and the legend."""
    whole_numbers(axes)
    date_axis(axes, span, style)
    figure_legend(figure, style)
    return figure


def adherence_chart(
    starts: Sequence[date],
    done: Sequence[int],
    partial: Sequence[int],
    planned: Sequence[int | None],
    style: ChartStyle = ChartStyle(),
    *,
    bucket_days: int = 7,
    span: tuple[date, date] | None = None,
    tr: Words = as_is,
    figure: Figure | None = None,
) -> Figure:
    """Exercise sessions done (solid) and stopped part-way (hatched) against those planned
    (an outline), per week; without a plan it says that only done sessions are shown."""
    per = _per_bucket(
        bucket_days, tr("Sessions a day"), tr("Sessions a week"), tr("Sessions a month")
    )
    figure, axes = _count_axes(figure, style, 2.6, tr, per)
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
    return _with_dates_and_legend(figure, axes, span, style)


def breaks_chart(
    starts: Sequence[date],
    taken: Sequence[int],
    snoozed: Sequence[int],
    skipped: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    bucket_days: int = 1,
    span: tuple[date, date] | None = None,
    tr: Words = as_is,
    figure: Figure | None = None,
) -> Figure:
    """Sitting-break reminders stacked: taken (solid), snoozed (dotted), skipped (crossed)."""
    per = _per_bucket(
        bucket_days,
        tr("Sitting breaks a day"),
        tr("Sitting breaks a week"),
        tr("Sitting breaks a month"),
    )
    figure, axes = _count_axes(figure, style, 2.6, tr, per)
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
    return _with_dates_and_legend(figure, axes, span, style)


def activity_chart(
    starts: Sequence[date],
    minutes: Sequence[int],
    style: ChartStyle = ChartStyle(),
    *,
    bucket_days: int = 1,
    span: tuple[date, date] | None = None,
    tr: Words = as_is,
    figure: Figure | None = None,
) -> Figure:
    """Minutes of walking, cycling, swimming and other activity logged, per bucket."""
    per = _per_bucket(
        bucket_days,
        tr("Active minutes a day"),
        tr("Active minutes a week"),
        tr("Active minutes a month"),
    )
    figure, axes = _count_axes(figure, style, 2.4, tr, per)
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
    date_axis(axes, span, style)
    return figure
