"""Keeping the data safe: check, backup, backups, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from companion import APP_NAME
from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.paths import migrations_dir
from companion.services.data_store import (
    DataFolder,
    backup_if_changed,
    backup_to,
    restore_backup,
)
from companion.storage.backup import list_backups, newest_good_backup
from companion.storage.migrate import FileState, inspect


def register(commands: Subcommands, common: Parser) -> dict[str, Handler]:
    """Add the data-safety commands; return their handlers by name."""
    commands.add_parser("check", parents=[common], help="check the diary file and the backups")
    backup = commands.add_parser("backup", parents=[common], help="take a backup now")
    backup.add_argument("--out", type=Path, help="write the backup to this file")
    commands.add_parser("backups", parents=[common], help="list the automatic backups")
    restore = commands.add_parser(
        "restore", parents=[common], help="replace the data with a backup"
    )
    restore.add_argument("file", type=Path, help="the backup file to restore")
    return {"check": _check, "backup": _backup, "backups": _list_backups, "restore": _restore}


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
    store = open_data(root)
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
