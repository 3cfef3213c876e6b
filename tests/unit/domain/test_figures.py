"""Rolling averages and the first week against the last: plain, never more than the data says.

The same comparison fills the Progress headline and the report (tests/integration/
test_figures_agree.py holds the two equal on a real database).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.domain.figures import (
    Bucket,
    PainDay,
    Period,
    ReachTrend,
    bucket_start,
    planned_by_bucket,
    reach_summary,
    rolling_means,
    summarise,
)
from companion.domain.programme import PlanPeriod
from companion.domain.vocabulary import LegReach
from companion.reports.report_words import headline, reach_sentence, verdict_flag
from companion.reports.wording import ENGLISH, wording

ENGLISH_WORDS = wording(ENGLISH)

START = date(2026, 3, 3)


def _day(offset: int, back: float, leg: float, reach: LegReach = LegReach.THIGH) -> PainDay:
    return PainDay(START + timedelta(days=offset), back, leg, back, leg, 1, reach)


def test_rolling_means_cover_seven_calendar_days_and_skip_missing_days() -> None:
    days = [START + timedelta(days=o) for o in (0, 1, 6, 7, 20)]
    means = rolling_means(days, [10, 8, 6, 4, 2])
    assert means == pytest.approx([10, 9, 8, 6, 2])  # day 7 drops day 0; day 20 stands alone


def test_rolling_means_need_one_value_per_day() -> None:
    with pytest.raises(ValueError):
        rolling_means([START], [1, 2])


def test_a_short_period_compares_its_first_half_with_its_last() -> None:
    # Ten days: the first five (legs 7 and 6) against the last five (leg 4).
    summary = summarise([_day(0, 5, 7), _day(4, 5, 6), _day(9, 4, 4)])
    assert summary.leg.sentence == (
        "Leg pain is down from 6.5 to 4 since 3 March, "
        "an improvement of at least the minimal important change."
    )
    assert summary.back.sentence.startswith("Back pain is down from 5 to 4 since 3 March")
    assert verdict_flag(ENGLISH_WORDS, summary.back) == "small change"
    assert headline(ENGLISH_WORDS, summary)[:2] == [summary.leg.sentence, summary.back.sentence]
    assert headline(ENGLISH_WORDS, summary)[2] == reach_sentence(ENGLISH_WORDS, summary.reach)


def test_a_long_period_compares_weekly_means_so_one_good_day_is_not_a_recovery() -> None:
    first_week = [_day(o, 5, 6) for o in range(7)]
    # The last day alone (leg 2) would read as a big improvement; the last week's mean does not.
    last_week = [_day(o, 5, 6) for o in range(24, 30)] + [_day(30, 5, 2)]
    summary = summarise([*first_week, _day(15, 5, 7), *last_week])
    assert summary.leg.baseline == 6 and summary.leg.current == 5.4
    assert verdict_flag(ENGLISH_WORDS, summary.leg) == "small change"
    assert summary.leg.sentence == (
        "Leg pain is down from 6 to 5.4 since 3 March, a small change that may be day-to-day "
        "variation."
    )


def test_one_day_has_nothing_to_compare_and_two_days_say_they_are_few() -> None:
    one = summarise([_day(0, 5, 7)])
    assert one.leg.change is None
    assert (
        one.leg.sentence
        == "Leg pain: too few check-ins to compare, 7 on the one day with check-ins."
    )
    assert headline(ENGLISH_WORDS, one) == []  # the page waits for a second day
    two = summarise([_day(0, 5, 7), _day(1, 5, 7)])
    assert headline(ENGLISH_WORDS, two)[-1].startswith("These are only 2 days of check-ins")


def test_one_low_day_against_another_is_not_called_meaningful() -> None:
    # 3 -> 2 is 33% of the pain gone, but between two single days it is within the noise.
    summary = summarise([_day(0, 3, 3), _day(5, 3, 2)])
    assert summary.leg.sentence == (
        "Leg pain is down from 3 to 2 since 3 March, a small change that may be day-to-day "
        "variation."
    )


def test_over_whole_weeks_the_full_minimal_important_change_counts() -> None:
    # 3 -> 2 over a week each is a third of the pain gone: meaningful (2 points or 30%).
    days = [_day(o, 3, 3) for o in range(7)] + [_day(o, 3, 2) for o in range(14, 21)]
    assert verdict_flag(ENGLISH_WORDS, summarise(days).leg) == "important improvement"


@pytest.mark.parametrize(
    ("then", "now", "trend"),
    [
        (LegReach.FOOT, LegReach.THIGH, ReachTrend.RETREATING),
        (LegReach.CALF, LegReach.NONE, ReachTrend.RETREATING),
        (LegReach.BUTTOCK, LegReach.CALF, ReachTrend.SPREADING),
        (LegReach.NONE, LegReach.THIGH, ReachTrend.SPREADING),
        (LegReach.NONE, LegReach.NONE, ReachTrend.UNCHANGED),
    ],
)
def test_only_symptoms_moving_back_towards_the_spine_read_as_retreat(
    then: LegReach, now: LegReach, trend: ReachTrend
) -> None:
    summary = reach_summary([_day(0, 1, 1, then), _day(5, 1, 1, now)])
    assert summary.trend is trend
    assert ("retreated towards the back" in reach_sentence(ENGLISH_WORDS, summary)) == (
        now.level < then.level
    )


def test_planned_sessions_per_week_count_only_the_days_shown() -> None:
    monday = date(2026, 3, 2)
    # Two sessions on weekdays, none at the weekend, from Wednesday on.
    plan = PlanPeriod(monday + timedelta(days=2), None, (2, 2, 2, 2, 2, 0, 0))
    shown = Period(monday + timedelta(days=1), monday + timedelta(days=8))
    planned = planned_by_bucket([plan], shown, Bucket.WEEK)
    assert planned == {monday: 6, monday + timedelta(days=7): 4}
    assert bucket_start(date(2026, 3, 8), Bucket.WEEK) == monday  # a Sunday: its Monday's week
    assert bucket_start(date(2026, 3, 8), Bucket.MONTH) == date(2026, 3, 1)


def test_no_plan_in_force_in_the_period_is_none_not_zero() -> None:
    plan = PlanPeriod(date(2026, 4, 1), None, (1,) * 7)
    assert (
        planned_by_bucket([plan], Period(date(2026, 3, 1), date(2026, 3, 31)), Bucket.DAY) is None
    )
    assert planned_by_bucket([], Period(date(2026, 3, 1), date(2026, 3, 31)), Bucket.DAY) is None
