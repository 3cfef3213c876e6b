"""The check-in service over a real migrated SQLite store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from companion.domain.changes import Topic
from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind
from companion.services.checkin_rules import (
    NOTE_MAX_CHARS,
    CheckInInvalid,
    CheckInReason,
    reach_and_side,
    sites_for_reach,
)
from companion.services.checkins import (
    CheckInDraft,
    CommandLineCheckIn,
    checkins_between,
    last_checkin,
    parse_command_line,
    parse_moment,
    record_checkin,
    record_from_command_line,
)
from companion.services.data_store import Store, current_generation

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
ALL_LEG_SITES = frozenset(PainSite) - {PainSite.BACK}


def _draft(**changes: object) -> CheckInDraft:
    base = CheckInDraft(back_pain=2, leg_pain=5)
    return replace(base, **changes)  # type: ignore[arg-type]


def _refused(store: Store, draft: CheckInDraft, now: datetime = NOW) -> CheckInInvalid:
    before = current_generation(store)
    with pytest.raises(CheckInInvalid) as caught:
        record_checkin(store, draft, now)
    assert current_generation(store) == before
    return caught.value


# --- reach and side from the body picture --------------------------------------------------


@pytest.mark.parametrize(
    ("sites", "reach", "side"),
    [
        (set(), LegReach.NONE, None),
        ({PainSite.BACK}, LegReach.NONE, None),
        ({PainSite.LEFT_BUTTOCK}, LegReach.BUTTOCK, Side.LEFT),
        ({PainSite.BACK, PainSite.RIGHT_THIGH}, LegReach.THIGH, Side.RIGHT),
        ({PainSite.LEFT_THIGH, PainSite.LEFT_FOOT}, LegReach.FOOT, Side.LEFT),
        ({PainSite.LEFT_CALF, PainSite.RIGHT_BUTTOCK}, LegReach.CALF, Side.BOTH),
        (ALL_LEG_SITES, LegReach.FOOT, Side.BOTH),
    ],
)
def test_reach_is_the_site_furthest_down_and_side_follows_the_marked_legs(
    sites: set[PainSite], reach: LegReach, side: Side | None
) -> None:
    assert reach_and_side(sites) == (reach, side)


@pytest.mark.parametrize(
    ("sites", "reach", "side", "expected"),
    [
        # Reach none clears the legs and keeps the back.
        ({PainSite.BACK, PainSite.LEFT_CALF}, LegReach.NONE, None, {PainSite.BACK}),
        # A new reach on a leg with nothing marked marks that one site.
        (set(), LegReach.CALF, Side.LEFT, {PainSite.LEFT_CALF}),
        # Moving the reach up drops the sites below and keeps the ones above.
        (
            {PainSite.LEFT_BUTTOCK, PainSite.LEFT_CALF, PainSite.LEFT_FOOT},
            LegReach.THIGH,
            Side.LEFT,
            {PainSite.LEFT_BUTTOCK, PainSite.LEFT_THIGH},
        ),
        # Switching leg clears the other leg.
        ({PainSite.LEFT_THIGH}, LegReach.THIGH, Side.RIGHT, {PainSite.RIGHT_THIGH}),
        (
            {PainSite.LEFT_BUTTOCK},
            LegReach.FOOT,
            Side.BOTH,
            {PainSite.LEFT_BUTTOCK, PainSite.LEFT_FOOT, PainSite.RIGHT_FOOT},
        ),
        # No side chosen yet: nothing to place, the picture stays as it is.
        ({PainSite.LEFT_THIGH}, LegReach.FOOT, None, {PainSite.LEFT_THIGH}),
    ],
)
def test_setting_reach_by_hand_changes_the_picture_as_little_as_possible(
    sites: set[PainSite], reach: LegReach, side: Side | None, expected: set[PainSite]
) -> None:
    placed = sites_for_reach(sites, reach, side)
    assert placed == expected
    if side is not None:
        assert reach_and_side(placed) == (reach, side if reach is not LegReach.NONE else None)


# --- recording -----------------------------------------------------------------------------


def test_a_check_in_is_stored_and_read_back_as_given(store: Store) -> None:
    draft = CheckInDraft(
        back_pain=3,
        leg_pain=7,
        symptoms=frozenset({SymptomKind.SHOOTING, SymptomKind.NUMBNESS}),
        pain_sites=frozenset({PainSite.BACK, PainSite.RIGHT_BUTTOCK, PainSite.RIGHT_CALF}),
        sitting_minutes=20,
        walking_minutes=0,
        sleep_disturbed=True,
        note="  bad night  ",
    )
    saved, changes = record_checkin(store, draft, NOW)

    assert changes.concerns(Topic.CHECKINS)
    assert saved.recorded_at == NOW
    assert (saved.leg_reach, saved.side) == (LegReach.CALF, Side.RIGHT)
    assert saved.note == "bad night"
    assert last_checkin(store) == saved
    assert saved.signals().symptoms == {SymptomKind.SHOOTING, SymptomKind.NUMBNESS}
    assert saved.signals().leg_pain == 7


def test_reach_and_side_without_a_picture_are_kept(store: Store) -> None:
    saved, _ = record_checkin(store, _draft(leg_reach=LegReach.THIGH, side=Side.BOTH), NOW)
    assert (saved.leg_reach, saved.side, saved.pain_sites) == (
        LegReach.THIGH,
        Side.BOTH,
        frozenset(),
    )


def test_several_check_ins_a_day_are_kept_in_time_order(store: Store) -> None:
    times = [NOW - timedelta(hours=h) for h in (1, 8, 3)]
    for index, moment in enumerate(times):
        record_checkin(store, _draft(leg_pain=index, at=moment), NOW)

    day = checkins_between(store, NOW - timedelta(days=1), NOW)
    assert [c.recorded_at for c in day] == sorted(times)
    assert [c.leg_pain for c in day] == [1, 2, 0]
    latest = last_checkin(store)
    assert latest is not None and latest.leg_pain == 0
    earlier = last_checkin(store, before=NOW - timedelta(hours=2))
    assert earlier is not None and earlier.leg_pain == 2
    # The end is excluded, the start included.
    assert len(checkins_between(store, times[1], times[0])) == 2


def test_deleted_check_ins_are_not_shown(store: Store) -> None:
    from companion.storage.models import CheckIn

    kept, _ = record_checkin(store, _draft(leg_pain=1, at=NOW - timedelta(hours=2)), NOW)
    gone, _ = record_checkin(store, _draft(leg_pain=9), NOW)
    with store.units.write() as uow:
        row = uow.session.get(CheckIn, gone.id)
        assert row is not None
        row.deleted_at = NOW
        uow.commit()
    assert last_checkin(store) == kept
    assert checkins_between(store, NOW - timedelta(days=1), NOW + timedelta(1)) == [kept]


def test_the_previous_check_in_becomes_the_next_draft(store: Store) -> None:
    saved, _ = record_checkin(
        store,
        _draft(pain_sites=frozenset({PainSite.LEFT_FOOT}), sitting_minutes=30, note="x"),
        NOW,
    )
    draft = saved.as_draft()
    assert draft.note == "" and draft.at is None
    again, _ = record_checkin(store, replace(draft, leg_reach=None), NOW)
    assert (again.leg_reach, again.side, again.sitting_minutes) == (LegReach.FOOT, Side.LEFT, 30)


# --- every validation path -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"back_pain": 11}, "back_pain"),
        ({"back_pain": -1}, "back_pain"),
        ({"back_pain": None}, "back_pain"),
        ({"back_pain": True}, "back_pain"),
        ({"leg_pain": 10.5}, "leg_pain"),
        ({"leg_pain": None}, "leg_pain"),
        ({"leg_pain": "6"}, "leg_pain"),
        ({"leg_reach": "knee"}, "leg_reach"),
        ({"leg_reach": LegReach.CALF}, "side"),
        ({"leg_reach": LegReach.NONE, "side": Side.LEFT}, "side"),
        ({"side": "middle"}, "side"),
        ({"symptoms": frozenset({"itching"})}, "symptoms"),
        ({"pain_sites": frozenset({"left_knee"})}, "pain_sites"),
        (
            {"pain_sites": frozenset({PainSite.LEFT_CALF}), "leg_reach": LegReach.THIGH},
            "leg_reach",
        ),
        ({"pain_sites": frozenset({PainSite.LEFT_CALF}), "side": Side.RIGHT}, "side"),
        ({"sitting_minutes": -5}, "sitting_minutes"),
        ({"sitting_minutes": 1441}, "sitting_minutes"),
        ({"walking_minutes": 2000}, "walking_minutes"),
        ({"walking_minutes": False}, "walking_minutes"),
        ({"note": "n" * (NOTE_MAX_CHARS + 1)}, "note"),
        ({"at": NOW + timedelta(minutes=3)}, "at"),
        ({"at": datetime(1989, 12, 31, tzinfo=UTC)}, "at"),
        ({"at": datetime(2026, 3, 14, 9, 0)}, "at"),  # naive: ambiguous
    ],
)
def test_each_invalid_value_is_refused_naming_its_field(
    store: Store, changes: dict[str, object], field: str
) -> None:
    error = _refused(store, _draft(**changes))
    assert field in error.fields
    assert all(problem.reason for problem in error.problems)  # the app and the CLI word it
    assert last_checkin(store) is None


def test_the_limits_themselves_are_accepted(store: Store) -> None:
    draft = _draft(
        back_pain=0,
        leg_pain=10,
        sitting_minutes=0,
        walking_minutes=1440,
        note="n" * NOTE_MAX_CHARS,
        at=NOW + timedelta(minutes=2),  # clock skew between computers is tolerated
    )
    saved, _ = record_checkin(store, draft, NOW)
    assert (saved.back_pain, saved.leg_pain, saved.walking_minutes) == (0, 10, 1440)
    early, _ = record_checkin(store, _draft(at=datetime(1990, 1, 1, tzinfo=UTC)), NOW)
    assert early.recorded_at.year == 1990


def test_all_problems_are_reported_at_once(store: Store) -> None:
    error = _refused(store, _draft(back_pain=12, leg_pain=None, sitting_minutes=-1))
    assert error.fields == {"back_pain", "leg_pain", "sitting_minutes"}
    assert [p.field for p in error.problems] == ["leg_pain", "back_pain", "sitting_minutes"]


def test_a_time_in_another_zone_is_stored_as_utc(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    saved, _ = record_checkin(store, _draft(at=datetime(2026, 3, 14, 10, 0, tzinfo=plus_two)), NOW)
    assert saved.recorded_at == datetime(2026, 3, 14, 8, 0, tzinfo=UTC)
    assert saved.recorded_at.tzinfo == UTC


# --- the command line's rules --------------------------------------------------------------


def _given(**changes: object) -> CommandLineCheckIn:
    base = CommandLineCheckIn(back_pain=2, leg_pain=4, leg_reach=None, side=None, note="", at=None)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_parse_reads_words_case_insensitively_and_local_times() -> None:
    given = parse_command_line(
        back=1, leg=2, reach=" Calf", side="LEFT", note=None, at="2026-03-14T08:00+01:00", now=NOW
    )
    assert (given.leg_reach, given.side, given.note) == (LegReach.CALF, Side.LEFT, "")
    assert given.at == datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    naive = parse_moment("2026-03-14T08:00")
    assert naive == datetime(2026, 3, 14, 8, 0).astimezone().astimezone(UTC)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"back": 11}, "back_pain"),
        ({"leg": -1}, "leg_pain"),
        ({"reach": "knee"}, "leg_reach"),
        ({"side": "up"}, "side"),
        ({"at": "yesterday"}, "at"),
        ({"at": "2026-03-14T09:40"}, "at"),  # made 10 minutes ahead of now below
        ({"note": "x" * (NOTE_MAX_CHARS + 1)}, "note"),
    ],
)
def test_parse_refuses_bad_arguments(arguments: dict[str, object], field: str) -> None:
    values: dict[str, object] = {
        "back": 2,
        "leg": 3,
        "reach": None,
        "side": None,
        "note": None,
        "at": None,
    }
    values.update(arguments)
    now = NOW
    if field == "at" and values["at"] != "yesterday":
        # Make the local-time case independent of the machine's zone.
        now = parse_moment(str(values["at"])) - timedelta(minutes=10)
    with pytest.raises(CheckInInvalid) as caught:
        parse_command_line(now=now, **values)  # type: ignore[arg-type]
    assert caught.value.fields == {field}


def test_command_line_carries_reach_side_and_picture_from_the_previous_check_in(
    store: Store,
) -> None:
    sites = frozenset({PainSite.BACK, PainSite.LEFT_THIGH, PainSite.LEFT_CALF})
    record_checkin(store, _draft(pain_sites=sites, at=NOW - timedelta(hours=5)), NOW)

    carried, _ = record_from_command_line(store, _given(), NOW)
    assert (carried.leg_reach, carried.side, carried.pain_sites) == (
        LegReach.CALF,
        Side.LEFT,
        sites,
    )

    side_carried, _ = record_from_command_line(store, _given(leg_reach=LegReach.FOOT), NOW)
    assert (side_carried.leg_reach, side_carried.side) == (LegReach.FOOT, Side.LEFT)
    # The old picture no longer holds for the new reach: only the back is kept.
    assert side_carried.pain_sites == {PainSite.BACK}

    no_back, _ = record_from_command_line(store, _given(back_pain=0), NOW)
    assert PainSite.BACK not in no_back.pain_sites


def test_command_line_side_rules(store: Store) -> None:
    generation = current_generation(store)
    with pytest.raises(CheckInInvalid) as needed:
        record_from_command_line(store, _given(leg_reach=LegReach.CALF), NOW)
    assert [p.reason for p in needed.value.problems] == [CheckInReason.SIDE_NEEDED]
    with pytest.raises(CheckInInvalid) as no_leg:
        record_from_command_line(store, _given(side=Side.LEFT), NOW)
    assert [p.reason for p in no_leg.value.problems] == [CheckInReason.SIDE_WITHOUT_LEG_SYMPTOMS]
    assert current_generation(store) == generation

    first, _ = record_from_command_line(store, _given(), NOW)
    assert (first.leg_reach, first.side) == (LegReach.NONE, None)
    both, _ = record_from_command_line(store, _given(leg_reach=LegReach.THIGH, side=Side.BOTH), NOW)
    assert both.side is Side.BOTH
    cleared, _ = record_from_command_line(store, _given(leg_reach=LegReach.NONE), NOW)
    assert (cleared.leg_reach, cleared.side) == (LegReach.NONE, None)


def test_command_line_carries_from_the_check_in_before_a_back_dated_time(store: Store) -> None:
    record_checkin(
        store, _draft(leg_reach=LegReach.THIGH, side=Side.RIGHT, at=NOW - timedelta(days=2)), NOW
    )
    record_checkin(store, _draft(leg_reach=LegReach.FOOT, side=Side.LEFT), NOW)
    back_dated, _ = record_from_command_line(store, _given(at=NOW - timedelta(days=1)), NOW)
    assert (back_dated.leg_reach, back_dated.side) == (LegReach.THIGH, Side.RIGHT)
