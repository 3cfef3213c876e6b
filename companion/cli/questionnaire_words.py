"""What `companion questionnaire add|list|remove` says about questionnaire files.

Worded in the context Cli, like every line of the command line (see cli/words.py).
"""

from __future__ import annotations

from companion.domain.questionnaire import Questionnaire
from companion.reports.wording import Wording
from companion.services.questionnaires import QuestionnaireNotInstalled


def nothing_added(detail: str, words: Wording) -> str:
    """`questionnaire add` refused; `detail` names the file and its problems."""
    return words.translate("Cli", "nothing was added: {problem}").format(problem=detail)


def questionnaire_added(
    questionnaire: Questionnaire, replaced_version: str | None, words: Wording
) -> str:
    """The line after `questionnaire add`: added, or updated (from which version)."""
    described = describe_questionnaire(questionnaire, words)
    if replaced_version is None:
        return words.translate("Cli", "added {id}: {questionnaire}").format(
            id=questionnaire.id, questionnaire=described
        )
    if replaced_version == questionnaire.version:
        return words.translate("Cli", "updated {id}: {questionnaire}").format(
            id=questionnaire.id, questionnaire=described
        )
    return words.translate("Cli", "updated {id}: {questionnaire} (was version {old})").format(
        id=questionnaire.id, questionnaire=described, old=replaced_version
    )


def describe_questionnaire(questionnaire: Questionnaire, words: Wording) -> str:
    """A questionnaire on one line: title, version, number of questions, how often it is due."""
    count = len(questionnaire.items)
    questions = words.translate("Cli", "%n question(s)", "", count)
    days = questionnaire.due_interval_days
    if days is not None:
        questions = words.translate("Cli", "{questions}, due every %n day(s)", "", days).format(
            questions=questions
        )
    return words.translate("Cli", "{title}, version {version} ({questions})").format(
        title=questionnaire.title, version=questionnaire.version, questions=questions
    )


def no_questionnaires(words: Wording) -> str:
    """`questionnaire list` with none installed."""
    return words.translate("Cli", "no questionnaires are installed")


def questionnaire_unusable(detail: str, words: Wording) -> str:
    """A file in the questionnaires folder that cannot be used; `detail` says why."""
    return words.translate("Cli", "cannot be used: {problem}").format(problem=detail)


def questionnaire_not_installed(error: QuestionnaireNotInstalled, words: Wording) -> str:
    """`questionnaire remove` with an id that is not installed."""
    installed = ", ".join(error.installed) or words.translate("Cli", "none")
    return words.translate(
        "Cli",
        "nothing was removed: no questionnaire called '{id}' is installed (installed: {installed})",
    ).format(id=error.questionnaire_id, installed=installed)


def questionnaire_removed(file_name: str, kept: int, words: Wording) -> str:
    """The line after `questionnaire remove`: the answers given stay."""
    return words.translate("Cli", "removed {file}; %n stored answer(s) kept", "", kept).format(
        file=file_name
    )
