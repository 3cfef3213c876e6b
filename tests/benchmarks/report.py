"""The benchmark table: every figure of a run, the same figure for a bare baseline, and goals.

Benchmarks record figures through the `bench_table` fixture (tests/benchmarks/conftest.py):

    bench_table.record(
        "Cold start to an interactive main window",
        unit="ms",
        app=app_samples,            # every run; the table shows the median
        baseline=baseline_samples,  # the bare PySide6 program, same run (or None)
        goal="≤ 2× baseline",
        max_ratio=2.0,              # or max_value=10.0 for an absolute goal
    )

At the end of the session the table is printed (as Markdown, so it pastes into the README) and
written to build/bench/latest.md. Nothing here passes or fails a test: a missed goal is a line
in the table, not a red test.
"""

from __future__ import annotations

import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HEADER = ("Figure", "App", "Baseline", "Ratio", "Goal", "Met", "Runs")


@dataclass(frozen=True)
class Figure:
    """One measured figure: the app's samples, the baseline's samples and the goal."""

    name: str
    unit: str
    app_samples: tuple[float, ...]
    baseline_samples: tuple[float, ...] = ()
    goal: str = ""
    max_ratio: float | None = None
    max_value: float | None = None
    note: str = ""

    @property
    def app(self) -> float:
        """The app's median."""
        return statistics.median(self.app_samples)

    @property
    def baseline(self) -> float | None:
        """The baseline's median, if there is a baseline."""
        return statistics.median(self.baseline_samples) if self.baseline_samples else None

    @property
    def ratio(self) -> float | None:
        """App median over baseline median."""
        baseline = self.baseline
        if baseline is None or baseline <= 0:
            return None
        return self.app / baseline

    @property
    def met(self) -> bool | None:
        """Whether the goal is met; None when the figure has no numeric goal."""
        verdicts: list[bool] = []
        if self.max_ratio is not None and self.ratio is not None:
            verdicts.append(self.ratio <= self.max_ratio)
        elif self.max_ratio is not None and self.baseline == 0:
            verdicts.append(self.app <= 0)  # nothing at all is the only thing within x% of 0
        if self.max_value is not None:
            verdicts.append(self.app <= self.max_value)
        return all(verdicts) if verdicts else None

    def cells(self) -> tuple[str, ...]:
        """The figure as the cells of one table row."""
        ratio = self.ratio
        met = {True: "yes", False: "**no**", None: "–"}[self.met]
        runs = str(len(self.app_samples))
        if self.baseline_samples and len(self.baseline_samples) != len(self.app_samples):
            runs = f"{len(self.app_samples)}/{len(self.baseline_samples)}"
        return (
            self.name,
            format_value(self.app, self.unit),
            "–" if self.baseline is None else format_value(self.baseline, self.unit),
            "–" if ratio is None else f"{ratio:.2f}×",
            self.goal or "–",
            met,
            runs,
        )


@dataclass
class BenchTable:
    """The figures of one benchmark run, in the order they were measured."""

    figures: list[Figure] = field(default_factory=list)
    context: dict[str, str] = field(default_factory=dict)

    def record(
        self,
        name: str,
        *,
        unit: str,
        app: Sequence[float],
        baseline: Sequence[float] | None = None,
        goal: str = "",
        max_ratio: float | None = None,
        max_value: float | None = None,
        note: str = "",
    ) -> Figure:
        """Add one figure (every sample of it); returns it so a test can assert it was measured."""
        if not app:
            raise ValueError(f"{name}: no samples measured")
        figure = Figure(
            name=name,
            unit=unit,
            app_samples=tuple(float(value) for value in app),
            baseline_samples=tuple(float(value) for value in baseline or ()),
            goal=goal,
            max_ratio=max_ratio,
            max_value=max_value,
            note=note,
        )
        self.figures.append(figure)
        print(f"\n[bench] {' | '.join(figure.cells())}", flush=True)
        return figure

    def note(self, key: str, value: str) -> None:
        """Say something about the run as a whole (data set size, display, idle period)."""
        self.context[key] = value

    def markdown(self) -> str:
        """The table and its notes, as Markdown."""
        rows = [HEADER, *(figure.cells() for figure in self.figures)]
        widths = [max(len(row[column]) for row in rows) for column in range(len(HEADER))]

        def line(cells: Sequence[str]) -> str:
            padded = (cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
            return "| " + " | ".join(padded) + " |"

        out = [line(HEADER), "| " + " | ".join("-" * width for width in widths) + " |"]
        out += [line(row) for row in rows[1:]]
        notes = [f"- {f.name}: {f.note}" for f in self.figures if f.note]
        context = [f"- {key}: {value}" for key, value in self.context.items()]
        if notes or context:
            out.append("")
            out += context + notes
        return "\n".join(out)

    def write(self, folder: Path) -> Path:
        """Write the table to folder/latest.md, headed by when and where it was measured."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "latest.md"
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
        target.write_text(f"Measured {when} on {machine}.\n\n{self.markdown()}\n", "utf-8")
        return target


def format_value(value: float, unit: str) -> str:
    """A figure with as many digits as it deserves, and its unit."""
    if unit == "ms":
        text = f"{value:.0f}" if value >= 100 else f"{value:.1f}" if value >= 1 else f"{value:.2f}"
    elif unit == "MiB":
        text = f"{value:.1f}"
    elif value == int(value):
        text = f"{int(value)}"
    else:
        text = f"{value:.1f}"
    return f"{text} {unit}".strip()
