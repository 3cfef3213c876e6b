"""Texts shown in more than one place, each written once and translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion import APP_NAME
from companion.domain.vocabulary import LegReach, Side
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
