"""Resident memory after a window cycle: the app started in the tray (`--minimized`), its window
opened from the tray menu, the Progress page shown, the window closed, and then left alone for
the shedding time (`--shed-after`, BENCH_SHED_MINUTES, 15 by default) and a little more. The app
has then re-executed itself into its tray form; its memory is compared with a bare PySide6 tray
icon that idled beside it for the same time.
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

CYCLE_SECONDS = 6  # the probe opens, visits Progress and closes within this
SETTLE_SECONDS = 20  # after the shedding time: the new tray form is up and idle

pytestmark = pytest.mark.timeout(int(_number("BENCH_SHED_MINUTES", 15) * 60) + 300)


def test_memory_after_a_window_cycle(
    ten_year_folder: Path,
    tray_host: str,
    bench_settings: BenchSettings,
    bench_table: BenchTable,
    tmp_path: Path,
) -> None:
    env = gui_env(tray_host)
    minutes = bench_settings.shed_minutes
    starting: list[tuple[str, int, subprocess.Popen[str]]] = []
    for pair in range(bench_settings.parallel):
        data = copy_data_folder(ten_year_folder, tmp_path / f"pair-{pair}")
        for which, mode, target in (
            ("app", "cycle", app_command(data, "--minimized", "--shed-after", f"{minutes:g}")),
            ("bare", "tray", [str(BARE_TRAY), str(TRAY_ICON)]),
        ):
            starting.append((which, time.monotonic_ns(), start_probed(mode, target, env)))
    probed: list[tuple[str, Probed]] = []
    try:
        for which, started, process in starting:
            probed.append((which, wait_for_report(process, started, timeout=120)))
        time.sleep(CYCLE_SECONDS)
        window_rss = [process_cost(r.pid).rss_mib for kind, r in probed if kind == "app"]
        time.sleep(minutes * 60 + SETTLE_SECONDS)
        after = {r.pid: process_cost(r.pid).rss_mib for _kind, r in probed}
        shed = [
            "--shed" in Path(f"/proc/{r.pid}/cmdline").read_bytes().decode().split("\0")
            for kind, r in probed
            if kind == "app"
        ]
        for which, running in probed:
            assert running.process.poll() is None, f"{which} ended: {running.stop()}"
    finally:
        for _which, running in probed:
            running.stop()
        for _which, _started, process in starting:
            if process.poll() is None:
                process.kill()
                process.communicate()

    figure = bench_table.record(
        f"Resident memory {minutes:g} min after a window cycle (Progress page included)",
        unit="MiB",
        app=[after[r.pid] for kind, r in probed if kind == "app"],
        baseline=[after[r.pid] for kind, r in probed if kind == "bare"],
        goal="≤ 1.5× baseline",
        max_ratio=1.5,
        note=(
            f"with the window open {sum(window_rss) / len(window_rss):.1f} MiB; "
            f"{sum(shed)} of {len(shed)} apps shed back into the tray form"
        ),
    )
    assert figure.app > 0
