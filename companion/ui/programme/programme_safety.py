"""The Programme page's safety panels: why progression is held, and the two pathways.

Progression: "Progression is held because …" with every guard that holds it now, and which
exercises wait for 7 days since their last step. Pathways (clinical brief 2.2.4): what the
forward- and backward-bending pathways are for, a button to follow each, and advice to try the
other or book a review after red answers in 2 sessions within 14 days. The app never switches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Bias
from companion.services.programmes import active_programme
from companion.services.progression import progression_status
from companion.services.safety_plan import PATHWAY_STARTERS, pathway_advice
from companion.ui.context import AppContext
from companion.ui.programme.programme_words import exercise_name
from companion.ui.safety.safety_texts import held_because_text, pathway_in_sentence

translate = QCoreApplication.translate


def _local_now() -> datetime:
    return datetime.now().astimezone()


class ProgressionPanel(QGroupBox):
    """Whether doses may step up now, and if not, why."""

    def __init__(self, context: AppContext, now: Callable[[], datetime] = _local_now) -> None:
        super().__init__(translate("Progression", "Stepping up"))
        self.setObjectName("progressionPanel")
        self._context = context
        self._now = now
        self.text = QLabel()
        self.text.setObjectName("heldBecause")
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)
        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        """Show the guards that hold progression now."""
        record = active_programme(self._context.store)
        if record is None or not any(i.prescription.progression for i in record.items):
            self.hide()
            return
        status = progression_status(self._context.store, self._now())
        lines = [held_because_text(status.holds)] if status.held else []
        waiting = sorted(
            exercise_name(record.document, self._context.library, i) for i in status.too_soon
        )
        if waiting:
            lines.append(
                translate(
                    "Progression",
                    "Stepped up less than 7 days ago, so it stays as it is for now: {names}.",
                ).format(names=", ".join(waiting))
            )
        if not lines:
            lines.append(
                translate(
                    "Progression",
                    "Nothing holds progression now: doses step up after steady days, at most "
                    "once a week, within what your programme allows.",
                )
            )
        self.text.setText("\n".join(lines))
        self.show()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(
            Topic.PROGRAMME, Topic.SESSIONS, Topic.CHECKINS, Topic.SCREENINGS, Topic.EVERYTHING
        ):
            self.refresh()


class PathwayPanel(QGroupBox):
    """The two pathways explained, with a button to follow each, and advice after red answers."""

    def __init__(
        self,
        context: AppContext,
        follow: Callable[[str], None],
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(translate("Pathway", "Which direction helps you?"))
        self.setObjectName("pathwayPanel")
        self._context = context
        self._now = now
        explain = QLabel(
            translate(
                "Pathway",
                "Some people with sciatica feel better bending backwards: lying on the front, "
                "press-ups, standing back bends. This is often so with a disc problem. Others, "
                "often older people whose leg symptoms come on with walking or standing and ease "
                "when sitting or bending forward, feel better bending forwards. The default "
                "programme bends neither way. If you know which direction eases your leg, or "
                "your physiotherapist has told you, you can follow that pathway. Watch how your "
                "leg responds after each exercise.",
            )
        )
        explain.setWordWrap(True)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("pathwayAdvice")
        self.advice.setWordWrap(True)
        self.buttons: dict[Bias, QPushButton] = {}
        row = QHBoxLayout()
        for bias, label in (
            (Bias.FLEXION, translate("Pathway", "Follow the &forward-bending pathway")),
            (Bias.EXTENSION, translate("Pathway", "Follow the &backward-bending pathway")),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", ""))
            starter = PATHWAY_STARTERS[bias]
            button.clicked.connect(lambda _=False, s=starter: follow(s))
            button.setEnabled(starter in context.library.programmes)
            self.buttons[bias] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.current)
        layout.addWidget(self.advice)
        layout.addLayout(row)
        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        """Show the pathway followed now and any advice to reconsider it."""
        advice = pathway_advice(self._context.store, self._context.library, self._now())
        if advice.pathway is None:
            self.current.setText(
                translate("Pathway", "You follow no pathway now: your programme bends neither way.")
            )
        else:
            self.current.setText(
                translate("Pathway", "You follow the {pathway}.").format(
                    pathway=pathway_in_sentence(advice.pathway)
                )
            )
        if advice.suggest_change and advice.pathway is not None:
            other = Bias.FLEXION if advice.pathway is Bias.EXTENSION else Bias.EXTENSION
            self.advice.setText(
                translate(
                    "Pathway",
                    "Exercises made your leg symptoms worse in 2 sessions in the last 14 days. "
                    "This direction may not suit you: consider the {other}, or ask your "
                    "physiotherapist or GP for a review. The app will not change your programme "
                    "by itself.",
                ).format(other=pathway_in_sentence(other))
            )
            self.advice.show()
        else:
            self.advice.hide()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.PROGRAMME, Topic.SESSIONS, Topic.EVERYTHING):
            self.refresh()
