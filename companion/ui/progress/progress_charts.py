"""The Progress page's six charts as `Plot`s: what each shows, built from the diary's figures.

No Qt and no matplotlib: the canvas (chart_canvas.py) paints what these describe,
and tests read it back. Words go through `tr`, so the page passes Qt's translation in ("Charts"
context, listed in chart_words.py); the defaults are the English source strings. Days are the
user's local days, and moments are drawn at the wall-clock time they carry.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.domain.figures import MANY_POINTS
from companion.domain.measures import Measure, MeasureResult, ThresholdKind
from companion.domain.vocabulary import LegReach
from companion.ui.progress.chart_plot import (
    Band,
    Bars,
    Baseline,
    ChartStyle,
    Events,
    Hatch,
    Line,
    Marker,
    Plot,
    Points,
    Row,
    Series,
    count_scale,
    day_number,
    moment_number,
    nice_ticks,
    noon_number,
)
from companion.ui.progress.chart_words import REACH_LEVELS

Words = Callable[[str], str]
ROLLING_GAP_DAYS = 7  # the average line breaks where a week and more has no check-ins
PAIN_TICKS = tuple((float(level), str(level)) for level in range(0, 11, 2))


def as_is(text: str) -> str:
    """The English source words, untranslated: the default `tr`."""
    return text


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


@dataclass(frozen=True)
class ChartFrame:
    """What every chart takes besides its values: the days shown, its colours and its words."""

    first: date
    last: date
    style: ChartStyle = field(default_factory=ChartStyle)
    tr: Words = as_is
    bucket_days: int = 1  # how many days one bar of a count chart counts


def with_gaps(days: Sequence[date], values: Sequence[float]) -> tuple[list[float], list[float]]:
    """Points at each day's noon for a line that breaks (NaN) where no check-in was made for a
    week or more."""
    xs: list[float] = []
    ys: list[float] = []
    for index, (day, value) in enumerate(zip(days, values, strict=True)):
        if index and (day - days[index - 1]).days > ROLLING_GAP_DAYS:
            xs.append(noon_number(day - timedelta(days=1)))
            ys.append(math.nan)
        xs.append(noon_number(day))
        ys.append(value)
    return xs, ys


def _events(events: Sequence[EventMark], frame: ChartFrame) -> list[Series]:
    if not events:
        return []
    tr = frame.tr  # a plain tr(...) call, as lupdate reads every chart word here
    return [
        Events(
            [moment_number(event.at) for event in events],
            [event.flare_up for event in events],
            frame.style.event,
            tr("Treatment or event"),
            tr("Flare-up"),
        )
    ]


def _plot(frame: ChartFrame, *rows: Row, heading: str = "", legend: bool = True) -> Plot:
    return Plot(rows, frame.first, frame.last, frame.style, heading, legend)


def pain_plot(
    times: Sequence[datetime],
    back: Sequence[int],
    leg: Sequence[int],
    frame: ChartFrame,
    *,
    days: Sequence[date] = (),
    back_average: Sequence[float] = (),
    leg_average: Sequence[float] = (),
    events: Sequence[EventMark] = (),
) -> Plot:
    """Back and leg pain (0-10): every check-in as a point, the 7-day average as a line.

    The raw points come first (back, then leg), then the averages, then the events.
    """
    style, tr = frame.style, frame.tr
    if not times:
        return _plot(frame, _pain_row(tr, empty=tr("No check-ins in this period")))
    when = [moment_number(moment) for moment in times]
    # Many points (a year and more) get smaller and fainter so the averages stay readable.
    size, opacity = (7.0, 0.75) if len(when) <= MANY_POINTS else (4.0, 0.4)
    series: list[Series] = [
        Points(tr("Back pain"), when, back, Marker.CIRCLE, style.back, size, opacity),
        Points(tr("Leg pain"), when, leg, Marker.SQUARE, style.leg, size, opacity),
    ]
    if days:
        for values, colour, dashed, label in (
            (back_average, style.back, False, tr("Back pain, 7-day average")),
            (leg_average, style.leg, True, tr("Leg pain, 7-day average")),
        ):
            xs, ys = with_gaps(days, values)
            series.append(Line(label, xs, ys, colour, 2.2, dashed=dashed))
    series += _events(events, frame)
    return _plot(frame, _pain_row(tr, series=series))


def _pain_row(tr: Words, series: Sequence[Series] = (), empty: str = "") -> Row:
    """The 0-10 pain scale, a tick every 2 points, with room for a dot on 0 or 10."""
    return Row(tr("Pain (0-10)"), -0.3, 10.3, PAIN_TICKS, series, empty=empty)


def reach_plot(
    days: Sequence[date],
    levels: Sequence[int],
    frame: ChartFrame,
    *,
    events: Sequence[EventMark] = (),
) -> Plot:
    """How far down the leg symptoms reach each day (0 none - 4 foot), foot at the bottom, so
    symptoms retreating towards the back climb the chart like good news should."""
    tr = frame.tr
    if not days:
        return _plot(frame, _reach_row(tr, empty=tr("No check-ins in this period")))
    xs, ys = with_gaps(days, [float(level) for level in levels])
    # Past a few months a day's diamond is narrower than itself: the steps alone read better,
    # as in the report.
    many = len(days) > MANY_POINTS
    line = Line(
        tr("Furthest reach that day"),
        xs,
        ys,
        frame.style.reach,
        1.2 if many else 1.6,
        steps=True,
        marker=None if many else Marker.DIAMOND,
        marker_size=7.0,
    )
    row = _reach_row(tr, [line, *_events(events, frame)], corner=tr("↑ closer to the back"))
    return _plot(frame, row)


def _reach_row(tr: Words, series: Sequence[Series] = (), empty: str = "", corner: str = "") -> Row:
    """Leg reach levels 0 (none) to 4 (foot), running down: no leg symptoms at the top and the
    foot at the bottom."""
    ticks = [
        (float(reach.level), tr(word)) for reach, word in zip(LegReach, REACH_LEVELS, strict=True)
    ]
    bottom = len(LegReach) - 0.6
    return Row(tr("Leg symptoms reach"), bottom, -0.4, ticks, series, corner=corner, empty=empty)


# --- Counts: a bar per day, week or month ------------------------------------------------------


def _bar_width(bucket_days: int) -> float:
    return {1: 0.8, 7: 6.0}.get(bucket_days, 26.0)


def _bar_x(starts: Sequence[date], bucket_days: int) -> list[float]:
    # Bars sit across the days they count, not on their first day.
    middle = _bar_width(bucket_days) / 2 + (0.1 if bucket_days == 1 else 0.5)
    return [day_number(start) + middle for start in starts]


def _count_row(
    frame: ChartFrame,
    per_bucket: tuple[str, str, str],
    tops: Sequence[float],
    series: Sequence[Series] = (),
    empty: str = "",
) -> Row:
    """A count chart's row, labelled by what one bar counts (`per_bucket`: the words for a day's,
    a week's and a month's bar), with whole numbers up the side."""
    a_day, a_week, a_month = per_bucket
    top, ticks = count_scale(tops)
    return Row(
        {1: a_day, 7: a_week}.get(frame.bucket_days, a_month),
        0.0,
        top,
        [(tick, f"{tick:g}") for tick in ticks],
        series,
        empty=empty,
    )


def sessions_plot(
    starts: Sequence[date],
    done: Sequence[int],
    partial: Sequence[int],
    planned: Sequence[int | None],
    frame: ChartFrame,
) -> Plot:
    """Exercise sessions done (solid) and stopped part-way (hatched) against those planned
    (a dashed outline); without a plan it says that only done sessions are shown."""
    style, tr = frame.style, frame.tr
    per = (tr("Sessions a day"), tr("Sessions a week"), tr("Sessions a month"))
    known_plan = any(p is not None for p in planned)
    heading = (
        ""
        if known_plan
        else tr("No programme says how many sessions to do, so only the sessions done are shown.")
    )
    if not starts:
        row = _count_row(frame, per, (), empty=tr("No exercise sessions in this period"))
        return _plot(frame, row, heading=heading)
    xs, width = _bar_x(starts, frame.bucket_days), _bar_width(frame.bucket_days)
    series: list[Series] = [
        Bars(tr("Done"), xs, done, width, style.done),
        Bars(tr("Stopped part-way"), xs, partial, width, style.partial, done, Hatch.DIAGONAL),
    ]
    plan = [p or 0 for p in planned]
    if known_plan:
        series.append(Bars(tr("Planned"), xs, plan, width, style.text, outline_only=True))
    tops = [d + p for d, p in zip(done, partial, strict=True)] + plan
    return _plot(frame, _count_row(frame, per, tops, series), heading=heading)


def breaks_plot(
    starts: Sequence[date],
    taken: Sequence[int],
    snoozed: Sequence[int],
    skipped: Sequence[int],
    frame: ChartFrame,
) -> Plot:
    """Sitting-break reminders stacked: taken (solid), snoozed (dotted), skipped (crossed)."""
    style, tr = frame.style, frame.tr
    per = (tr("Sitting breaks a day"), tr("Sitting breaks a week"), tr("Sitting breaks a month"))
    if not starts:
        empty = tr("No sitting-break reminders in this period")
        return _plot(frame, _count_row(frame, per, (), empty=empty))
    xs, width = _bar_x(starts, frame.bucket_days), _bar_width(frame.bucket_days)
    below = [0] * len(starts)
    series: list[Series] = []
    for values, colour, hatch, name in (
        (taken, style.taken, Hatch.SOLID, tr("Taken")),
        (snoozed, style.snoozed, Hatch.DOTS, tr("Snoozed")),
        (skipped, style.skipped, Hatch.CROSSED, tr("Skipped")),
    ):
        series.append(Bars(name, xs, values, width, colour, below, hatch))
        below = [b + v for b, v in zip(below, values, strict=True)]
    return _plot(frame, _count_row(frame, per, below, series))


def activity_plot(starts: Sequence[date], minutes: Sequence[int], frame: ChartFrame) -> Plot:
    """Minutes of walking, cycling, swimming and other activity logged, per bucket."""
    style, tr = frame.style, frame.tr
    per = (tr("Active minutes a day"), tr("Active minutes a week"), tr("Active minutes a month"))
    if not starts:
        empty = tr("No activity logged in this period")
        return _plot(frame, _count_row(frame, per, (), empty=empty), legend=False)
    bars = Bars(
        tr("Minutes of activity"),
        _bar_x(starts, frame.bucket_days),
        minutes,
        _bar_width(frame.bucket_days),
        style.activity,
    )
    return _plot(frame, _count_row(frame, per, minutes, [bars]), legend=False)


# --- Questionnaires ------------------------------------------------------------------------------

MEASURE_MARKERS = (Marker.CIRCLE, Marker.SQUARE, Marker.TRIANGLE_UP, Marker.DIAMOND)


def measures_plot(series: Sequence[MeasureSeries], frame: ChartFrame) -> Plot:
    """Each outcome measure against its baseline, with the band of changes too small to count
    as reaching the measure's threshold drawn around the baseline (none without one).

    The measures stand one above the other on one shared time axis, lined up with the days of
    the other charts.
    """
    style, tr = frame.style, frame.tr
    shown = [s for s in series if s.results]
    if not shown:
        empty = tr("No questionnaires answered in this period")
        return _plot(frame, Row("", 0.0, 1.0, (), empty=empty), legend=False)
    rows = []
    for index, one in enumerate(shown):
        measure = one.measure
        direction = tr("lower is better") if measure.higher_is_worse else tr("higher is better")
        drawn: list[Series] = []
        note = ""
        if one.baseline is not None:
            base = one.baseline.score
            threshold = measure.threshold
            if threshold is not None and threshold.points is not None:
                low = max(measure.low, base - threshold.points)
                high = min(measure.high, base + threshold.points)
                drawn.append(Band(low, high, style.band))
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
            drawn.append(Baseline(base, style.text))
        drawn.append(
            Line(
                tr(measure.name),
                [noon_number(result.taken_on) for result in one.results],
                [result.score for result in one.results],
                style.measure,
                1.6,
                marker=MEASURE_MARKERS[index % len(MEASURE_MARKERS)],
                marker_size=7.0,
            )
        )
        ticks = [(tick, f"{tick:g}") for tick in nice_ticks(measure.low, measure.high)]
        rows.append(
            Row(
                tr("Score"),
                measure.low - 0.5,
                measure.high + 0.5,
                ticks,
                drawn,
                title=f"{tr(measure.name)} ({direction})",
                note=note,
            )
        )
    return _plot(frame, *rows, legend=False)
