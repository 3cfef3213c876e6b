"""Red-flag screenings recorded on a real store: triage, history, reasons and the exercise lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text

from companion.domain.changes import Topic
from companion.domain.red_flags import (
    KNOWN,
    QUESTIONS,
    REPEATED_WORSE_AFTER_EXERCISE,
    CheckInSignals,
    ScreeningOccasion,
    ScreeningReason,
)
from companion.domain.safety_lock import AssessedBy, AssessmentProblem
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    SessionStatus,
    Side,
    SymptomKind,
    TriageLevel,
)
from companion.paths import migrations_dir
from companion.services.data_store import Store, open_store
from companion.services.screening import (
    AssessmentInvalid,
    ScreeningInvalid,
    ScreeningRefusal,
    assessment_history,
    checkin_signals,
    current_lock,
    exercise_blocked,
    known_findings,
    last_screening,
    pending_reasons,
    record_assessment,
    record_screening,
    screening_history,
    screening_reasons,
)
from companion.storage.engine import make_engine
from companion.storage.migrate import alembic_config
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
    with pytest.raises(ScreeningInvalid, match="answer every question") as refused:
        record_screening(store, answers, ScreeningReason.ON_DEMAND, NOW)
    assert refused.value.reason is ScreeningRefusal.UNANSWERED
    assert _count(store) == 0


def test_unknown_question_and_naive_time_are_refused(store: Store) -> None:
    with pytest.raises(ScreeningInvalid, match="made_up") as refused:
        record_screening(store, {**_all_no(), "made_up": True}, ScreeningReason.ON_DEMAND, NOW)
    assert refused.value.reason is ScreeningRefusal.NOT_RECORDABLE
    with pytest.raises(ScreeningInvalid, match="time zone"):
        record_screening(store, _all_no(), ScreeningReason.ON_DEMAND, NOW.replace(tzinfo=None))
    assert _count(store) == 0


def test_emergency_blocks_exercise_until_an_assessment_is_confirmed(store: Store) -> None:
    assert not exercise_blocked(store, NOW)
    record_screening(store, _with_yes("both_legs"), ScreeningReason.LEG_PAIN_JUMP, NOW)
    assert exercise_blocked(store, NOW)
    assert exercise_blocked(store, NOW + timedelta(days=30))

    # Answering again, even with no "yes" at all, does not lift it.
    later = NOW + timedelta(seconds=30)
    record_screening(store, _all_no(), ScreeningReason.ON_DEMAND, later)
    assert exercise_blocked(store, later)
    lock = current_lock(store, later)
    assert lock is not None and lock.since == NOW

    # A date before the emergency answer, or in the future, is refused and records nothing.
    for day, problem in (
        (NOW.date() - timedelta(days=1), AssessmentProblem.BEFORE_EMERGENCY),
        (NOW.date() + timedelta(days=1), AssessmentProblem.IN_FUTURE),
    ):
        with pytest.raises(AssessmentInvalid) as refused:
            record_assessment(store, day, AssessedBy.DOCTOR, later)
        assert refused.value.problem is problem
    assert assessment_history(store) == []

    evening = NOW + timedelta(hours=8)
    record, changes = record_assessment(store, NOW.date(), AssessedBy.EMERGENCY_DEPARTMENT, evening)
    assert not exercise_blocked(store, evening)
    assert exercise_blocked(store, evening - timedelta(minutes=1))  # looking back
    assert changes.concerns(Topic.SCREENINGS) and changes.concerns(Topic.DIARY)
    assert assessment_history(store) == [record]
    assert record.locked_since == NOW and record.assessed_by is AssessedBy.EMERGENCY_DEPARTMENT

    with pytest.raises(AssessmentInvalid) as nothing:
        record_assessment(store, NOW.date(), AssessedBy.DOCTOR, evening)
    assert nothing.value.problem is AssessmentProblem.NOT_LOCKED

    # A new emergency answer locks again.
    record_screening(store, _with_yes("bowel"), ScreeningReason.WEEKLY, evening + timedelta(days=1))
    assert exercise_blocked(store, evening + timedelta(days=1))


def test_a_known_finding_is_dated_once_and_asked_again_after_three_months(store: Store) -> None:
    known = _all_no() | {"both_legs": KNOWN, "serious_accident": KNOWN}
    record, _ = record_screening(store, known, ScreeningReason.WEEKLY, NOW)
    assert record.level is TriageLevel.CLEAR
    assert record.answers["both_legs"] == KNOWN
    assert not exercise_blocked(store, NOW)
    assert known_findings(store, NOW) == {"both_legs": NOW, "serious_accident": NOW}

    # Given again a month later: the first date stands, so the recheck does not slide.
    month = NOW + timedelta(days=30)
    record_screening(store, _all_no() | {"both_legs": KNOWN}, ScreeningReason.WEEKLY, month)
    assert known_findings(store, month)["both_legs"] == NOW
    assert last_screening(store) is not None

    # Three months on it no longer stands: the question is asked afresh.
    recheck = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    assert known_findings(store, recheck - timedelta(days=1)) == {
        "both_legs": NOW,
        "serious_accident": NOW,
    }
    assert known_findings(store, recheck) == {}
    record_screening(store, _all_no() | {"both_legs": KNOWN}, ScreeningReason.WEEKLY, recheck)
    assert known_findings(store, recheck) == {"both_legs": recheck}


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


def _check_in(
    store: Store,
    at: datetime,
    leg_pain: int,
    symptoms: list[str],
    *,
    reach: LegReach = LegReach.THIGH,
    side: Side | None = Side.LEFT,
) -> int:
    with store.units.write() as uow:
        row = CheckIn(
            recorded_at=at,
            back_pain=2,
            leg_pain=leg_pain,
            leg_reach=reach,
            side=side,
            symptoms=symptoms,
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def test_checkin_signals_are_the_two_newest_live_check_ins(store: Store) -> None:
    assert checkin_signals(store) == (None, None)
    _check_in(store, NOW - timedelta(days=2), 2, ["aching"])
    aching = CheckInSignals(2, frozenset({SymptomKind.ACHING}), Side.LEFT, LegReach.THIGH)
    assert checkin_signals(store) == (aching, None)
    _check_in(store, NOW - timedelta(days=1), 4, [])
    deleted = _check_in(store, NOW, 9, ["weakness", "not_a_symptom"])
    latest, previous = checkin_signals(store)
    assert latest == CheckInSignals(9, frozenset({SymptomKind.WEAKNESS}), Side.LEFT, LegReach.THIGH)
    assert previous == CheckInSignals(4, frozenset(), Side.LEFT, LegReach.THIGH)

    with store.units.write() as uow:
        row = uow.session.get(CheckIn, deleted)
        assert row is not None
        row.deleted_at = NOW
        uow.commit()
    latest, previous = checkin_signals(store)
    assert latest is not None and latest.leg_pain == 4
    assert previous is not None and previous.leg_pain == 2


def test_stored_check_ins_keep_their_triggers_due_until_answered(store: Store) -> None:
    record_screening(store, _all_no(), ScreeningReason.FIRST_RUN, NOW - timedelta(days=3))
    _check_in(store, NOW - timedelta(days=2), 3, [], reach=LegReach.THIGH, side=Side.LEFT)
    assert pending_reasons(store, NOW) == ()
    # Further down the leg than anywhere in the last 7 days, and newly in both legs.
    _check_in(store, NOW - timedelta(hours=1), 4, [], reach=LegReach.CALF, side=Side.BOTH)
    expected = (ScreeningReason.BOTH_LEGS, ScreeningReason.FURTHER_DOWN_LEG)
    assert pending_reasons(store, NOW) == expected
    assert screening_reasons(store, ScreeningOccasion.CHECK_IN, NOW) == expected
    assert screening_reasons(store, ScreeningOccasion.SESSION_START, NOW) == expected
    # Answered: no longer due.
    record_screening(store, _all_no(), ScreeningReason.BOTH_LEGS, NOW)
    assert pending_reasons(store, NOW) == ()


def test_no_reach_trigger_without_a_check_in_in_the_week_before(store: Store) -> None:
    record_screening(store, _all_no(), ScreeningReason.FIRST_RUN, NOW - timedelta(days=30))
    _check_in(store, NOW - timedelta(days=8), 3, [], reach=LegReach.BUTTOCK)
    _check_in(store, NOW, 3, [], reach=LegReach.FOOT)
    assert pending_reasons(store, NOW) == ()


def test_a_sessions_new_numbness_or_weakness_stays_due_until_answered(store: Store) -> None:
    record_screening(store, _all_no(), ScreeningReason.FIRST_RUN, NOW - timedelta(days=1))
    _session_with_responses(
        store, NOW - timedelta(hours=2), ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS
    )
    assert pending_reasons(store, NOW) == (ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS,)
    record_screening(store, _all_no(), ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS, NOW)
    assert pending_reasons(store, NOW) == ()


def test_an_emergency_from_before_0003_stays_locked_after_the_upgrade_and_down_again(
    data_dir: Path,
) -> None:
    # An older version unlocked after a clear re-answer; this one asks for a dated assessment.
    engine = make_engine(data_dir / "companion.db")
    config = alembic_config(migrations_dir())
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
            for taken_at, level in ((NOW, "emergency"), (NOW + timedelta(hours=1), "clear")):
                conn.execute(
                    text(
                        "INSERT INTO red_flag_screenings (taken_at, reason, level, answers) "
                        "VALUES (:at, 'weekly', :level, '{}')"
                    ),
                    {"at": taken_at.replace(tzinfo=None), "level": level},
                )
            conn.commit()
    finally:
        engine.dispose()

    store = open_store(data_dir, migrations_dir())
    try:
        assert store.upgraded_from == "0002"
        later = NOW + timedelta(days=1)
        assert exercise_blocked(store, later)
        record_assessment(store, later.date(), AssessedBy.DOCTOR, later)
        assert not exercise_blocked(store, later)
    finally:
        store.close()

    # 0003 is reversible: down to 0002 the screenings are all still there.
    engine = make_engine(data_dir / "companion.db")
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
            conn.commit()
            assert conn.execute(text("SELECT count(*) FROM red_flag_screenings")).scalar() == 2
            tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
            assert "safety_assessments" not in tables and "known_findings" not in tables
    finally:
        engine.dispose()
