"""Storage failures, each with a message that speaks to a person."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every storage failure."""


class MigrationFailed(StorageError):
    """An upgrade failed; the transaction rolled back and the old schema and data stand."""


class BackupFailed(StorageError):
    """A backup or restore could not be made."""
