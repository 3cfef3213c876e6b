"""Starting the app and the bare baselines as separate processes, and reading what they cost.

Every program runs under probe.py, which says (one JSON line on stdout) when it became
interactive or settled in the tray. Costs are read from /proc, as top and ps read them.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PROBE = HERE / "probe.py"
BASELINES = HERE / "baselines"
BARE_WINDOW = BASELINES / "bare_window.py"
BARE_TRAY = BASELINES / "bare_tray.py"
TRAY_ICON = REPO / "resources" / "icons" / "tray.svg"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


class ProbeFailed(RuntimeError):
    """A program under the probe exited or stayed silent instead of reporting."""


@dataclass
class Probed:
    """A running program under the probe, and what it reported."""

    process: subprocess.Popen[str]
    started_ns: int
    report: dict[str, Any]

    @property
    def pid(self) -> int:
        """The program's process id."""
        return self.process.pid

    @property
    def elapsed_ms(self) -> float:
        """From just before the process was created to the moment the probe reported."""
        return (int(self.report["monotonic_ns"]) - self.started_ns) / 1e6

    @property
    def first_frame_ms(self) -> float:
        """From just before the process was created to the loop turn after the window's first
        paint (the same as elapsed_ms unless the probe also waited for a page to be filled)."""
        shown = int(self.report.get("interactive_ns", self.report["monotonic_ns"]))
        return (shown - self.started_ns) / 1e6

    def finish(self, timeout: float = 60) -> str:
        """Wait for the program to end by itself (killed after `timeout`); returns its stderr."""
        try:
            _out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err or ""

    def stop(self, timeout: float = 30) -> str:
        """Ask the program to end (SIGTERM, then SIGKILL); returns what it wrote to stderr."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            _out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err or ""


def app_command(data_dir: Path, *extra: str) -> list[str]:
    """The app, as `python -m companion` starts it, on a given data folder."""
    return ["-m", "companion", "--data-dir", str(data_dir), *extra]


def start_probed(
    mode: str, target: list[str], env: dict[str, str], cwd: Path = REPO
) -> subprocess.Popen[str]:
    """Start `target` (a script path or `-m module ...`) under the probe in `mode`."""
    return subprocess.Popen(
        [sys.executable, str(PROBE), mode, *target],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_report(process: subprocess.Popen[str], started_ns: int, timeout: float) -> Probed:
    """Read the program's stdout until the probe's line arrives (or `timeout` seconds pass)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
            if line.startswith("PROBE "):
                return  # the rest of stdout is read by communicate() when the program ends
        lines.put(None)  # stdout closed: the program ended without reporting

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            break
        if line is None:
            break
        if line.startswith("PROBE "):
            return Probed(process, started_ns, json.loads(line.removeprefix("PROBE ")))
        seen.append(line)
    process.kill()
    _out, err = process.communicate()
    raise ProbeFailed(
        f"exit status {process.returncode}; stdout: {''.join(seen)[-2000:]}; stderr: {err[-4000:]}"
    )


def run_probed(mode: str, target: list[str], env: dict[str, str], timeout: float = 120) -> Probed:
    """Start a program under the probe and wait for its report."""
    started = time.monotonic_ns()
    return wait_for_report(start_probed(mode, target, env), started, timeout)


def gui_env(display: str) -> dict[str, str]:
    """The environment of a desktop session on `display` (X11)."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-code caches are what an installation has
    return env


@dataclass(frozen=True)
class ProcessCost:
    """What /proc says one process has used so far."""

    rss_mib: float
    cpu_ms: float
    voluntary_switches: int
    involuntary_switches: int
    threads: int

    @property
    def wakeups(self) -> int:
        """Times any thread of the process went to sleep and was woken (voluntary switches)."""
        return self.voluntary_switches


def process_cost(pid: int) -> ProcessCost:
    """Resident memory, CPU time and context switches of a process, all threads together."""
    proc = Path("/proc") / str(pid)
    stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
    # Fields after the command name start at field 3 (state); utime and stime are 14 and 15.
    cpu_ms = (int(stat[11]) + int(stat[12])) * 1000 / CLOCK_TICKS
    rss_pages = int((proc / "statm").read_text().split()[1])
    voluntary = involuntary = threads = 0
    for task in (proc / "task").iterdir():
        try:
            status = (task / "status").read_text()
        except FileNotFoundError:  # a thread ended while we looked
            continue
        threads += 1
        for line in status.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                voluntary += int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches:"):
                involuntary += int(line.split()[1])
    return ProcessCost(rss_pages * PAGE_BYTES / 2**20, cpu_ms, voluntary, involuntary, threads)


def filesystem_of(path: Path) -> str:
    """The file-system type a path lives on (fsync is free on tmpfs, which would flatter us)."""
    best, kind = "", "unknown"
    target = str(path.resolve())
    for line in Path("/proc/self/mounts").read_text().splitlines():
        parts = line.split()
        mount, fstype = parts[1], parts[2]
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, kind = mount, fstype
    return kind
