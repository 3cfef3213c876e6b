"""The words of the safety screen in the user's language: the domain's question and advice
texts (marked here for lupdate) and the sentences that only the UI says, such as the emergency
instruction repeated on the Today page, the tray and every reminder while exercise is locked."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from companion.domain.red_flags import REASON_EXPLANATIONS, ScreeningReason
from companion.domain.safety_lock import AssessedBy, AssessmentProblem, EmergencyLock
from companion.ui.language import advice_line, emergency_number, with_numbers

if TYPE_CHECKING:  # the tray form shows the lock's line without loading the services
    from companion.services.screening import AssessmentRecord

# The domain's English texts, marked here so lupdate extracts them; they are translated at run
# time under the "RedFlags" context. tests/gui/test_screening_dialog.py checks the list is complete.
RED_FLAG_TEXTS = (
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is there new or worsening pain, numbness or tingling in BOTH legs, or has pain that "
        "was in one leg spread to the other?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Are both of your legs getting weaker or more numb, or has walking suddenly become hard?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is there numbness or a changed feeling (not pain) around your back passage, your "
        "genitals, your inner thighs or the part you sit on? For example, does it feel "
        "different when you wipe after using the toilet?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is peeing different from what is normal for you: hard to start, a weak flow you can "
        "hardly feel, not being able to pee at all, or leaking?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you stopped noticing when you need to poo, or lost control of your bowels?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you lost feeling in your genitals, or noticed new problems with sex, such as "
        "not being able to get an erection or to ejaculate?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Did your back pain start or get much worse after a serious accident, such as a car "
        "crash or a bad fall?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do you have chest pain, or are you badly short of breath, as well as back pain?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is one leg or foot newly weak, or getting weaker? For example, does your foot slap "
        "down or catch on the ground when you walk?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is numbness in your leg or foot new, or spreading to a bigger area?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do you have a high temperature or chills, or feel generally unwell, as well as back pain?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you ever had cancer, and is your back or leg pain new or different?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you lost weight recently without trying to?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is your pain there all the time, not eased by rest or lying down, or worse at night?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Did the pain start after a small fall or lifting something, and do you have thin "
        "bones (osteoporosis) or take steroid tablets long term?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is your immune system weakened by an illness or medicine, or do you inject drugs, "
        "and is this back pain new?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you looked after your back for a few weeks without any improvement?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is your pain getting worse, or stopping you from doing your normal activities?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Are you struggling to cope with your pain?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Are you over 50, and is this the first time you have had back pain like this?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do you have pain high in your back, between your shoulder blades?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you noticed a lump on your back, or has the shape of your back changed?",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Several exercises recently made your leg symptoms worse.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Get emergency help now",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Some of your answers can be signs of a serious problem, such as pressure on the "
        "nerves at the bottom of your spine. It needs checking in hospital straight away, "
        "even if the pain is bearable. Do not wait to see if it settles.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Call the emergency number {emergency} now, or go straight to the nearest emergency "
        "department (A&E).",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Tell them about your back or leg pain and which of these symptoms you have.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Do not do your exercises until a doctor has checked you.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Get medical advice today",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Some of your answers need a doctor's opinion today. This is not usually an "
        "emergency, but it should not wait for a routine appointment.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Contact your GP surgery, an urgent care service or {advice_line} today.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Tell them which answers you gave.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Until then, keep moving gently and stop any exercise that makes your leg symptoms worse.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "If you get numbness around your genitals or bottom, trouble peeing or pooing, or "
        "weakness in both legs, call the emergency number {emergency} now or go to the "
        "emergency department.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Book a review",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Your answers suggest a check-up with your GP or physiotherapist would help. It is "
        "not urgent.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Book an appointment with your GP or physiotherapist in the next week or two.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "You can carry on with your programme. Stop any exercise that sends pain further down"
        " your leg.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Take your progress report with you: it helps them see how things have gone.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "No warning signs today",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "None of your answers point to a problem that needs a doctor soon.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Carry on with your programme and keep active.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "If anything changes, answer these questions again from the menu at any time.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Before you start, a few safety questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Your leg pain has gone up a lot since your last check-in, so please answer a few "
        "safety questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "You mentioned numbness that was not there last time, so please answer a few safety "
        "questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "You mentioned weakness that was not there last time, so please answer a few safety "
        "questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "It has been a week since the safety questions, so here they are again before you "
        "exercise.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Time for this week's safety questions.",
    ),
    QT_TRANSLATE_NOOP(
        "RedFlags",
        "Safety questions: answer them whenever something changes.",
    ),
)

translate = QCoreApplication.translate


def red_flag_text(text: str) -> str:
    """A red-flag question, advice or explanation from the domain, in the user's language,
    with the urgent-help numbers of the user's country."""
    return with_numbers(QCoreApplication.translate("RedFlags", text))


def _newer_reasons() -> Mapping[ScreeningReason, str]:
    return {
        ScreeningReason.BOTH_LEGS: translate(
            "SafetyTexts",
            "Your check-in shows symptoms in both legs, which is new, so please answer a few "
            "safety questions.",
        ),
        ScreeningReason.FURTHER_DOWN_LEG: translate(
            "SafetyTexts",
            "Your symptoms reach further down your leg than at any time in the last week, so "
            "please answer a few safety questions.",
        ),
        ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS: translate(
            "SafetyTexts",
            "You noticed new numbness or weakness during your exercises. The session has "
            "ended; please answer a few safety questions now.",
        ),
    }


def reason_text(reason: ScreeningReason) -> str:
    """Why the safety questions are asked now, in one sentence."""
    newer = _newer_reasons()
    if reason in newer:
        return newer[reason]
    return red_flag_text(REASON_EXPLANATIONS[reason])


def _day(moment: datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
    )


def emergency_instruction() -> str:
    """What to do now while exercise is locked: the emergency instruction, in short."""
    return translate(
        "SafetyTexts",
        "Some of your safety answers need a doctor now. Call the emergency number {emergency} "
        "now or go to the nearest emergency department.",
    ).format(emergency=emergency_number())


def lock_banner_text(lock: EmergencyLock) -> str:
    """The red banner on the Today page: what happened, what to do now, how it ends."""
    return translate(
        "SafetyTexts",
        "Exercises are locked since your answers on {day}. {instruction} Once a doctor or an "
        "emergency department has checked you, tell the app so, with the date, to unlock "
        "your exercises.",
    ).format(day=_day(lock.since), instruction=emergency_instruction())


def lock_tooltip_text() -> str:
    """The tray tooltip's line while exercise is locked."""
    return translate(
        "SafetyTexts",
        "Exercises locked: get medical help now (call {emergency} or go to an emergency "
        "department).",
    ).format(emergency=emergency_number())


def exercise_locked_text() -> str:
    """Why exercise will not start after an emergency screening (for the session player)."""
    return translate(
        "SafetyTexts",
        "Your exercises are locked until a doctor has checked you and you have told the app "
        "so on the Today page.",
    )


def assessment_problem_text(problem: AssessmentProblem) -> str:
    """Why a confirmation of an assessment was not accepted, and what to do."""
    return {
        AssessmentProblem.NOT_LOCKED: translate(
            "SafetyTexts", "Your exercises are not locked: nothing to confirm."
        ),
        AssessmentProblem.IN_FUTURE: translate(
            "SafetyTexts", "That date is in the future. Please give the day a doctor checked you."
        ),
        AssessmentProblem.BEFORE_EMERGENCY: translate(
            "SafetyTexts",
            "That day is before your emergency answer. Please give the day a doctor checked you "
            "after it.",
        ),
    }[problem]


def assessment_texts(record: AssessmentRecord) -> tuple[str, str]:
    """The diary's title and details for a confirmed assessment after an emergency answer."""
    title = (
        translate("SafetyTexts", "Checked in an emergency department")
        if record.assessed_by is AssessedBy.EMERGENCY_DEPARTMENT
        else translate("SafetyTexts", "Checked by a doctor")
    )
    locale = QLocale()
    day = record.assessed_on
    on = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    if record.locked_since is None:
        return title, translate("SafetyTexts", "On {day}. Exercises unlocked.").format(day=on)
    since = record.locked_since.astimezone()
    answered = locale.toString(
        QDate(since.year, since.month, since.day), QLocale.FormatType.LongFormat
    )
    return title, translate(
        "SafetyTexts", "On {day}, after the emergency answer of {answered}. Exercises unlocked."
    ).format(day=on, answered=answered)


def same_day_plan_text() -> str:
    """What a same-day finding changes in today's plan, and what to do (Today, the Exercises
    page and the session player say it)."""
    return QCoreApplication.translate(
        "TodayPlan",
        "Your safety answers today need a doctor's check. See your GP, an urgent care "
        "service or {advice_line} today. Until then, nerve glides and strengthening exercises "
        "are paused for today; walking and resting positions are fine.",
    ).format(advice_line=advice_line())
