"""Today's plan and the progression guards over a real SQLite file (issue 15).

Every time here is pinned with its own zone (UTC-5), so "today" is the same local day whatever
the machine's TZ: a session at 23:30 local is on the next UTC day but still "today".
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.exercise import ClearanceCondition
from companion.domain.programme import ProgressReason
from companion.domain.safety_plan import HoldReason, LeftOut
from companion.domain.vocabulary import ExerciseResponse, SessionStatus, TriageLevel
from companion.paths import exercises_dir
from companion.services import sessions
from companion.services.data_store import Store
from companion.services.programmes import (
    active_programme,
    import_programme_file,
    start_starter_programme,
)
from companion.services.progression import apply_responses, progression_status
from companion.services.reminders import snack_choices
from companion.services.safety_plan import clearance_answers, save_clearance
from companion.storage.models import ExerciseSession, RedFlagScreening, SessionExercise
from tests.integration.checkin_history import daily_checkins

ZONE = timezone(timedelta(hours=-5))
MORNING = datetime(2026, 11, 23, 8, 0, tzinfo=ZONE)  # a Monday
LATE = MORNING.replace(hour=23, minute=30)  # 04:30 UTC the next day, still "today" here
EXAMPLE = Path(__file__).parent.parent / "unit" / "content" / "fixtures" / "example.scprog"
GOOD = ExerciseResponse.BETTER_OR_SAME


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def answered(store: Store, at: datetime, responses: dict[str, ExerciseResponse]) -> None:
    with store.units.write() as uow:
        row = ExerciseSession(
            programme_id=None,
            is_snack=False,
            started_at=at,
            ended_at=at + timedelta(minutes=10),
            status=SessionStatus.COMPLETED,
        )
        for position, (exercise_id, response) in enumerate(responses.items()):
            row.exercises.append(
                SessionExercise(position=position, exercise_id=exercise_id, response=response)
            )
        uow.session.add(row)
        uow.commit()


def screened(store: Store, at: datetime, level: TriageLevel) -> None:
    with store.units.write() as uow:
        uow.session.add(RedFlagScreening(taken_at=at, reason="on_demand", level=level, answers={}))
        uow.commit()


def ids(plan: sessions.SessionPlan) -> list[str]:
    return [i.exercise_id for i in plan.items]


def waiting(plan: sessions.SessionPlan) -> dict[str, LeftOut]:
    return {item.exercise_id: why for item, why in plan.left_out}


def test_an_exercise_answered_worse_waits_for_the_rest_of_the_local_day(
    store: Store, library: ExerciseLibrary
) -> None:
    answered(store, MORNING, {"glute-bridge": ExerciseResponse.WORSE, "knee-rolls": GOOD})
    later = sessions.plan_session(store, library, LATE)
    assert "glute-bridge" not in ids(later) and "knee-rolls" in ids(later)
    assert waiting(later) == {"glute-bridge": LeftOut.WORSE_TODAY}
    tomorrow = sessions.plan_session(store, library, MORNING + timedelta(days=1))
    assert "glute-bridge" in ids(tomorrow) and not tomorrow.left_out
    # A "worse" late in the local evening is still today, though it is tomorrow in UTC.
    answered(store, LATE - timedelta(minutes=5), {"walking": ExerciseResponse.WORSE})
    assert "walking" in waiting(sessions.plan_session(store, library, LATE))


def test_an_exercise_chosen_by_hand_also_waits_after_a_worse_answer(
    store: Store, library: ExerciseLibrary
) -> None:
    answered(store, MORNING, {"chin-tuck": ExerciseResponse.WORSE})
    plan = sessions.plan_session(store, library, LATE, exercise_ids=["chin-tuck"])
    assert plan.items == () and waiting(plan) == {"chin-tuck": LeftOut.WORSE_TODAY}
    assert "chin-tuck" not in {s.exercise.id for s in snack_choices(store, library, LATE)}
    tomorrow = LATE + timedelta(hours=1)
    assert "chin-tuck" in {s.exercise.id for s in snack_choices(store, library, tomorrow)}


def test_a_same_day_finding_suspends_glides_and_strength_for_the_day(
    store: Store, library: ExerciseLibrary
) -> None:
    import_programme_file(store, EXAMPLE, library, MORNING - timedelta(days=3))
    screened(store, MORNING, TriageLevel.SAME_DAY)
    plan = sessions.plan_session(store, library, LATE)
    assert plan.same_day_open
    assert "glute-bridge" not in ids(plan)  # strengthening waits
    assert waiting(plan)["glute-bridge"] is LeftOut.SAME_DAY_FINDING
    assert {"walking", "knee-to-chest-single"} <= set(ids(plan))  # walking and stretches stay
    assert not {"sit-to-stand", "nerve-slider-seated"} & {
        s.exercise.id for s in snack_choices(store, library, LATE)
    }
    # The next day the finding no longer limits the plan; a later clear screening also lifts it.
    assert not sessions.plan_session(store, library, MORNING + timedelta(days=1)).same_day_open
    screened(store, MORNING + timedelta(hours=2), TriageLevel.CLEAR)
    assert not sessions.plan_session(store, library, LATE).same_day_open


def test_clearance_answers_keep_affected_exercises_out_of_starters_and_snacks(
    store: Store, library: ExerciseLibrary
) -> None:
    assert clearance_answers(store) is None
    save_clearance(store, {ClearanceCondition.PREGNANCY}, MORNING)
    stored = clearance_answers(store)
    assert stored is not None and stored.conditions == {ClearanceCondition.PREGNANCY}
    starter = sessions.plan_session(store, library, MORNING)
    assert "glute-bridge" not in ids(starter) and "abdominal-bracing" not in ids(starter)
    assert waiting(starter)["glute-bridge"] is LeftOut.NEEDS_CLEARANCE
    assert "walking" in ids(starter)
    # A starter programme followed from the Programme page is no prescription either.
    start_starter_programme(store, library, "gentle-start", MORNING)
    assert "glute-bridge" not in ids(sessions.plan_session(store, library, MORNING))
    # A physiotherapist's programme keeps what they prescribed.
    import_programme_file(store, EXAMPLE, library, MORNING - timedelta(days=3))
    assert "glute-bridge" in ids(sessions.plan_session(store, library, MORNING))
    save_clearance(store, set(), MORNING)
    assert clearance_answers(store).conditions == frozenset()  # type: ignore[union-attr]


def test_three_sessions_a_day_step_up_once(store: Store, library: ExerciseLibrary) -> None:
    import_programme_file(store, EXAMPLE, library, MORNING - timedelta(days=20))
    daily_checkins(store, MORNING + timedelta(days=3), days=20)
    reasons = []
    for day in range(3):  # after_sessions 3: three good days
        for hour in (8, 13, 18):
            at = MORNING.replace(hour=hour) + timedelta(days=day)
            notes, _ = apply_responses(store, {"knee-to-chest-single": GOOD}, at)
            reasons.append(notes[0].outcome.reason)
    assert reasons.count(ProgressReason.STEADY) == 1 and reasons[-3] is ProgressReason.STEADY
    record = active_programme(store)
    assert record is not None and record.items[0].current.hold_s == 25
    status = progression_status(store, MORNING + timedelta(days=3))
    assert status.holds == () and status.too_soon == {"knee-to-chest-single"}


@pytest.mark.parametrize(
    ("setup", "hold"),
    [
        ("rising", HoldReason.LEG_PAIN_RISING),
        ("worse", HoldReason.RECENT_WORSE),
        ("same_day", HoldReason.SAME_DAY_FINDING),
        ("few", HoldReason.TOO_FEW_CHECKINS),
        ("spread", HoldReason.REACH_SPREAD),
    ],
)
def test_a_due_step_is_held_with_its_reason(
    store: Store, library: ExerciseLibrary, setup: str, hold: HoldReason
) -> None:
    import_programme_file(store, EXAMPLE, library, MORNING - timedelta(days=20))
    now = MORNING + timedelta(days=2, hours=10)
    if setup == "few":
        daily_checkins(store, now, days=2)
    else:
        daily_checkins(store, now - timedelta(days=7), days=7, leg_pain=3)
        daily_checkins(store, now, days=7, leg_pain=5 if setup == "rising" else 3)
    if setup == "worse":
        answered(store, now - timedelta(days=3), {"walking": ExerciseResponse.WORSE})
    if setup == "same_day":
        screened(store, now - timedelta(hours=1), TriageLevel.SAME_DAY)
    if setup == "spread":
        from companion.domain.vocabulary import LegReach

        daily_checkins(store, now + timedelta(minutes=30), days=1, reach=LegReach.FOOT)
    for day in (2, 1, 0):
        notes, _ = apply_responses(
            store, {"knee-to-chest-single": GOOD}, now - timedelta(days=day) + timedelta(hours=1)
        )
    assert notes[0].outcome.reason is ProgressReason.HELD
    assert hold in notes[0].outcome.holds
    assert hold in progression_status(store, now + timedelta(hours=2)).holds
    record = active_programme(store)
    assert record is not None and record.items[0].current.hold_s == 20
