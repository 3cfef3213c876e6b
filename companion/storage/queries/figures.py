"""The figures' SQL: check-ins, sessions, sitting breaks and activity grouped per local day, week
or month, never row by row.

Ten years of several check-ins a day is tens of thousands of rows; a chart or a report needs a
few hundred numbers. SQLite groups them (every query is bounded on an indexed time column first)
and Python only sees one row per bucket.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from companion.domain.figures import (
    ActivityTotal,
    BreakCount,
    Bucket,
    PainPoint,
    SessionTotals,
    TimelineEvent,
)
from companion.domain.vocabulary import (
    ExerciseResponse,
    LegReach,
    ReminderKind,
    ReminderOutcome,
    SessionStatus,
    TreatmentKind,
)
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    ReminderEvent,
    SessionExercise,
    TreatmentEvent,
)
from companion.storage.queries.rows import live, live_within, local_day, within

_REACH_LEVEL = {reach.value: reach.level for reach in LegReach}
_REACH_AT_LEVEL = {reach.level: reach for reach in LegReach}
_PARTIAL = (SessionStatus.ENDED_EARLY, SessionStatus.INTERRUPTED)
# Both red traffic-light answers count as "worse" in the weekly tallies.
_RED = tuple(r.value for r in ExerciseResponse if r.is_red)
_Counted = TypeVar("_Counted")


class PainBucket(NamedTuple):
    """Check-ins of one local day (or week): how many, mean pain, the furthest reach."""

    start: date
    checkins: int
    back: float
    leg: float
    reach: LegReach


class SessionBucket(NamedTuple):
    """Guided sessions started in one bucket: finished and stopped part-way."""

    start: date
    done: int
    partial: int


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def first_moment(session: Session, *, with_reminders: bool) -> datetime | None:
    """The earliest live entry of the diary: check-in, session, activity, treatment or
    questionnaire, and sitting-break reminder when `with_reminders` (the page charts those)."""
    sources: list[tuple[Any, ColumnElement[bool] | None]] = [
        (CheckIn.recorded_at, live(CheckIn)),
        (ExerciseSession.started_at, None),
        (Activity.started_at, live(Activity)),
        (TreatmentEvent.occurred_at, live(TreatmentEvent)),
        (QuestionnaireResponse.taken_at, live(QuestionnaireResponse)),
    ]
    if with_reminders:
        sources.append((ReminderEvent.at, None))
    firsts = []
    for column, condition in sources:
        # MIN over an indexed column is one index lookup, not a scan.
        query = select(func.min(column))
        if condition is not None:
            query = query.where(condition)
        firsts.append(session.scalar(query))
    return min((moment for moment in firsts if moment is not None), default=None)


def pain_points(session: Session, since: datetime, until: datetime) -> list[PainPoint]:
    """Every live check-in's back and leg pain, oldest first (three columns only)."""
    # The stored text parsed by fromisoformat (C) is several times quicker than the column
    # type's own parsing, which counts with ten years of check-ins on the screen.
    stored = type_coerce(CheckIn.recorded_at, String)
    columns = (stored, CheckIn.back_pain, CheckIn.leg_pain)
    query = live_within(CheckIn, CheckIn.recorded_at, since, until, *columns)
    return [
        PainPoint(datetime.fromisoformat(at).replace(tzinfo=UTC), back, leg)
        for at, back, leg in session.execute(query)
    ]


def _per_bucket(
    session: Session,
    moment: InstrumentedAttribute[datetime],
    span: tuple[datetime, datetime, Bucket],
    condition: ColumnElement[bool],
    *columns: ColumnElement[Any],
) -> list[tuple[Any, ...]]:
    """`columns` aggregated per local day, week or month of `moment`, oldest first; each row
    starts with the bucket's first day."""
    since, until, bucket = span
    start = local_day(moment, bucket)
    query = (
        select(start, *columns)
        .where(within(moment, since, until), condition)
        .group_by(start)
        .order_by(start)
    )
    return [(date.fromisoformat(first), *rest) for first, *rest in session.execute(query)]


def _counts_per_bucket(
    session: Session,
    make: Callable[..., _Counted],
    span: tuple[datetime, datetime, Bucket],
    where: tuple[InstrumentedAttribute[datetime], ColumnElement[bool]],
    *counts: ColumnElement[Any],
) -> list[_Counted]:
    """One `make(first day, *counts)` per bucket of `where`'s moment that holds rows meeting
    its condition; a count over no rows (SQL's NULL) is 0."""
    moment, condition = where
    rows = _per_bucket(session, moment, span, condition, *counts)
    return [make(day, *(int(value or 0) for value in values)) for day, *values in rows]


def pain_buckets(
    session: Session, since: datetime, until: datetime, bucket: Bucket = Bucket.DAY
) -> list[PainBucket]:
    """Live check-ins per local day (or week), oldest first: count, mean pain, furthest reach."""
    reach = case(_REACH_LEVEL, value=type_coerce(CheckIn.leg_reach, String), else_=0)
    rows = _per_bucket(
        session,
        CheckIn.recorded_at,
        (since, until, bucket),
        live(CheckIn),
        func.count(),
        func.avg(CheckIn.back_pain),
        func.avg(CheckIn.leg_pain),
        func.max(reach),
    )
    return [
        PainBucket(
            day,
            int(count),
            float(back),
            float(leg),
            _REACH_AT_LEVEL.get(int(level or 0), LegReach.NONE),
        )
        for day, count, back, leg, level in rows
    ]


def session_buckets(
    session: Session, since: datetime, until: datetime, bucket: Bucket
) -> list[SessionBucket]:
    """Guided sessions per bucket (movement snacks are not sessions)."""
    status = ExerciseSession.status
    return _counts_per_bucket(
        session,
        SessionBucket,
        (since, until, bucket),
        (ExerciseSession.started_at, ExerciseSession.is_snack.is_(False)),
        _count(status == SessionStatus.COMPLETED),
        _count(status.in_(_PARTIAL)),
    )


def session_totals(
    session: Session, since: datetime, until: datetime, planned: int | None
) -> SessionTotals:
    """Guided sessions completed and ended early, and movement snacks, over the whole span."""
    status = ExerciseSession.status
    guided = ExerciseSession.is_snack.is_(False)
    completed, early, snacks = session.execute(
        select(
            _count(guided & (status == SessionStatus.COMPLETED)),
            _count(guided & status.in_(_PARTIAL)),
            _count(ExerciseSession.is_snack.is_(True)),
        ).where(within(ExerciseSession.started_at, since, until))
    ).one()
    return SessionTotals(planned, int(completed or 0), int(early or 0), int(snacks or 0))


def break_counts(
    session: Session, since: datetime, until: datetime, bucket: Bucket
) -> list[BreakCount]:
    """Sitting-break reminders per bucket: taken (or a natural break), snoozed, skipped."""
    outcome = ReminderEvent.outcome
    return _counts_per_bucket(
        session,
        BreakCount,
        (since, until, bucket),
        (ReminderEvent.at, ReminderEvent.kind == ReminderKind.SITTING_BREAK),
        _count(outcome.in_([ReminderOutcome.DONE, ReminderOutcome.NATURAL_BREAK])),
        _count(outcome == ReminderOutcome.SNOOZED),
        _count(outcome == ReminderOutcome.SKIPPED),
    )


def activity_totals(
    session: Session, since: datetime, until: datetime, bucket: Bucket
) -> list[ActivityTotal]:
    """Minutes of live logged activity per bucket."""
    return _counts_per_bucket(
        session,
        ActivityTotal,
        (since, until, bucket),
        (Activity.started_at, live(Activity)),
        func.sum(Activity.minutes),
    )


def worse_responses(
    session: Session, since: datetime, until: datetime, bucket: Bucket
) -> dict[date, int]:
    """Red traffic-light answers per bucket of the session they were given in."""
    start = local_day(ExerciseSession.started_at, bucket)
    query = (
        select(start, func.count())
        .select_from(SessionExercise)
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(
            within(ExerciseSession.started_at, since, until),
            type_coerce(SessionExercise.response, String).in_(_RED),
            SessionExercise.skipped.is_(False),
        )
        .group_by(start)
    )
    return {date.fromisoformat(day): int(worse) for day, worse in session.execute(query)}


def timeline_events(
    session: Session, since: datetime, until: datetime, with_notes: bool
) -> list[TimelineEvent]:
    """Live treatments and events, oldest first; their notes only when `with_notes`."""
    event = TreatmentEvent
    columns = (event.occurred_at, event.kind, event.name, event.dose, event.note)
    query = live_within(event, event.occurred_at, since, until, *columns)
    return [
        TimelineEvent(
            at, TreatmentKind(kind), name or "", dose or "", (note or "") if with_notes else ""
        )
        for at, kind, name, dose, note in session.execute(query)
    ]


__all__ = [
    "PainBucket",
    "SessionBucket",
    "activity_totals",
    "break_counts",
    "first_moment",
    "pain_buckets",
    "pain_points",
    "session_buckets",
    "session_totals",
    "timeline_events",
    "worse_responses",
]
