"""A short write lock on the data folder, held around every write to the diary file.

It is separate from the GUI's single-instance lock (held for the app's whole life): a check-in
from the command line takes this lock for a few milliseconds and so succeeds while the app runs.
It serialises writers, checkpoints, backups, restores and migrations across processes and
threads, which also keeps SQLite's WAL-reset bug (see engine.py) away.

The lock is an OS file lock (fcntl.flock on POSIX, msvcrt.locking on Windows), so a killed holder
never leaves it stuck: the OS drops it with the process. Each acquisition opens the file anew,
so two threads of one process exclude each other too; a thread that already holds the lock may
take it again (re-entrant per thread).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from companion.storage.errors import DiaryUnavailable, StorageError

LOCK_NAME = "write.lock"
DEFAULT_WAIT = 10.0  # seconds; a write transaction holds the lock for milliseconds
_POLL = 0.002
# The holder's description is written after the locked byte: Windows refuses to read a locked
# byte range, and POSIX flock does not care.
_INFO_OFFSET = 16


class WriteLockBusy(StorageError):
    """Another process (or thread) held the write lock for longer than we could wait."""

    def __init__(self, path: Path, holder: str, waited: float) -> None:
        self.path = path
        self.holder = holder
        self.waited = waited
        super().__init__(
            f"the diary is busy: {holder or 'another program'} has been writing to it for more "
            f"than {waited:g} seconds; try again when it has finished"
        )


class WriteLock:
    """The write lock of one data folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._local = threading.local()

    def _depth(self) -> int:
        return int(getattr(self._local, "depth", 0))

    @contextlib.contextmanager
    def held(self, what: str, wait: float = DEFAULT_WAIT) -> Iterator[None]:
        """Hold the lock for the block; waits up to `wait` seconds, then raises WriteLockBusy."""
        if self._depth() > 0:
            self._local.depth += 1
            try:
                yield
            finally:
                self._local.depth -= 1
            return
        handle = self._acquire(what, wait)
        self._local.depth = 1
        try:
            yield
        finally:
            self._local.depth = 0
            _unlock(handle)
            handle.close()

    def holder(self) -> str:
        """Who holds (or last held) the lock, as written by the holder: "pid 123 (restore)"."""
        try:
            with self.path.open("rb") as file:
                file.seek(_INFO_OFFSET)
                return file.read(200).decode("utf-8", "replace").strip("\0 \n")
        except OSError:
            return ""

    def _acquire(self, what: str, wait: float) -> IO[bytes]:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise DiaryUnavailable.from_error(error, self.path.parent) from error
        handle = os.fdopen(fd, "r+b", buffering=0)
        deadline = time.monotonic() + wait
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                holder = self.holder()
                handle.close()
                raise WriteLockBusy(self.path, holder, wait)
            time.sleep(_POLL)
        with contextlib.suppress(OSError):
            # Only a help for the message another waiter shows; never worth failing a write.
            handle.seek(_INFO_OFFSET)
            handle.write(f"pid {os.getpid()} ({what})".ljust(60).encode())
        return handle


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


_LOCKS: dict[Path, WriteLock] = {}
_LOCKS_GUARD = threading.Lock()


def write_lock(folder: Path) -> WriteLock:
    """The one WriteLock object of `folder` in this process (re-entrancy is tracked on it)."""
    key = folder.absolute()
    with _LOCKS_GUARD:
        if key not in _LOCKS:
            _LOCKS[key] = WriteLock(key)
        return _LOCKS[key]
