"""The evidence behind today's plan and the progression guards, and the clearance answers.

Reads check-ins, traffic-light answers and the latest screening's stored triage level, and hands
them to domain.safety_plan. "Today" is the local day of the `now` the caller passes: the caller's
clock carries the zone, so a test pins both the instant and the zone.

The clearance answers (clinical brief 2.2.6) are stored as one JSON preference; no schema change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from companion.content.library import ExerciseLibrary
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Bias, ClearanceCondition
from companion.domain.safety_plan import (
    PATHWAY_WINDOW_DAYS,
    RECENT_DAYS,
    TREND_DAYS,
    CheckInPoint,
    ProgressionEvidence,
    pathway_of,
    suggest_other_pathway,
)
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    SymptomKind,
)
from companion.services.data_store import Store
from companion.services.programmes import active_programme
from companion.services.screening_due import day_bounds, same_day_open_on
from companion.storage.models import Preference
from companion.storage.queries.checkins import leg_readings
from companion.storage.queries.sessions import answered_between

CLEARANCE_KEY = "clearance"
# The red traffic-light answers: spread further down the leg, and new numbness or weakness.
RED_RESPONSES = frozenset(response for response in ExerciseResponse if response.is_red)


@dataclass(frozen=True)
class ClearanceAnswers:
    """The user's answers to the clearance checklist and when they gave them."""

    conditions: frozenset[ClearanceCondition]
    answered_at: datetime


@dataclass(frozen=True)
class TodayLimits:
    """What limits today's plan: exercises answered "worse" today, an open same-day finding,
    and the clearance conditions the user reported."""

    worse_today: frozenset[str]
    same_day_open: bool
    conditions: frozenset[ClearanceCondition]


# --- Clearance -------------------------------------------------------------------------------


def clearance_answers(store: Store) -> ClearanceAnswers | None:
    """The stored clearance answers, or None if the checklist was never answered."""
    with store.units.read() as uow:
        row = uow.session.get(Preference, CLEARANCE_KEY)
        if row is None or not isinstance(row.value, dict):
            return None
        known = {c.value for c in ClearanceCondition}
        raw = row.value.get("conditions", [])
        conditions = frozenset(
            ClearanceCondition(c) for c in raw if isinstance(c, str) and c in known
        )
        return ClearanceAnswers(conditions, row.updated_at)


def save_clearance(
    store: Store, conditions: Iterable[ClearanceCondition], now: datetime
) -> Changes:
    """Store the clearance answers (the whole checklist; an empty set means "none of these")."""
    day_bounds(now)  # refuses a naive time
    value = {"conditions": sorted(c.value for c in set(conditions))}
    with store.units.write() as uow:
        row = uow.session.get(Preference, CLEARANCE_KEY)
        if row is None:
            uow.session.add(Preference(key=CLEARANCE_KEY, value=value, updated_at=now))
        else:
            row.value = value
            row.updated_at = now
        uow.commit()
    return Changes.of(Topic.PREFERENCES)


def reported_conditions(store: Store) -> frozenset[ClearanceCondition]:
    """The conditions the user reported; none when the checklist was never answered."""
    answers = clearance_answers(store)
    return answers.conditions if answers is not None else frozenset()


# --- Today's limits --------------------------------------------------------------------------


def same_day_open(store: Store, now: datetime) -> bool:
    """True if the newest screening up to `now` was taken today and asked for a doctor today."""
    day_bounds(now)  # refuses a naive time
    with store.units.read() as uow:
        # The same sqlite3 read the Today page runs before the ORM is loaded: one copy.
        return same_day_open_on(uow.sqlite(), now)


def worse_today(store: Store, now: datetime) -> frozenset[str]:
    """Exercises answered "worse" in a session (or snack) started today, up to `now`."""
    _day, start, _end = day_bounds(now)
    return frozenset(e for e, _day in _red_answers(store, start, now))


def today_limits(store: Store, now: datetime) -> TodayLimits:
    """Everything that limits today's plan."""
    return TodayLimits(
        worse_today(store, now), same_day_open(store, now), reported_conditions(store)
    )


def red_session_days(store: Store, now: datetime) -> list[date]:
    """One local day per session with a red answer in the last 14 days (for the pathways)."""
    _day, start, _end = day_bounds(now)
    since = start - timedelta(days=PATHWAY_WINDOW_DAYS - 1)
    with store.units.read() as uow:
        answered = answered_between(uow.session, since, now, RED_RESPONSES)
    # One day per session, however many of its exercises drew a red answer.
    started = {session_id: at for session_id, _exercise, at in answered}
    return [at.astimezone(now.tzinfo).date() for at in started.values()]


def _red_answers(store: Store, since: datetime, until: datetime) -> list[tuple[str, date]]:
    with store.units.read() as uow:
        answered = answered_between(uow.session, since, until, RED_RESPONSES)
    return [(exercise, at.astimezone(until.tzinfo).date()) for _id, exercise, at in answered]


# --- Progression evidence --------------------------------------------------------------------


def progression_evidence(store: Store, now: datetime) -> ProgressionEvidence:
    """Two weeks of check-ins (and the one before them), red answers and the open finding."""
    day, start, _end = day_bounds(now)
    since = start - timedelta(days=2 * TREND_DAYS - 1)
    with store.units.read() as uow:
        # The check-in just before the window leads: spread and "new" symptoms compare
        # against it.
        rows = leg_readings(uow.session, since, now)
    points = tuple(
        CheckInPoint(at.astimezone(now.tzinfo).date(), int(leg), _reach(reach), _symptoms(sym))
        for at, leg, reach, sym in rows
    )
    recent_since = start - timedelta(days=RECENT_DAYS - 1)
    worse_days = tuple(d for _e, d in _red_answers(store, recent_since, now))
    return ProgressionEvidence(day, points, worse_days, same_day_open(store, now))


def _reach(value: object) -> int:
    try:
        return LegReach(str(getattr(value, "value", value))).level
    except ValueError:
        return 0


def _symptoms(stored: object) -> frozenset[SymptomKind]:
    known = {s.value for s in SymptomKind}
    if not isinstance(stored, list | tuple | set | frozenset):
        return frozenset()
    return frozenset(SymptomKind(s) for s in stored if isinstance(s, str) and s in known)


# --- Direction -------------------------------------------------------------------------------

# The starter programmes that are pathways (clinical brief 2.2.4), by the direction they take.
PATHWAY_STARTERS: dict[Bias, str] = {
    Bias.FLEXION: "flexion-pathway",
    Bias.EXTENSION: "extension-pathway",
}


@dataclass(frozen=True)
class PathwayAdvice:
    """The direction the active programme takes, and whether to suggest the other or a review."""

    pathway: Bias | None  # None: no programme, or a neutral or mixed one
    suggest_change: bool  # red answers in 2 sessions within 14 days while on this pathway


def pathway_advice(store: Store, library: ExerciseLibrary, now: datetime) -> PathwayAdvice:
    """Which pathway the user is on, and whether red answers suggest the other one or a review.

    Only sessions since the programme started count, so choosing a pathway starts afresh. The
    app never switches by itself: this is advice for the Programme page.
    """
    record = active_programme(store)
    if record is None:
        return PathwayAdvice(None, suggest_change=False)
    by_starter = {starter: bias for bias, starter in PATHWAY_STARTERS.items()}
    pathway = by_starter.get(record.document.starter_id)
    if pathway is None:
        exercises = [
            record.document.custom(i.exercise_id) or library.get(i.exercise_id)
            for i in record.items
            if i.exercise_id in library or record.document.custom(i.exercise_id)
        ]
        pathway = pathway_of(e for e in exercises if e is not None)
    if pathway is None:
        return PathwayAdvice(None, suggest_change=False)
    started = record.imported_at
    days = [
        d
        for d in red_session_days(store, now)
        if datetime.combine(d, time.max, tzinfo=now.tzinfo) >= started
    ]
    return PathwayAdvice(pathway, suggest_other_pathway(days, now.date()))
