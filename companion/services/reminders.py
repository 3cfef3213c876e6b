"""Movement reminders: the user's reminder settings, the scheduler's memory, what became of each
reminder, and the movement snack a sitting break offers.

Rules and scheduler state live in the `preferences` table, so a backup or a restore carries
them with the diary. Every outcome the scheduler reports is stored as a ReminderEvent for the
progress charts; a movement snack done from a reminder is logged as a short exercise session
(`is_snack`), so adherence counts it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from companion.content.library import ExerciseLibrary
from companion.domain.changes import Changes, Topic
from companion.domain.exercise import (
    Bias,
    Category,
    Dose,
    Equipment,
    Exercise,
    Position,
    SidesMode,
)
from companion.domain.safety_plan import left_out_today
from companion.domain.vocabulary import ReminderKind, ReminderOutcome, SessionStatus
from companion.reminders.decisions import Occasion, OutcomeRecord, Step
from companion.reminders.rules import ReminderRules, without_exercise_reminders
from companion.reminders.scheduler import ReminderScheduler
from companion.services.data_store import Store
from companion.services.safety_plan import today_limits
from companion.services.tray_data import RULES_KEY, STATE_KEY, rules_from, scheduler_from
from companion.storage.models import (
    ExerciseSession,
    Preference,
    Programme,
    ReminderEvent,
    SessionExercise,
)
from companion.storage.queries.programmes import active_programme_row
from companion.storage.queries.reminders import reminder_events_within
from companion.storage.queries.sessions import snack_count, snacks_within, times_done_within
from companion.storage.queries.tray import preference, programme_inputs
from companion.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

STARTER_PROGRAMME = "desk-worker"
# A snack happens beside the desk: sitting or standing, with nothing but a chair.
SNACK_POSITIONS = frozenset({Position.SITTING, Position.STANDING})
SNACK_EQUIPMENT = frozenset({Equipment.CHAIR})
SNACK_MAX_MINUTES = 5
SNACK_SECONDS = (30, 180)  # the timer: long enough to do it, short enough to stay a snack
SECONDS_PER_REP = 3  # moving into and out of one repetition, on top of any hold


@dataclass(frozen=True)
class MovementSnack:
    """One short movement offered by a sitting break, with its dose and timer length."""

    exercise: Exercise
    dose: Dose
    seconds: int
    programme_id: int | None  # the user's active programme, or None for the starter set
    programme_name: str


@dataclass(frozen=True)
class ReminderEventRecord:
    """A stored reminder outcome, as the progress charts see it."""

    id: int
    at: datetime  # aware, UTC
    kind: ReminderKind
    outcome: ReminderOutcome
    detail: str


# --- Rules and state ------------------------------------------------------------------------


def _preference(uow: UnitOfWork, key: str) -> Any:
    row = uow.session.get(Preference, key)
    return None if row is None else row.value


def _put_preference(uow: UnitOfWork, key: str, value: Any, now: datetime) -> None:
    uow.session.merge(Preference(key=key, value=value, updated_at=now))


def _active_programme(uow: UnitOfWork) -> Programme | None:
    return active_programme_row(uow.session)


def load_rules(store: Store) -> ReminderRules:
    """The user's reminder rules; the active programme fills what the user has not chosen."""
    with store.units.read() as uow:
        connection = uow.sqlite()
        return rules_from(preference(connection, RULES_KEY), programme_inputs(connection))


def rules_are_saved(store: Store) -> bool:
    """True once the user has saved reminder settings of their own."""
    with store.units.read() as uow:
        return _preference(uow, RULES_KEY) is not None


def save_rules(store: Store, rules: ReminderRules, now: datetime | None = None) -> Changes:
    """Keep the user's reminder rules."""
    with store.units.write() as uow:
        _put_preference(uow, RULES_KEY, rules.to_dict(), now or datetime.now(UTC))
        uow.commit()
    return Changes.of(Topic.PREFERENCES, Topic.REMINDERS)


def effective_rules(store: Store, locked: bool) -> ReminderRules:
    """The rules the scheduler runs on: the user's, minus every exercise reminder while an
    emergency answer keeps exercise `locked` (the stored settings stay as the user chose)."""
    rules = load_rules(store)
    return without_exercise_reminders(rules) if locked else rules


def load_scheduler(store: Store, rules: ReminderRules | None = None) -> ReminderScheduler:
    """The scheduler as it was last saved (owed reminders included), or a fresh one."""
    rules = rules if rules is not None else load_rules(store)
    with store.units.read() as uow:
        return scheduler_from(rules, preference(uow.sqlite(), STATE_KEY))


def _add_outcomes(uow: UnitOfWork, outcomes: Iterable[OutcomeRecord]) -> bool:
    added = False
    for record in outcomes:
        uow.session.add(
            ReminderEvent(
                at=record.at, kind=record.kind, outcome=record.outcome, detail=record.detail
            )
        )
        added = True
    return added


def record_step(
    store: Store, scheduler: ReminderScheduler, step: Step, now: datetime | None = None
) -> Changes:
    """Store a step's outcomes and the scheduler's state, together or not at all."""
    with store.units.write() as uow:
        added = _add_outcomes(uow, step.outcomes)
        _put_preference(uow, STATE_KEY, scheduler.to_dict(), now or datetime.now(UTC))
        uow.commit()
    return Changes.of(Topic.REMINDERS) if added else Changes()


def save_scheduler(store: Store, scheduler: ReminderScheduler, now: datetime | None = None) -> None:
    """Keep the scheduler's state (at quit, and now and then while running)."""
    with store.units.write() as uow:
        _put_preference(uow, STATE_KEY, scheduler.to_dict(), now or datetime.now(UTC))
        uow.commit()


def reminder_events(store: Store, start: datetime, end: datetime) -> list[ReminderEventRecord]:
    """Reminder outcomes in [start, end), oldest first."""
    with store.units.read() as uow:
        return [
            ReminderEventRecord(row.id, row.at, row.kind, row.outcome, row.detail)
            for row in reminder_events_within(uow.session, start, end)
        ]


# --- The movement snack ---------------------------------------------------------------------


def fits_a_snack(exercise: Exercise) -> bool:
    """True for a neutral movement done beside the desk in a few minutes, with a moving picture.

    Snacks never lean forwards or backwards (clinical brief 2.2.4): a direction is a choice for
    the programme's sessions, where the traffic light watches the response.
    """
    return (
        exercise.bias is Bias.NEUTRAL
        and exercise.position in SNACK_POSITIONS
        and set(exercise.equipment) <= SNACK_EQUIPMENT
        and (exercise.dose.minutes is None or exercise.dose.minutes <= SNACK_MAX_MINUTES)
        and len(exercise.figure.keyframes) >= 2
    )


def snack_seconds(dose: Dose) -> int:
    """How long the snack's timer runs: one set of the dose, kept between 30 s and 3 min."""
    low, high = SNACK_SECONDS
    if dose.minutes is not None:
        wanted = dose.minutes * 60
    else:
        sides = 1 if dose.sides is SidesMode.ONE else 2
        wanted = dose.reps * (dose.hold_s + SECONDS_PER_REP) * sides
    return min(max(wanted, low), high)


def _one_set(dose: Dose) -> Dose:
    return Dose(
        sets=1,
        reps=dose.reps,
        hold_s=dose.hold_s,
        rest_s=0,
        sides=dose.sides,
        times_per_day=dose.times_per_day,
        minutes=dose.minutes,
        note=dose.note,
    )


def snack_choices(
    store: Store, library: ExerciseLibrary, now: datetime | None = None
) -> list[MovementSnack]:
    """Every movement a sitting break may offer: from the active programme, else the starter.

    With `now` (its zone gives the day), today's limits apply: no exercise answered "worse"
    today, no strengthening or nerve glide while a same-day finding is open, nothing a
    clearance condition affects.
    """
    found = _snack_candidates(store, library)
    if now is None:
        return found
    limits = today_limits(store, now)
    # A movement done as many times today as its times_per_day asks (in sessions or snacks)
    # is not offered again today.
    start_of_day = datetime.combine(now.date(), time(), now.tzinfo)
    with store.units.read() as uow:
        times_done = times_done_within(
            uow.session,
            {snack.exercise.id for snack in found},
            start_of_day,
            start_of_day + timedelta(days=1),
        )
    return [
        snack
        for snack in found
        if times_done.get(snack.exercise.id, 0) < snack.dose.times_per_day
        and left_out_today(
            snack.exercise,
            worse_today=limits.worse_today,
            same_day_open=limits.same_day_open,
            conditions=limits.conditions,
            prescribed=False,
        )
        is None
    ]


def _snack_candidates(store: Store, library: ExerciseLibrary) -> list[MovementSnack]:
    with store.units.read() as uow:
        programme = _active_programme(uow)
        rows = (
            [
                (r.exercise_id, r.reps, r.hold_seconds, r.sides, r.times_per_day)
                for r in programme.exercises
            ]
            if programme
            else []
        )
        programme_id = programme.id if programme else None
        programme_name = programme.title if programme else ""
        # A nerve glide comes in a sitting break only when a clinician prescribed it: a starter
        # programme, or no programme at all, offers movements safe for everyone.
        prescribed = programme is not None and not (programme.document or {}).get("starter_id")
    found: list[MovementSnack] = []
    for exercise_id, reps, hold_s, sides_text, times_per_day in rows:
        if exercise_id not in library or not fits_a_snack(exercise := library.get(exercise_id)):
            continue
        if exercise.category is Category.NERVE_MOBILITY and not prescribed:
            continue
        try:
            sides = SidesMode(sides_text)
        except ValueError:
            sides = exercise.dose.sides
        dose = Dose(
            reps=reps,
            hold_s=hold_s,
            sides=sides,
            times_per_day=times_per_day,
            minutes=exercise.dose.minutes,
        )
        found.append(
            MovementSnack(exercise, dose, snack_seconds(dose), programme_id, programme_name)
        )
    if found:
        return found
    if STARTER_PROGRAMME not in library.programmes:
        return []
    starter = library.programme(STARTER_PROGRAMME)
    for item in starter.items:
        exercise = library.get(item.exercise_id)
        if fits_a_snack(exercise) and exercise.category is not Category.NERVE_MOBILITY:
            dose = _one_set(library.dose_for(item))
            found.append(MovementSnack(exercise, dose, snack_seconds(dose), None, starter.name))
    return found


def choose_snack(
    store: Store, library: ExerciseLibrary, now: datetime | None = None
) -> MovementSnack | None:
    """The movement to offer now: the choices in turn, one further along per snack done."""
    choices = snack_choices(store, library, now)
    if not choices:
        return None
    with store.units.read() as uow:
        done = snack_count(uow.session)
    return choices[done % len(choices)]


def record_snack_done(
    store: Store,
    scheduler: ReminderScheduler,
    occasion: Occasion,
    snack: MovementSnack | None,
    *,
    started_at: datetime,
    now: datetime,
) -> tuple[Step, Changes]:
    """The user did the snack: settle the reminder, and log the snack as exercise done."""
    step = scheduler.mark_done(occasion, now)
    with store.units.write() as uow:
        _add_outcomes(uow, step.outcomes)
        _put_preference(uow, STATE_KEY, scheduler.to_dict(), now.astimezone(UTC))
        if snack is not None:
            session = ExerciseSession(
                programme_id=snack.programme_id,
                is_snack=True,
                started_at=min(started_at, now),
                ended_at=now,
                status=SessionStatus.COMPLETED,
            )
            session.exercises.append(
                SessionExercise(
                    position=0,
                    exercise_id=snack.exercise.id,
                    prescribed=_dose_dict(snack.dose),
                    sets_done=1,
                    reps_done=snack.dose.reps,
                    hold_seconds_done=snack.dose.hold_s,
                )
            )
            uow.session.add(session)
        uow.commit()
    if snack is None:
        return step, Changes.of(Topic.REMINDERS)
    return step, Changes.of(Topic.REMINDERS, Topic.SESSIONS)


def _dose_dict(dose: Dose) -> dict[str, Any]:
    return {
        "sets": dose.sets,
        "reps": dose.reps,
        "hold_s": dose.hold_s,
        "sides": dose.sides.value,
        "minutes": dose.minutes,
    }


def snacks_between(store: Store, start: datetime, end: datetime) -> list[tuple[datetime, str]]:
    """Movement snacks done in [start, end): when, and which exercise."""
    with store.units.read() as uow:
        return snacks_within(uow.session, start, end)
