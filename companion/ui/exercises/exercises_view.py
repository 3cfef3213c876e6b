"""The Exercises page: browse and search the library, and see each exercise move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.content.library import ExerciseLibrary
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Category, ClearanceCondition, Exercise, SidesMode
from companion.services.safety_plan import reported_conditions
from companion.services.todays_programme import todays_programme
from companion.ui.context import AppContext
from companion.ui.exercises.exercise_words import (
    category_label,
    dose_text,
    exercise_name_in,
    weekly_count_lines,
)
from companion.ui.language import first_weekday
from companion.ui.safety.red_flag_texts import same_day_plan_text
from companion.ui.safety.safety_texts import ask_physio_text, clearance_label, left_out_text
from companion.ui.style import SUBHEADING_SCALE, fill, fill_with_scrolling, heading, side_by_side
from companion.ui.widgets.exercise_search import ExerciseSearch
from companion.ui.widgets.figure_widget import FigureWidget

translate = QCoreApplication.translate


class ExerciseDetail(QWidget):
    """One exercise: the moving figure, steps, dose, cautions and easier/harder versions."""

    def __init__(
        self, library: ExerciseLibrary, do_exercise: Callable[[str, QWidget], object] | None = None
    ) -> None:
        super().__init__()
        self._library = library
        self._exercise: Exercise | None = None
        self._conditions: frozenset[ClearanceCondition] = frozenset()
        self.title = heading("", SUBHEADING_SCALE)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.summary.setWordWrap(True)
        self.figure = FigureWidget()
        self.figure.setAccessibleName(self.tr("Exercise figure"))
        self.play_button = QPushButton(self.tr("&Play"))
        self.play_button.setCheckable(True)
        self.play_button.setAccessibleName(self.tr("Play or pause the figure"))
        self.play_button.toggled.connect(self._toggle_play)
        self.mirror_button = QPushButton(self.tr("&Other side"))
        self.mirror_button.setCheckable(True)
        self.mirror_button.setAccessibleName(self.tr("Show the other side"))
        self.mirror_button.toggled.connect(self._show_side)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.mirror_button)
        controls.addStretch(1)
        self.do_button = QPushButton(self.tr("&Do this exercise"))
        self.do_button.setAccessibleName(self.tr("Do this exercise now, guided"))
        self.do_button.setVisible(do_exercise is not None)
        self._do_exercise = do_exercise
        self.do_button.clicked.connect(self._do_current)
        controls.addWidget(self.do_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.figure, 2)
        layout.addLayout(controls)
        layout.addWidget(self.body, 3)
        fill_with_scrolling(self, content)

    def show_exercise(self, exercise: Exercise | None) -> None:
        """Show an exercise (or nothing)."""
        self._exercise = exercise
        self.play_button.setChecked(False)
        self.mirror_button.setChecked(False)
        self.do_button.setEnabled(exercise is not None)
        self.play_button.setEnabled(exercise is not None)  # nothing to play without a figure
        if exercise is None:
            self.mirror_button.setEnabled(False)
            self.title.setText("")
            self.summary.setText(self.tr("No exercise matches your search."))
            self.figure.set_figure(None)
            self.body.setText("")
            return
        self.title.setText(exercise.name)
        self.summary.setText(exercise.summary)
        self.figure.set_figure(exercise.figure)
        self.figure.set_phase(0.25)  # a representative moment, not the resting start
        self.mirror_button.setEnabled(exercise.dose.sides is not SidesMode.ONE)
        self.body.setText(self._details_html(exercise))

    def set_conditions(self, conditions: frozenset[ClearanceCondition]) -> None:
        """The user's clearance answers: affected exercises say "ask your physiotherapist"."""
        self._conditions = conditions
        if self._exercise is not None:
            self.body.setText(self._details_html(self._exercise))

    def _clearance_html(self, exercise: Exercise) -> str:
        from html import escape

        affecting = sorted(exercise.clearance & self._conditions)
        if not affecting:
            return ""
        reasons = "; ".join(escape(clearance_label(c)) for c in affecting)
        return f"<p><b>{escape(ask_physio_text())}</b> ({reasons})</p>"

    def _details_html(self, exercise: Exercise) -> str:
        from html import escape

        def items(values: tuple[str, ...]) -> str:
            return "".join(f"<li>{escape(v)}</li>" for v in values)

        def names(ids: tuple[str, ...]) -> str:
            return ", ".join(escape(self._library.get(i).name) for i in ids if i in self._library)

        # Headings first, outside the f-strings: lupdate does not read inside them.
        how, dose = escape(self.tr("How to do it")), escape(self.tr("Usual dose:"))
        stop, care = escape(self.tr("Stop and change if")), escape(self.tr("Take care"))
        easier, harder = escape(self.tr("Easier:")), escape(self.tr("Harder:"))
        html = [
            self._clearance_html(exercise),
            f"<h4>{how}</h4><ol>{items(exercise.steps)}</ol>",
            f"<p><b>{dose}</b> {escape(dose_text(exercise.dose))}</p>",
        ]
        if exercise.dose.note.strip():
            html.append(f"<p>{escape(exercise.dose.note)}</p>")
        if exercise.stop_rules:
            html.append(f"<h4>{stop}</h4><ul>{items(exercise.stop_rules)}</ul>")
        if exercise.cautions:
            html.append(f"<h4>{care}</h4><ul>{items(exercise.cautions)}</ul>")
        if exercise.easier:
            html.append(f"<p><b>{easier}</b> {names(exercise.easier)}</p>")
        if exercise.harder:
            html.append(f"<p><b>{harder}</b> {names(exercise.harder)}</p>")
        html.append(f"<p><i>{escape(exercise.evidence)}</i></p>")
        return "".join(html)

    def _do_current(self) -> None:
        if self._exercise is not None and self._do_exercise is not None:
            self._do_exercise(self._exercise.id, self.window())

    def _toggle_play(self, playing: bool) -> None:
        self.play_button.setText(self.tr("&Pause") if playing else self.tr("&Play"))
        if playing:
            self.figure.play()
        else:
            self.figure.stop()

    def _show_side(self, mirrored: bool) -> None:
        if self._exercise is not None:
            playing = self.figure.is_playing()
            self.figure.set_figure(self._exercise.figure, mirrored=mirrored)
            self.figure.set_phase(0.25)
            if playing:
                self.figure.play()


class ExercisesView(QWidget):
    """Search and filter on the left, the chosen exercise on the right."""

    def __init__(
        self,
        library: ExerciseLibrary,
        do_exercise: Callable[[str, QWidget], object] | None = None,
        context: AppContext | None = None,
        start_today: Callable[[QWidget], object] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self._library = library
        self.today: TodaysProgrammePanel | None = None
        self._finder = ExerciseSearch(
            self.tr("Search exercises"), self.tr("Search exercises"), self.tr("Exercises")
        )
        self.search, self.list = self._finder.field, self._finder.list
        self.search.textChanged.connect(self._refill)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Exercise category"))
        self.category.addItem(self.tr("All kinds"), None)
        for category in Category:
            if library.in_category(category):
                self.category.addItem(category_label(category), category.value)
        self.category.currentIndexChanged.connect(self._refill)
        self.list.currentItemChanged.connect(self._on_current)
        self.detail = ExerciseDetail(library, do_exercise)
        self.count = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading(self.tr("Exercises")))
        if context is not None and start_today is not None:
            self.today = TodaysProgrammePanel(context, self.select_exercise, start_today, now)
            left_layout.addWidget(self.today)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.category)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = side_by_side(left, self.detail, 2)
        # Wide enough for the longest name; narrower (by dragging), names end in "…".
        metrics = self.list.fontMetrics()
        longest = max((metrics.horizontalAdvance(e.name) for e in library), default=0)
        extra = self.list.verticalScrollBar().sizeHint().width() + 4 * metrics.averageCharWidth()
        splitter.setSizes([max(280, longest + extra), 560])
        fill(self, splitter)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        self._context = context
        if context is not None:
            context.bus.changed.connect(self._on_changes)
            self.detail.set_conditions(reported_conditions(context.store))
        self._refill()

    def _on_changes(self, changes: Changes) -> None:
        if self._context is not None and changes.concerns(Topic.PREFERENCES):
            self.detail.set_conditions(reported_conditions(self._context.store))

    def _refill(self) -> None:
        category = self.category.currentData()
        found = self._finder.found(self._library)
        if category is not None:
            found = [e for e in found if e.category.value == category]
        self._finder.show(found, lambda exercise: exercise.summary)
        self.count.setText(self.tr("%n exercise(s)", "", len(found)))
        if not found:
            self.detail.show_exercise(None)

    def select_exercise(self, exercise_id: str) -> None:
        """Show one exercise (clearing a search or filter that hides it)."""
        if not self.list.holds(exercise_id):
            self.search.clear()
            self.category.setCurrentIndex(0)
        self.list.choose(exercise_id)

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.detail.show_exercise(self._library.get(item.data(Qt.ItemDataRole.UserRole)))


class TodaysProgrammePanel(QGroupBox):
    """Today's programme on the Exercises page: its exercises, what is done, and Start."""

    def __init__(
        self,
        context: AppContext,
        select_exercise: Callable[[str], None],
        start: Callable[[QWidget], object],
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(translate("Exercises", "Today's programme"))
        self._context = context
        # Local and aware: worse answers and same-day findings count for the user's own day.
        self._now = now or (lambda: datetime.now().astimezone())
        self._select = select_exercise
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may show a file's words
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Exercises", "Today's exercises"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 8)
        # A long name (German runs about 30% longer) wraps onto a second line instead of hiding
        # behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.start_button = QPushButton(translate("Exercises", "&Start today's session"))
        self.start_button.clicked.connect(lambda: start(self.window()))
        self.left_out_note = QLabel()
        self.left_out_note.setObjectName("leftOutToday")
        self.left_out_note.setWordWrap(True)
        self.left_out_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.left_out_note)
        layout.addWidget(self.start_button)
        context.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        """Show today's exercises with a tick for those done."""
        today = todays_programme(
            self._context.store, self._context.library, self._now(), first_weekday()
        )
        library = self._context.library
        if today.from_programme and today.sessions_planned:
            planned = today.sessions_planned
            done = translate("Exercises", "{done} of %n session(s) done today", "", planned).format(
                done=today.sessions_done
            )
        elif today.from_programme:
            done = translate("Exercises", "No session is planned today. Rest days count too.")
        else:
            done = translate(
                "Exercises",
                "No programme yet: this is the gentle starter set. Choose or import a programme "
                "on the Programme page.",
            )
        title = today.plan.title or translate("Exercises", "Your programme")
        summary = "\n".join(
            [f"{title}: {done}", *weekly_count_lines(today.weekly, today.plan, library)]
        )
        if today.plan.same_day_open:
            summary += "\n\n" + same_day_plan_text()
        self.summary.setText(summary)
        self.list.clear()
        for item in today.plan.of_the_day():
            name = exercise_name_in(today.plan, item.exercise_id, library)
            finished = item.exercise_id in today.done_exercise_ids
            entry = QListWidgetItem(("✓ " if finished else "• ") + name)
            entry.setData(Qt.ItemDataRole.UserRole, item.exercise_id)
            entry.setToolTip(dose_text(item.dose))
            entry.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("Exercises", "{name}, done today").format(name=name)
                if finished
                else name,
            )
            self.list.addItem(entry)
        for item, why in today.plan.left_out:
            name = exercise_name_in(today.plan, item.exercise_id, library)
            entry = QListWidgetItem(f"– {name}")
            entry.setData(Qt.ItemDataRole.UserRole, item.exercise_id)
            entry.setToolTip(left_out_text(why))
            # Shown as skipped, with the reason read out too.
            entry.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("Exercises", "{name}, {why}").format(name=name, why=left_out_text(why)),
            )
            entry.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.list.addItem(entry)
        self.left_out_note.setText(
            "\n".join(
                translate("Exercises", "{name}: {why}").format(
                    name=exercise_name_in(today.plan, i.exercise_id, library),
                    why=left_out_text(why),
                )
                for i, why in today.plan.left_out
            )
        )
        self.left_out_note.setVisible(bool(today.plan.left_out))
        self.start_button.setEnabled(bool(today.plan.items))

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.SESSIONS, Topic.PROGRAMME, Topic.SCREENINGS, Topic.PREFERENCES):
            self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        self._select(item.data(Qt.ItemDataRole.UserRole))
