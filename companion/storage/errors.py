"""Storage failures, each with a message that speaks to a person.

Only SQLite's "corrupt" and "not a database" mean a damaged file. A full disk, a read-only file or
disk, a file of another user, a busy or unreadable file are faults of the computer around a healthy
file: they are reported (DiaryUnavailable) and the file is left where it is, unchanged.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """Base of every storage failure."""


class MigrationFailed(StorageError):
    """An upgrade failed; the transaction rolled back and the old schema and data stand."""


class BackupFailed(StorageError):
    """A backup or restore could not be made."""


class RestoreReason(enum.StrEnum):
    """Why a file handed to restore was refused before anything was changed."""

    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"  # detail: what the system or SQLite said
    NOT_PERMITTED = "not_permitted"
    UNHEALTHY = "unhealthy"  # detail: what SQLite's checks found
    DANGLING_ROWS = "dangling_rows"  # rows: how many rows point at rows that do not exist
    NO_VERSION = "no_version"
    UNCLEAR_VERSION = "unclear_version"
    NEWER = "newer"
    OTHER_TABLES = "other_tables"  # detail: which tables, indexes or triggers differ


# The English for logs and tests; the app (ui/data_problems.py) and the command line
# (cli/data_words.py) word each reason in the reader's language.
_RESTORE_ENGLISH = {
    RestoreReason.NOT_A_FILE: "{path} does not exist or is not a file.",
    RestoreReason.UNREADABLE: "{path} cannot be read ({detail}).",
    RestoreReason.NOT_PERMITTED: "{path} cannot be read: you are not allowed to open it.",
    RestoreReason.UNHEALTHY: "{path} is not a healthy Sciatica Companion backup ({detail}).",
    RestoreReason.DANGLING_ROWS: (
        "{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not exist."
    ),
    RestoreReason.NO_VERSION: (
        "{path} is not a Sciatica Companion backup (it has no schema version)."
    ),
    RestoreReason.UNCLEAR_VERSION: (
        "{path} is not a Sciatica Companion backup (its schema version is unclear)."
    ),
    RestoreReason.NEWER: "{path} comes from a newer version of Sciatica Companion.",
    RestoreReason.OTHER_TABLES: (
        "{path} is not a Sciatica Companion backup: its tables differ from ours ({detail})."
    ),
}


class RestoreProblem(str):
    """Why a file must not be restored: the file, a reason and its details.

    Its text is the English sentence (for logs); `reason`, `path`, `detail` and `rows` are what
    each audience words it from.
    """

    path: Path
    reason: RestoreReason
    detail: str
    rows: int

    def __new__(
        cls, path: Path, reason: RestoreReason, detail: str = "", rows: int = 0
    ) -> RestoreProblem:
        text = _RESTORE_ENGLISH[reason].format(path=path, detail=detail, rows=rows)
        problem = super().__new__(cls, text)
        problem.path, problem.reason, problem.detail, problem.rows = path, reason, detail, rows
        return problem

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling (a background task's result) rebuilds the value, not a bare string.
        return (RestoreProblem, (self.path, self.reason, self.detail, self.rows))


class BackupRefused(BackupFailed):
    """Restore refused the file before changing anything; `problem` says why."""

    def __init__(self, problem: RestoreProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class Fault(enum.Enum):
    """What kind of fault a failed database or file operation met."""

    DAMAGED = "damaged"  # SQLITE_CORRUPT, SQLITE_NOTADB: the only faults that mean damage
    FULL = "full"
    READ_ONLY = "read-only"
    DENIED = "denied"
    BUSY = "busy"
    CANNOT_OPEN = "cannot-open"
    IO = "io"


# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_FAULTS = {
    3: Fault.DENIED,  # SQLITE_PERM
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    10: Fault.IO,  # SQLITE_IOERR
    11: Fault.DAMAGED,  # SQLITE_CORRUPT
    13: Fault.FULL,  # SQLITE_FULL
    14: Fault.CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: Fault.DENIED,  # SQLITE_AUTH
    26: Fault.DAMAGED,  # SQLITE_NOTADB
}
_OS_FAULTS = {
    errno.ENOSPC: Fault.FULL,
    errno.EDQUOT: Fault.FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.DENIED,
    errno.EPERM: Fault.DENIED,
}


def fault_of(error: BaseException) -> Fault | None:
    """The kind of fault behind `error` (a sqlite3, SQLAlchemy or OS error); None if not one."""
    original = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        # Other codes (a constraint, a syntax error) are mistakes of a program, not faults.
        return _SQLITE_FAULTS.get(code & 0xFF) if isinstance(code, int) else None
    if isinstance(error, OSError):
        return _OS_FAULTS.get(error.errno or 0, Fault.IO)
    return None


_SENTENCES = {
    Fault.DAMAGED: "your diary file {path} is damaged ({detail})",
    Fault.FULL: (
        "the disk that holds your diary is full ({detail}); nothing new was saved and what was "
        "saved before is safe. Free some space, then try again"
    ),
    Fault.READ_ONLY: (
        "your diary {path} cannot be written: the file or its disk is read-only ({detail}); "
        "nothing was changed. Make it writable, then try again"
    ),
    Fault.DENIED: (
        "you are not allowed to open your diary {path} ({detail}); it may belong to another "
        "user (for example after running the app with sudo). Nothing was changed; give the file "
        "back to your own user, then try again"
    ),
    Fault.BUSY: (
        "your diary {path} is busy: another program is writing to it ({detail}). Nothing was "
        "changed; try again in a moment"
    ),
    Fault.CANNOT_OPEN: (
        "your diary {path} cannot be opened ({detail}); nothing was changed. Check that the "
        "disk is connected and that the folder belongs to you, then try again"
    ),
    Fault.IO: (
        "the disk reported an error while using your diary {path} ({detail}); nothing was "
        "moved or deleted. Check the disk, then try again"
    ),
}


class DiaryUnavailable(StorageError):
    """The diary file cannot be used right now because of the computer, not the file's content.

    The file has been left where it was, unchanged.
    """

    def __init__(self, fault: Fault, path: Path, detail: str) -> None:
        self.fault = fault
        self.path = path
        self.detail = detail
        super().__init__(_SENTENCES[fault].format(path=path, detail=detail))

    @classmethod
    def from_error(cls, error: BaseException, path: Path) -> DiaryUnavailable:
        """Describe `error` (sqlite3, SQLAlchemy or OS) met while using the file at `path`."""
        original = getattr(error, "orig", None)
        detail = str(original if isinstance(original, BaseException) else error)
        if isinstance(error, OSError) and error.strerror:
            detail = error.strerror
        return cls(fault_of(error) or Fault.IO, path, detail)


def refine_cannot_open(fault: Fault, path: Path) -> Fault:
    """SQLite says only "unable to open": tell a read-only disk and a denied file apart."""
    if fault is not Fault.CANNOT_OPEN:
        return fault
    with_statvfs = hasattr(os, "statvfs") and hasattr(os, "ST_RDONLY")
    try:
        if with_statvfs and os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return Fault.READ_ONLY
    except OSError:
        pass
    if path.exists() and not os.access(path, os.R_OK):
        return Fault.DENIED
    return fault
