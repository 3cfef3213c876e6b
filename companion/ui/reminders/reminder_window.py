"""The reminder window: small, calm, on top, and never taking the keyboard from what the user
is typing. A sitting break shows one movement snack with its moving figure and a timer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import (
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.domain.vocabulary import ReminderKind
from companion.reminders.decisions import Due, Occasion
from companion.services.reminders import MovementSnack
from companion.ui.main_window import PASSES_SHORTCUTS
from companion.ui.reminders.reminder_texts import (
    clock_text,
    reminder_text,
    reminder_title,
    snack_dose_text,
)
from companion.ui.style import SUBHEADING_SCALE, heading, scaled_font
from companion.ui.widgets.figure_widget import FigureWidget

SCREEN_MARGIN = 24  # px from the screen's corner, clear of panels (available geometry)
TIMER_STEP_MS = 1000
# A window manager frames a new window asynchronously; its frame is known well within this.
FRAME_SETTLE_MS = 200


def reminder_position(
    size: QSize, screens: Sequence[QRect], tray: QRect | None, margin: int = SCREEN_MARGIN
) -> QPoint:
    """Where a reminder window of `size` goes: in the corner of the tray's screen nearest the
    tray (bottom right without one), whole and clear of panels.

    `screens` are the screens' available geometries, the primary first; all in the same
    device-independent pixels Qt gives, whatever each screen's scale.
    """
    area = screens[0]
    if tray is not None and tray.isValid():
        centre = tray.center()
        area = next((s for s in screens if s.contains(centre)), area)
        # A tray on the top or left half of its screen: the window goes to that side.
        top = centre.y() < area.center().y()
        left = centre.x() < area.center().x()
    else:
        top = left = False
    x = area.left() + margin if left else area.right() + 1 - size.width() - margin
    y = area.top() + margin if top else area.bottom() + 1 - size.height() - margin
    # Never off the screen: a window too big for the margin hugs the edge, and one bigger than
    # the screen shows its top left (title and heading) rather than its middle.
    x = max(area.left(), min(x, area.right() + 1 - size.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - size.height()))
    return QPoint(x, y)


class ReminderWindow(QWidget):
    """Shows one reminder at a time without taking focus; the buttons answer it."""

    done = Signal(object)  # Occasion
    snoozed = Signal(object)
    skipped = Signal(object)
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A tool window that stays on top and is never given keyboard focus: the user may be
        # typing, and a keystroke must never answer a reminder by accident.
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("reminderWindow")
        # Should the desktop give it the keyboard after all, Ctrl+1..9 still switch the main
        # window's sections.
        self.setProperty(PASSES_SHORTCUTS, True)
        # The desktop adds the app's name to a window's title itself ("Reminder — Sciatica
        # Companion"); naming it here too showed it twice.
        self.setWindowTitle(self.tr("Reminder"))
        self.setAccessibleName(self.tr("Reminder"))

        self._due: Due | None = None
        self._snack: MovementSnack | None = None
        # Where the tray icon is (set when there is a tray): the window shows in its corner.
        self.tray_geometry: Callable[[], QRect] | None = None
        self.shown_at: datetime | None = None
        self._left = 0

        self._ticker = QTimer(self)
        self._ticker.setInterval(TIMER_STEP_MS)
        self._ticker.timeout.connect(self._count_down)

        self.title = heading("", SUBHEADING_SCALE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.stop_rule = QLabel()
        self.stop_rule.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.stop_rule.setWordWrap(True)
        self.stop_rule.setObjectName("reminderStopRule")
        self.countdown = QProgressBar()
        self.countdown.setTextVisible(True)
        self.countdown.setAccessibleName(self.tr("Time left for the movement"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self._build_snack())
        layout.addWidget(self.countdown)
        layout.addWidget(self.stop_rule)
        layout.addLayout(self._build_buttons())

    def _build_snack(self) -> QWidget:
        """The movement snack: its moving figure beside its name, summary and dose."""
        self.figure = FigureWidget()
        # The figure's box is 4:3; a fixed height from the text size keeps it from floating in
        # empty space when the text beside it is short.
        self.figure.setFixedHeight(self.fontMetrics().height() * 11)
        self.figure.setMinimumWidth(self.fontMetrics().height() * 13)
        self.figure.setAccessibleName(self.tr("Moving picture of the movement"))
        self.snack_name = QLabel()
        self.snack_name.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.snack_name.setFont(scaled_font(self.snack_name, 1.0, bold=True))
        self.snack_name.setWordWrap(True)
        self.snack_summary = QLabel()
        self.snack_summary.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.snack_summary.setWordWrap(True)
        self.dose = QLabel()
        self.dose.setWordWrap(True)  # "3 × 10 s, each side" wraps beside the figure
        self.snack_box = QWidget()
        snack_text = QVBoxLayout()
        snack_text.addWidget(self.snack_name)
        snack_text.addWidget(self.snack_summary)
        snack_text.addWidget(self.dose)
        snack_text.addStretch(1)
        snack_row = QHBoxLayout(self.snack_box)
        snack_row.setContentsMargins(0, 0, 0, 0)
        snack_row.addWidget(self.figure, 3)
        snack_row.addLayout(snack_text, 2)
        return self.snack_box

    def _build_buttons(self) -> QHBoxLayout:
        """Skip, Snooze, Open and Done: clicked, never given the keyboard."""
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done: I moved"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setAccessibleName(self.tr("Skip this reminder"))
        self.snooze_button.setAccessibleName(self.tr("Ask again later"))
        self.open_button.setAccessibleName(self.tr("Open this in {app}").format(app=APP_NAME))
        for button in (self.done_button, self.open_button, self.snooze_button, self.skip_button):
            # Clicking never moves keyboard focus here either.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        self.done_button.clicked.connect(lambda: self._answer(self.done))
        self.open_button.clicked.connect(lambda: self._answer(self.open_requested))
        self.snooze_button.clicked.connect(lambda: self._answer(self.snoozed))
        self.skip_button.clicked.connect(lambda: self._answer(self.skipped))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.skip_button, self.snooze_button, self.open_button, self.done_button):
            buttons.addWidget(button)
        return buttons

    @property
    def occasion(self) -> Occasion | None:
        """The reminder on screen, or None."""
        return self._due.occasion if self._due is not None else None

    @property
    def seconds_left(self) -> int:
        """What the snack's timer shows."""
        return self._left

    def show_due(
        self,
        due: Due,
        snack: MovementSnack | None,
        snooze_minutes: int,
        shown_at: datetime | None = None,
        text: str | None = None,
    ) -> None:
        """Show `due` (with its movement snack, for a sitting break) without taking focus;
        `text` in place of the usual line (the runner adds the emergency instruction)."""
        self._due, self._snack = due, snack
        self.shown_at = shown_at or datetime.now(UTC)
        self.title.setText(reminder_title(due))
        self.title.setAccessibleName(self.title.text())
        self.text.setText(text if text is not None else reminder_text(due))
        sitting = due.kind is ReminderKind.SITTING_BREAK
        self.snooze_button.setToolTip(self.tr("Ask again in %n minute(s)", "", snooze_minutes))
        self.snooze_button.setAccessibleName(self.snooze_button.toolTip())
        self.done_button.setVisible(sitting)
        self.open_button.setVisible(not sitting)
        has_snack = sitting and snack is not None
        self.snack_box.setVisible(has_snack)
        self.countdown.setVisible(has_snack)
        self.stop_rule.setVisible(has_snack and bool(snack and snack.exercise.stop_rules))
        self._ticker.stop()
        if has_snack and snack is not None:
            self.snack_name.setText(snack.exercise.short_name)
            self.snack_summary.setText(snack.exercise.summary)
            self.dose.setText(snack_dose_text(snack.dose))
            if snack.exercise.stop_rules:
                self.stop_rule.setText(snack.exercise.stop_rules[0])
            self.figure.set_figure(snack.exercise.figure)
            self._left = snack.seconds
            self.countdown.setRange(0, snack.seconds)
            self._show_left()
        else:
            self.figure.set_figure(None)
            self._left = 0
        self.adjustSize()
        self._place()
        self.show()
        QTimer.singleShot(FRAME_SETTLE_MS, self._place_in_frame)
        if has_snack:
            self.figure.play()
            self._ticker.start()

    def withdraw(self) -> None:
        """Take the reminder down (answered elsewhere, paused or lapsed)."""
        self._due, self._snack = None, None
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed from the title bar: not answered, so it is snoozed and comes back, never lost.
        if self.occasion is not None:
            event.ignore()
            self._answer(self.snoozed)
            return
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden reminder costs nothing: no timer, no frames.
        self._ticker.stop()
        super().hideEvent(event)

    def _answer(self, signal: SignalInstance) -> None:
        occasion = self.occasion
        if occasion is None:
            return
        self.withdraw()
        signal.emit(occasion)

    def _count_down(self) -> None:
        self._left = max(0, self._left - 1)
        self._show_left()
        if self._left == 0:
            self._ticker.stop()
            self.figure.stop()

    def _show_left(self) -> None:
        total = self.countdown.maximum()
        self.countdown.setValue(total - self._left)
        if self._left > 0:
            self.countdown.setFormat(self.tr("{time} left").format(time=clock_text(self._left)))
        else:
            self.countdown.setFormat(self.tr("Well done. Press Done when you are back."))

    def _place(self) -> None:
        """In the tray's corner, where notifications usually appear, by the window's real size."""
        primary = QGuiApplication.primaryScreen()
        screens = [primary, *(s for s in QGuiApplication.screens() if s is not primary)]
        tray = self.tray_geometry() if self.tray_geometry is not None else None
        # The laid-out size (adjustSize ran), not a hint taken before the layout settled, plus
        # the window manager's frame (title bar, borders), known once the window was first shown:
        # move() places the frame's corner, so the whole frame keeps the margin.
        frame = self.frameGeometry().size() - self.geometry().size()
        size = self.size().expandedTo(self.minimumSizeHint()) + frame
        self.move(reminder_position(size, [s.availableGeometry() for s in screens], tray))

    def _place_in_frame(self) -> None:
        """Place again once the window manager has framed a window shown for the first time."""
        if self.isVisible() and self.frameGeometry().size() != self.geometry().size():
            self._place()
