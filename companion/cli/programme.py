"""`companion programme validate|import|export`: programme files from the command line."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.cli.file_problem_words import file_problems
from companion.cli.programme_words import (
    library_unreadable,
    not_a_programme,
    nothing_imported,
    programme_checked,
    programme_imported,
    programme_rejected,
)
from companion.cli.words import cli_words, output_problem
from companion.content.library import ContentError, ExerciseLibrary, load_library
from companion.content.programme_file import ProgrammeFileError
from companion.paths import exercises_dir
from companion.services.outputs import OutputFailed
from companion.services.programmes import (
    ProgrammeRejected,
    export_active_programme,
    import_programme_file,
    read_programme_file,
)


def register(commands: Subcommands, common: Parser) -> dict[str, Handler]:
    """Add `programme` with its three actions; return its handler."""
    words = cli_words()
    programme = commands.add_parser(
        "programme",
        parents=[common],
        help=words.translate("Cli", "check, import or export a programme file (.scprog)"),
        description=words.translate(
            "Cli",
            "Programme files are what a physiotherapist sends: check one, make it your "
            "programme, or save the programme you follow to a file.",
        ),
    )
    actions = programme.add_subparsers(
        dest="action", metavar="ACTION", parser_class=Parser, required=True
    )
    validate = actions.add_parser(
        "validate",
        parents=[common],
        help=words.translate("Cli", "check a programme file without importing it"),
    )
    validate.add_argument("file", type=Path, metavar="FILE")
    do_import = actions.add_parser(
        "import",
        parents=[common],
        help=words.translate("Cli", "make a programme file your active programme"),
    )
    do_import.add_argument("file", type=Path, metavar="FILE")
    export = actions.add_parser(
        "export",
        parents=[common],
        help=words.translate("Cli", "save the active programme to a programme file"),
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=words.translate("Cli", "where to write; never inside the data folder"),
    )
    export.add_argument(
        "--force",
        action="store_true",
        help=words.translate("Cli", "replace FILE if it exists (never a link or folder)"),
    )
    return {"programme": _programme}


def _programme(root: Path, args: argparse.Namespace) -> None:
    if args.action == "validate":
        _validate(args.file)
    elif args.action == "import":
        _import(root, args.file)
    else:
        _export(root, args.out, args.force)


def _library(language: str = "en") -> ExerciseLibrary:
    try:
        return load_library(exercises_dir(), language)
    except ContentError as error:
        raise CommandFailed(library_unreadable(str(error), cli_words())) from None


def _validate(path: Path) -> None:
    words = cli_words()
    try:
        checked = read_programme_file(path, _library())
    except ProgrammeFileError as error:
        raise CommandFailed(
            not_a_programme(file_problems(error.source, error.problems, words), words)
        ) from None
    document = checked.document
    print(
        programme_checked(
            path.name,
            title=document.title,
            author=document.author,
            exercises=len(document.exercises),
            upgraded_from=checked.format_version if checked.was_upgraded else None,
            words=words,
        )
    )


def _import(root: Path, path: Path) -> None:
    words = cli_words()
    library = _library()
    try:
        read_programme_file(path, library)  # refuse a bad file before the data is opened
        store = open_data(root)
        try:
            result, _changes = import_programme_file(store, path, library, datetime.now(UTC))
        finally:
            store.close()
    except ProgrammeFileError as error:
        raise CommandFailed(
            nothing_imported(file_problems(error.source, error.problems, words), words)
        ) from None
    except ProgrammeRejected as error:
        raise CommandFailed(nothing_imported(programme_rejected(error, words), words)) from None
    replaced = result.replaced.title if result.replaced else None
    print(programme_imported(result.programme.title, replaced, words))


def _export(root: Path, out: Path, force: bool) -> None:
    store = open_data(root)
    try:
        written = export_active_programme(store, out, overwrite=force)
    except OutputFailed as error:
        raise CommandFailed(output_problem(error, cli_words())) from None
    except ProgrammeRejected as error:
        raise CommandFailed(programme_rejected(error, cli_words())) from None
    finally:
        store.close()
    print(written)
