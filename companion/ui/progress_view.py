"""The Progress page: back and leg pain over a chosen period, with a careful summary.

matplotlib is imported only when the page is first shown, so it never slows the start.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.domain.changes import Changes, Topic
from companion.domain.measures import (
    BACK_PAIN,
    LEG_PAIN,
    Measure,
    MeasureResult,
    change_since_baseline,
    describe_change,
)
from companion.services.checkins import CheckInRecord, checkins_between
from companion.ui.context import AppContext
from companion.ui.style import heading

if TYPE_CHECKING:
    from companion.reports.charts import ChartStyle

translate = QCoreApplication.translate

RANGES: list[tuple[str, int | None]] = [
    (translate("Progress", "Last 2 weeks"), 14),
    (translate("Progress", "Last 3 months"), 91),
    (translate("Progress", "Last year"), 365),
    (translate("Progress", "Everything"), None),
]


def summary_sentences(checkins: list[CheckInRecord]) -> list[str]:
    """Leg pain first (what sciatica trials follow), then back pain, never overclaiming."""
    sentences = []
    for measure, value in ((LEG_PAIN, "leg_pain"), (BACK_PAIN, "back_pain")):
        change = change_since_baseline(_results(checkins, measure, value))
        if change is not None:
            sentences.append(describe_change(change))
    return sentences


def _results(checkins: list[CheckInRecord], measure: Measure, value: str) -> list[MeasureResult]:
    # One result per day (the day's last check-in), so several check-ins a day do not count
    # as separate baselines.
    by_day: dict[date, CheckInRecord] = {}
    for checkin in checkins:
        by_day[checkin.recorded_at.astimezone().date()] = checkin
    return [
        MeasureResult(measure, float(getattr(c, value)), day)
        for day, c in sorted(by_day.items(), key=lambda item: item[1].recorded_at)
    ]


class ProgressView(QWidget):
    """Pain over time for the chosen period."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._stale = True
        self._canvas: QWidget | None = None
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period shown"))
        for label, days in RANGES:
            self.period.addItem(label, days)
        self.period.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
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
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.summary)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        context.bus.changed.connect(self._on_changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.CHECKINS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def shown_checkins(self) -> list[CheckInRecord]:
        """The check-ins of the chosen period."""
        days = self.period.currentData()
        end = datetime.now(UTC) + timedelta(minutes=5)
        start = end - timedelta(days=days) if days else datetime(1990, 1, 1, tzinfo=UTC)
        return checkins_between(self._context.store, start, end)

    def refresh(self) -> None:
        """Redraw the chart and the summary for the chosen period."""
        self._stale = False
        checkins = self.shown_checkins()
        self.summary.setText("\n".join(summary_sentences(checkins)))
        self.empty.setVisible(not checkins)
        if not checkins:
            if self._canvas is not None:
                self._canvas.hide()
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from companion.reports.charts import pain_chart

        figure = pain_chart(
            [c.recorded_at.astimezone() for c in checkins],
            [c.back_pain for c in checkins],
            [c.leg_pain for c in checkins],
            style=_chart_style(self.palette()),
        )
        canvas = FigureCanvasQTAgg(figure)
        canvas.setAccessibleName(self.tr("Pain chart"))
        canvas.setMinimumHeight(260)
        if self._canvas is not None:
            self._layout.replaceWidget(self._canvas, canvas)
            self._canvas.deleteLater()
        else:
            self._layout.insertWidget(3, canvas, 1)
        self._canvas = canvas

    @property
    def figure(self) -> object | None:
        """The matplotlib Figure on screen (for tests), or None."""
        return getattr(self._canvas, "figure", None)


def _chart_style(palette: QPalette) -> ChartStyle:
    from companion.reports.charts import ChartStyle

    return ChartStyle(
        background=palette.color(QPalette.ColorRole.Base).name(),
        text=palette.color(QPalette.ColorRole.Text).name(),
        grid=palette.color(QPalette.ColorRole.Mid).name(),
    )
