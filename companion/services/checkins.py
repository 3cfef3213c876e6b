"""Check-ins: how the user is right now (pain, how far the leg symptoms reach, what they feel).

Several check-ins a day are allowed. Pain sites marked on the body picture and the reach and side
fields say the same thing twice, so they are kept consistent: when leg sites are marked, reach is
the site furthest down the leg and side follows the legs that are marked.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TypeVar

from companion.domain.changes import Changes, Topic
from companion.domain.local_time import NonexistentLocalTime, local_instant
from companion.domain.vocabulary import LegReach, PainSite, Side, SymptomKind
from companion.services.checkin_record import (
    CHECKIN_COLUMNS,
    stored_record,
)
from companion.services.checkin_record import (  # the types live there, without the ORM
    CheckInDraft as CheckInDraft,  # noqa: PLC0414 (re-exported)
)
from companion.services.checkin_record import (
    CheckInRecord as CheckInRecord,  # noqa: PLC0414 (re-exported)
)
from companion.services.checkin_rules import (
    MINUTES_MAX,
    NOTE_MAX_CHARS,
    PAIN_MAX,
    PAIN_MIN,
    CheckInInvalid,
    CheckInProblem,
    CheckInReason,
    reach_and_side,
)
from companion.services.data_store import Store
from companion.storage.models import CheckIn
from companion.storage.queries.checkins import checkins_within
from companion.storage.queries.today import newest_checkin_values

CLOCK_SKEW = timedelta(minutes=2)
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


# --- Checking ------------------------------------------------------------------------------


def check_draft(draft: CheckInDraft, now: datetime) -> tuple[CheckInProblem, ...]:
    """Every problem with a draft, in the order the form shows the fields (empty: fine)."""
    problems: list[CheckInProblem] = []
    problems += _check_pain("leg_pain", draft.leg_pain)
    problems += _check_pain("back_pain", draft.back_pain)
    sites = _members(PainSite, draft.pain_sites)
    if sites is None:
        problems.append(CheckInProblem("pain_sites", CheckInReason.UNKNOWN_PAIN_SITE))
    reach_problems, _reach, _side = _settle_reach(draft, sites or frozenset())
    problems += reach_problems
    if _members(SymptomKind, draft.symptoms) is None:
        problems.append(CheckInProblem("symptoms", CheckInReason.UNKNOWN_SYMPTOM))
    problems += _check_minutes("sitting_minutes", draft.sitting_minutes)
    problems += _check_minutes("walking_minutes", draft.walking_minutes)
    if len(draft.note) > NOTE_MAX_CHARS:
        problems.append(
            CheckInProblem("note", CheckInReason.NOTE_TOO_LONG, given=str(len(draft.note)))
        )
    problems += _check_moment(draft.at, now)
    return tuple(problems)


def _check_pain(name: str, value: object) -> list[CheckInProblem]:
    if value is None:
        return [CheckInProblem(name, CheckInReason.NO_PAIN_SCORE)]
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        return [CheckInProblem(name, CheckInReason.PAIN_OUT_OF_RANGE, given=str(value))]
    return []


def _check_minutes(name: str, value: object) -> list[CheckInProblem]:
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MINUTES_MAX:
        return [CheckInProblem(name, CheckInReason.MINUTES_OUT_OF_RANGE, given=str(value))]
    return []


def _check_moment(at: datetime | None, now: datetime) -> list[CheckInProblem]:
    if at is None:
        return []
    if not isinstance(at, datetime) or at.tzinfo is None:
        return [CheckInProblem("at", CheckInReason.TIME_WITHOUT_ZONE)]
    if at > now + CLOCK_SKEW:
        return [CheckInProblem("at", CheckInReason.TIME_IN_FUTURE, moment=at)]
    if at < EARLIEST:
        return [CheckInProblem("at", CheckInReason.TIME_TOO_EARLY, moment=at)]
    return []


_E = TypeVar("_E", PainSite, SymptomKind, LegReach, Side)


def _members(kind: type[_E], values: Iterable[str]) -> frozenset[_E] | None:
    try:
        return frozenset(kind(value) for value in values)
    except (ValueError, TypeError):
        return None


def _settle_reach(
    draft: CheckInDraft, sites: frozenset[PainSite]
) -> tuple[list[CheckInProblem], LegReach, Side | None]:
    """The reach and side to store, or the problems that stop it."""
    problems: list[CheckInProblem] = []
    reach = _member(LegReach, draft.leg_reach)
    side = _member(Side, draft.side)
    if draft.leg_reach is not None and reach is None:
        problems.append(
            CheckInProblem("leg_reach", CheckInReason.UNKNOWN_REACH, given=str(draft.leg_reach))
        )
    if draft.side is not None and side is None:
        problems.append(CheckInProblem("side", CheckInReason.UNKNOWN_SIDE, given=str(draft.side)))
    if problems:
        return problems, LegReach.NONE, None
    marked_reach, marked_side = reach_and_side(sites)
    if marked_reach is not LegReach.NONE:
        # What the form says must agree with what the body map shows.
        stated: tuple[tuple[str, CheckInReason, enum.Enum | None, enum.Enum | None], ...] = (
            ("leg_reach", CheckInReason.REACH_NOT_AS_MARKED, reach, marked_reach),
            ("side", CheckInReason.SIDE_NOT_AS_MARKED, side, marked_side),
        )
        for field, reason, given, marked in stated:
            if given is not None and given is not marked:
                shown = marked.value if marked is not None else ""
                problems.append(CheckInProblem(field, reason, given=given.value, marked=shown))
        return problems, marked_reach, marked_side
    reach = reach or LegReach.NONE
    if reach is LegReach.NONE:
        if side is not None:
            problems.append(CheckInProblem("side", CheckInReason.SIDE_WITHOUT_LEG_SYMPTOMS))
        return problems, reach, None
    if side is None:
        problems.append(CheckInProblem("side", CheckInReason.SIDE_NEEDED))
    return problems, reach, side


def _member(kind: type[_E], value: str | None) -> _E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


# --- Storing and reading -------------------------------------------------------------------


def record_checkin(
    store: Store, draft: CheckInDraft, now: datetime
) -> tuple[CheckInRecord, Changes]:
    """Check the draft and store it as one check-in; raise CheckInInvalid if it cannot be."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    problems = check_draft(draft, now)
    if problems:
        raise CheckInInvalid(problems)
    row = CheckIn()
    apply_draft(row, draft, draft.at or now)
    with store.units.write() as uow:
        uow.session.add(row)
        uow.commit()
        saved = _record(row)
    return saved, Changes.of(Topic.CHECKINS)


def apply_draft(row: CheckIn, draft: CheckInDraft, at: datetime) -> None:
    """Write a checked draft's values into a row (reach and side settled from the sites)."""
    sites = _members(PainSite, draft.pain_sites) or frozenset()
    _, reach, side = _settle_reach(draft, sites)
    symptoms = _members(SymptomKind, draft.symptoms) or frozenset()
    assert draft.back_pain is not None and draft.leg_pain is not None  # checked before
    row.recorded_at = at.astimezone(UTC)
    row.back_pain = draft.back_pain
    row.leg_pain = draft.leg_pain
    row.leg_reach = reach
    row.side = side
    row.symptoms = [kind.value for kind in SymptomKind if kind in symptoms]
    row.pain_sites = [site.value for site in PainSite if site in sites]
    row.sitting_minutes = draft.sitting_minutes
    row.walking_minutes = draft.walking_minutes
    row.sleep_disturbed = draft.sleep_disturbed
    row.note = draft.note.strip()


def last_checkin(store: Store, before: datetime | None = None) -> CheckInRecord | None:
    """The newest check-in (or the newest one before `before`), skipping deleted ones."""
    with store.units.read() as uow:
        # The same sqlite3 query the Today page reads before the ORM is loaded: one copy.
        values = newest_checkin_values(uow.sqlite(), before)
        return None if values is None else stored_record(values)


def checkins_between(store: Store, start: datetime, end: datetime) -> list[CheckInRecord]:
    """Check-ins from `start` (included) to `end` (excluded), oldest first, for charts."""
    with store.units.read() as uow:
        return [_record(row) for row in checkins_within(uow.session, start, end)]


def checkin_record(row: CheckIn) -> CheckInRecord:
    """A stored row as the record views and charts see."""
    return _record(row)


def _record(row: CheckIn) -> CheckInRecord:
    return stored_record({column: getattr(row, column) for column in CHECKIN_COLUMNS})


# --- The command line ----------------------------------------------------------------------


@dataclass(frozen=True)
class CommandLineCheckIn:
    """`companion checkin` arguments, parsed; what is left out is carried from the last one."""

    back_pain: int
    leg_pain: int
    leg_reach: LegReach | None
    side: Side | None
    note: str
    at: datetime | None


def parse_command_line(
    *,
    back: int,
    leg: int,
    reach: str | None,
    side: str | None,
    note: str | None,
    at: str | None,
    now: datetime,
) -> CommandLineCheckIn:
    """Check what needs no stored data (ranges, words, the time); raise CheckInInvalid."""
    problems: list[CheckInProblem] = []
    problems += _check_pain("back_pain", back)
    problems += _check_pain("leg_pain", leg)
    parsed_reach = _member(LegReach, reach.strip().lower()) if reach is not None else None
    if reach is not None and parsed_reach is None:
        problems.append(CheckInProblem("leg_reach", CheckInReason.UNKNOWN_REACH, given=reach))
    parsed_side = _member(Side, side.strip().lower()) if side is not None else None
    if side is not None and parsed_side is None:
        problems.append(CheckInProblem("side", CheckInReason.UNKNOWN_SIDE, given=side))
    moment: datetime | None = None
    if at is not None:
        try:
            moment = parse_moment(at)
        except NonexistentLocalTime as gap:
            problems.append(
                CheckInProblem(
                    "at",
                    CheckInReason.TIME_SKIPPED,
                    given=at,
                    gap=(gap.gap_start.time(), gap.gap_end.time()),
                )
            )
        except ValueError:
            problems.append(CheckInProblem("at", CheckInReason.TIME_UNREADABLE, given=at))
        else:
            problems += _check_moment(moment, now)
    text = note or ""
    if len(text) > NOTE_MAX_CHARS:
        problems.append(CheckInProblem("note", CheckInReason.NOTE_TOO_LONG, given=str(len(text))))
    if problems:
        raise CheckInInvalid(problems)
    return CommandLineCheckIn(back, leg, parsed_reach, parsed_side, text, moment)


def parse_moment(text: str, zone: tzinfo | None = None) -> datetime:
    """An ISO 8601 date and time; without a zone it is local time (`zone`, else the computer's).

    Raises ValueError, or its subclass NonexistentLocalTime for a local time the clocks skipped.
    """
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = local_instant(moment, zone)  # refused in a spring-forward gap
    return moment.astimezone(UTC)


def record_from_command_line(
    store: Store, given: CommandLineCheckIn, now: datetime
) -> tuple[CheckInRecord, Changes]:
    """Store a command-line check-in, carrying reach and side from the previous one.

    - no --reach: reach and side come from the previous check-in (no leg symptoms at first);
    - --reach other than none without --side: the previous check-in's side, if it had one;
      otherwise the check-in is refused;
    - --side with no leg symptoms is refused.
    The body picture is carried only where it still holds: the same legs marked down to the same
    reach, and the back only when there is back pain.
    """
    previous = last_checkin(store, before=(given.at or now) + CLOCK_SKEW)
    reach, side = given.leg_reach, given.side
    if reach is None:
        reach = previous.leg_reach if previous else LegReach.NONE
        if side is None and previous is not None:
            side = previous.side
    elif side is None and reach is not LegReach.NONE and previous is not None:
        side = previous.side
    if reach is LegReach.NONE and given.side is not None:
        raise CheckInInvalid([CheckInProblem("side", CheckInReason.SIDE_WITHOUT_LEG_SYMPTOMS)])
    if reach is LegReach.NONE:
        side = None
    elif side is None:
        raise CheckInInvalid([CheckInProblem("side", CheckInReason.SIDE_NEEDED)])
    sites: set[PainSite] = set()
    if previous is not None and (reach, side) == (previous.leg_reach, previous.side):
        sites.update(site for site in previous.pain_sites if site is not PainSite.BACK)
    if previous is not None and PainSite.BACK in previous.pain_sites and given.back_pain > 0:
        sites.add(PainSite.BACK)
    draft = CheckInDraft(
        back_pain=given.back_pain,
        leg_pain=given.leg_pain,
        leg_reach=reach,
        side=side,
        pain_sites=frozenset(sites),
        note=given.note,
        at=given.at,
    )
    return record_checkin(store, draft, now)
