"""A body picture, seen from behind, on which the user marks where it hurts.

Seen from behind, the user's left is on the picture's left, so nobody has to mirror it in their
head; the picture labels the sides in words too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from companion.domain.vocabulary import PainSite

# The picture is drawn in this frame and scaled to fit, keeping its proportions.
_FRAME = QSize(200, 446)
_TOP = 26.0  # room above the head for the side labels

# Rows of the keyboard grid, top to bottom: the back, then each pair of leg sites (left, right).
_ROWS: tuple[tuple[PainSite, ...], ...] = (
    (PainSite.BACK,),
    (PainSite.LEFT_BUTTOCK, PainSite.RIGHT_BUTTOCK),
    (PainSite.LEFT_THIGH, PainSite.RIGHT_THIGH),
    (PainSite.LEFT_CALF, PainSite.RIGHT_CALF),
    (PainSite.LEFT_FOOT, PainSite.RIGHT_FOOT),
)


def site_name(site: PainSite) -> str:
    """The site in words, for labels, tooltips and screen readers."""
    names = {
        PainSite.BACK: QCoreApplication.translate("BodyMap", "lower back"),
        PainSite.LEFT_BUTTOCK: QCoreApplication.translate("BodyMap", "left buttock"),
        PainSite.RIGHT_BUTTOCK: QCoreApplication.translate("BodyMap", "right buttock"),
        PainSite.LEFT_THIGH: QCoreApplication.translate("BodyMap", "left thigh"),
        PainSite.RIGHT_THIGH: QCoreApplication.translate("BodyMap", "right thigh"),
        PainSite.LEFT_CALF: QCoreApplication.translate("BodyMap", "left calf"),
        PainSite.RIGHT_CALF: QCoreApplication.translate("BodyMap", "right calf"),
        PainSite.LEFT_FOOT: QCoreApplication.translate("BodyMap", "left foot"),
        PainSite.RIGHT_FOOT: QCoreApplication.translate("BodyMap", "right foot"),
    }
    return names[site]


def _rounded(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y + _TOP, w, h), r, r)
    return path


def _column(inner: float, width: float, sign: int) -> float:
    """The left edge of a part `inner` px from the middle line, on the side of `sign`."""
    return 100 + inner if sign > 0 else 100 - inner - width


# A function defined inside a loop here hid every message of this file from lupdate (they
# landed in no class's context), so the helper above lives at module level.
def _region_paths() -> dict[PainSite, QPainterPath]:
    # Left of the picture is the user's left: the figure is seen from behind.
    paths = {PainSite.BACK: _rounded(70, 128, 60, 58, 10)}
    for side, sign in (("left", -1), ("right", 1)):
        paths[PainSite(f"{side}_buttock")] = _rounded(_column(1, 33, sign), 188, 33, 48, 16)
        paths[PainSite(f"{side}_thigh")] = _rounded(_column(3, 29, sign), 238, 29, 84, 12)
        paths[PainSite(f"{side}_calf")] = _rounded(_column(5, 23, sign), 324, 23, 70, 11)
        paths[PainSite(f"{side}_foot")] = _rounded(_column(3, 28, sign), 396, 28, 16, 7)
    return paths


def _silhouette() -> QPainterPath:
    """The parts of the body that are drawn but not marked: head, neck, shoulders, arms."""
    body = QPainterPath()
    body.addEllipse(QRectF(80, 2 + _TOP, 40, 46))
    body.addRoundedRect(QRectF(91, 44 + _TOP, 18, 16), 4, 4)
    torso = QPainterPath()
    torso.moveTo(56, 64 + _TOP)
    torso.quadTo(100, 56 + _TOP, 144, 64 + _TOP)
    torso.quadTo(150, 70 + _TOP, 148, 84 + _TOP)
    torso.lineTo(134, 190 + _TOP)
    torso.lineTo(66, 190 + _TOP)
    torso.lineTo(52, 84 + _TOP)
    torso.quadTo(50, 70 + _TOP, 56, 64 + _TOP)
    body.addPath(torso)
    for left in (True, False):
        arm = QPainterPath()
        outer = 36.0 if left else 164.0
        inner = 52.0 if left else 148.0
        arm.moveTo(inner, 70 + _TOP)
        arm.quadTo(outer - (4 if left else -4), 76 + _TOP, outer, 120 + _TOP)
        arm.lineTo(outer + (2 if left else -2), 212 + _TOP)
        arm.lineTo(outer + (16 if left else -16), 212 + _TOP)
        arm.lineTo(inner + (2 if left else -2), 96 + _TOP)
        arm.closeSubpath()
        body.addPath(arm)
        hand = QPainterPath()
        hand.addEllipse(QRectF(outer - (0 if left else 16), 210 + _TOP, 16, 22))
        body.addPath(hand)
    return body


class BodyMap(QWidget):
    """Where it hurts: click a region or use the arrow keys and Space to mark or clear it."""

    sites_changed = Signal(frozenset)  # frozenset[PainSite], only when the user changed them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = _region_paths()
        self._body = _silhouette()
        self._sites: frozenset[PainSite] = frozenset()
        self._current = PainSite.BACK
        self._hovered: PainSite | None = None
        self._last_leg = "left"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Where it hurts"))
        self._describe()

    # --- what other code uses ------------------------------------------------------------

    def sites(self) -> frozenset[PainSite]:
        """The sites marked now."""
        return self._sites

    def set_sites(self, sites: Iterable[PainSite]) -> None:
        """Show these sites as marked (no signal: only the user's own changes are signalled)."""
        new = frozenset(sites)
        if new != self._sites:
            self._sites = new
            self._describe()
            self.update()

    def current_site(self) -> PainSite:
        """The region the keyboard focus ring is on."""
        return self._current

    def toggle(self, site: PainSite) -> None:
        """Mark or clear one site as the user would, and signal the change."""
        self._sites = self._sites ^ {site}
        self._describe()
        self.update()
        self.sites_changed.emit(self._sites)

    # --- size ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        # Scales with the system font rather than a fixed pixel size.
        height = max(self.fontMetrics().height() * 24, 300)
        return QSize(round(height * _FRAME.width() / _FRAME.height()), height)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height() * 13
        return QSize(round(height * _FRAME.width() / _FRAME.height()), height)

    # --- geometry ------------------------------------------------------------------------

    def _scale_and_origin(self) -> tuple[float, QPointF]:
        scale = min(self.width() / _FRAME.width(), self.height() / _FRAME.height())
        origin = QPointF(
            (self.width() - _FRAME.width() * scale) / 2,
            (self.height() - _FRAME.height() * scale) / 2,
        )
        return scale, origin

    def site_at(self, point: QPointF) -> PainSite | None:
        """The region under a point in widget coordinates, if any."""
        scale, origin = self._scale_and_origin()
        if scale <= 0:
            return None
        local = (point - origin) / scale
        for site, path in self._regions.items():
            if path.contains(local):
                return site
        return None

    def site_center(self, site: PainSite) -> QPointF:
        """Where a region's middle is, in widget coordinates (for clicks in tests and tips)."""
        scale, origin = self._scale_and_origin()
        return origin + self._regions[site].boundingRect().center() * scale

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        outline = QColor(text)
        outline.setAlpha(150)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        hover = QColor(highlight)
        hover.setAlpha(70)
        body_fill = palette.color(QPalette.ColorRole.Button)
        region_fill = palette.color(QPalette.ColorRole.Base)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, origin = self._scale_and_origin()

        # Side labels in the widget's own font, so they follow the system font size.
        painter.setPen(text)
        label_height = _TOP * scale
        top_band = QRectF(origin.x(), origin.y(), _FRAME.width() * scale, label_height)
        painter.drawText(
            top_band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("Left")
        )
        painter.drawText(
            top_band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("Right")
        )

        painter.translate(origin)
        painter.scale(scale, scale)
        pen = QPen(outline, 1.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(body_fill)
        painter.drawPath(self._body)
        for site, path in self._regions.items():
            if site in self._sites:
                painter.setBrush(highlight)
            elif site is self._hovered:
                painter.setBrush(hover)
            else:
                painter.setBrush(region_fill)
            painter.drawPath(path)
        if self.hasFocus():
            ring = QPen(palette.color(QPalette.ColorRole.Text), 2.0, Qt.PenStyle.DashLine)
            ring.setCosmetic(True)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = self._regions[self._current].boundingRect().adjusted(-3, -3, 3, 3)
            painter.drawRoundedRect(box, 6, 6)
        painter.end()

    # --- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        site = self.site_at(event.position())
        if site is None:
            super().mousePressEvent(event)
            return
        self._move_to(site)
        self.toggle(site)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        site = self.site_at(event.position())
        if site is not self._hovered:
            self._hovered = site
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if site else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            site = self.site_at(QPointF(event.pos()))
            if site is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tip(site), self)
            return True
        return super().event(event)

    def _tip(self, site: PainSite) -> str:
        if site in self._sites:
            return self.tr("{site}: marked (click to clear)").format(site=site_name(site))
        return self.tr("{site} (click to mark)").format(site=site_name(site))

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        row, column = self._position(self._current)
        if key == Qt.Key.Key_Space:
            self.toggle(self._current)
        elif key == Qt.Key.Key_Up and row > 0:
            self._move_to(self._at(row - 1, column))
        elif key == Qt.Key.Key_Down and row < len(_ROWS) - 1:
            self._move_to(self._at(row + 1, column))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row > 0:
            self._move_to(_ROWS[row][0 if key == Qt.Key.Key_Left else 1])
        elif key == Qt.Key.Key_Home:
            self._move_to(PainSite.BACK)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _position(self, site: PainSite) -> tuple[int, int]:
        for row, sites in enumerate(_ROWS):
            if site in sites:
                return row, sites.index(site)
        raise ValueError(site)

    def _at(self, row: int, column: int) -> PainSite:
        sites = _ROWS[row]
        if len(sites) == 1:
            return sites[0]
        if len(_ROWS[self._position(self._current)[0]]) == 1:
            # Coming down from the back: go to the leg the user was last on.
            return sites[0 if self._last_leg == "left" else 1]
        return sites[column]

    def _move_to(self, site: PainSite) -> None:
        self._current = site
        if site.side is not None:
            self._last_leg = "left" if site.value.startswith("left") else "right"
        self._describe()
        self.update()

    # --- what a screen reader hears ------------------------------------------------------

    def description(self) -> str:
        """What is marked and where the keyboard is, in words."""
        marked = [site_name(site) for site in PainSite if site in self._sites]
        what = (
            self.tr("Marked: {sites}.").format(sites=", ".join(marked))
            if marked
            else self.tr("Nothing marked.")
        )
        where = self.tr("On: {site}, {state}.").format(
            site=site_name(self._current),
            state=self.tr("marked") if self._current in self._sites else self.tr("not marked"),
        )
        how = self.tr("Arrow keys move, Space marks or clears. Seen from behind.")
        return f"{what} {where} {how}"

    def _describe(self) -> None:
        self.setAccessibleDescription(self.description())
