"""The one loader of read-only resources for the UI (icons, styles)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from companion.paths import resource

# The one icon set inside the app: Lucide (ISC licence, resources/icons/lucide/LICENSE), line
# icons drawn in `currentColor`, so each is coloured for the palette in use, light or dark.
SIGNS = ("triangle-alert", "octagon-alert", "info", "circle-check")


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG), e.g. icon('app')."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def sign(name: str, color: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """A sign of the bundled set (one of SIGNS) drawn in `color`, `size` px square, sharp at
    the screen's device pixel `ratio`."""
    from PySide6.QtSvg import QSvgRenderer  # only when a sign is first drawn

    svg = _sign_svg(name)
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", color.name().encode())))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def _sign_svg(name: str) -> bytes:
    # Read once: every field problem and every safety answer draws one.
    return resource("icons", "lucide", f"{name}.svg").read_bytes()
