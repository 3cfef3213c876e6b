"""`companion questionnaire add FILE | list | remove ID`: a clinic's licensed questionnaires."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from companion.cli import questionnaire_words as say
from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.cli.file_problem_words import file_problems
from companion.cli.words import cli_words
from companion.services.data_store import DataFolder
from companion.services.questionnaires import (
    QuestionnaireNotInstalled,
    QuestionnaireRefused,
    add_questionnaire,
    list_questionnaires,
    questionnaires_folder,
    remove_questionnaire,
    response_count,
)


def register(commands: Subcommands, common: Parser) -> dict[str, Handler]:
    """Add `questionnaire` with its add, list and remove actions; return its handler."""
    words = cli_words()
    group = commands.add_parser(
        "questionnaire",
        parents=[common],
        help=words.translate("Cli", "add, list or remove a clinic's licensed questionnaires"),
        description=words.translate(
            "Cli",
            "Questionnaire files (see docs/questionnaire-format.md) are checked before they are "
            "added. Removing one keeps every answer already given.",
        ),
    )
    actions = group.add_subparsers(
        dest="questionnaire_action", metavar="ACTION", parser_class=Parser, required=True
    )
    add = actions.add_parser(
        "add",
        parents=[common],
        help=words.translate("Cli", "check a questionnaire file and add it (or update it)"),
    )
    add.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=words.translate("Cli", "the questionnaire file (.json)"),
    )
    actions.add_parser(
        "list", parents=[common], help=words.translate("Cli", "list the installed questionnaires")
    )
    remove = actions.add_parser(
        "remove",
        parents=[common],
        help=words.translate("Cli", "remove a questionnaire (its answers are kept)"),
    )
    remove.add_argument(
        "id",
        metavar="ID",
        help=words.translate("Cli", "the questionnaire's id, as `list` shows it"),
    )
    return {"questionnaire": _questionnaire}


def _questionnaire(root: Path, args: argparse.Namespace) -> None:
    action = args.questionnaire_action
    if action == "add":
        _add(root, args.file)
    elif action == "list":
        _list(root)
    else:
        _remove(root, args.id)


def _add(root: Path, source: Path) -> None:
    words = cli_words()
    DataFolder(root).ensure()
    try:
        added, _changes = add_questionnaire(questionnaires_folder(root), source)
    except QuestionnaireRefused as error:
        problems = file_problems(error.source, error.problems, words)
        raise CommandFailed(say.nothing_added(problems, words)) from None
    print(say.questionnaire_added(added.installed.questionnaire, added.replaced_version, words))


def _list(root: Path) -> None:
    words = cli_words()
    found = list_questionnaires(questionnaires_folder(root))
    if not found.installed and not found.unusable:
        print(say.no_questionnaires(words))
    for installed in found.installed:
        print(f"{installed.id}: {say.describe_questionnaire(installed.questionnaire, words)}")
    for unusable in found.unusable:
        # On stderr, so a script reading the list sees only usable questionnaires.
        problems = file_problems(unusable.file_name, unusable.problems, words)
        print(say.questionnaire_unusable(problems, words), file=sys.stderr)


def _remove(root: Path, questionnaire_id: str) -> None:
    words = cli_words()
    # The diary is opened first, so a diary that cannot be opened stops the command before
    # anything is removed.
    store = open_data(root)
    try:
        try:
            name, _changes = remove_questionnaire(questionnaires_folder(root), questionnaire_id)
        except QuestionnaireNotInstalled as error:
            raise CommandFailed(say.questionnaire_not_installed(error, words)) from None
        kept = response_count(store, questionnaire_id)
    finally:
        store.close()
    print(say.questionnaire_removed(name, kept, words))
