"""Keeping the data safe: check, backup, backups, restore."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from companion.cli import data_words as say
from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.cli.words import cli_words, output_problem
from companion.paths import migrations_dir
from companion.services.data_store import (
    DataFolder,
    backup_if_changed,
    backup_to,
    restore_backup,
)
from companion.services.outputs import OutputFailed
from companion.storage.backup import list_backups, newest_good_backup
from companion.storage.errors import DiaryUnavailable, Fault, refine_cannot_open
from companion.storage.migrate import FileState, inspect
from companion.storage.schema_check import restore_problem


def register(commands: Subcommands, common: Parser) -> dict[str, Handler]:
    """Add the data-safety commands; return their handlers by name."""
    words = cli_words()
    check = commands.add_parser(
        "check",
        parents=[common],
        help=words.translate("Cli", "check the diary file and the backups, or a backup FILE"),
    )
    check.add_argument(
        "file",
        type=Path,
        nargs="?",
        help=words.translate("Cli", "a backup file to judge as restore would"),
    )
    backup = commands.add_parser(
        "backup", parents=[common], help=words.translate("Cli", "take a backup now")
    )
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=words.translate("Cli", "write the backup to this file"),
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help=words.translate("Cli", "replace FILE if it exists (never the diary itself)"),
    )
    commands.add_parser(
        "backups", parents=[common], help=words.translate("Cli", "list the automatic backups")
    )
    restore = commands.add_parser(
        "restore", parents=[common], help=words.translate("Cli", "replace the data with a backup")
    )
    restore.add_argument(
        "file",
        type=Path,
        help=words.translate("Cli", "the backup file to restore"),
    )
    return {"check": _check, "backup": _backup, "backups": _list_backups, "restore": _restore}


def _check(root: Path, args: argparse.Namespace) -> None:
    words = cli_words()
    if args.file is not None:
        problem = restore_problem(args.file, migrations_dir())
        if problem:
            raise CommandFailed(say.not_restorable(problem, words))
        print(say.healthy_backup(args.file, words))
        return
    folder = DataFolder(root)
    found = inspect(folder.database, migrations_dir())
    backups = list_backups(folder.backups)
    if found.state is FileState.MISSING:
        print(say.no_diary_yet(root, words))
        return
    if found.state is FileState.UNAVAILABLE:
        fault = refine_cannot_open(found.fault or Fault.CANNOT_OPEN, folder.database)
        raise DiaryUnavailable(fault, folder.database, found.detail)
    if found.state is FileState.DAMAGED:
        good = newest_good_backup(folder.backups)
        raise CommandFailed(
            say.damaged_on_check(folder.database, found.detail, good.path if good else None, words)
        )
    if found.state is FileState.NEWER:
        raise CommandFailed(say.newer_on_check(folder.database, words))
    print(
        say.check_passed(
            folder.database,
            writable=os.access(folder.database, os.W_OK),
            current=found.state is FileState.CURRENT,
            backups=len(backups),
            newest=backups[0].taken_at if backups else None,
            words=words,
        )
    )


def _backup(root: Path, args: argparse.Namespace) -> None:
    words = cli_words()
    store = open_data(root)
    try:
        if args.out:
            try:
                written = backup_to(store, args.out, overwrite=args.force)
            except OutputFailed as error:
                raise CommandFailed(output_problem(error, words)) from error
            print(say.backup_written(written, words))
            return
        made = backup_if_changed(store)
        if made is None and not list_backups(store.folder.backups):
            print(say.nothing_to_back_up(words))
        elif made is None:
            print(say.no_backup_needed(words))
        else:
            print(say.backup_written(made.path, words))
    finally:
        store.close()


def _list_backups(root: Path, _args: argparse.Namespace) -> None:
    words = cli_words()
    backups = list_backups(DataFolder(root).backups)
    now = datetime.now(UTC)
    try:
        if not backups:
            print(say.no_backups_yet(words))
        for backup in backups:
            notes = [backup.label] if backup.label else []
            if backup.in_future(now):
                notes.append(say.backup_in_future(words))
            label = f"  ({'; '.join(notes)})" if notes else ""
            print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S} UTC  {backup.path}{label}")
        sys.stdout.flush()
    except BrokenPipeError:
        # `companion backups | head`: the reader has all it wanted. Say nothing more, and keep
        # Python from complaining about the closed pipe when it flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _restore(root: Path, args: argparse.Namespace) -> None:
    from companion.system.instance import DataFolderLock

    words = cli_words()
    problem = restore_problem(args.file, migrations_dir())
    if problem:
        raise CommandFailed(say.nothing_restored(problem, words))
    lock = DataFolderLock(root)
    if not lock.try_acquire():
        if lock.cannot_create():
            raise DiaryUnavailable(
                Fault.READ_ONLY, DataFolder(root).database, say.data_folder_not_writable(words)
            )
        raise CommandFailed(say.app_is_running(words))
    try:
        store = restore_backup(root, args.file, migrations_dir())
        store.close()
    finally:
        lock.release()
    print(say.restored(args.file, words))
