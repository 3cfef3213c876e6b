"""Red-flag triage and the rules for when to screen, as tables of cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from companion.domain.red_flags import (
    ADVICE,
    KNOWN,
    QUESTIONS,
    QUESTIONS_BY_ID,
    REASON_EXPLANATIONS,
    REPEATED_WORSE_AFTER_EXERCISE,
    Answer,
    CheckInSignals,
    ScreeningError,
    ScreeningOccasion,
    ScreeningReason,
    checkin_triggers,
    exercise_allowed,
    known_finding_current,
    known_finding_recheck_on,
    repeated_worse_after_exercise,
    screening_due,
    triage,
)
from companion.domain.vocabulary import ExerciseResponse, LegReach, Side, SymptomKind, TriageLevel

EMERGENCY_IDS = [
    "both_legs",
    "both_legs_weak_or_walking",
    "saddle_numbness",
    "bladder",
    "bowel",
    "sexual_function",
    "serious_accident",
    "chest_or_breathless",
]
SAME_DAY_IDS = [
    "one_leg_weak",
    "spreading_numbness",
    "fever_or_unwell",
    "cancer_history",
    "weight_loss",
    "constant_or_night_pain",
    "fragile_bones_minor_fall",
    "immune_or_injecting",
]
ROUTINE_IDS = [
    "no_improvement",
    "getting_worse",
    "struggling_to_cope",
    "first_episode_over_50",
    "shoulder_blade_pain",
    "back_shape",
]


def all_no(**yes: bool) -> dict[str, bool]:
    answers = {q.id: False for q in QUESTIONS}
    answers.update(yes)
    return answers


# --- The questions ----------------------------------------------------------------------------


def test_every_question_has_the_level_the_clinical_brief_gives_it() -> None:
    levels = {q.id: q.level for q in QUESTIONS}
    expected = (
        dict.fromkeys(EMERGENCY_IDS, TriageLevel.EMERGENCY)
        | dict.fromkeys(SAME_DAY_IDS, TriageLevel.SAME_DAY)
        | dict.fromkeys(ROUTINE_IDS, TriageLevel.ROUTINE)
    )
    assert levels == expected
    assert len(QUESTIONS_BY_ID) == len(QUESTIONS)  # ids are unique


def test_questions_are_plain_yes_no_questions() -> None:
    for question in QUESTIONS:
        assert question.text.rstrip().endswith("?"), question.id
        assert len(question.text) < 260, question.id


def test_the_saddle_question_asks_about_wiping_and_the_bladder_one_says_pee() -> None:
    assert "wipe" in QUESTIONS_BY_ID["saddle_numbness"].text
    assert "BOTH legs" in QUESTIONS_BY_ID["both_legs"].text
    assert "pee" in QUESTIONS_BY_ID["bladder"].text
    assert "poo" in QUESTIONS_BY_ID["bowel"].text


# --- Triage: level = most urgent "yes" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("yes", "level"),
    [
        ([], TriageLevel.CLEAR),
        *[([qid], TriageLevel.EMERGENCY) for qid in EMERGENCY_IDS],
        *[([qid], TriageLevel.SAME_DAY) for qid in SAME_DAY_IDS],
        *[([qid], TriageLevel.ROUTINE) for qid in ROUTINE_IDS],
        (["getting_worse", "weight_loss"], TriageLevel.SAME_DAY),
        (["struggling_to_cope", "one_leg_weak", "bladder"], TriageLevel.EMERGENCY),
        (SAME_DAY_IDS + ROUTINE_IDS, TriageLevel.SAME_DAY),
        (EMERGENCY_IDS + SAME_DAY_IDS + ROUTINE_IDS, TriageLevel.EMERGENCY),
    ],
)
def test_triage_level_is_the_most_urgent_yes(yes: list[str], level: TriageLevel) -> None:
    result = triage(all_no(**dict.fromkeys(yes, True)))
    assert result.level is level
    assert {f.id for f in result.findings} == set(yes)
    assert result.advice.level is level


def test_findings_come_most_urgent_first_and_can_be_grouped() -> None:
    result = triage(all_no(struggling_to_cope=True, weight_loss=True, bowel=True))
    assert [f.id for f in result.findings] == ["bowel", "weight_loss", "struggling_to_cope"]
    assert [f.id for f in result.findings_at(TriageLevel.SAME_DAY)] == ["weight_loss"]


@pytest.mark.parametrize(
    ("responses", "level"),
    [
        ([], TriageLevel.CLEAR),
        ([ExerciseResponse.WORSE], TriageLevel.CLEAR),
        ([ExerciseResponse.WORSE_BUT_SETTLING] * 5, TriageLevel.CLEAR),
        (
            [ExerciseResponse.WORSE, ExerciseResponse.BETTER_OR_SAME, ExerciseResponse.WORSE],
            TriageLevel.ROUTINE,
        ),
    ],
)
def test_repeated_worse_after_exercise_asks_for_a_review(
    responses: list[ExerciseResponse], level: TriageLevel
) -> None:
    result = triage(all_no(), responses)
    assert result.level is level
    assert (REPEATED_WORSE_AFTER_EXERCISE in result.findings) is (level is TriageLevel.ROUTINE)


def test_an_emergency_yes_lets_the_rest_be_skipped() -> None:
    result = triage({"both_legs": False, "saddle_numbness": True})
    assert result.level is TriageLevel.EMERGENCY


def test_unanswered_questions_are_refused_without_an_emergency() -> None:
    answers = all_no(weight_loss=True)
    del answers["bowel"], answers["struggling_to_cope"]
    with pytest.raises(ScreeningError, match="missing: bowel, struggling_to_cope"):
        triage(answers)


def test_unknown_question_is_refused() -> None:
    with pytest.raises(ScreeningError, match="unknown screening question"):
        triage(all_no(headache=True))


@pytest.mark.parametrize("value", [1, "yes", None])
def test_an_answer_must_be_yes_or_no(value: object) -> None:
    answers: dict[str, object] = dict(all_no())
    answers["bladder"] = value
    with pytest.raises(ScreeningError, match="bladder: the answer must be yes or no"):
        triage(answers)  # type: ignore[arg-type]


# --- Advice and what it allows ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "allowed", "dismissible"),
    [
        (TriageLevel.EMERGENCY, False, False),
        (TriageLevel.SAME_DAY, True, True),
        (TriageLevel.ROUTINE, True, True),
        (TriageLevel.CLEAR, True, True),
    ],
)
def test_only_an_emergency_blocks_exercise_and_cannot_be_dismissed(
    level: TriageLevel, allowed: bool, dismissible: bool
) -> None:
    yes = {
        TriageLevel.EMERGENCY: {"bowel": True},
        TriageLevel.SAME_DAY: {"fever_or_unwell": True},
        TriageLevel.ROUTINE: {"no_improvement": True},
        TriageLevel.CLEAR: {},
    }[level]
    result = triage(all_no(**yes))
    assert exercise_allowed(result) is allowed
    assert result.advice.dismissible is dismissible


def test_emergency_advice_says_plainly_where_to_go_now() -> None:
    advice = ADVICE[TriageLevel.EMERGENCY]
    text = " ".join((advice.title, advice.message, *advice.steps))
    # The number itself is the country's: tests/unit/domain/test_regional.py.
    for needle in ("{emergency} now", "emergency department", "A&E"):
        assert needle in text
    assert "Do not do your exercises" in text


def test_same_day_advice_names_where_to_go_and_when_to_escalate() -> None:
    text = " ".join(ADVICE[TriageLevel.SAME_DAY].steps)
    assert "today" in text
    assert "GP" in text
    assert "{advice_line} today" in text  # the country's advice line (116 117 in Germany)
    assert "{emergency} now" in text  # escalation if it turns into an emergency


def test_every_level_has_advice() -> None:
    assert set(ADVICE) == set(TriageLevel)
    assert all(advice.steps for advice in ADVICE.values())


# --- When to screen ---------------------------------------------------------------------------

NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
RECENT = NOW - timedelta(days=2)
WEEK_AGO = NOW - timedelta(days=7)
ALMOST_A_WEEK = NOW - timedelta(days=6, hours=23)
N = SymptomKind.NUMBNESS
W = SymptomKind.WEAKNESS
A = SymptomKind.ACHING
At = ScreeningOccasion
R = ScreeningReason


def signals(leg_pain: int, *symptoms: SymptomKind) -> CheckInSignals:
    return CheckInSignals(leg_pain, frozenset(symptoms))


@pytest.mark.parametrize(
    ("occasion", "last", "check_in", "previous", "reasons"),
    [
        # First run: never screened, whatever the occasion.
        (At.APP_START, None, None, None, [R.FIRST_RUN]),
        (At.SESSION_START, None, None, None, [R.FIRST_RUN]),
        (At.APP_START, RECENT, None, None, []),
        (At.APP_START, WEEK_AGO, None, None, []),
        # Leg pain jump of 3 or more against the previous check-in.
        (At.CHECK_IN, RECENT, signals(7), signals(4), [R.LEG_PAIN_JUMP]),
        (At.CHECK_IN, RECENT, signals(6), signals(4), []),
        (At.CHECK_IN, RECENT, signals(10), signals(0), [R.LEG_PAIN_JUMP]),
        (At.CHECK_IN, RECENT, signals(2), signals(8), []),
        (At.CHECK_IN, RECENT, signals(7), None, []),  # nothing to compare with
        # New numbness or weakness: present now, absent last time.
        (At.CHECK_IN, RECENT, signals(4, N), signals(4), [R.NEW_NUMBNESS]),
        (At.CHECK_IN, RECENT, signals(4, N), signals(4, N), []),
        (At.CHECK_IN, RECENT, signals(4, W, A), signals(4, A), [R.NEW_WEAKNESS]),
        (At.CHECK_IN, RECENT, signals(4), signals(4, N, W), []),  # gone is not new
        (At.CHECK_IN, RECENT, signals(4, SymptomKind.BURNING), signals(4), []),
        (
            At.CHECK_IN,
            RECENT,
            signals(8, N, W),
            signals(5),
            [R.LEG_PAIN_JUMP, R.NEW_NUMBNESS, R.NEW_WEAKNESS],
        ),
        # A check-in also brings the weekly screen.
        (At.CHECK_IN, WEEK_AGO, signals(4), signals(4), [R.WEEKLY]),
        (At.CHECK_IN, ALMOST_A_WEEK, signals(4), signals(4), []),
        # Before a session if the last screening is 7 days old or more.
        (At.SESSION_START, WEEK_AGO, None, None, [R.BEFORE_SESSION]),
        (At.SESSION_START, ALMOST_A_WEEK, None, None, []),
        (At.SESSION_START, RECENT, signals(9), signals(1), []),  # jumps count at check-in only
        # On demand, always.
        (At.USER_REQUEST, RECENT, None, None, [R.ON_DEMAND]),
        (At.USER_REQUEST, None, None, None, [R.FIRST_RUN, R.ON_DEMAND]),
    ],
)
def test_screening_due(
    occasion: ScreeningOccasion,
    last: datetime | None,
    check_in: CheckInSignals | None,
    previous: CheckInSignals | None,
    reasons: list[ScreeningReason],
) -> None:
    assert list(screening_due(occasion, NOW, last, check_in, previous)) == reasons


def test_reasons_fit_the_stored_column() -> None:
    # Reasons added after the first release are explained in ui/ (tests/gui checks them all).
    assert set(REASON_EXPLANATIONS) <= set(ScreeningReason)
    assert all(len(reason.value) <= 32 for reason in ScreeningReason)  # fits the stored column


# --- Wording: what is new or getting worse --------------------------------------------------


def test_the_saddle_question_asks_about_changed_feeling_not_pain_where_you_sit() -> None:
    text = QUESTIONS_BY_ID["saddle_numbness"].text
    for needle in ("numbness", "changed feeling", "not pain", "back passage", "genitals"):
        assert needle in text
    assert "inner thighs" in text
    assert "sit on" in text
    assert "buttocks" not in text  # one-sided sciatica hurts there; it is not saddle numbness


@pytest.mark.parametrize("question_id", ["both_legs", "serious_accident"])
def test_long_standing_findings_are_asked_about_as_new_or_worse(question_id: str) -> None:
    text = QUESTIONS_BY_ID[question_id].text
    assert "new" in text or "worse" in text
    assert QUESTIONS_BY_ID[question_id].known_allowed


# --- "My doctor knows about this and has checked it" ----------------------------------------


@pytest.mark.parametrize(
    ("answers", "level", "known"),
    [
        # A known long-standing finding is recorded but does not lock.
        ({"both_legs": KNOWN}, TriageLevel.CLEAR, ["both_legs"]),
        ({"serious_accident": KNOWN}, TriageLevel.CLEAR, ["serious_accident"]),
        ({"cancer_history": KNOWN}, TriageLevel.CLEAR, ["cancer_history"]),
        ({"back_shape": KNOWN}, TriageLevel.CLEAR, ["back_shape"]),
        # ...while a "yes" elsewhere still counts in full.
        ({"both_legs": KNOWN, "bladder": True}, TriageLevel.EMERGENCY, ["both_legs"]),
        (
            {"serious_accident": KNOWN, "weight_loss": True},
            TriageLevel.SAME_DAY,
            ["serious_accident"],
        ),
        # "Yes" to a question that allows "known" is still a yes.
        ({"both_legs": True}, TriageLevel.EMERGENCY, []),
    ],
)
def test_known_findings_are_recorded_and_do_not_count_as_yes(
    answers: dict[str, Answer], level: TriageLevel, known: list[str]
) -> None:
    result = triage({**all_no(), **answers})
    assert result.level is level
    assert [q.id for q in result.known] == known
    assert all(q.id not in known for q in result.findings)


@pytest.mark.parametrize("question_id", ["bladder", "bowel", "saddle_numbness", "one_leg_weak"])
def test_new_symptoms_cannot_be_answered_known(question_id: str) -> None:
    with pytest.raises(ScreeningError, match="no 'my doctor knows' answer"):
        triage({**all_no(), question_id: KNOWN})


@pytest.mark.parametrize(
    ("recorded", "recheck"),
    [
        (date(2026, 1, 15), date(2026, 4, 15)),
        (date(2026, 11, 30), date(2027, 2, 28)),  # no 30 February: the month's last day
        (date(2027, 11, 30), date(2028, 2, 29)),  # leap year
        (date(2026, 5, 31), date(2026, 8, 31)),
        (date(2026, 12, 1), date(2027, 3, 1)),
    ],
)
def test_a_known_finding_is_asked_again_after_three_months(recorded: date, recheck: date) -> None:
    assert known_finding_recheck_on(recorded) == recheck
    assert known_finding_current(recorded, recorded)
    assert known_finding_current(recorded, recheck - timedelta(days=1))
    assert not known_finding_current(recorded, recheck)
    assert not known_finding_current(recorded, recorded - timedelta(days=1))  # not yet given


# --- New triggers ---------------------------------------------------------------------------

L, Rt, B = Side.LEFT, Side.RIGHT, Side.BOTH
NONE, BUTTOCK, THIGH, CALF, FOOT = (
    LegReach.NONE,
    LegReach.BUTTOCK,
    LegReach.THIGH,
    LegReach.CALF,
    LegReach.FOOT,
)


def leg(reach: LegReach, side: Side | None, pain: int = 4) -> CheckInSignals:
    return CheckInSignals(pain, frozenset(), side, reach)


@pytest.mark.parametrize(
    ("check_in", "previous", "week_before", "reasons"),
    [
        # Newly in both legs.
        (leg(THIGH, B), leg(THIGH, L), THIGH, [R.BOTH_LEGS]),
        (leg(THIGH, B), leg(THIGH, B), THIGH, []),  # not new
        (leg(THIGH, B), None, None, [R.BOTH_LEGS]),  # the first check-in
        (leg(NONE, B), leg(THIGH, L), THIGH, []),  # no leg symptoms: "both" means nothing
        (leg(THIGH, Rt), leg(THIGH, L), THIGH, []),  # the other leg is not both
        # Further down the leg than anywhere in the 7 days before.
        (leg(CALF, L), leg(THIGH, L), THIGH, [R.FURTHER_DOWN_LEG]),
        (leg(FOOT, L), leg(BUTTOCK, L), CALF, [R.FURTHER_DOWN_LEG]),
        (leg(CALF, L), leg(THIGH, L), CALF, []),  # it reached the calf earlier in the week
        (leg(CALF, L), leg(THIGH, L), FOOT, []),
        (leg(THIGH, L), leg(CALF, L), CALF, []),  # retreating is good news
        (leg(BUTTOCK, L), None, NONE, [R.FURTHER_DOWN_LEG]),  # a week with no leg symptoms
        (leg(FOOT, L), leg(BUTTOCK, L), None, []),  # no check-in in the 7 days: no trigger
        (leg(FOOT, L), None, None, []),
        # Together, and with the older triggers.
        (leg(FOOT, B), leg(THIGH, L), THIGH, [R.BOTH_LEGS, R.FURTHER_DOWN_LEG]),
        (
            CheckInSignals(8, frozenset({N}), B, CALF),
            CheckInSignals(4, frozenset(), L, THIGH),
            THIGH,
            [R.BOTH_LEGS, R.LEG_PAIN_JUMP, R.NEW_NUMBNESS, R.FURTHER_DOWN_LEG],
        ),
    ],
)
def test_checkin_triggers(
    check_in: CheckInSignals,
    previous: CheckInSignals | None,
    week_before: LegReach | None,
    reasons: list[ScreeningReason],
) -> None:
    assert list(checkin_triggers(check_in, previous, week_before)) == reasons
    due = screening_due(
        At.CHECK_IN, NOW, RECENT, check_in, previous, furthest_reach_week_before=week_before
    )
    assert list(due) == reasons


@pytest.mark.parametrize(
    ("occasion", "response", "reasons"),
    [
        (
            At.EXERCISE_RESPONSE,
            ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS,
            [R.SESSION_NUMBNESS_OR_WEAKNESS],
        ),
        (At.EXERCISE_RESPONSE, ExerciseResponse.WORSE, []),  # spread: stop it, easier version
        (At.EXERCISE_RESPONSE, ExerciseResponse.WORSE_BUT_SETTLING, []),
        (At.EXERCISE_RESPONSE, ExerciseResponse.BETTER_OR_SAME, []),
        (At.SESSION_START, ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS, []),
    ],
)
def test_the_sessions_new_numbness_or_weakness_answer_calls_for_the_questions(
    occasion: ScreeningOccasion, response: ExerciseResponse, reasons: list[ScreeningReason]
) -> None:
    assert list(screening_due(occasion, NOW, RECENT, response=response)) == reasons


@pytest.mark.parametrize(
    ("responses", "review"),
    [
        ([ExerciseResponse.WORSE, ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS], True),
        ([ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS] * 2, True),
        ([ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS, ExerciseResponse.WORSE_BUT_SETTLING], False),
    ],
)
def test_both_red_answers_count_towards_a_review(
    responses: list[ExerciseResponse], review: bool
) -> None:
    assert repeated_worse_after_exercise(responses) is review
    assert all(r.is_red for r in responses if r is not ExerciseResponse.WORSE_BUT_SETTLING)
