"""The report's pages after the charts: the week-by-week table, treatments and events, notes.

The sections flow one after another, a new one on the same page when it has room, and are kept
together the way a reader needs them: a section's title never stands alone at the foot of a
page, a table's first rows go with its title, and no page is left holding only a line or two of
a section that could have been kept with the rest of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from companion.domain.figures import REACH_WORDS, WeekRow
from companion.domain.report import Report
from companion.reports.pdf_typesetting import (
    EVENTS_ON_FIRST_PAGE,
    LABEL_WIDTH,
    Align,
    Typesetter,
    _day,
    _line_height,
    _mean,
    _Page,
)
from companion.reports.report_style import MARGIN, MUTED, PAGE_WIDTH

# Fewest lines of a section that may stand on a page by themselves (above or below a break).
KEEP_LINES = 3
SECTION_TITLE_HEIGHT = 0.12 + _line_height(11) + 0.03  # as _Page.section() moves down
WEEK_SIZE = 8
ENTRY_SIZE = 8.5
WEEK_INTRO = "Pain is the mean of the week's check-ins (0–10); reach is the furthest recorded."

_WEEK_COLUMNS: list[tuple[str, float, Align, Callable[[WeekRow], str]]] = [
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


class _Flow:
    """Pages that sections flow over, each new page titled by the section it starts with."""

    def __init__(self, setter: Typesetter, report: Report) -> None:
        self.setter = setter
        self.report = report
        self.pages: list[_Page] = []

    @property
    def page(self) -> _Page | None:
        """The page being filled, if any."""
        return self.pages[-1] if self.pages else None

    def new_page(self, title: str) -> _Page:
        """Start a page with `title` in its header."""
        page = _Page(self.setter, self.report, title)
        self.pages.append(page)
        return page

    def begin(self, title: str, first_height: float) -> _Page:
        """Start a section whose first part (what must go with its title) is `first_height`.

        On the current page when the title and that part both fit, else on a new page.
        """
        page = self.page
        if page is not None and page.remaining() >= SECTION_TITLE_HEIGHT + first_height:
            page.section(title)
            return page
        return self.new_page(title)

    def room(self, title: str) -> float:
        """Inches a fresh page titled `title` holds below its header."""
        return _Page(self.setter, self.report, title).remaining()


# --- Week by week ----------------------------------------------------------------------------


def _week_header(page: _Page, intro: bool) -> None:
    if intro:
        page.line(WEEK_INTRO, 8, colour=MUTED, gap=0.06)
    for title, x, align, _cell in _WEEK_COLUMNS:
        page.text(MARGIN + x, page.y, title, 7.5, align=align, colour=MUTED)
    page.y += 2 * _line_height(7.5) + 0.06


def _week_header_height(intro: bool) -> float:
    return (_line_height(8) + 0.06 if intro else 0.0) + 2 * _line_height(7.5) + 0.06


def _week_rows(page: _Page, rows: Sequence[WeekRow]) -> None:
    height = _line_height(WEEK_SIZE)
    for index in range(0, len(rows), 2):
        page.band(page.y + index * height - 0.015, height)
    for _title, x, align, cell in _WEEK_COLUMNS:
        page.text(MARGIN + x, page.y, "\n".join(cell(w) for w in rows), WEEK_SIZE, align=align)
    page.y += height * len(rows)


def _week_section(flow: _Flow, report: Report) -> None:
    title = "Week by week"
    rows = list(report.weeks)
    height = _line_height(WEEK_SIZE)
    page = flow.begin(title, _week_header_height(True) + min(len(rows), KEEP_LINES) * height)
    _week_header(page, intro=True)
    while rows:
        fits = max(1, int((page.remaining() + 1e-9) / height))
        shown = len(rows) if fits >= len(rows) else _break_before(len(rows), fits)
        _week_rows(page, rows[:shown])
        rows = rows[shown:]
        if rows:
            page = flow.new_page(f"{title} (continued)")
            _week_header(page, intro=False)


def _break_before(total: int, fits: int) -> int:
    """How many of `total` lines to put on a page that holds `fits`, leaving no short tail."""
    tail = total - fits
    if tail < KEEP_LINES and fits - (KEEP_LINES - tail) >= KEEP_LINES:
        return fits - (KEEP_LINES - tail)
    return fits


# --- Treatments and events, notes ------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One dated entry in two columns: its label beside its wrapped text."""

    label: str
    labels: list[str]  # the label wrapped to its column
    lines: list[str]

    @property
    def depth(self) -> int:
        """Lines it takes (the gap below it not counted)."""
        return max(len(self.labels), len(self.lines))


def _entries_section(
    flow: _Flow, report: Report, title: str, entries: Sequence[tuple[str, str]]
) -> None:
    setter = flow.setter
    height = _line_height(ENTRY_SIZE)
    width = PAGE_WIDTH - 2 * MARGIN - LABEL_WIDTH
    blocks = [
        _Entry(
            label,
            setter.wrap(label, ENTRY_SIZE, LABEL_WIDTH - 0.1),
            setter.wrap(text, ENTRY_SIZE, width),
        )
        for label, text in entries
    ]
    full = int(flow.room(f"{title} (continued)") / height)  # lines a fresh page holds
    # The last entry never goes over to a page by itself when it is short: the one before it
    # goes with it, so the section's last page holds more than a line or two.
    keep_last = _short_tail(blocks, full)
    needs = [_lines_needed(blocks, index, keep_last, full) for index in range(len(blocks))]
    # The title goes with its first entries: a whole first entry, and at least a few lines.
    lead = 0
    for block in blocks:
        lead += block.depth + (1 if lead else 0)
        if lead >= KEEP_LINES:
            break
    page = flow.begin(title, max(needs[0] if needs else 1, min(lead, full)) * height)
    for index, block in enumerate(blocks):
        lines = needs[index]
        if index > 0 and lines * height > page.remaining():
            page = flow.new_page(f"{title} (continued)")
        page = _place_entry(flow, page, block, title, height)


def _lines_needed(blocks: Sequence[_Entry], index: int, keep_last: bool, full: int) -> int:
    """Lines that must be free to start entry `index`: all of it (with the last entry, when
    that is kept with it), or a few when it is longer than a page and will go on over."""
    depth = blocks[index].depth
    if keep_last and index == len(blocks) - 2:
        depth += 1 + blocks[-1].depth
    return depth if depth <= full else KEEP_LINES


def _short_tail(blocks: Sequence[_Entry], full: int) -> bool:
    """True when the last entry is too short to stand alone and fits a page with the one before."""
    if len(blocks) < 2:
        return False
    last, before = blocks[-1].depth, blocks[-2].depth
    return last < KEEP_LINES and before + 1 + last <= full


def _place_entry(flow: _Flow, page: _Page, block: _Entry, title: str, height: float) -> _Page:
    """Write `block` from the writing position, going on over new pages when it is that long."""
    labels, lines = block.labels, block.lines
    while True:
        fits = max(1, int((page.remaining() + 1e-9) / height))
        shown = len(lines) if fits >= len(lines) else _break_before(len(lines), fits)
        page.text(MARGIN, page.y, "\n".join(labels), ENTRY_SIZE, colour=MUTED)
        page.text(MARGIN + LABEL_WIDTH, page.y, "\n".join(lines[:shown]), ENTRY_SIZE)
        page.y += (max(shown, len(labels)) + 1) * height
        lines = lines[shown:]
        if not lines:
            return page
        labels = flow.setter.wrap(f"{block.label} (continued)", ENTRY_SIZE, LABEL_WIDTH - 0.1)
        page = flow.new_page(f"{title} (continued)")


def _events_entries(report: Report) -> list[tuple[str, str]]:
    if len(report.events) <= EVENTS_ON_FIRST_PAGE and not any(e.note for e in report.events):
        return []  # page one lists them all
    return [
        (_day(e.occurred_at.astimezone().date()), e.label + (f" — {e.note}" if e.note else ""))
        for e in report.events
    ]


def _notes_entries(report: Report) -> list[tuple[str, str]]:
    entries = [(f"{_day(n.at.astimezone().date())} · {n.source}", n.text) for n in report.notes]
    return entries or [("", "No notes were written in this period.")]


def detail_pages(setter: Typesetter, report: Report) -> list[_Page]:
    """The pages after the charts: weeks, then events and notes when there are any to show."""
    flow = _Flow(setter, report)
    if not report.is_empty:
        _week_section(flow, report)
        if events := _events_entries(report):
            _entries_section(flow, report, "Treatments and events", events)
    # No notes section saying an empty period has no notes.
    if report.options.include_notes and (report.notes or not report.is_empty):
        _entries_section(flow, report, "Notes", _notes_entries(report))
    return flow.pages
