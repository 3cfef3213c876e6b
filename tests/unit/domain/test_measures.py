"""Scoring, change from baseline and due dates of the built-in outcome measures."""

from __future__ import annotations

from datetime import date

import pytest

from companion.domain.measures import (
    BACK_PAIN,
    BOTHERSOMENESS,
    BOTHERSOMENESS_QUESTIONS,
    FUNCTIONAL_SCALE,
    LEG_PAIN,
    BothersomenessItem,
    ChangeThreshold,
    FunctionalScale,
    Measure,
    MeasureError,
    MeasureResult,
    RatedActivity,
    Verdict,
    activity_changes,
    bothersomeness_in_success_range,
    change_from_baseline,
    change_since_baseline,
    describe_change,
    due_measures,
    next_due,
    score_bothersomeness,
)

MARCH_3 = date(2026, 3, 3)
APRIL_1 = date(2026, 4, 1)


def leg(score: float, on: date = APRIL_1) -> MeasureResult:
    return MeasureResult(LEG_PAIN, score, on)


# --- NPRS change from baseline: 2 points or 30% -------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "current", "verdict"),
    [
        (7, 4, Verdict.THRESHOLD_IMPROVEMENT),  # 3 points, 43%
        (7, 5, Verdict.THRESHOLD_IMPROVEMENT),  # exactly 2 points
        (8, 7, Verdict.SMALL_IMPROVEMENT),  # 1 point, 12.5%
        (3, 2, Verdict.THRESHOLD_IMPROVEMENT),  # 1 point but 33%
        (10, 8, Verdict.THRESHOLD_IMPROVEMENT),  # 2 points, 20%
        (10, 9, Verdict.SMALL_IMPROVEMENT),  # 1 point, 10%
        (5, 5, Verdict.NO_CHANGE),
        (0, 0, Verdict.NO_CHANGE),
        (4, 5, Verdict.SMALL_WORSENING),
        (1, 2, Verdict.SMALL_WORSENING),  # +100% but only 1 point: not called meaningful
        (4, 6, Verdict.THRESHOLD_WORSENING),
        (0, 2, Verdict.THRESHOLD_WORSENING),
    ],
)
def test_pain_change_verdict_follows_two_points_or_thirty_percent(
    baseline: int, current: int, verdict: Verdict
) -> None:
    change = change_from_baseline(leg(baseline, MARCH_3), leg(current))
    assert change.verdict is verdict
    assert change.reaches_threshold is verdict.value.startswith("threshold")


def test_pain_change_reports_points_and_percent_of_the_baseline_problem() -> None:
    change = change_from_baseline(leg(8, MARCH_3), leg(6))
    assert change.points == -2
    assert change.improvement == 2
    assert change.percent_improvement == pytest.approx(25.0)


def test_percent_is_none_when_the_baseline_was_already_the_best_possible() -> None:
    change = change_from_baseline(leg(0, MARCH_3), leg(3))
    assert change.percent_improvement is None
    assert change.improvement == -3


def test_higher_is_better_scale_counts_a_rise_as_improvement() -> None:
    before = MeasureResult(FUNCTIONAL_SCALE, 4.0, MARCH_3)
    after = MeasureResult(FUNCTIONAL_SCALE, 6.0, APRIL_1)
    change = change_from_baseline(before, after)
    assert change.improvement == 2
    # 2 of the 6 points that were missing at baseline have come back.
    assert change.percent_improvement == pytest.approx(100 / 3)
    assert change.verdict is Verdict.THRESHOLD_IMPROVEMENT


def test_functional_scale_has_no_percent_threshold() -> None:
    before = MeasureResult(FUNCTIONAL_SCALE, 8.0, MARCH_3)
    after = MeasureResult(FUNCTIONAL_SCALE, 9.0, APRIL_1)  # half the gap closed, but 1 point
    assert change_from_baseline(before, after).verdict is Verdict.SMALL_IMPROVEMENT


def test_a_measure_without_a_threshold_is_never_called_meaningful() -> None:
    change = change_from_baseline(
        MeasureResult(BOTHERSOMENESS, 20, MARCH_3), MeasureResult(BOTHERSOMENESS, 2, APRIL_1)
    )
    assert change.verdict is Verdict.SMALL_IMPROVEMENT
    assert not change.reaches_threshold
    assert not change.threshold_known


def test_comparing_different_measures_is_refused() -> None:
    with pytest.raises(MeasureError, match="baseline of leg_pain"):
        change_from_baseline(leg(5, MARCH_3), MeasureResult(BACK_PAIN, 3, APRIL_1))


def test_a_baseline_after_the_current_score_is_refused() -> None:
    with pytest.raises(MeasureError, match="baseline"):
        change_from_baseline(leg(5, APRIL_1), leg(3, MARCH_3))


@pytest.mark.parametrize("score", [-1, 11, float("nan"), True])
def test_a_score_outside_the_scale_is_refused(score: float) -> None:
    with pytest.raises(MeasureError, match="leg_pain"):
        leg(score)


def test_change_since_baseline_compares_newest_with_oldest() -> None:
    results = [leg(5, date(2026, 3, 10)), leg(7, MARCH_3), leg(3, APRIL_1)]
    change = change_since_baseline(results)
    assert change is not None
    assert (change.baseline.score, change.current.score) == (7, 3)
    assert change_since_baseline(results[:1]) is None


@pytest.mark.parametrize(
    ("mcid", "message"),
    [
        ({}, "points, a percentage or both"),
        ({"points": 0}, "points must be above 0"),
        ({"percent": 120}, "percent must be 0-100"),
    ],
)
def test_minimal_important_change_validation(mcid: dict[str, float], message: str) -> None:
    with pytest.raises(MeasureError, match=message):
        ChangeThreshold(**mcid)


def test_measure_needs_an_ordered_scale() -> None:
    with pytest.raises(MeasureError, match="low < high"):
        Measure("odd", "Odd", 5, 5, higher_is_worse=True)


# --- Change sentences -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "current", "sentence"),
    [
        (
            7,
            4,
            "Leg pain is down from 7 to 4 since 3 March, "
            "an improvement of at least the minimal important change.",
        ),
        (
            7,
            6,
            "Leg pain is down from 7 to 6 since 3 March, "
            "a small change that may be day-to-day variation.",
        ),
        (
            3,
            4,
            "Leg pain is up from 3 to 4 since 3 March, "
            "a small change that may be day-to-day variation.",
        ),
        (
            3,
            6,
            "Leg pain is up from 3 to 6 since 3 March, "
            "a worsening of at least the minimal important change.",
        ),
        (5, 5, "Leg pain is 5, the same as on 3 March."),
    ],
)
def test_pain_sentences(baseline: int, current: int, sentence: str) -> None:
    assert describe_change(change_from_baseline(leg(baseline, MARCH_3), leg(current))) == sentence


def test_sentence_without_a_threshold_gives_only_the_numbers() -> None:
    change = change_from_baseline(
        MeasureResult(BOTHERSOMENESS, 14, MARCH_3), MeasureResult(BOTHERSOMENESS, 9, APRIL_1)
    )
    text = describe_change(change)
    assert text == "Sciatica bother score is down from 14 to 9 since 3 March."
    assert "change." not in text and "beyond" not in text  # no threshold: numbers only


def test_sentence_shows_averages_to_one_decimal_and_names_an_earlier_year() -> None:
    change = change_from_baseline(
        MeasureResult(FUNCTIONAL_SCALE, 10 / 3, date(2025, 12, 20)),
        MeasureResult(FUNCTIONAL_SCALE, 5.8, date(2026, 1, 10)),
    )
    assert describe_change(change) == (
        "Activity score is up from 3.3 to 5.8 since 20 December 2025, "
        "an improvement beyond the detectable change."
    )


def test_sentence_calls_a_change_invisible_at_one_decimal_the_same() -> None:
    change = change_from_baseline(
        MeasureResult(FUNCTIONAL_SCALE, 3.25, MARCH_3),
        MeasureResult(FUNCTIONAL_SCALE, 3.2, APRIL_1),
    )
    assert describe_change(change) == "Activity score is 3.2, the same as on 3 March."


# --- Sciatica bothersomeness index ------------------------------------------------------------


def test_bothersomeness_total_is_the_sum_of_four_items() -> None:
    answers = {
        BothersomenessItem.LEG_PAIN: 5,
        BothersomenessItem.NUMBNESS_OR_TINGLING: 3,
        BothersomenessItem.WEAKNESS: 0,
        BothersomenessItem.PAIN_WHEN_SITTING: 6,
    }
    assert score_bothersomeness(answers) == 14
    assert score_bothersomeness(dict.fromkeys(BothersomenessItem, 6)) == 24
    assert score_bothersomeness({item.value: 0 for item in BothersomenessItem}) == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weakness": 7}, "bothersomeness.weakness: 7 is outside 0-6"),
        ({"weakness": -1}, "bothersomeness.weakness: -1 is outside 0-6"),
        ({"weakness": 2.5}, "bothersomeness.weakness: must be a whole number"),
        ({"weakness": True}, "bothersomeness.weakness: must be a whole number"),
        ({"walking": 2}, "unknown item"),
    ],
)
def test_bothersomeness_validation(change: dict[str, object], message: str) -> None:
    answers: dict[str, object] = {item.value: 1 for item in BothersomenessItem}
    answers.update(change)
    with pytest.raises(MeasureError, match=message):
        score_bothersomeness(answers)  # type: ignore[arg-type]


def test_bothersomeness_needs_every_item() -> None:
    with pytest.raises(MeasureError, match="please answer weakness, pain_when_sitting"):
        score_bothersomeness({"leg_pain": 1, "numbness_or_tingling": 1})


def test_every_bothersomeness_item_has_a_question() -> None:
    assert set(BOTHERSOMENESS_QUESTIONS) == set(BothersomenessItem)
    assert all(text.endswith("?") for text in BOTHERSOMENESS_QUESTIONS.values())


@pytest.mark.parametrize(("total", "inside"), [(6, True), (6.5, True), (7, False)])
def test_bothersomeness_success_cutoff(total: float, inside: bool) -> None:
    assert bothersomeness_in_success_range(total) is inside


# --- Patient-specific functional scale --------------------------------------------------------


def test_functional_scale_score_is_the_mean_rating() -> None:
    sitting = FunctionalScale.of({"Putting on socks": 3, "Walking to the shop": 5, "Driving": 4})
    assert sitting.score == pytest.approx(4.0)
    assert sitting.names == ("Putting on socks", "Walking to the shop", "Driving")
    assert FunctionalScale.of({"Gardening": 7}).score == 7
    result = sitting.result(MARCH_3)
    assert (result.measure, result.score, result.taken_on) == (FUNCTIONAL_SCALE, 4.0, MARCH_3)


@pytest.mark.parametrize(
    ("ratings", "message"),
    [
        ({}, "between 1 and 5 activities, not 0"),
        ({f"Activity {n}": 5 for n in range(6)}, "between 1 and 5 activities, not 6"),
        ({"Driving": 11}, r"activities\[0\].rating: 11 is outside 0-10"),
        ({"Driving": -1}, r"activities\[0\].rating: -1 is outside 0-10"),
        ({"Driving": 4.5}, r"activities\[0\].rating: must be a whole number"),
        ({"Driving": 4, "   ": 3}, r"activities\[1\].name: the activity needs a name"),
        ({"x" * 81: 3}, r"activities\[0\].name: keep it under 80"),
        ({"Driving": 4, "  driving ": 3}, r"activities\[1\].name: 'driving' is listed twice"),
    ],
)
def test_functional_scale_validation(ratings: dict[str, int], message: str) -> None:
    with pytest.raises(MeasureError, match=message):
        FunctionalScale.of(ratings)


def test_rerating_keeps_the_baseline_activities_and_order() -> None:
    first = FunctionalScale.of({"Putting on socks": 3, "Driving": 4})
    later = first.rerate({"driving": 8, "PUTTING  ON SOCKS": 5})
    assert later.activities == (RatedActivity("Putting on socks", 5), RatedActivity("Driving", 8))
    assert later.score == pytest.approx(6.5)


def test_rerating_different_activities_is_refused_and_says_which() -> None:
    first = FunctionalScale.of({"Putting on socks": 3, "Driving": 4})
    with pytest.raises(MeasureError) as caught:
        first.rerate({"Driving": 6, "Swimming": 5})
    assert "rate these again: Putting on socks" in str(caught.value)
    assert "not in the first rating: Swimming" in str(caught.value)
    with pytest.raises(MeasureError, match="rate these again: Driving"):
        first.rerate({"Putting on socks": 6})


def test_rerating_the_same_activity_twice_is_refused() -> None:
    first = FunctionalScale.of({"Driving": 4})
    with pytest.raises(MeasureError, match="listed twice"):
        first.rerate({"Driving": 6, "driving": 5})


def test_activity_changes_flag_three_points_on_one_activity() -> None:
    first = FunctionalScale.of({"Socks": 2, "Driving": 4, "Walking": 6})
    later = FunctionalScale.of({"Walking": 4, "Driving": 6, "Socks": 5})
    changes = activity_changes(first, later)
    assert [(c.name, c.points, c.beyond_detectable_change) for c in changes] == [
        ("Socks", 3, True),
        ("Driving", 2, False),
        ("Walking", -2, False),
    ]


# --- Due dates --------------------------------------------------------------------------------


def test_everything_is_due_at_once_the_first_time() -> None:
    due = due_measures({}, MARCH_3)
    assert [(d.measure_id, d.due_on, d.never_taken) for d in due] == [
        ("psfs", MARCH_3, True),
        ("sbi", MARCH_3, True),
    ]


@pytest.mark.parametrize(
    ("sbi_days_ago", "psfs_days_ago", "due_ids"),
    [
        (6, 13, []),
        (7, 13, ["sbi"]),
        (6, 14, ["psfs"]),
        (10, 30, ["psfs", "sbi"]),  # psfs has been due longer, so it comes first
        (0, 0, []),
    ],
)
def test_bothersomeness_weekly_functional_scale_fortnightly(
    sbi_days_ago: int, psfs_days_ago: int, due_ids: list[str]
) -> None:
    today = date(2026, 3, 31)
    last = {
        "sbi": date.fromordinal(today.toordinal() - sbi_days_ago),
        "psfs": date.fromordinal(today.toordinal() - psfs_days_ago),
        "leg_pain": date(2020, 1, 1),  # unscheduled: never listed
    }
    assert [d.measure_id for d in due_measures(last, today)] == due_ids


def test_overdue_days_are_counted_from_the_due_date() -> None:
    (due,) = due_measures({"sbi": date(2026, 3, 1), "psfs": date(2026, 3, 20)}, APRIL_1)
    assert due.due_on == date(2026, 3, 8)
    assert due.days_overdue(APRIL_1) == 24
    assert not due.never_taken


def test_a_clinic_questionnaire_joins_the_schedule() -> None:
    last = {"sbi": APRIL_1, "psfs": APRIL_1, "odi": date(2026, 3, 1)}
    due = due_measures(last, APRIL_1, intervals={"odi": 28, "rmdq": 28})
    assert [(d.measure_id, d.never_taken) for d in due] == [("odi", False), ("rmdq", True)]


@pytest.mark.parametrize("interval", [13, 29])
def test_functional_scale_interval_stays_within_two_to_four_weeks(interval: int) -> None:
    with pytest.raises(MeasureError, match="14-28"):
        due_measures({}, APRIL_1, intervals={"psfs": interval})


def test_functional_scale_interval_can_be_stretched_to_four_weeks() -> None:
    last = {"sbi": APRIL_1, "psfs": date(2026, 3, 10)}
    assert due_measures(last, APRIL_1, intervals={"psfs": 28}) == []
    assert next_due(date(2026, 3, 10), 28, APRIL_1) == date(2026, 4, 7)


def test_next_due_refuses_a_zero_interval() -> None:
    with pytest.raises(MeasureError):
        next_due(None, 0, APRIL_1)
