"""Outputs never replace what they should not: the diary, an existing file, a link or a device.

The commands run as a user runs them (`python -m companion ...` in a child process) over a real
diary; the target checks are a table of cases over real files, links, pipes and folders.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion.cli.words import output_problem
from companion.paths import migrations_dir
from companion.reports.wording import ENGLISH, wording
from companion.services.data_store import open_store
from companion.services.outputs import (
    PENDING_FOLDER,
    OutputFailed,
    OutputProblem,
    check_output_target,
    pending_output,
    remove_leftover_outputs,
    temporary_name,
    write_output,
)

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


def run(*args: str, as_nobody: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `python -m companion ARGS` (as nobody when asked: root's child drops to it)."""
    command = [str(Path(__file__).with_name("as_nobody.py"))] if as_nobody else ["-m", "companion"]
    return subprocess.run(
        [sys.executable, *command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def diary(data_dir: Path) -> Path:
    """A data folder with a diary holding one check-in and a starter programme."""
    open_store(data_dir, migrations_dir()).close()
    done = run("checkin", "--data-dir", str(data_dir), "--back", "3", "--leg", "5")
    assert done.returncode == 0, done.stderr
    return data_dir


# --- The target checks, as a table --------------------------------------------------------------


def _plain(folder: Path, data: Path) -> Path:
    return folder / "new.pdf"


def _existing(folder: Path, data: Path) -> Path:
    (folder / "old.pdf").write_bytes(b"old")
    return folder / "old.pdf"


def _the_diary(folder: Path, data: Path) -> Path:
    return data / "companion.db"


def _new_file_in_data(folder: Path, data: Path) -> Path:
    return data / "report.pdf"


def _data_folder_itself(folder: Path, data: Path) -> Path:
    return data


def _through_a_linked_folder(folder: Path, data: Path) -> Path:
    (folder / "innocent").symlink_to(data, target_is_directory=True)
    return folder / "innocent" / "companion.db"


def _with_dot_dot(folder: Path, data: Path) -> Path:
    return folder / ".." / data.name / "x.pdf"


def _link_to_the_diary(folder: Path, data: Path) -> Path:
    (folder / "report.pdf").symlink_to(data / "companion.db")
    return folder / "report.pdf"


def _link_to_a_file(folder: Path, data: Path) -> Path:
    (folder / "real.pdf").write_bytes(b"real")
    (folder / "report.pdf").symlink_to(folder / "real.pdf")
    return folder / "report.pdf"


def _dangling_link(folder: Path, data: Path) -> Path:
    (folder / "report.pdf").symlink_to(folder / "elsewhere.pdf")
    return folder / "report.pdf"


def _fifo(folder: Path, data: Path) -> Path:
    os.mkfifo(folder / "pipe.pdf")
    return folder / "pipe.pdf"


def _a_folder(folder: Path, data: Path) -> Path:
    (folder / "folder.pdf").mkdir()
    return folder / "folder.pdf"


def _link_to_a_device(folder: Path, data: Path) -> Path:
    (folder / "null.pdf").symlink_to("/dev/null")
    return folder / "null.pdf"


def _a_device(folder: Path, data: Path) -> Path:
    return Path("/dev/null")


def _missing_folder(folder: Path, data: Path) -> Path:
    return folder / "nowhere" / "x.pdf"


Case = Callable[[Path, Path], Path]


@pytest.mark.parametrize(
    ("make", "overwrite", "expected"),
    [
        (_plain, False, None),
        (_existing, False, OutputProblem.EXISTS),
        (_existing, True, None),
        (_the_diary, True, OutputProblem.IN_DATA_FOLDER),
        (_new_file_in_data, False, OutputProblem.IN_DATA_FOLDER),
        (_data_folder_itself, True, OutputProblem.IN_DATA_FOLDER),
        (_through_a_linked_folder, True, OutputProblem.IN_DATA_FOLDER),
        (_with_dot_dot, True, OutputProblem.IN_DATA_FOLDER),
        (_link_to_the_diary, True, OutputProblem.IN_DATA_FOLDER),
        (_link_to_a_file, True, OutputProblem.LINK),
        (_dangling_link, True, OutputProblem.LINK),
        (_fifo, True, OutputProblem.NOT_A_FILE),
        (_a_folder, True, OutputProblem.NOT_A_FILE),
        (_link_to_a_device, True, OutputProblem.LINK),
        (_a_device, True, OutputProblem.NOT_A_FILE),
        (_missing_folder, False, OutputProblem.NO_FOLDER),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_output_targets(
    tmp_path: Path, diary: Path, make: Case, overwrite: bool, expected: OutputProblem | None
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = make(folder, diary)
    before = digest(diary / "companion.db")
    if expected is None:
        write_output(target, diary, overwrite, lambda stream: stream.write(b"%PDF new"))
        assert target.read_bytes() == b"%PDF new"
        assert not target.is_symlink()
    else:
        with pytest.raises(OutputFailed) as refused:
            write_output(target, diary, overwrite, lambda stream: stream.write(b"%PDF new"))
        assert refused.value.problem is expected
        assert "nothing was written" in output_problem(refused.value, wording(ENGLISH))
    assert digest(diary / "companion.db") == before
    assert not list(folder.rglob("*.part"))
    assert not list((diary / PENDING_FOLDER).glob("*"))
    if make is _link_to_a_file:
        assert (folder / "real.pdf").read_bytes() == b"real"


def test_a_file_that_appears_while_writing_is_kept(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "report.pdf"

    def produce(stream: object) -> int:
        target.write_bytes(b"someone else's")  # appears after the first check
        return 0

    with pytest.raises(OutputFailed) as refused:
        write_output(target, data_dir, False, produce)
    assert refused.value.problem is OutputProblem.EXISTS
    assert target.read_bytes() == b"someone else's"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, OutputProblem.DISK_FULL),
        (errno.EDQUOT, OutputProblem.DISK_FULL),
        (errno.EROFS, OutputProblem.READ_ONLY),
        (errno.EACCES, OutputProblem.DENIED),
        (errno.EIO, OutputProblem.OTHER),
    ],
)
def test_write_errors_are_named(
    tmp_path: Path, data_dir: Path, code: int, expected: OutputProblem
) -> None:
    def produce(stream: object) -> int:
        raise OSError(code, os.strerror(code))

    with pytest.raises(OutputFailed) as failed:
        write_output(tmp_path / "x.pdf", data_dir, False, produce)
    assert failed.value.problem is expected
    assert not (tmp_path / "x.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_check_output_target_returns_the_absolute_name(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert check_output_target(Path("report.pdf"), data_dir, False) == tmp_path / "report.pdf"


# --- The commands -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "pdf"],
        ["export", "--format", "fhir"],
        ["export", "--format", "csv"],
        ["programme", "export"],
        ["backup"],
    ],
    ids=" ".join,
)
def test_commands_never_write_over_the_diary(diary: Path, command: list[str]) -> None:
    if command[0] == "programme":
        started = run("programme", "import", "--data-dir", str(diary), _starter_file(diary))
        assert started.returncode == 0, started.stderr
    before = digest(diary / "companion.db")
    for target in (diary / "companion.db", diary / "companion.db-wal", diary / "x.zip"):
        done = run(*command, "--data-dir", str(diary), "--out", str(target), "--force")
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "inside your data folder" in done.stderr
        assert digest(diary / "companion.db") == before
    assert run("check", "--data-dir", str(diary)).returncode == 0


def _starter_file(data: Path) -> str:
    return str(REPO / "tests" / "unit" / "content" / "fixtures" / "example.scprog")


@pytest.mark.parametrize(
    "command",
    [["export", "--format", "pdf"], ["programme", "export"], ["backup"]],
    ids=" ".join,
)
def test_an_existing_file_is_replaced_only_with_force(
    diary: Path, tmp_path: Path, command: list[str]
) -> None:
    if command[0] == "programme":
        assert (
            run("programme", "import", "--data-dir", str(diary), _starter_file(diary)).returncode
            == 0
        )
    target = tmp_path / "mine.out"
    target.write_bytes(b"my own file")
    refused = run(*command, "--data-dir", str(diary), "--out", str(target))
    assert refused.returncode == 1
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert target.read_bytes() == b"my own file"
    forced = run(*command, "--data-dir", str(diary), "--out", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes() != b"my own file"


@contextlib.contextmanager
def _small_disk() -> Iterator[Path]:
    mount = Path(tempfile.mkdtemp(prefix="small-disk-"))
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], check=True)
        try:
            yield mount
        finally:
            subprocess.run(["umount", str(mount)], check=True)
    finally:
        mount.rmdir()


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small disk needs root (as in CI)")
def test_export_to_a_full_disk_says_so(diary: Path) -> None:
    with _small_disk() as disk:
        (disk / "filler").write_bytes(b"x" * 60_000)
        done = run(
            "export", "--data-dir", str(diary), "--format", "pdf", "--out", str(disk / "r.pdf")
        )
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "is full" in done.stderr, done.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


@contextlib.contextmanager
def _read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder` bind-mounted read-only: even root cannot write there."""
    folder.mkdir()
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="a bind mount needs root (as in CI)")
@pytest.mark.parametrize(
    "command", [["export", "--format", "pdf"], ["programme", "export"]], ids=" ".join
)
def test_export_to_a_read_only_disk_says_so(
    diary: Path, tmp_path: Path, command: list[str]
) -> None:
    if command[0] == "programme":
        imported = run("programme", "import", "--data-dir", str(diary), _starter_file(diary))
        assert imported.returncode == 0, imported.stderr
    with _read_only_folder(tmp_path / "stick") as stick:
        done = run(*command, "--data-dir", str(diary), "--out", str(stick / "x.out"))
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "read-only" in done.stderr, done.stderr
        assert list(stick.iterdir()) == []
    assert not list((diary / PENDING_FOLDER).glob("*"))


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user (nobody) can reach: pytest's own tmp_path is root's alone."""
    folder = Path(tempfile.mkdtemp(prefix="outputs-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user (as in CI)")
@pytest.mark.parametrize(
    "command", [["export", "--format", "fhir"], ["programme", "export"]], ids=" ".join
)
def test_read_only_and_missing_folders_are_one_line(
    shared_folder: Path, command: list[str]
) -> None:
    data = shared_folder / "data"
    if command[0] == "programme":
        imported = run("programme", "import", "--data-dir", str(data), _starter_file(data))
        assert imported.returncode == 0, imported.stderr
    else:
        open_store(data, migrations_dir()).close()
    for path in (data, *data.rglob("*")):
        os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
    locked = shared_folder / "locked"
    locked.mkdir(mode=0o555)
    for target, words in (
        (locked / "x.out", "not allowed to write"),
        (shared_folder / "missing" / "x.out", "does not exist"),
    ):
        done = run(*command, "--data-dir", str(data), "--out", str(target), as_nobody=True)
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
    assert list(locked.iterdir()) == []


def test_leftovers_of_live_writers_are_left_alone(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "report.pdf"
    seen: list[int] = []

    def produce(stream: object) -> int:
        # Another start cleans up while this export is still being written.
        seen.append(remove_leftover_outputs(data_dir))
        assert [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        return 0

    write_output(target, data_dir, False, produce)
    assert seen == [0] and target.exists()


def test_a_killed_backup_copy_leaves_nothing_after_the_next_start(
    tmp_path: Path, data_dir: Path
) -> None:
    """`backup --out` copies the database under its own ".partial" name inside the recorded
    temporary one: a kill at that moment leaves that file, and the next start removes it."""
    target = tmp_path / "copy.db"
    temporary = temporary_name(target)
    halfway = temporary.with_name(f".{temporary.name}.partial")
    with pending_output(data_dir, temporary):
        halfway.write_bytes(b"half a database")
        records = list((data_dir / "outputs-in-progress").iterdir())
        # What a kill -9 leaves: the record (the live writer's lock goes with the process).
        kept = [(r, r.read_bytes()) for r in records]
    for record, content in kept:
        record.write_bytes(content)
    assert halfway.exists()
    assert remove_leftover_outputs(data_dir) == 1
    assert not halfway.exists()
    assert list((data_dir / "outputs-in-progress").iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
