"""A chart of the Progress page painted with Qt: rows of plots over one time axis, their scales,
grid, series, legend and words, in the widget's own font and the page's colours.

Every canvas stands its plots between the same left and right margins, each a fixed length
worked out from the font and the words the left margin must hold (the leg-reach words in the
user's language, or a five-digit count), never from one chart's own ticks: the charts stacked
on the page share one time axis at any width.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from companion.reports.wording import wording
from companion.ui.progress.chart_dates import DateTicks, date_ticks
from companion.ui.progress.chart_markers import paint_markers
from companion.ui.progress.chart_plot import (
    Band,
    Bars,
    Baseline,
    Events,
    Hatch,
    LegendKey,
    Line,
    Marker,
    Plot,
    Points,
    Row,
    day_number,
)

WIDEST_COUNT = "00000"  # the widest number a count axis is expected to show
EDGE = 4.0  # room between a chart's words and the widget's edge
TICK = 4.0  # a tick mark's length
PAD = 3.0  # between a tick mark and its label
SMALL = 0.85  # the legend's and notes' size against the widget's font
LEGEND_COLUMNS = 3
CHOSEN_SHADE = 0.12  # the chosen day's band: the text colour, this opaque, over the series
SWATCH = 2.2  # a legend key's sample, in lines of small text
KEYS = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Home: "home",
    Qt.Key.Key_End: "end",
}
HATCHES = {
    Hatch.DIAGONAL: Qt.BrushStyle.BDiagPattern,
    Hatch.DOTS: Qt.BrushStyle.Dense6Pattern,
    Hatch.CROSSED: Qt.BrushStyle.DiagCrossPattern,
}


@dataclass
class _Layout:
    rows: list[QRectF]  # each row's plot, in widget pixels
    heading: QRectF
    legend: list[list[LegendKey]]  # lines of keys
    legend_top: float
    legend_column: float  # one key's width
    line: float  # one line of small text
    dated: bool  # some row has something to show: the dates stand under the last


class ChartCanvas(QWidget):
    """Paints a `Plot`; says which day the pointer picks and which key steps through them."""

    pointed = Signal(float)  # an x (days since 1970) under the pointer, or clicked
    stepped = Signal(str)  # "left", "right", "home" or "end"

    def __init__(self, left_words: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plot: Plot | None = None
        self._left_words = (*left_words, WIDEST_COUNT)
        self._chosen: tuple[float, float] | None = None
        self.setMouseTracking(True)
        # Keyboard users step through the days with the arrow keys, Home and End.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def plot(self) -> Plot | None:
        """What the canvas shows, or None before its first chart."""
        return self._plot

    def show_plot(self, plot: Plot) -> None:
        """Show `plot`, painted at the next turn of the event loop; no day is chosen on it."""
        self._plot = plot
        self._chosen = None
        self.update()

    @property
    def chosen(self) -> tuple[float, float] | None:
        """The day or bar shown as chosen: its middle and half its width, in days."""
        return self._chosen

    def choose(self, x: float, half_width: float) -> None:
        """Shade the day or bar around `x` (`half_width` days either side) on every row, so a
        reader stepping with the keys sees which one the words under the page describe."""
        self._chosen = (x, half_width)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, max(self.minimumHeight(), 200))

    # --- Geometry ------------------------------------------------------------------------------

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SMALL)
        return font

    def margins(self) -> tuple[float, float]:
        """The left and right margins in pixels: the same for every canvas with the same font
        and left words, at any width."""
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(word) for word in self._left_words)
        left = EDGE + metrics.height() + PAD + TICK + PAD + widest
        right = EDGE + metrics.horizontalAdvance(WIDEST_COUNT[:4]) / 2
        return left, right

    def plot_rects(self) -> list[QRectF]:
        """Every row's plot at the canvas' present size, top to bottom."""
        return self._layout().rows if self._plot is not None else []

    def x_pixel(self, x: float) -> float:
        """Where `x` (days since 1970) stands across the canvas."""
        return self._x(self.plot_rects()[0], x)

    def y_pixel(self, row: int, y: float) -> float:
        """Where the value `y` stands down the canvas, in row `row`."""
        assert self._plot is not None
        return _y_of(self._plot.rows[row], self.plot_rects()[row], y)

    def _layout(self) -> _Layout:
        plot = self._plot
        assert plot is not None
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self._small())
        left, right = self.margins()
        width, height = float(self.width()), float(self.height())
        room = max(width - left - right, 10.0)
        top = EDGE
        heading = QRectF(left, top, room, 0)
        if plot.heading:
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            heading.setHeight(small.boundingRect(heading, int(flags), plot.heading).height())
            top += heading.height() + PAD
        keys = plot.legend_keys()
        line = small.height()
        column = max((small.horizontalAdvance(k.label) for k in keys), default=0.0)
        column += line * (SWATCH + 1.5)
        lines: list[list[LegendKey]] = []
        if keys:
            count = min(LEGEND_COLUMNS, len(keys))
            while count > 1 and count * column > width - 2 * EDGE:
                count -= 1
            lines = [keys[i : i + count] for i in range(0, len(keys), count)]
        legend_top = top
        top += len(lines) * line * 1.3 + (PAD * 2 if lines else PAD)
        dated = any(not row.empty for row in plot.rows)
        bottom = EDGE + (TICK + PAD + 2 * metrics.height() if dated else 0)
        gap = metrics.height() * 0.6
        titles = sum(metrics.height() + PAD for row in plot.rows if row.title)
        count = len(plot.rows)
        free = max(height - top - bottom - titles - gap * (count - 1), count * 10.0)
        rects = []
        for row in plot.rows:
            if row.title:
                top += metrics.height() + PAD
            rects.append(QRectF(left, top, room, free / count))
            top += free / count + gap
        return _Layout(rects, heading, lines, legend_top, column, line, dated)

    # --- Painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        plot = self._plot
        background = QColor(plot.style.background if plot else "#ffffff")
        painter.fillRect(self.rect(), background)
        if plot is None or not plot.rows:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self._layout()
        text = QColor(plot.style.text)
        if plot.heading:
            painter.setFont(self._small())
            painter.setPen(text)
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            painter.drawText(layout.heading, int(flags), plot.heading)
        self._paint_legend(painter, layout, text)
        ticks = self._date_ticks(layout.rows[0].width())
        for index, (row, rect) in enumerate(zip(plot.rows, layout.rows, strict=True)):
            self._paint_row(painter, row, rect, ticks if not row.empty else None, text)
            if index == len(plot.rows) - 1 and layout.dated:
                self._paint_dates(painter, rect, ticks, text)
        if self._chosen is not None:
            shade = QColor(text)
            shade.setAlphaF(CHOSEN_SHADE)
            x, half = self._chosen
            for rect in layout.rows:
                left = max(rect.left(), self._x(rect, x - half))
                right = min(rect.right(), self._x(rect, x + half))
                if right > left:
                    painter.fillRect(QRectF(left, rect.top(), right - left, rect.height()), shade)
        if self.hasFocus():
            # Where the keys go: the canvas' edge, as a focused field shows it.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(self.palette().color(QPalette.ColorRole.Highlight).name(), 2.0))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _date_ticks(self, room: float) -> DateTicks:
        plot = self._plot
        assert plot is not None
        metrics = QFontMetricsF(self.font())
        most = max(2, min(8, int(room // (metrics.horizontalAdvance("Sept. 00") + 8))))
        end = plot.last + timedelta(days=1)
        return date_ticks(plot.first, end, most, wording(plot.style.language))

    def _x(self, rect: QRectF, x: float) -> float:
        assert self._plot is not None
        first, end = self._plot.x_range
        return rect.left() + (x - first) / (end - first) * rect.width()

    def _paint_legend(self, painter: QPainter, layout: _Layout, text: QColor) -> None:
        if not layout.legend:
            return
        painter.setFont(self._small())
        line = layout.line
        for number, keys in enumerate(layout.legend):
            y = layout.legend_top + number * line * 1.3
            start = (self.width() - len(keys) * layout.legend_column) / 2
            for place, key in enumerate(keys):
                x = start + place * layout.legend_column
                swatch = QRectF(x, y + line * 0.15, line * SWATCH, line * 0.7)
                self._paint_key(painter, key, swatch)
                painter.setPen(text)
                words = QRectF(swatch.right() + line * 0.4, y, layout.legend_column, line)
                painter.drawText(words, int(Qt.AlignmentFlag.AlignVCenter), key.label)

    def _paint_key(self, painter: QPainter, key: LegendKey, box: QRectF) -> None:
        look = key.look
        middle = box.center()
        if isinstance(look, Marker):
            paint_markers(painter, look, [middle], box.height(), QColor(key.colour))
        elif isinstance(look, Points):
            # A legend's key stays readable when a year of points has shrunk the markers.
            paint_markers(painter, look.marker, [middle], max(look.size, 7.0), QColor(key.colour))
        elif isinstance(look, Line):
            painter.setPen(
                _pen(look.colour, look.width, Qt.PenStyle.DashLine if look.dashed else None)
            )
            painter.drawLine(QPointF(box.left(), middle.y()), QPointF(box.right(), middle.y()))
            if look.marker is not None:
                paint_markers(painter, look.marker, [middle], look.marker_size, QColor(look.colour))
        else:
            self._paint_box(
                painter,
                look,
                QRectF(middle.x() - box.height(), box.top(), box.height() * 2, box.height()),
            )

    def _paint_box(self, painter: QPainter, bars: Bars, box: QRectF) -> None:
        assert self._plot is not None
        if bars.outline_only:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(self._plot.style.text, 1.2, Qt.PenStyle.DashLine))
            painter.drawRect(box)
            return
        painter.setPen(_pen(bars.colour, 1.0))
        if bars.hatch is Hatch.SOLID:
            painter.setBrush(QColor(bars.colour))
            painter.drawRect(box)
            return
        painter.setBrush(QColor(self._plot.style.background))
        painter.drawRect(box)
        painter.setBrush(QBrush(QColor(bars.colour), HATCHES[bars.hatch]))
        painter.drawRect(box)

    def _paint_row(
        self, painter: QPainter, row: Row, rect: QRectF, ticks: DateTicks | None, text: QColor
    ) -> None:
        assert self._plot is not None
        style = self._plot.style
        metrics = QFontMetricsF(self.font())
        painter.setFont(self.font())
        grid = _pen(style.grid, 1.0)
        if row.title:
            title = QRectF(
                rect.left(), rect.top() - metrics.height() - PAD, rect.width(), metrics.height()
            )
            painter.setPen(text)
            painter.drawText(title, int(Qt.AlignmentFlag.AlignCenter), row.title)
        # The grid under everything, then the scale's words and marks at the left.
        painter.setPen(grid)
        for y, _label in row.ticks:
            at = _y_of(row, rect, y)
            painter.drawLine(QPointF(rect.left(), at), QPointF(rect.right(), at))
        for day in ticks.days if ticks else ():
            at = self._x(rect, day_number(day))
            painter.drawLine(QPointF(at, rect.top()), QPointF(at, rect.bottom()))
        for y, label in row.ticks:
            at = _y_of(row, rect, y)
            painter.setPen(grid)
            painter.drawLine(QPointF(rect.left() - TICK, at), QPointF(rect.left(), at))
            painter.setPen(text)
            words = QRectF(0, at - metrics.height() / 2, rect.left() - TICK - PAD, metrics.height())
            painter.drawText(
                words, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label
            )
        if row.ylabel:
            painter.save()
            # A point: translate(x, y) would read as translate(context, text) to a check.
            painter.translate(QPointF(EDGE, rect.center().y()))
            painter.rotate(-90)
            painter.setPen(text)
            upright = QRectF(-rect.height() / 2, 0, rect.height(), metrics.height())
            painter.drawText(upright, int(Qt.AlignmentFlag.AlignCenter), row.ylabel)
            painter.restore()
        painter.save()
        painter.setClipRect(rect)
        for series in row.series:
            self._paint_series(painter, row, rect, series)
        painter.restore()
        for series in row.series:
            if isinstance(series, Events):
                self._paint_event_marks(painter, rect, series)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(grid)
        painter.drawRect(rect)
        self._paint_row_words(painter, row, rect, text)

    def _paint_row_words(self, painter: QPainter, row: Row, rect: QRectF, text: QColor) -> None:
        """The words inside a row, over what it draws: its corner note (on the chart's own
        background, so an event line never runs through it), its note and its empty message."""
        assert self._plot is not None
        small = self._small()
        inside = rect.adjusted(PAD, PAD, -PAD, -PAD)
        if row.corner:
            painter.setFont(small)
            bounds = QFontMetricsF(small).boundingRect(row.corner)
            box = bounds.translated(inside.left() - bounds.left(), inside.top() - bounds.top())
            painter.fillRect(box.adjusted(-2, -1, 2, 1), QColor(self._plot.style.background))
            painter.setPen(text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), row.corner)
        if row.note:
            painter.setFont(small)
            painter.setPen(text)
            flags = (
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            )
            painter.drawText(inside, int(flags), row.note)
        if row.empty:
            painter.setFont(self.font())
            painter.setPen(text)
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
            painter.drawText(inside, int(flags), row.empty)

    def _paint_series(self, painter: QPainter, row: Row, rect: QRectF, series: object) -> None:
        if isinstance(series, Band):
            colour = QColor(series.colour)
            colour.setAlphaF(series.opacity)
            top, bottom = _y_of(row, rect, series.high), _y_of(row, rect, series.low)
            painter.fillRect(
                QRectF(rect.left(), min(top, bottom), rect.width(), abs(bottom - top)), colour
            )
        elif isinstance(series, Baseline):
            painter.setPen(_pen(series.colour, 1.0, Qt.PenStyle.DotLine))
            at = _y_of(row, rect, series.y)
            painter.drawLine(QPointF(rect.left(), at), QPointF(rect.right(), at))
        elif isinstance(series, Events):
            painter.setPen(_pen(series.colour, 1.2, Qt.PenStyle.DotLine))
            for x in series.xs:
                at = self._x(rect, x)
                painter.drawLine(QPointF(at, rect.top()), QPointF(at, rect.bottom()))
        elif isinstance(series, Bars):
            for x, low, high in series.boxes():
                left = self._x(rect, x - series.width / 2)
                right = self._x(rect, x + series.width / 2)
                top, bottom = _y_of(row, rect, high), _y_of(row, rect, low)
                self._paint_box(painter, series, QRectF(left, top, right - left, bottom - top))
        elif isinstance(series, Line):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(
                _pen(series.colour, series.width, Qt.PenStyle.DashLine if series.dashed else None)
            )
            painter.drawPath(self._line_path(row, rect, series))
            if series.marker is not None:
                centres = list(self._centres(row, rect, series.xs, series.ys))
                paint_markers(
                    painter, series.marker, centres, series.marker_size, QColor(series.colour)
                )
        elif isinstance(series, Points):
            colour = QColor(series.colour)
            colour.setAlphaF(series.opacity)
            centres = list(self._centres(row, rect, series.xs, series.ys))
            paint_markers(painter, series.marker, centres, series.size, colour)

    def _centres(
        self, row: Row, rect: QRectF, xs: Sequence[float], ys: Sequence[float]
    ) -> Iterator[QPointF]:
        # The scales worked out once: ten years are 11,000 points a series.
        assert self._plot is not None
        first, end = self._plot.x_range
        x_scale = rect.width() / (end - first)
        x_start = rect.left() - first * x_scale
        y_scale = rect.height() / (row.top - row.bottom)
        y_start = rect.top() + row.top * y_scale
        for x, y in zip(xs, ys, strict=True):
            if not math.isnan(y):
                yield QPointF(x_start + x * x_scale, y_start - y * y_scale)

    def _line_path(self, row: Row, rect: QRectF, line: Line) -> QPainterPath:
        path = QPainterPath()
        last: QPointF | None = None
        # A gap (NaN) in the values starts a new piece of the line.
        places = self._centres(row, rect, line.xs, [0.0 if math.isnan(y) else y for y in line.ys])
        for y, here in zip(line.ys, places, strict=True):
            if math.isnan(y):
                last = None
                continue
            if last is None:
                path.moveTo(here)
            elif line.steps:
                middle = (last.x() + here.x()) / 2
                path.lineTo(middle, last.y())
                path.lineTo(middle, here.y())
                path.lineTo(here)
            else:
                path.lineTo(here)
            last = here
        return path

    def _paint_event_marks(self, painter: QPainter, rect: QRectF, events: Events) -> None:
        # On the plot's top edge, over the frame: an event on the first day shows whole.
        size = QFontMetricsF(self.font()).height() * 0.6
        for flare, marker in ((False, Marker.TRIANGLE_DOWN), (True, Marker.CROSS)):
            centres = [
                QPointF(self._x(rect, x), rect.top())
                for x, is_flare in zip(events.xs, events.flare_ups, strict=True)
                if is_flare is flare
            ]
            paint_markers(painter, marker, centres, size, QColor(events.colour))

    def _paint_dates(self, painter: QPainter, rect: QRectF, ticks: DateTicks, text: QColor) -> None:
        assert self._plot is not None
        metrics = QFontMetricsF(self.font())
        painter.setFont(self.font())
        top = rect.bottom() + TICK + PAD
        for day, label in zip(ticks.days, ticks.labels, strict=True):
            at = self._x(rect, day_number(day))
            painter.setPen(_pen(self._plot.style.grid, 1.0))
            painter.drawLine(QPointF(at, rect.bottom()), QPointF(at, rect.bottom() + TICK))
            width = metrics.horizontalAdvance(label) + 2
            painter.setPen(text)
            painter.drawText(
                QRectF(at - width / 2, top, width, metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
        if ticks.offset:
            painter.setPen(text)
            below = QRectF(rect.left(), top + metrics.height(), rect.width(), metrics.height())
            painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), ticks.offset)

    # --- The pointer and the keys ------------------------------------------------------------

    def _x_at(self, where: QPointF) -> float | None:
        if self._plot is None:
            return None
        for rect in self.plot_rects():
            if rect.contains(where):
                first, end = self._plot.x_range
                return first + (where.x() - rect.left()) / rect.width() * (end - first)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = self._x_at(event.position())
        if x is not None:
            self.pointed.emit(x)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = self._x_at(event.position())
        if x is not None:
            self.pointed.emit(x)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = KEYS.get(Qt.Key(event.key()))
        if key is None or self._plot is None:
            super().keyPressEvent(event)
            return
        self.stepped.emit(key)


def _y_of(row: Row, rect: QRectF, y: float) -> float:
    return rect.top() + (row.top - y) / (row.top - row.bottom) * rect.height()


def _pen(colour: str, width: float, style: Qt.PenStyle | None = None) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    if style is not None:
        pen.setStyle(style)
    return pen
