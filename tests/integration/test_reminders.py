"""Reminder service over a real SQLite file: rules and state as preferences, every outcome
stored, the movement snack chosen from the programme, and a done snack logged as exercise."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from companion.content.library import ExerciseLibrary, load_library
from companion.domain.changes import Topic
from companion.domain.exercise import Bias, Position
from companion.domain.vocabulary import ReminderKind, ReminderOutcome, SessionStatus
from companion.paths import exercises_dir, migrations_dir
from companion.reminders.decisions import Occasion, PauseLength, Step
from companion.reminders.rules import DailyWindow, ReminderRules
from companion.reminders.scheduler import ReminderScheduler
from companion.services.data_store import Store, open_store
from companion.services.programmes import start_starter_programme
from companion.services.reminders import (
    RULES_KEY,
    STATE_KEY,
    choose_snack,
    fits_a_snack,
    load_rules,
    load_scheduler,
    record_snack_done,
    record_step,
    reminder_events,
    rules_are_saved,
    save_rules,
    save_scheduler,
    snack_choices,
    snack_seconds,
    snacks_between,
)
from companion.storage.models import (
    ExerciseSession,
    Preference,
    PrescribedExercise,
    Programme,
    SessionExercise,
)

ZONE = timezone(timedelta(hours=1))
MONDAY_MORNING = datetime(2026, 3, 2, 9, 0, tzinfo=ZONE)
SITTING = Occasion.sitting_break()
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
LATER = datetime(2027, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library(exercises_dir())


def _put_raw(store: Store, key: str, value: object) -> None:
    with store.units.write() as uow:
        uow.session.merge(Preference(key=key, value=value, updated_at=datetime.now(UTC)))
        uow.commit()


def _sit(
    store: Store | None,
    scheduler: ReminderScheduler,
    now: datetime,
    until: datetime,
    *,
    fullscreen: bool = False,
) -> tuple[datetime, list[Step]]:
    """Tick as the runner would (at each wake, with recent input) until `until` or a showing."""
    steps: list[Step] = []
    step = scheduler.tick(now, 1.0, fullscreen=fullscreen)
    while True:
        steps.append(step)
        if store is not None:
            record_step(store, scheduler, step, now)
        if step.show or now >= until:
            return now, steps
        now = min(now + step.wake_in, until)
        step = scheduler.tick(now, 1.0, fullscreen=fullscreen)


def _add_programme(store: Store, items: list[tuple[str, int, int]], minutes: int | None) -> int:
    with store.units.write() as uow:
        programme = Programme(
            title="From my physio",
            imported_at=datetime(2026, 2, 1, tzinfo=UTC),
            active=True,
            sitting_break_minutes=minutes,
        )
        for position, (exercise_id, reps, hold) in enumerate(items):
            programme.exercises.append(
                PrescribedExercise(
                    position=position, exercise_id=exercise_id, reps=reps, hold_seconds=hold
                )
            )
        uow.session.add(programme)
        uow.commit()
        return programme.id


# --- Rules -------------------------------------------------------------------------------


def test_rules_default_before_any_are_saved(store: Store) -> None:
    assert load_rules(store) == ReminderRules()
    assert not rules_are_saved(store)


def test_rules_saved_are_the_rules_loaded_after_reopening(data_dir: Path) -> None:
    rules = ReminderRules(
        sitting_interval=timedelta(minutes=45),
        working_hours=(DailyWindow(time(9), time(17)),) * 5 + (None, None),
        quiet_hours=None,
    )
    store = open_store(data_dir, migrations_dir())
    changes = save_rules(store, rules)
    store.close()
    assert changes.concerns(Topic.PREFERENCES) and changes.concerns(Topic.REMINDERS)

    reopened = open_store(data_dir, migrations_dir())
    try:
        assert load_rules(reopened) == rules
        assert rules_are_saved(reopened)
    finally:
        reopened.close()


def test_malformed_rules_fall_back_to_the_defaults(store: Store) -> None:
    _put_raw(store, RULES_KEY, {"sitting_interval_s": "soon"})
    assert load_rules(store) == ReminderRules()


def test_programme_interval_applies_until_the_user_saves_their_own(store: Store) -> None:
    _add_programme(store, [("standing-back-bend", 5, 0)], minutes=45)
    assert load_rules(store).sitting_interval == timedelta(minutes=45)

    save_rules(store, ReminderRules(sitting_interval=timedelta(minutes=20)))
    assert load_rules(store).sitting_interval == timedelta(minutes=20)


# --- Scheduler state and outcomes --------------------------------------------------------


def test_every_outcome_is_stored_as_a_reminder_event(store: Store) -> None:
    scheduler = load_scheduler(store)
    now, steps = _sit(store, scheduler, MONDAY_MORNING, MONDAY_MORNING + timedelta(hours=1))
    assert [d.occasion for d in steps[-1].show] == [SITTING]
    assert now == MONDAY_MORNING + timedelta(minutes=30)

    now += timedelta(seconds=20)
    changes = record_step(store, scheduler, scheduler.snooze(SITTING, now), now)
    assert changes.concerns(Topic.REMINDERS)

    # Back after the snooze, but a full-screen window holds it: deferred, still owed.
    now, steps = _sit(store, scheduler, now, now + timedelta(minutes=15), fullscreen=True)
    assert not any(step.show for step in steps)

    now, steps = _sit(store, scheduler, now, now + timedelta(minutes=5))
    assert [d.occasion for d in steps[-1].show] == [SITTING]
    now += timedelta(seconds=5)
    record_step(store, scheduler, scheduler.skip(SITTING, now), now)

    # Ten minutes without input: a natural break, taken without being asked.
    now, _ = _sit(store, scheduler, now, now + timedelta(minutes=20))
    now += timedelta(minutes=5)
    record_step(store, scheduler, scheduler.tick(now, 300.0), now)

    events = reminder_events(store, EPOCH, LATER)
    assert [(e.kind, e.outcome, e.detail) for e in events] == [
        (ReminderKind.SITTING_BREAK, ReminderOutcome.SNOOZED, ""),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.DEFERRED, "full_screen"),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.SKIPPED, ""),
        (ReminderKind.SITTING_BREAK, ReminderOutcome.NATURAL_BREAK, "away"),
    ]
    assert all(e.at.tzinfo is not None for e in events)


def test_a_step_without_outcomes_changes_no_view(store: Store) -> None:
    scheduler = load_scheduler(store)
    changes = record_step(store, scheduler, scheduler.tick(MONDAY_MORNING, 0.0), MONDAY_MORNING)
    assert not changes
    assert reminder_events(store, EPOCH, LATER) == []


def test_owed_reminder_and_pause_survive_closing_the_app(data_dir: Path) -> None:
    store = open_store(data_dir, migrations_dir())
    scheduler = load_scheduler(store)
    now, steps = _sit(None, scheduler, MONDAY_MORNING, MONDAY_MORNING + timedelta(hours=1))
    assert steps[-1].show
    record_step(store, scheduler, scheduler.pause(now, PauseLength.HOUR), now)
    store.close()

    reopened = open_store(data_dir, migrations_dir())
    try:
        restored = load_scheduler(reopened)
        assert restored.to_dict() == scheduler.to_dict()
        assert restored.paused_until(now) == (now + timedelta(hours=1)).astimezone(UTC)
        # The break is owed, not forgotten: it comes back when the pause ends.
        _, steps = _sit(None, restored, now, now + timedelta(hours=2))
        assert SITTING in [d.occasion for d in steps[-1].show]
        assert steps[-1].show[0].postponed == 1
    finally:
        reopened.close()


def test_malformed_state_starts_afresh(store: Store) -> None:
    _put_raw(store, STATE_KEY, {"version": 1, "owed": "nonsense"})
    scheduler = load_scheduler(store)
    assert scheduler.sitting_so_far == timedelta(0)
    assert scheduler.to_dict()["owed"] == []


def test_save_scheduler_keeps_the_sitting_count(store: Store) -> None:
    scheduler = load_scheduler(store)
    _sit(None, scheduler, MONDAY_MORNING, MONDAY_MORNING + timedelta(minutes=12))
    save_scheduler(store, scheduler)
    assert load_scheduler(store).sitting_so_far == timedelta(minutes=12)


# --- The movement snack ------------------------------------------------------------------


def test_without_a_programme_the_snack_comes_from_the_desk_starter_set(
    store: Store, library: ExerciseLibrary
) -> None:
    choices = snack_choices(store, library)
    starter = {item.exercise_id for item in library.programme("desk-worker").items}
    assert choices, "the desk-worker starter set offers at least one movement"
    assert {c.exercise.id for c in choices} <= starter
    assert "movement-snack" in {c.exercise.id for c in choices}
    for choice in choices:
        assert choice.programme_id is None
        assert choice.exercise.position in (Position.SITTING, Position.STANDING)
        assert len(choice.exercise.figure.keyframes) >= 2
        assert choice.dose.sets == 1
        assert 30 <= choice.seconds <= 180
    # sitting-setup needs a towel and does not move: not a snack
    assert "sitting-setup" not in {c.exercise.id for c in choices}


def test_snack_comes_from_the_active_programme_with_its_dose(
    store: Store, library: ExerciseLibrary
) -> None:
    programme_id = _add_programme(
        store,
        [
            ("glute-bridge", 10, 0),
            ("standing-back-bend", 8, 2),
            ("sit-to-stand", 8, 2),
            ("prone-press-up", 10, 0),
        ],
        minutes=None,
    )
    choices = snack_choices(store, library)
    # Lying on the floor is not a desk break, and a snack never bends backwards or forwards:
    # only sitting down and standing up fits.
    assert [c.exercise.id for c in choices] == ["sit-to-stand"]
    snack = choices[0]
    assert snack.programme_id == programme_id
    assert snack.programme_name == "From my physio"
    assert (snack.dose.reps, snack.dose.hold_s) == (8, 2)
    assert snack.seconds == snack_seconds(snack.dose) == 8 * (2 + 3)


def test_a_nerve_glide_comes_in_a_sitting_break_only_when_a_clinician_prescribed_it(
    store: Store, library: ExerciseLibrary
) -> None:
    glide = "nerve-slider-seated"
    assert fits_a_snack(library.get(glide))  # it would fit: the rule, not the shape, keeps it out
    assert glide not in {c.exercise.id for c in snack_choices(store, library)}  # no programme
    starter = start_starter_programme(
        store, library, "desk-worker", datetime(2026, 2, 1, tzinfo=UTC)
    )
    assert starter  # the desk set lists the glide, but it is not a prescription
    assert glide not in {c.exercise.id for c in snack_choices(store, library)}
    _add_programme(store, [("sit-to-stand", 8, 2), (glide, 10, 0)], minutes=None)
    assert glide in {c.exercise.id for c in snack_choices(store, library)}


def test_a_programme_with_no_desk_movement_falls_back_to_the_starter_set(
    store: Store, library: ExerciseLibrary
) -> None:
    _add_programme(store, [("glute-bridge", 10, 0), ("bird-dog", 8, 5)], minutes=None)
    choices = snack_choices(store, library)
    assert choices and all(c.programme_id is None for c in choices)


def test_fits_a_snack_matches_the_library(library: ExerciseLibrary) -> None:
    fitting = {e.id for e in library if fits_a_snack(e)}
    assert {"movement-snack", "sit-to-stand"} <= fitting
    assert not fitting & {"glute-bridge", "walking", "stationary-cycling", "water-walking"}
    # Neutral only (clinical brief 2.2.4): no back bends or forward bends at a sitting break.
    assert all(library.get(i).bias is Bias.NEUTRAL for i in fitting)
    assert not fitting & {"standing-back-bend", "seated-piriformis-stretch"}


def test_done_snack_is_logged_as_exercise_and_the_next_snack_moves_on(
    store: Store, library: ExerciseLibrary
) -> None:
    scheduler = load_scheduler(store)
    now, steps = _sit(None, scheduler, MONDAY_MORNING, MONDAY_MORNING + timedelta(hours=1))
    assert steps[-1].show
    first = choose_snack(store, library)
    assert first is not None
    shown_at = now
    now += timedelta(minutes=2)

    step, changes = record_snack_done(
        store, scheduler, SITTING, first, started_at=shown_at, now=now
    )
    assert step.withdraw == (SITTING,)
    assert changes.concerns(Topic.SESSIONS) and changes.concerns(Topic.REMINDERS)

    with store.units.read() as uow:
        sessions = list(uow.session.scalars(select(ExerciseSession)))
        done = list(uow.session.scalars(select(SessionExercise)))
    assert len(sessions) == 1
    session = sessions[0]
    assert session.is_snack is True
    assert session.status is SessionStatus.COMPLETED
    assert session.started_at == shown_at.astimezone(UTC)
    assert session.ended_at == now.astimezone(UTC)
    assert [(d.exercise_id, d.sets_done, d.reps_done) for d in done] == [
        (first.exercise.id, 1, first.dose.reps)
    ]
    assert done[0].prescribed["reps"] == first.dose.reps
    assert snacks_between(store, EPOCH, LATER) == [(shown_at.astimezone(UTC), first.exercise.id)]
    events = reminder_events(store, EPOCH, LATER)
    assert [(e.kind, e.outcome) for e in events] == [
        (ReminderKind.SITTING_BREAK, ReminderOutcome.DONE)
    ]
    # The scheduler's state went into the same transaction: the sitting count starts again.
    assert load_scheduler(store).sitting_so_far == timedelta(0)

    second = choose_snack(store, library)
    assert second is not None
    if len(snack_choices(store, library)) > 1:
        assert second.exercise.id != first.exercise.id


def test_done_without_a_snack_records_the_outcome_only(store: Store) -> None:
    scheduler = load_scheduler(store)
    later, _ = _sit(None, scheduler, MONDAY_MORNING, MONDAY_MORNING + timedelta(hours=1))
    _step, changes = record_snack_done(store, scheduler, SITTING, None, started_at=later, now=later)
    assert not changes.concerns(Topic.SESSIONS)
    assert snacks_between(store, EPOCH, LATER) == []
    assert [e.outcome for e in reminder_events(store, EPOCH, LATER)] == [ReminderOutcome.DONE]


def test_the_programme_sessions_a_day_get_reminder_times_until_the_user_picks_some(
    store: Store,
) -> None:
    programme_id = _add_programme(store, [("standing-back-bend", 5, 0)], minutes=45)
    with store.units.write() as uow:
        for item in uow.session.scalars(
            select(PrescribedExercise).where(PrescribedExercise.programme_id == programme_id)
        ):
            item.times_per_day = 2
        uow.commit()
    assert load_rules(store).session_times == (time(9, 30), time(18, 0))

    mine = ReminderRules(session_times=(time(7, 15),))
    save_rules(store, mine)
    assert load_rules(store).session_times == (time(7, 15),)

    # Saved rules without times still get the programme's (the settings have no time field).
    save_rules(store, ReminderRules(sitting_interval=timedelta(minutes=40)))
    assert load_rules(store).session_times == (time(9, 30), time(18, 0))


def test_without_a_programme_no_session_reminders_are_made_up(store: Store) -> None:
    assert load_rules(store).session_times == ()
