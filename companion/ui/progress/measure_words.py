"""The outcome measures' words in the user's language: the domain's questions and labels,
why answers were refused, and how a score compares with its starting point."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.domain.measures import (
    ACTIVITY_NAME_MAX_LENGTH,
    FUNCTIONAL_SCALE_MAX_ACTIVITIES,
    FUNCTIONAL_SCALE_MIN_ACTIVITIES,
    BothersomenessItem,
)
from companion.services.measures import MeasureInvalid, MeasureRefusal, RecordedMeasure
from companion.ui.progress.progress_texts import change_sentence

# The domain's English texts, marked so lupdate extracts them; translated at run time under
# the "Measures" context. tests/gui/test_measures_dialogs.py checks the list is complete.
MEASURE_TEXTS = (
    QT_TRANSLATE_NOOP("Measures", "How much has pain in your leg bothered you?"),
    QT_TRANSLATE_NOOP(
        "Measures", "How much has numbness or tingling in your leg, foot or groin bothered you?"
    ),
    QT_TRANSLATE_NOOP("Measures", "How much has weakness in your leg or foot bothered you?"),
    QT_TRANSLATE_NOOP("Measures", "How much has back or leg pain while sitting bothered you?"),
    QT_TRANSLATE_NOOP("Measures", "Think about the past week."),
    QT_TRANSLATE_NOOP("Measures", "Not at all"),
    QT_TRANSLATE_NOOP("Measures", "Extremely"),
)


def measure_text(text: str) -> str:
    """A measure's question or label from the domain, in the user's language."""
    return QCoreApplication.translate("Measures", text)


def refusal_text(error: MeasureInvalid) -> str:
    """Why the answers or ratings were not recorded, and what to do, in the app's language."""
    items = {
        BothersomenessItem.LEG_PAIN: QCoreApplication.translate("Measures", "Leg pain"),
        BothersomenessItem.NUMBNESS_OR_TINGLING: QCoreApplication.translate(
            "Measures", "Numbness or tingling"
        ),
        BothersomenessItem.WEAKNESS: QCoreApplication.translate("Measures", "Weakness"),
        BothersomenessItem.PAIN_WHEN_SITTING: QCoreApplication.translate(
            "Measures", "Pain when sitting"
        ),
    }
    texts = {
        MeasureRefusal.UNKNOWN_MEASURE: QCoreApplication.translate(
            "Measures", "This questionnaire is not in this version of the app."
        ),
        MeasureRefusal.NOT_QUESTIONS: QCoreApplication.translate(
            "Measures", "These are not questions of this questionnaire: {names}."
        ),
        MeasureRefusal.UNANSWERED: QCoreApplication.translate(
            "Measures", "{subject}: please answer this question."
        ),
        MeasureRefusal.NOT_A_WHOLE_NUMBER: QCoreApplication.translate(
            "Measures", "{subject}: choose a whole number from 0 to {high}."
        ),
        MeasureRefusal.NOT_ON_SCALE: QCoreApplication.translate(
            "Measures", "{subject}: {given} is not on the scale; choose from 0 to {high}."
        ),
        MeasureRefusal.NO_ACTIVITIES: QCoreApplication.translate(
            "Measures", "Activities: name at least one activity that you find hard."
        ),
        MeasureRefusal.TOO_MANY_ACTIVITIES: QCoreApplication.translate(
            "Measures", "Activities: name at most {most}, not {given}."
        ),
        MeasureRefusal.TOO_FEW_ACTIVITIES: QCoreApplication.translate(
            "Measures",
            "Activities: name at least {least} activities that you find hard (up to {most}).",
        ),
        MeasureRefusal.UNNAMED_ACTIVITY: QCoreApplication.translate(
            "Measures", "Activities: every activity needs a name."
        ),
        MeasureRefusal.NAME_TOO_LONG: QCoreApplication.translate(
            "Measures", "{subject}…: keep an activity's name under {length} characters."
        ),
        MeasureRefusal.ACTIVITY_TWICE: QCoreApplication.translate(
            "Measures", "Activities: the same activity is named twice; name each one once."
        ),
        MeasureRefusal.RERATE_THE_SAME: QCoreApplication.translate(
            "Measures",
            "Rate the same activities as your first rating ({names}), or choose new activities "
            "to start a new baseline.",
        ),
        MeasureRefusal.NOT_RECORDABLE: QCoreApplication.translate(
            "Measures", "These answers could not be recorded. Please check them and try again."
        ),
    }
    return texts[error.reason].format(
        subject=items[error.item] if error.item is not None else error.subject,
        given=error.given,
        names=", ".join(error.names),
        high=error.high,
        least=FUNCTIONAL_SCALE_MIN_ACTIVITIES,
        most=FUNCTIONAL_SCALE_MAX_ACTIVITIES,
        length=ACTIVITY_NAME_MAX_LENGTH,
    )


def recorded_change_text(recorded: RecordedMeasure) -> str:
    """How the score just recorded compares with the starting point, or that it is one."""
    if recorded.change is not None:
        return change_sentence(recorded.change)
    return QCoreApplication.translate(
        "Measures",
        "This is your starting point. Later scores are compared with this one, so you can "
        "see what has changed.",
    )
