"""App-wide look: the stylesheet from resources and font sizes relative to the system font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.paths import resource

HEADING_SCALE = 1.5
SUBHEADING_SCALE = 1.2


def apply_style(app: QApplication, *, guard_wheel: bool = True) -> None:
    """Load the stylesheet (colours come from the palette, so light and dark both work), and
    guard the mouse wheel: fields and charts the pointer passes over never take it. Without
    `guard_wheel` the caller installs the guard (install_wheel_guard) itself, later."""
    if guard_wheel:
        from companion.ui.widgets.wheel_guard import install_wheel_guard

        install_wheel_guard(app)
    path = resource("styles", "app.qss")
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def scaled_font(widget: QWidget, scale: float, bold: bool = True) -> QFont:
    """The widget's font scaled relative to the system size (text follows the system font)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def heading(text: str, scale: float = HEADING_SCALE) -> QLabel:
    """A page or section heading, shown as plain text (titles often come from files)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("pageHeading")
    label.setFont(scaled_font(label, scale))
    label.setAccessibleName(text)
    # A long title wraps rather than pushing the window wider (German runs ~30% longer).
    label.setWordWrap(True)
    return label


def scrolling(content: QWidget) -> QScrollArea:
    """A frameless scroll area around `content`, so large fonts never cut a page off."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    name_scroll_bars(area)
    return area


def name_scroll_bars(area: QAbstractScrollArea) -> None:
    """Give a scroll area's bars names a screen reader can say (Qt leaves them nameless)."""
    translate = QCoreApplication.translate
    area.verticalScrollBar().setAccessibleName(translate("Style", "Scroll up and down"))
    area.horizontalScrollBar().setAccessibleName(translate("Style", "Scroll left and right"))


def fill(page: QWidget, content: QWidget) -> None:
    """Make `content` fill `page` edge to edge."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)


def fill_with_scrolling(page: QWidget, content: QWidget) -> None:
    """Make `content` fill `page` edge to edge, scrolling when it does not fit."""
    fill(page, scrolling(content))


def side_by_side(left: QWidget, right: QWidget, right_stretch: int) -> QSplitter:
    """`left` and `right` with a border the user can drag; `right` takes the most room."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, right_stretch)
    return splitter
