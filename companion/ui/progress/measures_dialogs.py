"""Dialogs for the outcome measures: the weekly bother score and the activity (functional) scale.

Each dialog stores its answers through services.measures, publishes the change, and then shows
the score with its change from the baseline in one plain sentence.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.measures import (
    ACTIVITY_NAME_MAX_LENGTH,
    BOTHERSOMENESS_ANCHORS,
    BOTHERSOMENESS_ITEM_MAX,
    BOTHERSOMENESS_QUESTIONS,
    BOTHERSOMENESS_RECALL,
    FUNCTIONAL_SCALE_MAX_ACTIVITIES,
    FUNCTIONAL_SCALE_MIN_ACTIVITIES,
    FUNCTIONAL_SCALE_RATING_MAX,
    BothersomenessItem,
)
from companion.services.measures import (
    MeasureInvalid,
    RecordedMeasure,
    functional_scale_baseline,
    record_bothersomeness,
    record_functional_scale,
)
from companion.ui.context import AppContext
from companion.ui.progress.dialog_parts import (
    RecordingDialog,
    ResultPage,
    cancel_and_save,
    problem_label,
)
from companion.ui.progress.measure_words import measure_text, recorded_change_text, refusal_text
from companion.ui.style import heading, scaled_font

UNRATED = -1  # the spin boxes' "not rated yet" value, shown as a dash


class _ScoreButton(QRadioButton):
    """One number on a 0-6 scale; typing any number on the scale picks it for the question."""

    def __init__(self, value: int, on_digit: Callable[[int], None]) -> None:
        super().__init__(str(value))
        self.value = value
        self._on_digit = on_digit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and int(text) <= BOTHERSOMENESS_ITEM_MAX:
            self._on_digit(int(text))
            event.accept()
            return
        super().keyPressEvent(event)


class ScaleQuestion(QWidget):
    """A question answered 0 (not at all) to 6 (extremely), by click, arrows or number keys."""

    def __init__(
        self,
        item: BothersomenessItem,
        on_key_answer: Callable[[ScaleQuestion], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        # A callback, not a Signal: PySide6 6.12's Signal.emit() leaks a reference to True.
        self._on_key_answer = on_key_answer
        text = measure_text(BOTHERSOMENESS_QUESTIONS[item])
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setFont(scaled_font(self.label, 1.0))
        self.setAccessibleName(text)
        self.group = QButtonGroup(self)
        self.buttons: list[_ScoreButton] = []
        scale = QGridLayout()
        scale.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        for value in range(BOTHERSOMENESS_ITEM_MAX + 1):
            button = _ScoreButton(value, self._answer_by_key)
            button.setAccessibleName(f"{value}: {text}")
            self.group.addButton(button, value)
            self.buttons.append(button)
            scale.addWidget(button, 0, value)
        low, high = BOTHERSOMENESS_ANCHORS
        low_label = QLabel(measure_text(low))
        high_label = QLabel(measure_text(high))
        scale.addWidget(low_label, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        scale.addWidget(high_label, 1, 4, 1, 3, Qt.AlignmentFlag.AlignRight)
        scale.setColumnStretch(BOTHERSOMENESS_ITEM_MAX + 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(self.label)
        layout.addLayout(scale)

    @property
    def answer(self) -> int | None:
        """The chosen number, or None while unanswered."""
        value = self.group.checkedId()
        return value if value >= 0 else None

    def set_answer(self, value: int) -> None:
        """Choose a number (as a click or a number key would)."""
        self.buttons[value].setChecked(True)

    def focus(self) -> None:
        """Put the keyboard focus on the chosen number, or on 0."""
        value = self.answer
        self.buttons[value if value is not None else 0].setFocus(Qt.FocusReason.TabFocusReason)

    def _answer_by_key(self, value: int) -> None:
        self.set_answer(value)
        self.buttons[value].setFocus(Qt.FocusReason.OtherFocusReason)
        if self._on_key_answer is not None:
            self._on_key_answer(self)


class _MeasureDialog(RecordingDialog):
    """A measure's dialog: its pages of questions, then the page with the recorded score."""

    def _stack(self, title: str, *pages: QWidget) -> None:
        self.recorded: RecordedMeasure | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._pages = QStackedWidget()
        for page in pages:
            self._pages.addWidget(page)
        result = ResultPage(self)
        self.score_label, self.change_label = result.score, result.change
        self.detail_label, self.done_button = result.detail, result.done
        self._pages.addWidget(result)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)


# --- Bothersomeness index ------------------------------------------------------------------------


class BothersomenessDialog(_MeasureDialog):
    """The weekly bother score: four questions, each 0-6."""

    def _lay_out(self, context: AppContext) -> None:
        self._stack(self.tr("Sciatica bother score"), self._build_questions())
        # Only now is the button inside the dialog, so the dialog registers it as its default.
        self.save_button.setDefault(True)
        self._update_buttons()

    def _build_questions(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("How much has sciatica bothered you?"))
        recall = QLabel(measure_text(BOTHERSOMENESS_RECALL))
        recall.setFont(scaled_font(recall, 1.0))
        how = QLabel(
            self.tr(
                "For each question choose a number from 0 (not at all) to 6 (extremely). "
                "You can type the number on the keyboard."
            )
        )
        how.setWordWrap(True)
        self.questions: list[ScaleQuestion] = []
        layout = QVBoxLayout(page)
        for widget in (title, recall, how):
            layout.addWidget(widget)
        for item in BothersomenessItem:
            row = ScaleQuestion(item, self._advance_from)
            row.group.idToggled.connect(self._on_answer)
            self.questions.append(row)
            layout.addWidget(row)
        self.problem_label = problem_label()
        layout.addWidget(self.problem_label)
        self.cancel_button, self.save_button = cancel_and_save(self, self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pages.currentIndex() == 0:
            pending = next((q for q in self.questions if q.answer is None), self.questions[0])
            pending.focus()

    def answers(self) -> dict[str, int]:
        """The numbers chosen so far, by item."""
        return {
            row.item.value: answer for row in self.questions if (answer := row.answer) is not None
        }

    def _on_answer(self, _value: int, _checked: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(len(self.answers()) == len(self.questions))

    def _advance_from(self, row: ScaleQuestion) -> None:
        index = self.questions.index(row)
        following = next((q for q in self.questions[index + 1 :] if q.answer is None), None)
        if following is not None:
            following.focus()
        elif self.save_button.isEnabled():
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def save(self) -> None:
        """Store the answers and show the score."""
        if not self.save_button.isEnabled():
            return
        try:
            self.recorded, changes = record_bothersomeness(
                self._context.store, self.answers(), self._clock()
            )
        except MeasureInvalid as error:
            self.problem_label.setText(refusal_text(error))
            self.problem_label.show()
            return
        self._context.publish(changes)
        recorded = self.recorded
        self.score_label.setText(
            self.tr("Your sciatica bother score: {score} out of 24").format(
                score=round(recorded.score)
            )
        )
        self.change_label.setText(recorded_change_text(recorded))
        self.detail_label.setText(
            html.escape(self.tr("Higher scores mean sciatica bothered you more."))
        )
        self._pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)


# --- Patient-specific functional scale -----------------------------------------------------------


def _rating_box(accessible_name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(UNRATED, FUNCTIONAL_SCALE_RATING_MAX)
    box.setSpecialValueText("–")  # shown at UNRATED: not rated yet
    box.setValue(UNRATED)
    box.setAccessibleName(accessible_name)
    return box


class FunctionalScaleDialog(_MeasureDialog):
    """The activity score: name 3 to 5 hard activities and rate each 0-10; later re-rate."""

    NAMING, RERATING, RESULT = range(3)

    def _lay_out(self, context: AppContext) -> None:
        self._baseline = functional_scale_baseline(context.store)
        self._stack(self.tr("Activity score"), self._build_naming(), self._build_rerating())
        self._set_page(self.RERATING if self._baseline else self.NAMING)

    @property
    def page(self) -> int:
        """NAMING, RERATING or RESULT."""
        return self._pages.currentIndex()

    @property
    def starts_new_baseline(self) -> bool:
        """True when saving now names new activities after an earlier baseline."""
        return self.page == self.NAMING and self._baseline is not None

    def _instructions(self) -> QLabel:
        label = QLabel(
            self.tr(
                "Rate how well you can do each activity today, from 0 (you cannot do it at "
                "all) to 10 (you can do it as well as before your back or leg problem began)."
            )
        )
        label.setWordWrap(True)
        return label

    def _build_naming(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Activities you find hard"))
        intro = QLabel(
            self.tr(
                "Name three to five everyday activities that your back or leg makes hard, "
                "such as putting on socks or sitting through a meal. Later you rate the same "
                "activities again, so you can see what has changed."
            )
        )
        intro.setWordWrap(True)
        self.new_baseline_note = QLabel(
            self.tr(
                "These activities start a new baseline: your progress is measured from "
                "today's ratings. Your earlier ratings are kept."
            )
        )
        self.new_baseline_note.setWordWrap(True)
        self.new_baseline_note.setFont(scaled_font(self.new_baseline_note, 1.0))
        self.new_baseline_note.setVisible(self._baseline is not None)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Activity")), 0, 0)
        grid.addWidget(QLabel(self.tr("Rating (0-10)")), 0, 1)
        self.name_edits: list[QLineEdit] = []
        self.new_ratings: list[QSpinBox] = []
        for index in range(FUNCTIONAL_SCALE_MAX_ACTIVITIES):
            number = index + 1
            edit = QLineEdit()
            edit.setMaxLength(ACTIVITY_NAME_MAX_LENGTH)
            edit.setAccessibleName(self.tr("Activity {n}").format(n=number))
            if index == 0:
                edit.setPlaceholderText(self.tr("For example: putting on socks"))
            edit.textChanged.connect(self._on_edit)
            rating = _rating_box(self.tr("Rating for activity {n}").format(n=number))
            rating.valueChanged.connect(self._on_rating)
            grid.addWidget(edit, number, 0)
            grid.addWidget(rating, number, 1)
            self.name_edits.append(edit)
            self.new_ratings.append(rating)
        grid.setColumnStretch(0, 1)

        self.naming_problem = problem_label()
        cancel, self.naming_save = cancel_and_save(self, self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.naming_save)

        layout = QVBoxLayout(page)
        for widget in (title, intro, self.new_baseline_note, self._instructions()):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.naming_problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_rerating(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Your activities"))
        since = QLabel(
            self.tr("These are the activities you named before. Rate each one again for today.")
        )
        since.setWordWrap(True)
        grid = QGridLayout()
        self.rerate_ratings: list[QSpinBox] = []
        self.rerate_names: list[str] = list(self._baseline.names) if self._baseline else []
        for row, name in enumerate(self.rerate_names):
            label = QLabel(name)  # the user's own words: shown as written, read-only
            label.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
            label.setWordWrap(True)
            rating = _rating_box(self.tr("Rating for {activity}").format(activity=name))
            rating.valueChanged.connect(self._on_rating)
            label.setBuddy(rating)
            grid.addWidget(label, row, 0)
            grid.addWidget(rating, row, 1)
            self.rerate_ratings.append(rating)
        grid.setColumnStretch(0, 1)

        self.choose_new_button = QPushButton(
            self.tr("Choose &new activities (starts a new baseline)")
        )
        self.choose_new_button.setAccessibleName(
            self.tr("Choose new activities (starts a new baseline)")
        )
        self.choose_new_button.clicked.connect(self.choose_new_activities)
        self.rerate_problem = problem_label()
        cancel, self.rerate_save = cancel_and_save(self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_new_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.rerate_save)

        layout = QVBoxLayout(page)
        for widget in (title, since, self._instructions()):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.rerate_problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page == self.RERATING and self.rerate_ratings:
            self.rerate_ratings[0].setFocus(Qt.FocusReason.TabFocusReason)
        elif self.page == self.NAMING:
            self.name_edits[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _set_page(self, page: int) -> None:
        self._pages.setCurrentIndex(page)
        # One default button per dialog: Enter saves on the page that is showing.
        default = {
            self.NAMING: self.naming_save,
            self.RERATING: self.rerate_save,
            self.RESULT: self.done_button,
        }[page]
        default.setDefault(True)
        self._update_buttons()

    def choose_new_activities(self) -> None:
        """Switch to naming new activities; saving them starts a new baseline."""
        self._set_page(self.NAMING)
        self.new_baseline_note.show()
        self.name_edits[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def activities(self) -> dict[str, int] | None:
        """The activities and ratings to save, or None while something is missing."""
        if self.page == self.RERATING:
            ratings = [box.value() for box in self.rerate_ratings]
            if not ratings or UNRATED in ratings:
                return None
            return dict(zip(self.rerate_names, ratings, strict=True))
        chosen: dict[str, int] = {}
        for edit, box in zip(self.name_edits, self.new_ratings, strict=True):
            name = edit.text().strip()
            if not name and box.value() == UNRATED:
                continue
            if not name or box.value() == UNRATED:
                return None
            chosen[name] = box.value()
        # New activities: 3 to 5 (an older baseline of 1 or 2 is still re-rated as it is).
        return chosen if len(chosen) >= FUNCTIONAL_SCALE_MIN_ACTIVITIES else None

    def _on_edit(self, _text: str) -> None:
        self._update_buttons()

    def _on_rating(self, _value: int) -> None:
        self._update_buttons()

    def missing(self) -> str:
        """What still stops Save, naming the activity and what it lacks ("" when nothing)."""
        if self.page == self.RERATING:
            for name, box in zip(self.rerate_names, self.rerate_ratings, strict=True):
                if box.value() == UNRATED:
                    return self.tr('Give "{activity}" a rating from 0 to 10.').format(activity=name)
            return ""
        for number, (edit, box) in enumerate(zip(self.name_edits, self.new_ratings, strict=True)):
            name = edit.text().strip()
            if name and box.value() == UNRATED:
                return self.tr('Give activity {n}, "{activity}", a rating from 0 to 10.').format(
                    n=number + 1, activity=name
                )
            if not name and box.value() != UNRATED:
                return self.tr("Activity {n} has a rating but no name: name it.").format(
                    n=number + 1
                )
        if self.activities() is None:
            named = sum(bool(e.text().strip()) for e in self.name_edits)
            return self.tr(
                "Name at least three activities and rate each one (%n named so far).", "", named
            )
        return ""

    def _update_buttons(self) -> None:
        ready = self.activities() is not None
        self.naming_save.setEnabled(ready and self.page == self.NAMING)
        self.rerate_save.setEnabled(ready and self.page == self.RERATING)
        # Say what is missing once the user has started; an untouched form shows nothing.
        problem = self.naming_problem if self.page == self.NAMING else self.rerate_problem
        touched = any(e.text().strip() for e in self.name_edits) or any(
            b.value() != UNRATED for b in (*self.new_ratings, *self.rerate_ratings)
        )
        text = self.missing() if touched else ""
        problem.setText(text)
        problem.setVisible(bool(text))

    def save(self) -> None:
        """Store the ratings and show the score."""
        activities = self.activities()
        if activities is None:
            return
        problem = self.naming_problem if self.page == self.NAMING else self.rerate_problem
        try:
            self.recorded, changes = record_functional_scale(
                self._context.store, activities, self._clock(), self.starts_new_baseline
            )
        except MeasureInvalid as error:
            problem.setText(refusal_text(error))
            problem.show()
            return
        self._context.publish(changes)
        recorded = self.recorded
        score = f"{recorded.score:.1f}".removesuffix(".0")
        self.score_label.setText(
            self.tr("Your activity score: {score} out of 10").format(score=score)
        )
        self.change_label.setText(recorded_change_text(recorded))
        lines = [html.escape(self.tr("Higher scores mean the activities are easier for you."))]
        if recorded.activity_changes:
            items = []
            for change in recorded.activity_changes:
                line = self.tr("{activity}: {before} at the start, {now} now").format(
                    activity=change.name, before=change.baseline, now=change.current
                )
                if change.beyond_detectable_change:
                    line += " " + self.tr("(beyond the detectable change)")
                items.append(f"<li>{html.escape(line)}</li>")
            lines.append(f"<ul>{''.join(items)}</ul>")
        self.detail_label.setText("<br>".join(lines))
        self._set_page(self.RESULT)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
