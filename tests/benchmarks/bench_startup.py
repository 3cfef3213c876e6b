"""Cold start to an interactive main window, as a separate process, against a bare PySide6 window.

Each run is a new Python process on an X server with a tray, started the way a desktop starts
it. The clock runs from just before the process is created until the first paint of the main
window has happened and the event loop has turned once more (a click would now be handled).
The app opens a fresh copy of its data folder each run. Runs rotate through the app on ten
years of diary, the app on an empty diary (what the data itself costs at start) and the bare
window, after one warm-up round that is not counted (it fills the page cache, as any start
after the first does).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.conftest import BenchSettings, copy_data_folder
from tests.benchmarks.processes import BARE_WINDOW, Probed, app_command, gui_env, run_probed
from tests.benchmarks.report import BenchTable

VARIANTS = ("ten years", "empty", "bare")


@pytest.fixture
def diaries(ten_year_folder: Path, empty_folder: Path) -> dict[str, Path]:
    """The data folders the app starts on, by variant."""
    return {"ten years": ten_year_folder, "empty": empty_folder}


def test_cold_start_to_interactive_window(
    diaries: dict[str, Path],
    tray_host: str,
    bench_settings: BenchSettings,
    bench_table: BenchTable,
    tmp_path: Path,
) -> None:
    env = gui_env(tray_host)
    elapsed: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    modules: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    matplotlib_at_start = False
    for run in range(bench_settings.runs + 1):
        # Rotate the order, so no variant always runs right after the same other one.
        for variant in VARIANTS[run % 3 :] + VARIANTS[: run % 3]:
            probed: Probed
            if variant == "bare":
                probed = run_probed("window", [str(BARE_WINDOW)], env)
            else:
                data = copy_data_folder(diaries[variant], tmp_path / f"{run}-{variant}")
                probed = run_probed("window", app_command(data), env)
                matplotlib_at_start |= bool(probed.report["matplotlib_loaded"])
            errors = probed.finish(timeout=60)
            assert probed.process.returncode == 0, errors
            assert not probed.report["timed_out"], probed.report
            assert probed.report["windows"], "no window was shown"
            if run > 0:
                elapsed[variant].append(probed.elapsed_ms)
                modules[variant].append(float(probed.report["modules"]))

    figure = bench_table.record(
        "Cold start to an interactive main window",
        unit="ms",
        app=elapsed["ten years"],
        baseline=elapsed["bare"],
        goal="≤ 2× baseline",
        max_ratio=2.0,
        note=(
            "new process on Xvfb with a tray, ten-year diary, page cache warm; "
            + ("matplotlib WAS loaded at start" if matplotlib_at_start else "matplotlib not loaded")
        ),
    )
    bench_table.record(
        "Cold start, empty diary",
        unit="ms",
        app=elapsed["empty"],
        baseline=elapsed["bare"],
        goal="≤ 2× baseline",
        max_ratio=2.0,
    )
    bench_table.record(
        "Python modules loaded at start",
        unit="",
        app=modules["ten years"],
        baseline=modules["bare"],
    )
    assert figure.app > 0 and figure.baseline is not None and figure.baseline > 0
