"""The progress report as a PDF: a first page a physiotherapist takes in within a minute, then
charts, a table per week, events and notes.

The pages are laid out here and typeset with fpdf2: real text (searchable, copyable) in an
embedded subset of DejaVu Sans, the font matplotlib ships. matplotlib draws the charts as vectors
(report_charts.py) and pypdf lays that drawing under the charts page's words. matplotlib used to
typeset every page too, but its PDF backend places text glyph by glyph in Python: a ten-year
report took 5 s, most of it in the week tables and notes.

Layout comes first and typesetting second, so every footer knows how many pages there are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import IO

from companion.domain.figures import REACH_WORDS, PainComparison
from companion.domain.measures import PAIN_MCID, Verdict
from companion.domain.report import Report, counted
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import TriageLevel
from companion.reports.pdf_details import detail_pages
from companion.reports.pdf_typesetting import (
    APP_LINE,
    EVENTS_ON_FIRST_PAGE,
    MISSING_LETTER,
    TITLE,
    Align,
    Typesetter,
    _day,
    _line_height,
    _mean,
    _number,
    _Page,
    _short_day,
)
from companion.reports.report_style import (
    ALERT,
    ALERT_SHADE,
    GOOD,
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    TEXT,
    ChartSlots,
)
from companion.reports.safety_words import clearance_sentence, held_sentence

__all__ = ["MISSING_LETTER", "Typesetter", "charts_page", "write_pdf"]

# --- Page one --------------------------------------------------------------------------------


def _first_pages(setter: Typesetter, report: Report) -> list[_Page]:
    """Page one, and a page after it for the sections a long summary could not fit.

    A section goes over whole, title and all: none runs past the footer or leaves its title
    alone at the foot of page one.
    """
    page = _first_page(setter, report)
    pages = [page]
    if report.is_empty:
        return pages
    for write in _SECTIONS:
        scratch = _Page(setter, report, TITLE)  # measured on a page of its own first
        top = scratch.y
        write(scratch, report)
        if scratch.y - top > pages[-1].remaining():
            pages.append(_Page(setter, report, "Summary (continued)"))
        write(pages[-1], report)
    return pages


def _first_page(setter: Typesetter, report: Report) -> _Page:
    page = _Page(setter, report, TITLE)
    _alerts(page, report)
    page.line(
        f"{counted(report.checkin_count, 'check-in')} on {report.days_with_checkins} of "
        f"{counted(report.period.days, 'day')}.",
        9.5,
        colour=MUTED,
    )
    if report.is_empty:
        page.section("Nothing recorded")
        page.line("Nothing was recorded in this period. Choose a longer period.", 10)
    return page  # the sections follow (_first_pages), each where it fits


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
        colour=MUTED,
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
            numb = item.new_numbness_or_weakness
            page.line(
                f"• {item.name}: worse {item.worse}×, worse but settling "
                f"{item.worse_but_settling}×"
                + (f", new numbness or weakness {numb}×" if numb else "")
                + f" (done {item.times_done}×)",
                9.5,
                x_offset=0.15,
            )
        if len(report.worse_exercises) > 5:
            page.line(f"  and {len(report.worse_exercises) - 5} more.", 9.5, colour=MUTED)
    else:
        page.line('No exercise drew a "worse" response.', 9.5)
    if held := held_sentence(report.progression_held):
        page.line(held, 9.5)
    page.line(clearance_sentence(report.clearance), 9.5)


def _measures_section(page: _Page, report: Report) -> None:
    page.section("Outcome measures")
    if report.measures:
        for measure in report.measures:
            sittings = counted(measure.sittings, "sitting")
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
            colour=ALERT if urgent else TEXT,
            bold=urgent,
        )
    _assessment_lines(page, report)
    if report.known_findings:
        known = ", ".join(
            f"{name} (since {_day(since.astimezone().date())})"
            for name, since in report.known_findings
        )
        page.line(
            f"Known to the patient's doctor, not counted as red flags for 3 months: {known}.",
            9.5,
            x_offset=0.15,
        )


_ASSESSED_BY = {
    AssessedBy.DOCTOR: "a doctor",
    AssessedBy.EMERGENCY_DEPARTMENT: "an emergency department",
}


def _assessment_lines(page: _Page, report: Report) -> None:
    # What lifted the emergency lock: the patient's dated word that they were assessed.
    for assessment in report.assessments[-3:]:
        after = (
            f" after the emergency answer of {_day(assessment.locked_since.astimezone().date())}"
            if assessment.locked_since is not None
            else ""
        )
        page.line(
            f"• Assessed by {_ASSESSED_BY[assessment.assessed_by]} on "
            f"{_day(assessment.assessed_on)}{after} (patient confirmed on "
            f"{_day(assessment.recorded_at.astimezone().date())}): exercise unlocked.",
            9.5,
            x_offset=0.15,
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
        if (earlier := len(report.events) - len(shown)) > 0:
            # The full list follows the week table, on its page or the next: not a page of its own.
            page.line(
                f"{counted(earlier, 'earlier event')} {'is' if earlier == 1 else 'are'} listed "
                "after the week-by-week table.",
                8.5,
                colour=MUTED,
            )
    else:
        page.line("None recorded.", 9.5)


_SECTIONS = (
    _pain_section,
    _exercise_section,
    _measures_section,
    _screenings_section,
    _events_section,
)


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
    if report.locked_since is not None:
        messages.append(
            "Attention: exercise locked since an emergency answer on "
            f"{_day(report.locked_since.astimezone().date())}; no assessment confirmed yet."
        )
    if not messages:
        return
    lines = sum(len(page.wrap(m, 10, PAGE_WIDTH - 2 * MARGIN - 0.05, True)) for m in messages)
    height = lines * _line_height(10) + 0.12
    page.band(page.y - 0.04, height, ALERT_SHADE)
    for message in messages:
        page.line(message, 10, colour=ALERT, bold=True, x_offset=0.05)
    page.y += 0.1


def _pain_table(page: _Page, rows: Sequence[PainComparison]) -> None:
    columns: list[tuple[float, str, Align]] = [
        (MARGIN, "", "left"),
        (MARGIN + 2.0, "First week", "right"),
        (MARGIN + 3.0, "Last week", "right"),
        (MARGIN + 3.9, "Change", "right"),
        (MARGIN + 4.15, "Verdict", "left"),
    ]
    height = _line_height(10)
    for x, title, align in columns:
        page.text(x, page.y, title, 8.5, align=align, colour=MUTED)
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
                align=align,
                bold=bold,
                colour=ALERT
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
    return f"{counted(total, 'screening')}: {', '.join(parts)}."


def _level_short(level: TriageLevel) -> str:
    return {
        TriageLevel.EMERGENCY: "emergency",
        TriageLevel.SAME_DAY: "same-day review",
        TriageLevel.ROUTINE: "routine review",
        TriageLevel.CLEAR: "clear",
    }[level]


# --- Charts ----------------------------------------------------------------------------------


def charts_page(setter: Typesetter, report: Report) -> tuple[_Page, ChartSlots]:
    """The charts page's words, and the slots its charts are drawn into."""
    page = _Page(setter, report, "Charts")

    def slot(height: float, legend: bool = True) -> tuple[float, float]:
        top = page.y + (0.22 if legend else 0.05)  # a legend sits just above its chart
        page.y = top + height + 0.35  # the dates below
        return top, height

    page.section("Back and leg pain: daily averages and 7-day rolling mean")
    pain = slot(2.4)
    if report.events:
        page.line("Dotted vertical lines mark treatments and events.", 7.5, colour=MUTED)
    page.section("How far the leg symptoms reach (higher is closer to the back: better)")
    reach = slot(1.7, legend=False)
    page.section("Exercise sessions per week: completed against planned")
    adherence = slot(1.9)
    return page, ChartSlots(pain=pain, reach=reach, adherence=adherence)


# --- The document ----------------------------------------------------------------------------


def write_pdf(report: Report, target: IO[bytes]) -> int:
    """Write the report as a PDF into an open binary file; return the number of pages."""
    with Typesetter() as setter:
        pages = _first_pages(setter, report)
        slots: ChartSlots | None = None
        charts_at = len(pages)  # after page one and its continuation, if it has one
        if not report.is_empty:
            charts, slots = charts_page(setter, report)
            pages.append(charts)
        pages.extend(detail_pages(setter, report))
        generated = report.generated_at.astimezone()
        for number, page in enumerate(pages, start=1):
            page.footer(number, len(pages), generated)
            page.typeset()

        pdf = setter.pdf
        pdf.set_title(TITLE)
        pdf.set_subject(f"{report.period.first.isoformat()} to {report.period.last.isoformat()}")
        if report.options.name.strip():
            pdf.set_author(report.options.name.strip())
        pdf.set_creator(APP_LINE)
        pdf.set_lang("en")
        text_pages = bytes(pdf.output())
        if slots is None:
            target.write(text_pages)
        else:
            from companion.reports.report_charts import charts_pdf  # matplotlib only when charted

            _lay_under(text_pages, charts_at, charts_pdf(report, slots), target)
    return len(pages)


def _lay_under(document: bytes, index: int, drawing: bytes, target: IO[bytes]) -> None:
    """Write `document` to `target` with the one-page `drawing` beneath its page `index`."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    # The drawing becomes the page and the words go over it: merging this way round copies
    # the drawing's content as it is instead of parsing ten years of points.
    page = writer.insert_page(PdfReader(io.BytesIO(drawing)).pages[0], index)
    page.merge_page(writer.pages[index + 1])
    page.compress_content_streams()
    writer.remove_page(index + 1)
    writer.write(target)
