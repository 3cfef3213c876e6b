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
