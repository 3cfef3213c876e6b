"""The moving figure on screen: the cues drawn for small movements show in the app's colours,
and the other side of a figure seen from above keeps the head where it was."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.content.library import load_library
from companion.domain.illustration.scene import Circle, Tone
from companion.paths import exercises_dir
from companion.ui.widgets.figure_widget import FigureWidget, _tone_colours

LIBRARY = load_library(exercises_dir())


def test_bracing_shows_its_belly_cue_while_holding(qtbot: QtBot) -> None:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(320, 240)
    widget.set_figure(LIBRARY.get("abdominal-bracing").figure)
    assert not [s for s in widget.primitives() if s.tone is Tone.CUE]
    widget.set_phase(0.5)  # the held brace
    rings = [s for s in widget.primitives() if s.tone is Tone.CUE]
    assert rings and all(isinstance(s, Circle) for s in rings)
    image = widget.grab().toImage()
    cue = _tone_colours(widget.palette())[Tone.CUE]
    colours = {image.pixelColor(x, y).name() for x in range(320) for y in range(240)}
    assert cue.name() in colours


def test_knee_rolls_to_the_other_side_keep_the_head_at_the_same_end(qtbot: QtBot) -> None:
    figure = LIBRARY.get("knee-rolls").figure
    heads = []
    for mirrored in (False, True):
        widget = FigureWidget()
        qtbot.addWidget(widget)
        widget.set_figure(figure, mirrored=mirrored)
        widget.set_phase(0.5)
        discs = [s for s in widget.primitives() if isinstance(s, Circle) and s.tone is Tone.BODY]
        heads.append(max(discs, key=lambda c: c.radius).centre[0])
    assert heads[0] == heads[1]
