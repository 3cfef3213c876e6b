"""The Progress page: pain, leg reach, exercise, sitting breaks, activity and outcome measures
over a chosen period, with a careful summary and a day's values under the pointer.

The charts are painted with Qt (chart_canvas.py), so the page opens without importing
matplotlib, which only the PDF report uses. Each chart keeps its own canvas and is redrawn only
when a change concerns it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Changes, Topic
from companion.domain.figures import (
    ActivityTotal,
    BreakCount,
    PainDay,
    Period,
    SessionBar,
    TimelineEvent,
    summarise,
)
from companion.domain.measures import BOTHERSOMENESS, FUNCTIONAL_SCALE
from companion.domain.programme import WeeklyCount
from companion.domain.vocabulary import TreatmentKind
from companion.reports.report_words import change_sentence, headline, measure_name
from companion.reports.wording import wording
from companion.services import figures as data
from companion.services.measures import measure_history
from companion.services.measures import progress as measure_progress
from companion.ui.context import AppContext
from companion.ui.exercises.exercise_words import weekly_count_lines
from companion.ui.language import first_weekday
from companion.ui.progress import progress_charts as charts
from companion.ui.progress.chart_canvas import ChartCanvas
from companion.ui.progress.chart_panel import ChartPanel, chart_style, nearest
from companion.ui.progress.chart_plot import ChartStyle, Plot, day_number
from companion.ui.progress.chart_words import REACH_LEVELS
from companion.ui.progress.day_words import (
    bucket_name,
    day_name,
    event_text,
    event_title,
)
from companion.ui.reports.report_language import app_report_language
from companion.ui.style import SUBHEADING_SCALE, fill_with_scrolling, heading, scaled_font
from companion.ui.texts import reach_phrase

translate = QCoreApplication.translate

CUSTOM = "custom"
MEASURE_ROW_LINES = 13  # each questionnaire past the first adds a row this tall to its chart
DAY_VALUES_LINES = 3  # the reading under the pointer: a day with pain, reach and events, wrapped
RANGES: list[tuple[str, int | str | None]] = [
    (translate("Progress", "Last 2 weeks"), 14),
    (translate("Progress", "Last 3 months"), 91),
    (translate("Progress", "Last year"), 365),
    (translate("Progress", "Everything"), None),
    (translate("Progress", "Chosen dates"), CUSTOM),
]


def chart_words(text: str) -> str:
    """A chart's English source string (listed in chart_words.py) in the user's
    language."""
    return translate("Charts", text)


class ProgressView(QWidget):
    """Every chart for the chosen period, with a summary that never overclaims."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._summary_stale = True
        self._drawn = False
        self.redraws: Counter[str] = Counter()
        self._pending: list[str] = []
        self._days: tuple[Period, list[PainDay]] | None = None
        self.panels = self._make_panels()
        self._stale: set[str] = set(self.panels)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setFont(scaled_font(self.summary, 1.05, bold=False))
        self.day_values = QLabel(self.tr("Point at or click a chart to see the values of a day."))
        self.day_values.setWordWrap(True)
        # Room for the longest reading, kept: a line that grew and shrank as the pointer moved
        # over the charts moved the whole page under it.
        self.day_values.setMinimumHeight(self.fontMetrics().lineSpacing() * DAY_VALUES_LINES)
        self.day_values.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.day_values.setAccessibleName(self.tr("Values of the day under the pointer"))
        self.empty = QLabel(
            self.tr(
                "Your pain chart appears here after your first check-ins. Check in on the "
                "Today page once or twice a day."
            )
        )
        self.empty.setWordWrap(True)

        page = QWidget()
        self._layout = QVBoxLayout(page)
        self._layout.addLayout(self._build_period_row())
        self._layout.addWidget(self.summary)
        self._layout.addWidget(self.empty)
        self.charts = QWidget()
        self._charts_layout = QVBoxLayout(self.charts)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self._charts_layout.addWidget(self.day_values)
        self.charts.hide()
        self._layout.addWidget(self.charts, 1)
        self._layout.addStretch(0)
        fill_with_scrolling(self, page)
        self._show_dates()
        context.bus.changed.connect(self._on_changes)

    def _make_panels(self) -> dict[str, ChartPanel]:
        """The charts, top to bottom, each with the changes that redraw it and its height."""
        checkins = (Topic.CHECKINS, Topic.DIARY)
        return {
            panel.key: panel
            for panel in (
                ChartPanel("pain", self.tr("Back and leg pain"), checkins, 19),
                ChartPanel("reach", self.tr("How far the leg symptoms reach"), checkins, 15),
                ChartPanel(
                    "sessions", self.tr("Exercise sessions"), (Topic.SESSIONS, Topic.PROGRAMME), 14
                ),
                ChartPanel("breaks", self.tr("Sitting breaks"), (Topic.REMINDERS,), 14),
                ChartPanel("activity", self.tr("Activity"), (Topic.DIARY,), 12),
                ChartPanel("measures", self.tr("Questionnaires"), (Topic.MEASURES,), 15),
            )
        }

    def _build_period_row(self) -> QHBoxLayout:
        """The heading and the period shown: a choice of spans, or two chosen dates."""
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period shown"))
        for label, days in RANGES:
            self.period.addItem(label, days)
        self.first = self._date_edit(self.tr("First day shown"))
        self.last = self._date_edit(self.tr("Last day shown"))
        now = self._context.now().date()
        today = QDate(now.year, now.month, now.day)
        self.last.setDate(today)
        self.first.setDate(today.addDays(-13))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Progress")), 1)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.period)
        top.addWidget(show_label)
        top.addWidget(self.period)
        self.first_label = QLabel(self.tr("&From:"))
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel(self.tr("&To:"))
        self.last_label.setBuddy(self.last)
        for widget in (self.first_label, self.first, self.last_label, self.last):
            top.addWidget(widget)
        return top

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        now = self._context.now().date()
        edit.setMaximumDate(QDate(now.year, now.month, now.day))
        return edit

    # --- When to draw --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._summary_stale:
            self.refresh(self._stale)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._drawn:
            # Light and dark modes switch at run time: every chart takes the new colours.
            self._stale = set(self.panels)
            if self.isVisible():
                self.refresh(self._stale)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.CHECKINS):
            self._days = None
        self._stale |= {p.key for p in self.panels.values() if changes.concerns(*p.topics)}
        if changes.concerns(Topic.CHECKINS, Topic.SESSIONS, Topic.PROGRAMME):
            self._summary_stale = True  # the headline, and the weekly activities' counts
        if self.isVisible() and (self._stale or self._summary_stale):
            self.refresh(self._stale)

    def _period_changed(self) -> None:
        self._show_dates()
        self._summary_stale = True
        self.refresh(set(self.panels))

    def _dates_changed(self) -> None:
        if self.period.currentData() == CUSTOM:
            self._summary_stale = True
            self.refresh(set(self.panels))

    def _show_dates(self) -> None:
        custom = self.period.currentData() == CUSTOM
        for widget in (self.first_label, self.first, self.last_label, self.last):
            widget.setVisible(custom)

    def shown_period(self) -> Period:
        """The local days the charts show."""
        chosen = self.period.currentData()
        today = self._context.now().date()  # the app's one clock: a test fixes it
        if chosen == CUSTOM:
            first: date = self.first.date().toPython()  # type: ignore[assignment]
            last: date = self.last.date().toPython()  # type: ignore[assignment]
            return Period(min(first, last), max(first, last))
        if chosen is None:
            return Period(min(data.first_day(self._context.store) or today, today), today)
        return Period(today - timedelta(days=int(chosen) - 1), today)

    # --- Drawing -------------------------------------------------------------------------------

    def refresh(self, keys: set[str] | None = None) -> None:
        """Redraw the summary and the charts named in `keys` (None: all) for the period.

        The first chart is drawn at once; the others follow one per turn of the event loop,
        so the page answers while they draw (`all_drawn` says when they are done).
        """
        wanted = set(self.panels) if keys is None else set(keys)
        store = self._context.store
        if data.first_day(store) is None:
            self._stale, self._summary_stale, self._pending = set(), False, []
            self.summary.setText("")
            self.empty.show()
            self.charts.hide()
            return
        self.empty.hide()
        self.charts.show()
        if not self._drawn:
            self._build_canvases()
            wanted = set(self.panels)
            self._summary_stale = True
            self._drawn = True
        if self._summary_stale:
            # The report's own comparison (the first week's mean against the last week's), so
            # the page never calls a change meaningful that the report calls small.
            period = self.shown_period()
            summary = summarise(self._pain_days(period))
            said = headline(wording(app_report_language()), summary)
            # Weekly activities (water walking) are not sessions: each counts its days in the
            # shown period's last week, the week the report's figure counts too.
            weekly = data.weekly_activities(self._context.store, period.last, first_weekday())
            if weekly and period.last == self._context.now().date():
                said = [*said, *weekly_count_lines(weekly, None, self._context.library)]
            elif weekly:
                said = [*said, *(self._weekly_text(count) for count in weekly)]
            self.summary.setText("\n".join(said))
            self._summary_stale = False
        self._stale -= wanted
        self._pending = [k for k in self.panels if k in wanted or k in self._pending]
        self._draw_next()

    def _draw_next(self) -> None:
        if not self._pending:
            return
        key = self._pending.pop(0)
        period = self.shown_period()
        days = self._pain_days(period) if key in ("pain", "reach") else []
        self._draw(self.panels[key], period, days, chart_style(self.palette()))
        if self._pending:
            QTimer.singleShot(0, self, self._draw_next)

    def all_drawn(self) -> bool:
        """True when no chart is waiting to be drawn."""
        return not self._pending

    def _pain_days(self, period: Period) -> list[PainDay]:
        # The summary, the pain chart and the reach chart share one query per period.
        if self._days is None or self._days[0] != period:
            self._days = (period, data.pain_days(self._context.store, period))
        return self._days[1]

    def _build_canvases(self) -> None:
        # Every canvas holds the reach words in the user's language at its left, so all of them
        # share one left margin and one time axis.
        reach_words = [chart_words(word) for word in REACH_LEVELS]
        line = self.fontMetrics().height()
        for panel in self.panels.values():
            title = QLabel(panel.title)
            title.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
            title.setFont(scaled_font(title, SUBHEADING_SCALE))
            canvas = ChartCanvas(reach_words)
            canvas.setAccessibleName(panel.title)
            canvas.setMinimumHeight(panel.height * line)
            canvas.pointed.connect(partial(self._point_at, panel))
            canvas.stepped.connect(partial(self._step, panel))
            panel.canvas = canvas
            self._charts_layout.addWidget(title)
            self._charts_layout.addWidget(canvas)
            if panel.key == "measures":
                panel.caption = QLabel()
                panel.caption.setWordWrap(True)
                panel.caption.setAccessibleName(self.tr("Questionnaire changes"))
                self._charts_layout.addWidget(panel.caption)

    def _draw(
        self, panel: ChartPanel, period: Period, days: list[PainDay], style: ChartStyle
    ) -> None:
        assert panel.canvas is not None
        frame = charts.ChartFrame(period.first, period.last, style, chart_words)
        if panel.key in ("pain", "reach"):
            plot, keys, describe, middle = self._draw_pain(panel.key, frame, period, days)
        elif panel.key == "measures":
            plot, keys, describe, middle = self._draw_measures(panel, frame, period)
        else:
            plot, keys, describe, middle = self._draw_counts(panel.key, frame, period)
        panel.hover_days = sorted(keys)
        # The same x as the chart: a day's points at noon, a bar across the days it counts.
        panel.hover_x = [day_number(day) + middle for day in panel.hover_days]
        panel.describe = describe
        panel.chosen = None
        panel.half_width = middle
        panel.canvas.show_plot(plot)
        self.redraws[panel.key] += 1

    def _draw_pain(
        self, key: str, frame: charts.ChartFrame, period: Period, days: list[PainDay]
    ) -> tuple[Plot, Collection[date], Callable[[date], str], float]:
        store = self._context.store
        events = data.timeline_events(store, period)
        marks = [
            charts.EventMark(
                e.occurred_at.astimezone(), event_title(e), e.kind is TreatmentKind.FLARE_UP
            )
            for e in events
        ]
        by_day = {day.day: day for day in days}
        events_on: dict[date, list[TimelineEvent]] = {}
        for event in events:
            events_on.setdefault(event.occurred_at.astimezone().date(), []).append(event)

        def describe(day: date) -> str:
            parts = [self._pain_text(by_day[day])] if day in by_day else []
            parts += [event_text(event) for event in events_on.get(day, [])]
            return day_name(day) + ": " + "; ".join(parts)

        if key == "pain":
            points = data.pain_points(store, period)
            plot = charts.pain_plot(
                [p.at.astimezone() for p in points],
                [p.back for p in points],
                [p.leg for p in points],
                frame,
                days=[d.day for d in days],
                back_average=[d.back_average for d in days],
                leg_average=[d.leg_average for d in days],
                events=marks,
            )
        else:
            levels = [d.reach.level for d in days]
            plot = charts.reach_plot([d.day for d in days], levels, frame, events=marks)
        return plot, by_day.keys() | events_on.keys(), describe, 0.5

    def _draw_counts(
        self, key: str, frame: charts.ChartFrame, period: Period
    ) -> tuple[Plot, Collection[date], Callable[[date], str], float]:
        """A bar a day, week or month (as long as the period asks): sessions, breaks, activity.

        Planned against done reads per week; a fortnight shows its days, ten years months.
        """
        bucket = period.bucket
        store = self._context.store
        said: Callable[[Any], str]
        if key == "sessions":
            rows: Sequence[Any] = data.session_bars(store, period, bucket)
            said = self._sessions_text
        elif key == "breaks":
            rows = data.break_counts(store, period, bucket)
            said = self._breaks_text
        else:
            rows = data.activity_totals(store, period, bucket)
            said = self._activity_text
        # Each chart and the columns of its rows that it takes after their starts.
        builders: dict[str, tuple[Callable[..., Plot], tuple[str, ...]]] = {
            "sessions": (charts.sessions_plot, ("done", "partial", "planned")),
            "breaks": (charts.breaks_plot, ("taken", "snoozed", "skipped")),
            "activity": (charts.activity_plot, ("minutes",)),
        }
        build, columns = builders[key]
        plot = build(
            [row.start for row in rows],
            *([getattr(row, column) for row in rows] for column in columns),
            replace(frame, bucket_days=bucket.days),
        )
        texts = {row.start: bucket_name(row.start, bucket) + said(row) for row in rows}
        return plot, texts.keys(), texts.__getitem__, bucket.days / 2

    def _sessions_text(self, week: SessionBar) -> str:
        if week.planned is None:
            return self.tr(
                ": %n session(s) done, {partial} stopped part-way", "", week.done
            ).format(partial=week.partial)
        return self.tr(
            ": {done} of %n planned session(s) done, {partial} stopped part-way", "", week.planned
        ).format(done=week.done, partial=week.partial)

    def _breaks_text(self, count: BreakCount) -> str:
        return self.tr(
            ": %n sitting break(s) taken, {snoozed} snoozed, {skipped} skipped", "", count.taken
        ).format(snoozed=count.snoozed, skipped=count.skipped)

    def _activity_text(self, total: ActivityTotal) -> str:
        return self.tr(": %n minute(s) of activity", "", total.minutes)

    def _draw_measures(
        self, panel: ChartPanel, frame: charts.ChartFrame, period: Period
    ) -> tuple[Plot, Collection[date], Callable[[date], str], float]:
        series, sentences = self._measure_series(period)
        plot = charts.measures_plot(series, frame)
        # The questionnaires stand one above the other on the page's time axis: each gets room.
        rows = max(1, sum(1 for one in series if one.results))
        assert panel.canvas is not None
        lines = panel.height + MEASURE_ROW_LINES * (rows - 1)
        panel.canvas.setMinimumHeight(lines * self.fontMetrics().height())
        texts: dict[date, list[str]] = {}
        for one in series:
            name = chart_words(one.measure.name)
            for result in one.results:
                texts.setdefault(result.taken_on, []).append(
                    self.tr("{measure} {score}").format(measure=name, score=f"{result.score:g}")
                )
        assert panel.caption is not None
        panel.caption.setText("\n".join(sentences))
        words = {day: day_name(day) + ": " + "; ".join(t) for day, t in texts.items()}
        return plot, words.keys(), words.__getitem__, 0.5

    def _measure_series(self, period: Period) -> tuple[list[charts.MeasureSeries], list[str]]:
        store = self._context.store
        series, sentences = [], []
        for measure in (BOTHERSOMENESS, FUNCTIONAL_SCALE):
            history = measure_history(store, measure.id)
            change = measure_progress(store, measure.id)
            baseline = change.baseline if change is not None else (history[0] if history else None)
            shown = [r for r in history if period.first <= r.taken_on <= period.last]
            series.append(charts.MeasureSeries(measure, shown, baseline))
            if change is not None:
                words = wording(app_report_language())
                name = measure_name(words, measure.id, measure.name)
                sentences.append(change_sentence(words, name, change))
        return series, sentences

    # --- Counted words (lupdate marks a phrase as counted only in a tr() call) ---------------

    def _weekly_text(self, count: WeeklyCount) -> str:
        library = self._context.library
        name = library.get(count.exercise_id).name if count.exercise_id in library else ""
        target = count.target
        return self.tr("{name}: {done} of %n time(s) in the week from {start}", "", target).format(
            name=name or count.exercise_id, done=count.done, start=day_name(count.week_start)
        )

    def _pain_text(self, day: PainDay) -> str:
        return self.tr(
            "back pain {back} (7-day average {back_average}), leg pain {leg} "
            "(7-day average {leg_average}), {reach}; %n check-in(s)",
            "",
            day.checkins,
        ).format(
            back=_number(day.back),
            back_average=_number(day.back_average),
            leg=_number(day.leg),
            leg_average=_number(day.leg_average),
            reach=reach_phrase(day.reach),
        )

    # --- Pointing at a day ---------------------------------------------------------------------

    def _point_at(self, panel: ChartPanel, x: float) -> None:
        index = nearest(panel.hover_x, x, panel.hover_reach)
        if index is not None:
            self._choose(panel, index, tooltip=True)

    def _step(self, panel: ChartPanel, key: str) -> None:
        if not panel.hover_x:
            return
        last = len(panel.hover_x) - 1
        current = last if panel.chosen is None else min(panel.chosen, last)
        index = {
            "left": current - 1,
            "right": current + 1,
            "home": 0,
            "end": last,
        }.get(key)
        if index is not None:
            self._choose(panel, max(0, min(index, last)), tooltip=False)

    def _choose(self, panel: ChartPanel, index: int, tooltip: bool) -> None:
        panel.chosen = index
        text = panel.text_at(index)
        self.day_values.setText(text)
        canvas = panel.canvas
        if canvas is not None:
            canvas.setAccessibleDescription(text)  # screen readers read the chosen day
            canvas.choose(panel.hover_x[index], panel.half_width)
            if tooltip and canvas.isVisible():
                QToolTip.showText(QCursor.pos(), text, canvas)

    # --- For tests -----------------------------------------------------------------------------

    @property
    def plot(self) -> Plot | None:
        """The pain chart on screen, or None before there is anything to show."""
        return self.plot_of("pain")

    def plot_of(self, key: str) -> Plot | None:
        """What one chart shows ("pain", "reach", "sessions", "breaks", "activity",
        "measures"), or None before it is drawn."""
        canvas = self.panels[key].canvas
        return canvas.plot if canvas is not None and self._drawn else None


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
