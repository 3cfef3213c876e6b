"""The report PDF as a physiotherapist reads it (issue 13.10): whole weeks' bars, the reach axis
the app's way up, sections kept together, and a period that starts when the diary does.

Every check reads the written PDF (pdftotext) or the drawn chart, never the layout code's own
numbers.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.figures import (
    PainComparison,
    Period,
    ReachSummary,
    SessionTotals,
    TimelineEvent,
)
from companion.domain.report import (
    ExerciseResponses,
    MeasureScores,
    Report,
    ReportOptions,
    ScreeningLine,
)
from companion.domain.vocabulary import LegReach, SessionStatus, Side
from companion.services.data_store import Store
from companion.services.exports import ExportFormat, export
from companion.services.report_data import build_report, resolve_period
from companion.storage.models import CheckIn, ExerciseSession

TODAY = date(2026, 12, 4)  # a Friday
# Local times: the report's days are the user's own, in whatever zone the tests run.
NOW = datetime(2026, 12, 4, 15).astimezone()
WEEK_ROW = re.compile(r"^\s*\d{1,2} [A-Z][a-z]{2} \d{4}\s+(\d+|–)\s")  # "30 Nov 2026    7 ..."
NOTE_ROW = re.compile(r"^\s*\d{1,2} [A-Z][a-z]{2} \d{4} · Check-in\s")


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12).astimezone()


def add_checkins(store: Store, days: list[date], note: str = "") -> None:
    with store.units.write() as uow:
        uow.session.add_all(
            CheckIn(
                recorded_at=noon(day),
                back_pain=3,
                leg_pain=5,
                leg_reach=LegReach.THIGH,
                side=Side.LEFT,
                symptoms=[],
                pain_sites=[],
                note=note,
            )
            for day in days
        )
        uow.commit()


def add_sessions(store: Store, days: list[date]) -> None:
    with store.units.write() as uow:
        uow.session.add_all(
            ExerciseSession(
                started_at=noon(day), ended_at=noon(day), status=SessionStatus.COMPLETED
            )
            for day in days
        )
        uow.commit()


def page_texts(path: Path) -> list[str]:
    """Each page's text as laid out (pdftotext separates pages with a form feed)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def word_tops(path: Path, page: int) -> dict[str, float]:
    """The top of each word on `page` (the first time it appears), in points from the top."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tops: dict[str, float] = {}
    for top, word in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xhtml):
        tops.setdefault(word, float(top))
    return tops


# --- The period ------------------------------------------------------------------------------

FIRST = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("start", "preset", "diary_from", "expected"),
    [
        # A preset period ("last 3 months") begins when the diary does, if that is later.
        (date(2026, 9, 5), True, FIRST, FIRST),
        # ... and as asked when the diary is older.
        (date(2026, 11, 25), True, FIRST, date(2026, 11, 25)),
        # A day the user chose is kept, diary or not.
        (date(2026, 9, 5), False, FIRST, date(2026, 9, 5)),
        # An open start is the first entry, as before.
        (None, False, FIRST, FIRST),
        # An empty diary keeps the preset start (the report then says nothing was recorded).
        (date(2026, 9, 5), True, None, date(2026, 9, 5)),
        (None, False, None, TODAY),
    ],
)
def test_the_period_starts_with_the_diary_when_the_preset_starts_earlier(
    store: Store, start: date | None, preset: bool, diary_from: date | None, expected: date
) -> None:
    if diary_from is not None:
        add_checkins(store, [diary_from, diary_from + timedelta(days=3)])
    options = ReportOptions(start=start, end=TODAY, start_is_preset=preset)
    period = resolve_period(store, options, TODAY)
    assert (period.first, period.last) == (expected, TODAY)


def test_a_day_one_report_has_one_week_and_no_empty_rows(store: Store, tmp_path: Path) -> None:
    add_checkins(store, [TODAY])
    out = tmp_path / "day-one.pdf"
    options = ReportOptions(start=TODAY - timedelta(days=90), end=TODAY, start_is_preset=True)
    result = export(store, ExportFormat.PDF, out, options, now=NOW)
    assert result.period.first == TODAY
    pages = page_texts(out)
    # Page one, the charts, then the week table and the notes together on one page.
    assert len(pages) == 3
    assert "4 Dec 2026 – 4 Dec 2026 (1 day)" in pages[0]
    rows = [line for line in pages[2].splitlines() if WEEK_ROW.match(line)]
    assert len(rows) == 1 and rows[0].split()[:4] == ["30", "Nov", "2026", "1"]
    assert "Notes" in pages[2] and "No notes were written in this period." in pages[2]


# --- The charts ------------------------------------------------------------------------------


def test_the_first_and_last_weeks_bars_show_in_full(store: Store) -> None:
    from matplotlib.collections import PolyCollection

    from companion.reports.pdf_report import Typesetter, charts_page
    from companion.reports.report_charts import charts_figure

    # A period from a Thursday to a Wednesday, with sessions in its first and last weeks.
    start, end = date(2026, 10, 1), date(2026, 11, 18)
    add_sessions(store, [start, start + timedelta(days=1), end])
    add_checkins(store, [start, end])
    report = build_report(store, ReportOptions(start=start, end=end), NOW)
    with Typesetter() as setter:
        _page, slots = charts_page(setter, report)
    adherence = charts_figure(report, slots).axes[2]
    (bars,) = [c for c in adherence.collections if isinstance(c, PolyCollection)]
    left, right = adherence.get_xlim()
    xs = [x for path in bars.get_paths() for x, _y in path.vertices]
    assert len(bars.get_paths()) == 2  # the first and the last week
    assert left <= min(xs) and max(xs) <= right


def test_the_reach_axis_has_no_leg_symptoms_at_the_top(store: Store, tmp_path: Path) -> None:
    add_checkins(store, [TODAY - timedelta(days=n) for n in range(10)])
    out = tmp_path / "report.pdf"
    export(store, ExportFormat.PDF, out, ReportOptions(end=TODAY), now=NOW)
    tops = word_tops(out, 2)
    # "no leg symptoms", "buttock", "thigh", "below the knee", "into the foot": top to bottom.
    order = [tops["no"], tops["buttock"], tops["thigh"], tops["knee"], tops["foot"]]
    assert order == sorted(order)
    assert "higher is closer to the back" in " ".join(page_texts(out)[1].split())


# --- Sections kept together ------------------------------------------------------------------


def week_rows_per_page(pages: list[str]) -> list[int]:
    return [sum(bool(WEEK_ROW.match(line)) for line in page.splitlines()) for page in pages[2:]]


# Around the rows a page holds (60), and where the table used to break (48).
@pytest.mark.parametrize("weeks", [49, 50, 59, 60, 61, 62, 63])
def test_a_long_week_table_never_leaves_a_row_or_two_on_a_page(
    store: Store, tmp_path: Path, weeks: int
) -> None:
    start = TODAY - timedelta(weeks=weeks - 1, days=TODAY.weekday())
    add_checkins(store, [start + timedelta(weeks=n) for n in range(weeks)])
    out = tmp_path / "report.pdf"
    options = ReportOptions(start=start, end=TODAY, include_notes=False)
    export(store, ExportFormat.PDF, out, options, now=NOW)
    per_page = [n for n in week_rows_per_page(page_texts(out)) if n]
    assert sum(per_page) == weeks
    assert all(n >= 3 for n in per_page), per_page


# Around the notes that fit below the week table (15), and a page of notes alone (30).
@pytest.mark.parametrize("notes", [14, 15, 16, 17, 31, 32])
def test_notes_start_with_their_title_and_end_with_more_than_one_entry(
    store: Store, tmp_path: Path, notes: int
) -> None:
    start = TODAY - timedelta(days=200)
    add_checkins(store, [start + timedelta(days=n) for n in range(notes)], note="Walked.")
    add_checkins(store, [start + timedelta(days=n) for n in range(notes, 200)])
    out = tmp_path / "report.pdf"
    export(store, ExportFormat.PDF, out, ReportOptions(start=start, end=TODAY), now=NOW)
    pages = page_texts(out)[2:]
    with_notes = [page for page in pages if "Walked." in page or "\nNotes" in page]
    entries = [sum(bool(NOTE_ROW.match(line)) for line in page.splitlines()) for page in with_notes]
    assert sum(entries) == notes
    # The title stands on the page where the first notes are, and the last page of them
    # holds more than one: no title alone at a page's foot, no note alone on a page.
    assert entries[0] >= 1 and entries[-1] >= 2, entries


@pytest.mark.parametrize("weeks", [54, 55, 56, 57, 58, 59])
def test_a_section_title_never_stands_alone_at_a_page_foot(
    store: Store, tmp_path: Path, weeks: int
) -> None:
    # A week table that ends near the foot of its page, then five notes.
    start = TODAY - timedelta(weeks=weeks - 1, days=TODAY.weekday())
    add_checkins(store, [start + timedelta(weeks=n) for n in range(5)], note="Walked.")
    add_checkins(store, [start + timedelta(weeks=n) for n in range(5, weeks)])
    out = tmp_path / "report.pdf"
    export(store, ExportFormat.PDF, out, ReportOptions(start=start, end=TODAY), now=NOW)
    pages = page_texts(out)[2:]
    (titled,) = [page for page in pages if re.search(r"^\s*Notes\s*$", page, re.MULTILINE)]
    after_title = titled.split("Notes", 1)[1]
    assert sum(bool(NOTE_ROW.match(line)) for line in after_title.splitlines()) >= 2


def crowded_report() -> Report:
    """A summary with every list at its longest: more than page one holds."""
    from companion.domain.exercise import ClearanceCondition
    from companion.domain.measures import LEG_PAIN, MeasureResult, change_from_baseline
    from companion.domain.safety_plan import HoldReason
    from companion.domain.vocabulary import TreatmentKind, TriageLevel

    worse = change_from_baseline(
        MeasureResult(LEG_PAIN, 3, date(2026, 1, 1)), MeasureResult(LEG_PAIN, 8, date(2026, 2, 1))
    )
    weeks = ((date(2026, 1, 1), date(2026, 1, 7)), (date(2026, 11, 28), date(2026, 12, 4)))
    pain = PainComparison("Leg pain", 3, 8, *weeks, worse, "")
    findings = ("new numbness in the saddle area", "weakness in both legs")
    return Report(
        options=ReportOptions(name="Sam Example", clinic="Riverside Physiotherapy " * 8),
        period=Period(date(2026, 1, 1), TODAY),
        generated_at=NOW,
        checkin_count=300,
        days_with_checkins=200,
        back=pain,
        leg=pain,
        reach=ReachSummary(LegReach.THIGH, LegReach.FOOT, LegReach.FOOT),
        adherence=SessionTotals(100, 80, 5, 20),
        worse_exercises=tuple(
            ExerciseResponses(f"e{n}", "Sciatic nerve glide in sitting, slowly", 30, 5, 3)
            for n in range(7)
        ),
        measures=tuple(
            MeasureScores(
                "sbi",
                "Bother",
                3,
                10,
                date(2026, 1, 1),
                12,
                date(2026, 5, 1),
                "0-24, higher is worse",
                "Sciatica bother score is up from 10 to 12 since 1 January, a small "
                "change that may be day-to-day variation.",
            )
            for _ in range(3)
        ),
        screenings=tuple(
            ScreeningLine(NOW, "weekly", TriageLevel.SAME_DAY, findings) for _ in range(6)
        ),
        events=tuple(
            TimelineEvent(NOW, TreatmentKind.INJECTION, "Epidural steroid injection", "80 mg", "")
            for _ in range(8)
        ),
        days=(),
        weeks=(),
        clearance=frozenset(ClearanceCondition),
        progression_held=tuple(HoldReason),
    )


def test_a_crowded_summary_goes_over_to_a_second_page_section_by_section(tmp_path: Path) -> None:
    from companion.reports.pdf_report import write_pdf
    from companion.reports.pdf_typesetting import APP_LINE, FOOTER_TOP, disclaimer
    from companion.reports.wording import wording

    out = tmp_path / "crowded.pdf"
    with out.open("wb") as target:
        pages = write_pdf(crowded_report(), target)
    texts = [" ".join(page.split()) for page in page_texts(out)]
    assert "Summary (continued)" in texts[1]
    for title in ("Pain (0–10)", "Leg symptoms", "Exercise", "Outcome measures", "Red-flag"):
        assert sum(title in text for text in texts[:2]) == 1, title
    assert "Treatments and events" in texts[1]
    assert "2 earlier events are listed after the week-by-week table." in texts[1]
    # Nothing but the footer below the footer's rule on either page.
    footer = set(
        f"{disclaimer(wording())} {APP_LINE} · generated 4 Dec 2026 Page 1 2 of {pages}".split()
    )
    for number in (1, 2):
        xhtml = subprocess.run(
            ["pdftotext", "-bbox", "-f", str(number), "-l", str(number), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xhtml)
        low = {word for top, word in words if float(top) > FOOTER_TOP * 72}
        assert low <= footer, low - footer
