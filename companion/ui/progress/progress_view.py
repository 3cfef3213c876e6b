"""The Progress page: pain, leg reach, exercise, sitting breaks, activity and outcome measures
over a chosen period, with a careful summary and a day's values under the pointer.

matplotlib is imported only when the page is first shown with data, so it never slows the
start. Each chart keeps its own canvas and is redrawn only when a change concerns it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QCursor, QPalette, QShowEvent
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
from companion.domain.figures import Bucket, PainDay, Period, TimelineEvent, summarise
from companion.domain.measures import BOTHERSOMENESS, FUNCTIONAL_SCALE
from companion.domain.programme import WeeklyCount
from companion.domain.vocabulary import TreatmentKind
from companion.reports.report_words import change_sentence, headline, measure_name
from companion.reports.wording import wording
from companion.services import figures as data
from companion.services.measures import measure_history
from companion.services.measures import progress as measure_progress
from companion.ui.context import AppContext
from companion.ui.exercises.exercises_view import weekly_count_lines
from companion.ui.language import first_weekday
from companion.ui.reports.report_language import app_report_language
from companion.ui.style import SUBHEADING_SCALE, fill_with_scrolling, heading, scaled_font
from companion.ui.texts import reach_phrase

if TYPE_CHECKING:
    from matplotlib.backend_bases import KeyEvent, MouseEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from companion.reports.chart_layout import ChartStyle

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
    """A chart's English source string (listed in reports/chart_words.py) in the user's
    language."""
    return translate("Charts", text)


@dataclass
class ChartPanel:
    """One chart on the page: its canvas, the topics that redraw it and what hovering shows."""

    key: str
    title: str
    topics: tuple[Topic, ...]
    height: int  # in lines of text, so the chart grows with the system font
    canvas: FigureCanvasQTAgg | None = None
    caption: QLabel | None = None
    # Sorted x positions (matplotlib date numbers) of the days or bars, and what each one is;
    # the words are made only for the day pointed at (ten years are 3,650 days).
    hover_x: list[float] = field(default_factory=list)
    hover_days: list[date] = field(default_factory=list)
    describe: Callable[[date], str] = str
    hover_reach: float = 0.75  # how far from a point, in days, the pointer still picks it
    chosen: int | None = None  # the day or bar last pointed at or stepped to with the keys

    def text_at(self, index: int) -> str:
        """The words for the day or bar at `index` of `hover_days`."""
        return self.describe(self.hover_days[index])


def import_chart_modules() -> None:
    """Import what the page's first show imports (matplotlib and the charts); safe to call
    from a worker thread, where it takes the import's third of a second off that first show."""
    import matplotlib.backends.backend_qtagg
    import matplotlib.dates
    import matplotlib.figure  # noqa: F401

    import companion.reports.charts
    import companion.reports.count_charts  # noqa: F401


class ProgressView(QWidget):
    """Every chart for the chosen period, with a summary that never overclaims."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._stale: set[str] = set()
        self._summary_stale = True
        self._drawn = False
        self.redraws: Counter[str] = Counter()
        self._pending: list[str] = []
        self._days: tuple[Period, list[PainDay]] | None = None
        self.panels: dict[str, ChartPanel] = {
            panel.key: panel
            for panel in (
                ChartPanel("pain", self.tr("Back and leg pain"), (Topic.CHECKINS, Topic.DIARY), 19),
                ChartPanel(
                    "reach",
                    self.tr("How far the leg symptoms reach"),
                    (Topic.CHECKINS, Topic.DIARY),
                    15,
                ),
                ChartPanel(
                    "sessions",
                    self.tr("Exercise sessions"),
                    (Topic.SESSIONS, Topic.PROGRAMME),
                    14,
                ),
                ChartPanel("breaks", self.tr("Sitting breaks"), (Topic.REMINDERS,), 14),
                ChartPanel("activity", self.tr("Activity"), (Topic.DIARY,), 12),
                ChartPanel("measures", self.tr("Questionnaires"), (Topic.MEASURES,), 15),
            )
        }
        self._stale = set(self.panels)

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

        page = QWidget()
        self._layout = QVBoxLayout(page)
        self._layout.addLayout(top)
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
        self._draw(self.panels[key], period, days, _chart_style(self.palette()))
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
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        line = self.fontMetrics().height()
        for panel in self.panels.values():
            title = QLabel(panel.title)
            title.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
            title.setFont(scaled_font(title, SUBHEADING_SCALE))
            canvas = FigureCanvasQTAgg(Figure(figsize=(7.5, 3), layout="constrained"))
            canvas.setAccessibleName(panel.title)
            canvas.setMinimumHeight(panel.height * line)
            pointed = partial(self._point_at, panel)
            canvas.mpl_connect("motion_notify_event", pointed)
            canvas.mpl_connect("button_press_event", pointed)
            # Keyboard users step through the days with the arrow keys, Home and End.
            canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            canvas.mpl_connect("key_press_event", partial(self._step, panel))
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
        from matplotlib.dates import date2num

        assert panel.canvas is not None
        figure: Figure = panel.canvas.figure
        draw = {
            "pain": self._draw_pain,
            "reach": self._draw_pain,
            "sessions": self._draw_sessions,
            "breaks": self._draw_breaks,
            "activity": self._draw_activity,
            "measures": self._draw_measures,
        }[panel.key]
        keys, describe, middle = draw(panel, figure, period, days, style)
        panel.hover_days = sorted(keys)
        # The same x as the chart: a day's points at noon, a bar across the days it counts.
        epoch = date(1970, 1, 1)
        origin = float(date2num(datetime.combine(epoch, time()))) + middle
        panel.hover_x = [origin + (day - epoch).days for day in panel.hover_days]
        panel.describe = describe
        panel.chosen = None
        panel.hover_reach = max(0.75, middle + 0.25)
        panel.canvas.draw_idle()
        self.redraws[panel.key] += 1

    def _draw_pain(
        self,
        panel: ChartPanel,
        figure: Figure,
        period: Period,
        days: list[PainDay],
        style: ChartStyle,
    ) -> tuple[Collection[date], Callable[[date], str], float]:
        from companion.reports import charts

        store = self._context.store
        events = data.timeline_events(store, period)
        marks = [
            charts.EventMark(e.occurred_at.astimezone(), self._event_title(e), e.kind is FLARE)
            for e in events
        ]
        by_day = {day.day: day for day in days}
        events_on: dict[date, list[TimelineEvent]] = {}
        for event in events:
            events_on.setdefault(event.occurred_at.astimezone().date(), []).append(event)

        def describe(day: date) -> str:
            parts = [self._pain_text(by_day[day])] if day in by_day else []
            for event in events_on.get(day, []):
                local = event.occurred_at.astimezone()
                parts.append(
                    self.tr("{time} {event}").format(
                        time=QLocale().toString(
                            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
                        ),
                        event=self._event_title(event),
                    )
                )
            return self._day_name(day) + ": " + "; ".join(parts)

        span = (period.first, period.last)
        if panel.key == "pain":
            points = data.pain_points(store, period)
            charts.pain_chart(
                [p.at.astimezone() for p in points],
                [p.back for p in points],
                [p.leg for p in points],
                style,
                days=[d.day for d in days],
                back_average=[d.back_average for d in days],
                leg_average=[d.leg_average for d in days],
                events=marks,
                span=span,
                tr=chart_words,
                figure=figure,
            )
        else:
            charts.reach_chart(
                [d.day for d in days],
                [d.reach.level for d in days],
                style,
                events=marks,
                span=span,
                tr=chart_words,
                figure=figure,
            )
        return by_day.keys() | events_on.keys(), describe, 0.5

    def _draw_sessions(
        self,
        panel: ChartPanel,
        figure: Figure,
        period: Period,
        days: list[PainDay],
        style: ChartStyle,
    ) -> tuple[Collection[date], Callable[[date], str], float]:
        from companion.reports.count_charts import adherence_chart

        # Planned against done reads per week; a fortnight shows its days, ten years months.
        bucket = period.bucket
        length = bucket.days
        weeks = data.session_bars(self._context.store, period, bucket)
        adherence_chart(
            [w.start for w in weeks],
            [w.done for w in weeks],
            [w.partial for w in weeks],
            [w.planned for w in weeks],
            style,
            bucket_days=length,
            span=(period.first, period.last),
            tr=chart_words,
            figure=figure,
        )
        texts = {
            w.start: self._bucket_name(w.start, bucket)
            + (
                self.tr(": %n session(s) done, {partial} stopped part-way", "", w.done).format(
                    partial=w.partial
                )
                if w.planned is None
                else self.tr(
                    ": {done} of %n planned session(s) done, {partial} stopped part-way",
                    "",
                    w.planned,
                ).format(done=w.done, partial=w.partial)
            )
            for w in weeks
        }
        return texts.keys(), texts.__getitem__, length / 2

    def _draw_breaks(
        self,
        panel: ChartPanel,
        figure: Figure,
        period: Period,
        days: list[PainDay],
        style: ChartStyle,
    ) -> tuple[Collection[date], Callable[[date], str], float]:
        from companion.reports.count_charts import breaks_chart

        bucket = period.bucket
        counts = data.break_counts(self._context.store, period, bucket)
        length = bucket.days
        breaks_chart(
            [c.start for c in counts],
            [c.taken for c in counts],
            [c.snoozed for c in counts],
            [c.skipped for c in counts],
            style,
            bucket_days=length,
            span=(period.first, period.last),
            tr=chart_words,
            figure=figure,
        )
        texts = {
            c.start: self._bucket_name(c.start, bucket)
            + self.tr(
                ": %n sitting break(s) taken, {snoozed} snoozed, {skipped} skipped", "", c.taken
            ).format(snoozed=c.snoozed, skipped=c.skipped)
            for c in counts
        }
        return texts.keys(), texts.__getitem__, length / 2

    def _draw_activity(
        self,
        panel: ChartPanel,
        figure: Figure,
        period: Period,
        days: list[PainDay],
        style: ChartStyle,
    ) -> tuple[Collection[date], Callable[[date], str], float]:
        from companion.reports.count_charts import activity_chart

        bucket = period.bucket
        totals = data.activity_totals(self._context.store, period, bucket)
        length = bucket.days
        activity_chart(
            [t.start for t in totals],
            [t.minutes for t in totals],
            style,
            bucket_days=length,
            span=(period.first, period.last),
            tr=chart_words,
            figure=figure,
        )
        texts = {
            t.start: self._bucket_name(t.start, bucket)
            + self.tr(": %n minute(s) of activity", "", t.minutes)
            for t in totals
        }
        return texts.keys(), texts.__getitem__, length / 2

    def _draw_measures(
        self,
        panel: ChartPanel,
        figure: Figure,
        period: Period,
        days: list[PainDay],
        style: ChartStyle,
    ) -> tuple[Collection[date], Callable[[date], str], float]:
        from companion.reports.charts import measures_chart

        series, sentences = self._measure_series(period)
        measures_chart(
            series, style, span=(period.first, period.last), tr=chart_words, figure=figure
        )
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
        words = {day: self._day_name(day) + ": " + "; ".join(t) for day, t in texts.items()}
        return words.keys(), words.__getitem__, 0.5

    def _measure_series(self, period: Period) -> tuple[list[Any], list[str]]:
        from companion.reports.charts import MeasureSeries

        store = self._context.store
        series, sentences = [], []
        for measure in (BOTHERSOMENESS, FUNCTIONAL_SCALE):
            history = measure_history(store, measure.id)
            change = measure_progress(store, measure.id)
            baseline = change.baseline if change is not None else (history[0] if history else None)
            shown = [r for r in history if period.first <= r.taken_on <= period.last]
            series.append(MeasureSeries(measure, shown, baseline))
            if change is not None:
                words = wording(app_report_language())
                name = measure_name(words, measure.id, measure.name)
                sentences.append(change_sentence(words, name, change))
        return series, sentences

    # --- Words ---------------------------------------------------------------------------------

    def _weekly_text(self, count: WeeklyCount) -> str:
        library = self._context.library
        name = library.get(count.exercise_id).name if count.exercise_id in library else ""
        target = count.target
        return self.tr("{name}: {done} of %n time(s) in the week from {start}", "", target).format(
            name=name or count.exercise_id, done=count.done, start=self._day_name(count.week_start)
        )

    def _day_name(self, day: date) -> str:
        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def _bucket_name(self, start: date, bucket: Bucket) -> str:
        if bucket is Bucket.WEEK:
            return self.tr("Week of {day}").format(day=self._day_name(start))
        if bucket is Bucket.MONTH:
            return QLocale().toString(QDate(start.year, start.month, start.day), "MMMM yyyy")
        return self._day_name(start)

    def _pain_text(self, day: PainDay) -> str:
        reach = reach_phrase(day.reach)
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
            reach=reach,
        )

    def _event_title(self, event: TimelineEvent) -> str:
        kind = {
            TreatmentKind.MEDICATION_STARTED: self.tr("Medication started"),
            TreatmentKind.MEDICATION_CHANGED: self.tr("Medication changed"),
            TreatmentKind.MEDICATION_STOPPED: self.tr("Medication stopped"),
            TreatmentKind.INJECTION: self.tr("Injection"),
            TreatmentKind.PROCEDURE: self.tr("Procedure"),
            TreatmentKind.APPOINTMENT: self.tr("Appointment"),
            TreatmentKind.FLARE_UP: self.tr("Flare-up"),
            TreatmentKind.OTHER: self.tr("Other event"),
        }[event.kind]
        return f"{kind}: {event.name}" if event.name else kind

    # --- Pointing at a day ---------------------------------------------------------------------

    def _point_at(self, panel: ChartPanel, event: MouseEvent) -> None:
        x = getattr(event, "xdata", None)
        if getattr(event, "inaxes", None) is None or x is None:
            return
        index = nearest(panel.hover_x, float(x), panel.hover_reach)
        if index is not None:
            self._choose(panel, index, tooltip=True)

    def _step(self, panel: ChartPanel, event: KeyEvent) -> None:
        if not panel.hover_x:
            return
        last = len(panel.hover_x) - 1
        current = last if panel.chosen is None else min(panel.chosen, last)
        index = {
            "left": current - 1,
            "right": current + 1,
            "home": 0,
            "end": last,
        }.get(str(event.key))
        if index is not None:
            self._choose(panel, max(0, min(index, last)), tooltip=False)

    def _choose(self, panel: ChartPanel, index: int, tooltip: bool) -> None:
        panel.chosen = index
        text = panel.text_at(index)
        self.day_values.setText(text)
        canvas = panel.canvas
        if canvas is not None:
            canvas.setAccessibleDescription(text)  # screen readers read the chosen day
            if tooltip and canvas.isVisible():
                QToolTip.showText(QCursor.pos(), text, canvas)

    # --- For tests -----------------------------------------------------------------------------

    @property
    def figure(self) -> Figure | None:
        """The pain chart on screen, or None before there is anything to show."""
        return self.figure_of("pain")

    def figure_of(self, key: str) -> Figure | None:
        """The Figure of one chart ("pain", "reach", "sessions", "breaks", "activity",
        "measures"), or None before it is drawn."""
        canvas = self.panels[key].canvas
        return canvas.figure if canvas is not None and self._drawn else None


FLARE = TreatmentKind.FLARE_UP


def nearest(xs: Sequence[float], x: float, reach: float) -> int | None:
    """The index of the x nearest to `x`, if it lies within `reach`; xs are sorted."""
    index = bisect.bisect_left(xs, x)
    candidates = [i for i in (index - 1, index) if 0 <= i < len(xs)]
    if not candidates:
        return None
    best = min(candidates, key=lambda i: abs(xs[i] - x))
    return best if abs(xs[best] - x) <= reach else None


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _chart_style(palette: QPalette) -> ChartStyle:
    from companion.reports.chart_layout import ChartStyle

    base = palette.color(QPalette.ColorRole.Base)
    return ChartStyle.on(
        background=base.name(),
        text=palette.color(QPalette.ColorRole.Text).name(),
        grid=palette.color(QPalette.ColorRole.Mid).name(),
        dark=base.lightnessF() < 0.5,
        language=app_report_language(),
    )
