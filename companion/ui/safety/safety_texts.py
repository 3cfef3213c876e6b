"""The words for issue 15's safety rules, shared by the player, the Exercises and Programme pages.

The rules live in domain.safety_plan and return enums; what a patient reads lives here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from companion.domain.exercise import Bias, ClearanceCondition, Exercise
from companion.domain.safety_plan import HoldReason, LeftOut

translate = QCoreApplication.translate


def clearance_label(condition: ClearanceCondition) -> str:
    """One clearance condition as the checklist asks it."""
    labels = {
        ClearanceCondition.RECENT_SURGERY: translate(
            "Clearance", "Surgery on my spine or hip in the last 3 months"
        ),
        ClearanceCondition.PREGNANCY: translate("Clearance", "I am pregnant"),
        ClearanceCondition.FRACTURE_OR_OSTEOPOROSIS: translate(
            "Clearance", "A broken bone in my spine, or thinning bones (osteoporosis)"
        ),
        ClearanceCondition.HIP_REPLACEMENT: translate("Clearance", "A hip replacement"),
        ClearanceCondition.RECENT_TRAUMA: translate(
            "Clearance", "A recent serious injury, such as a bad fall or a road accident"
        ),
    }
    return labels[condition]


def ask_physio_text() -> str:
    """The mark on an exercise that one of the user's conditions affects."""
    return translate("Clearance", "Ask your physiotherapist first")


def left_out_text(reason: LeftOut) -> str:
    """Why an exercise is skipped today, in one short sentence."""
    texts = {
        LeftOut.WORSE_TODAY: translate(
            "TodayPlan", "Skipped today: it made your leg symptoms worse earlier today."
        ),
        LeftOut.SAME_DAY_FINDING: translate(
            "TodayPlan",
            "Skipped today: your safety answers need a doctor's check today first.",
        ),
        LeftOut.NEEDS_CLEARANCE: translate(
            "TodayPlan", "Skipped: ask your physiotherapist first (see Settings, Clearance)."
        ),
    }
    return texts[reason]


def hold_reason_text(reason: HoldReason) -> str:
    """Why progression is held, as the end of "Held because …"."""
    texts = {
        HoldReason.TOO_SOON: translate("Progression", "it stepped up less than 7 days ago"),
        HoldReason.LEG_PAIN_RISING: translate(
            "Progression", "your leg pain this week is at least 1 point higher than last week"
        ),
        HoldReason.REACH_SPREAD: translate(
            "Progression", "your leg symptoms reached further down the leg this week"
        ),
        HoldReason.RECENT_WORSE: translate(
            "Progression", "an exercise made your leg symptoms worse in the last 7 days"
        ),
        HoldReason.NEW_NERVE_SYMPTOMS: translate(
            "Progression", "you noted new numbness, weakness or pins and needles this week"
        ),
        HoldReason.SAME_DAY_FINDING: translate(
            "Progression", "today's safety answers need a doctor's check first"
        ),
        HoldReason.TOO_FEW_CHECKINS: translate(
            "Progression",
            "too few check-ins: at least 3 a week for two weeks show how your leg is doing",
        ),
    }
    return texts[reason]


def held_because_text(reasons: Iterable[HoldReason]) -> str:
    """'Progression is held because …' with every reason; empty when nothing holds it."""
    words = [hold_reason_text(r) for r in reasons]
    if not words:
        return ""
    return translate("Progression", "Progression is held because {reasons}.").format(
        reasons="; ".join(words)
    )


def _pathway_names(bias: Bias) -> tuple[str, str]:
    """A pathway's name on its own and inside a sentence ("You follow the {pathway}."): its own
    words, not the name lower-cased, for German nouns keep their capital letters."""
    names = {
        Bias.EXTENSION: (
            translate("Pathway", "Backward-bending pathway"),
            translate("Pathway", "backward-bending pathway"),
        ),
        Bias.FLEXION: (
            translate("Pathway", "Forward-bending pathway"),
            translate("Pathway", "forward-bending pathway"),
        ),
        Bias.NEUTRAL: (
            translate("Pathway", "Neutral programme"),
            translate("Pathway", "neutral programme"),
        ),
    }
    return names[bias]


def pathway_name(bias: Bias) -> str:
    """A direction as a pathway's name."""
    return _pathway_names(bias)[0]


def pathway_in_sentence(bias: Bias) -> str:
    """A direction's pathway as it reads inside a sentence: "You follow the {pathway}."."""
    return _pathway_names(bias)[1]


def exercise_safety_html(
    exercise: Exercise | None, programme_note: str = "", dose_note: str = ""
) -> str:
    """Cautions, stop rules, the dose note and the programme's note, as rich text.

    `dose_note` is the note of the dose being played (a programme's own); else the library's.
    """
    parts: list[str] = []
    if programme_note.strip():
        parts.append(
            "<p><b>"
            + html.escape(translate("ExerciseSafety", "From your programme:"))
            + "</b> "
            + html.escape(programme_note)
            + "</p>"
        )
    if exercise is None:
        return "".join(parts)
    note = dose_note.strip() or exercise.dose.note.strip()
    if note:
        parts.append(
            "<p><b>"
            + html.escape(translate("ExerciseSafety", "How much:"))
            + "</b> "
            + html.escape(note)
            + "</p>"
        )
    for title, lines in (
        (translate("ExerciseSafety", "When to stop:"), exercise.stop_rules),
        (translate("ExerciseSafety", "Take care:"), exercise.cautions),
    ):
        if lines:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            parts.append(f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>")
    return "".join(parts)


def handout_safety(exercise: Exercise | None, dose_note: str = "") -> tuple[str, ...]:
    """The handout's safety lines for one exercise: dose note, stop rules, then cautions."""
    if exercise is None:
        return (dose_note,) if dose_note.strip() else ()
    note = dose_note.strip() or exercise.dose.note.strip()
    lines = [note] if note else []
    lines += [
        translate("ExerciseSafety", "Stop: {rule}").format(rule=r) for r in exercise.stop_rules
    ]
    lines += [
        translate("ExerciseSafety", "Care: {caution}").format(caution=c) for c in exercise.cautions
    ]
    return tuple(lines)
