"""Texts shown in more than one place, each written once and translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion import APP_NAME
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
