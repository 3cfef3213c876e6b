"""Texts shown in more than one place, each written once and translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion import APP_NAME
from companion.domain.vocabulary import LegReach, Side
from companion.services.checkin_rules import (
    MINUTES_MAX,
    NOTE_MAX_CHARS,
    CheckInProblem,
    CheckInReason,
)
from companion.ui.language import emergency_number


def disclaimer() -> str:
    """What the app is and is not: shown at first run and in About."""
    return QCoreApplication.translate(
        "Texts",
        "{app} supports a home programme agreed with your physiotherapist or doctor. It does "
        "not diagnose, and it does not replace a clinician. If you are worried about your "
        "symptoms, contact your doctor; in an emergency, call the emergency number {emergency}.",
    ).format(app=APP_NAME, emergency=emergency_number())


def privacy() -> str:
    """Where the data lives: shown at first run and in Settings."""
    return QCoreApplication.translate(
        "Texts",
        "Everything you record stays on this computer. {app} has no account and never connects "
        "to the internet; your data leaves this computer only when you export it.",
    ).format(app=APP_NAME)


def reach_name(reach: LegReach) -> str:
    """How far leg symptoms reach, as a choice in a list: "Below the knee"."""
    return {
        LegReach.NONE: QCoreApplication.translate("Texts", "No leg symptoms"),
        LegReach.BUTTOCK: QCoreApplication.translate("Texts", "Buttock"),
        LegReach.THIGH: QCoreApplication.translate("Texts", "Thigh"),
        LegReach.CALF: QCoreApplication.translate("Texts", "Below the knee"),
        LegReach.FOOT: QCoreApplication.translate("Texts", "Into the foot"),
    }[reach]


def side_name(side: Side) -> str:
    """Which leg, as a choice: "Both legs"."""
    return {
        Side.LEFT: QCoreApplication.translate("Texts", "Left"),
        Side.RIGHT: QCoreApplication.translate("Texts", "Right"),
        Side.BOTH: QCoreApplication.translate("Texts", "Both legs"),
    }[side]


def reach_phrase(reach: LegReach, side: Side | None = None) -> str:
    """How far leg symptoms reach (and on which side) within a sentence: "leg symptoms below
    the knee (left)"."""
    phrase = {
        LegReach.NONE: QCoreApplication.translate("Texts", "no leg symptoms"),
        LegReach.BUTTOCK: QCoreApplication.translate("Texts", "leg symptoms to the buttock"),
        LegReach.THIGH: QCoreApplication.translate("Texts", "leg symptoms to the thigh"),
        LegReach.CALF: QCoreApplication.translate("Texts", "leg symptoms below the knee"),
        LegReach.FOOT: QCoreApplication.translate("Texts", "leg symptoms into the foot"),
    }[reach]
    if side is None or reach is LegReach.NONE:
        return phrase
    leg = {
        Side.LEFT: QCoreApplication.translate("Texts", "left"),
        Side.RIGHT: QCoreApplication.translate("Texts", "right"),
        Side.BOTH: QCoreApplication.translate("Texts", "both legs"),
    }[side]
    return QCoreApplication.translate("Texts", "{reach} ({side})").format(reach=phrase, side=leg)


def checkin_problem_text(problem: CheckInProblem) -> str:
    """What is wrong with one field of a check-in, and what to do: shown beside the field."""
    labels = {
        "leg_pain": QCoreApplication.translate("Texts", "Leg pain"),
        "back_pain": QCoreApplication.translate("Texts", "Back pain"),
        "sitting_minutes": QCoreApplication.translate("Texts", "Time you could sit"),
        "walking_minutes": QCoreApplication.translate("Texts", "Time you could walk"),
    }
    texts = {
        CheckInReason.NO_PAIN_SCORE: QCoreApplication.translate(
            "Texts", "{label}: please choose a number from 0 to 10."
        ),
        CheckInReason.PAIN_OUT_OF_RANGE: QCoreApplication.translate(
            "Texts", "{label} must be a whole number from 0 to 10, not {given}."
        ),
        CheckInReason.MINUTES_OUT_OF_RANGE: QCoreApplication.translate(
            "Texts", "{label} must be from 0 to {most} minutes, not {given}."
        ),
        CheckInReason.UNKNOWN_PAIN_SITE: QCoreApplication.translate(
            "Texts", "A marked place on the body is not known."
        ),
        CheckInReason.UNKNOWN_SYMPTOM: QCoreApplication.translate(
            "Texts", "A symptom is not one the app knows."
        ),
        CheckInReason.UNKNOWN_REACH: QCoreApplication.translate(
            "Texts", "Please choose how far the leg symptoms reach."
        ),
        CheckInReason.UNKNOWN_SIDE: QCoreApplication.translate(
            "Texts", "Please choose left, right or both legs."
        ),
        CheckInReason.REACH_NOT_AS_MARKED: QCoreApplication.translate(
            "Texts",
            "How far the leg symptoms reach does not match the body picture, which is marked "
            "down to: {marked}.",
        ),
        CheckInReason.SIDE_NOT_AS_MARKED: QCoreApplication.translate(
            "Texts", "The side does not match the legs marked on the body picture."
        ),
        CheckInReason.SIDE_WITHOUT_LEG_SYMPTOMS: QCoreApplication.translate(
            "Texts", "A side was given but no leg symptoms; choose how far they reach."
        ),
        CheckInReason.SIDE_NEEDED: QCoreApplication.translate(
            "Texts", "Which leg? Choose left, right or both for the leg symptoms."
        ),
        CheckInReason.NOTE_TOO_LONG: QCoreApplication.translate(
            "Texts", "The note is {given} characters long; please keep it to {most}."
        ),
        CheckInReason.TIME_WITHOUT_ZONE: QCoreApplication.translate(
            "Texts", "The time of the check-in needs a date and a time."
        ),
        CheckInReason.TIME_UNREADABLE: QCoreApplication.translate(
            "Texts", "The time of the check-in is not a date and time."
        ),
        CheckInReason.TIME_SKIPPED: QCoreApplication.translate(
            "Texts", "This time did not happen here: the clocks went forward. Choose another."
        ),
        CheckInReason.TIME_IN_FUTURE: QCoreApplication.translate(
            "Texts",
            "The time is in the future; a check-in records how you are or were, so choose a "
            "time up to now.",
        ),
        CheckInReason.TIME_TOO_EARLY: QCoreApplication.translate(
            "Texts", "The time is before 1990; please check the date."
        ),
    }
    most = NOTE_MAX_CHARS if problem.reason is CheckInReason.NOTE_TOO_LONG else MINUTES_MAX
    marked = LegReach(problem.marked) if problem.marked in set(LegReach) else None
    return texts[problem.reason].format(
        label=labels.get(problem.field, ""),
        given=problem.given,
        most=most,
        marked=reach_name(marked) if marked else problem.marked,
    )
