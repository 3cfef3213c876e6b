"""Red-flag screening: the questions, the advice each answer leads to, and when to ask.

The lists follow the proposed app triage in shared/clinical.md §4.2, which still needs
clinician sign-off; the wording is ours. Plain words on purpose: people under-report bladder,
bowel and saddle symptoms unless asked directly.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from companion.domain.vocabulary import ExerciseResponse, LegReach, Side, SymptomKind, TriageLevel


class ScreeningError(ValueError):
    """Answers that cannot be triaged: an unknown question or one left unanswered."""


@dataclass(frozen=True)
class ScreeningQuestion:
    """One yes/no question and how urgent a "yes" is.

    `known_allowed`: a long-standing finding may be answered "my doctor knows about this and
    has checked it" (KNOWN), which is recorded and dated but does not count as a "yes" until
    KNOWN_FINDING_RECHECK_MONTHS have passed and the question is asked afresh.
    """

    id: str
    text: str
    level: TriageLevel
    known_allowed: bool = False


# The third answer, stored as this string beside the yes/no booleans.
KNOWN: Literal["known"] = "known"
Answer = bool | Literal["known"]


_E = TriageLevel.EMERGENCY
_S = TriageLevel.SAME_DAY
_R = TriageLevel.ROUTINE

QUESTIONS: tuple[ScreeningQuestion, ...] = (
    # Emergency: possible cauda equina syndrome or another problem that needs hospital now.
    ScreeningQuestion(
        "both_legs",
        "Is there new or worsening pain, numbness or tingling in BOTH legs, or has pain that "
        "was in one leg spread to the other?",
        _E,
        known_allowed=True,  # e.g. known spinal stenosis, already assessed
    ),
    ScreeningQuestion(
        "both_legs_weak_or_walking",
        "Are both of your legs getting weaker or more numb, or has walking suddenly become hard?",
        _E,
    ),
    ScreeningQuestion(
        "saddle_numbness",
        "Is there numbness or a changed feeling (not pain) around your back passage, your "
        "genitals, your inner thighs or the part you sit on? For example, does it feel "
        "different when you wipe after using the toilet?",
        _E,
    ),
    ScreeningQuestion(
        "bladder",
        "Is peeing different from what is normal for you: hard to start, a weak flow you can "
        "hardly feel, not being able to pee at all, or leaking?",
        _E,
    ),
    ScreeningQuestion(
        "bowel",
        "Have you stopped noticing when you need to poo, or lost control of your bowels?",
        _E,
    ),
    ScreeningQuestion(
        "sexual_function",
        "Have you lost feeling in your genitals, or noticed new problems with sex, such as "
        "not being able to get an erection or to ejaculate?",
        _E,
    ),
    ScreeningQuestion(
        "serious_accident",
        "Did your back pain start or get much worse after a serious accident, such as a car "
        "crash or a bad fall?",
        _E,
        known_allowed=True,  # an old accident that has been assessed
    ),
    ScreeningQuestion(
        "chest_or_breathless",
        "Do you have chest pain, or are you badly short of breath, as well as back pain?",
        _E,
    ),
    # Same day: possible nerve damage, infection, cancer or fracture.
    ScreeningQuestion(
        "one_leg_weak",
        "Is one leg or foot newly weak, or getting weaker? For example, does your foot slap "
        "down or catch on the ground when you walk?",
        _S,
    ),
    ScreeningQuestion(
        "spreading_numbness",
        "Is numbness in your leg or foot new, or spreading to a bigger area?",
        _S,
    ),
    ScreeningQuestion(
        "fever_or_unwell",
        "Do you have a high temperature or chills, or feel generally unwell, as well as back pain?",
        _S,
    ),
    ScreeningQuestion(
        "cancer_history",
        "Have you ever had cancer, and is your back or leg pain new or different?",
        _S,
        known_allowed=True,
    ),
    ScreeningQuestion(
        "weight_loss",
        "Have you lost weight recently without trying to?",
        _S,
    ),
    ScreeningQuestion(
        "constant_or_night_pain",
        "Is your pain there all the time, not eased by rest or lying down, or worse at night?",
        _S,
        known_allowed=True,
    ),
    ScreeningQuestion(
        "fragile_bones_minor_fall",
        "Did the pain start after a small fall or lifting something, and do you have thin bones "
        "(osteoporosis) or take steroid tablets long term?",
        _S,
        known_allowed=True,
    ),
    ScreeningQuestion(
        "immune_or_injecting",
        "Is your immune system weakened by an illness or medicine, or do you inject drugs, and "
        "is this back pain new?",
        _S,
        known_allowed=True,
    ),
    # Routine: worth a review with a GP or physiotherapist.
    ScreeningQuestion(
        "no_improvement",
        "Have you looked after your back for a few weeks without any improvement?",
        _R,
    ),
    ScreeningQuestion(
        "getting_worse",
        "Is your pain getting worse, or stopping you from doing your normal activities?",
        _R,
    ),
    ScreeningQuestion(
        "struggling_to_cope",
        "Are you struggling to cope with your pain?",
        _R,
    ),
    # clinical.md §4.1 (cancer and fracture flags the triage list left out): a review, not haste.
    ScreeningQuestion(
        "first_episode_over_50",
        "Are you over 50, and is this the first time you have had back pain like this?",
        _R,
        known_allowed=True,
    ),
    ScreeningQuestion(
        "shoulder_blade_pain",
        "Do you have pain high in your back, between your shoulder blades?",
        _R,
        known_allowed=True,
    ),
    ScreeningQuestion(
        "back_shape",
        "Have you noticed a lump on your back, or has the shape of your back changed?",
        _R,
        known_allowed=True,
    ),
)

QUESTIONS_BY_ID: Mapping[str, ScreeningQuestion] = {q.id: q for q in QUESTIONS}

# Not asked: the app knows it from the traffic light after each exercise.
REPEATED_WORSE_AFTER_EXERCISE = ScreeningQuestion(
    "repeated_worse_after_exercise",
    "Several exercises recently made your leg symptoms worse.",
    _R,
)
# Two "worse" answers in the window the caller passes (the last 14 days is a sensible one).
REPEATED_WORSE_COUNT = 2


@dataclass(frozen=True)
class TriageAdvice:
    """What to tell the user for one triage level, and what the app may let them do next."""

    level: TriageLevel
    title: str
    message: str
    steps: tuple[str, ...]
    exercise_allowed: bool
    dismissible: bool  # False: no "continue anyway"; the user can only go and get help


# The numbers follow the user's country (domain/regional.py): the words hold "{emergency}" and
# "{advice_line}", filled by whoever shows them.

ADVICE: Mapping[TriageLevel, TriageAdvice] = {
    TriageLevel.EMERGENCY: TriageAdvice(
        TriageLevel.EMERGENCY,
        "Get emergency help now",
        "Some of your answers can be signs of a serious problem, such as pressure on the nerves "
        "at the bottom of your spine. It needs checking in hospital straight away, even if the "
        "pain is bearable. Do not wait to see if it settles.",
        (
            "Call the emergency number {emergency} now, or go straight to the nearest emergency "
            "department (A&E).",
            "Tell them about your back or leg pain and which of these symptoms you have.",
            "Do not do your exercises until a doctor has checked you.",
        ),
        exercise_allowed=False,
        dismissible=False,
    ),
    TriageLevel.SAME_DAY: TriageAdvice(
        TriageLevel.SAME_DAY,
        "Get medical advice today",
        "Some of your answers need a doctor's opinion today. This is not usually an emergency, "
        "but it should not wait for a routine appointment.",
        (
            "Contact your GP surgery, an urgent care service or {advice_line} today.",
            "Tell them which answers you gave.",
            "Until then, keep moving gently and stop any exercise that makes your leg "
            "symptoms worse.",
            "If you get numbness around your genitals or bottom, trouble peeing or pooing, or "
            "weakness in both legs, call the emergency number {emergency} now or go to the "
            "emergency department.",
        ),
        exercise_allowed=True,
        dismissible=True,
    ),
    TriageLevel.ROUTINE: TriageAdvice(
        TriageLevel.ROUTINE,
        "Book a review",
        "Your answers suggest a check-up with your GP or physiotherapist would help. It is not "
        "urgent.",
        (
            "Book an appointment with your GP or physiotherapist in the next week or two.",
            "You can carry on with your programme. Stop any exercise that sends pain further "
            "down your leg.",
            "Take your progress report with you: it helps them see how things have gone.",
        ),
        exercise_allowed=True,
        dismissible=True,
    ),
    TriageLevel.CLEAR: TriageAdvice(
        TriageLevel.CLEAR,
        "No warning signs today",
        "None of your answers point to a problem that needs a doctor soon.",
        (
            "Carry on with your programme and keep active.",
            "If anything changes, answer these questions again from the menu at any time.",
        ),
        exercise_allowed=True,
        dismissible=True,
    ),
}

_URGENCY = (TriageLevel.EMERGENCY, TriageLevel.SAME_DAY, TriageLevel.ROUTINE, TriageLevel.CLEAR)


@dataclass(frozen=True)
class ScreeningResult:
    """The most urgent level the answers reach, the answers that reached it, and the advice."""

    level: TriageLevel
    findings: tuple[ScreeningQuestion, ...]  # every "yes", most urgent first
    answers: Mapping[str, Answer]

    @property
    def known(self) -> tuple[ScreeningQuestion, ...]:
        """The questions answered "my doctor knows about this and has checked it"."""
        return tuple(q for q in QUESTIONS if self.answers.get(q.id) == KNOWN)

    @property
    def advice(self) -> TriageAdvice:
        """What to tell the user."""
        return ADVICE[self.level]

    def findings_at(self, level: TriageLevel) -> tuple[ScreeningQuestion, ...]:
        """The "yes" answers of one level (for "you said..." lines under the advice)."""
        return tuple(f for f in self.findings if f.level is level)


def repeated_worse_after_exercise(responses: Iterable[ExerciseResponse]) -> bool:
    """True when the recent traffic-light answers are red (either red answer) at least twice."""
    return sum(r.is_red for r in responses) >= REPEATED_WORSE_COUNT


def triage(
    answers: Mapping[str, Answer],
    recent_exercise_responses: Iterable[ExerciseResponse] = (),
) -> ScreeningResult:
    """Triage a screening: the level is the most urgent "yes".

    Every question must be answered, except that once an emergency answer is "yes" the rest
    may be skipped: the advice cannot get more urgent, and the user should not be kept filling
    in a form. KNOWN (where the question allows it) is recorded but is not a finding.
    """
    unknown = sorted(str(key) for key in answers if key not in QUESTIONS_BY_ID)
    if unknown:
        raise ScreeningError(f"unknown screening question(s): {', '.join(unknown)}")
    for key, value in answers.items():
        if value == KNOWN and not isinstance(value, bool):
            if not QUESTIONS_BY_ID[key].known_allowed:
                raise ScreeningError(f"{key}: this question has no 'my doctor knows' answer")
        elif not isinstance(value, bool):
            raise ScreeningError(f"{key}: the answer must be yes or no, not {value!r}")
    findings = [q for q in QUESTIONS if answers.get(q.id) is True]
    if repeated_worse_after_exercise(recent_exercise_responses):
        findings.append(REPEATED_WORSE_AFTER_EXERCISE)
    emergency = any(q.level is TriageLevel.EMERGENCY for q in findings)
    missing = [q.id for q in QUESTIONS if q.id not in answers]
    if missing and not emergency:
        raise ScreeningError(f"please answer every question; missing: {', '.join(missing)}")
    findings.sort(key=lambda q: _URGENCY.index(q.level))
    level = findings[0].level if findings else TriageLevel.CLEAR
    return ScreeningResult(level, tuple(findings), dict(answers))


def exercise_allowed(result: ScreeningResult) -> bool:
    """False after an emergency answer: exercise content stays locked."""
    return result.advice.exercise_allowed


# --- When to screen --------------------------------------------------------------------------


class ScreeningOccasion(enum.StrEnum):
    """The moment the app considers asking."""

    APP_START = "app_start"
    CHECK_IN = "check_in"  # right after a check-in is saved
    SESSION_START = "session_start"  # before an exercise session begins
    EXERCISE_RESPONSE = "exercise_response"  # right after a traffic-light answer
    USER_REQUEST = "user_request"


class ScreeningReason(enum.StrEnum):
    """Why the app asks the red-flag questions now, so the UI can tell the user."""

    FIRST_RUN = "first_run"
    LEG_PAIN_JUMP = "leg_pain_jump"
    NEW_NUMBNESS = "new_numbness"
    NEW_WEAKNESS = "new_weakness"
    BOTH_LEGS = "both_legs"  # a check-in newly in both legs
    FURTHER_DOWN_LEG = "further_down_leg"  # reach beyond anywhere in the last 7 days
    SESSION_NUMBNESS_OR_WEAKNESS = "session_numbness_or_weakness"  # the session's red answer
    BEFORE_SESSION = "before_session"
    WEEKLY = "weekly"
    ON_DEMAND = "on_demand"


LEG_PAIN_JUMP_POINTS = 3
SCREENING_INTERVAL = timedelta(days=7)
# "Further down the leg than anywhere in the last 7 days" looks back this far from a check-in.
REACH_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class CheckInSignals:
    """The parts of a check-in that can call for a screening."""

    leg_pain: int
    symptoms: frozenset[SymptomKind] = frozenset()
    side: Side | None = None
    reach: LegReach = LegReach.NONE


def checkin_triggers(
    check_in: CheckInSignals,
    previous_check_in: CheckInSignals | None,
    furthest_reach_week_before: LegReach | None,
) -> tuple[ScreeningReason, ...]:
    """What in one check-in calls for the safety questions (clinical.md §4.2), most pressing first.

    - leg pain up by 3 or more on the previous check-in;
    - numbness or weakness that the previous check-in did not have;
    - both legs, when the previous check-in was not (or there is none);
    - reach further down the leg than every check-in of the 7 days before it
      (`furthest_reach_week_before`; None when there was none: no reach trigger then).
    """
    reasons: list[ScreeningReason] = []
    was_both = previous_check_in is not None and previous_check_in.side is Side.BOTH
    if check_in.side is Side.BOTH and check_in.reach is not LegReach.NONE and not was_both:
        reasons.append(ScreeningReason.BOTH_LEGS)
    if previous_check_in is not None:
        if check_in.leg_pain - previous_check_in.leg_pain >= LEG_PAIN_JUMP_POINTS:
            reasons.append(ScreeningReason.LEG_PAIN_JUMP)
        new = check_in.symptoms - previous_check_in.symptoms
        if SymptomKind.NUMBNESS in new:
            reasons.append(ScreeningReason.NEW_NUMBNESS)
        if SymptomKind.WEAKNESS in new:
            reasons.append(ScreeningReason.NEW_WEAKNESS)
    if (
        furthest_reach_week_before is not None
        and check_in.reach.level > furthest_reach_week_before.level
    ):
        reasons.append(ScreeningReason.FURTHER_DOWN_LEG)
    return tuple(reasons)


def screening_due(
    occasion: ScreeningOccasion,
    now: datetime,
    last_screened_at: datetime | None,
    check_in: CheckInSignals | None = None,
    previous_check_in: CheckInSignals | None = None,
    *,
    furthest_reach_week_before: LegReach | None = None,
    response: ExerciseResponse | None = None,
) -> tuple[ScreeningReason, ...]:
    """Every reason to screen now, most pressing first; empty when no screening is due.

    - never screened: at once, whatever the occasion;
    - after a check-in: what `checkin_triggers` finds; also when a week has passed, so the
      bladder and saddle questions are asked at least weekly;
    - after a traffic-light answer of "new numbness or weakness";
    - before a session: when the last screening is 7 days old or more;
    - the user asks.
    """
    reasons: list[ScreeningReason] = []
    if last_screened_at is None:
        reasons.append(ScreeningReason.FIRST_RUN)
    if occasion is ScreeningOccasion.CHECK_IN and check_in:
        reasons += checkin_triggers(check_in, previous_check_in, furthest_reach_week_before)
    if (
        occasion is ScreeningOccasion.EXERCISE_RESPONSE
        and response is ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS
    ):
        reasons.append(ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS)
    stale = last_screened_at is not None and now - last_screened_at >= SCREENING_INTERVAL
    if stale and occasion is ScreeningOccasion.SESSION_START:
        reasons.append(ScreeningReason.BEFORE_SESSION)
    if stale and occasion is ScreeningOccasion.CHECK_IN:
        reasons.append(ScreeningReason.WEEKLY)
    if occasion is ScreeningOccasion.USER_REQUEST:
        reasons.append(ScreeningReason.ON_DEMAND)
    return tuple(reasons)


REASON_EXPLANATIONS: Mapping[ScreeningReason, str] = {
    ScreeningReason.FIRST_RUN: "Before you start, a few safety questions.",
    ScreeningReason.LEG_PAIN_JUMP: (
        "Your leg pain has gone up a lot since your last check-in, so please answer a few "
        "safety questions."
    ),
    ScreeningReason.NEW_NUMBNESS: (
        "You mentioned numbness that was not there last time, so please answer a few safety "
        "questions."
    ),
    ScreeningReason.NEW_WEAKNESS: (
        "You mentioned weakness that was not there last time, so please answer a few safety "
        "questions."
    ),
    ScreeningReason.BEFORE_SESSION: (
        "It has been a week since the safety questions, so here they are again before you exercise."
    ),
    ScreeningReason.WEEKLY: "Time for this week's safety questions.",
    ScreeningReason.ON_DEMAND: "Safety questions: answer them whenever something changes.",
}


# --- Long-standing findings the user's doctor knows about ------------------------------------

KNOWN_FINDING_RECHECK_MONTHS = 3


def known_finding_recheck_on(recorded_on: date) -> date:
    """The day a "my doctor knows" answer given on `recorded_on` is asked afresh (3 months on;
    the 31st of a shorter month becomes its last day)."""
    month_index = recorded_on.month - 1 + KNOWN_FINDING_RECHECK_MONTHS
    year, month = recorded_on.year + month_index // 12, month_index % 12 + 1
    for day in range(recorded_on.day, 27, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, min(recorded_on.day, 28))


def known_finding_current(recorded_on: date, today: date) -> bool:
    """True while a "my doctor knows" answer still stands (before its recheck day)."""
    return recorded_on <= today < known_finding_recheck_on(recorded_on)
