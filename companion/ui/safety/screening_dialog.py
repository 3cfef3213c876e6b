"""The red-flag screening: plain yes/no safety questions, then calm, clear advice.

An emergency result has no way to "continue anyway": its only button closes the dialog, and
the stored screening keeps exercise locked (services.screening.exercise_blocked) until a newer
screening is not an emergency.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.red_flags import (
    ADVICE,
    KNOWN,
    QUESTIONS,
    Answer,
    ScreeningReason,
    TriageAdvice,
    known_finding_recheck_on,
    triage,
)
from companion.domain.vocabulary import TriageLevel
from companion.services.screening import (
    ScreeningInvalid,
    ScreeningRecord,
    ScreeningRefusal,
    known_findings,
    record_screening,
)
from companion.ui.assets import sign
from companion.ui.context import AppContext
from companion.ui.safety.red_flag_texts import (
    RED_FLAG_TEXTS,
    exercise_locked_text,
    reason_text,
    red_flag_text,
)
from companion.ui.safety.screening_questions import YesNoQuestion, answer_keys, grouped_questions
from companion.ui.style import SUBHEADING_SCALE, heading, name_scroll_bars, scaled_font, scrolling
from companion.ui.widgets.messages import warn

# Tints for the result panel, blended into the palette's window colour so both light and dark
# themes keep their own text colour readable.
_LEVEL_TINTS: Mapping[TriageLevel, QColor] = {
    TriageLevel.EMERGENCY: QColor(204, 0, 0),
    TriageLevel.SAME_DAY: QColor(230, 120, 0),
    TriageLevel.ROUTINE: QColor(40, 110, 200),
    TriageLevel.CLEAR: QColor(30, 140, 70),
}
_TINT_SHARE = 0.18


def _blend(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() * (1 - share) + tint.red() * share),
        round(base.green() * (1 - share) + tint.green() * share),
        round(base.blue() * (1 - share) + tint.blue() * share),
    )


def refusal_text(error: ScreeningInvalid) -> str:
    """Why the answers were not recorded, and what to do, in the app's language."""
    if error.reason is ScreeningRefusal.UNANSWERED:
        return QCoreApplication.translate(
            "ScreeningDialog", "Please answer every question with yes or no before you finish."
        )
    return QCoreApplication.translate(
        "ScreeningDialog",
        "These answers could not be recorded. Please answer the questions again, then finish.",
    )


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
        self._clock = clock or context.now
        self.record: ScreeningRecord | None = None
        self.level: TriageLevel | None = None
        # "My doctor knows" answers that still stand: those questions start from them.
        try:
            self._known = known_findings(context.store, self._clock())
        except Exception:
            self._known = {}  # a read problem must not keep the questions from being asked
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
        why = QLabel("\n".join(reason_text(r) for r in self._reasons))
        why.setWordWrap(True)
        why.setObjectName("screeningReason")
        how = QLabel(
            self.tr(
                "Some back and leg problems need a doctor quickly. These questions check for "
                "them. Answer each one Yes or No: click, or press {yes} or {no} on the keyboard, "
                "and the next question comes up. Where something has been there a long time and "
                "your doctor has checked it, you can say so ({known})."
            ).format(**dict(zip(("yes", "no", "known"), answer_keys(), strict=True)))
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
                if question.id in self._known:
                    since = self._known[question.id]
                    local_day = since.astimezone(self._clock().tzinfo).date()
                    row.set_known_since(since, known_finding_recheck_on(local_day))
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
            if row.known_button is not None:
                chain.append(row.known_button)
        chain += [self.submit_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    def answers(self) -> dict[str, Answer]:
        """The answers given so far, by question id."""
        return {
            row.question.id: answer for row in self.questions if (answer := row.answer) is not None
        }

    def can_submit(self) -> bool:
        """True once every question is answered, or as soon as an emergency answer is yes."""
        answers = self.answers()
        return len(answers) == len(self.questions) or self._emergency_yes(answers)

    def _emergency_yes(self, answers: Mapping[str, Answer]) -> bool:
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
            warn(self, self.tr("Safety questions"), refusal_text(error))
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
        name = {
            TriageLevel.EMERGENCY: "octagon-alert",
            TriageLevel.SAME_DAY: "triangle-alert",
            TriageLevel.ROUTINE: "info",
            TriageLevel.CLEAR: "circle-check",
        }[level]
        size = self.fontMetrics().height() * 2
        self.result_icon.setPixmap(sign(name, _LEVEL_TINTS[level], size, self.devicePixelRatioF()))
        self.result_title.setText(red_flag_text(advice.title))
        self.result_title.setAccessibleName(red_flag_text(advice.title))
        self.result_message.setText(red_flag_text(advice.message))
        steps = "".join(f"<li>{html.escape(red_flag_text(s))}</li>" for s in advice.steps)
        self.result_steps.setText(f"<ol>{steps}</ol>")
        self.result_steps.setAccessibleName(self.tr("What to do"))

        self._show_findings(level)
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

    def _show_findings(self, level: TriageLevel) -> None:
        """What was answered Yes (unless all is clear) and what was noted as known."""
        findings = self.record.findings if self.record is not None else ()
        answers = self.record.answers if self.record is not None else {}
        known = [q for q in QUESTIONS if answers.get(q.id) == KNOWN]
        text = ""
        if level is not TriageLevel.CLEAR and findings:
            items = "".join(f"<li>{html.escape(red_flag_text(q.text))}</li>" for q in findings)
            text = html.escape(self.tr("You said yes to:")) + f"<ul>{items}</ul>"
        if known:
            # Recorded and dated: asked afresh after three months (domain.red_flags).
            items = "".join(f"<li>{html.escape(red_flag_text(q.text))}</li>" for q in known)
            text += (
                html.escape(
                    self.tr("Noted as known to your doctor (we will ask again in 3 months):")
                )
                + f"<ul>{items}</ul>"
            )
        self.findings_label.setText(text)
        self.findings_label.setVisible(bool(text))

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


__all__ = [
    "RED_FLAG_TEXTS",
    "ScreeningDialog",
    "exercise_locked_text",
    "red_flag_text",
]
