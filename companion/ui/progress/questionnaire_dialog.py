"""A clinic's questionnaire, drawn from its file: one dialog for any instrument.

Choice questions are radio groups, tick-box statements are check boxes. The wording comes from
the clinic's licensed file exactly as written (so it is shown, not translated), the licence
notice is always on screen, and saving scores the answers with the file's rule and shows the
change from the first response.
"""

from __future__ import annotations

import html
import logging
import math
import textwrap
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.domain.questionnaire import ItemKind, Questionnaire, QuestionnaireItem
from companion.services.measures import RecordedMeasure
from companion.services.questionnaires import (
    Answer,
    QuestionnaireAnswersInvalid,
    find_questionnaire,
    questionnaires_folder,
    record_response,
)
from companion.ui.context import AppContext
from companion.ui.progress.progress_texts import change_sentence
from companion.ui.style import SUBHEADING_SCALE, heading, scaled_font, scrolling

log = logging.getLogger(__name__)

# A button's text does not wrap by itself; long licensed wording is broken into lines of this
# many characters (a comfortable reading width) so the dialog never grows sideways.
WRAP_CHARACTERS = 72


def _button_text(text: str) -> str:
    """Text for a radio button or check box: wrapped, and '&' kept as a character."""
    lines = textwrap.wrap(text, WRAP_CHARACTERS, break_long_words=True) or [text]
    return "\n".join(lines).replace("&", "&&")


def number_text(value: float) -> str:
    """A score as people read it: whole numbers bare, others to one decimal place."""
    if math.isclose(value, round(value), abs_tol=1e-9):
        return str(round(value))
    return f"{value:.1f}"


# --- Questions -----------------------------------------------------------------------------------


class _OptionButton(QRadioButton):
    """One answer; typing an answer's number (1 for the first) picks it for the question."""

    def __init__(self, text: str, on_digit: Callable[[int], None]) -> None:
        super().__init__(_button_text(text))
        self._on_digit = on_digit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text in "123456789":
            self._on_digit(int(text) - 1)
            event.accept()
            return
        super().keyPressEvent(event)


class ChoiceQuestion(QWidget):
    """A question answered by picking one option: click, arrow keys and Space, or its number."""

    def __init__(
        self,
        item: QuestionnaireItem,
        number: int,
        on_key_answer: Callable[[ChoiceQuestion], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        # A callback, not a Signal: PySide6 6.12's Signal.emit() leaks a reference to True.
        self._on_key_answer = on_key_answer
        self.label = QLabel(f"{number}. {item.text}")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setFont(scaled_font(self.label, 1.0))
        self.setAccessibleName(item.text)
        self.group = QButtonGroup(self)
        self.buttons: list[_OptionButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(self.label)
        for index, option in enumerate(item.options):
            button = _OptionButton(option.label, self._answer_by_key)
            button.setAccessibleName(option.label)
            button.setAccessibleDescription(item.text)
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)

    @property
    def answer(self) -> int | None:
        """The position of the chosen option, or None while unanswered."""
        value = self.group.checkedId()
        return value if value >= 0 else None

    def set_answer(self, index: int) -> None:
        """Choose an option by its position (as a click would)."""
        self.buttons[index].setChecked(True)

    def focus_target(self) -> QAbstractButton:
        """The button the keyboard should land on: the chosen option, or the first."""
        value = self.answer
        return self.buttons[value if value is not None else 0]

    def _answer_by_key(self, index: int) -> None:
        if index >= len(self.buttons):
            return  # a number beyond the options: nothing to pick
        self.set_answer(index)
        self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_key_answer(self)


class CheckboxQuestion(QWidget):
    """A statement the user ticks if it applies; unticked is an answer too."""

    def __init__(self, item: QuestionnaireItem, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.box = QCheckBox(_button_text(f"{number}. {item.text}"))
        self.box.setAccessibleName(item.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.box)

    @property
    def answer(self) -> bool:
        """True when ticked."""
        return self.box.isChecked()

    def set_answer(self, ticked: bool) -> None:
        """Tick or untick the statement."""
        self.box.setChecked(ticked)

    def focus_target(self) -> QAbstractButton:
        """The check box."""
        return self.box


Question = ChoiceQuestion | CheckboxQuestion


# --- The dialog ----------------------------------------------------------------------------------


class QuestionnaireDialog(QDialog):
    """Any installed questionnaire: its questions, its licence notice, then the score."""

    QUESTIONS, RESULT = range(2)

    def __init__(
        self,
        context: AppContext,
        questionnaire: Questionnaire,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.questionnaire = questionnaire
        self._clock = clock or context.now
        self.recorded: RecordedMeasure | None = None
        self.setWindowTitle(questionnaire.title)
        self.setAccessibleName(questionnaire.title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)

        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_questions())
        self._pages.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        # Only now are the buttons inside the dialog, so the dialog registers the default.
        self.save_button.setDefault(True)
        # Tab from the last question reaches Save before Cancel, so Enter there never discards.
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        self._update_progress()
        self._fit_to_screen()

    # --- Building ----------------------------------------------------------------------------

    def _build_questions(self) -> QWidget:
        q = self.questionnaire
        page = QWidget()
        title = heading(q.title)
        version = QLabel(self.tr("Version {version}").format(version=q.version))
        version.setTextFormat(Qt.TextFormat.PlainText)
        header = QVBoxLayout()
        header.addWidget(title)
        header.addWidget(version)
        if q.recall_period:
            recall = QLabel(q.recall_period)
            recall.setTextFormat(Qt.TextFormat.PlainText)
            recall.setWordWrap(True)
            recall.setFont(scaled_font(recall, 1.0))
            header.addWidget(recall)
        if q.instructions:
            instructions = QLabel(q.instructions)
            instructions.setTextFormat(Qt.TextFormat.PlainText)
            instructions.setWordWrap(True)
            header.addWidget(instructions)
        self.keyboard_hint = QLabel(self._keyboard_hint())
        self.keyboard_hint.setWordWrap(True)
        header.addWidget(self.keyboard_hint)

        self.questions: list[Question] = []
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for number, item in enumerate(q.items, start=1):
            question: Question
            if item.kind is ItemKind.CHOICE:
                question = ChoiceQuestion(item, number, self._advance_from)
                question.group.idToggled.connect(self._on_choice)
            else:
                question = CheckboxQuestion(item, number)
                question.box.toggled.connect(self._on_tick)
            self.questions.append(question)
            body_layout.addWidget(question)
        body_layout.addStretch(1)
        self._body = body
        self.scroll_area = scrolling(body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("questionnaireProgress")
        self.progress_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setFont(scaled_font(self.problem_label, 1.0))
        self.problem_label.hide()

        self.licence_label = licence_label(q.licence)

        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save and see the score"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(_rule())
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(_rule())
        layout.addWidget(self.licence_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_heading = heading(self.questionnaire.title)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.score_label.setFont(scaled_font(self.score_label, SUBHEADING_SCALE))
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.change_label.setFont(scaled_font(self.change_label, 1.05, bold=False))
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        for widget in (self.result_heading, self.score_label, self.change_label, self.detail_label):
            layout.addWidget(widget)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(licence_label(self.questionnaire.licence))
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _keyboard_hint(self) -> str:
        kinds = {item.kind for item in self.questionnaire.items}
        if kinds == {ItemKind.CHECKBOX}:
            return self.tr(
                "Tick each statement that applies to you. Tab moves to the next statement and "
                "Space ticks it."
            )
        return self.tr(
            "Choose one answer to each question with the mouse, or with the arrow keys and "
            "Space; typing an answer's number (1 for the first) chooses it and moves on. Tab "
            "goes to the next question."
        )

    def _fit_to_screen(self) -> None:
        # Show every question if the screen allows; past that the questions scroll inside.
        available = self.screen().availableGeometry()
        wanted = self.sizeHint()
        body = self._body.sizeHint()
        area = self.scroll_area.sizeHint()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wider = max(0, body.width() + scroll_bar - area.width())
        taller = max(0, body.height() - area.height())
        self.resize(
            min(max(wanted.width() + wider, self.minimumWidth()), available.width() * 9 // 10),
            min(wanted.height() + taller, available.height() * 17 // 20),
        )

    # --- State ---------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        """QUESTIONS or RESULT."""
        return self._pages.currentIndex()

    def answers(self) -> dict[str, Answer]:
        """The answers so far: option position or None for a choice, True/False for a box."""
        return {question.item.id: question.answer for question in self.questions}

    def unanswered(self) -> list[ChoiceQuestion]:
        """The choice questions not answered yet (tick boxes are never unanswered)."""
        return [q for q in self.questions if isinstance(q, ChoiceQuestion) and q.answer is None]

    def can_save(self) -> bool:
        """True once no more questions are left out than the scoring rule allows."""
        return len(self.unanswered()) <= self.questionnaire.scoring.max_missing

    def _on_choice(self, _index: int, _checked: bool) -> None:
        self._update_progress()

    def _on_tick(self, _checked: bool) -> None:
        self._update_progress()

    def _update_progress(self) -> None:
        choices = [q for q in self.questions if isinstance(q, ChoiceQuestion)]
        left = len(self.unanswered())
        if not choices:
            ticked = sum(1 for q in self.questions if q.answer is True)
            text = self.tr("%n statement(s) ticked", "", ticked)
        elif left == 0:
            text = self.tr("Every question answered")
        else:
            text = self.tr("%n question(s) still to answer", "", left)
            allowed = self.questionnaire.scoring.max_missing
            if allowed and left <= allowed:
                text += " " + self.tr("(you may leave %n out)", "", allowed)
        self.progress_label.setText(text)
        self.save_button.setEnabled(self.can_save())

    # --- Keyboard --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page == self.QUESTIONS:
            pending = self.unanswered()
            first = pending[0] if pending else self.questions[0]
            self._focus(first.focus_target())

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll_area.ensureWidgetVisible(widget)

    def _advance_from(self, question: ChoiceQuestion) -> None:
        index = self.questions.index(question)
        later = self.questions[index + 1 :]
        following = next(
            (q for q in later if isinstance(q, CheckboxQuestion) or q.answer is None), None
        )
        if following is not None:
            self._focus(following.focus_target())
        elif self.save_button.isEnabled():
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    # --- Saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Score and store the answers, then show the score and the change from the first one."""
        if self.page != self.QUESTIONS or not self.can_save():
            return
        try:
            self.recorded, changes = record_response(
                self._context.store, self.questionnaire, self.answers(), self._clock()
            )
        except QuestionnaireAnswersInvalid as error:
            # The form only offers answers the file allows, so this is the file's own scoring
            # rules disagreeing with themselves: the details (English) go to the log.
            log.warning("questionnaire answers not scored: %s", error)
            self.problem_label.setText(
                self.tr(
                    "Nothing was saved: this questionnaire's own scoring rules cannot score "
                    "these answers. Please tell whoever gave you the questionnaire file."
                )
            )
            self.problem_label.show()
            return
        self._context.publish(changes)
        self._show_result(self.recorded, len(self.unanswered()))

    def _show_result(self, recorded: RecordedMeasure, skipped: int) -> None:
        q = self.questionnaire
        self.score_label.setText(
            self.tr("Your score: {score} on a scale from {low} to {high}").format(
                score=number_text(recorded.score),
                low=number_text(q.score_min),
                high=number_text(q.score_max),
            )
        )
        if recorded.change is not None:
            self.change_label.setText(change_sentence(recorded.change))
        else:
            self.change_label.setText(
                self.tr(
                    "This is your starting point. Later scores are compared with this one, so "
                    "you can see what has changed."
                )
            )
        lines = [
            self.tr("Higher scores mean more trouble.")
            if q.higher_is_worse
            else self.tr("Higher scores mean you are doing better.")
        ]
        if skipped:
            lines.append(
                self.tr("You left %n question(s) out; the score allows for that.", "", skipped)
            )
        if recorded.change is not None and not recorded.change.threshold_known:
            lines.append(
                self.tr(
                    "This questionnaire's file gives no minimal important change, so changes "
                    "are shown as numbers only: talk them through with your clinician."
                )
            )
        self.detail_label.setText("<br>".join(html.escape(line) for line in lines))
        self._pages.setCurrentIndex(self.RESULT)
        self.done_button.setDefault(True)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)


def licence_label(licence: str) -> QLabel:
    """The questionnaire's copyright and licence notice, as the file gives it."""
    label = QLabel(
        QCoreApplication.translate("QuestionnaireDialog", "Licence: {notice}").format(
            notice=licence
        )
    )
    label.setObjectName("licenceNotice")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFont(scaled_font(label, 0.9, bold=False))
    label.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", "Licence notice"))
    label.setAccessibleDescription(licence)
    return label


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def open_questionnaire(
    context: AppContext, questionnaire_id: str, parent: QWidget | None = None
) -> QDialog:
    """The dialog for an installed questionnaire, or a message if it is no longer installed."""
    questionnaire = find_questionnaire(questionnaires_folder(context.data_dir), questionnaire_id)
    if questionnaire is not None:
        return QuestionnaireDialog(context, questionnaire, parent)
    message = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        QCoreApplication.translate(
            "QuestionnaireDialog",
            "The questionnaire '{id}' is not installed any more, so it cannot be opened. "
            "Your earlier answers are kept. To answer it again, add its file under "
            "Settings, Questionnaires.",
        ).format(id=questionnaire_id),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    return message


__all__ = [
    "CheckboxQuestion",
    "ChoiceQuestion",
    "QuestionnaireDialog",
    "licence_label",
    "number_text",
    "open_questionnaire",
]
