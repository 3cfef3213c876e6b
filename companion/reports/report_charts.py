"""The report's charts page: matplotlib draws the axes, as vectors, on a transparent A4 page.

The page's words (header, section titles, captions) are typeset with the text pages and laid
over this one (pdf_report.py), so a chart only has to fill the slot it is given. Bars are one
collection per series: ten years are 522 weeks, and 1,044 separate rectangles took longer to
draw than the rest of the page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch
from matplotlib.textpath import TextToPath

from companion.domain.figures import MANY_POINTS
from companion.domain.report import Report
from companion.domain.vocabulary import LegReach
from companion.reports.chart_base import (
    concise_dates,
    event_lines,
    pain_scale,
    reach_scale,
    whole_numbers,
)
from companion.reports.report_style import (
    BACK_COLOUR,
    LEG_COLOUR,
    MUTED,
    PAGE_SIZE,
    RULE,
    SHADE,
    TEXT,
    ChartSlots,
    chart_box,
)
from companion.reports.report_words import reach_words
from companion.reports.wording import Wording, wording

CHART_STYLE: dict[str, Any] = {
    "pdf.fonttype": 42,  # TrueType: the tick labels stay real text
    "font.family": "DejaVu Sans",
}


def charts_figure(report: Report, slots: ChartSlots) -> Figure:
    """The three charts of the report on one transparent A4 figure, each in its slot."""
    # Inside the style from the start: texts take their font when they are made.
    with rc_context(CHART_STYLE):  # type: ignore[arg-type]
        figure = Figure(figsize=PAGE_SIZE)
        figure.patch.set_visible(False)  # the words of the page beneath show through
        _pain(_axes(figure, slots.pain), report)
        _reach(_axes(figure, slots.reach), report)
        _adherence(_axes(figure, slots.adherence), report)
    return figure


def charts_pdf(report: Report, slots: ChartSlots) -> bytes:
    """The charts as a one-page PDF, fonts embedded as TrueType."""
    out = io.BytesIO()
    with rc_context(CHART_STYLE):  # type: ignore[arg-type]
        charts_figure(report, slots).savefig(
            out, format="pdf", metadata={"Creator": None, "Producer": None}
        )
    return out.getvalue()


def _axes(figure: Figure, slot: tuple[float, float]) -> Axes:
    return figure.add_axes(chart_box(slot))


def _pain(axes: Axes, report: Report) -> None:
    words = wording(report.options.language)
    days = report.days
    when: Any = [d.day for d in days]
    if days:
        # Faint behind the means; plain when a few days are all there is (day one).
        faint = 0.35 if len(days) > 14 else 0.8
        axes.plot(when, [d.back for d in days], "o", ms=2, color=BACK_COLOUR, alpha=faint)
        axes.plot(when, [d.leg for d in days], "s", ms=2, color=LEG_COLOUR, alpha=faint)
        back_mean = words.translate("Report", "Back pain (7-day mean)")
        leg_mean = words.translate("Report", "Leg pain (7-day mean)")
        means = (
            ([d.back_average for d in days], "-", BACK_COLOUR, back_mean),
            ([d.leg_average for d in days], "--", LEG_COLOUR, leg_mean),
        )
        for values, line, colour, label in means:
            axes.plot(when, values, line, color=colour, lw=1.4, label=label)
        _legend(axes)
    pain_scale(axes)
    axes.set_ylabel(words.translate("Report", "Pain (0–10)"), fontsize=8)
    _date_axis(axes, report)
    _mark_events(axes, report)
    _style_axes(axes)


def _reach(axes: Axes, report: Report) -> None:
    words = wording(report.options.language)
    days = report.days
    if days:
        when: Any = [d.day for d in days]
        axes.step(
            when,
            [d.reach.level for d in days],
            where="mid",
            color=LEG_COLOUR,
            lw=1.0,
            # A day on its own (day one, a gap either side) still shows; years are a line.
            marker="D" if len(days) <= MANY_POINTS else "",
            ms=3,
        )
    reach_scale(axes, _reach_labels(words), fontsize=7.5)
    _date_axis(axes, report)
    _mark_events(axes, report)
    _style_axes(axes)


def _reach_labels(words: Wording) -> list[str]:
    """The reach axis's words, each no wider than the widest English one (the room the page
    leaves beside the axis): a longer one goes on two lines."""
    font = FontProperties(size=7.5)
    english = wording()
    room = max(_width(reach_words(english, r), font) for r in LegReach)
    labels = []
    for reach in LegReach:
        label = reach_words(words, reach)
        if _width(label, font) > room and " " in label:
            # Two lines as even as the words allow: "bis unter\ndas Knie".
            spaces = [i for i, letter in enumerate(label) if letter == " "]
            cut = min(spaces, key=lambda i: max(i, len(label) - i - 1))
            label = f"{label[:cut]}\n{label[cut + 1 :]}"
        labels.append(label)
    return labels


def _width(text: str, font: FontProperties) -> float:
    width, _height, _descent = TextToPath().get_text_width_height_descent(text, font, ismath=False)
    return float(width)


def _adherence(axes: Axes, report: Report) -> None:
    words = wording(report.options.language)
    weeks = report.weeks
    starts = [float(date2num(w.week_start)) for w in weeks]
    handles: list[Patch] = []
    if any(w.sessions_planned is not None for w in weeks):
        planned = [w.sessions_planned or 0 for w in weeks]
        axes.add_collection(
            PolyCollection(
                _bars(starts, planned, 0.5, 3.5),
                facecolors="none",
                edgecolors=MUTED,
                hatch="///",
                linewidths=0.5,
            )
        )
        handles.append(
            Patch(
                facecolor="none",
                edgecolor=MUTED,
                hatch="///",
                label=words.translate("Report", "Planned"),
            )
        )
    completed = [w.sessions_completed for w in weeks]
    axes.add_collection(PolyCollection(_bars(starts, completed, 3.5, 6.5), facecolors=BACK_COLOUR))
    handles.append(Patch(color=BACK_COLOUR, label=words.translate("Report", "Completed")))
    highest = max([*completed, *(w.sessions_planned or 0 for w in weeks), 1])
    axes.set_ylim(0, highest * 1.1)
    whole_numbers(axes)
    axes.legend(handles=handles, **_LEGEND)
    axes.set_ylabel(words.translate("Report", "Sessions"), fontsize=8)
    _date_axis(axes, report)
    _style_axes(axes)


def _bars(
    starts: Sequence[float], heights: Sequence[float], left: float, right: float
) -> list[list[tuple[float, float]]]:
    """One rectangle per week, from `left` to `right` days into the week."""
    return [
        [(x + left, 0), (x + left, h), (x + right, h), (x + right, 0)]
        for x, h in zip(starts, heights, strict=True)
        if h
    ]


# Above the plot, never over the data.
_LEGEND: dict[str, Any] = {
    "loc": "lower right",
    "bbox_to_anchor": (1.0, 1.0),
    "ncols": 2,
    "fontsize": 7.5,
    "frameon": False,
    "borderaxespad": 0.1,
}


def _legend(axes: Axes) -> None:
    axes.legend(**_LEGEND)


def _style_axes(axes: Axes) -> None:
    axes.grid(True, color=RULE, linewidth=0.5)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=7.5, colors=TEXT)
    for spine in axes.spines.values():
        spine.set_color(RULE)


def _date_axis(axes: Axes, report: Report) -> None:
    words = wording(report.options.language)
    concise_dates(axes, 9, words)
    axes.xaxis.get_offset_text().set(fontsize=7.5, color=MUTED)  # "2026-Nov" under short ticks
    # Whole weeks, so the first and the last week's bars show in full under every chart alike;
    # the days outside the period are shaded.
    period = report.period
    start: Any = period.first
    end: Any = period.last + timedelta(days=1)
    first_weekday = words.formats.first_weekday
    first: Any = period.first - timedelta(days=(period.first.weekday() - first_weekday) % 7)
    last: Any = period.last + timedelta(days=7 - (period.last.weekday() - first_weekday) % 7)
    axes.set_xlim(first, last)
    for left, right in ((first, start), (end, last)):
        if left < right:
            axes.axvspan(left, right, color=SHADE, lw=0, zorder=0)


def _mark_events(axes: Axes, report: Report) -> None:
    if not report.events:
        return
    when: Any = [event.occurred_at.astimezone().date() for event in report.events]
    event_lines(axes, when, MUTED, 0.8)
