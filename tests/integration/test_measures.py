"""Outcome measures on a real store: worked examples of scoring, baselines, progress and due dates.

Times are aware UTC; days (due dates, "since ...") are the user's local days, as in the app.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from companion.domain.changes import Topic
from companion.domain.measures import Verdict, describe_change
from companion.domain.vocabulary import LegReach
from companion.services.data_store import Store
from companion.services.measures import (
    MeasureInvalid,
    MeasureRefusal,
    due_items,
    functional_scale_baseline,
    latest_functional_scale,
    measure_history,
    progress,
    record_bothersomeness,
    record_functional_scale,
)
from companion.storage.models import CheckIn, QuestionnaireResponse

MARCH_10 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
# Days are the user's local days: in a far time zone noon UTC is already the 11th (or the 9th).
FIRST_DAY = MARCH_10.astimezone().date()

BAD_WEEK = {"leg_pain": 5, "numbness_or_tingling": 4, "weakness": 3, "pain_when_sitting": 6}
BETTER_WEEK = {"leg_pain": 2, "numbness_or_tingling": 1, "weakness": 1, "pain_when_sitting": 3}
FIRST_ACTIVITIES = {"Sitting through a film": 2, "Putting on socks": 4, "Walking to the shops": 3}


def _responses(store: Store) -> int:
    with store.units.read() as uow:
        query = select(func.count()).select_from(QuestionnaireResponse)
        return int(uow.session.scalar(query) or 0)


# --- Bothersomeness ----------------------------------------------------------------------------


def test_bothersomeness_worked_example(store: Store) -> None:
    first, changes = record_bothersomeness(store, BAD_WEEK, MARCH_10)
    assert first.score == 18  # 5 + 4 + 3 + 6
    assert first.starts_baseline and first.change is None
    assert changes.concerns(Topic.MEASURES)

    later, _ = record_bothersomeness(store, BETTER_WEEK, MARCH_10 + timedelta(days=7))
    assert later.score == 7
    assert not later.starts_baseline
    assert later.change is not None
    assert later.change.points == -11
    # No agreed threshold: the change is reported in numbers and never called meaningful.
    assert not later.change.reaches_threshold
    assert (
        describe_change(later.change)
        == f"Sciatica bother score is down from 18 to 7 since {FIRST_DAY.day} March."
    )

    assert [r.score for r in measure_history(store, "sbi")] == [18, 7]
    change = progress(store, "sbi")
    assert change is not None and describe_change(change) == describe_change(later.change)


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({k: v for k, v in BAD_WEEK.items() if k != "weakness"}, MeasureRefusal.UNANSWERED),
        ({**BAD_WEEK, "leg_pain": 7}, MeasureRefusal.NOT_ON_SCALE),
        ({**BAD_WEEK, "pain_when_sitting": -1}, MeasureRefusal.NOT_ON_SCALE),
        ({**BAD_WEEK, "weakness": 2.5}, MeasureRefusal.NOT_A_WHOLE_NUMBER),
        ({**BAD_WEEK, "weakness": True}, MeasureRefusal.NOT_A_WHOLE_NUMBER),
        ({**BAD_WEEK, "back_pain": 2}, MeasureRefusal.NOT_QUESTIONS),
    ],
)
def test_bothersomeness_refusals_store_nothing(
    store: Store, answers: dict[str, int], reason: MeasureRefusal
) -> None:
    # tests/gui/test_problem_texts.py holds how the dialog words each of these.
    with pytest.raises(MeasureInvalid) as refused:
        record_bothersomeness(store, answers, MARCH_10)
    assert refused.value.reason is reason
    assert _responses(store) == 0


def test_a_naive_time_is_refused(store: Store) -> None:
    with pytest.raises(MeasureInvalid, match="time zone"):
        record_bothersomeness(store, BAD_WEEK, MARCH_10.replace(tzinfo=None))
    assert _responses(store) == 0


# --- Functional scale --------------------------------------------------------------------------


def test_functional_scale_worked_example(store: Store) -> None:
    baseline, _ = record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10)
    assert baseline.score == 3.0  # (2 + 4 + 3) / 3
    assert baseline.starts_baseline and baseline.change is None
    scale = functional_scale_baseline(store)
    assert scale is not None and scale.names == tuple(FIRST_ACTIVITIES)

    # Re-rated in another order and spelling: matched to the baseline's activities.
    rerated, changes = record_functional_scale(
        store,
        {"walking to the shops": 7, "putting  on socks": 5, "Sitting through a film": 6},
        MARCH_10 + timedelta(days=14),
    )
    assert changes.concerns(Topic.MEASURES)
    assert not rerated.starts_baseline
    assert [a.name for a in rerated.activities] == list(FIRST_ACTIVITIES)
    assert rerated.score == 6.0  # (6 + 5 + 7) / 3
    assert rerated.change is not None
    assert rerated.change.verdict is Verdict.THRESHOLD_IMPROVEMENT
    assert describe_change(rerated.change) == (
        f"Activity score is up from 3 to 6 since {FIRST_DAY.day} March, "
        "an improvement beyond the detectable change."
    )
    assert [(c.name, c.points, c.beyond_detectable_change) for c in rerated.activity_changes] == [
        ("Sitting through a film", 4, True),
        ("Putting on socks", 1, False),
        ("Walking to the shops", 4, True),
    ]
    latest = latest_functional_scale(store)
    assert latest is not None and latest.score == 6.0


def test_small_functional_change_is_not_called_meaningful(store: Store) -> None:
    first = {"Driving": 4, "Gardening": 4, "Cooking": 4, "Kneeling": 4}
    record_functional_scale(store, first, MARCH_10)
    rerated, _ = record_functional_scale(
        store,
        {"Driving": 5, "Gardening": 6, "Cooking": 5, "Kneeling": 6},
        MARCH_10 + timedelta(days=14),
    )
    assert rerated.change is not None
    assert rerated.change.verdict is Verdict.SMALL_IMPROVEMENT  # 4 -> 5.5 is under 2 points
    assert "4 to 5.5" in describe_change(rerated.change)


def test_rerating_other_activities_is_refused_without_a_new_baseline(store: Store) -> None:
    record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10)
    with pytest.raises(MeasureInvalid) as refused:
        record_functional_scale(
            store, {"Sitting through a film": 5, "Cycling": 3}, MARCH_10 + timedelta(days=14)
        )
    assert refused.value.reason is MeasureRefusal.RERATE_THE_SAME
    assert refused.value.names == tuple(FIRST_ACTIVITIES)
    assert _responses(store) == 1


def test_a_new_baseline_restarts_progress(store: Store) -> None:
    record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10)
    record_functional_scale(
        store,
        {name: rating + 1 for name, rating in FIRST_ACTIVITIES.items()},
        MARCH_10 + timedelta(days=14),
    )
    assert progress(store, "psfs") is not None

    new = {"Cycling": 2, "Lifting a child": 5, "Carrying shopping": 2, "Kneeling": 5}
    fresh, _ = record_functional_scale(store, new, MARCH_10 + timedelta(days=28), True)
    assert fresh.starts_baseline and fresh.change is None
    assert progress(store, "psfs") is None
    scale = functional_scale_baseline(store)
    assert scale is not None and scale.names == tuple(new)

    # The old activities are no longer the ones to re-rate.
    with pytest.raises(MeasureInvalid) as refused:
        record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10 + timedelta(days=42))
    assert refused.value.reason is MeasureRefusal.RERATE_THE_SAME
    assert refused.value.names[:2] == ("Cycling", "Lifting a child")
    record_functional_scale(
        store,
        {"Cycling": 6, "Lifting a child": 7, "Carrying shopping": 6, "Kneeling": 7},
        MARCH_10 + timedelta(days=42),
    )
    change = progress(store, "psfs")
    assert change is not None
    assert (change.baseline.score, change.current.score) == (3.5, 6.5)
    # Every sitting stays in the history, across baselines.
    assert [r.score for r in measure_history(store, "psfs")] == [3.0, 4.0, 3.5, 6.5]


@pytest.mark.parametrize(
    ("activities", "reason"),
    [
        ({}, MeasureRefusal.NO_ACTIVITIES),
        ({f"Activity {n}": 5 for n in range(6)}, MeasureRefusal.TOO_MANY_ACTIVITIES),
        ({"  ": 5}, MeasureRefusal.UNNAMED_ACTIVITY),
        ({"x" * 81: 5}, MeasureRefusal.NAME_TOO_LONG),
        ({"Driving": 11}, MeasureRefusal.NOT_ON_SCALE),
        ({"Driving": -1}, MeasureRefusal.NOT_ON_SCALE),
        ({"Driving": 5.5}, MeasureRefusal.NOT_A_WHOLE_NUMBER),
        ({"Driving": 5, "driving ": 6, "Cooking": 4}, MeasureRefusal.ACTIVITY_TWICE),
        ({"Driving": 5, "Cooking": 4}, MeasureRefusal.TOO_FEW_ACTIVITIES),
    ],
)
def test_functional_scale_refusals_store_nothing(
    store: Store, activities: dict[str, int], reason: MeasureRefusal
) -> None:
    # tests/gui/test_problem_texts.py holds how the dialog words each of these.
    with pytest.raises(MeasureInvalid) as refused:
        record_functional_scale(store, activities, MARCH_10)
    assert refused.value.reason is reason
    assert _responses(store) == 0


# --- History of pain, progress, and what is due ------------------------------------------------


def test_pain_history_and_progress_come_from_live_check_ins(store: Store) -> None:
    with store.units.write() as uow:
        for days, leg, deleted in ((0, 7, False), (5, 9, True), (10, 4, False)):
            uow.session.add(
                CheckIn(
                    recorded_at=MARCH_10 + timedelta(days=days),
                    back_pain=3,
                    leg_pain=leg,
                    leg_reach=LegReach.CALF,
                    deleted_at=MARCH_10 if deleted else None,
                )
            )
        uow.commit()
    assert [r.score for r in measure_history(store, "leg_pain")] == [7, 4]
    change = progress(store, "leg_pain")
    assert change is not None
    assert change.verdict is Verdict.THRESHOLD_IMPROVEMENT
    assert describe_change(change) == (
        f"Leg pain is down from 7 to 4 since {FIRST_DAY.day} March, "
        "an improvement of at least the minimal important change."
    )
    back = progress(store, "back_pain")
    assert back is not None and back.verdict is Verdict.NO_CHANGE


def test_progress_needs_two_scores_and_a_known_measure(store: Store) -> None:
    assert progress(store, "sbi") is None
    record_bothersomeness(store, BAD_WEEK, MARCH_10)
    assert progress(store, "sbi") is None
    with pytest.raises(MeasureInvalid, match="no measure called 'odi'"):
        measure_history(store, "odi")


def test_due_items_follow_the_weekly_and_fortnightly_schedules(store: Store) -> None:
    today = FIRST_DAY
    due = due_items(store, today)
    assert [(d.measure_id, d.never_taken, d.due_on) for d in due] == [
        ("psfs", True, today),
        ("sbi", True, today),
    ]
    assert {d.title for d in due} == {"Sciatica bother score", "Activity score"}

    record_bothersomeness(store, BAD_WEEK, MARCH_10)
    record_functional_scale(store, FIRST_ACTIVITIES, MARCH_10)
    assert due_items(store, today + timedelta(days=6)) == []
    week = due_items(store, today + timedelta(days=9))
    assert [(d.measure_id, d.due_on, d.days_overdue) for d in week] == [
        ("sbi", FIRST_DAY + timedelta(days=7), 2)
    ]
    fortnight = due_items(store, today + timedelta(days=14))
    assert [d.measure_id for d in fortnight] == ["sbi", "psfs"]
    assert not any(d.never_taken for d in fortnight)
    # A clinician may stretch the functional scale to four weeks, not beyond.
    stretched = due_items(store, today + timedelta(days=14), {"psfs": 28})
    assert [d.measure_id for d in stretched] == ["sbi"]
    with pytest.raises(MeasureInvalid):
        due_items(store, today, {"psfs": 40})


def test_deleted_sittings_are_ignored(store: Store) -> None:
    record_bothersomeness(store, BAD_WEEK, MARCH_10)
    with store.units.write() as uow:
        for row in uow.session.scalars(select(QuestionnaireResponse)):
            row.deleted_at = MARCH_10
        uow.commit()
    assert measure_history(store, "sbi") == []
    assert [d.measure_id for d in due_items(store, FIRST_DAY + timedelta(days=1))] == [
        "psfs",
        "sbi",
    ]


def test_a_stored_sitting_of_one_or_two_activities_is_kept_and_re_rated_as_it_is(
    store: Store,
) -> None:
    """Sittings stored before 3 were needed stay: shown, re-rated and counted as they are."""
    with store.units.write() as uow:
        uow.session.add(
            QuestionnaireResponse(
                instrument="psfs",
                instrument_version="1",
                taken_at=MARCH_10,
                answers={
                    "activities": [
                        {"name": "Driving", "rating": 3},
                        {"name": "Gardening", "rating": 5},
                    ],
                    "new_baseline": True,
                },
                score=4.0,
            )
        )
        uow.commit()
    baseline = functional_scale_baseline(store)
    assert baseline is not None and baseline.names == ("Driving", "Gardening")
    rerated, _ = record_functional_scale(
        store, {"Driving": 6, "Gardening": 7}, MARCH_10 + timedelta(days=14)
    )
    assert not rerated.starts_baseline
    assert [a.name for a in rerated.activities] == ["Driving", "Gardening"]
    assert [r.score for r in measure_history(store, "psfs")] == [4.0, 6.5]
    # New activities, though, need three.
    with pytest.raises(MeasureInvalid) as too_few:
        record_functional_scale(store, {"Cycling": 2}, MARCH_10 + timedelta(days=28), True)
    assert too_few.value.reason is MeasureRefusal.TOO_FEW_ACTIVITIES
