"""The Settings page's Questionnaires group: a clinic's licensed questionnaires, added and removed.

A file is shown before it is added (title, licence notice, how many questions), so nobody
installs wording they did not mean to. Removing a questionnaire keeps every answer given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.domain.changes import Changes, Topic
from companion.domain.questionnaire import ItemKind, Questionnaire, ScoringMethod
from companion.services.questionnaires import (
    InstalledQuestionnaire,
    InstalledQuestionnaires,
    QuestionnaireNotInstalled,
    QuestionnaireRefused,
    add_questionnaire,
    list_questionnaires,
    questionnaires_folder,
    read_questionnaire_file,
    remove_questionnaire,
    response_count,
)
from companion.ui.context import AppContext
from companion.ui.file_problem_words import file_problem_text
from companion.ui.progress.questionnaire_dialog import licence_label, number_text
from companion.ui.safety.safety import open_measure
from companion.ui.style import SUBHEADING_SCALE, heading
from companion.ui.widgets.choice_list import ChoiceList
from companion.ui.widgets.save_files import ask_open_path


class QuestionnairePreview(QDialog):
    """What a questionnaire file holds, shown before it is added."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        source: Path,
        replaces_version: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.source = source
        self.setWindowTitle(self.tr("Add a questionnaire"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        title = heading(questionnaire.title, SUBHEADING_SCALE)
        facts = QFormLayout()
        facts.addRow(self.tr("File:"), _plain(source.name))
        facts.addRow(self.tr("Version:"), _plain(questionnaire.version))
        facts.addRow(self.tr("Questions:"), _plain(self._questions_text()))
        facts.addRow(self.tr("Score:"), _plain(self._score_text()))
        facts.addRow(self.tr("Due:"), _plain(self._due_text()))
        self.licence_label = licence_label(questionnaire.licence)
        caution = QLabel(
            self.tr(
                "Only add a questionnaire that you or your clinic are licensed to use, with "
                "its wording exactly as the owner supplies it."
            )
        )
        caution.setWordWrap(True)
        self.replaces_label = QLabel()
        self.replaces_label.setWordWrap(True)
        if replaces_version is not None:
            self.replaces_label.setText(
                self.tr(
                    "This replaces the installed version {version}. Answers already given "
                    "are kept and stay in your history."
                ).format(version=replaces_version)
            )
        self.replaces_label.setVisible(replaces_version is not None)

        self.add_button = QPushButton(self.tr("&Add questionnaire"))
        self.add_button.setAccessibleName(self.tr("Add this questionnaire"))
        self.add_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("&Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: do not add it"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(facts)
        layout.addWidget(self.licence_label)
        layout.addWidget(self.replaces_label)
        layout.addWidget(caution)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.setDefault(True)

    def _questions_text(self) -> str:
        items = self.questionnaire.items
        ticks = sum(item.kind is ItemKind.CHECKBOX for item in items)
        if ticks == len(items):
            return self.tr("%n statement(s) to tick", "", len(items))
        if ticks == 0:
            return self.tr("%n question(s)", "", len(items))
        return self.tr("{count} questions, {ticks} of them to tick").format(
            count=len(items), ticks=ticks
        )

    def _score_text(self) -> str:
        q = self.questionnaire
        how = {
            ScoringMethod.SUM: self.tr("the sum of the answers"),
            ScoringMethod.MEAN: self.tr("the average of the answers"),
            ScoringMethod.COUNT_CHECKED: self.tr("the number of ticked statements"),
            ScoringMethod.PERCENT_OF_MAX: self.tr("a percentage of the highest possible score"),
        }[q.scoring.method]
        text = self.tr("{how}, from {low} to {high}").format(
            how=how, low=number_text(q.score_min), high=number_text(q.score_max)
        )
        text += "; " + (
            self.tr("higher is worse") if q.higher_is_worse else self.tr("higher is better")
        )
        if q.threshold is not None:
            parts = []
            if q.threshold.points is not None:
                parts.append(self.tr("{n} points").format(n=number_text(q.threshold.points)))
            if q.threshold.percent is not None:
                parts.append(self.tr("{n}%").format(n=number_text(q.threshold.percent)))
            text += "; " + self.tr("a minimal important change is {amount}").format(
                amount=self.tr(" or ").join(parts)
            )
        return text

    def _due_text(self) -> str:
        days = self.questionnaire.due_interval_days
        if days is None:
            return self.tr("whenever you choose to answer it")
        return self.tr("every %n day(s); the first time at once", "", days)


class QuestionnaireSettings(QGroupBox):
    """Installed questionnaires: add one from a file, answer one now, remove one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Questionnaires"), parent)
        self._context = context
        self.setObjectName("questionnaireSettings")
        self.preview: QuestionnairePreview | None = None
        self.message: QMessageBox | None = None
        self.confirmation: QMessageBox | None = None
        self.confirm_remove_button: QAbstractButton | None = None
        self._found = InstalledQuestionnaires()

        intro = QLabel(
            self.tr(
                "A clinic that holds a licence for a questionnaire, such as a disability "
                "questionnaire, can give you its file. Once added, it appears on the Today "
                "page when it is due."
            )
        )
        intro.setWordWrap(True)
        self.list = ChoiceList()
        self.list.setAccessibleName(self.tr("Installed questionnaires"))
        self.list.setMinimumHeight(self.fontMetrics().height() * 6)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add from a file…"))
        self.add_button.setAccessibleName(self.tr("Add a questionnaire from a file"))
        self.add_button.clicked.connect(self._choose_file)
        self.answer_button = QPushButton(self.tr("A&nswer now…"))
        self.answer_button.setAccessibleName(self.tr("Answer the selected questionnaire now"))
        self.answer_button.clicked.connect(self.answer_selected)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected questionnaire"))
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.answer_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        context.bus.changed.connect(self._on_changes)
        self.refresh()

    @property
    def _folder(self) -> Path:
        return questionnaires_folder(self._context.data_dir)

    def refresh(self) -> None:
        """List what the questionnaires folder holds now."""
        selected = self.selected_id()
        self.list.clear()
        found = self._found = list_questionnaires(self._folder)
        for installed in found.installed:
            item = self.list.add_choice(
                self._describe(installed), installed.id, installed.questionnaire.licence
            )
            if installed.id == selected:
                self.list.setCurrentItem(item)
        for unusable in found.unusable:
            problems = "; ".join(file_problem_text(p) for p in unusable.problems[:3])
            self.list.add_choice(
                self.tr("{file}: cannot be used ({problems})").format(
                    file=unusable.file_name, problems=problems
                ),
                unusable.file_name.removesuffix(".json"),
            )
        self.list.say_if_empty(self.tr("None added yet."))
        self._update_buttons()

    def installed_titles(self) -> list[str]:
        """The list's lines, as the user reads them."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def select(self, questionnaire_id: str) -> None:
        """Select a questionnaire in the list by its id."""
        self.list.choose(questionnaire_id)

    def selected_id(self) -> str | None:
        """The id of the selected questionnaire (or unusable file), if any."""
        return self.list.chosen()

    def _describe(self, installed: InstalledQuestionnaire) -> str:
        q = installed.questionnaire
        due = (
            self.tr("due every %n day(s)", "", q.due_interval_days)
            if q.due_interval_days is not None
            else self.tr("answered when you choose")
        )
        return self.tr("{title} (version {version}): {count} questions, {due}").format(
            title=q.title, version=q.version, count=len(q.items), due=due
        )

    def _update_buttons(self) -> None:
        selected = self.selected_id()
        usable = selected is not None and self._found.find(selected) is not None
        self.answer_button.setEnabled(usable)
        self.remove_button.setEnabled(selected is not None)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Topic.MEASURES):
            self.refresh()

    # --- Adding --------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        source = ask_open_path(
            self, self.tr("Add a questionnaire file"), self.tr("Questionnaire files (*.json)")
        )
        if source is not None:
            self.add_from_file(source)

    def add_from_file(self, source: Path) -> None:
        """Check the file and show what it holds; it is added only when the user confirms."""
        try:
            questionnaire = read_questionnaire_file(source)
        except QuestionnaireRefused as error:
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("This file cannot be added"),
                self.tr(
                    "{problem}\n\nNothing was added; your questionnaires and answers are as "
                    "they were. Ask whoever gave you the file for a corrected one."
                ).format(problem=_refusal_text(error)),
            )
            return
        installed = list_questionnaires(self._folder).find(questionnaire.id)
        replaces = installed.questionnaire.version if installed is not None else None
        _discard(self.preview)
        self.preview = QuestionnairePreview(questionnaire, source, replaces, self.window())
        self.preview.accepted.connect(lambda: self._install(source))
        self.preview.open()

    def _install(self, source: Path) -> None:
        try:
            added, changes = add_questionnaire(self._folder, source)
        except QuestionnaireRefused as error:
            # The file changed between the preview and now.
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("This file cannot be added"),
                self.tr("{problem}\n\nNothing was added.").format(problem=_refusal_text(error)),
            )
            return
        except OSError as error:
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("The questionnaire could not be added"),
                self.tr(
                    "It could not be copied into your data folder ({reason}). Nothing was "
                    "added; check that the disk has room, then try again."
                ).format(reason=error.strerror or error),
            )
            return
        self._context.publish(changes)
        self.select(added.installed.id)

    # --- Answering and removing ----------------------------------------------------------------

    def answer_selected(self) -> None:
        """Open the selected questionnaire to answer it now."""
        selected = self.selected_id()
        if selected is not None:
            open_measure(self._context, selected, self.window())

    def remove_selected(self) -> None:
        """Ask, then remove the selected questionnaire; its answers are kept."""
        selected = self.selected_id()
        if selected is None:
            return
        installed = list_questionnaires(self._folder).find(selected)
        name = installed.title if installed is not None else selected
        kept = response_count(self._context.store, selected)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove this questionnaire?"),
            self.tr(
                "Remove '{name}'? It will no longer be offered. Your %n answer(s) to it are "
                "kept; adding its file again brings them back into view.",
                "",
                kept,
            ).format(name=name),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(
            lambda button: self._remove(selected) if button is remove else None
        )
        _discard(self.confirmation)
        self.confirmation, self.confirm_remove_button = box, remove
        box.open()

    def _remove(self, questionnaire_id: str) -> None:
        try:
            _name, changes = remove_questionnaire(self._folder, questionnaire_id)
        except (QuestionnaireNotInstalled, OSError) as error:
            problem = (
                self.tr(
                    "It is no longer installed (another window or the command line removed it)."
                )
                if isinstance(error, QuestionnaireNotInstalled)
                else str(error)  # the system's own words for a file that could not be removed
            )
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("The questionnaire could not be removed"),
                self.tr("{problem}\n\nYour answers are kept.").format(problem=problem),
            )
            self.refresh()
            return
        self._context.publish(changes)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        _discard(self.message)
        self.message = QMessageBox(icon, APP_NAME, title, QMessageBox.StandardButton.Ok, self)
        self.message.setInformativeText(text)
        self.message.open()


def _refusal_text(error: QuestionnaireRefused) -> str:
    """The file and what is wrong with it, in the app's language."""
    return f"{error.source}: " + "; ".join(file_problem_text(p) for p in error.problems)


def _discard(dialog: QDialog | None) -> None:
    # One dialog of each kind at a time: the one it replaces is closed and freed here, not by
    # delete-on-close (with that, opening two previews in a row crashed PySide6 in a test).
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


__all__ = ["QuestionnairePreview", "QuestionnaireSettings"]
