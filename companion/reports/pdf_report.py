"""The progress report as a PDF: a first page a physiotherapist takes in within a minute, then
charts, a table per week, events and notes.

Drawn with matplotlib (never pyplot) on A4 pages. Text is embedded as TrueType (Type 42), so
it can be searched and copied, and the charts stay vector. Tables are drawn one text block per
column rather than one per cell: a ten-year report has thousands of cells.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import IO, Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from companion.domain.measures import PAIN_MCID, Verdict
from companion.domain.report import (
    REACH_WORDS,
    DayPain,
    PainComparison,
    Report,
    WeekRow,
)
from companion.domain.vocabulary import LegReach, TriageLevel

PAGE_WIDTH, PAGE_HEIGHT = 8.27, 11.69  # A4 in inches
MARGIN = 0.65
TEXT = "#1d1d1f"
MUTED = "#5f6368"
RULE = "#c8ccd1"
SHADE = "#f1f3f4"
ALERT = "#b3261e"
GOOD = "#1e6b35"
BACK_COLOUR = "#1b6fa8"  # blue, circles, solid
LEG_COLOUR = "#c0562b"  # orange, squares, dashed
WEEK_ROWS_PER_PAGE = 48
EVENTS_ON_FIRST_PAGE = 6
LABEL_WIDTH = 1.75  # inches: "17 Oct 2026 · Questionnaire" beside each note
APP_LINE = "Sciatica Companion"
DISCLAIMER = (
    "Patient-reported data recorded at home. It supports, and does not replace, clinical "
    "assessment."
)
PDF_STYLE: dict[str, Any] = {
    "pdf.fonttype": 42,  # TrueType: real, searchable, copyable text
    "font.family": "DejaVu Sans",
    "svg.fonttype": "none",
}


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _short_day(day: date) -> str:
    return f"{day.day} {day:%b}"


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return str(round(value)) if abs(value - round(value)) < 1e-9 else f"{value:.1f}"


class _Page:
    """One A4 page with a writing position that moves down as text is added."""

    def __init__(self, report: Report, title: str) -> None:
        self.figure = Figure(figsize=(PAGE_WIDTH, PAGE_HEIGHT), facecolor="white")
        self.y = MARGIN  # inches from the top
        self._header(report, title)

    # Positions are in inches from the top-left corner, turned into figure fractions here.
    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return x / PAGE_WIDTH, 1 - y / PAGE_HEIGHT

    def text(self, x: float, y: float, content: str, size: float = 9.5, **style: Any) -> None:
        """Place text with its top-left (or top-right with ha="right") at x, y inches."""
        if "\n" not in content:
            # One line sits on its baseline, so cells of one row line up whatever their letters.
            y += size * 0.93 / 72
            style.setdefault("va", "baseline")
        fx, fy = self._xy(x, y)
        style.setdefault("color", TEXT)
        style.setdefault("va", "top")
        self.figure.text(fx, fy, content, fontsize=size, linespacing=1.3, **style)

    def rule(self, y: float | None = None, colour: str = RULE) -> None:
        """A thin horizontal line across the text width."""
        at = self.y if y is None else y
        fy = 1 - at / PAGE_HEIGHT
        self.figure.add_artist(
            matplotlib.lines.Line2D(
                [MARGIN / PAGE_WIDTH, 1 - MARGIN / PAGE_WIDTH], [fy, fy], color=colour, lw=0.6
            )
        )

    def band(self, y: float, height: float, colour: str = SHADE) -> None:
        """A shaded band behind a table row or a notice."""
        fx, fy = self._xy(MARGIN - 0.05, y + height)
        self.figure.add_artist(
            Rectangle(
                (fx, fy),
                (PAGE_WIDTH - 2 * MARGIN + 0.1) / PAGE_WIDTH,
                height / PAGE_HEIGHT,
                facecolor=colour,
                edgecolor="none",
                zorder=-1,
            )
        )

    def line(self, content: str, size: float = 9.5, gap: float = 0.0, **style: Any) -> None:
        """Write wrapped text at the writing position and move below it."""
        offset = style.pop("x_offset", 0.0)
        lines = _wrap(content, size, PAGE_WIDTH - 2 * MARGIN - offset)
        self.text(MARGIN + offset, self.y, "\n".join(lines), size, **style)
        self.y += _line_height(size) * len(lines) + gap

    def section(self, title: str) -> None:
        """A small bold section title with space above."""
        self.y += 0.12
        self.text(MARGIN, self.y, title, 11, weight="bold")
        self.y += _line_height(11) + 0.03

    def remaining(self) -> float:
        """Inches left above the footer."""
        return PAGE_HEIGHT - MARGIN - 0.45 - self.y

    def _header(self, report: Report, title: str) -> None:
        options = report.options
        self.text(MARGIN, self.y, title, 16, weight="bold")
        if options.clinic.strip():
            self.text(
                PAGE_WIDTH - MARGIN,
                self.y,
                "\n".join(_wrap(options.clinic.strip(), 8.5, 3.2)),
                8.5,
                ha="right",
                color=MUTED,
                multialignment="right",
            )
        self.y += _line_height(16) + 0.04
        who = options.name.strip() or "Name not given"
        period = report.period
        self.text(
            MARGIN,
            self.y,
            f"{who}  ·  {_day(period.start)} – {_day(period.end)} ({period.days} days)",
            9.5,
            color=MUTED,
        )
        self.y += _line_height(9.5) + 0.06
        self.rule()
        self.y += 0.1

    def footer(self, number: int, total: int, generated: datetime) -> None:
        """The disclaimer, the date generated and the page number."""
        y = PAGE_HEIGHT - MARGIN - 0.2
        self.rule(y - 0.08)
        self.text(
            MARGIN,
            y,
            f"{DISCLAIMER}\n{APP_LINE} · generated {_day(generated.date())}",
            7,
            color=MUTED,
        )
        self.text(PAGE_WIDTH - MARGIN, y, f"Page {number} of {total}", 7, color=MUTED, ha="right")


def _line_height(size: float) -> float:
    return size * 1.3 / 72


def _text_width(size: float) -> float:
    return size * 0.5 / 72


def _wrap(content: str, size: float, width_inches: float) -> list[str]:
    # An average DejaVu Sans letter of running text is just under 0.5 em wide.
    chars = max(10, int(width_inches / _text_width(size)))
    lines: list[str] = []
    for paragraph in content.splitlines() or [""]:
        # Bulleted lines hang under their first word, not under the bullet.
        hanging = "    " if paragraph.startswith("• ") else ""
        wrapped = textwrap.wrap(paragraph, chars, break_long_words=True, subsequent_indent=hanging)
        lines.extend(wrapped or [""])
    return lines


# --- Page one --------------------------------------------------------------------------------


def _first_page(report: Report) -> _Page:
    page = _Page(report, "Sciatica progress report")
    _alerts(page, report)
    page.line(
        f"{report.checkin_count} check-ins on {report.days_with_checkins} of "
        f"{report.period.days} days.",
        9.5,
        color=MUTED,
    )
    if report.is_empty:
        page.section("Nothing recorded")
        page.line("Nothing was recorded in this period. Choose a longer period.", 10)
        return page

    for write in (_pain_section, _exercise_section, _measures_section, _screenings_section):
        write(page, report)
    _events_section(page, report)
    return page


def _pain_section(page: _Page, report: Report) -> None:
    page.section("Pain (0–10): average of the first and the last week")
    _pain_table(page, (report.leg, report.back))
    windows = ""
    if report.leg.baseline_days and report.leg.current_days:
        (a, b), (c, d) = report.leg.baseline_days, report.leg.current_days
        windows = f" First week {_short_day(a)}–{_day(b)}; last week {_short_day(c)}–{_day(d)}."
    page.line(
        f"Meaningful change: {_number(PAIN_MCID.points)} points or {_number(PAIN_MCID.percent)}% "
        f"(Ostelo 2008).{windows}",
        8,
        color=MUTED,
    )

    page.section("Leg symptoms")
    page.line(report.reach.sentence, 9.5)
    if report.reach.furthest is not None:
        page.line(f"Furthest in the period: {REACH_WORDS[report.reach.furthest]}.", 9.5)


def _exercise_section(page: _Page, report: Report) -> None:
    page.section("Exercise")
    page.line(report.adherence.sentence, 9.5)
    if report.worse_exercises:
        page.line('Exercises that drew "worse" responses:', 9.5, gap=0.02)
        for item in report.worse_exercises[:5]:
            page.line(
                f"• {item.name}: worse {item.worse}×, worse but settling "
                f"{item.worse_but_settling}× (done {item.times_done}×)",
                9.5,
                x_offset=0.15,
            )
        if len(report.worse_exercises) > 5:
            page.line(f"  and {len(report.worse_exercises) - 5} more.", 9.5, color=MUTED)
    else:
        page.line('No exercise drew a "worse" response.', 9.5)


def _measures_section(page: _Page, report: Report) -> None:
    page.section("Outcome measures")
    if report.measures:
        for measure in report.measures:
            sittings = f"{measure.sittings} {'sitting' if measure.sittings == 1 else 'sittings'}"
            about = f"{measure.scale}; {sittings}" if measure.scale else sittings
            page.line(
                f"• {measure.sentence} ({about})",
                9.5,
                x_offset=0.15,
            )
    else:
        page.line("No outcome measure was taken in this period.", 9.5)


def _screenings_section(page: _Page, report: Report) -> None:
    page.section("Red-flag screenings")
    page.line(_screening_summary(report), 9.5)
    flagged = [s for s in report.screenings if s.level is not TriageLevel.CLEAR]
    for screening in flagged[-5:]:
        findings = f": {', '.join(screening.findings)}" if screening.findings else ""
        urgent = screening.level in (TriageLevel.EMERGENCY, TriageLevel.SAME_DAY)
        page.line(
            f"• {_day(screening.taken_at.astimezone().date())}: {screening.result}{findings}",
            9.5,
            x_offset=0.15,
            color=ALERT if urgent else TEXT,
            weight="bold" if urgent else "normal",
        )


def _events_section(page: _Page, report: Report) -> None:
    page.section("Treatments and events")
    if report.events:
        shown = report.events[-EVENTS_ON_FIRST_PAGE:]
        for event in shown:
            page.line(
                f"• {_day(event.occurred_at.astimezone().date())}: {event.label}",
                9.5,
                x_offset=0.15,
            )
        if len(report.events) > len(shown):
            page.line(
                f"{len(report.events) - len(shown)} earlier events are listed on the events page.",
                8.5,
                color=MUTED,
            )
    else:
        page.line("None recorded.", 9.5)


def _alerts(page: _Page, report: Report) -> None:
    urgent = [
        s for s in report.screenings if s.level in (TriageLevel.EMERGENCY, TriageLevel.SAME_DAY)
    ]
    worse = [
        c.name
        for c in (report.leg, report.back)
        if c.change is not None and c.change.verdict is Verdict.MEANINGFUL_WORSENING
    ]
    messages = []
    if urgent:
        last = urgent[-1]
        messages.append(
            f"Attention: {len(urgent)} red-flag screening(s) led to urgent advice, the latest on "
            f"{_day(last.taken_at.astimezone().date())} ({last.result})."
        )
    if worse:
        messages.append(f"Attention: {' and '.join(worse)} meaningfully worse than at the start.")
    if not messages:
        return
    lines = sum(len(_wrap(m, 10, PAGE_WIDTH - 2 * MARGIN - 0.2)) for m in messages)
    height = lines * _line_height(10) + 0.12
    page.band(page.y - 0.04, height, "#fbe9e7")
    for message in messages:
        page.line(message, 10, color=ALERT, weight="bold", x_offset=0.05)
    page.y += 0.1


def _pain_table(page: _Page, rows: Sequence[PainComparison]) -> None:
    columns = [
        (MARGIN, "", "left"),
        (MARGIN + 2.0, "First week", "right"),
        (MARGIN + 3.0, "Last week", "right"),
        (MARGIN + 3.9, "Change", "right"),
        (MARGIN + 4.15, "Verdict", "left"),
    ]
    height = _line_height(10)
    for x, title, align in columns:
        page.text(x, page.y, title, 8.5, ha=align, color=MUTED)
    page.y += _line_height(8.5) + 0.02
    for index, row in enumerate(rows):
        if index % 2 == 0:
            page.band(page.y - 0.03, height + 0.04)
        change = (
            f"{row.change.points:+.1f}".replace("+0.0", "0").replace("-0.0", "0")
            if row.change
            else "–"
        )
        verdict = row.flag
        alarming = row.change is not None and row.change.verdict is Verdict.MEANINGFUL_WORSENING
        good = row.change is not None and row.change.verdict is Verdict.MEANINGFUL_IMPROVEMENT
        cells = [row.name, _mean(row.baseline), _mean(row.current), change, verdict]
        for (x, _title, align), cell in zip(columns, cells, strict=True):
            bold = cell == row.name or (cell == verdict and (alarming or good))
            page.text(
                x,
                page.y,
                cell,
                10,
                ha=align,
                weight="bold" if bold else "normal",
                color=ALERT
                if cell == verdict and alarming
                else GOOD
                if cell == verdict and good
                else TEXT,
            )
        page.y += height + 0.04
    page.y += 0.04


def _screening_summary(report: Report) -> str:
    if not report.screenings:
        return "No red-flag screening was done in this period."
    counts: dict[TriageLevel, int] = {}
    for screening in report.screenings:
        counts[screening.level] = counts.get(screening.level, 0) + 1
    parts = [f"{counts[level]} {_level_short(level)}" for level in TriageLevel if level in counts]
    total = len(report.screenings)
    return f"{total} {'screening' if total == 1 else 'screenings'}: {', '.join(parts)}."


def _level_short(level: TriageLevel) -> str:
    return {
        TriageLevel.EMERGENCY: "emergency",
        TriageLevel.SAME_DAY: "same-day review",
        TriageLevel.ROUTINE: "routine review",
        TriageLevel.CLEAR: "clear",
    }[level]


# --- Charts ----------------------------------------------------------------------------------


def _rolling(days: Sequence[DayPain], value: Callable[[DayPain], float]) -> list[float]:
    """Seven-day rolling mean of every rating (weighted by the day's check-ins)."""
    result: list[float] = []
    start = 0
    total = weight = 0.0
    for day in days:
        total += value(day) * day.checkins
        weight += day.checkins
        while (day.day - days[start].day).days >= 7:
            total -= value(days[start]) * days[start].checkins
            weight -= days[start].checkins
            start += 1
        result.append(total / weight if weight else math.nan)
    return result


def _legend(axes: Axes) -> None:
    # Above the plot, never over the data.
    axes.legend(
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncols=2,
        fontsize=7.5,
        frameon=False,
        borderaxespad=0.1,
    )


def _style_axes(axes: Axes) -> None:
    axes.grid(True, color=RULE, linewidth=0.5)
    axes.tick_params(labelsize=7.5, colors=TEXT)
    for spine in axes.spines.values():
        spine.set_color(RULE)


def _date_axis(axes: Axes, report: Report) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(maxticks=9)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    start: Any = report.period.start
    end: Any = report.period.end + timedelta(days=1)
    axes.set_xlim(start, end)


def _mark_events(axes: Axes, report: Report) -> None:
    if not report.events:
        return
    # One collection for all events: ten years of them stay one drawing operation.
    when: Any = [event.occurred_at.astimezone().date() for event in report.events]
    axes.vlines(
        when,
        0,
        1,
        transform=axes.get_xaxis_transform(),
        colors=MUTED,
        linestyles=":",
        linewidth=0.8,
        zorder=0,
    )


def _chart_axes(page: _Page, height: float, legend: bool = True) -> Axes:
    """Axes of `height` inches across the page, with room for a legend above and dates below."""
    top = page.y + (0.22 if legend else 0.05)
    left = MARGIN + 0.75  # room for the reach chart's words
    axes = page.figure.add_axes(
        (
            left / PAGE_WIDTH,
            1 - (top + height) / PAGE_HEIGHT,
            (PAGE_WIDTH - MARGIN - left) / PAGE_WIDTH,
            height / PAGE_HEIGHT,
        )
    )
    page.y = top + height + 0.35
    return axes


def _charts_page(report: Report) -> _Page:
    page = _Page(report, "Charts")
    days = report.days

    page.section("Back and leg pain: daily averages and 7-day rolling mean")
    axes = _chart_axes(page, 2.4)
    when: Any = [d.day for d in days]
    if days:
        axes.plot(when, [d.back for d in days], "o", ms=2, color=BACK_COLOUR, alpha=0.35)
        axes.plot(when, [d.leg for d in days], "s", ms=2, color=LEG_COLOUR, alpha=0.35)
        axes.plot(
            when,
            _rolling(days, lambda d: d.back),
            "-",
            color=BACK_COLOUR,
            lw=1.4,
            label="Back pain (7-day mean)",
        )
        axes.plot(
            when,
            _rolling(days, lambda d: d.leg),
            "--",
            color=LEG_COLOUR,
            lw=1.4,
            label="Leg pain (7-day mean)",
        )
        _legend(axes)
    axes.set_ylim(-0.3, 10.3)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel("Pain (0–10)", fontsize=8)
    _date_axis(axes, report)
    _mark_events(axes, report)
    _style_axes(axes)
    if report.events:
        page.line("Dotted vertical lines mark treatments and events.", 7.5, color=MUTED)

    page.section("How far the leg symptoms reach (lower is closer to the back: better)")
    axes = _chart_axes(page, 1.7, legend=False)
    if days:
        axes.step(
            when, [d.furthest_reach.level for d in days], where="mid", color=LEG_COLOUR, lw=1.0
        )
    axes.set_ylim(-0.3, 4.3)
    axes.set_yticks([r.level for r in LegReach], [REACH_WORDS[r] for r in LegReach], fontsize=7.5)
    _date_axis(axes, report)
    _mark_events(axes, report)
    _style_axes(axes)

    page.section("Exercise sessions per week: completed against planned")
    axes = _chart_axes(page, 1.9)
    weeks: Any = [w.week_start + timedelta(days=3) for w in report.weeks]
    bar_width = 5 if len(report.weeks) < 120 else 6.5
    if any(w.sessions_planned is not None for w in report.weeks):
        axes.bar(
            weeks,
            [w.sessions_planned or 0 for w in report.weeks],
            width=bar_width,
            facecolor="none",
            edgecolor=MUTED,
            hatch="///",
            linewidth=0.5,
            label="Planned",
        )
    axes.bar(
        weeks,
        [w.sessions_completed for w in report.weeks],
        width=bar_width * 0.6,
        color=BACK_COLOUR,
        label="Completed",
    )
    _legend(axes)
    axes.set_ylabel("Sessions", fontsize=8)
    _date_axis(axes, report)
    _style_axes(axes)
    return page


# --- Tables ----------------------------------------------------------------------------------

_WEEK_COLUMNS: list[tuple[str, float, str, Callable[[WeekRow], str]]] = [
    ("Week of", 0.0, "left", lambda w: _day(w.week_start)),
    ("Check-\nins", 1.45, "right", lambda w: str(w.checkins) if w.checkins else "–"),
    ("Back", 1.95, "right", lambda w: _mean(w.back)),
    ("Leg", 2.4, "right", lambda w: _mean(w.leg)),
    (
        "Furthest\nreach",
        2.55,
        "left",
        lambda w: REACH_WORDS[w.furthest_reach] if w.furthest_reach else "–",
    ),
    (
        "Sessions\ndone / plan",
        4.75,
        "right",
        lambda w: (
            f"{w.sessions_completed} / {'–' if w.sessions_planned is None else w.sessions_planned}"
        ),
    ),
    ("Ended\nearly", 5.3, "right", lambda w: str(w.sessions_ended_early)),
    ("Activity\nmin", 5.95, "right", lambda w: str(w.activity_minutes)),
    (
        "Breaks taken /\nsnoozed / skipped",
        6.95,
        "right",
        lambda w: f"{w.breaks_taken} / {w.breaks_snoozed} / {w.breaks_skipped}",
    ),
]


def _week_pages(report: Report) -> list[_Page]:
    pages = []
    rows = list(report.weeks)
    for offset in range(0, len(rows), WEEK_ROWS_PER_PAGE):
        chunk = rows[offset : offset + WEEK_ROWS_PER_PAGE]
        page = _Page(report, "Week by week")
        page.line(
            "Pain is the mean of the week's check-ins (0–10); reach is the furthest recorded.",
            8,
            color=MUTED,
            gap=0.06,
        )
        size = 8
        height = _line_height(size)
        for title, x, align, _cell in _WEEK_COLUMNS:
            page.text(MARGIN + x, page.y, title, 7.5, ha=align, color=MUTED, multialignment=align)
        page.y += 2 * _line_height(7.5) + 0.06
        for index in range(0, len(chunk), 2):
            page.band(page.y + index * height - 0.015, height)
        for _title, x, align, cell in _WEEK_COLUMNS:
            page.text(
                MARGIN + x,
                page.y,
                "\n".join(cell(w) for w in chunk),
                size,
                ha=align,
                multialignment=align,
            )
        page.y += height * len(chunk)
        pages.append(page)
    return pages


def _events_pages(report: Report) -> list[_Page]:
    if len(report.events) <= EVENTS_ON_FIRST_PAGE and not any(e.note for e in report.events):
        return []
    entries = [
        (_day(e.occurred_at.astimezone().date()), f"{e.label}" + (f" — {e.note}" if e.note else ""))
        for e in report.events
    ]
    return _two_column_pages(report, "Treatments and events", entries)


def _notes_pages(report: Report) -> list[_Page]:
    if not report.options.include_notes:
        return []
    entries = [(f"{_day(n.at.astimezone().date())} · {n.source}", n.text) for n in report.notes]
    if not entries:
        entries = [("", "No notes were written in this period.")]
    return _two_column_pages(report, "Notes", entries)


def _two_column_pages(
    report: Report, title: str, entries: Sequence[tuple[str, str]]
) -> list[_Page]:
    size = 8.5
    height = _line_height(size)
    width = PAGE_WIDTH - 2 * MARGIN - LABEL_WIDTH
    pages: list[_Page] = []
    page: _Page | None = None
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        if page is not None and left:
            page.text(MARGIN, page.y, "\n".join(left), size, color=MUTED)
            page.text(MARGIN + LABEL_WIDTH, page.y, "\n".join(right), size)

    for label, content in entries:
        wrapped = _wrap(content, size, width)
        labels = label.split("\n")
        lines = max(len(wrapped), len(labels))
        if page is None or (len(left) + lines) * height > page.remaining():
            flush()
            page = _Page(report, title)
            pages.append(page)
            left, right = [], []
        left.extend(labels + [""] * (lines - len(labels)) + [""])
        right.extend(wrapped + [""] * (lines - len(wrapped)) + [""])
    flush()
    return pages


# --- The document ----------------------------------------------------------------------------


def report_pages(report: Report) -> list[Figure]:
    """Every page of the report as a Figure, footers included."""
    pages = [_first_page(report)]
    if not report.is_empty:
        pages.append(_charts_page(report))
        pages.extend(_week_pages(report))
        pages.extend(_events_pages(report))
    pages.extend(_notes_pages(report))
    for number, page in enumerate(pages, start=1):
        page.footer(number, len(pages), report.generated_at.astimezone())
    return [page.figure for page in pages]


def write_pdf(report: Report, target: IO[bytes]) -> int:
    """Write the report as a PDF into an open binary file; return the number of pages."""
    pages = report_pages(report)
    metadata = {
        "Title": "Sciatica progress report",
        "Author": report.options.name.strip() or None,
        "Subject": f"{report.period.start.isoformat()} to {report.period.end.isoformat()}",
        "Creator": APP_LINE,
    }
    with (
        matplotlib.rc_context(PDF_STYLE),  # type: ignore[arg-type]
        PdfPages(target, metadata=metadata) as pdf,
    ):
        for figure in pages:
            pdf.savefig(figure)
    return len(pages)
