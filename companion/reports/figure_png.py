"""Exercise figures as PNG through matplotlib, for handouts and places that cannot show SVG."""

from __future__ import annotations

import io
from collections.abc import Sequence

from companion.domain.illustration.pose import BOX_HEIGHT, BOX_WIDTH
from companion.domain.illustration.scene import Circle, Primitive, Segment, Tone
from companion.reports.figure_svg import FigurePalette

_DPI = 100


def shapes_to_png(
    shapes: Sequence[Primitive], *, width_px: int = 640, palette: FigurePalette | None = None
) -> bytes:
    """The shapes drawn as a PNG image `width_px` wide, white unless the palette says otherwise."""
    # matplotlib loads only when a PNG is asked for: it is slow to import.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as PlotFigure
    from matplotlib.patches import Circle as PlotCircle
    from matplotlib.patches import FancyBboxPatch

    palette = palette or FigurePalette()
    height_px = round(width_px * BOX_HEIGHT / BOX_WIDTH)
    figure = PlotFigure(figsize=(width_px / _DPI, height_px / _DPI), dpi=_DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    axes.set_xlim(0, BOX_WIDTH)
    axes.set_ylim(0, BOX_HEIGHT)
    axes.set_axis_off()
    figure.patch.set_facecolor(palette.background or "white")
    # Stroke widths are in box units like the coordinates; matplotlib wants points.
    points_per_unit = width_px / BOX_WIDTH * 72 / _DPI
    for order, shape in enumerate(shapes):
        colour = palette.colour(shape.tone)
        if isinstance(shape, Segment):
            axes.plot(
                [shape.start[0], shape.end[0]],
                [shape.start[1], shape.end[1]],
                color=colour,
                linewidth=shape.width * points_per_unit,
                solid_capstyle="round",
                zorder=order,
            )
        elif isinstance(shape, Circle):
            axes.add_patch(
                PlotCircle(
                    shape.centre,
                    shape.radius,
                    facecolor="none" if shape.outline else colour,
                    edgecolor=colour if shape.outline else "none",
                    linewidth=shape.outline * points_per_unit,
                    zorder=order,
                )
            )
        else:
            axes.add_patch(
                FancyBboxPatch(
                    (shape.x, shape.y),
                    shape.width,
                    shape.height,
                    boxstyle=f"round,pad=0,rounding_size={shape.corner}",
                    facecolor=colour,
                    edgecolor="none",
                    alpha=0.3 if shape.tone is Tone.WATER else 1.0,
                    zorder=order,
                )
            )
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=_DPI, facecolor=figure.get_facecolor())
    return out.getvalue()
