"""What every command shares: the one-line failure, the parser class, opening the data."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeAlias

from companion.paths import migrations_dir
from companion.services.data_store import Store, open_store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

Handler = Callable[[Path, argparse.Namespace], None]


class CommandFailed(Exception):
    """A command could not do its job; the message is the one line the user sees."""


class Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


# The object `add_subparsers()` returns; each command group adds its parsers to it.
Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"


def open_data(root: Path) -> Store:
    """Open (and if needed migrate) the data in `root`."""
    return open_store(root, migrations_dir())
