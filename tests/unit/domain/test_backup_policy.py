"""The retention policy for automatic backups: 12 daily, 10 weekly, 9 monthly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from companion.domain.backup_policy import DEFAULT_RETENTION, RetentionPolicy, backups_to_keep


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A backup time on `day` (UTC)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def daily(first: date, last: date, hour: int = 12) -> list[datetime]:
    """One backup a day from `first` to `last`, both included."""
    return [at(first + timedelta(days=n), hour) for n in range((last - first).days + 1)]


def days_of(kept: set[datetime]) -> list[date]:
    """The kept backups' days, oldest first."""
    return sorted(when.date() for when in kept)


def test_default_policy_is_twelve_daily_ten_weekly_nine_monthly() -> None:
    assert RetentionPolicy(daily=12, weekly=10, monthly=9) == DEFAULT_RETENTION


def test_nothing_to_keep_without_backups() -> None:
    assert backups_to_keep([]) == set()


def test_a_single_backup_is_kept() -> None:
    only = at(date(2025, 3, 4))
    assert backups_to_keep([only]) == {only}


def test_fewer_days_than_the_daily_allowance_keeps_everything() -> None:
    times = daily(date(2025, 3, 1), date(2025, 3, 12))
    assert backups_to_keep(times) == set(times)


def test_a_year_of_daily_backups_keeps_12_daily_10_weekly_9_monthly() -> None:
    # 2025-12-31 is a Wednesday; worked out by hand from the policy's description.
    times = daily(date(2025, 1, 1), date(2025, 12, 31))
    expected_daily = [date(2025, 12, d) for d in range(20, 32)]
    # 20 December is in ISO week 51, so weekly keeps start at the Sunday before it.
    expected_weekly = [
        date(2025, 10, 12),
        date(2025, 10, 19),
        date(2025, 10, 26),
        date(2025, 11, 2),
        date(2025, 11, 9),
        date(2025, 11, 16),
        date(2025, 11, 23),
        date(2025, 11, 30),
        date(2025, 12, 7),
        date(2025, 12, 14),
    ]
    # October is covered by a weekly keep, so monthly keeps start with the end of September.
    expected_monthly = [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
        date(2025, 6, 30),
        date(2025, 7, 31),
        date(2025, 8, 31),
        date(2025, 9, 30),
    ]

    kept = backups_to_keep(times)

    assert days_of(kept) == expected_monthly + expected_weekly + expected_daily
    assert len(kept) == 12 + 10 + 9


def test_the_newest_of_each_day_is_the_one_kept() -> None:
    day = date(2025, 6, 10)
    times = [at(day, 8), at(day, 13, 30), at(day, 22, 15), at(day - timedelta(days=1), 9)]
    kept = backups_to_keep(times)
    assert kept == {at(day, 22, 15), at(day - timedelta(days=1), 9)}


def test_several_backups_a_day_for_a_month_keeps_one_per_day_then_one_per_week() -> None:
    first = date(2025, 5, 1)
    times = [at(first + timedelta(days=n), hour) for n in range(31) for hour in (7, 12, 21)]
    kept = backups_to_keep(times)
    # 31 May 2025 is a Saturday: daily keeps are 20-31 May; 20 May is in ISO week 21
    # (19-25 May), so the weekly keeps are the Sundays 18, 11 and 4 May; then 1-3 May share
    # week 18 with 4 May and May itself is already covered, so nothing older is kept.
    assert kept == {at(date(2025, 5, d), 21) for d in [*range(20, 32), 18, 11, 4]}


def test_weekly_keeps_are_the_newest_backup_of_each_week() -> None:
    # Daily keeps use up the allowance, then on older days several backups fall in each week.
    policy = RetentionPolicy(daily=1, weekly=3, monthly=0)
    times = [
        at(date(2025, 9, 17), 10),  # Wednesday, week 38: the daily keep
        at(date(2025, 9, 12), 9),  # Friday, week 37
        at(date(2025, 9, 10), 9),  # Wednesday, week 37 (older in the same week)
        at(date(2025, 9, 3), 9),  # Wednesday, week 36
        at(date(2025, 9, 1), 23),  # Monday, week 36 (older in the same week)
        at(date(2025, 8, 28), 9),  # Thursday, week 35
        at(date(2025, 8, 20), 9),  # week 34: beyond the weekly allowance
    ]
    kept = backups_to_keep(times, policy)
    assert kept == {
        at(date(2025, 9, 17), 10),
        at(date(2025, 9, 12), 9),
        at(date(2025, 9, 3), 9),
        at(date(2025, 8, 28), 9),
    }


def test_a_gap_of_weeks_does_not_waste_the_daily_allowance() -> None:
    # Someone who stops using the app for three weeks still has 12 distinct days kept.
    recent = daily(date(2025, 4, 25), date(2025, 4, 30))
    older = daily(date(2025, 3, 20), date(2025, 4, 3))
    kept = backups_to_keep(recent + older)
    expected_days = (
        [d.date() for d in recent]
        + [date(2025, 4, d) for d in (1, 2, 3)]
        + [date(2025, 3, d) for d in (29, 30, 31)]
    )
    # 29-31 March are the last of the 12 daily keeps; week 13 (24-30 March) is covered by
    # them, so the weekly keep of the older run is the newest of week 12: Sunday 23 March.
    assert days_of(kept) == sorted([*expected_days, date(2025, 3, 23)])


def test_monthly_keeps_cross_year_boundaries() -> None:
    policy = RetentionPolicy(daily=1, weekly=0, monthly=3)
    times = [
        at(date(2025, 2, 3)),
        at(date(2025, 1, 20)),
        at(date(2025, 1, 2)),
        at(date(2024, 12, 31)),
        at(date(2024, 12, 1)),
        at(date(2024, 11, 30)),
        at(date(2024, 10, 15)),
    ]
    kept = backups_to_keep(times, policy)
    # The daily keep covers February; then one per month: January, December, November.
    assert kept == {
        at(date(2025, 2, 3)),
        at(date(2025, 1, 20)),
        at(date(2024, 12, 31)),
        at(date(2024, 11, 30)),
    }


def test_a_month_boundary_inside_a_week_counts_the_week_once() -> None:
    # Week 5 of 2025 runs from Monday 27 January to Sunday 2 February.
    policy = RetentionPolicy(daily=1, weekly=2, monthly=0)
    times = [
        at(date(2025, 2, 10)),  # the daily keep (week 7)
        at(date(2025, 2, 2)),  # week 5, February
        at(date(2025, 1, 29)),  # week 5, January: same week, not kept
        at(date(2025, 1, 22)),  # week 4
        at(date(2025, 1, 15)),  # week 3: beyond the weekly allowance
    ]
    kept = backups_to_keep(times, policy)
    assert kept == {at(date(2025, 2, 10)), at(date(2025, 2, 2)), at(date(2025, 1, 22))}


def test_order_and_duplicates_of_the_input_do_not_matter() -> None:
    times = daily(date(2025, 1, 1), date(2025, 6, 30))
    shuffled = times[::-1][::2] + times[1::2] + times[:10]
    assert backups_to_keep(shuffled) == backups_to_keep(times)


@pytest.mark.parametrize("days", [1, 11, 12, 13, 40, 100, 365, 1000])
def test_never_more_than_31_and_the_newest_is_always_kept(days: int) -> None:
    times = daily(date(2024, 1, 1), date(2024, 1, 1) + timedelta(days=days - 1))
    kept = backups_to_keep(times)
    assert max(times) in kept
    assert kept <= set(times)
    assert len(kept) <= 31
    if days <= 12:
        assert kept == set(times)
    if days >= 365:
        assert len(kept) == 31


def test_keeping_is_stable_when_applied_again() -> None:
    # prune_backups applies the policy to what survived the last prune: a second pass must not
    # remove anything more.
    kept = backups_to_keep(daily(date(2025, 1, 1), date(2025, 12, 31)))
    assert backups_to_keep(kept) == kept
