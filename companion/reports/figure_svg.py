"""Exercise figures as standalone SVG: the same shapes on screen, in thumbnails and in handouts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from companion.domain.illustration.pose import BOX_HEIGHT, BOX_WIDTH, Figure
from companion.domain.illustration.scene import Circle, Primitive, Segment, Tone, draw_keyframe


@dataclass(frozen=True)
class FigurePalette:
    """The colours of a figure; the default prints well in greyscale and reads when tiny."""

    near: str = "#1f3a5f"
    body: str = "#2f5680"
    far: str = "#9bb3cc"
    face: str = "#ffffff"
    prop: str = "#6b5a48"
    prop_soft: str = "#d9cfc2"
    water: str = "#4a90c8"
    floor: str = "#8a8a8a"
    cue: str = "#d55e00"  # vermillion; the cue's shape (rings, an arrow) says the same in grey
    background: str | None = None

    def colour(self, tone: Tone) -> str:
        """The colour for a kind of shape."""
        return {
            Tone.NEAR: self.near,
            Tone.BODY: self.body,
            Tone.FAR: self.far,
            Tone.FACE: self.face,
            Tone.PROP: self.prop,
            Tone.PROP_SOFT: self.prop_soft,
            Tone.WATER: self.water,
            Tone.FLOOR: self.floor,
            Tone.CUE: self.cue,
        }[tone]


def _n(value: float) -> str:
    """A coordinate rounded so the same pose always gives byte-identical SVG."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _shape(shape: Primitive, palette: FigurePalette) -> str:
    colour = palette.colour(shape.tone)
    # SVG's y axis points down; the figure's points up.
    if isinstance(shape, Segment):
        (x1, y1), (x2, y2) = shape.start, shape.end
        return (
            f'<line x1="{_n(x1)}" y1="{_n(BOX_HEIGHT - y1)}" x2="{_n(x2)}" '
            f'y2="{_n(BOX_HEIGHT - y2)}" stroke="{colour}" stroke-width="{_n(shape.width)}" '
            'stroke-linecap="round"/>'
        )
    if isinstance(shape, Circle):
        cx, cy = shape.centre
        paint = (
            f'fill="none" stroke="{colour}" stroke-width="{_n(shape.outline)}"'
            if shape.outline
            else f'fill="{colour}"'
        )
        return f'<circle cx="{_n(cx)}" cy="{_n(BOX_HEIGHT - cy)}" r="{_n(shape.radius)}" {paint}/>'
    opacity = ' fill-opacity="0.3"' if shape.tone is Tone.WATER else ""
    return (
        f'<rect x="{_n(shape.x)}" y="{_n(BOX_HEIGHT - shape.y - shape.height)}" '
        f'width="{_n(shape.width)}" height="{_n(shape.height)}" rx="{_n(shape.corner)}" '
        f'fill="{colour}"{opacity}/>'
    )


def shapes_to_svg(
    shapes: Sequence[Primitive],
    *,
    width_px: int = 320,
    title: str | None = None,
    palette: FigurePalette | None = None,
) -> str:
    """A complete SVG document for the shapes, `width_px` wide with the figure box's aspect."""
    palette = palette or FigurePalette()
    height_px = round(width_px * BOX_HEIGHT / BOX_WIDTH)
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{width_px}" height="{height_px}" '
        f'viewBox="0 0 {_n(BOX_WIDTH)} {_n(BOX_HEIGHT)}" role="img">'
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    if palette.background:
        parts.append(
            f'<rect width="{_n(BOX_WIDTH)}" height="{_n(BOX_HEIGHT)}" '
            f"fill={quoteattr(palette.background)}/>"
        )
    parts.extend(_shape(s, palette) for s in shapes)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def keyframe_svg(
    figure: Figure,
    index: int = 0,
    *,
    width_px: int = 320,
    title: str | None = None,
    palette: FigurePalette | None = None,
) -> str:
    """One keyframe of an exercise figure, with its props, as an SVG document."""
    return shapes_to_svg(
        draw_keyframe(figure, index), width_px=width_px, title=title, palette=palette
    )
