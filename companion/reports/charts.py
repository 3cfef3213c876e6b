"""Charts as matplotlib Figures (never pyplot: no global state, safe in any thread)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartStyle:
    """Colours that follow the app's palette; shapes and dashes carry meaning too."""

    background: str = "#ffffff"
    text: str = "#202124"
    grid: str = "#d0d4d9"
    back: str = "#1b6fa8"  # blue, circles, solid
    leg: str = "#c0562b"  # orange, squares, dashed


def pain_chart(
    times: Sequence[datetime],
    back: Sequence[int],
    leg: Sequence[int],
    style: ChartStyle = ChartStyle(),
) -> Figure:
    """Back and leg pain (0-10) over time; readable without colour (markers and dashes)."""
    figure = Figure(figsize=(7.5, 3.2), layout="constrained", facecolor=style.background)
    axes = figure.add_subplot()
    axes.set_facecolor(style.background)
    when: Any = list(times)  # matplotlib converts datetimes itself; its stubs admit only numbers
    axes.plot(when, back, marker="o", linestyle="-", color=style.back, label="Back pain")
    axes.plot(when, leg, marker="s", linestyle="--", color=style.leg, label="Leg pain")
    axes.set_ylim(-0.3, 10.3)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel("Pain (0-10)", color=style.text)
    axes.grid(True, color=style.grid, linewidth=0.6)
    axes.tick_params(colors=style.text)
    for spine in axes.spines.values():
        spine.set_color(style.grid)
    if times:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        # Concise dates never overlap, whatever the period shown.
        locator = AutoDateLocator(maxticks=8)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        axes.legend(loc="upper right", frameon=False, labelcolor=style.text)
    else:
        axes.text(
            0.5,
            0.5,
            "No check-ins in this period",
            ha="center",
            va="center",
            transform=axes.transAxes,
            color=style.text,
        )
        axes.set_xticks([])
    return figure


def render_png(figure: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes, drawn without any GUI toolkit."""
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
