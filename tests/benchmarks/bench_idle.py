"""What the companion costs while it waits in the tray: CPU time and wake-ups over an idle period,
beside a bare PySide6 tray app measured at the same time on the same X server.

    .venv/bin/python tests/benchmarks/bench_idle.py            # 10 idle minutes
    .venv/bin/python tests/benchmarks/bench_idle.py --minutes 2

Needs Linux (/proc), Xvfb and trayer. Prints figures; asserts nothing (timings vary by machine).
Wake-ups are counted as voluntary context switches of all the process's threads: each one is
the process going to sleep after being woken.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WARM_UP_S = 20.0  # start-up work (migrations, first tick, tray registration) is not idle


@dataclass(frozen=True)
class Sample:
    """CPU seconds and context switches of one process, summed over its threads."""

    cpu_s: float
    voluntary: int
    involuntary: int


def sample(pid: int) -> Sample:
    """Read /proc for `pid` and every thread it has now."""
    ticks = os.sysconf("SC_CLK_TCK")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # utime and stime are the 14th and 15th fields; the split above starts at the 3rd.
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    voluntary = involuntary = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
        except OSError:
            continue  # a thread that just ended
        for line in status.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                voluntary += int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches:"):
                involuntary += int(line.split()[1])
    return Sample(cpu, voluntary, involuntary)


def run_bare() -> None:
    """A bare PySide6 tray app: the baseline."""
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QApplication([])
    pixmap = QPixmap(22, 22)
    pixmap.fill()
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.show()
    print("ready", flush=True)
    app.exec()


def run_companion(data: Path) -> None:
    """The companion as it sits in the tray: window hidden, reminders running."""
    from PySide6.QtWidgets import QApplication

    from companion.paths import migrations_dir
    from companion.services.data_store import open_store
    from companion.ui.companion_app import CompanionApp
    from companion.ui.context import AppContext
    from companion.ui.reminders.reminder_runner import ReminderRunner
    from companion.ui.sections import build_sections
    from companion.ui.ui_state import UiState

    app = QApplication([])
    store = open_store(data, migrations_dir())
    context = AppContext(store, UiState(data))
    context.ui_state.set(UiState.WELCOMED, True)
    companion = CompanionApp(app, context, build_sections)
    runner = ReminderRunner(context)
    runner.start()
    companion.start(minimized=True)
    print(f"ready {runner.idle.reason}; first wake in {runner.wake_in_ms} ms", flush=True)
    app.exec()
    runner.stop()


def measure(minutes: float) -> None:
    """Start both apps on a private X server with a tray, let them idle, print the figures."""
    xvfb, trayer = shutil.which("Xvfb"), shutil.which("trayer")
    if not sys.platform.startswith("linux") or xvfb is None or trayer is None:
        sys.exit("bench_idle needs Linux with Xvfb and trayer (see README)")
    display = f":{100 + os.getpid() % 400}"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_SESSION_TYPE="x11")
    env.pop("WAYLAND_DISPLAY", None)
    repo = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [repo, env.get("PYTHONPATH")]))
    started: list[subprocess.Popen[str]] = []
    with tempfile.TemporaryDirectory() as scratch:
        env["HOME"] = scratch
        env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
        try:
            started.append(subprocess.Popen([xvfb, display, "-nolisten", "tcp"], env=env))
            time.sleep(1.5)
            started.append(
                subprocess.Popen(
                    [trayer, "--edge", "top", "--align", "right", "--height", "24"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            time.sleep(1.0)
            apps: dict[str, subprocess.Popen[str]] = {}
            for name, extra in (("bare PySide6 tray", []), ("companion", [scratch + "/data"])):
                mode = "bare" if not extra else "companion"
                process = subprocess.Popen(
                    [sys.executable, __file__, "--child", mode, *extra],
                    env=env,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                started.append(process)
                apps[name] = process
            for name, process in apps.items():
                assert process.stdout is not None
                print(f"{name}: {process.stdout.readline().strip()}")
            time.sleep(WARM_UP_S)
            before = {name: sample(p.pid) for name, p in apps.items()}
            t0 = time.monotonic()
            time.sleep(minutes * 60)
            elapsed = time.monotonic() - t0
            after = {name: sample(p.pid) for name, p in apps.items()}
        finally:
            for process in reversed(started):
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
    report(before, after, elapsed)


def report(before: dict[str, Sample], after: dict[str, Sample], elapsed: float) -> None:
    """Print one line per app and the ratios against the bare tray app."""
    print(f"\nidle for {elapsed / 60:.1f} min (after {WARM_UP_S:.0f} s of start-up)")
    print(
        f"{'':20} {'CPU ms':>10} {'CPU ms/min':>11} {'wake-ups':>9} {'per min':>8} {'preempt':>8}"
    )
    rows: dict[str, tuple[float, int]] = {}
    for name, start in before.items():
        cpu = (after[name].cpu_s - start.cpu_s) * 1000
        wakes = after[name].voluntary - start.voluntary
        preempt = after[name].involuntary - start.involuntary
        rows[name] = (cpu, wakes)
        minutes = elapsed / 60
        print(
            f"{name:20} {cpu:10.0f} {cpu / minutes:11.1f} {wakes:9d} "
            f"{wakes / minutes:8.1f} {preempt:8d}"
        )
    bare_cpu, bare_wakes = rows["bare PySide6 tray"]
    cpu, wakes = rows["companion"]
    print(
        f"\ncompanion / bare: CPU x{cpu / max(bare_cpu, 1.0):.2f}, "
        f"wake-ups x{wakes / max(bare_wakes, 1):.2f} "
        "(CPU is counted in clock ticks of 10 ms: short runs show 0 for an idle process)"
    )


def main(argv: list[str]) -> None:
    """Measure, or (internally) be one of the two measured apps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=10.0, help="idle period (default 10)")
    parser.add_argument("--child", choices=("bare", "companion"), help=argparse.SUPPRESS)
    parser.add_argument("data", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "bare":
        run_bare()
    elif args.child == "companion":
        run_companion(args.data)
    else:
        measure(args.minutes)


if __name__ == "__main__":
    main(sys.argv[1:])
