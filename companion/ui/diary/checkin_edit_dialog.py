"""Correct a check-in from the diary, or add one for a past time.

The time is typed as a wall-clock time in the user's zone and resolved with the domain's
local-time rule, so a time the clocks skipped is refused with the gap named, never moved by an
hour in silence. Answers that contradict each other get a gentle question before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.diary_rules import Contradiction, checkin_contradictions
from companion.domain.local_time import NonexistentLocalTime, local_instant
from companion.domain.vocabulary import LegReach, Side
from companion.services.checkin_rules import PAIN_MAX, PAIN_MIN, CheckInInvalid, sites_for_reach
from companion.services.checkins import CheckInDraft, CheckInRecord
from companion.services.diary import DiaryEntryMissing
from companion.ui.diary.diary_dialogs import EntryDialog, note_editor
from companion.ui.diary.diary_texts import missing_text
from companion.ui.texts import checkin_problem_text, reach_name, side_name


def system_zone() -> tzinfo:
    """The computer's time zone with its rules (a fixed offset if Qt names no known zone)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or UTC


def _question(contradiction: Contradiction) -> str:
    return {
        Contradiction.LEG_PAIN_WITHOUT_REACH: QCoreApplication.translate(
            "Diary",
            "You gave leg pain above 0 but chose “No leg symptoms”. Is that right, or would "
            "you like to say how far the leg pain reaches?",
        ),
        Contradiction.REACH_WITHOUT_LEG_PAIN: QCoreApplication.translate(
            "Diary",
            "You chose how far the leg symptoms reach but gave leg pain 0. That is fine for "
            "numbness or tingling without pain. Save it like this?",
        ),
        Contradiction.REACH_WITHOUT_SIDE: QCoreApplication.translate(
            "Diary",
            "Which leg do the symptoms reach down? Choose a side, or go back to change the "
            "answers.",
        ),
    }[contradiction]


class CheckInEditDialog(EntryDialog):
    """When, back pain, leg pain, how far and which side, and a note; Save asks first when
    the answers contradict each other."""

    def __init__(
        self,
        save: Callable[[CheckInDraft], None],
        initial: CheckInRecord | None,
        zone: tzinfo,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Correct check-in") if initial else self.tr("Add a past check-in")
        super().__init__(title, parent)
        self.setObjectName("checkInEditDialog")
        self._save = save
        self._initial = initial
        self._zone = zone
        self._confirmed: set[Contradiction] = set()
        self._asking: Contradiction | None = None

        self.when = QDateTimeEdit()
        # The editor holds the wall-clock time as if in UTC, so Qt never shifts a time that the
        # user's zone skips; the domain rule decides about it.
        self.when.setTimeZone(QTimeZone.utc())
        moment = (initial.recorded_at if initial else now).astimezone(zone)
        self.when.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute),
                QTimeZone.utc(),
            )
        )
        self.when.setCalendarPopup(True)
        time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.when.setDisplayFormat(
            f"{QCoreApplication.translate('Diary', 'ddd d MMM yyyy')}  {time_format}"
        )
        self.when.setAccessibleName(self.tr("When"))
        self.back = self._pain(initial.back_pain if initial else 0, self.tr("Back pain"))
        self.leg = self._pain(initial.leg_pain if initial else 0, self.tr("Leg pain"))
        self.reach = QComboBox()
        for reach in LegReach:
            self.reach.addItem(reach_name(reach), reach)
        self.reach.setCurrentIndex(self.reach.findData(initial.leg_reach if initial else None))
        if self.reach.currentIndex() < 0:
            self.reach.setCurrentIndex(0)
        self.reach.setAccessibleName(self.tr("How far the leg symptoms reach"))
        self.side = QComboBox()
        self.side.addItem(self.tr("Not chosen"), None)
        for side in Side:
            self.side.addItem(side_name(side), side)
        self.side.setCurrentIndex(max(0, self.side.findData(initial.side if initial else None)))
        self.side.setAccessibleName(self.tr("Which leg"))
        self.note = note_editor(initial.note if initial else "")
        self.note.setAccessibleName(self.tr("Note"))

        self.form.addRow(self.tr("&When:"), self.when)
        self.form.addRow(self.tr("&Back pain (0-10):"), self.back)
        self.form.addRow(self.tr("&Leg pain (0-10):"), self.leg)
        self.form.addRow(self.tr("&Reaches:"), self.reach)
        self.form.addRow(self.tr("&Side:"), self.side)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self._build_question()
        for signal in (
            self.back.valueChanged,
            self.leg.valueChanged,
            self.reach.currentIndexChanged,
            self.side.currentIndexChanged,
        ):
            signal.connect(self._answers_changed)
        self.reach.currentIndexChanged.connect(self._reach_changed)
        self._reach_changed()
        self.when.setFocus()

    def _pain(self, value: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(PAIN_MIN, PAIN_MAX)
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def _build_question(self) -> None:
        self.question = QFrame()
        self.question.setObjectName("question")
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_text = QLabel()
        self.question_text.setWordWrap(True)
        self.question_text.setAccessibleName(self.tr("Question before saving"))
        self.save_anyway = QPushButton(self.tr("Save as it is"))
        self.save_anyway.clicked.connect(self._confirm)
        self.side_buttons: dict[Side, QPushButton] = {}
        for side in Side:
            button = QPushButton(side_name(side))
            button.clicked.connect(lambda _checked=False, s=side: self._choose_side(s))
            self.side_buttons[side] = button
        self.change_button = QPushButton(self.tr("Let me change it"))
        self.change_button.clicked.connect(self._change)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_anyway)
        for button in self.side_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.question)
        layout.addWidget(self.question_text)
        layout.addLayout(buttons)
        self.question.hide()
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.problem), self.question)

    # --- what was entered -----------------------------------------------------------------

    def wall_time(self) -> datetime:
        """The date and time as typed (naive: a wall-clock time in the user's zone)."""
        value = self.when.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def _draft(self, at: datetime) -> CheckInDraft:
        reach = LegReach(self.reach.currentData())
        side_value = self.side.currentData()
        side = Side(side_value) if side_value is not None else None
        initial = self._initial
        sites = sites_for_reach(initial.pain_sites if initial else (), reach, side)
        return CheckInDraft(
            back_pain=self.back.value(),
            leg_pain=self.leg.value(),
            leg_reach=reach,
            side=side if reach is not LegReach.NONE else None,
            symptoms=initial.symptoms if initial else frozenset(),
            pain_sites=sites,
            sitting_minutes=initial.sitting_minutes if initial else None,
            walking_minutes=initial.walking_minutes if initial else None,
            sleep_disturbed=initial.sleep_disturbed if initial else None,
            note=self.note.toPlainText(),
            at=at,
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "at": self.when,
            "back_pain": self.back,
            "leg_pain": self.leg,
            "leg_reach": self.reach,
            "side": self.side,
            "pain_sites": self.reach,
            "note": self.note,
        }

    # --- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        """Ask about a contradiction first; then save, or keep the dialog open and say why."""
        try:
            at = local_instant(self.wall_time(), self._zone)
        except NonexistentLocalTime as gap:
            self.show_problem(self._gap_text(gap), "at")
            return
        side = self.side.currentData()
        reach = LegReach(self.reach.currentData())
        asked = [
            c
            for c in checkin_contradictions(self.leg.value(), reach, side)
            if c not in self._confirmed
        ]
        if asked:
            self._ask(asked[0])
            return
        try:
            self._save(self._draft(at.astimezone(UTC)))
        except CheckInInvalid as refusal:
            first = refusal.problems[0]
            self.show_problem(checkin_problem_text(first), first.field)
            return
        except DiaryEntryMissing as missing:
            self.show_problem(missing_text(missing), "")
            return
        self.done(self.DialogCode.Accepted)

    def _gap_text(self, gap: NonexistentLocalTime) -> str:
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat

        def clock(moment: datetime) -> str:
            return locale.toString(QTime(moment.hour, moment.minute), short)

        return self.tr(
            "{time} did not happen on that day: the clocks went forward from {start} to {end}. "
            "Please choose a time before {start} or from {end}."
        ).format(time=clock(gap.wall), start=clock(gap.gap_start), end=clock(gap.gap_end))

    def _ask(self, contradiction: Contradiction) -> None:
        self._asking = contradiction
        self.question_text.setText(_question(contradiction))
        by_side = contradiction is Contradiction.REACH_WITHOUT_SIDE
        self.save_anyway.setVisible(not by_side)
        for button in self.side_buttons.values():
            button.setVisible(by_side)
        self.problem.hide()
        self.question.show()
        (self.side_buttons[Side.LEFT] if by_side else self.save_anyway).setFocus()

    def _confirm(self) -> None:
        if self._asking is not None:
            self._confirmed.add(self._asking)
        self.question.hide()
        self.accept()

    def _choose_side(self, side: Side) -> None:
        self.side.setCurrentIndex(self.side.findData(side))
        self.question.hide()
        self.accept()

    def _change(self) -> None:
        self.question.hide()
        widget = self.side if self._asking is Contradiction.REACH_WITHOUT_SIDE else self.reach
        widget.setFocus()

    def _reach_changed(self) -> None:
        # No leg symptoms means no leg to name: the side is cleared rather than kept unseen.
        no_leg = LegReach(self.reach.currentData()) is LegReach.NONE
        if no_leg:
            self.side.setCurrentIndex(0)
        self.side.setEnabled(not no_leg)

    def _answers_changed(self) -> None:
        # A new answer may contradict afresh: ask again rather than trust an earlier "yes".
        self._confirmed.clear()
        self.question.hide()
