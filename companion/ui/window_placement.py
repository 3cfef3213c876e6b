"""Place a top-level window whole and centred: on its parent window, else on its screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Leave a margin inside the screen's available area for the title bar and frame.
FRAME_MARGIN = 40


def fit_inside(wanted: QSize, available: QRect, anchor: QRect | None) -> QRect:
    """At most `wanted` in size, centred on `anchor` (or the area), inside `available`."""
    width = min(wanted.width(), available.width() - FRAME_MARGIN)
    height = min(wanted.height(), available.height() - 2 * FRAME_MARGIN)
    centre = (anchor if anchor is not None and anchor.isValid() else available).center()
    left = min(max(centre.x() - width // 2, available.left()), available.right() - width + 1)
    top = min(
        max(centre.y() - height // 2, available.top() + FRAME_MARGIN),
        available.bottom() - height - FRAME_MARGIN + 1,
    )
    return QRect(QPoint(left, top), QSize(width, height))


def place_window(window: QWidget, parent: QWidget | None) -> None:
    """Resize `window` to fit its screen and centre it on `parent` (when shown) or the screen."""
    anchor = parent.frameGeometry() if parent is not None and parent.isVisible() else None
    # screenAt() finds nothing when the anchor lies off every screen: fall back to the window's.
    found = QGuiApplication.screenAt(anchor.center()) if anchor is not None else None
    screen = found or window.screen() or QGuiApplication.primaryScreen()
    target = fit_inside(window.size(), screen.availableGeometry(), anchor)
    window.resize(target.size())
    window.move(target.topLeft())
