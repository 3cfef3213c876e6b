"""Exercise sessions: what to do today, and a durable record of what was done.

Every step is committed as it happens (the session when it starts, each exercise's progress as
repetitions are done, each traffic-light answer), so a session cut short by the app closing or
the computer sleeping is kept as a partial record: `close_interrupted_sessions` marks what was
left in progress as interrupted, never deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from companion.content.library import ExerciseLibrary
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Dose, Exercise
from companion.domain.programme import week_start
from companion.domain.red_flags import ADVICE, TriageAdvice, repeated_worse_after_exercise
from companion.domain.safety_plan import LeftOut, left_out_today
from companion.domain.vocabulary import ExerciseResponse, SessionStatus, TriageLevel
from companion.services.data_store import Store
from companion.services.programmes import active_programme
from companion.services.safety_plan import TodayLimits, today_limits
from companion.storage.models import ExerciseSession, SessionExercise
from companion.storage.queries.sessions import (
    exercises_done_since,
    responses_between,
    session_exercise,
    sessions_in_progress,
    sessions_started,
    times_done_within,
)

# The programme used when none has been chosen or imported yet.
DEFAULT_STARTER = "gentle-start"
# The "worse" answers that count towards advising a review (red_flags.REPEATED_WORSE_COUNT).
RECENT_RESPONSE_WINDOW = timedelta(days=14)
PAIN_RANGE = range(11)


class SessionProblem(ValueError):
    """A session action that cannot be done; the message says why, in plain words."""


@dataclass(frozen=True)
class SessionItem:
    """One exercise to do in a session, with the dose asked for."""

    exercise_id: str
    dose: Dose
    note: str = ""


@dataclass(frozen=True)
class SessionPlan:
    """What a session will contain and where it came from."""

    title: str
    items: tuple[SessionItem, ...]
    programme_id: int | None = None  # the stored programme, if it came from one
    is_snack: bool = False
    custom: tuple[Exercise, ...] = ()  # the programme's own exercises, not in the library
    # Exercises of the plan that wait today, each with why (worse today, a same-day finding,
    # a clearance condition), so the views can show them as skipped with the reason.
    left_out: tuple[tuple[SessionItem, LeftOut], ...] = ()
    same_day_open: bool = False  # a same-day finding is open: see a doctor today
    # Exercises already done as many times today as their times_per_day asks: a later session
    # leaves them out, and the views show them as done.
    done_for_today: tuple[SessionItem, ...] = ()
    day_order: tuple[str, ...] = ()  # the programme's order of the day's exercise ids

    def of_the_day(self) -> tuple[SessionItem, ...]:
        """What is still to do and what is done for today, in the programme's order."""
        both = (*self.items, *self.done_for_today)
        rank = {exercise_id: n for n, exercise_id in enumerate(self.day_order)}
        return tuple(sorted(both, key=lambda item: rank.get(item.exercise_id, len(rank))))

    def exercise(self, exercise_id: str, library: ExerciseLibrary) -> Exercise | None:
        """The exercise's instructions and figure: the programme's own, else the library's."""
        for own in self.custom:
            if own.id == exercise_id:
                return own
        return library.get(exercise_id) if exercise_id in library else None


@dataclass(frozen=True)
class ExerciseDone:
    """What was done of one exercise so far."""

    sets: int = 0
    reps: int = 0
    hold_seconds: int = 0
    skipped: bool = False


@dataclass(frozen=True)
class SessionExerciseRecord:
    """One stored exercise of a session: prescribed, done, and the answer given after it."""

    position: int
    exercise_id: str
    prescribed: dict[str, Any]
    done: ExerciseDone
    response: ExerciseResponse | None


@dataclass(frozen=True)
class SessionRecord:
    """A stored session."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    programme_id: int | None
    is_snack: bool
    back_pain_before: int | None
    leg_pain_before: int | None
    back_pain_after: int | None
    leg_pain_after: int | None
    exercises: tuple[SessionExerciseRecord, ...]


@dataclass(frozen=True)
class ResponseAdvice:
    """What the app says after a traffic-light answer."""

    response: ExerciseResponse
    stop_exercise: bool  # "worse": stop this exercise for today
    easier: tuple[str, ...]  # ids of easier versions from the library, nearest first
    review: TriageAdvice | None  # repeated "worse" answers: book a review


# --- Planning --------------------------------------------------------------------------------


def plan_session(
    store: Store,
    library: ExerciseLibrary,
    now: datetime,
    exercise_ids: Sequence[str] | None = None,
    starter_id: str | None = None,
    *,
    first_weekday: int = 1,
) -> SessionPlan:
    """Today's session: given exercises, else the active programme, else a starter programme.

    Exercises given by id get the library's default dose. A programme's exercises that are
    set for other days of the week are left out, and so is what today's limits rule out (see
    domain.safety_plan.left_out_today); `now` carries the zone whose day is "today", and a
    weekly activity's week starts on ISO weekday `first_weekday` (the locale's).
    """
    limits = today_limits(store, now)
    if exercise_ids:
        items = tuple(_library_item(library, i) for i in exercise_ids)
        title = library.get(exercise_ids[0]).name if len(items) == 1 else ""
        return _limited(SessionPlan(title, items), library, limits, prescribed=True)
    if starter_id is None:
        found = _active_programme_plan(store, library, now, first_weekday)
        if found is not None:
            stored, is_starter = found
            # A starter programme is not a prescription: clearance conditions apply to it.
            return _limited(stored, library, limits, prescribed=not is_starter)
    starter = library.programme(starter_id or _default_starter(library))
    plan = SessionPlan(
        starter.name,
        tuple(
            SessionItem(item.exercise_id, library.dose_for(item), item.note)
            for item in starter.items
        ),
    )
    return _limited(plan, library, limits, prescribed=False)


def _limited(
    plan: SessionPlan, library: ExerciseLibrary, limits: TodayLimits, *, prescribed: bool
) -> SessionPlan:
    """The plan without what must wait today; what waits is kept with its reason."""
    kept: list[SessionItem] = []
    waiting: list[tuple[SessionItem, LeftOut]] = []
    for item in plan.items:
        exercise = plan.exercise(item.exercise_id, library)
        why = (
            left_out_today(
                exercise,
                worse_today=limits.worse_today,
                same_day_open=limits.same_day_open,
                conditions=limits.conditions,
                prescribed=prescribed,
            )
            if exercise is not None
            else None
        )
        if why is None:
            kept.append(item)
        else:
            waiting.append((item, why))
    return replace(
        plan, items=tuple(kept), left_out=tuple(waiting), same_day_open=limits.same_day_open
    )


def _default_starter(library: ExerciseLibrary) -> str:
    if DEFAULT_STARTER in library.programmes:
        return DEFAULT_STARTER
    return next(iter(library.programmes))


def _library_item(library: ExerciseLibrary, exercise_id: str) -> SessionItem:
    if exercise_id not in library:
        raise SessionProblem(f"The exercise {exercise_id!r} is not in the library.")
    return SessionItem(exercise_id, library.get(exercise_id).dose)


def _active_programme_plan(
    store: Store, library: ExerciseLibrary, now: datetime, first_weekday: int
) -> tuple[SessionPlan, bool] | None:
    """Today's part of the active programme, and whether it is a starter programme."""
    record = active_programme(store)
    if record is None:
        return None
    day = now.date()  # the local day of the caller's clock
    custom = {e.id: e for e in record.document.custom_exercises}
    weekly = {i.exercise_id for i in record.items if i.prescription.dose.is_weekly}
    done_on = _days_done_this_week(store, weekly, now, first_weekday) if weekly else {}
    due = tuple(
        # `current` is today's dose: the prescription as progression rules have moved it.
        SessionItem(item.exercise_id, item.current, item.prescription.notes)
        for item in record.items
        if item.prescription.is_due(day, done_on.get(item.exercise_id, set()), first_weekday)
        and (item.exercise_id in library or item.exercise_id in custom)
    )
    if not due:
        return None
    times_done = times_done_today(store, {item.exercise_id for item in due}, now)
    items = tuple(i for i in due if times_done.get(i.exercise_id, 0) < i.dose.times_per_day)
    used = {item.exercise_id for item in due}
    plan = SessionPlan(
        record.title,
        items,
        record.id,
        custom=tuple(e for e in custom.values() if e.id in used),
        done_for_today=tuple(i for i in due if i not in items),
        day_order=tuple(i.exercise_id for i in due),
    )
    return plan, record.is_starter


def times_done_today(store: Store, exercise_ids: set[str], now: datetime) -> dict[str, int]:
    """How many of today's sessions and movement snacks each exercise was done in; `now`
    carries the zone whose day is "today"."""
    start_of_day = datetime.combine(now.date(), time(), now.tzinfo)
    with store.units.read() as uow:
        return times_done_within(
            uow.session, exercise_ids, start_of_day, start_of_day + timedelta(days=1)
        )


def _days_done_this_week(
    store: Store, exercise_ids: set[str], now: datetime, first_weekday: int
) -> dict[str, set[date]]:
    """The local days since the week began each of these exercises was done (not skipped) on."""
    monday = datetime.combine(week_start(now.date(), first_weekday), time(), now.tzinfo)
    with store.units.read() as uow:
        rows = exercises_done_since(uow.session, exercise_ids, monday - timedelta(days=1))
    done: dict[str, set[date]] = {}
    for started_at, exercise_id in rows:
        local = started_at.astimezone(now.tzinfo).date()
        if local >= monday.date():
            done.setdefault(exercise_id, set()).add(local)
    return done


def dose_as_stored(dose: Dose) -> dict[str, Any]:
    """A dose as it is stored with a session (what was prescribed)."""
    stored: dict[str, Any] = {
        "sets": dose.sets,
        "reps": dose.reps,
        "hold_seconds": dose.hold_s,
        "rest_seconds": dose.rest_s,
        "sides": dose.sides.value,
    }
    if dose.minutes is not None:
        stored["minutes"] = dose.minutes
    return stored


# --- Recording, step by step -----------------------------------------------------------------


def start_session(
    store: Store,
    plan: SessionPlan,
    now: datetime,
    back_pain_before: int | None = None,
    leg_pain_before: int | None = None,
) -> tuple[SessionRecord, Changes]:
    """Store a new session in progress, with every prescribed exercise, before the first one."""
    _require_aware(now)
    _check_pain(back_pain_before, leg_pain_before)
    if not plan.items:
        raise SessionProblem("This session has no exercises to do.")
    close_interrupted_sessions(store)
    with store.units.write() as uow:
        row = ExerciseSession(
            programme_id=plan.programme_id,
            is_snack=plan.is_snack,
            started_at=now,
            status=SessionStatus.IN_PROGRESS,
            back_pain_before=back_pain_before,
            leg_pain_before=leg_pain_before,
        )
        row.exercises = [
            SessionExercise(
                position=position,
                exercise_id=item.exercise_id,
                prescribed=dose_as_stored(item.dose),
            )
            for position, item in enumerate(plan.items)
        ]
        uow.session.add(row)
        uow.commit()
        record = _record(row)
    return record, Changes.of(Topic.SESSIONS)


def add_exercise(
    store: Store, session_id: int, item: SessionItem, instead_of: str | None = None
) -> tuple[int, Changes]:
    """Add an exercise to a session under way (an easier version); returns its position."""
    with store.units.write() as uow:
        session = _existing(uow.session.get(ExerciseSession, session_id))
        position = max((e.position for e in session.exercises), default=-1) + 1
        prescribed = dose_as_stored(item.dose)
        if instead_of:
            prescribed["instead_of"] = instead_of
        session.exercises.append(
            SessionExercise(position=position, exercise_id=item.exercise_id, prescribed=prescribed)
        )
        uow.commit()
    return position, Changes.of(Topic.SESSIONS)


def record_progress(store: Store, session_id: int, position: int, done: ExerciseDone) -> Changes:
    """Store what has been done of one exercise so far (called as each repetition ends)."""
    if min(done.sets, done.reps, done.hold_seconds) < 0:
        raise SessionProblem("Done counts cannot be negative.")
    with store.units.write() as uow:
        row = _exercise_row(uow.session, session_id, position)
        row.sets_done = done.sets
        row.reps_done = done.reps
        row.hold_seconds_done = done.hold_seconds
        row.skipped = done.skipped
        uow.commit()
    return Changes.of(Topic.SESSIONS)


def record_response(
    store: Store,
    session_id: int,
    position: int,
    response: ExerciseResponse,
    now: datetime,
    *,
    library: ExerciseLibrary | None = None,
) -> tuple[ResponseAdvice, Changes]:
    """Store the traffic-light answer after an exercise and say what to do about it.

    "Worse" stops that exercise and names its easier versions; "worse" given again within
    two weeks advises booking a review (the routine finding of companion.domain.red_flags).
    """
    _require_aware(now)
    response = ExerciseResponse(response)
    with store.units.write() as uow:
        row = _exercise_row(uow.session, session_id, position)
        row.response = response
        exercise_id = row.exercise_id
        uow.commit()
    easier: tuple[str, ...] = ()
    if response is ExerciseResponse.WORSE and library is not None and exercise_id in library:
        easier = tuple(i for i in library.get(exercise_id).easier if i in library)
    review = None
    if response is ExerciseResponse.WORSE and repeated_worse_after_exercise(
        recent_responses(store, now)
    ):
        review = ADVICE[TriageLevel.ROUTINE]
    advice = ResponseAdvice(response, response is ExerciseResponse.WORSE, easier, review)
    return advice, Changes.of(Topic.SESSIONS)


def recent_responses(
    store: Store, now: datetime, window: timedelta = RECENT_RESPONSE_WINDOW
) -> list[ExerciseResponse]:
    """The traffic-light answers of sessions started in the window before `now`."""
    with store.units.read() as uow:
        return responses_between(uow.session, now - window, now)


def finish_session(
    store: Store,
    session_id: int,
    now: datetime,
    *,
    ended_early: bool = False,
    back_pain_after: int | None = None,
    leg_pain_after: int | None = None,
) -> tuple[SessionRecord, Changes]:
    """Close a session as completed or ended early, with the pain afterwards if given.

    Called again on a closed session, it only updates the pain afterwards.
    """
    _require_aware(now)
    _check_pain(back_pain_after, leg_pain_after)
    with store.units.write() as uow:
        row = uow.session.get(ExerciseSession, session_id)
        if row is None:
            raise SessionProblem("This session is no longer stored.")
        if row.status in (SessionStatus.IN_PROGRESS, SessionStatus.INTERRUPTED):
            row.status = SessionStatus.ENDED_EARLY if ended_early else SessionStatus.COMPLETED
            row.ended_at = now
        if back_pain_after is not None:
            row.back_pain_after = back_pain_after
        if leg_pain_after is not None:
            row.leg_pain_after = leg_pain_after
        uow.commit()
        record = _record(row)
    return record, Changes.of(Topic.SESSIONS)


def interrupt_session(store: Store, session_id: int) -> Changes:
    """Mark a session cut short by the app quitting as interrupted (what was done stays)."""
    with store.units.write() as uow:
        row = uow.session.get(ExerciseSession, session_id)
        if row is None or row.status is not SessionStatus.IN_PROGRESS:
            return Changes()
        row.status = SessionStatus.INTERRUPTED
        uow.commit()
    return Changes.of(Topic.SESSIONS)


def close_interrupted_sessions(store: Store) -> tuple[list[int], Changes]:
    """Mark every session still in progress as interrupted (call at start, before a new one).

    Only one copy of the app runs on a data folder, so a session found in progress when none
    is playing was cut off by a crash, a kill or a flat battery.
    """
    with store.units.write() as uow:
        rows = sessions_in_progress(uow.session)
        for row in rows:
            row.status = SessionStatus.INTERRUPTED
        uow.commit()
    ids = [row.id for row in rows]
    return ids, (Changes.of(Topic.SESSIONS) if ids else Changes())


# --- Reading ---------------------------------------------------------------------------------


def get_session(store: Store, session_id: int) -> SessionRecord:
    """One stored session with its exercises."""
    with store.units.read() as uow:
        row = uow.session.get(ExerciseSession, session_id)
        if row is None:
            raise SessionProblem("This session is no longer stored.")
        return _record(row)


def session_history(
    store: Store, since: datetime | None = None, until: datetime | None = None
) -> list[SessionRecord]:
    """Every session started in the period, oldest first."""
    with store.units.read() as uow:
        return [_record(row) for row in sessions_started(uow.session, since, until)]


# --- Helpers ---------------------------------------------------------------------------------


def _record(row: ExerciseSession) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        started_at=row.started_at,
        ended_at=row.ended_at,
        status=row.status,
        programme_id=row.programme_id,
        is_snack=row.is_snack,
        back_pain_before=row.back_pain_before,
        leg_pain_before=row.leg_pain_before,
        back_pain_after=row.back_pain_after,
        leg_pain_after=row.leg_pain_after,
        exercises=tuple(
            SessionExerciseRecord(
                position=e.position,
                exercise_id=e.exercise_id,
                prescribed=dict(e.prescribed or {}),
                done=ExerciseDone(e.sets_done, e.reps_done, e.hold_seconds_done, e.skipped),
                response=e.response,
            )
            for e in sorted(row.exercises, key=lambda e: e.position)
        ),
    )


def _existing(row: ExerciseSession | None) -> ExerciseSession:
    if row is None:
        raise SessionProblem("This session is no longer stored.")
    return row


def _exercise_row(session: Session, session_id: int, position: int) -> SessionExercise:
    row = session_exercise(session, session_id, position)
    if row is None:
        raise SessionProblem("This exercise is not part of the session.")
    return row


def _check_pain(*values: int | None) -> None:
    for value in values:
        if value is not None and value not in PAIN_RANGE:
            raise SessionProblem("Pain is a number from 0 (none) to 10 (the worst imaginable).")


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise SessionProblem("The time of a session must include its time zone.")


__all__ = [
    "DEFAULT_STARTER",
    "ExerciseDone",
    "ResponseAdvice",
    "SessionExerciseRecord",
    "SessionItem",
    "SessionPlan",
    "SessionProblem",
    "SessionRecord",
    "add_exercise",
    "close_interrupted_sessions",
    "dose_as_stored",
    "finish_session",
    "get_session",
    "interrupt_session",
    "plan_session",
    "recent_responses",
    "record_progress",
    "record_response",
    "session_history",
    "start_session",
]
