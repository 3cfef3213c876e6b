"""Resident memory after a minute idle in the tray, against a bare PySide6 tray app.

The app starts as it does at login (`--minimized`, ten-year data, a tray on the X server) and
sits there; so does a bare tray icon with a menu. Several pairs idle side by side through the
same period (BENCH_PARALLEL pairs, BENCH_IDLE_SECONDS long), so they share whatever else the
machine is doing. Memory is each process's resident set at the end of the period; the CPU time
and wake-ups (voluntary context switches, all threads) spent during the period come from the
same processes, as a first look: bench_idle.py measures those over longer periods.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.benchmarks.conftest import BenchSettings, _number, copy_data_folder
from tests.benchmarks.processes import (
    BARE_TRAY,
    TRAY_ICON,
    Probed,
    app_command,
    gui_env,
    process_cost,
    start_probed,
    wait_for_report,
)
from tests.benchmarks.report import BenchTable

# A long idle period must not trip the suite's per-test timeout.
pytestmark = pytest.mark.timeout(int(_number("BENCH_IDLE_SECONDS", 60)) + 300)


def test_memory_after_idle_in_tray(
    ten_year_folder: Path,
    tray_host: str,
    bench_settings: BenchSettings,
    bench_table: BenchTable,
    tmp_path: Path,
) -> None:
    env = gui_env(tray_host)
    starting: list[tuple[str, int, subprocess.Popen[str]]] = []
    for pair in range(bench_settings.parallel):
        data = copy_data_folder(ten_year_folder, tmp_path / f"pair-{pair}")
        for which, target in (
            ("app", app_command(data, "--minimized")),
            ("bare", [str(BARE_TRAY), str(TRAY_ICON)]),
        ):
            started = time.monotonic_ns()
            starting.append((which, started, start_probed("tray", target, env)))
    probed: list[tuple[str, Probed]] = []
    try:
        for which, started, process in starting:
            probed.append((which, wait_for_report(process, started, timeout=120)))
        for which, running in probed:
            report = running.report
            assert report["tray_available"], "the tray host did not take the tray"
            assert report["tray_icons_visible"] >= 1, f"{which}: no icon in the tray"
            assert report["windows_visible"] == 0, f"{which} showed a window, not only the tray"

        before = {running.pid: process_cost(running.pid) for _which, running in probed}
        time.sleep(bench_settings.idle_seconds)
        after = {running.pid: process_cost(running.pid) for _which, running in probed}
        for which, running in probed:
            assert running.process.poll() is None, f"{which} ended while idle: {running.stop()}"
    finally:
        for _which, running in probed:
            running.stop()
        for _which, _started, process in starting:
            if process.poll() is None:  # never reported: do not leave it running
                process.kill()
                process.communicate()

    def samples(which: str, measure: str) -> list[float]:
        values: list[float] = []
        for kind, running in probed:
            if kind != which:
                continue
            start, end = before[running.pid], after[running.pid]
            if measure == "rss":
                values.append(end.rss_mib)
            elif measure == "cpu":
                values.append(end.cpu_ms - start.cpu_ms)
            else:
                values.append(float(end.wakeups - start.wakeups))
        return values

    def icon_up(which: str) -> list[float]:
        return [running.elapsed_ms for kind, running in probed if kind == which]

    orm = sum(bool(r.report["sqlalchemy_loaded"]) for kind, r in probed if kind == "app")
    bench_table.record(
        "Tray icon up after start (`--minimized`), ten-year data",
        unit="ms",
        app=icon_up("app"),
        baseline=icon_up("bare"),
        goal="≤ 2× baseline",
        max_ratio=2.0,
        note=f"started side by side; the ORM loaded in {orm} of {len(icon_up('app'))} apps",
    )
    idle = f"{bench_settings.idle_seconds:g} s"
    figure = bench_table.record(
        f"Resident memory after {idle} idle in the tray",
        unit="MiB",
        app=samples("app", "rss"),
        baseline=samples("bare", "rss"),
        goal="≤ 1.5× baseline",
        max_ratio=1.5,
        note=f"{bench_settings.parallel} app/baseline pairs idling side by side, ten-year data",
    )
    bench_table.record(
        f"CPU time while idle in the tray ({idle})",
        unit="ms",
        app=samples("app", "cpu"),
        baseline=samples("bare", "cpu"),
        goal="within 10% of baseline",
        max_ratio=1.1,
    )
    bench_table.record(
        f"Wake-ups while idle in the tray ({idle})",
        unit="",
        app=samples("app", "wakeups"),
        baseline=samples("bare", "wakeups"),
        goal="within 10% of baseline",
        max_ratio=1.1,
        note="voluntary context switches of all threads",
    )
    assert figure.app > 0 and figure.baseline is not None and figure.baseline > 0
