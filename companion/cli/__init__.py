"""Headless composition root: `companion <command>` for power users, clinics and tests.

Every command prints one clear line on failure and exits non-zero, never a traceback. Each
group of commands lives in its own module with a `register(commands, common)` function.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from companion import APP_NAME, __version__
from companion.cli import checkin, data, export, programme, questionnaire
from companion.cli.base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandFailed, Handler, Parser
from companion.cli.words import cli_words, failure, no_command, one_line, unexpected_error
from companion.services.data_store import DataProblem
from companion.services.outputs import remove_leftover_outputs
from companion.storage.errors import StorageError

COMMAND_GROUPS = (data, checkin, questionnaire, programme, export)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The whole command line, and the handler of each command."""
    words = cli_words()
    parser = Parser(
        prog="companion",
        description=words.translate("Cli", "{app}: with no command, opens the app.").format(
            app=APP_NAME
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=words.translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=words.translate("Cli", "use this data folder instead of the per-user default"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=words.translate("Cli", "check that the app can run, then exit"),
    )
    # --data-dir is accepted after the command too (`companion check --data-dir DIR`).
    common = Parser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    handlers: dict[str, Handler] = {}
    for group in COMMAND_GROUPS:
        handlers.update(group.register(commands, common))
    return parser, handlers


def main(argv: Sequence[str]) -> int:
    """Run one command; return the exit status."""
    os.umask(0o077)  # health data: files we create are the user's alone
    parser, handlers = build_parser()
    args = parser.parse_args(list(argv))
    words = cli_words()
    if args.command is None:
        print(f"companion: {no_command(words)}", file=sys.stderr)
        return EXIT_USAGE
    root = args.data_dir or _default_data_dir()
    try:
        # What killed exports left in the user's folders goes before anything else is written.
        remove_leftover_outputs(root)
        handlers[args.command](root, args)
    except CommandFailed as error:
        print(f"companion: {one_line(error)}", file=sys.stderr)
        return EXIT_FAILED
    except (DataProblem, StorageError) as error:
        print(f"companion: {failure(error, words)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a last guard: a person never sees a traceback
        print(f"companion: {unexpected_error(error, words)}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _default_data_dir() -> Path:
    from companion.system.locations import default_data_dir

    return default_data_dir()
