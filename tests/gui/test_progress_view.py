"""The Progress page over real check-ins: chart contents and a summary that never overclaims."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from companion.domain.vocabulary import LegReach, Side, TreatmentKind
from companion.reports.report_words import reach_sentence, verdict_flag
from companion.reports.wording import ENGLISH, wording
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.services.diary import TreatmentFields, add_treatment
from companion.ui.context import AppContext
from companion.ui.progress.chart_plot import Bars, Events, Plot, Points, noon_number
from companion.ui.progress.progress_view import ProgressView
from companion.ui.ui_state import UiState

ENGLISH_WORDS = wording(ENGLISH)
REPO = Path(__file__).resolve().parents[2]


def _check_in(store: Store, days_ago: int, back: int, leg: int) -> None:
    now = datetime.now(UTC)
    draft = CheckInDraft(
        back_pain=back,
        leg_pain=leg,
        leg_reach=LegReach.THIGH,
        side=Side.LEFT,
        at=now - timedelta(days=days_ago),
    )
    record_checkin(store, draft, now)


def test_the_headline_says_what_the_report_says(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    from companion.domain.report import ReportOptions
    from companion.services.report_data import build_report

    # A bad first day, a good last one and flat weeks between: day against day would call it
    # a meaningful improvement; the report's 7-day means call it a small change.
    _check_in(store, 13, 5, 8)
    for days_ago in range(12, 0, -1):
        _check_in(store, days_ago, 5, 6)
    _check_in(store, 0, 5, 5)
    view = ProgressView(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(view)
    view.show()  # the last 2 weeks
    today = date.today()
    report = build_report(store, ReportOptions(start=today - timedelta(days=13), end=today))

    assert verdict_flag(ENGLISH_WORDS, report.leg) == "small change"
    assert view.summary.text().splitlines() == [
        report.leg.sentence,
        report.back.sentence,
        reach_sentence(ENGLISH_WORDS, report.reach),
    ]


def test_empty_diary_says_what_will_appear(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    view = ProgressView(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(view)
    view.show()
    assert not view.empty.isHidden()
    assert view.plot is None
    assert view.summary.text() == ""


def test_chart_plots_back_and_leg_pain_and_summary_reads_the_change(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    for days_ago, back, leg in ((10, 5, 7), (6, 5, 6), (1, 4, 4)):
        _check_in(store, days_ago, back, leg)
    _check_in(store, 200, 9, 9)  # outside the 2-week period
    context = AppContext(store, UiState(data_dir))
    view = ProgressView(context)
    qtbot.addWidget(view)
    view.show()
    # The raw points come first (back, then leg); the 7-day averages follow them.
    points = _pain_series(view)[:2]
    assert all(isinstance(one, Points) for one in points)
    assert [list(one.ys) for one in points] == [[5, 5, 4], [7, 6, 4]]  # type: ignore[union-attr]
    assert [one.label for one in points] == ["Back pain", "Leg pain"]  # type: ignore[union-attr]
    assert points[0].marker != points[1].marker  # type: ignore[union-attr]
    # The report's comparison: the first half's mean (7 and 6) against the last half's (4).
    assert "Leg pain is down from 6.5 to 4" in view.summary.text()
    assert "the minimal important change" in view.summary.text()  # NPRS: Ostelo's term

    view.period.setCurrentIndex(view.period.findText("Everything"))
    assert len(_raw_leg_points(view)) == 4


def test_a_new_checkin_redraws_the_visible_page(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    from companion.domain.changes import Changes, Topic

    _check_in(store, 3, 3, 3)
    context = AppContext(store, UiState(data_dir))
    view = ProgressView(context)
    qtbot.addWidget(view)
    view.show()
    _check_in(store, 0, 2, 1)
    context.publish(Changes.of(Topic.CHECKINS))
    assert _raw_leg_points(view) == [3, 1]


# --- Ranges, pointing at a day, and redrawing only what changed --------------------------------


def _shown_view(qtbot: QtBot, store: Store, data_dir: Path) -> tuple[ProgressView, AppContext]:
    context = AppContext(store, UiState(data_dir))
    view = ProgressView(context)
    qtbot.addWidget(view)
    view.resize(900, 1400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.all_drawn)  # the first chart is drawn at once, the rest just after
    return view, context


def _shown_plot(view: ProgressView, key: str = "pain") -> Plot:
    plot = view.plot_of(key)
    assert plot is not None
    return plot


def _pain_series(view: ProgressView) -> list[object]:
    return list(_shown_plot(view).rows[0].series)


def _raw_leg_points(view: ProgressView) -> list[float]:
    leg = _shown_plot(view).series_labelled("Leg pain")
    assert isinstance(leg, Points)
    return list(leg.ys)


def test_each_range_shows_its_own_days(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    for days_ago, leg in ((3, 1), (40, 2), (200, 3), (800, 4)):
        _check_in(store, days_ago, 2, leg)
    view, _ = _shown_view(qtbot, store, data_dir)

    shown = {}
    for label in ("Last 2 weeks", "Last 3 months", "Last year", "Everything"):
        view.period.setCurrentIndex(view.period.findText(label))
        shown[label] = _raw_leg_points(view)
        assert view.first.isHidden()  # the date fields belong to chosen dates only

    assert shown == {
        "Last 2 weeks": [1],
        "Last 3 months": [2, 1],
        "Last year": [3, 2, 1],
        "Everything": [4, 3, 2, 1],
    }
    # Over a year the bars count weeks; over everything (more than 400 days) months.
    assert view.shown_period().bucket.value == "month"


def test_chosen_dates_show_only_those_days(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    for days_ago, leg in ((30, 8), (20, 6), (10, 4)):
        _check_in(store, days_ago, 2, leg)
    view, _ = _shown_view(qtbot, store, data_dir)

    view.period.setCurrentIndex(view.period.findText("Chosen dates"))
    assert view.first.isVisibleTo(view) and view.last.isVisibleTo(view)
    today = QDate.currentDate()
    view.first.setDate(today.addDays(-25))
    view.last.setDate(today.addDays(-15))

    assert _raw_leg_points(view) == [6]
    plot = _shown_plot(view)
    assert (plot.first, plot.last) == (today.addDays(-25).toPython(), today.addDays(-15).toPython())
    assert plot.x_range[1] - plot.x_range[0] == 11  # the last day is shown whole
    assert view.summary.text() == ""  # one day is no change to describe


def _point_at(
    qtbot: QtBot, view: ProgressView, key: str, day: date, y: float, *, click: bool = False
) -> None:
    """Move the pointer (or click) over `day` on one chart, at its noon and the value `y`."""
    canvas = view.panels[key].canvas
    assert canvas is not None
    where = QPoint(round(canvas.x_pixel(noon_number(day))), round(canvas.y_pixel(0, y)))
    if click:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=where)
    else:
        qtbot.mouseMove(canvas, where)


def test_pointing_at_a_day_shows_its_values_and_events(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    _check_in(store, 4, 3, 7)
    _check_in(store, 2, 5, 6)
    when = datetime.now(UTC) - timedelta(days=2)
    add_treatment(store, TreatmentFields(TreatmentKind.INJECTION, when, name="Epidural"))
    view, _ = _shown_view(qtbot, store, data_dir)
    day = (datetime.now(UTC) - timedelta(days=2)).astimezone().date()

    _point_at(qtbot, view, "pain", day, 5)
    text = view.day_values.text()
    assert "back pain 5" in text and "leg pain 6" in text
    assert "(7-day average 6.5)" in text  # leg: the mean of 7 and 6
    assert "Injection: Epidural" in text

    _point_at(qtbot, view, "reach", day - timedelta(days=2), 2, click=True)
    assert "leg pain 7" in view.day_values.text()
    assert "Epidural" not in view.day_values.text()

    # Keyboard users step through the days with the arrow keys.
    canvas = view.panels["pain"].canvas
    assert canvas is not None
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert "leg pain 6" in view.day_values.text()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert "leg pain 7" in view.day_values.text()
    assert canvas.accessibleDescription() == view.day_values.text()
    # The chart shades the day the words describe: the one before the last.
    assert canvas.chosen == (view.panels["pain"].hover_x[-2], 0.5)

    # The pain chart marks the injection on its time axis.
    marks = [one for one in _pain_series(view) if isinstance(one, Events)]
    assert len(marks) == 1 and len(marks[0].xs) == 1


def test_only_the_charts_a_change_concerns_are_redrawn(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    from companion.domain.changes import Changes, Topic

    _check_in(store, 2, 3, 3)
    view, context = _shown_view(qtbot, store, data_dir)
    assert set(view.redraws) == set(view.panels)
    before = dict(view.redraws)

    context.publish(Changes.of(Topic.REMINDERS))
    assert {k for k in view.redraws if view.redraws[k] != before[k]} == {"breaks"}

    before = dict(view.redraws)
    _check_in(store, 1, 2, 1)
    context.publish(Changes.of(Topic.CHECKINS))
    assert view.redraws["pain"] == before["pain"] + 1  # at once
    qtbot.waitUntil(view.all_drawn)
    assert {k for k in view.redraws if view.redraws[k] != before[k]} == {"pain", "reach"}
    assert "Leg pain is down from 3 to 1" in view.summary.text()

    # A hidden page waits; it redraws what went stale when it is shown again.
    view.hide()
    before = dict(view.redraws)
    context.publish(Changes.of(Topic.MEASURES))
    assert view.redraws == before
    view.show()
    assert {k for k in view.redraws if view.redraws[k] != before[k]} == {"measures"}


def test_sessions_chart_says_there_is_no_plan_to_compare_with(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    _check_in(store, 1, 3, 3)
    view, _ = _shown_view(qtbot, store, data_dir)
    assert "only the sessions done are shown" in _shown_plot(view, "sessions").heading


SHOW_THE_PAGE = """
import os, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.paths import migrations_dir
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import open_store
from companion.ui.context import AppContext
from companion.ui.progress.progress_view import ProgressView
from companion.ui.ui_state import UiState
data = Path(sys.argv[1])
store = open_store(data, migrations_dir())
now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
record_checkin(store, CheckInDraft(back_pain=3, leg_pain=5, at=now - timedelta(days=1)), now)
view = ProgressView(AppContext(store, UiState(data), clock=lambda: now))
view.resize(900, 1400)
view.show()
while not view.all_drawn():
    app.processEvents()
view.grab()  # every chart painted
assert view.plot is not None
sys.exit(1 if any(m.startswith("matplotlib") for m in sys.modules) else 0)
"""


def test_the_page_draws_every_chart_without_loading_matplotlib(tmp_path: Path) -> None:
    # matplotlib (a third of a second to import) is for the PDF report only: the page paints
    # its charts with Qt, so its first visit never waits for it.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", SHOW_THE_PAGE, str(tmp_path / "data")],
        check=False,
        timeout=120,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_sessions_chart_holds_done_against_the_active_programme(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    from companion.domain.changes import Changes, Topic
    from companion.services.programmes import start_starter_programme

    _check_in(store, 1, 3, 3)
    view, context = _shown_view(qtbot, store, data_dir)
    started = datetime.now(UTC) - timedelta(days=20)
    _, changes = start_starter_programme(store, context.library, "desk-worker", started)
    before = dict(view.redraws)
    context.publish(changes)
    assert changes.concerns(Topic.PROGRAMME)
    assert {k for k in view.redraws if view.redraws[k] != before[k]} == {"sessions"}

    plot = _shown_plot(view, "sessions")
    planned = plot.series_labelled("Planned")
    assert isinstance(planned, Bars) and planned.outline_only
    assert sum(planned.heights) > 0
    assert plot.heading == ""
    context.publish(Changes.of(Topic.SESSIONS))
    assert view.panels["sessions"].text_at(-1).count("planned sessions done") == 1


def _plot_edges(view: ProgressView) -> set[tuple[int, int]]:
    """Where every plot of every chart on the page starts and ends, in canvas pixels."""
    edges = set()
    for panel in view.panels.values():
        assert panel.canvas is not None
        for rect in panel.canvas.plot_rects():  # at the canvas' present size
            edges.add((round(rect.left()), round(rect.right())))
    return edges


def test_every_chart_on_the_page_shares_one_time_axis_at_any_width(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    from companion.domain.changes import Changes, Topic
    from companion.services.measures import record_bothersomeness, record_functional_scale

    for days_ago in range(12, 0, -1):
        _check_in(store, days_ago, 5, 6)
    view, context = _shown_view(qtbot, store, data_dir)
    measures = view.panels["measures"].canvas
    assert measures is not None
    one_row = measures.minimumHeight()

    now = datetime.now(UTC)
    sbi = {"leg_pain": 3, "numbness_or_tingling": 2, "weakness": 1, "pain_when_sitting": 3}
    record_bothersomeness(store, sbi, now - timedelta(days=10))
    record_functional_scale(
        store,
        {"Putting on socks": 4, "Sitting through a meal": 5, "Walking to the shops": 3},
        now - timedelta(days=10),
    )
    context.publish(Changes.of(Topic.MEASURES))
    qtbot.waitUntil(view.all_drawn)
    assert len(_shown_plot(view, "measures").rows) == 2  # one questionnaire above the other
    assert measures.minimumHeight() > one_row  # each gets a row of its own height

    wide = _plot_edges(view)
    assert len(wide) == 1
    view.resize(560, 1400)
    qtbot.waitUntil(lambda: measures.width() < 560)
    narrow = _plot_edges(view)
    assert len(narrow) == 1
    ((left, right),) = narrow
    assert left == wide.pop()[0]  # the same left margin, in pixels, at every width
    assert right < measures.width()


def test_the_period_ends_on_the_apps_clock_not_the_wall_clock(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    """The page reads "today" from the context's clock, as every view does: a test (or a day
    that changed while the app ran) decides what is shown, not the machine's date."""
    fixed = datetime(2026, 3, 10, 9, 0).astimezone()
    view = ProgressView(AppContext(store, UiState(data_dir), clock=lambda: fixed))
    qtbot.addWidget(view)
    view.period.setCurrentIndex(view.period.findText("Last 2 weeks"))
    assert view.shown_period().last == date(2026, 3, 10)
    assert view.shown_period().first == date(2026, 2, 25)
    assert view.last.date() == QDate(2026, 3, 10)
    assert view.last.maximumDate() == QDate(2026, 3, 10)
