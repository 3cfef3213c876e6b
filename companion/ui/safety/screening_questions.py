"""The screening's questions: grouped by what they are about, each answered Yes or No (or
"my doctor knows") by click or by one key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.red_flags import KNOWN, QUESTIONS, Answer, ScreeningQuestion
from companion.ui.safety.red_flag_texts import red_flag_text

# Questions grouped by what they are about, so the form reads as a conversation rather than
# in order of urgency. A question missing here (added to the domain later) goes in "Other".
_GROUP_IDS: tuple[tuple[str, ...], ...] = (
    ("both_legs", "both_legs_weak_or_walking", "one_leg_weak", "spreading_numbness"),
    ("saddle_numbness", "bladder", "bowel", "sexual_function"),
    ("serious_accident", "fragile_bones_minor_fall", "first_episode_over_50"),
    (
        "chest_or_breathless",
        "fever_or_unwell",
        "cancer_history",
        "weight_loss",
        "immune_or_injecting",
        "constant_or_night_pain",
        "shoulder_blade_pain",
        "back_shape",
    ),
    ("no_improvement", "getting_worse", "struggling_to_cope"),
)


def _group_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ScreeningDialog", "Your legs"),
        QCoreApplication.translate("ScreeningDialog", "Bladder, bowel and sex"),
        QCoreApplication.translate("ScreeningDialog", "How the pain started"),
        QCoreApplication.translate("ScreeningDialog", "Your general health"),
        QCoreApplication.translate("ScreeningDialog", "How things are going"),
    )


def grouped_questions() -> list[tuple[str, list[ScreeningQuestion]]]:
    """Every domain question exactly once, under a translated group title."""
    by_id = {q.id: q for q in QUESTIONS}
    groups: list[tuple[str, list[ScreeningQuestion]]] = []
    placed: set[str] = set()
    for title, ids in zip(_group_titles(), _GROUP_IDS, strict=True):
        questions = [by_id[i] for i in ids if i in by_id]
        placed.update(q.id for q in questions)
        if questions:
            groups.append((title, questions))
    rest = [q for q in QUESTIONS if q.id not in placed]
    if rest:
        groups.append((QCoreApplication.translate("ScreeningDialog", "Other questions"), rest))
    return groups


def answer_keys() -> tuple[str, str, str]:
    """The letters that answer Yes, No and "my doctor knows", in the user's language (J for Ja
    in German): the help text names the same ones."""
    return (
        QCoreApplication.translate("ScreeningDialog", "Y", "keyboard key that answers Yes"),
        QCoreApplication.translate("ScreeningDialog", "N", "keyboard key that answers No"),
        QCoreApplication.translate(
            "ScreeningDialog", "K", "keyboard key that answers 'my doctor knows about this'"
        ),
    )


def _key(letter: str) -> Qt.Key:
    # Qt's codes for letter keys are the upper-case letters' code points (Latin-1 included).
    return Qt.Key(ord(letter.upper()[:1] or "?"))


class _AnswerButton(QRadioButton):
    """An answer button that also takes the Yes and No keys (and "my doctor knows" where it is
    offered): Y, N and K in English."""

    def __init__(self, text: str, on_key: Callable[[Answer], None], known: bool) -> None:
        super().__init__(text)
        self._on_key = on_key
        yes, no, known_key = answer_keys()
        self._keys: dict[Qt.Key, Answer] = {_key(yes): True, _key(no): False}
        if known:
            self._keys[_key(known_key)] = KNOWN

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not event.modifiers() and key in self._keys:
            self._on_key(self._keys[key])
            event.accept()
            return
        super().keyPressEvent(event)


class YesNoQuestion(QWidget):
    """One question with Yes and No; Y or N answers it while either button has focus."""

    def __init__(
        self,
        question: ScreeningQuestion,
        on_key_answer: Callable[[YesNoQuestion], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        # A plain callback, not a Signal: PySide6 6.12's Signal.emit() drops a reference to
        # True on every call, and enough of them crash the interpreter.
        self._on_key_answer = on_key_answer
        text = red_flag_text(question.text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        known = question.known_allowed
        self.yes_button = _AnswerButton(self.tr("Yes"), self._answer_by_key, known)
        self.no_button = _AnswerButton(self.tr("No"), self._answer_by_key, known)
        # For a long-standing finding: recorded and dated, asked afresh after three months.
        self.known_button: _AnswerButton | None = None
        buttons = [self.yes_button, self.no_button]
        if known:
            self.known_button = _AnswerButton(
                self.tr("My doctor knows about this and has checked it"), self._answer_by_key, True
            )
            self.known_button.setAccessibleName(
                self.tr("My doctor knows about this and has checked it: {question}").format(
                    question=text
                )
            )
            buttons.append(self.known_button)
        self.known_note = QLabel()
        self.known_note.setWordWrap(True)
        self.known_note.hide()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for button in buttons:
            self.group.addButton(button)
            button.setAccessibleDescription(text)
        self.yes_button.setAccessibleName(self.tr("Yes: {question}").format(question=text))
        self.no_button.setAccessibleName(self.tr("No: {question}").format(question=text))
        self.setAccessibleName(text)
        words = QVBoxLayout()
        words.addWidget(self.label)
        words.addWidget(self.known_note)
        choices = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        choices.addLayout(row)
        if self.known_button is not None:
            choices.addWidget(self.known_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(words, 1)
        layout.addLayout(choices, 0)

    @property
    def answer(self) -> Answer | None:
        """True for yes, False for no, KNOWN for "my doctor knows", None while unanswered."""
        if self.yes_button.isChecked():
            return True
        if self.no_button.isChecked():
            return False
        if self.known_button is not None and self.known_button.isChecked():
            return KNOWN
        return None

    def set_answer(self, value: Answer) -> None:
        """Answer the question (as a click or a Y/N/K key would)."""
        self._button_for(value).setChecked(True)

    def set_known_since(self, since: datetime, recheck_on: date) -> None:
        """Start from "my doctor knows", given on `since`; say when it will be asked afresh."""
        if self.known_button is None:
            return
        self.set_answer(KNOWN)
        local = since.astimezone()
        again = QDate(recheck_on.year, recheck_on.month, recheck_on.day)
        self.known_note.setText(
            self.tr(
                "You told us on {day} that your doctor knows about this. If it is new or worse, "
                "answer Yes. We will ask again from {recheck}."
            ).format(
                day=QLocale().toString(QDate(local.year, local.month, local.day)),
                recheck=QLocale().toString(again),
            )
        )
        self.known_note.show()

    def focus(self) -> None:
        """Put the keyboard focus on this question (on its answer, if it has one)."""
        answer = self.answer
        target = self._button_for(answer) if answer is not None else self.yes_button
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _button_for(self, value: Answer) -> QRadioButton:
        if value == KNOWN and not isinstance(value, bool) and self.known_button is not None:
            return self.known_button
        return self.yes_button if value is True else self.no_button

    def _answer_by_key(self, value: Answer) -> None:
        self.set_answer(value)
        self._button_for(value).setFocus(Qt.FocusReason.OtherFocusReason)
        if self._on_key_answer is not None:
            self._on_key_answer(self)
