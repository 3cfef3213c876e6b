"""The markers of the Progress page's charts: one shape per series, so a chart reads without
colour, painted fast enough for ten years of check-ins."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from companion.ui.progress.chart_plot import Marker


def paint_markers(
    painter: QPainter, marker: Marker, centres: Sequence[QPointF], size: float, colour: QColor
) -> None:
    """Every marker of a series. Circles and squares, the shapes of the check-ins, are one
    call: points drawn with a pen as wide as the marker (ten years of check-ins paint in a few
    milliseconds). Other shapes are one small picture, stamped at each centre."""
    if not centres:
        return
    if marker in (Marker.CIRCLE, Marker.SQUARE):
        pen = QPen(colour, size if marker is Marker.CIRCLE else size * 0.9)
        pen.setCapStyle(
            Qt.PenCapStyle.RoundCap if marker is Marker.CIRCLE else Qt.PenCapStyle.SquareCap
        )
        painter.setPen(pen)
        painter.drawPoints(QPolygonF(list(centres)))
        return
    stamp = _stamp(marker, size, colour, painter.device().devicePixelRatioF())
    half = size / 2 + 1
    for centre in centres:
        painter.drawPixmap(QPointF(centre.x() - half, centre.y() - half), stamp)


def _stamp(marker: Marker, size: float, colour: QColor, ratio: float) -> QPixmap:
    """One marker drawn once, antialiased, on a transparent picture `size` + 2 pixels wide."""
    side = size + 2
    stamp = QPixmap(round(side * ratio), round(side * ratio))
    stamp.setDevicePixelRatio(ratio)
    stamp.fill(Qt.GlobalColor.transparent)
    painter = QPainter(stamp)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(_marker_path(marker, side / 2, side / 2, size / 2))
    painter.end()
    return stamp


def _marker_path(marker: Marker, x: float, y: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    if marker is Marker.CROSS:
        # Two bars corner to corner; the second's corners are listed the same way round as the
        # first's, so the winding fill joins them instead of cutting a hole.
        w = r * 0.3
        main = [(-r + w, -r - w), (r + w, r - w), (r - w, r + w), (-r - w, -r + w)]
        other = [(dx, -dy) for dx, dy in reversed(main)]
        bars = [main, other]
    else:
        bars = [
            {
                Marker.CIRCLE: [(0, -r), (r, 0), (0, r), (-r, 0)],
                Marker.SQUARE: [(-r, -r), (r, -r), (r, r), (-r, r)],
                Marker.DIAMOND: [(0, -r), (r, 0), (0, r), (-r, 0)],
                Marker.TRIANGLE_UP: [(0, -r), (r, r * 0.8), (-r, r * 0.8)],
                Marker.TRIANGLE_DOWN: [(0, r), (r, -r * 0.8), (-r, -r * 0.8)],
            }[marker]
        ]
    if marker is Marker.CIRCLE:
        path.addEllipse(QPointF(x, y), r, r)
        return path
    for corners in bars:
        path.addPolygon(QPolygonF([QPointF(x + dx, y + dy) for dx, dy in corners]))
        path.closeSubpath()
    return path
