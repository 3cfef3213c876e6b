"""What every command shares: the one-line failure, the parser class, opening the data."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn, TypeAlias

from companion.cli.words import cli_words
from companion.paths import migrations_dir
from companion.reports.wording import Wording
from companion.services.data_store import Store, open_store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

Handler = Callable[[Path, argparse.Namespace], None]


class CommandFailed(Exception):
    """A command could not do its job; the message is the one line the user sees."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its own words ("usage:") in the user's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = cli_words().translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line, in the system's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        words = cli_words()
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # our own -h, with its help in the user's language
        super().__init__(*args, **kwargs)
        self._positionals.title = words.translate("Cli", "arguments")
        self._optionals.title = words.translate("Cli", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=words.translate("Cli", "show this help and exit"),
            )

    def error(self, message: str) -> NoReturn:
        words = cli_words()
        line = words.translate("Cli", "{problem} (see '{command} --help')").format(
            problem=usage_problem(message, words), command=self.prog
        )
        self.exit(EXIT_USAGE, f"{self.prog}: {line}\n")


def usage_problem(message: str, words: Wording) -> str:
    """argparse's English message about the command typed, in the user's language.

    argparse words these with gettext, which reads no catalogue of ours; the few that a typing
    slip produces are matched here and worded from ours (the English is argparse's own). Anything
    else stays as argparse said it.
    """
    argument = re.fullmatch(r"argument (\S+): (.*)", message, re.DOTALL)
    if argument:
        return words.translate("Cli", "argument {option}: {problem}").format(
            option=argument.group(1), problem=usage_problem(argument.group(2), words)
        )
    patterns = (
        (
            r"the following arguments are required: (?P<names>.*)",
            words.translate("Cli", "the following arguments are required: {names}"),
        ),
        (
            r"unrecognized arguments: (?P<names>.*)",
            words.translate("Cli", "unrecognized arguments: {names}"),
        ),
        (r"expected one argument", words.translate("Cli", "expected one argument")),
        (
            r"invalid choice: (?P<value>.*) \(choose from (?P<names>.*)\)",
            words.translate("Cli", "invalid choice: {value} (choose from {names})"),
        ),
        (
            r"invalid int value: (?P<value>.*)",
            words.translate("Cli", "invalid int value: {value}"),
        ),
        (
            r"ambiguous option: (?P<value>\S+) could match (?P<names>.*)",
            words.translate("Cli", "ambiguous option: {value} could match {names}"),
        ),
    )
    for pattern, text in patterns:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            return text.format(**found.groupdict())
    return message


# The object `add_subparsers()` returns; each command group adds its parsers to it.
Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"


def open_data(root: Path) -> Store:
    """Open (and if needed migrate) the data in `root`."""
    return open_store(root, migrations_dir())
