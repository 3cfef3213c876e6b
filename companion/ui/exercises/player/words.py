"""The session player's words: steps, cues, counters and countdowns as the person reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox

from companion.domain.illustration.pose import Figure
from companion.domain.session import Cue, Moment, Step
from companion.domain.vocabulary import Side

translate = QCoreApplication.translate
NOT_GIVEN = -1  # the pain boxes' "not said" value


def step_label(step: Step) -> str:
    """What the person is asked to do, in a word or two."""
    labels = {
        Step.NOT_STARTED: translate("SessionPlayer", "Ready when you are"),
        Step.GET_READY: translate("SessionPlayer", "Get into position"),
        Step.MOVE: translate("SessionPlayer", "Move slowly"),
        Step.HOLD: translate("SessionPlayer", "Hold"),
        Step.RETURN: translate("SessionPlayer", "Slowly back"),
        Step.ACTIVE: translate("SessionPlayer", "Keep going"),
        Step.REST: translate("SessionPlayer", "Rest"),
        Step.SWITCH: translate("SessionPlayer", "Change to the other side"),
        Step.RESPONSE: translate("SessionPlayer", "Done"),
        Step.FINISHED: translate("SessionPlayer", "Session over"),
    }
    return labels[step]


def cue_words(cue: Cue, exercise_name: str = "") -> str:
    """What a voice says for a cue (the exercise's name comes with its first start)."""
    words = {
        Cue.START: translate("SessionPlayer", "Start."),
        Cue.RELAX: translate("SessionPlayer", "And relax."),
        Cue.REST: translate("SessionPlayer", "Rest."),
        Cue.SWITCH: translate("SessionPlayer", "Change to the other side."),
        Cue.DONE: translate("SessionPlayer", "Done. How do your legs feel?"),
    }[cue]
    return f"{exercise_name}. {words}" if exercise_name else words


def side_label(side: Side | None) -> str:
    """Which side is working."""
    if side is Side.LEFT:
        return translate("SessionPlayer", "left side")
    if side is Side.RIGHT:
        return translate("SessionPlayer", "right side")
    return ""


def counters_text(moment: Moment) -> str:
    """Set, repetition and side, e.g. 'Set 1 of 2 · Rep 3 of 10 · left side'."""
    parts: list[str] = []
    if moment.set_count > 1:
        parts.append(
            translate("SessionPlayer", "Set {n} of {total}").format(
                n=moment.set_number, total=moment.set_count
            )
        )
    if moment.rep_count > 1 and moment.rep_number:
        parts.append(
            translate("SessionPlayer", "Rep {n} of {total}").format(
                n=moment.rep_number, total=moment.rep_count
            )
        )
    if moment.hold_phase_count > 1:
        parts.append(
            translate("SessionPlayer", "Part {n} of {total}").format(
                n=moment.hold_phase_number, total=moment.hold_phase_count
            )
        )
    if moment.side is not None:
        parts.append(side_label(moment.side))
    return " · ".join(parts)


def frame_phase(figure: Figure, frame: str) -> float | None:
    """The figure phase that shows the keyframe named `frame` (None if it has none).

    rep_pose runs the keyframes first to last as the phase goes 0 -> 0.5.
    """
    names = [k.name for k in figure.keyframes]
    if frame not in names or len(names) < 2:
        return None
    return 0.5 * names.index(frame) / (len(names) - 1)


def countdown_text(moment: Moment) -> str:
    """The large countdown: seconds, or minutes and seconds for a walk; blank while moving."""
    if moment.step in (Step.MOVE, Step.RETURN, Step.RESPONSE, Step.FINISHED, Step.NOT_STARTED):
        return ""
    seconds = moment.countdown
    if seconds >= 60:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return str(seconds)


def pain_box(accessible: str) -> QSpinBox:
    """A 0-10 pain box that starts at "not said"."""
    box = QSpinBox()
    box.setRange(NOT_GIVEN, 10)
    box.setValue(NOT_GIVEN)
    box.setSpecialValueText(translate("SessionPlayer", "not said"))
    box.setAccessibleName(accessible)
    return box


def pain(box: QSpinBox) -> int | None:
    """The box's value, or None when not said."""
    return None if box.value() == NOT_GIVEN else box.value()


def pain_grid(back: QSpinBox, leg: QSpinBox) -> QGridLayout:
    """The two labelled pain boxes, back above leg, as before and after a session ask them."""
    grid = QGridLayout()
    for row, (box, text) in enumerate(
        (
            (back, translate("SessionPlayer", "&Back pain now (0–10):")),
            (leg, translate("SessionPlayer", "&Leg pain now (0–10):")),
        )
    ):
        label = QLabel(text)
        label.setBuddy(box)
        grid.addWidget(label, row, 0)
        grid.addWidget(box, row, 1)
    grid.setColumnStretch(2, 1)
    return grid


def safety_end_text() -> str:
    """Why the session ended after new numbness or weakness, and what to do today."""
    return translate(
        "SessionPlayer",
        "You noticed new numbness or weakness, so the session has ended. Please answer the "
        "safety questions, and get medical advice today.",
    )
