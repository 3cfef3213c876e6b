"""The check-in form: two pain scales, where it hurts, what it feels like, and Save.

It starts from the previous check-in, so a typical day is two clicks: adjust a pain, Save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind
from companion.services.checkin_record import CheckInDraft, CheckInRecord
from companion.services.checkin_rules import CheckInInvalid, reach_and_side, sites_for_reach
from companion.ui.texts import checkin_problem_text, reach_name
from companion.ui.today.checkin_fields import FieldProblem, MinutesBox
from companion.ui.today.pain_scale import PainScale
from companion.ui.widgets.body_map import BodyMap

if TYPE_CHECKING:
    from companion.ui.context import AppContext

_PROBLEM_FIELDS = (
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
)


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

        # Each field's problem shows just below it (see _show_problems).
        self._errors = {name: FieldProblem() for name in _PROBLEM_FIELDS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_pain())
        layout.addLayout(self._build_where())
        layout.addLayout(self._build_today())
        self._build_note(layout)
        layout.addLayout(self._build_actions())
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
        self._keep_in_step()
        self.load_defaults()

    # --- building the form -------------------------------------------------------------------

    def _build_pain(self) -> QGridLayout:
        """The two pain scales."""
        self.leg_pain = PainScale(self.tr("Leg pain"))
        self.back_pain = PainScale(self.tr("Back pain"))
        leg_label = QLabel(self.tr("&Leg pain"))
        leg_label.setBuddy(self.leg_pain)
        back_label = QLabel(self.tr("&Back pain"))
        back_label.setBuddy(self.back_pain)
        hint = QLabel(self.tr("How much does it hurt right now, from 0 to 10?"))
        hint.setWordWrap(True)
        pain = QGridLayout()
        pain.addWidget(hint, 0, 0, 1, 2)
        pain.addWidget(leg_label, 1, 0)
        pain.addWidget(self.leg_pain, 1, 1)
        pain.addWidget(self._errors["leg_pain"], 2, 1)
        pain.addWidget(back_label, 3, 0)
        pain.addWidget(self.back_pain, 3, 1)
        pain.addWidget(self._errors["back_pain"], 4, 1)
        pain.setColumnStretch(1, 1)
        return pain

    def _build_where(self) -> QHBoxLayout:
        """Where it hurts: the body map beside reach, side and what it feels like."""
        self.body_map = BodyMap()
        map_label = QLabel(self.tr("Where it &hurts"))
        map_label.setBuddy(self.body_map)
        map_label.setToolTip(self.tr("The figure is seen from behind: your left is on the left."))
        map_column = QVBoxLayout()
        map_column.addWidget(map_label)
        map_column.addWidget(self.body_map, 1)
        where = QHBoxLayout()
        where.addLayout(map_column)
        where.addSpacing(self.fontMetrics().height())
        where.addLayout(self._build_reach_and_feel(), 1)
        return where

    def _build_reach_and_feel(self) -> QVBoxLayout:
        """How far the leg symptoms reach, which leg, and what they feel like."""
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
        feelings = QGridLayout()
        for index, (kind, name) in enumerate(
            (
                (SymptomKind.ACHING, self.tr("Aching")),
                (SymptomKind.BURNING, self.tr("Burning")),
                (SymptomKind.SHOOTING, self.tr("Shooting")),
                (SymptomKind.NUMBNESS, self.tr("Numbness")),
                (SymptomKind.PINS_AND_NEEDLES, self.tr("Pins and needles")),
                (SymptomKind.WEAKNESS, self.tr("Weakness")),
                (SymptomKind.CRAMP, self.tr("Cramp")),
            )
        ):
            box = QCheckBox(name)
            box.setAccessibleName(name)
            self.symptoms[kind] = box
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
        return details

    def _build_today(self) -> QGridLayout:
        """Today: how long one could sit and walk, and whether pain disturbed sleep."""
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

        today = QGridLayout()
        for row, (label, field, problem) in enumerate(
            (
                (sitting_label, self.sitting, "sitting_minutes"),
                (walking_label, self.walking, "walking_minutes"),
                (sleep_label, self.sleep, "sleep_disturbed"),
            )
        ):
            today.addWidget(label, row * 2, 0)
            today.addWidget(field, row * 2, 1)
            today.addWidget(self._errors[problem], row * 2 + 1, 0, 1, 2)
        today.setColumnStretch(2, 1)
        return today

    def _build_note(self, layout: QVBoxLayout) -> None:
        """The free-text note, with its label and problem."""
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        self.note.setFixedHeight(round(self.fontMetrics().lineSpacing() * 3.6))
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self._errors["note"])

    def _build_actions(self) -> QHBoxLayout:
        """Save (also Ctrl+Return) and the line that says how it went."""
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
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        return actions

    def _keep_in_step(self) -> None:
        """The picture, reach and side follow one another; an edit clears its field's problem."""
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

    # --- what other code uses ----------------------------------------------------------------

    def load_defaults(self) -> None:
        """Start from the previous check-in (or from nothing), with an empty note."""
        look = self._context.first_look
        if look is not None:  # the store is not open yet
            previous = look.last_checkin
        else:
            from companion.services.checkins import last_checkin

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
        # Here, not at the top: the form is on screen before SQLAlchemy is imported (app.py).
        from companion.services.checkins import last_checkin, record_checkin

        try:
            # Read now, not when the form was filled: a check-in may come from the tray or CLI.
            previous = last_checkin(self._context.store)
            saved, changes = record_checkin(self._context.store, self.draft(), self._clock())
        except CheckInInvalid as invalid:
            self._show_problems(invalid)
            return None
        except Exception as error:  # storage trouble: say so, keep what was typed, offer Retry
            from companion.ui.data_problems import offer_retry

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
