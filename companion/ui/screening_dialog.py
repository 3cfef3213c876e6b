"""The red-flag screening: plain yes/no safety questions, then calm, clear advice.

An emergency result has no way to "continue anyway": its only button closes the dialog, and
the stored screening keeps exercise locked (services.screening.exercise_blocked) until a newer
screening is not an emergency.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from companion.domain.red_flags import (
    ADVICE,
    QUESTIONS,
    REASON_EXPLANATIONS,
    ScreeningQuestion,
    ScreeningReason,
    TriageAdvice,
    triage,
)
from companion.domain.vocabulary import TriageLevel
from companion.services.screening import ScreeningInvalid, ScreeningRecord, record_screening
from companion.ui.context import AppContext
from companion.ui.style import SUBHEADING_SCALE, heading, name_scroll_bars, scaled_font, scrolling

# The domain's English texts, marked here so lupdate extracts them; they are translated at run
# time under the "RedFlags" context. tests/gui/test_screening_dialog.py checks the list is complete.
RED_FLAG_TEXTS = (
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do you have pain, numbness or tingling in BOTH legs, or has pain that was in one leg"
        " spread to the other?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Are both of your legs getting weaker or more numb, or has walking suddenly become hard?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is there numbness, tingling or less feeling around your genitals, your back passage "
        "(bottom), your buttocks or inner thighs? For example, does it feel different when "
        "you wipe after using the toilet?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is peeing different from what is normal for you: hard to start, a weak flow you can "
        "hardly feel, not being able to pee at all, or leaking?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you stopped noticing when you need to poo, or lost control of your bowels?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you lost feeling in your genitals, or noticed new problems with sex, such as "
        "not being able to get an erection or to ejaculate?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Did your back pain start after a serious accident, such as a car crash or a bad fall?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do you have chest pain, or are you badly short of breath, as well as back pain?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is one leg or foot newly weak, or getting weaker? For example, does your foot slap "
        "down or catch on the ground when you walk?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is numbness in your leg or foot new, or spreading to a bigger area?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do you have a high temperature or chills, or feel generally unwell, as well as back pain?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you ever had cancer, and is your back or leg pain new or different?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you lost weight recently without trying to?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is your pain there all the time, not eased by rest or lying down, or worse at night?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Did the pain start after a small fall or lifting something, and do you have thin "
        "bones (osteoporosis) or take steroid tablets long term?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is your immune system weakened by an illness or medicine, or do you inject drugs, "
        "and is this back pain new?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you looked after your back for a few weeks without any improvement?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is your pain getting worse, or stopping you from doing your normal activities?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Are you struggling to cope with your pain?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Several exercises recently made your leg symptoms worse.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Get emergency help now",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Some of your answers can be signs of a serious problem, such as pressure on the "
        "nerves at the bottom of your spine. It needs checking in hospital straight away, "
        "even if the pain is bearable. Do not wait to see if it settles.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Call your local emergency number now (999 in the UK, 112 in Europe, 911 in the US "
        "and Canada), or go straight to the nearest emergency department (A&E).",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Tell them about your back or leg pain and which of these symptoms you have.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do not do your exercises until a doctor has checked you.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Get medical advice today",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Some of your answers need a doctor's opinion today. This is not usually an "
        "emergency, but it should not wait for a routine appointment.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Contact your GP surgery, an urgent care service or a health advice line (such as NHS"
        " 111 in England) today.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Tell them which answers you gave.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Until then, keep moving gently and stop any exercise that makes your leg symptoms worse.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "If you get numbness around your genitals or bottom, trouble peeing or pooing, or "
        "weakness in both legs, call your emergency number (999 in the UK, 112 in Europe, 911"
        " in the US and Canada) or go to the emergency department at once.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Book a review",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Your answers suggest a check-up with your GP or physiotherapist would help. It is "
        "not urgent.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Book an appointment with your GP or physiotherapist in the next week or two.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "You can carry on with your programme. Stop any exercise that sends pain further down"
        " your leg.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Take your progress report with you: it helps them see how things have gone.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "No warning signs today",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "None of your answers point to a problem that needs a doctor soon.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Carry on with your programme and keep active.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "If anything changes, answer these questions again from the menu at any time.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Before you start, a few safety questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Your leg pain has gone up a lot since your last check-in, so please answer a few "
        "safety questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "You mentioned numbness that was not there last time, so please answer a few safety "
        "questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "You mentioned weakness that was not there last time, so please answer a few safety "
        "questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "It has been a week since the safety questions, so here they are again before you "
        "exercise.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Time for this week's safety questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Safety questions: answer them whenever something changes.",
    ),
)


def red_flag_text(text: str) -> str:
    """A red-flag question, advice or explanation from the domain, in the user's language."""
    return QCoreApplication.translate("RedFlags", text)


# Questions grouped by what they are about, so the form reads as a conversation rather than
# in order of urgency. A question missing here (added to the domain later) goes in "Other".
_GROUP_IDS: tuple[tuple[str, ...], ...] = (
    ("both_legs", "both_legs_weak_or_walking", "one_leg_weak", "spreading_numbness"),
    ("saddle_numbness", "bladder", "bowel", "sexual_function"),
    ("serious_accident", "fragile_bones_minor_fall"),
    (
        "chest_or_breathless",
        "fever_or_unwell",
        "cancer_history",
        "weight_loss",
        "immune_or_injecting",
        "constant_or_night_pain",
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


# Tints for the result panel, blended into the palette's window colour so both light and dark
# themes keep their own text colour readable.
_LEVEL_TINTS: Mapping[TriageLevel, QColor] = {
    TriageLevel.EMERGENCY: QColor(204, 0, 0),
    TriageLevel.SAME_DAY: QColor(230, 120, 0),
    TriageLevel.ROUTINE: QColor(40, 110, 200),
    TriageLevel.CLEAR: QColor(30, 140, 70),
}
_TINT_SHARE = 0.18


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


def exercise_locked_text() -> str:
    """Why exercise will not start after an emergency screening (for the session player)."""
    return QCoreApplication.translate(
        "ScreeningDialog",
        "Your exercises are locked until a doctor has checked you and you have answered "
        "the safety questions again.",
    )


def _blend(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() * (1 - share) + tint.red() * share),
        round(base.green() * (1 - share) + tint.green() * share),
        round(base.blue() * (1 - share) + tint.blue() * share),
    )


class _AnswerButton(QRadioButton):
    """A Yes or No button that also takes the Y and N keys for its question."""

    def __init__(self, text: str, on_key: Callable[[bool], None]) -> None:
        super().__init__(text)
        self._on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() and event.key() in (Qt.Key.Key_Y, Qt.Key.Key_N):
            self._on_key(event.key() == Qt.Key.Key_Y)
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
        self.yes_button = _AnswerButton(self.tr("Yes"), self._answer_by_key)
        self.no_button = _AnswerButton(self.tr("No"), self._answer_by_key)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for button in (self.yes_button, self.no_button):
            self.group.addButton(button)
            button.setAccessibleDescription(text)
        self.yes_button.setAccessibleName(self.tr("Yes: {question}").format(question=text))
        self.no_button.setAccessibleName(self.tr("No: {question}").format(question=text))
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.no_button, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def answer(self) -> bool | None:
        """True for yes, False for no, None while unanswered."""
        if self.yes_button.isChecked():
            return True
        if self.no_button.isChecked():
            return False
        return None

    def set_answer(self, value: bool) -> None:
        """Answer the question (as a click or a Y/N key would)."""
        (self.yes_button if value else self.no_button).setChecked(True)

    def focus(self) -> None:
        """Put the keyboard focus on this question (on its answer, if it has one)."""
        target = self.no_button if self.answer is False else self.yes_button
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _answer_by_key(self, value: bool) -> None:
        self.set_answer(value)
        (self.yes_button if value else self.no_button).setFocus(Qt.FocusReason.OtherFocusReason)
        if self._on_key_answer is not None:
            self._on_key_answer(self)


class ScreeningDialog(QDialog):
    """Asks the red-flag questions, stores the screening and shows the advice it leads to."""

    def __init__(
        self,
        context: AppContext,
        reasons: Sequence[ScreeningReason] = (ScreeningReason.ON_DEMAND,),
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._reasons = tuple(reasons) or (ScreeningReason.ON_DEMAND,)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.record: ScreeningRecord | None = None
        self.level: TriageLevel | None = None
        self.setWindowTitle(self.tr("Safety questions"))
        self.setObjectName("screeningDialog")
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 95, metrics.height() * 40)

        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_questions_page())
        self._pages.addWidget(self._build_result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        # Only now is the button inside the dialog, so the dialog registers it as its default.
        self.submit_button.setDefault(True)
        self._update_progress()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.showing_result() and self.questions:
            pending = next((q for q in self.questions if q.answer is None), self.questions[0])
            pending.focus()

    # --- Questions ----------------------------------------------------------------------------

    def _build_questions_page(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Safety questions"))
        why = QLabel("\n".join(red_flag_text(REASON_EXPLANATIONS[r]) for r in self._reasons))
        why.setWordWrap(True)
        why.setObjectName("screeningReason")
        how = QLabel(
            self.tr(
                "Some back and leg problems need a doctor quickly. These questions check for "
                "them. Answer each one Yes or No: click, or press Y or N on the keyboard, and "
                "the next question comes up."
            )
        )
        how.setWordWrap(True)

        self.questions: list[YesNoQuestion] = []
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for title_text, questions in grouped_questions():
            box = QGroupBox(title_text)
            box.setFont(scaled_font(box, 1.0))
            box_layout = QVBoxLayout(box)
            for question in questions:
                row = YesNoQuestion(question, self._advance_from)
                row.label.setFont(scaled_font(row.label, 1.0, bold=False))
                row.group.buttonToggled.connect(self._on_answer)
                box_layout.addWidget(row)
                self.questions.append(row)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(body)
        self._scroll.setAccessibleName(self.tr("Safety questions"))
        name_scroll_bars(self._scroll)
        # Focus goes to the answers; the area follows them (ensureWidgetVisible).
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Not now"))
        self.cancel_button.setAccessibleName(self.tr("Not now"))
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(self.tr("&See my advice"))
        self.submit_button.setAccessibleName(self.tr("See my advice"))
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addWidget(how)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)

        # Tab runs through the questions in reading order, then to the buttons.
        chain: list[QWidget] = []
        for row in self.questions:
            chain += [row.yes_button, row.no_button]
        chain += [self.submit_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    def answers(self) -> dict[str, bool]:
        """The answers given so far, by question id."""
        return {
            row.question.id: answer for row in self.questions if (answer := row.answer) is not None
        }

    def can_submit(self) -> bool:
        """True once every question is answered, or as soon as an emergency answer is yes."""
        answers = self.answers()
        return len(answers) == len(self.questions) or self._emergency_yes(answers)

    def _emergency_yes(self, answers: Mapping[str, bool]) -> bool:
        return any(
            answers.get(row.question.id) is True and row.question.level is TriageLevel.EMERGENCY
            for row in self.questions
        )

    def _on_answer(self, _button: QAbstractButton, _checked: bool) -> None:
        self._update_progress()

    def _update_progress(self) -> None:
        answers = self.answers()
        left = len(self.questions) - len(answers)
        if self._emergency_yes(answers):
            text = self.tr("One of your answers needs urgent help. You can see your advice now.")
        elif left:
            text = self.tr("Questions left to answer: {count}.").format(count=left)
        else:
            text = self.tr("All answered.")
        self.progress_label.setText(text)
        self.submit_button.setEnabled(self.can_submit())

    def _advance_from(self, row: YesNoQuestion) -> None:
        index = self.questions.index(row)
        later = self.questions[index + 1 :] + self.questions[:index]
        following = next((q for q in later if q.answer is None), None)
        if following is not None:
            following.focus()
            self._scroll.ensureWidgetVisible(following)
        elif self.submit_button.isEnabled():
            self.submit_button.setFocus(Qt.FocusReason.TabFocusReason)

    def submit(self) -> None:
        """Store the screening and show its advice (even if storing fails: safety first)."""
        if not self.can_submit():
            return
        answers = self.answers()
        reason = self._reasons[0]
        try:
            self.record, changes = record_screening(
                self._context.store, answers, reason, self._clock()
            )
        except ScreeningInvalid as error:
            QMessageBox.warning(self, self.tr("Safety questions"), str(error))
            return
        except Exception as error:
            # The advice matters more than the record: show it, and say it was not saved.
            self.level = triage(answers).level
            self._show_result(ADVICE[self.level], saved=False, problem=str(error))
            return
        self.level = self.record.level
        self._context.publish(changes)
        self._show_result(self.record.advice, saved=True)

    # --- Result ------------------------------------------------------------------------------

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_panel = QFrame()
        self.result_panel.setObjectName("triagePanel")
        self.result_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_icon = QLabel()
        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        self.result_title.setFont(scaled_font(self.result_title, SUBHEADING_SCALE * 1.2))
        self.result_message = QLabel()
        self.result_message.setWordWrap(True)
        self.result_message.setFont(scaled_font(self.result_message, 1.05, bold=False))
        self.result_steps = QLabel()
        self.result_steps.setWordWrap(True)
        self.result_steps.setTextFormat(Qt.TextFormat.RichText)
        self.result_steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setFont(scaled_font(self.lock_note, 1.0))
        self.save_problem = QLabel()
        self.save_problem.setWordWrap(True)

        title_row = QHBoxLayout()
        title_row.addWidget(self.result_icon, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.result_title, 1)
        panel_layout = QVBoxLayout(self.result_panel)
        panel_layout.setContentsMargins(16, 16, 16, 16)
        panel_layout.addLayout(title_row)
        panel_layout.addWidget(self.result_message)
        panel_layout.addWidget(self.result_steps)
        panel_layout.addWidget(self.lock_note)

        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.result_panel)
        content_layout.addWidget(self.findings_label)
        content_layout.addWidget(self.save_problem)
        content_layout.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(scrolling(content), 1)
        layout.addLayout(buttons)
        return page

    def showing_result(self) -> bool:
        """True once the advice is on screen."""
        return self._pages.currentIndex() == 1

    def _show_result(self, advice: TriageAdvice, saved: bool, problem: str = "") -> None:
        level = advice.level
        self._style_panel(level)
        icon = {
            TriageLevel.EMERGENCY: QStyle.StandardPixmap.SP_MessageBoxCritical,
            TriageLevel.SAME_DAY: QStyle.StandardPixmap.SP_MessageBoxWarning,
            TriageLevel.ROUTINE: QStyle.StandardPixmap.SP_MessageBoxInformation,
            TriageLevel.CLEAR: QStyle.StandardPixmap.SP_DialogApplyButton,
        }[level]
        size = self.fontMetrics().height() * 2
        self.result_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.result_title.setText(red_flag_text(advice.title))
        self.result_title.setAccessibleName(red_flag_text(advice.title))
        self.result_message.setText(red_flag_text(advice.message))
        steps = "".join(f"<li>{html.escape(red_flag_text(s))}</li>" for s in advice.steps)
        self.result_steps.setText(f"<ol>{steps}</ol>")
        self.result_steps.setAccessibleName(self.tr("What to do"))

        findings = self.record.findings if self.record is not None else ()
        if level is not TriageLevel.CLEAR and findings:
            items = "".join(f"<li>{html.escape(red_flag_text(q.text))}</li>" for q in findings)
            self.findings_label.setText(
                html.escape(self.tr("You said yes to:")) + f"<ul>{items}</ul>"
            )
            self.findings_label.show()
        else:
            self.findings_label.hide()

        if not advice.exercise_allowed:
            self.lock_note.setText(exercise_locked_text())
            self.lock_note.show()
        else:
            self.lock_note.hide()
        if saved:
            self.save_problem.hide()
        else:
            self.save_problem.setText(
                self.tr(
                    "Your answers could not be saved ({problem}). The advice above still "
                    "applies: please follow it."
                ).format(problem=problem)
            )
            self.save_problem.show()

        # No "continue anyway": whatever the level, the only way on is to close the dialog.
        labels = {
            TriageLevel.EMERGENCY: self.tr("&I understand"),
            TriageLevel.SAME_DAY: self.tr("&I understand"),
            TriageLevel.ROUTINE: self.tr("&Close"),
            TriageLevel.CLEAR: self.tr("&Done"),
        }
        self.done_button.setText(labels[level])
        self.done_button.setAccessibleName(labels[level].replace("&", ""))
        self.done_button.setDefault(True)
        self._pages.setCurrentIndex(1)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _style_panel(self, level: TriageLevel) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        tint = _LEVEL_TINTS[level]
        background = _blend(window, tint, _TINT_SHARE)
        border = _blend(text, tint, 0.7)
        width = 3 if level is TriageLevel.EMERGENCY else 1
        self.result_panel.setStyleSheet(
            f"QFrame#triagePanel {{ background: {background.name()}; "
            f"border: {width}px solid {border.name()}; border-radius: 6px; }}"
        )

    def reject(self) -> None:
        # Once the advice is shown the screening is stored: Escape only closes the window.
        if self.showing_result():
            self.accept()
            return
        super().reject()
