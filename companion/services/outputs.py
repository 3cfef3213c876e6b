"""Files written where the user chose: checked first, written whole, never over the diary.

Every output (an export, a programme file, a handout, a backup copy) goes through
`check_output_target`: a target inside the data folder is refused after links are resolved, an
existing file is replaced only when the user said so (`--force`, or the file dialog's own
"replace?" question), and a link, folder, pipe or device is never followed or replaced.

`write_output` then writes under a hidden temporary name beside the target, flushes it to disk
and only then moves it into place. Before the temporary file is created its path is recorded in
the data folder, so that `remove_leftover_outputs` (called at every start) can delete what a
killed run left in the user's folder.

A writer that cannot hand over a stream (SQLite's backup API writes to a path) uses the same
steps itself: check_output_target, temporary_name, pending_output around writing the
temporary file, then place_output.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TypeVar

T = TypeVar("T")

# Where the temporary paths of outputs being written are recorded, inside the data folder.
PENDING_FOLDER = "outputs-in-progress"
_RECORD_SUFFIX = ".path"
_TEMPORARY_SUFFIX = ".part"


class OutputProblem(enum.StrEnum):
    """Why an output was refused or could not be written."""

    IN_DATA_FOLDER = "in-data-folder"
    EXISTS = "exists"
    NOT_A_FILE = "not-a-file"
    LINK = "link"
    NO_FOLDER = "no-folder"
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    DENIED = "denied"
    OTHER = "other"


class OutputFailed(Exception):
    """An output was refused or failed: `problem` says why, `path` where, `detail` what the
    system said (if anything). The words for a person are the caller's (cli/words.py,
    ui/widgets/save_files.py); the message is for a log only.
    """

    def __init__(self, problem: OutputProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail


def check_output_target(path: Path, data_folder: Path, overwrite: bool) -> Path:
    """Return the absolute target for `path`, or raise OutputFailed saying why it is refused."""
    # abspath normalises without following links: the last name is judged as it is (lstat).
    target = Path(os.path.abspath(path))  # noqa: PTH100 (resolve() would follow the link)
    if not target.name:
        raise OutputFailed(OutputProblem.NOT_A_FILE, target)
    if not target.parent.is_dir():
        raise OutputFailed(OutputProblem.NO_FOLDER, target)
    real = target.parent.resolve() / target.name
    if _inside(real, data_folder) or _inside(real.resolve(), data_folder):
        raise OutputFailed(OutputProblem.IN_DATA_FOLDER, target)
    _check_existing(target, overwrite)
    return target


def _inside(real: Path, data_folder: Path) -> bool:
    folder = data_folder.resolve()
    return real == folder or folder in real.parents


def _check_existing(target: Path, overwrite: bool) -> None:
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as error:
        raise _from_os_error(target, error) from error
    if stat.S_ISLNK(found.st_mode):
        raise OutputFailed(OutputProblem.LINK, target)
    if not stat.S_ISREG(found.st_mode):
        raise OutputFailed(OutputProblem.NOT_A_FILE, target)
    if not overwrite:
        raise OutputFailed(OutputProblem.EXISTS, target)


def _from_os_error(path: Path, error: OSError) -> OutputFailed:
    problem = {
        errno.ENOSPC: OutputProblem.DISK_FULL,
        errno.EDQUOT: OutputProblem.DISK_FULL,
        errno.EROFS: OutputProblem.READ_ONLY,
        errno.EACCES: OutputProblem.DENIED,
        errno.EPERM: OutputProblem.DENIED,
        errno.ENOENT: OutputProblem.NO_FOLDER,
        errno.ENOTDIR: OutputProblem.NO_FOLDER,
        errno.EISDIR: OutputProblem.NOT_A_FILE,
        errno.EEXIST: OutputProblem.EXISTS,
    }.get(error.errno or 0, OutputProblem.OTHER)
    return OutputFailed(problem, path, error.strerror or str(error))


def write_output(
    path: Path, data_folder: Path, overwrite: bool, produce: Callable[[IO[bytes]], T]
) -> T:
    """Check `path`, then write it through `produce` so that it appears whole or not at all."""
    target = check_output_target(path, data_folder, overwrite)
    temporary = temporary_name(target)
    with pending_output(data_folder, temporary):
        try:
            descriptor = os.open(temporary, _NEW_FILE, 0o600)
        except OSError as error:
            raise _from_os_error(target, error) from error
        try:
            with os.fdopen(descriptor, "wb") as stream:
                result = produce(stream)
                stream.flush()
                os.fsync(stream.fileno())
            place_output(temporary, target, overwrite)
        except BaseException as error:
            with contextlib.suppress(OSError):
                temporary.unlink()
            if isinstance(error, OSError):
                raise _from_os_error(target, error) from error
            raise
    return result


def temporary_name(target: Path) -> Path:
    """A fresh hidden name beside `target` for writing it (`.name.<random>.part`)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(8)}{_TEMPORARY_SUFFIX}")


# O_NOFOLLOW and O_EXCL: a name planted in the user's folder is never written through.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def place_output(temporary: Path, target: Path, overwrite: bool) -> None:
    """Move a whole, flushed `temporary` onto `target` (judged again) and sync the folder.

    Without `overwrite` a file that appeared meanwhile is kept (OutputFailed EXISTS).
    """
    _check_existing(target, overwrite)
    if overwrite:
        temporary.replace(target)
    else:
        _link_into_place(temporary, target)
    _sync_folder(target.parent)


def _link_into_place(temporary: Path, target: Path) -> None:
    try:
        # A hard link never replaces a file that appeared in the meantime (rename would).
        os.link(temporary, target, follow_symlinks=False)
    except FileExistsError as error:
        raise OutputFailed(OutputProblem.EXISTS, target) from error
    except OSError as error:
        if error.errno not in {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}:
            raise
        temporary.replace(target)  # a file system without hard links (FAT, some shares)
    else:
        temporary.unlink()


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too; Windows cannot open folders for this.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- Leftovers of killed runs -----------------------------------------------------------------


@contextlib.contextmanager
def pending_output(data_folder: Path, temporary: Path) -> Iterator[None]:
    """Record `temporary` in the data folder while it may exist; a killed run leaves the record.

    `temporary` must be named by temporary_name: the clean-up deletes nothing else.
    """
    folder = data_folder / PENDING_FOLDER
    record = folder / f"{secrets.token_hex(8)}{_RECORD_SUFFIX}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        # A data folder that cannot be written (a read-only disk) must not stop the export the
        # user asked for: only the clean-up after a kill is lost.
        yield
        return
    try:
        _hold(descriptor)  # a live writer's record is locked: the clean-up leaves it alone
        os.write(descriptor, os.fsencode(temporary))
        os.fsync(descriptor)
        yield
    finally:
        with contextlib.suppress(OSError):
            record.unlink()
        os.close(descriptor)


def remove_leftover_outputs(data_folder: Path) -> int:
    """Delete the temporary files that killed outputs left behind; return how many."""
    folder = data_folder / PENDING_FOLDER
    try:
        records = sorted(folder.glob(f"*{_RECORD_SUFFIX}"))
    except OSError:
        return 0
    removed = 0
    for record in records:
        with contextlib.suppress(OSError):
            removed += _remove_one(record)
    return removed


def _remove_one(record: Path) -> int:
    descriptor = os.open(record, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        if not _try_hold(descriptor):
            return 0  # another process is writing this output right now
        temporary = Path(os.fsdecode(os.read(descriptor, 65536)))
        removed = 0
        # Only ever delete what this module names: a hidden ".name.token.part" regular file.
        if temporary.name.startswith(".") and temporary.name.endswith(_TEMPORARY_SUFFIX):
            # A database copy (backup --out) writes its own ".<temporary>.partial" first.
            for leftover in (temporary, temporary.with_name(f".{temporary.name}.partial")):
                with contextlib.suppress(FileNotFoundError):
                    if stat.S_ISREG(os.lstat(leftover).st_mode):
                        leftover.unlink()
                        removed += 1
        record.unlink()
        return removed
    finally:
        os.close(descriptor)


def _hold(descriptor: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_EX)


def _try_hold(descriptor: int) -> bool:
    if os.name != "posix":
        return True  # Windows refuses to delete a file another process holds open
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
