"""Does every control's text fit? Measured with font metrics, and with heightForWidth for
wrapped labels: a control whose text is cut ("M Tı W Tl", "seconds of l") is reported.

Used by the layout tests (the programme editor at its default size and on a laptop screen) and
meant for the pseudo-localised walk of every page, where texts run 40% longer.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 1  # px: rounding in the layout
LAYOUT_ROUNDS = 5  # deeper than any nesting of layouts and scroll areas in the app


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px, has {label.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    if isinstance(button, QCheckBox | QRadioButton):
        needed = button.sizeHint().width()
    else:
        style = button.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        needed = metrics.horizontalAdvance(text) + margin + 2 * frame
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            needed += 16
    if needed > button.width() + SLACK:
        return f"{text!r} needs {needed} px, has {button.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > field.width() + SLACK:
        return f"{text!r} needs {needed} px, has {field.width()}"
    return None


def _spin_problem(spin: QAbstractSpinBox) -> str | None:
    edit = spin.lineEdit()
    text = edit.text()
    needed = edit.fontMetrics().horizontalAdvance(text) + 4
    if text and needed > edit.width() + SLACK:
        return f"{text!r} needs {needed} px, has {edit.width()}"
    return None


def _group_problem(group: QGroupBox) -> str | None:
    title = _plain(group.title())
    needed = group.fontMetrics().horizontalAdvance(title) + 16
    if title and needed > group.width() + SLACK:
        return f"title {title!r} needs {needed} px, has {group.width()}"
    return None


def settle() -> None:
    """Let layouts finish: a changed text asks its page, and the page its scroll area, each one
    event-loop round later, so a single round measures a half-done layout."""
    for _ in range(LAYOUT_ROUNDS):
        QApplication.processEvents()


def clipped_texts(root: QWidget) -> list[str]:
    """Each control on screen under `root` whose text does not fit, with what it needs."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problem = _spin_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_problem(widget)
        if problem is not None:
            name = widget.accessibleName() or widget.objectName()
            if not name and isinstance(widget, QLabel):
                name = widget.text()[:40]
            found.append(f"{type(widget).__name__} {name!r}: {problem}")
    return found


def _boxes(parent: QWidget, root: QWidget) -> list[tuple[QWidget, QRect]]:
    return [
        (child, child.geometry())
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if _shown(child, root) and not child.isWindow()
    ]


def overlapping_widgets(root: QWidget) -> list[str]:
    """Pairs of sibling controls on screen under `root` that cover one another, and controls
    that stick out of their parent: what a mirrored (right-to-left) layout gets wrong."""
    found: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not _shown(parent, root) or _scrolls_or_stacks(parent):
            continue  # a scroll area's viewport and bars, a stack's pages: laid out by design
        boxes = _boxes(parent, root)
        inside = parent.rect()
        for index, (widget, box) in enumerate(boxes):
            if not inside.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
                found.append(f"{_name(widget)} sticks out of {_name(parent)}: {box} in {inside}")
            for other, other_box in boxes[index + 1 :]:
                common = box.intersected(other_box)
                if common.width() > SLACK and common.height() > SLACK:
                    found.append(f"{_name(widget)} overlaps {_name(other)} in {_name(parent)}")
    return found


def _scrolls_or_stacks(widget: QWidget) -> bool:
    holder = widget.parentWidget()
    return isinstance(widget, QAbstractScrollArea | QStackedWidget) or isinstance(
        holder, QAbstractScrollArea
    )


def _name(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    if not name and isinstance(widget, QLabel | QAbstractButton):
        name = widget.text()[:30]
    return f"{type(widget).__name__} {name!r}"
