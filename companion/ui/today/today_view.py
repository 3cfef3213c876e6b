"""The Today page: a greeting, what is due, the last check-in and a quick check-in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Changes, Topic
from companion.domain.measures import DueQuestionnaire
from companion.domain.red_flags import ScreeningOccasion, ScreeningReason
from companion.domain.safety_lock import EmergencyLock
from companion.domain.vocabulary import LegReach, Side
from companion.services.checkin_record import CheckInRecord
from companion.ui.safety.red_flag_texts import lock_banner_text, reason_text, same_day_plan_text
from companion.ui.style import SUBHEADING_SCALE, fill_with_scrolling, heading, scaled_font
from companion.ui.texts import reach_phrase
from companion.ui.today.checkin_form import CheckInForm
from companion.ui.today.what_to_expect import open_what_to_expect

if TYPE_CHECKING:
    # The services and the safety dialogs are imported when first used, not with this module:
    # on a returning user's start the page is painted from the context's first look, before
    # SQLAlchemy is imported (app.py).
    from companion.ui.context import AppContext


class TodayView(QWidget):
    """What matters today, and the check-in form."""

    def __init__(self, context: AppContext, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self._context = context
        self._clock = clock or context.now
        self._local_clock = clock  # None: the confirmation dialog reads the local time itself
        self.setObjectName("todayView")

        self.greeting = heading("")
        self.lock_banner = self._build_lock_banner()
        self.date_label = QLabel()
        self.date_label.setFont(scaled_font(self.date_label, SUBHEADING_SCALE, bold=False))

        self.due_box = QGroupBox(self.tr("Due"))
        self.due_box.setAccessibleName(self.tr("Due today"))
        self._due_layout = QVBoxLayout(self.due_box)
        self._due_labels: list[QLabel] = []
        self._due_rows: list[QWidget] = []
        self.due_buttons: list[QPushButton] = []
        self.due_box.hide()

        self.session_button = QPushButton(self.tr("Start today's &exercises"))
        self.session_button.setAccessibleName(self.tr("Start today's exercises"))
        self.session_button.clicked.connect(self._start_session)

        self.safety_button = QPushButton(self.tr("Safety &questions…"))
        self.safety_button.setAccessibleName(self.tr("Answer the safety questions now"))
        self.safety_button.setToolTip(
            self.tr("Questions that check for signs that need a doctor quickly")
        )
        # Not connected directly: clicked() would hand its "checked" flag in as the reasons.
        self.safety_button.clicked.connect(lambda: self._ask_safety_questions())  # noqa: PLW0108

        self.expect_button = QPushButton(self.tr("What to e&xpect…"))
        self.expect_button.setAccessibleName(self.tr("What to expect: how sciatica usually goes"))
        self.expect_button.clicked.connect(lambda: open_what_to_expect(self.window()))

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
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.greeting)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_label, 1)
        date_row.addWidget(self.session_button)
        date_row.addWidget(self.safety_button)
        date_row.addWidget(self.expect_button)
        layout.addLayout(date_row)
        layout.addWidget(self.due_box)
        layout.addWidget(form_box)
        layout.addStretch(1)
        fill_with_scrolling(self, page)

        self.form.saved.connect(self._after_checkin)
        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def _build_lock_banner(self) -> QFrame:
        # Red, at the top, for as long as exercise is locked: closing the dialog that gave the
        # emergency advice must not make the advice disappear.
        banner = QFrame()
        banner.setObjectName("lockBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet(
            "QFrame#lockBanner { background: #b00020; border-radius: 6px; }"
            " QFrame#lockBanner QLabel { color: white; }"
        )
        title = QLabel(self.tr("Get emergency help now"))
        title.setFont(scaled_font(title, SUBHEADING_SCALE))
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.lock_text.setObjectName("lockText")
        self.lock_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock_button = QPushButton(self.tr("A &doctor has checked me…"))
        self.lock_button.setAccessibleName(
            self.tr("A doctor has checked me: confirm it to unlock my exercises")
        )
        self.lock_button.clicked.connect(self._confirm_assessment)
        layout = QVBoxLayout(banner)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(title)
        layout.addWidget(self.lock_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        layout.addLayout(buttons)
        banner.setAccessibleName(self.tr("Exercises locked: get emergency help now"))
        banner.hide()
        return banner

    def lock_banner_shown(self) -> bool:
        """True while the red emergency banner is on the page."""
        return not self.lock_banner.isHidden()

    def _ask_safety_questions(self, reasons: Sequence[ScreeningReason] = ()) -> None:
        from companion.ui.safety.safety import ask_safety_questions

        ask_safety_questions(self._context, reasons, self.window())

    def _confirm_assessment(self) -> None:
        from companion.ui.safety.safety import confirm_assessment

        confirm_assessment(self._context, self.window(), self._local_clock)

    def _open_measure(self, measure_id: str) -> None:
        from companion.ui.safety.safety import open_measure

        open_measure(self._context, measure_id, self.window())

    def _start_session(self) -> None:
        # The player (figure, timers, sound) is loaded when a session starts, not at start-up.
        from companion.ui.exercises.player.window import start_session

        start_session(self._context, self.window())

    def set_due_items(
        self, items: list[str], actions: Sequence[tuple[str, Callable[[], object]]] = ()
    ) -> None:
        """Show what is due, each with an optional button; with nothing due the panel hides."""
        for row in self._due_rows:
            self._due_layout.removeWidget(row)
            row.deleteLater()
        self._due_rows = []
        self._due_labels = []
        self.due_buttons = []
        for index, item in enumerate(items):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"• {item}")
            label.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
            label.setWordWrap(True)
            row_layout.addWidget(label, 1)
            if index < len(actions):
                text, action = actions[index]
                button = QPushButton(text)
                button.setAccessibleName(f"{text}: {item}")
                button.clicked.connect(lambda _checked=False, act=action: act())
                row_layout.addWidget(button)
                self.due_buttons.append(button)
            self._due_layout.addWidget(row)
            self._due_rows.append(row)
            self._due_labels.append(label)
        self.due_box.setVisible(bool(items))

    def refresh_due(self) -> None:
        """Work out what is due now: safety questions, a lock on exercise, outcome measures."""
        now = self._clock()
        look = self._context.first_look
        if look is not None:  # the store is not open yet
            today = now.astimezone().date()
            self._show_due(
                look.lock,
                look.same_day_open,
                look.screening_reasons,
                [
                    # A built-in measure: the page names it itself (_measure_title).
                    DueQuestionnaire(
                        due.measure_id,
                        due.measure_id,
                        due.due_on,
                        due.never_taken,
                        due.days_overdue(today),
                    )
                    for due in look.measures_due
                ],
            )
            return
        from companion.services.questionnaires import all_due_items, questionnaires_folder
        from companion.services.safety_plan import same_day_open
        from companion.services.screening import current_lock, screening_reasons

        store = self._context.store
        lock = current_lock(store, now)
        folder = questionnaires_folder(self._context.data_dir)
        self._show_due(
            lock,
            lock is None and same_day_open(store, now),
            screening_reasons(store, ScreeningOccasion.CHECK_IN, now),
            all_due_items(store, folder, now.astimezone().date()),
        )

    def _show_due(
        self,
        lock: EmergencyLock | None,
        same_day: bool,
        reasons: tuple[ScreeningReason, ...],
        measures: list[DueQuestionnaire],
    ) -> None:
        items: list[str] = []
        actions: list[tuple[str, Callable[[], object]]] = []
        if lock is not None:
            self.lock_text.setText(lock_banner_text(lock))
            self.lock_banner.setAccessibleDescription(self.lock_text.text())
        self.lock_banner.setVisible(lock is not None)
        if lock is None and same_day:
            # Today's answers asked for a doctor today: say so first, and what it changes.
            items.append(same_day_plan_text())
            actions.append((self.tr("Start today's exercises"), self._start_session))
        if reasons:
            if ScreeningReason.FIRST_RUN in reasons:
                items.append(self.tr("Safety questions: please answer them once before you start"))
            elif reasons[0] in (ScreeningReason.WEEKLY, ScreeningReason.BEFORE_SESSION):
                items.append(self.tr("Safety questions: it is time to answer them again"))
            else:  # a check-in or a session answer called for them: say which
                items.append(reason_text(reasons[0]))
            actions.append((self.tr("Answer"), partial(self._ask_safety_questions, reasons)))
        for due in measures:
            if due.never_taken:
                status = self.tr("take your first one")
            elif due.days_overdue > 0:
                status = self.tr("%n day(s) overdue", "", due.days_overdue)
            else:
                status = self.tr("due today")
            items.append(f"{self._measure_title(due)}: {status}")
            actions.append((self.tr("Start"), partial(self._open_measure, due.measure_id)))
        self.set_due_items(items, actions)

    def due_items(self) -> list[str]:
        """What the Due panel shows now."""
        return [label.text().removeprefix("• ") for label in self._due_labels]

    def _measure_title(self, due: DueQuestionnaire) -> str:
        """A built-in measure's name in the user's language; a questionnaire file's title as
        its author wrote it."""
        built_in = {
            "sbi": self.tr("Sciatica bother score"),
            "psfs": self.tr("Activity score"),
        }
        return built_in.get(due.measure_id, due.title)

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
        self.last_label.setText(self._summary(self._last_checkin(), now))
        self.refresh_due()

    def _last_checkin(self) -> CheckInRecord | None:
        look = self._context.first_look
        if look is not None:  # the store is not open yet
            return look.last_checkin
        from companion.services.checkins import last_checkin

        return last_checkin(self._context.store)

    def _summary(self, last: CheckInRecord | None, now: datetime) -> str:
        if last is None:
            return self.tr(
                "No check-in yet. Your first one takes about half a minute; after that the "
                "form starts from your last answers."
            )
        local = last.recorded_at.astimezone()
        time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        days_ago = (now.date() - local.date()).days
        if days_ago == 0:
            when = self.tr("today at {time}").format(time=time)
        elif days_ago == 1:
            when = self.tr("yesterday at {time}").format(time=time)
        else:
            day = QLocale().toString(QDate(local.year, local.month, local.day), _day_format())
            when = self.tr("on {day} at {time}").format(day=day, time=time)
        text = self.tr("Last check-in {when}: leg pain {leg}, back pain {back}").format(
            when=when, leg=last.leg_pain, back=last.back_pain
        )
        reach = self._reach_words(last.leg_reach, last.side)
        return f"{text}{reach}. " + self.tr("The form below starts from it.")

    def _reach_words(self, reach: LegReach, side: Side | None) -> str:
        return self.tr(", {reach}").format(reach=reach_phrase(reach, side))

    def showEvent(self, event: QShowEvent) -> None:
        # The page may stay open past midnight: greet for the day it is shown on.
        self.refresh()
        super().showEvent(event)

    def _after_checkin(self, checkin: CheckInRecord, previous: CheckInRecord | None) -> None:
        from companion.ui.safety.safety import screen_if_due

        # A jump in leg pain, new numbness or weakness, or a week since the last screening.
        screen_if_due(
            self._context,
            ScreeningOccasion.CHECK_IN,
            self.window(),
            checkin=checkin,
            previous=previous,
            now=self._clock(),
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.MEASURES, Topic.SCREENINGS) and not changes.concerns(
            Topic.CHECKINS
        ):
            self.refresh_due()
        if not changes.concerns(Topic.CHECKINS):
            return
        self.refresh()
        if not self.form.dirty:
            self.form.load_defaults()


def _day_format() -> str:
    """The locale's long date without its year: "Friday, 4 December", "Freitag, 4. Dezember"."""
    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"[\s,.]*\by+\b\.?", "", long).strip(" ,")
