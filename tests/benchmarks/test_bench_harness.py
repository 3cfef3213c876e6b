"""The benchmark harness itself (part of the normal test run; the benchmarks are not).

The table must say "no" when a goal is missed and "yes" only when it is met, and the probe must
really see a bare window become interactive: a harness that reported nonsense would make every
figure in the README wrong.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.benchmarks.processes import BARE_WINDOW, process_cost, run_probed
from tests.benchmarks.report import BenchTable, format_value


def test_ratio_goal_is_judged_on_medians() -> None:
    table = BenchTable()
    missed = table.record(
        "start", unit="ms", app=[900, 1000, 5000], baseline=[100, 400, 500], max_ratio=2.0
    )
    met = table.record("memory", unit="MiB", app=[70, 80, 90], baseline=[60, 60], max_ratio=1.5)
    assert missed.app == 1000 and missed.baseline == 400
    assert missed.ratio == pytest.approx(2.5)
    assert missed.met is False
    assert met.met is True
    assert met.cells()[-1] == "3/2"  # runs differ: both counts shown


def test_absolute_goal_and_figures_without_goal() -> None:
    table = BenchTable()
    slow = table.record("save", unit="ms", app=[12.0, 11.0, 13.0], max_value=10.0)
    plain = table.record("modules", unit="", app=[600], baseline=[150])
    assert slow.met is False and slow.ratio is None
    assert plain.met is None and plain.cells()[5] == "–"


def test_zero_baseline_is_met_only_by_zero() -> None:
    table = BenchTable()
    assert table.record("cpu", unit="ms", app=[0, 0], baseline=[0, 0], max_ratio=1.1).met is True
    assert table.record("wake", unit="", app=[3, 4], baseline=[0, 0], max_ratio=1.1).met is False


def test_a_figure_needs_samples() -> None:
    with pytest.raises(ValueError, match="no samples"):
        BenchTable().record("nothing", unit="ms", app=[])


def test_markdown_table_has_a_row_per_figure_and_the_notes(tmp_path: Path) -> None:
    table = BenchTable()
    table.note("Data", "ten years")
    table.record("start", unit="ms", app=[1234.4], baseline=[123.0], goal="≤ 2×", max_ratio=2)
    table.record("save", unit="ms", app=[4.04], goal="< 10 ms", max_value=10, note="on ext4")
    lines = table.write(tmp_path).read_text("utf-8").splitlines()
    rows = [line for line in lines if line.startswith("| ")]
    assert len(rows) == 4  # header, rule, two figures
    assert "1234 ms" in rows[2] and "123 ms" in rows[2] and "10.04×" in rows[2]
    assert "**no**" in rows[2] and "| yes " in rows[3] and "4.0 ms" in rows[3]
    assert "- Data: ten years" in lines and "- save: on ext4" in lines
    assert format_value(0.42, "ms") == "0.42 ms" and format_value(56.25, "MiB") == "56.2 MiB"


def test_probe_sees_a_bare_window_become_interactive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    before = time.monotonic_ns()
    probed = run_probed("window", [str(BARE_WINDOW)], env, timeout=60)
    errors = probed.finish()
    assert probed.process.returncode == 0, errors
    assert probed.report["windows"] == ["QMainWindow:Bare PySide6 window"]
    assert probed.report["timed_out"] is False
    assert probed.report["matplotlib_loaded"] is False
    assert 0 < probed.elapsed_ms < (time.monotonic_ns() - before) / 1e6


def test_process_cost_reads_this_process() -> None:
    cost = process_cost(os.getpid())
    assert cost.rss_mib > 10 and cost.threads >= 1 and cost.voluntary_switches > 0
