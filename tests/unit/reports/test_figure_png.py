"""Exercise figures as PNG: the right size, and the figure's colours where the figure is."""

from __future__ import annotations

import io
import struct

from matplotlib.image import imread

from companion.domain.illustration.pose import Figure, FigureView, Keyframe, Pose
from companion.domain.illustration.scene import Circle, Tone, draw_keyframe
from companion.reports.figure_png import shapes_to_png
from companion.reports.figure_svg import FigurePalette

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def size_of(png: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_a_figure_becomes_a_png_of_the_asked_width_and_box_aspect() -> None:
    figure = Figure(FigureView.SIDE, (), (Keyframe("stand", Pose(0.8, 0.595)),))
    png = shapes_to_png(draw_keyframe(figure), width_px=320)
    assert png.startswith(PNG_SIGNATURE)
    assert size_of(png) == (320, 240)


def test_shapes_land_where_they_should_in_their_colour() -> None:
    palette = FigurePalette(near="#ff0000")
    # A disc in the lower-left quarter of the box: y points up in the box, down in the image.
    png = shapes_to_png([Circle((0.4, 0.3), 0.2, Tone.NEAR)], width_px=160, palette=palette)
    pixels = imread(io.BytesIO(png))
    red, green, blue = pixels[90, 40][:3]
    assert (red, green, blue) == (1.0, 0.0, 0.0)
    # The opposite corner stays background.
    assert tuple(pixels[10, 150][:3]) == (1.0, 1.0, 1.0)
