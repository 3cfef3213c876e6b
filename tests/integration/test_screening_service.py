"""Red-flag screenings recorded on a real store: triage, history, reasons and the exercise lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from companion.domain.changes import Topic
from companion.domain.red_flags import (
    QUESTIONS,
    REPEATED_WORSE_AFTER_EXERCISE,
    CheckInSignals,
    ScreeningOccasion,
    ScreeningReason,
)
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    SessionStatus,
    SymptomKind,
    TriageLevel,
)
from companion.services.data_store import Store
from companion.services.screening import (
    ScreeningInvalid,
    checkin_signals,
    exercise_blocked,
    last_screening,
    record_screening,
    screening_history,
    screening_reasons,
)
from companion.storage.models import CheckIn, ExerciseSession, RedFlagScreening, SessionExercise

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _all_no() -> dict[str, bool]:
    return {q.id: False for q in QUESTIONS}


def _with_yes(*ids: str) -> dict[str, bool]:
    answers = _all_no()
    for question_id in ids:
        answers[question_id] = True
    return answers


def _count(store: Store) -> int:
    with store.units.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(RedFlagScreening)) or 0)


@pytest.mark.parametrize(
    ("yes", "level"),
    [
        ((), TriageLevel.CLEAR),
        (("struggling_to_cope",), TriageLevel.ROUTINE),
        (("weight_loss", "getting_worse"), TriageLevel.SAME_DAY),
        (("bladder", "weight_loss"), TriageLevel.EMERGENCY),
    ],
)
def test_record_stores_the_level_and_returns_its_advice(
    store: Store, yes: tuple[str, ...], level: TriageLevel
) -> None:
    record, changes = record_screening(store, _with_yes(*yes), ScreeningReason.ON_DEMAND, NOW)

    assert record.level is level
    assert record.advice.level is level
    assert {q.id for q in record.findings} == set(yes)
    assert changes.concerns(Topic.SCREENINGS)
    stored = last_screening(store)
    assert stored == record
    assert stored is not None and stored.reason is ScreeningReason.ON_DEMAND
    assert stored.taken_at == NOW


def test_emergency_answer_may_leave_the_rest_unanswered(store: Store) -> None:
    record, _ = record_screening(store, {"saddle_numbness": True}, ScreeningReason.FIRST_RUN, NOW)
    assert record.level is TriageLevel.EMERGENCY
    assert record.blocks_exercise


def test_incomplete_answers_are_refused_and_nothing_is_stored(store: Store) -> None:
    answers = _all_no()
    del answers["bowel"]
    with pytest.raises(ScreeningInvalid, match="answer every question"):
        record_screening(store, answers, ScreeningReason.ON_DEMAND, NOW)
    assert _count(store) == 0


def test_unknown_question_and_naive_time_are_refused(store: Store) -> None:
    with pytest.raises(ScreeningInvalid, match="made_up"):
        record_screening(store, {**_all_no(), "made_up": True}, ScreeningReason.ON_DEMAND, NOW)
    with pytest.raises(ScreeningInvalid, match="time zone"):
        record_screening(store, _all_no(), ScreeningReason.ON_DEMAND, NOW.replace(tzinfo=None))
    assert _count(store) == 0


def test_emergency_blocks_exercise_until_a_newer_screening_is_not_an_emergency(
    store: Store,
) -> None:
    assert not exercise_blocked(store, NOW)
    record_screening(store, _with_yes("both_legs"), ScreeningReason.LEG_PAIN_JUMP, NOW)
    assert exercise_blocked(store, NOW)
    assert exercise_blocked(store, NOW + timedelta(days=30))

    later = NOW + timedelta(hours=5)
    record_screening(store, _with_yes("one_leg_weak"), ScreeningReason.ON_DEMAND, later)
    assert not exercise_blocked(store, later)
    # Looking back at the time before the newer screening, exercise was blocked.
    assert exercise_blocked(store, later - timedelta(minutes=1))


def test_history_is_oldest_first_and_filters_by_period(store: Store) -> None:
    for days, yes in ((0, ()), (3, ("struggling_to_cope",)), (9, ("fever_or_unwell",))):
        record_screening(store, _with_yes(*yes), ScreeningReason.WEEKLY, NOW + timedelta(days))
    levels = [r.level for r in screening_history(store)]
    assert levels == [TriageLevel.CLEAR, TriageLevel.ROUTINE, TriageLevel.SAME_DAY]
    recent = screening_history(store, since=NOW + timedelta(days=1))
    assert [r.level for r in recent] == [TriageLevel.ROUTINE, TriageLevel.SAME_DAY]
    early = screening_history(store, until=NOW + timedelta(days=4))
    assert len(early) == 2


def _session_with_responses(store: Store, at: datetime, *responses: ExerciseResponse) -> None:
    with store.units.write() as uow:
        session = ExerciseSession(started_at=at, status=SessionStatus.COMPLETED)
        for position, response in enumerate(responses):
            session.exercises.append(
                SessionExercise(position=position, exercise_id="pelvic-tilt", response=response)
            )
        uow.session.add(session)
        uow.commit()


def test_repeated_worse_after_exercise_makes_a_clear_screening_routine(store: Store) -> None:
    _session_with_responses(store, NOW - timedelta(days=2), ExerciseResponse.WORSE)
    _session_with_responses(
        store, NOW - timedelta(days=1), ExerciseResponse.WORSE, ExerciseResponse.BETTER_OR_SAME
    )
    record, _ = record_screening(store, _all_no(), ScreeningReason.ON_DEMAND, NOW)
    assert record.level is TriageLevel.ROUTINE
    assert record.findings == (REPEATED_WORSE_AFTER_EXERCISE,)
    # Read back from the store, the app's own finding is still there.
    assert last_screening(store) == record


def test_old_worse_responses_do_not_count(store: Store) -> None:
    _session_with_responses(
        store, NOW - timedelta(days=20), ExerciseResponse.WORSE, ExerciseResponse.WORSE
    )
    _session_with_responses(store, NOW - timedelta(days=1), ExerciseResponse.WORSE)
    record, _ = record_screening(store, _all_no(), ScreeningReason.ON_DEMAND, NOW)
    assert record.level is TriageLevel.CLEAR


def test_reasons_first_run_then_weekly_and_before_session(store: Store) -> None:
    assert screening_reasons(store, ScreeningOccasion.APP_START, NOW) == (
        ScreeningReason.FIRST_RUN,
    )
    record_screening(store, _all_no(), ScreeningReason.FIRST_RUN, NOW)
    assert screening_reasons(store, ScreeningOccasion.APP_START, NOW) == ()
    assert screening_reasons(store, ScreeningOccasion.SESSION_START, NOW + timedelta(days=6)) == ()
    week = NOW + timedelta(days=7)
    assert screening_reasons(store, ScreeningOccasion.SESSION_START, week) == (
        ScreeningReason.BEFORE_SESSION,
    )
    assert screening_reasons(store, ScreeningOccasion.CHECK_IN, week) == (ScreeningReason.WEEKLY,)
    assert screening_reasons(store, ScreeningOccasion.USER_REQUEST, NOW) == (
        ScreeningReason.ON_DEMAND,
    )


def test_reasons_after_a_check_in_use_the_signals(store: Store) -> None:
    record_screening(store, _all_no(), ScreeningReason.FIRST_RUN, NOW)
    before = CheckInSignals(3, frozenset({SymptomKind.ACHING}))
    worse = CheckInSignals(6, frozenset({SymptomKind.ACHING, SymptomKind.NUMBNESS}))
    reasons = screening_reasons(store, ScreeningOccasion.CHECK_IN, NOW, worse, before)
    assert reasons == (ScreeningReason.LEG_PAIN_JUMP, ScreeningReason.NEW_NUMBNESS)
    assert screening_reasons(store, ScreeningOccasion.CHECK_IN, NOW, before, before) == ()


def _check_in(store: Store, at: datetime, leg_pain: int, symptoms: list[str]) -> int:
    with store.units.write() as uow:
        row = CheckIn(
            recorded_at=at,
            back_pain=2,
            leg_pain=leg_pain,
            leg_reach=LegReach.THIGH,
            symptoms=symptoms,
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def test_checkin_signals_are_the_two_newest_live_check_ins(store: Store) -> None:
    assert checkin_signals(store) == (None, None)
    _check_in(store, NOW - timedelta(days=2), 2, ["aching"])
    assert checkin_signals(store) == (CheckInSignals(2, frozenset({SymptomKind.ACHING})), None)
    _check_in(store, NOW - timedelta(days=1), 4, [])
    deleted = _check_in(store, NOW, 9, ["weakness", "not_a_symptom"])
    latest, previous = checkin_signals(store)
    assert latest == CheckInSignals(9, frozenset({SymptomKind.WEAKNESS}))
    assert previous == CheckInSignals(4, frozenset())

    with store.units.write() as uow:
        row = uow.session.get(CheckIn, deleted)
        assert row is not None
        row.deleted_at = NOW
        uow.commit()
    latest, previous = checkin_signals(store)
    assert latest is not None and latest.leg_pain == 4
    assert previous is not None and previous.leg_pain == 2
