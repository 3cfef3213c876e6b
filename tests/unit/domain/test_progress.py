"""Rolling averages and the Progress page's sentences: plain, and never more than the data says."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.domain.progress import PainDay, describe_reach, rolling_means, summarise
from companion.domain.vocabulary import LegReach

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


def test_a_short_period_compares_the_first_day_with_the_last() -> None:
    sentences = summarise([_day(0, 5, 7), _day(4, 5, 6), _day(9, 4, 4)])
    assert (
        sentences[0] == "Leg pain is down from 7 to 4 since 3 March, "
        "an improvement of at least the minimal important change."
    )
    assert sentences[1].startswith("Back pain is down from 5 to 4 since 3 March, a small change")
    assert sentences[2] == "Leg symptoms reach the thigh, as on 3 March."


def test_a_long_period_compares_weekly_averages_so_one_good_day_is_not_a_recovery() -> None:
    first_week = [_day(o, 5, leg) for o, leg in ((0, 9), (2, 5), (4, 6))]
    # The last day alone (leg 2) would read as a big improvement; its 7-day average does not.
    last = PainDay(START + timedelta(days=30), 5, 2, 5, 5.4, 1, LegReach.THIGH)
    sentences = summarise([*first_week, _day(20, 5, 7), last])
    assert sentences[0] == (
        "Leg pain (7-day average) is down from 6.7 to 5.4 since 3 March, "
        "a small change that may be day-to-day variation."
    )


def test_one_day_has_nothing_to_compare_and_two_days_say_they_are_few() -> None:
    assert summarise([_day(0, 5, 7)]) == []
    sentences = summarise([_day(0, 5, 7), _day(1, 5, 7)])
    assert sentences[-1].startswith("These are only 2 days of check-ins")


@pytest.mark.parametrize(
    ("then", "now", "expected"),
    [
        (LegReach.FOOT, LegReach.THIGH, "closer to the back, which is a good sign"),
        (LegReach.CALF, LegReach.NONE, "Leg symptoms have gone since 3 March"),
        (LegReach.BUTTOCK, LegReach.CALF, "further than on 3 March (the buttock)"),
        (LegReach.NONE, LegReach.THIGH, "on 3 March there were none"),
        (LegReach.NONE, LegReach.NONE, "No leg symptoms, as on 3 March."),
    ],
)
def test_reach_sentences_call_only_retreat_a_good_sign(
    then: LegReach, now: LegReach, expected: str
) -> None:
    text = describe_reach(_day(0, 1, 1, then), _day(5, 1, 1, now))
    assert expected in text
    assert ("good sign" in text) == (now.level < then.level)


def test_planned_sessions_per_week_count_only_the_days_shown() -> None:
    from companion.domain.programme import PlanPeriod
    from companion.domain.progress import bucket_start, planned_by_bucket

    monday = date(2026, 3, 2)
    # Two sessions on weekdays, none at the weekend, from Wednesday on.
    plan = PlanPeriod(monday + timedelta(days=2), None, (2, 2, 2, 2, 2, 0, 0))
    planned = planned_by_bucket([plan], monday + timedelta(days=1), monday + timedelta(days=8), 7)
    assert planned == {monday: 6, monday + timedelta(days=7): 4}
    assert bucket_start(date(2026, 3, 8), 7) == monday  # a Sunday belongs to its Monday's week
    assert bucket_start(date(2026, 3, 8), 30) == date(2026, 3, 1)


def test_one_low_day_against_another_is_not_called_meaningful() -> None:
    # 3 -> 2 is 33% of the pain gone, but between two single days it is within the noise.
    sentences = summarise([_day(0, 3, 3), _day(5, 3, 2)])
    assert sentences[0] == (
        "Leg pain is down from 3 to 2 since 3 March, a small change that may be day-to-day "
        "variation."
    )
