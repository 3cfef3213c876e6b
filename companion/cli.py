"""Headless composition root: `companion <command>` for power users, clinics and tests.

Every command prints one clear line on failure and exits non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from companion import APP_NAME, __version__
from companion.paths import migrations_dir
from companion.services.checkins import (
    CheckInInvalid,
    parse_command_line,
    record_from_command_line,
)
from companion.services.data_store import (
    DataFolder,
    DataProblem,
    Store,
    backup_if_changed,
    backup_to,
    open_store,
    restore_backup,
)
from companion.storage.backup import list_backups, newest_good_backup
from companion.storage.errors import StorageError
from companion.storage.migrate import FileState, inspect

COMMANDS = ("check", "backup", "restore", "backups", "checkin")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandFailed(Exception):
    """A command could not do its job; the message is the one line the user sees."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def wants_cli(argv: Sequence[str]) -> bool:
    """True if the arguments name a headless command (or ask for the version or help)."""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg in COMMANDS or arg in ("--version", "-h", "--help"):
            return True
        value_of_option = index > 0 and args[index - 1] == "--data-dir"
        # The app opens files it is given (programme files); any other word is a command,
        # and an unknown command must fail here rather than open a window.
        if not arg.startswith("-") and not value_of_option and not Path(arg).is_file():
            return True
    return False


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = _Parser(
        prog="companion",
        description=f"{APP_NAME}: with no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="use this data folder instead of the per-user default"
    )
    # --data-dir is accepted after the command too (`companion check --data-dir DIR`).
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--smoke-test", action="store_true", help="check that the app can run, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("check", parents=[common], help="check the diary file and the backups")
    backup = commands.add_parser("backup", parents=[common], help="take a backup now")
    backup.add_argument("--out", type=Path, help="write the backup to this file")
    commands.add_parser("backups", parents=[common], help="list the automatic backups")
    restore = commands.add_parser(
        "restore", parents=[common], help="replace the data with a backup"
    )
    restore.add_argument("file", type=Path, help="the backup file to restore")
    _add_checkin_command(commands, common)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run one command; return the exit status."""
    os.umask(0o077)  # health data: files we create are the user's alone
    args = build_parser().parse_args(list(argv))
    if args.command is None:
        print("companion: no command given (see 'companion --help')", file=sys.stderr)
        return EXIT_USAGE
    root = args.data_dir or _default_data_dir()
    handler = _HANDLERS[args.command]
    try:
        handler(root, args)
    except (CommandFailed, DataProblem, StorageError) as error:
        print(f"companion: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a last guard: a person never sees a traceback
        print(f"companion: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _default_data_dir() -> Path:
    from companion.system.locations import default_data_dir

    return default_data_dir()


def _open(root: Path) -> Store:
    return open_store(root, migrations_dir())


def _check(root: Path, _args: argparse.Namespace) -> None:
    folder = DataFolder(root)
    found = inspect(folder.database, migrations_dir())
    backups = list_backups(folder.backups)
    if found.state is FileState.MISSING:
        print(f"No diary yet in {root}. It is created when you first open the app.")
        return
    if found.state is FileState.DAMAGED:
        good = newest_good_backup(folder.backups)
        hint = (
            f"restore the newest good backup with: companion restore '{good.path}'"
            if good
            else "no good backup was found"
        )
        raise CommandFailed(f"{folder.database} is damaged ({found.detail}); {hint}")
    if found.state is FileState.NEWER:
        raise CommandFailed(
            f"{folder.database} was written by a newer version of {APP_NAME}; "
            "it has not been changed"
        )
    newest = f", newest {backups[0].taken_at:%Y-%m-%d %H:%M} UTC" if backups else ""
    status = "up to date" if found.state is FileState.CURRENT else "will be updated on next open"
    print(
        f"ok: {folder.database} passes its check, schema {status}; {len(backups)} backups{newest}"
    )


def _backup(root: Path, args: argparse.Namespace) -> None:
    store = _open(root)
    try:
        if args.out:
            if args.out.exists():
                raise CommandFailed(f"{args.out} already exists; choose a new file name")
            written = backup_to(store, args.out)
            print(f"Backup written to {written}")
            return
        made = backup_if_changed(store)
        if made is None and not list_backups(store.folder.backups):
            print("Nothing has been recorded yet, so there is nothing to back up.")
        elif made is None:
            print("Nothing changed since the newest backup; no new backup was needed.")
        else:
            print(f"Backup written to {made.path}")
    finally:
        store.close()


def _list_backups(root: Path, _args: argparse.Namespace) -> None:
    backups = list_backups(DataFolder(root).backups)
    if not backups:
        print("No automatic backups yet.")
    for backup in backups:
        label = f"  ({backup.label})" if backup.label else ""
        print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S} UTC  {backup.path}{label}")


def _restore(root: Path, args: argparse.Namespace) -> None:
    from companion.system.instance import DataFolderLock

    lock = DataFolderLock(root)
    if not lock.try_acquire():
        raise CommandFailed(f"{APP_NAME} is running on this data folder; quit it, then restore")
    try:
        store = restore_backup(root, args.file, migrations_dir())
        store.close()
    finally:
        lock.release()
    print(f"Restored from {args.file}. What was there before was kept as a backup.")


def _add_checkin_command(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    checkin = commands.add_parser(
        "checkin",
        parents=[common],
        help="record a check-in and print its id",
        description="Record how you are now. Reach and side left out are carried from the "
        "previous check-in; --side is needed with a new --reach when there is none to carry.",
    )
    checkin.add_argument("--back", type=int, required=True, metavar="N", help="back pain, 0-10")
    checkin.add_argument("--leg", type=int, required=True, metavar="N", help="leg pain, 0-10")
    checkin.add_argument(
        "--reach", metavar="none|buttock|thigh|calf|foot", help="how far the leg symptoms reach"
    )
    checkin.add_argument("--side", metavar="left|right|both", help="which leg")
    checkin.add_argument("--note", metavar="TEXT", help="a short note")
    checkin.add_argument(
        "--at", metavar="ISO-8601", help="when, if not now (without a zone: local time)"
    )


def _checkin(root: Path, args: argparse.Namespace) -> None:
    now = datetime.now(UTC)
    try:
        # Everything that needs no stored data is checked before the diary is opened.
        given = parse_command_line(
            back=args.back,
            leg=args.leg,
            reach=args.reach,
            side=args.side,
            note=args.note,
            at=args.at,
            now=now,
        )
        store = _open(root)
        try:
            saved, _changes = record_from_command_line(store, given, now)
        finally:
            store.close()
    except CheckInInvalid as error:
        raise CommandFailed(f"nothing was recorded: {error}") from None
    print(saved.id)


_HANDLERS: dict[str, Callable[[Path, argparse.Namespace], None]] = {
    "check": _check,
    "backup": _backup,
    "backups": _list_backups,
    "restore": _restore,
    "checkin": _checkin,
}
