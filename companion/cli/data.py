"""Keeping the data safe: check, backup, backups, restore."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from companion import APP_NAME
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
    check = commands.add_parser(
        "check", parents=[common], help="check the diary file and the backups, or a backup FILE"
    )
    check.add_argument("file", type=Path, nargs="?", help="a backup file to judge as restore would")
    backup = commands.add_parser("backup", parents=[common], help="take a backup now")
    backup.add_argument("--out", type=Path, help="write the backup to this file")
    backup.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (never the diary itself)"
    )
    commands.add_parser("backups", parents=[common], help="list the automatic backups")
    restore = commands.add_parser(
        "restore", parents=[common], help="replace the data with a backup"
    )
    restore.add_argument("file", type=Path, help="the backup file to restore")
    return {"check": _check, "backup": _backup, "backups": _list_backups, "restore": _restore}


def _check(root: Path, args: argparse.Namespace) -> None:
    if args.file is not None:
        problem = restore_problem(args.file, migrations_dir())
        if problem:
            raise CommandFailed(problem)
        print(f"ok: {args.file} is a healthy {APP_NAME} backup that restore would accept")
        return
    folder = DataFolder(root)
    found = inspect(folder.database, migrations_dir())
    backups = list_backups(folder.backups)
    if found.state is FileState.MISSING:
        print(f"No diary yet in {root}. It is created when you first open the app.")
        return
    if found.state is FileState.UNAVAILABLE:
        fault = refine_cannot_open(found.fault or Fault.CANNOT_OPEN, folder.database)
        raise DiaryUnavailable(fault, folder.database, found.detail)
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
    writable = "" if os.access(folder.database, os.W_OK) else " (read-only: nothing can be saved)"
    print(
        f"ok: {folder.database} passes its check{writable}, schema {status}; "
        f"{len(backups)} backups{newest}"
    )


def _backup(root: Path, args: argparse.Namespace) -> None:
    store = open_data(root)
    try:
        if args.out:
            try:
                written = backup_to(store, args.out, overwrite=args.force)
            except OutputFailed as error:
                raise CommandFailed(output_problem(error, cli_words())) from error
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
    now = datetime.now(UTC)
    try:
        if not backups:
            print("No automatic backups yet.")
        for backup in backups:
            notes = [backup.label] if backup.label else []
            if backup.in_future(now):
                notes.append("date in the future: the clock was wrong; never chosen on its own")
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

    problem = restore_problem(args.file, migrations_dir())
    if problem:
        raise CommandFailed(f"nothing was changed: {problem}")
    lock = DataFolderLock(root)
    if not lock.try_acquire():
        if lock.cannot_create():
            raise DiaryUnavailable(
                Fault.READ_ONLY, DataFolder(root).database, "the data folder cannot be written"
            )
        raise CommandFailed(f"{APP_NAME} is running on this data folder; quit it, then restore")
    try:
        store = restore_backup(root, args.file, migrations_dir())
        store.close()
    finally:
        lock.release()
    print(f"Restored from {args.file}. What was there before was kept as a backup.")
