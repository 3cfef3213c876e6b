"""The moving figure: paints an exercise's poses with QPainter and tweens between keyframes.

The geometry comes from companion.domain.illustration (the same primitives the SVG handouts use);
this widget only paints them, in colours taken from the palette so dark mode works.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.domain.illustration.motion import mirror_figure, rep_pose
from companion.domain.illustration.pose import BOX_HEIGHT, BOX_WIDTH, Figure
from companion.domain.illustration.scene import Circle, Primitive, Rect, Segment, Tone, draw_scene

FRAME_MS = 33  # about 30 frames a second while playing; no timer at all while paused
SECONDS_PER_PASS = 2.0  # from the first keyframe to the last


class FigureWidget(QWidget):
    """Draws one exercise figure; `play()` animates it, `set_phase()` shows one moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 120))
        self._figure: Figure | None = None
        self._phase = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._advance)
        self._clock = QElapsedTimer()
        self.seconds_per_pass = SECONDS_PER_PASS

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def set_figure(self, figure: Figure | None, mirrored: bool = False) -> None:
        """Show a figure (mirrored for the other side) from its first keyframe."""
        self._figure = mirror_figure(figure) if (figure and mirrored) else figure
        self._phase = 0.0
        self.update()

    def set_phase(self, phase: float) -> None:
        """Show the moment `phase` (0..1) of one repetition (the figure's motion decides how)."""
        self._phase = phase % 1.0 if phase != 1.0 else 1.0
        self.update()

    def is_playing(self) -> bool:
        """True while the figure moves."""
        return self._timer.isActive()

    def play(self) -> None:
        """Start moving (the timer runs only while playing)."""
        if self._figure is None or len(self._figure.keyframes) < 2:
            return
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop moving and keep the current pose."""
        self._timer.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden figure costs nothing: no frames are computed off screen.
        self.stop()
        super().hideEvent(event)

    def _advance(self) -> None:
        elapsed = self._clock.restart() / 1000.0
        self.set_phase(self._phase + elapsed / (self.seconds_per_pass * 2))

    def primitives(self) -> list[Primitive]:
        """What would be drawn now (used by tests and by the painter)."""
        if self._figure is None or not self._figure.keyframes:
            return []
        return draw_scene(self._figure, rep_pose(self._figure, self._phase))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        scale = min(area.width() / BOX_WIDTH, area.height() / BOX_HEIGHT)
        left = area.left() + (area.width() - BOX_WIDTH * scale) / 2
        top = area.top() + (area.height() - BOX_HEIGHT * scale) / 2

        def at(x: float, y: float) -> QPointF:
            return QPointF(left + x * scale, top + (BOX_HEIGHT - y) * scale)

        colours = _tone_colours(self.palette())
        for shape in self.primitives():
            colour = colours[shape.tone]
            if isinstance(shape, Segment):
                pen = QPen(colour, max(1.0, shape.width * scale))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(at(*shape.start), at(*shape.end))
            elif isinstance(shape, Circle):
                centre = at(*shape.centre)
                radius = shape.radius * scale
                if shape.outline:
                    painter.setPen(QPen(colour, max(1.0, shape.outline * scale)))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                painter.drawEllipse(centre, radius, radius)
            elif isinstance(shape, Rect):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                corner = at(shape.x, shape.y + shape.height)
                rect = QRectF(corner.x(), corner.y(), shape.width * scale, shape.height * scale)
                painter.drawRoundedRect(rect, shape.corner * scale, shape.corner * scale)
        painter.end()


def _tone_colours(palette: QPalette) -> dict[Tone, QColor]:
    """Figure colours that contrast with the window in light and dark themes alike."""
    ink = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    accent = palette.color(QPalette.ColorRole.Highlight)
    dark_theme = window.lightness() < 128

    def blend(a: QColor, b: QColor, amount: float) -> QColor:
        return QColor(
            round(a.red() * (1 - amount) + b.red() * amount),
            round(a.green() * (1 - amount) + b.green() * amount),
            round(a.blue() * (1 - amount) + b.blue() * amount),
        )

    near = blend(accent, ink, 0.35)
    water = QColor(74, 144, 200, 80)
    return {
        Tone.NEAR: near,
        Tone.BODY: blend(near, window, 0.15),
        Tone.FAR: blend(near, window, 0.55),
        Tone.FACE: window if not dark_theme else blend(window, ink, 0.2),
        Tone.PROP: blend(QColor(107, 90, 72), ink, 0.3 if dark_theme else 0.0),
        Tone.PROP_SOFT: blend(QColor(217, 207, 194), window, 0.6 if dark_theme else 0.0),
        Tone.WATER: water,
        Tone.FLOOR: blend(ink, window, 0.5),
        Tone.CUE: QColor(213, 94, 0) if not dark_theme else QColor(240, 150, 90),
    }
