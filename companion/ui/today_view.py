"""The Today page: a greeting, what is due, the last check-in and a quick check-in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from companion.domain.changes import Changes, Topic
from companion.domain.vocabulary import LegReach, Side
from companion.services.checkins import CheckInRecord, last_checkin
from companion.ui.checkin_form import CheckInForm
from companion.ui.context import AppContext
from companion.ui.style import SUBHEADING_SCALE, fill_with_scrolling, heading, scaled_font


class TodayView(QWidget):
    """What matters today, and the check-in form."""

    def __init__(self, context: AppContext, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self._context = context
        self._clock = clock or (lambda: datetime.now(UTC))
        self.setObjectName("todayView")

        self.greeting = heading("")
        self.date_label = QLabel()
        self.date_label.setFont(scaled_font(self.date_label, SUBHEADING_SCALE, bold=False))

        self.due_box = QGroupBox(self.tr("Due"))
        self.due_box.setAccessibleName(self.tr("Due today"))
        self._due_layout = QVBoxLayout(self.due_box)
        self._due_labels: list[QLabel] = []
        self.due_box.hide()

        self.last_label = QLabel()
        self.last_label.setObjectName("lastCheckIn")
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = CheckInForm(context, self._clock)
        form_box = QGroupBox(self.tr("Check in: how are you right now?"))
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.last_label)
        form_layout.addWidget(self.form)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.greeting)
        layout.addWidget(self.date_label)
        layout.addWidget(self.due_box)
        layout.addWidget(form_box)
        layout.addStretch(1)
        fill_with_scrolling(self, page)

        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def set_due_items(self, items: list[str]) -> None:
        """Show what is due (measures, screenings); with nothing due the panel is hidden."""
        for label in self._due_labels:
            self._due_layout.removeWidget(label)
            label.deleteLater()
        self._due_labels = []
        for item in items:
            label = QLabel(f"• {item}")
            label.setWordWrap(True)
            self._due_layout.addWidget(label)
            self._due_labels.append(label)
        self.due_box.setVisible(bool(items))

    def due_items(self) -> list[str]:
        """What the Due panel shows now."""
        return [label.text().removeprefix("• ") for label in self._due_labels]

    def focus_checkin(self) -> None:
        """Put the keyboard on the first pain scale (for the tray's 'Check in' action)."""
        self.form.leg_pain.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        """Redraw the greeting, the date and the last check-in."""
        now = self._clock().astimezone()
        if now.hour < 12:
            greeting = self.tr("Good morning")
        elif now.hour < 18:
            greeting = self.tr("Good afternoon")
        else:
            greeting = self.tr("Good evening")
        self.greeting.setText(greeting)
        self.greeting.setAccessibleName(greeting)
        today = QDate(now.year, now.month, now.day)
        self.date_label.setText(QLocale().toString(today, QLocale.FormatType.LongFormat))
        self.last_label.setText(self._summary(last_checkin(self._context.store), now))

    def _summary(self, last: CheckInRecord | None, now: datetime) -> str:
        if last is None:
            return self.tr(
                "No check-in yet. Your first one takes about half a minute; after that the "
                "form starts from your last answers."
            )
        local = last.recorded_at.astimezone()
        time = local.strftime("%H:%M")
        days_ago = (now.date() - local.date()).days
        if days_ago == 0:
            when = self.tr("today at {time}").format(time=time)
        elif days_ago == 1:
            when = self.tr("yesterday at {time}").format(time=time)
        else:
            day = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM")
            when = self.tr("on {day} at {time}").format(day=day, time=time)
        text = self.tr("Last check-in {when}: leg pain {leg}, back pain {back}").format(
            when=when, leg=last.leg_pain, back=last.back_pain
        )
        reach = self._reach_words(last.leg_reach, last.side)
        return f"{text}{reach}. " + self.tr("The form below starts from it.")

    def _reach_words(self, reach: LegReach, side: Side | None) -> str:
        if reach is LegReach.NONE:
            return self.tr(", no leg symptoms")
        where = {
            LegReach.BUTTOCK: self.tr("the buttock"),
            LegReach.THIGH: self.tr("the thigh"),
            LegReach.CALF: self.tr("below the knee"),
            LegReach.FOOT: self.tr("the foot"),
        }[reach]
        leg = (
            {
                Side.LEFT: self.tr("left"),
                Side.RIGHT: self.tr("right"),
                Side.BOTH: self.tr("both legs"),
            }.get(side)
            if side
            else None
        )
        if leg is None:
            return self.tr(", reaching {where}").format(where=where)
        return self.tr(", reaching {where} ({leg})").format(where=where, leg=leg)

    def showEvent(self, event: QShowEvent) -> None:
        # The page may stay open past midnight: greet for the day it is shown on.
        self.refresh()
        super().showEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if not changes.concerns(Topic.CHECKINS):
            return
        self.refresh()
        if not self.form.dirty:
            self.form.load_defaults()
