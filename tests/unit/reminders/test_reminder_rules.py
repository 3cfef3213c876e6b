"""Reminder settings: validation, round trips, and the wall-clock windows."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from companion.reminders.rules import DailyWindow, ReminderRules, next_edge, within

TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, tzinfo=TZ)


def at(day_offset: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=day_offset, hours=hh, minutes=mm)


NIGHT = DailyWindow(time(22, 0), time(7, 0))
OFFICE = DailyWindow(time(9, 0), time(17, 0))


@pytest.mark.parametrize(
    ("window", "moment", "inside"),
    [
        (OFFICE, at(0, 8, 59), False),
        (OFFICE, at(0, 9, 0), True),
        (OFFICE, at(0, 16, 59), True),
        (OFFICE, at(0, 17, 0), False),  # the end is exclusive
        (NIGHT, at(0, 21, 59), False),
        (NIGHT, at(0, 22, 0), True),
        (NIGHT, at(1, 0, 30), True),  # after midnight, yesterday's window still runs
        (NIGHT, at(1, 6, 59), True),
        (NIGHT, at(1, 7, 0), False),
        (NIGHT, at(1, 12, 0), False),
    ],
)
def test_a_daily_window_contains_local_wall_clock_times(
    window: DailyWindow, moment: datetime, inside: bool
) -> None:
    assert within((window,), moment) is inside


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (at(0, 10), True),  # Monday
        (at(4, 16, 30), True),  # Friday
        (at(5, 10), False),  # Saturday: no working hours
        (at(6, 10), False),  # Sunday
        (at(1, 23), True),  # Tuesday's late shift
        (at(2, 1), True),  # ...still running on Wednesday morning
        (at(2, 3), False),
        (at(2, 23), False),  # Wednesday has no late shift
    ],
)
def test_working_hours_are_looked_up_by_the_weekday_the_window_opens(
    moment: datetime, inside: bool
) -> None:
    late_shift = DailyWindow(time(22, 0), time(2, 0))
    weekdays = (OFFICE, late_shift, OFFICE, OFFICE, OFFICE, None, None)
    assert within(weekdays, moment) is inside


@pytest.mark.parametrize(
    ("windows", "moment", "edge"),
    [
        ((OFFICE,), at(0, 8), at(0, 9)),
        ((OFFICE,), at(0, 9), at(0, 17)),  # strictly after
        ((OFFICE,), at(0, 18), at(1, 9)),
        ((NIGHT,), at(0, 23), at(1, 7)),
        ((NIGHT,), at(1, 3), at(1, 7)),
        ((OFFICE, None, None, None, None, None, None), at(0, 18), at(7, 9)),  # beyond 2 days
    ],
)
def test_next_edge_is_the_next_opening_or_closing(
    windows: tuple[DailyWindow | None, ...], moment: datetime, edge: datetime
) -> None:
    found = next_edge(windows, moment)
    if edge - moment > timedelta(days=2):
        assert found is None
    else:
        assert found == edge


def test_window_edges_follow_the_zone_across_a_daylight_saving_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Clocks go forward on 29 March 2026: the 9:00 opening is then 07:00 UTC, not 08:00.
    before = datetime(2026, 3, 28, 8, 0, tzinfo=berlin)
    after = datetime(2026, 3, 30, 8, 0, tzinfo=berlin)
    assert next_edge((OFFICE,), before) == datetime(2026, 3, 28, 9, 0, tzinfo=berlin)
    edge = next_edge((OFFICE,), after)
    assert edge is not None
    assert edge.astimezone(UTC).hour == 7


@pytest.mark.parametrize(
    "changes",
    [
        {"sitting_interval": timedelta(minutes=5)},
        {"sitting_interval": timedelta(hours=4)},
        {"natural_break": timedelta(seconds=30)},
        {"natural_break": timedelta(minutes=30), "sitting_interval": timedelta(minutes=30)},
        {"snooze": timedelta(0)},
        {"snooze": timedelta(hours=3)},
        {"working_hours": (OFFICE,) * 6},
        {"session_times": tuple(time(h) for h in range(13))},
        {"check_in_time": time(19, 0, tzinfo=TZ)},
    ],
)
def test_rules_out_of_bounds_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ReminderRules(**changes)  # type: ignore[arg-type]


def test_window_needs_distinct_ends() -> None:
    with pytest.raises(ValueError):
        DailyWindow(time(9), time(9))


def test_session_times_are_kept_sorted_and_unique() -> None:
    rules = ReminderRules(session_times=(time(18), time(8), time(18)))
    assert rules.session_times == (time(8), time(18))
    assert rules == ReminderRules(session_times=(time(8), time(18)))


def test_sitting_breaks_can_be_switched_off() -> None:
    assert ReminderRules(sitting_interval=None).sitting_interval is None


@pytest.mark.parametrize(
    "rules",
    [
        ReminderRules(),
        ReminderRules(
            sitting_interval=None,
            natural_break=timedelta(minutes=3),
            snooze=timedelta(minutes=15),
            working_hours=(OFFICE, OFFICE, None, OFFICE, NIGHT, None, None),
            quiet_hours=None,
            session_times=(time(7, 30), time(12, 15, 30)),
            check_in_time=None,
            questionnaire_time=time(11),
        ),
    ],
)
def test_rules_survive_a_json_round_trip(rules: ReminderRules) -> None:
    stored = json.loads(json.dumps(rules.to_dict()))
    assert ReminderRules.from_dict(stored) == rules


def test_stored_rules_are_validated_on_the_way_back() -> None:
    raw = ReminderRules().to_dict()
    raw["snooze_s"] = 0
    with pytest.raises(ValueError):
        ReminderRules.from_dict(raw)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw.pop("snooze_s"),
        lambda raw: raw.update(working_hours=None),
        lambda raw: raw.update(quiet_hours={"start": "22:00"}),
        lambda raw: raw.update(session_times=["25:00"]),
        lambda raw: raw.update(natural_break_s="five"),
    ],
)
def test_malformed_stored_rules_raise_value_error(
    damage: Callable[[dict[str, Any]], object],
) -> None:
    raw = ReminderRules().to_dict()
    damage(raw)
    with pytest.raises(ValueError):
        ReminderRules.from_dict(raw)
