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

from companion.domain.figures import PainComparison
from companion.domain.measures import PAIN_MINIMAL_IMPORTANT_CHANGE, Verdict
from companion.domain.report import Report
from companion.domain.vocabulary import TriageLevel
from companion.reports.pdf_details import detail_pages
from companion.reports.pdf_typesetting import (
    APP_LINE,
    EVENTS_ON_FIRST_PAGE,
    MISSING_LETTER,
    Align,
    Typesetter,
    _line_height,
    _mean,
    _Page,
    report_title,
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
from companion.reports.report_words import (
    adherence_sentence,
    assessed_by,
    event_label,
    finding_words,
    level_count,
    level_words,
    measure_scale,
    measure_sentence,
    pain_name,
    reach_sentence,
    reach_words,
    verdict_flag,
    weekly_activity_lines,
)
from companion.reports.safety_words import clearance_sentence, held_sentence
from companion.reports.wording import wording

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
    title = report_title(page.words)
    for write in _SECTIONS:
        scratch = _Page(setter, report, title)  # measured on a page of its own first
        top = scratch.y
        write(scratch, report)
        if scratch.y - top > pages[-1].remaining():
            continued = page.words.translate("Report", "Summary (continued)")
            pages.append(_Page(setter, report, continued))
        write(pages[-1], report)
    return pages


def _first_page(setter: Typesetter, report: Report) -> _Page:
    words = wording(report.options.language)
    page = _Page(setter, report, report_title(words))
    _alerts(page, report)
    # lupdate skips a counted message whose count is not a plain name.
    count, period_days = report.checkin_count, report.period.days
    checkins = words.translate("Report", "%n check-in(s)", "", count)
    days = words.translate("Report", "on {days} of %n day(s)", "", period_days)
    page.line(f"{checkins} {days.format(days=report.days_with_checkins)}.", 9.5, colour=MUTED)
    if report.is_empty:
        page.section(words.translate("Report", "Nothing recorded"))
        page.line(
            words.translate(
                "Report", "Nothing was recorded in this period. Choose a longer period."
            ),
            10,
        )
    return page  # the sections follow (_first_pages), each where it fits


def _pain_section(page: _Page, report: Report) -> None:
    words = page.words
    page.section(words.translate("Report", "Pain (0–10): average of the first and the last week"))
    _pain_table(page, ((report.leg, False), (report.back, True)))
    windows = ""
    if report.leg.baseline_days and report.leg.current_days:
        (a, b), (c, d) = report.leg.baseline_days, report.leg.current_days
        windows = " " + words.translate(
            "Report", "First week {first}–{to}; last week {last}–{until}."
        ).format(
            first=words.short_day(a), to=words.day(b), last=words.short_day(c), until=words.day(d)
        )
    meaningful = words.translate(
        "Report", "Minimal important change: {points} points or {percent}% (Ostelo 2008)."
    )
    page.line(
        meaningful.format(
            points=words.number(PAIN_MINIMAL_IMPORTANT_CHANGE.points),
            percent=words.number(PAIN_MINIMAL_IMPORTANT_CHANGE.percent),
        )
        + windows,
        8,
        colour=MUTED,
    )

    page.section(words.translate("Report", "Leg symptoms"))
    page.line(reach_sentence(words, report.reach), 9.5)
    if report.reach.furthest is not None:
        furthest = words.translate("Report", "Furthest in the period: {reach}.")
        page.line(furthest.format(reach=reach_words(words, report.reach.furthest)), 9.5)


def _exercise_section(page: _Page, report: Report) -> None:
    words = page.words
    page.section(words.translate("Report", "Exercise"))
    page.line(adherence_sentence(words, report.adherence), 9.5)
    for line in weekly_activity_lines(words, report.adherence):
        page.line(line, 9.5)
    if report.worse_exercises:
        page.line(
            words.translate("Report", 'Exercises that drew "worse" responses:'), 9.5, gap=0.02
        )
        for item in report.worse_exercises[:5]:
            numb = item.new_numbness_or_weakness
            worse = words.translate("Report", "worse {worse}×, worse but settling {settling}×")
            new = words.translate("Report", ", new numbness or weakness {count}×")
            done = words.translate("Report", " (done {count}×)")
            page.line(
                f"• {item.name}: "
                + worse.format(worse=item.worse, settling=item.worse_but_settling)
                + (new.format(count=numb) if numb else "")
                + done.format(count=item.times_done),
                9.5,
                x_offset=0.15,
            )
        if len(report.worse_exercises) > 5:
            more = words.translate("Report", "and {count} more.")
            page.line("  " + more.format(count=len(report.worse_exercises) - 5), 9.5, colour=MUTED)
    else:
        page.line(words.translate("Report", 'No exercise drew a "worse" response.'), 9.5)
    if held := held_sentence(report.progression_held, words):
        page.line(held, 9.5)
    page.line(clearance_sentence(report.clearance, words), 9.5)


def _measures_section(page: _Page, report: Report) -> None:
    words = page.words
    page.section(words.translate("Report", "Outcome measures"))
    if report.measures:
        for measure in report.measures:
            count = measure.sittings
            sittings = words.translate("Report", "%n sitting(s)", "", count)
            scale = measure_scale(words, measure)
            about = f"{scale}; {sittings}" if scale else sittings
            page.line(
                f"• {measure_sentence(words, measure)} ({about})",
                9.5,
                x_offset=0.15,
            )
    else:
        page.line(words.translate("Report", "No outcome measure was taken in this period."), 9.5)


def _screenings_section(page: _Page, report: Report) -> None:
    words = page.words
    page.section(words.translate("Report", "Red-flag screenings"))
    page.line(_screening_summary(page, report), 9.5)
    flagged = [s for s in report.screenings if s.level is not TriageLevel.CLEAR]
    for screening in flagged[-5:]:
        named = [finding_words(words, finding) for finding in screening.findings]
        findings = f": {', '.join(named)}" if named else ""
        urgent = screening.level in (TriageLevel.EMERGENCY, TriageLevel.SAME_DAY)
        day = words.day(screening.taken_at.astimezone().date())
        page.line(
            f"• {day}: {level_words(words, screening.level)}{findings}",
            9.5,
            x_offset=0.15,
            colour=ALERT if urgent else TEXT,
            bold=urgent,
        )
    _assessment_lines(page, report)
    if report.known_findings:
        since = words.translate("Report", "{finding} (since {day})")
        known = ", ".join(
            since.format(
                finding=finding_words(words, name), day=words.day(when.astimezone().date())
            )
            for name, when in report.known_findings
        )
        page.line(
            words.translate(
                "Report",
                "Known to the patient's doctor, not counted as red flags for 3 months: {known}.",
            ).format(known=known),
            9.5,
            x_offset=0.15,
        )


def _assessment_lines(page: _Page, report: Report) -> None:
    # What lifted the emergency lock: the patient's dated word that they were assessed.
    words = page.words
    for assessment in report.assessments[-3:]:
        if assessment.locked_since is not None:
            text = words.translate(
                "Report",
                "• Assessed by {who} on {day} after the emergency answer of {locked} (patient "
                "confirmed on {confirmed}): exercise unlocked.",
            )
        else:
            text = words.translate(
                "Report",
                "• Assessed by {who} on {day} (patient confirmed on {confirmed}): exercise "
                "unlocked.",
            )
        locked = assessment.locked_since
        page.line(
            text.format(
                who=assessed_by(words, assessment.assessed_by),
                day=words.day(assessment.assessed_on),
                locked=words.day(locked.astimezone().date()) if locked else "",
                confirmed=words.day(assessment.recorded_at.astimezone().date()),
            ),
            9.5,
            x_offset=0.15,
        )


def _events_section(page: _Page, report: Report) -> None:
    words = page.words
    page.section(words.translate("Report", "Treatments and events"))
    if report.events:
        shown = report.events[-EVENTS_ON_FIRST_PAGE:]
        for event in shown:
            page.line(
                f"• {words.day(event.occurred_at.astimezone().date())}: "
                f"{event_label(words, event)}",
                9.5,
                x_offset=0.15,
            )
        if (earlier := len(report.events) - len(shown)) > 0:
            # The full list follows the week table, on its page or the next: not a page of its own.
            listed = (
                words.translate("Report", "1 earlier event is listed after the week-by-week table.")
                if earlier == 1
                else words.translate(
                    "Report", "{count} earlier events are listed after the week-by-week table."
                ).format(count=earlier)
            )
            page.line(
                listed,
                8.5,
                colour=MUTED,
            )
    else:
        page.line(words.translate("Report", "None recorded."), 9.5)


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
    words = page.words
    worse = [
        pain_name(words, c, back)
        for c, back in ((report.leg, False), (report.back, True))
        if c.change is not None and c.change.verdict is Verdict.THRESHOLD_WORSENING
    ]
    messages = []
    if urgent:
        last, count = urgent[-1], len(urgent)
        text = words.translate(
            "Report",
            "Attention: %n red-flag screening(s) led to urgent advice, the latest on {day} "
            "({result}).",
            "",
            count,
        )
        messages.append(
            text.format(
                day=words.day(last.taken_at.astimezone().date()),
                result=level_words(words, last.level),
            )
        )
    if worse:
        both = words.translate("Report", " and ").join(worse)
        messages.append(
            words.translate(
                "Report",
                "Attention: {pain} worse than at the start by at least the minimal important "
                "change.",
            ).format(pain=both)
        )
    if report.locked_since is not None:
        messages.append(
            words.translate(
                "Report",
                "Attention: exercise locked since an emergency answer on {day}; no assessment "
                "confirmed yet.",
            ).format(day=words.day(report.locked_since.astimezone().date()))
        )
    if not messages:
        return
    lines = sum(len(page.wrap(m, 10, PAGE_WIDTH - 2 * MARGIN - 0.05, True)) for m in messages)
    height = lines * _line_height(10) + 0.12
    page.band(page.y - 0.04, height, ALERT_SHADE)
    for message in messages:
        page.line(message, 10, colour=ALERT, bold=True, x_offset=0.05)
    page.y += 0.1


def _pain_table(page: _Page, rows: Sequence[tuple[PainComparison, bool]]) -> None:
    """The leg and back pain rows (`True` beside the back's)."""
    words = page.words
    columns: list[tuple[float, str, Align]] = [
        (MARGIN, "", "left"),
        (MARGIN + 2.0, words.translate("Report", "First week"), "right"),
        (MARGIN + 3.0, words.translate("Report", "Last week"), "right"),
        (MARGIN + 3.9, words.translate("Report", "Change"), "right"),
        (MARGIN + 4.15, words.translate("Report", "Verdict"), "left"),
    ]
    height = _line_height(10)
    for x, title, align in columns:
        page.text(x, page.y, title, 8.5, align=align, colour=MUTED)
    page.y += _line_height(8.5) + 0.02
    for index, (row, back) in enumerate(rows):
        if index % 2 == 0:
            page.band(page.y - 0.03, height + 0.04)
        change = "–"
        if row.change:
            change = f"{row.change.points:+.1f}".replace("+0.0", "0").replace("-0.0", "0")
            change = change.replace(".", words.formats.decimal)
        verdict = verdict_flag(words, row)
        name = pain_name(words, row, back)
        alarming = row.change is not None and row.change.verdict is Verdict.THRESHOLD_WORSENING
        good = row.change is not None and row.change.verdict is Verdict.THRESHOLD_IMPROVEMENT
        cells = [name, _mean(words, row.baseline), _mean(words, row.current), change, verdict]
        for (x, _title, align), cell in zip(columns, cells, strict=True):
            bold = cell == name or (cell == verdict and (alarming or good))
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


def _screening_summary(page: _Page, report: Report) -> str:
    words = page.words
    if not report.screenings:
        return words.translate("Report", "No red-flag screening was done in this period.")
    counts: dict[TriageLevel, int] = {}
    for screening in report.screenings:
        counts[screening.level] = counts.get(screening.level, 0) + 1
    parts = [level_count(words, level, counts[level]) for level in TriageLevel if level in counts]
    count = len(report.screenings)
    total = words.translate("Report", "%n screening(s)", "", count)
    return f"{total}: {', '.join(parts)}."


# --- Charts ----------------------------------------------------------------------------------


def charts_page(setter: Typesetter, report: Report) -> tuple[_Page, ChartSlots]:
    """The charts page's words, and the slots its charts are drawn into."""
    words = wording(report.options.language)
    page = _Page(setter, report, words.translate("Report", "Charts"))

    def slot(height: float, legend: bool = True) -> tuple[float, float]:
        top = page.y + (0.22 if legend else 0.05)  # a legend sits just above its chart
        page.y = top + height + 0.35  # the dates below
        return top, height

    page.section(
        words.translate("Report", "Back and leg pain: daily averages and 7-day rolling mean")
    )
    pain = slot(2.4)
    if report.events:
        page.line(
            words.translate("Report", "Dotted vertical lines mark treatments and events."),
            7.5,
            colour=MUTED,
        )
    page.section(
        words.translate(
            "Report", "How far the leg symptoms reach (higher is closer to the back: better)"
        )
    )
    reach = slot(1.7, legend=False)
    page.section(words.translate("Report", "Exercise sessions per week: completed against planned"))
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
        pdf.set_title(report_title(wording(report.options.language)))
        pdf.set_subject(f"{report.period.first.isoformat()} to {report.period.last.isoformat()}")
        if report.options.name.strip():
            pdf.set_author(report.options.name.strip())
        pdf.set_creator(APP_LINE)
        pdf.set_lang(report.options.language)
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
