"""Export timings over ten years of generated data (printed, not asserted).

Run: .venv/bin/python tests/benchmarks/bench_exports.py   (or with pytest -s on this file)
Targets from issue 7: the year's PDF under 1.5 s; every export of all ten years under 2 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datagen import generate

from companion.domain.report import ReportOptions
from companion.paths import migrations_dir
from companion.services.data_store import open_store
from companion.services.exports import ExportFormat, export
from companion.services.report_data import build_report

YEAR_PDF_TARGET = 1.5
TEN_YEAR_TARGET = 2.0


def _timed(label: str, target: float, run: object) -> float:
    assert callable(run)
    started = time.perf_counter()
    summary = run()
    took = time.perf_counter() - started
    verdict = "ok" if took < target else "OVER"
    print(f"{label:<38} {took:6.2f} s  (target < {target} s: {verdict})  {summary}")
    return took


def _fresh_year_pdf(root: Path, year: ReportOptions) -> str:
    """The year's PDF from a new Python process, as the first export after opening the app
    pays for it: fpdf2, pypdf and matplotlib imported, fonts read."""
    code = (
        "import sys, time; from datetime import date; from pathlib import Path; "
        "started = time.perf_counter(); "
        "from companion.domain.report import ReportOptions; "
        "from companion.paths import migrations_dir; "
        "from companion.services.data_store import open_store; "
        "from companion.services.exports import ExportFormat, export; "
        "store = open_store(Path(sys.argv[1]), migrations_dir()); "
        "opened = time.perf_counter(); "
        "export(store, ExportFormat.PDF, Path(sys.argv[2]), "
        "ReportOptions(start=date.fromisoformat(sys.argv[3]), "
        "end=date.fromisoformat(sys.argv[4]))); "
        "print(f'{time.perf_counter() - opened:.2f}')"
    )
    assert year.start is not None and year.end is not None
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            str(root / "data"),
            str(root / "fresh.pdf"),
            year.start.isoformat(),
            year.end.isoformat(),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    whole = time.perf_counter() - started
    return f"(export itself {result.stdout.strip()} s of {whole:.2f} s incl. Python start-up)"


def main() -> None:
    """Generate ten years, then time the year's PDF and every ten-year export."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = open_store(root / "data", migrations_dir())
        started = time.perf_counter()
        made = generate(store, 3652)
        print(
            f"generated {made.checkins} check-ins, {made.sessions} sessions, "
            f"{made.session_exercises} session exercises, {made.reminders} reminders, "
            f"{made.questionnaires} questionnaires in {time.perf_counter() - started:.2f} s"
        )
        year = ReportOptions(
            start=made.last_day - timedelta(days=364), end=made.last_day, name="Benchmark"
        )
        everything = ReportOptions(end=made.last_day, name="Benchmark")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"load average at start: {load:.2f} (figures are noisy when others share the CPU)")
        store.close()
        _timed("PDF, one year, new process", YEAR_PDF_TARGET, lambda: _fresh_year_pdf(root, year))
        store = open_store(root / "data", migrations_dir())
        # Warm the imports (matplotlib, fonts) once so the next timings measure the work only.
        export(
            store,
            ExportFormat.PDF,
            root / "warm.pdf",
            ReportOptions(start=made.last_day, end=made.last_day),
        )
        started = time.perf_counter()
        weeks = len(build_report(store, everything).weeks)
        took = time.perf_counter() - started
        print(f"{'report data, ten years (SQL)':<38} {took:6.2f} s  ({weeks} weeks; no own target)")
        _timed(
            "PDF, one year",
            YEAR_PDF_TARGET,
            lambda: export(store, ExportFormat.PDF, root / "year.pdf", year).count,
        )
        for format, name in (
            (ExportFormat.PDF, "all.pdf"),
            (ExportFormat.CSV, "all.zip"),
            (ExportFormat.FHIR, "all.json"),
        ):
            _timed(
                f"{format.value.upper()}, ten years",
                TEN_YEAR_TARGET,
                lambda f=format, n=name: export(store, f, root / n, everything).count,
            )
        for name in ("year.pdf", "all.pdf", "all.zip", "all.json"):
            print(f"{name:<10} {(root / name).stat().st_size / 1e6:6.1f} MB")
        store.close()


def test_bench_exports() -> None:
    """Lets `pytest -s tests/benchmarks/bench_exports.py` run the benchmark too."""
    main()


if __name__ == "__main__":
    main()
