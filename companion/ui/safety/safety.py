"""When to ask the red-flag questions and how to open the outcome measures, in one place.

The Today page, the tray and the app's start all ask through these functions, so the rules of
companion.domain.red_flags (first run, a jump in leg pain, new numbness or weakness, weekly,
on demand) are applied the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from companion.domain.red_flags import ScreeningOccasion, ScreeningReason
from companion.services.checkins import CheckInRecord
from companion.services.screening import screening_reasons
from companion.ui.context import AppContext
from companion.ui.progress.assessment_dialog import AssessmentDialog
from companion.ui.progress.measures_dialogs import BothersomenessDialog, FunctionalScaleDialog
from companion.ui.progress.questionnaire_dialog import open_questionnaire
from companion.ui.safety.screening_dialog import ScreeningDialog

D = TypeVar("D", bound=QDialog)
MEASURE_DIALOGS = {"sbi": BothersomenessDialog, "psfs": FunctionalScaleDialog}


def ask_safety_questions(
    context: AppContext,
    reasons: Sequence[ScreeningReason] = (ScreeningReason.ON_DEMAND,),
    parent: QWidget | None = None,
) -> ScreeningDialog:
    """Open the safety questions (window-modal, deleted when closed)."""
    return _open(ScreeningDialog(context, reasons, parent))


def screen_if_due(
    context: AppContext,
    occasion: ScreeningOccasion,
    parent: QWidget | None = None,
    *,
    checkin: CheckInRecord | None = None,
    previous: CheckInRecord | None = None,
    now: datetime | None = None,
) -> ScreeningDialog | None:
    """Ask the safety questions if the rules say this occasion needs them."""
    reasons = screening_reasons(
        context.store,
        occasion,
        now or datetime.now(UTC),
        checkin.signals() if checkin else None,
        previous.signals() if previous else None,
    )
    return ask_safety_questions(context, reasons, parent) if reasons else None


def confirm_assessment(
    context: AppContext,
    parent: QWidget | None = None,
    clock: Callable[[], datetime] | None = None,
) -> AssessmentDialog:
    """Open the confirmation that a doctor has checked the user (it lifts the emergency lock).

    `clock` gives the user's local time (by default the system's): days are compared in it.
    """
    return _open(AssessmentDialog(context, parent, clock))


def open_measure(context: AppContext, measure_id: str, parent: QWidget | None = None) -> QDialog:
    """Open a due outcome measure: 'sbi', 'psfs' or the id of an installed questionnaire."""
    dialog = MEASURE_DIALOGS.get(measure_id)
    if dialog is None:
        return _open(open_questionnaire(context, measure_id, parent))
    return _open(dialog(context, parent))


def _open(dialog: D) -> D:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
