"""The check-in form: two pain scales, where it hurts, what it feels like, and Save.

It starts from the previous check-in, so a typical day is two clicks: adjust a pain, Save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind
from companion.services.checkins import (
    MINUTES_MAX,
    PAIN_MAX,
    PAIN_MIN,
    CheckInDraft,
    CheckInInvalid,
    CheckInRecord,
    last_checkin,
    reach_and_side,
    record_checkin,
    sites_for_reach,
)
from companion.ui.assets import sign
from companion.ui.context import AppContext
from companion.ui.data_problems import offer_retry
from companion.ui.style import scaled_font
from companion.ui.texts import checkin_problem_text, reach_name
from companion.ui.widgets.body_map import BodyMap

# Two digits typed within this time make one number ("1" then "0" is 10).
_TYPING_PAUSE_MS = 1200
_MINUTES_STEP = 5
_NOT_RECORDED = -1


WARNING = QColor(200, 110, 0)  # reads on light and dark backgrounds alike


def warning_sign(size: int, ratio: float) -> QPixmap:
    """The warning sign beside a field's problem."""
    return sign("triangle-alert", WARNING, size, ratio)


class PainButton(QRadioButton):
    """One number of a pain scale: a radio button, so a screen reader announces a group of
    eleven choices (not eleven check boxes), drawn as a push button the mouse can hit."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(str(number), parent)

    def clear(self) -> None:
        """Uncheck: an exclusive radio button refuses that, so exclusivity steps aside."""
        self.setAutoExclusive(False)
        self.setChecked(False)
        self.setAutoExclusive(True)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("10") * 2 + 8, round(metrics.height() * 1.9))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole button, not only a radio's circle

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        option.initFrom(self)
        option.text = self.text()
        option.state |= (
            QStyle.StateFlag.State_On if self.isChecked() else QStyle.StateFlag.State_Off
        )
        if self.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class PainScale(QWidget):
    """A 0-10 pain rating: a row of eleven buttons; arrow keys, Home/End or digits set it."""

    value_changed = Signal(object)  # int | None

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._value: int | None = None
        self._typed = ""
        self._typing = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(label)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusive groups cannot show "not chosen yet"
        row = QHBoxLayout()
        row.setSpacing(2)
        for number in range(PAIN_MIN, PAIN_MAX + 1):
            button = PainButton(number)
            # The scale takes focus as one control; the buttons are for the mouse.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{label} {number}")
            self._group.addButton(button, number)
            row.addWidget(button)
        self._group.idClicked.connect(self._clicked)
        # The chosen number must stand out in any palette, light or dark.
        self.setStyleSheet(
            "PainButton { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(button); color: palette(button-text); padding: 3px; }"
            " PainButton:hover { border-color: palette(highlight); }"
            " PainButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight);"
            " font-weight: bold; }"
        )
        ends = QHBoxLayout()
        low = QLabel(self.tr("0 no pain"))
        high = QLabel(self.tr("10 worst imaginable"))
        for end in (low, high):
            end.setFont(scaled_font(end, 0.9, bold=False))
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        # Room around the buttons for the focus frame.
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(ends)
        self._describe()

    def value(self) -> int | None:
        """The chosen rating, or None when nothing is chosen yet."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a rating (None: nothing chosen)."""
        if value is not None and not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(value)
        changed = value != self._value
        self._value = value
        for button in self._group.buttons():
            if self._group.id(button) == value:
                button.setChecked(True)
            elif isinstance(button, PainButton):
                button.clear()
        self._describe()
        self.update()
        if changed:
            self.value_changed.emit(value)

    def button(self, number: int) -> PainButton:
        """The button for one number (for tests and for the mouse)."""
        found = self._group.button(number)
        assert isinstance(found, PainButton)
        return found

    def _clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(PAIN_MIN if current is None else min(PAIN_MAX, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(PAIN_MIN if current is None else max(PAIN_MIN, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(PAIN_MIN)
        elif key == Qt.Key.Key_End:
            self.set_value(PAIN_MAX)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._type_digit(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _type_digit(self, digit: int) -> None:
        recent = self._typing.isValid() and self._typing.elapsed() < _TYPING_PAUSE_MS
        typed = self._typed + str(digit) if recent else str(digit)
        if int(typed) > PAIN_MAX:
            typed = str(digit)
        self._typed = typed
        self._typing.restart()
        self.set_value(int(typed))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QStylePainter(self)
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = QRect(self.rect().adjusted(1, 1, -1, -1))
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    def _describe(self) -> None:
        if self._value is None:
            text = self.tr("not chosen yet; use the arrow keys or type a number from 0 to 10")
        else:
            text = self.tr("{value} out of 10").format(value=self._value)
        self.setAccessibleDescription(text)


class MinutesBox(QSpinBox):
    """Minutes from 0 to a day, in steps of five, or 'not recorded' below zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(_NOT_RECORDED, MINUTES_MAX)
        self.setSpecialValueText(self.tr("not recorded"))
        self.setSuffix(self.tr(" min"))
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setValue(_NOT_RECORDED)

    def minutes(self) -> int | None:
        """The minutes given, or None when not recorded."""
        return None if self.value() < 0 else self.value()

    def set_minutes(self, minutes: int | None) -> None:
        """Show minutes (None: not recorded)."""
        self.setValue(_NOT_RECORDED if minutes is None else minutes)

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if value < 0:
            self.setValue(0 if steps > 0 else _NOT_RECORDED)
            return
        # Step to the next multiple of five, so 12 goes to 15 and 10, not 17 and 7.
        if steps > 0:
            target = (value // _MINUTES_STEP + steps) * _MINUTES_STEP
        else:
            target = (-(-value // _MINUTES_STEP) + steps) * _MINUTES_STEP
        self.setValue(_NOT_RECORDED if target < 0 else min(target, MINUTES_MAX))
        self.selectAll()


class FieldProblem(QWidget):
    """What is wrong with one field, shown just below it with a warning sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        size = self.fontMetrics().height()
        mark = QLabel()
        mark.setPixmap(warning_sign(size, self.devicePixelRatioF()))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setAccessibleName(self.tr("Problem"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(mark)
        layout.addWidget(self._text, 1)
        self.hide()

    def text(self) -> str:
        """The problem shown, or an empty string."""
        return self._text.text()

    def show_problem(self, message: str) -> None:
        """Show a problem."""
        self._text.setText(message)
        self.show()

    def clear(self) -> None:
        """Hide the problem once the field is changed or the form is reset."""
        self._text.clear()
        self.hide()


class CheckInForm(QWidget):
    """How are you right now? Starts from the previous check-in; Save (Ctrl+Return) records."""

    saved = Signal(object, object)  # CheckInRecord, the previous CheckInRecord | None

    def __init__(self, context: AppContext, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self._context = context
        self._clock = clock or context.now
        self._loading = False
        self._legs_were_marked = False
        self.dirty = False
        # The Retry dialog of the last failed save (kept for tests and to close it on success).
        self.save_problem: QMessageBox | None = None
        self.setObjectName("checkInForm")

        # --- pain ------------------------------------------------------------------------
        self.leg_pain = PainScale(self.tr("Leg pain"))
        self.back_pain = PainScale(self.tr("Back pain"))
        leg_label = QLabel(self.tr("&Leg pain"))
        leg_label.setBuddy(self.leg_pain)
        back_label = QLabel(self.tr("&Back pain"))
        back_label.setBuddy(self.back_pain)
        hint = QLabel(self.tr("How much does it hurt right now, from 0 to 10?"))
        hint.setWordWrap(True)

        # --- where -----------------------------------------------------------------------
        self.body_map = BodyMap()
        map_label = QLabel(self.tr("Where it &hurts"))
        map_label.setBuddy(self.body_map)
        map_label.setToolTip(self.tr("The figure is seen from behind: your left is on the left."))

        self.reach = QComboBox()
        self.reach.setAccessibleName(self.tr("How far the leg symptoms reach"))
        for reach in LegReach:
            self.reach.addItem(reach_name(reach), reach.value)
        reach_label = QLabel(self.tr("How far do leg symptoms &reach?"))
        reach_label.setBuddy(self.reach)

        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Which leg"))
        self.side.setPlaceholderText(self.tr("Choose a leg"))
        for side, name in (
            (Side.LEFT, self.tr("Left")),
            (Side.RIGHT, self.tr("Right")),
            (Side.BOTH, self.tr("Both")),
        ):
            self.side.addItem(name, side.value)
        side_label = QLabel(self.tr("Which le&g?"))
        side_label.setBuddy(self.side)

        feel_label = QLabel(self.tr("What does it feel like?"))
        self.symptoms: dict[SymptomKind, QCheckBox] = {}
        for kind, name in (
            (SymptomKind.ACHING, self.tr("Aching")),
            (SymptomKind.BURNING, self.tr("Burning")),
            (SymptomKind.SHOOTING, self.tr("Shooting")),
            (SymptomKind.NUMBNESS, self.tr("Numbness")),
            (SymptomKind.PINS_AND_NEEDLES, self.tr("Pins and needles")),
            (SymptomKind.WEAKNESS, self.tr("Weakness")),
            (SymptomKind.CRAMP, self.tr("Cramp")),
        ):
            box = QCheckBox(name)
            box.setAccessibleName(name)
            self.symptoms[kind] = box

        # --- today -----------------------------------------------------------------------
        self.sitting = MinutesBox()
        self.sitting.setAccessibleName(self.tr("Minutes you could sit today"))
        sitting_label = QLabel(self.tr("S&itting: about how long at a time today?"))
        sitting_label.setBuddy(self.sitting)
        self.walking = MinutesBox()
        self.walking.setAccessibleName(self.tr("Minutes you could walk today"))
        walking_label = QLabel(self.tr("&Walking: about how long at a time today?"))
        walking_label.setBuddy(self.walking)

        self.sleep = QComboBox()
        self.sleep.setAccessibleName(self.tr("Did pain disturb your sleep"))
        self.sleep.addItem(self.tr("Not recorded"), None)
        self.sleep.addItem(self.tr("Yes, pain disturbed my sleep"), True)
        self.sleep.addItem(self.tr("No"), False)
        sleep_label = QLabel(self.tr("Slee&p: did pain disturb it?"))
        sleep_label.setBuddy(self.sleep)

        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        self.note.setFixedHeight(round(self.fontMetrics().lineSpacing() * 3.6))
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)

        self.save_button = QPushButton(self.tr("&Save check-in"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("checkInStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check-in status"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        # --- errors shown beside their fields --------------------------------------------
        self._errors: dict[str, FieldProblem] = {}
        for name in (
            "leg_pain",
            "back_pain",
            "pain_sites",
            "leg_reach",
            "side",
            "symptoms",
            "sitting_minutes",
            "walking_minutes",
            "sleep_disturbed",
            "note",
        ):
            self._errors[name] = FieldProblem()
        self._error_focus: dict[str, QWidget] = {
            "leg_pain": self.leg_pain,
            "back_pain": self.back_pain,
            "pain_sites": self.body_map,
            "leg_reach": self.reach,
            "side": self.side,
            "symptoms": self.symptoms[SymptomKind.ACHING],
            "sitting_minutes": self.sitting,
            "walking_minutes": self.walking,
            "sleep_disturbed": self.sleep,
            "note": self.note,
        }

        # --- layout ----------------------------------------------------------------------
        pain = QGridLayout()
        pain.addWidget(hint, 0, 0, 1, 2)
        pain.addWidget(leg_label, 1, 0)
        pain.addWidget(self.leg_pain, 1, 1)
        pain.addWidget(self._errors["leg_pain"], 2, 1)
        pain.addWidget(back_label, 3, 0)
        pain.addWidget(self.back_pain, 3, 1)
        pain.addWidget(self._errors["back_pain"], 4, 1)
        pain.setColumnStretch(1, 1)

        feelings = QGridLayout()
        for index, box in enumerate(self.symptoms.values()):
            feelings.addWidget(box, index // 2, index % 2)

        details = QVBoxLayout()
        details.addWidget(reach_label)
        details.addWidget(self.reach)
        details.addWidget(self._errors["leg_reach"])
        details.addWidget(self._errors["pain_sites"])
        details.addWidget(side_label)
        details.addWidget(self.side)
        details.addWidget(self._errors["side"])
        details.addSpacing(self.fontMetrics().height() // 2)
        details.addWidget(feel_label)
        details.addLayout(feelings)
        details.addWidget(self._errors["symptoms"])
        details.addStretch(1)

        map_column = QVBoxLayout()
        map_column.addWidget(map_label)
        map_column.addWidget(self.body_map, 1)

        where = QHBoxLayout()
        where.addLayout(map_column)
        where.addSpacing(self.fontMetrics().height())
        where.addLayout(details, 1)

        today = QGridLayout()
        today.addWidget(sitting_label, 0, 0)
        today.addWidget(self.sitting, 0, 1)
        today.addWidget(self._errors["sitting_minutes"], 1, 0, 1, 2)
        today.addWidget(walking_label, 2, 0)
        today.addWidget(self.walking, 2, 1)
        today.addWidget(self._errors["walking_minutes"], 3, 0, 1, 2)
        today.addWidget(sleep_label, 4, 0)
        today.addWidget(self.sleep, 4, 1)
        today.addWidget(self._errors["sleep_disturbed"], 5, 0, 1, 2)
        today.setColumnStretch(2, 1)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pain)
        layout.addLayout(where)
        layout.addLayout(today)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self._errors["note"])
        layout.addLayout(actions)

        order: list[QWidget] = [
            self.leg_pain,
            self.back_pain,
            self.body_map,
            self.reach,
            self.side,
            *self.symptoms.values(),
            self.sitting,
            self.walking,
            self.sleep,
            self.note,
            self.save_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        # --- keeping things in step --------------------------------------------------------
        self.body_map.sites_changed.connect(self._sites_changed)
        self.reach.activated.connect(self._reach_or_side_chosen)
        self.side.activated.connect(self._reach_or_side_chosen)
        self.leg_pain.value_changed.connect(lambda _v: self._edited("leg_pain"))
        self.back_pain.value_changed.connect(lambda _v: self._edited("back_pain"))
        for box in self.symptoms.values():
            box.toggled.connect(lambda _on: self._edited("symptoms"))
        self.sitting.valueChanged.connect(lambda _v: self._edited("sitting_minutes"))
        self.walking.valueChanged.connect(lambda _v: self._edited("walking_minutes"))
        self.sleep.currentIndexChanged.connect(lambda _i: self._edited("sleep_disturbed"))
        self.note.textChanged.connect(lambda: self._edited("note"))

        self.load_defaults()

    # --- what other code uses ----------------------------------------------------------------

    def load_defaults(self) -> None:
        """Start from the previous check-in (or from nothing), with an empty note."""
        previous = last_checkin(self._context.store)
        draft = previous.as_draft() if previous else CheckInDraft(back_pain=None, leg_pain=None)
        self.show_draft(draft)
        self.dirty = False

    def show_draft(self, draft: CheckInDraft) -> None:
        """Fill the fields from a draft."""
        self._loading = True
        try:
            self.leg_pain.set_value(draft.leg_pain)
            self.back_pain.set_value(draft.back_pain)
            reach = draft.leg_reach or reach_and_side(draft.pain_sites)[0]
            # A check-in from the command line has a reach but no marked sites: mark the
            # picture from the reach so the two agree.
            sites = (
                sites_for_reach(draft.pain_sites, reach, draft.side)
                if draft.leg_reach is not None
                else draft.pain_sites
            )
            self._set_map(sites)
            self._show_reach(reach, draft.side)
            for kind, box in self.symptoms.items():
                box.setChecked(kind in draft.symptoms)
            self.sitting.set_minutes(draft.sitting_minutes)
            self.walking.set_minutes(draft.walking_minutes)
            self.sleep.setCurrentIndex(self.sleep.findData(draft.sleep_disturbed))
            self.note.setPlainText(draft.note)
            self._clear_errors()
        finally:
            self._loading = False

    def draft(self) -> CheckInDraft:
        """What the fields say now."""
        reach = self._chosen_reach()
        side = self._chosen_side() if reach is not LegReach.NONE else None
        return CheckInDraft(
            back_pain=self.back_pain.value(),
            leg_pain=self.leg_pain.value(),
            leg_reach=reach,
            side=side,
            symptoms=frozenset(kind for kind, box in self.symptoms.items() if box.isChecked()),
            pain_sites=self.body_map.sites(),
            sitting_minutes=self.sitting.minutes(),
            walking_minutes=self.walking.minutes(),
            sleep_disturbed=self.sleep.currentData(),
            note=self.note.toPlainText(),
        )

    def save(self) -> CheckInRecord | None:
        """Record the check-in; show problems beside their fields, or a calm confirmation."""
        self._clear_errors()
        self.status.clear()
        try:
            # Read now, not when the form was filled: a check-in may come from the tray or CLI.
            previous = last_checkin(self._context.store)
            saved, changes = record_checkin(self._context.store, self.draft(), self._clock())
        except CheckInInvalid as invalid:
            self._show_problems(invalid)
            return None
        except Exception as error:  # storage trouble: say so, keep what was typed, offer Retry
            self.save_problem = offer_retry(self, error, self.save)
            return None
        when = saved.recorded_at.astimezone().strftime("%H:%M")
        self.load_defaults()
        self.status.setText(
            self.tr("Saved at {time}. Thank you for checking in.").format(time=when)
        )
        self._context.publish(changes)
        self.saved.emit(saved, previous)
        return saved

    # --- syncing the picture and the fields --------------------------------------------------

    def _sites_changed(self, sites: frozenset[PainSite]) -> None:
        legs_marked = any(site is not PainSite.BACK for site in sites)
        if legs_marked or self._legs_were_marked:
            self._show_reach(*reach_and_side(sites))
        # else only the back changed: a reach chosen by hand, still waiting for a side, stays.
        self._legs_were_marked = legs_marked
        for field in ("pain_sites", "leg_reach", "side"):
            self._edited(field)

    def _reach_or_side_chosen(self) -> None:
        reach = self._chosen_reach()
        side = self._chosen_side() if reach is not LegReach.NONE else None
        self._show_reach(reach, side)
        self._set_map(sites_for_reach(self.body_map.sites(), reach, side))
        self._edited("leg_reach")
        self._edited("side")
        self._edited("pain_sites")

    def _set_map(self, sites: frozenset[PainSite]) -> None:
        self.body_map.set_sites(sites)
        self._legs_were_marked = any(site is not PainSite.BACK for site in sites)

    def _show_reach(self, reach: LegReach, side: Side | None) -> None:
        self.reach.setCurrentIndex(self.reach.findData(reach.value))
        legs = reach is not LegReach.NONE
        self.side.setEnabled(legs)
        self.side.setCurrentIndex(self.side.findData(side.value) if legs and side else -1)

    def _chosen_reach(self) -> LegReach:
        # Qt hands item data back as plain text, so the enum is rebuilt from its value.
        return LegReach(self.reach.currentData())

    def _chosen_side(self) -> Side | None:
        data = self.side.currentData()
        return Side(data) if data else None

    # --- problems ----------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.clear()
        problem = self._errors.get(field)
        if problem is not None:
            problem.clear()

    def _clear_errors(self) -> None:
        for problem in self._errors.values():
            problem.clear()

    def _show_problems(self, invalid: CheckInInvalid) -> None:
        first: QWidget | None = None
        for problem in invalid.problems:
            shown = self._errors.get(problem.field)
            if shown is None:
                self.status.setText(checkin_problem_text(problem))
                continue
            shown.show_problem(checkin_problem_text(problem))
            first = first or self._error_focus[problem.field]
        self.status.setText(self.tr("Nothing was saved yet: please see the notes above."))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems_shown(self) -> dict[str, str]:
        """The problems on screen now, by field (for tests and screen readers)."""
        return {name: shown.text() for name, shown in self._errors.items() if shown.text()}
