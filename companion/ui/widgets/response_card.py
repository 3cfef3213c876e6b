"""A traffic-light answer in the session player: a large button with a coloured stripe down its
left edge. The stripe is painted inside the rounded border: drawn as a thick left border (as it
was), the corners where it met the thin ones came out notched."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QWidget

STRIPE = 10  # px
RADIUS = 6  # px, as the border's


def stripe_colour(tint: QColor, text: QColor) -> QColor:
    """The tint blended a fifth with the text colour, so a dark theme keeps the stripe visible."""
    return QColor(
        round(tint.red() * 0.8 + text.red() * 0.2),
        round(tint.green() * 0.8 + text.green() * 0.2),
        round(tint.blue() * 0.8 + text.blue() * 0.2),
    )


class ResponseCard(QPushButton):
    """One answer: text on the right of a stripe in the answer's traffic-light colour."""

    def __init__(self, text: str, tint: QColor, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._tint = tint
        self.setStyleSheet(
            f"QPushButton {{ border: 1px solid palette(mid); border-radius: {RADIUS}px; "
            f"padding: 8px 14px 8px {STRIPE + 14}px; text-align: left; "
            "background: palette(button); }"
            "QPushButton:focus { border: 2px solid palette(highlight); }"
        )

    @property
    def stripe(self) -> QColor:
        """The colour of the stripe as drawn."""
        return stripe_colour(self._tint, self.palette().color(QPalette.ColorRole.WindowText))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        border = 2 if self.hasFocus() else 1
        inside = QRectF(self.rect()).adjusted(border, border, -border, -border)
        shape = QPainterPath()
        shape.addRoundedRect(inside, RADIUS - border, RADIUS - border)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipPath(shape)
        painter.fillRect(QRectF(inside.left(), inside.top(), STRIPE, inside.height()), self.stripe)
        painter.end()
