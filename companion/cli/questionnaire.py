"""`companion questionnaire add FILE | list | remove ID`: a clinic's licensed questionnaires."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.domain.questionnaire import Questionnaire
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
    group = commands.add_parser(
        "questionnaire",
        parents=[common],
        help="add, list or remove a clinic's licensed questionnaires",
        description="Questionnaire files (see docs/questionnaire-format.md) are checked before "
        "they are added. Removing one keeps every answer already given.",
    )
    actions = group.add_subparsers(
        dest="questionnaire_action", metavar="ACTION", parser_class=Parser, required=True
    )
    add = actions.add_parser(
        "add", parents=[common], help="check a questionnaire file and add it (or update it)"
    )
    add.add_argument("file", type=Path, metavar="FILE", help="the questionnaire file (.json)")
    actions.add_parser("list", parents=[common], help="list the installed questionnaires")
    remove = actions.add_parser(
        "remove", parents=[common], help="remove a questionnaire (its answers are kept)"
    )
    remove.add_argument("id", metavar="ID", help="the questionnaire's id, as `list` shows it")
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
    DataFolder(root).ensure()
    try:
        added, _changes = add_questionnaire(questionnaires_folder(root), source)
    except QuestionnaireRefused as error:
        raise CommandFailed(f"nothing was added: {error}") from None
    questionnaire = added.installed.questionnaire
    verb = "updated" if added.replaced_version is not None else "added"
    since = (
        f" (was version {added.replaced_version})"
        if added.replaced_version not in (None, questionnaire.version)
        else ""
    )
    print(f"{verb} {questionnaire.id}: {_describe(questionnaire)}{since}")


def _list(root: Path) -> None:
    found = list_questionnaires(questionnaires_folder(root))
    if not found.installed and not found.unusable:
        print("no questionnaires are installed")
    for installed in found.installed:
        print(f"{installed.id}: {_describe(installed.questionnaire)}")
    for unusable in found.unusable:
        # On stderr, so a script reading the list sees only usable questionnaires.
        print(f"cannot be used: {unusable.message}", file=sys.stderr)


def _remove(root: Path, questionnaire_id: str) -> None:
    # The diary is opened first, so a diary that cannot be opened stops the command before
    # anything is removed.
    store = open_data(root)
    try:
        try:
            name, _changes = remove_questionnaire(questionnaires_folder(root), questionnaire_id)
        except QuestionnaireNotInstalled as error:
            raise CommandFailed(f"nothing was removed: {error}") from None
        kept = response_count(store, questionnaire_id)
    finally:
        store.close()
    answers = "answer" if kept == 1 else "answers"
    print(f"removed {name}; {kept} stored {answers} kept")


def _describe(questionnaire: Questionnaire) -> str:
    count = len(questionnaire.items)
    questions = "question" if count == 1 else "questions"
    due = (
        f", due every {questionnaire.due_interval_days} days"
        if questionnaire.due_interval_days is not None
        else ""
    )
    return f"{questionnaire.title}, version {questionnaire.version} ({count} {questions}{due})"
