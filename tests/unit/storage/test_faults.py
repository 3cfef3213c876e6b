"""Which errors mean a damaged file, and which are faults of the computer around a healthy one."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from companion.storage.errors import DiaryUnavailable, Fault, fault_of


def sqlite_error(code: int, message: str = "x") -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "fault"),
    [
        (11, Fault.DAMAGED),  # SQLITE_CORRUPT
        (26, Fault.DAMAGED),  # SQLITE_NOTADB
        (11 | (1 << 8), Fault.DAMAGED),  # SQLITE_CORRUPT_VTAB (extended)
        (13, Fault.FULL),  # SQLITE_FULL
        (8, Fault.READ_ONLY),  # SQLITE_READONLY
        (8 | (1 << 8), Fault.READ_ONLY),  # SQLITE_READONLY_RECOVERY
        (14, Fault.CANNOT_OPEN),  # SQLITE_CANTOPEN
        (10, Fault.IO),  # SQLITE_IOERR
        (10 | (13 << 8), Fault.IO),  # SQLITE_IOERR_FSTAT
        (3, Fault.DENIED),  # SQLITE_PERM
        (23, Fault.DENIED),  # SQLITE_AUTH
        (5, Fault.BUSY),  # SQLITE_BUSY
        (6, Fault.BUSY),  # SQLITE_LOCKED
        (19, None),  # SQLITE_CONSTRAINT: a bug or bad input, not the computer
        (1, None),  # SQLITE_ERROR: a mistake in SQL
    ],
)
def test_sqlite_result_codes(code: int, fault: Fault | None) -> None:
    assert fault_of(sqlite_error(code)) is fault
    wrapped = OperationalError("SELECT 1", {}, sqlite_error(code))
    assert fault_of(wrapped) is fault


@pytest.mark.parametrize(
    ("number", "fault"),
    [
        (errno.ENOSPC, Fault.FULL),
        (errno.EDQUOT, Fault.FULL),
        (errno.EROFS, Fault.READ_ONLY),
        (errno.EACCES, Fault.DENIED),
        (errno.EPERM, Fault.DENIED),
        (errno.EIO, Fault.IO),
    ],
)
def test_os_errors(number: int, fault: Fault) -> None:
    assert fault_of(OSError(number, "message")) is fault


def test_a_real_not_a_database_is_damage(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("these are not the pages of a database " * 100)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(text).execute("SELECT * FROM sqlite_master").fetchall()
    assert fault_of(raised.value) is Fault.DAMAGED


def test_an_integrity_error_is_not_a_fault() -> None:
    error = sqlite3.IntegrityError("UNIQUE constraint failed")
    error.sqlite_errorcode = 2067  # type: ignore[attr-defined]  # SQLITE_CONSTRAINT_UNIQUE
    assert fault_of(IntegrityError("INSERT", {}, error)) is None


def test_every_fault_has_one_sentence() -> None:
    for fault in Fault:
        message = str(DiaryUnavailable(fault, Path("diary.db"), "detail"))
        assert "\n" not in message and "diary" in message
