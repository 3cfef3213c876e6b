"""Progression after a session: days counted, guards applied, every step recorded with its reason.

A rule's `after_sessions` counts days with a good session. A step that is due waits while a guard
of domain.safety_plan holds it (7 days since the last step, rising leg pain, spreading symptoms,
a recent "worse" answer, new nerve symptoms, an open same-day finding, too few check-ins); the
Programme page and the report show why with `progression_status`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from companion.domain.changes import Changes, Topic
from companion.domain.exercise import Dose
from companion.domain.programme import (
    DoseChange,
    DoseField,
    ProgressOutcome,
    ProgressReason,
    ProgressState,
    progress,
    worst_response,
)
from companion.domain.safety_plan import HoldReason, progression_holds, too_soon
from companion.domain.vocabulary import ExerciseResponse
from companion.services.data_store import Store
from companion.services.programmes import (
    RECORDED_REASONS,
    active_row,
    current_dose,
    document_of,
    require_aware,
)
from companion.services.safety_plan import progression_evidence
from companion.services.screening_due import day_bounds
from companion.storage.models import (
    DoseAdjustment,
    ExerciseSession,
    PrescribedExercise,
)
from companion.storage.queries.programmes import adjustments_recorded, exercises_of_session


@dataclass(frozen=True)
class SessionProgress:
    """What progression made of one exercise after a session."""

    exercise_id: str
    outcome: ProgressOutcome
    current: Dose


@dataclass(frozen=True)
class AdjustmentRecord:
    """A stored progression step (or hold-back) and why it happened."""

    id: int
    at: datetime
    exercise_id: str
    reason: ProgressReason
    change: DoseChange | None
    session_id: int | None


# --- Progression -----------------------------------------------------------------------------


def progress_after_session(
    store: Store, session_id: int, now: datetime
) -> tuple[list[SessionProgress], Changes]:
    """Run the progression rules on a finished session's traffic-light answers.

    Only a session of the active programme counts, and each session counts once. Skipped
    exercises change nothing.
    """
    with store.units.read() as uow:
        found = uow.session.get(ExerciseSession, session_id)
        if found is None or found.programme_id is None:
            return [], Changes()  # a starter set or a snack: no prescription to progress
        programme_id = found.programme_id
        answers: dict[str, list[ExerciseResponse | None]] = {}
        for done in exercises_of_session(uow.session, session_id):
            answers.setdefault(done.exercise_id, []).append(None if done.skipped else done.response)
    responses = {exercise_id: worst_response(given) for exercise_id, given in answers.items()}
    return apply_responses(store, responses, now, session_id=session_id, programme_id=programme_id)


def apply_responses(
    store: Store,
    responses: Mapping[str, ExerciseResponse | None],
    now: datetime,
    *,
    session_id: int | None = None,
    programme_id: int | None = None,
) -> tuple[list[SessionProgress], Changes]:
    """Progress each exercise of the active programme by its response, in one transaction.

    `now` carries the user's zone: its local day is the day counted.
    """
    require_aware(now)
    today = now.date()
    holds = progression_holds(progression_evidence(store, now))
    results: list[SessionProgress] = []
    with store.units.write() as uow:
        row = active_row(uow.session)
        if row is None or (programme_id is not None and programme_id != row.id):
            return [], Changes()
        document = document_of(row)
        for stored in row.exercises:
            if stored.exercise_id not in responses or stored.position >= len(document.exercises):
                continue
            state_data = dict(stored.progress_state)
            if session_id is not None and state_data.get("last_session_id") == session_id:
                continue  # this session was counted already
            prescription = document.exercises[stored.position]
            outcome = progress(
                prescription.progression,
                prescription.dose,
                _state_of(stored),
                responses[stored.exercise_id],
                today=today,
                holds=holds,
            )
            new = outcome.state
            stored.sets, stored.reps, stored.hold_seconds = new.sets, new.reps, new.hold_s
            stored.progress_state = _stored_state(new, session_id)
            if outcome.reason in RECORDED_REASONS:
                uow.session.add(
                    DoseAdjustment(
                        prescribed_exercise_id=stored.id,
                        session_id=session_id,
                        at=now,
                        exercise_id=stored.exercise_id,
                        reason=outcome.reason.value,
                        field=outcome.change.field.value if outcome.change else None,
                        before=outcome.change.before if outcome.change else None,
                        after=outcome.change.after if outcome.change else None,
                    )
                )
            results.append(
                SessionProgress(
                    stored.exercise_id, outcome, new.dose(current_dose(stored, prescription.dose))
                )
            )
        uow.commit()
    changed = any(r.outcome.change is not None for r in results)
    return results, Changes.of(Topic.PROGRAMME) if results or changed else Changes()


def dose_adjustments(
    store: Store, since: datetime | None = None, programme_id: int | None = None
) -> list[AdjustmentRecord]:
    """Recorded progression steps and hold-backs, newest first."""
    with store.units.read() as uow:
        return [
            AdjustmentRecord(
                id=row.id,
                at=row.at,
                exercise_id=row.exercise_id,
                reason=ProgressReason(row.reason),
                change=(
                    DoseChange(DoseField(row.field), int(row.before), int(row.after))
                    if row.field is not None and row.before is not None and row.after is not None
                    else None
                ),
                session_id=row.session_id,
            )
            for row in adjustments_recorded(uow.session, since, programme_id)
        ]


def _state_of(stored: PrescribedExercise) -> ProgressState:
    data = dict(stored.progress_state)
    return ProgressState(
        sets=stored.sets,
        reps=stored.reps,
        hold_s=stored.hold_seconds,
        streak=int(data.get("streak", 0)),
        steps=tuple(DoseField(s) for s in data.get("steps", [])),
        counted_day=_day(data.get("counted_day")),
        last_step=_day(data.get("last_step")),
    )


def _stored_state(state: ProgressState, session_id: int | None) -> dict[str, object]:
    return {
        "streak": state.streak,
        "steps": [s.value for s in state.steps],
        "last_session_id": session_id,
        "counted_day": state.counted_day.isoformat() if state.counted_day else None,
        "last_step": state.last_step.isoformat() if state.last_step else None,
    }


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class ProgressionStatus:
    """Whether progression may go on now, and if not, why (for the Programme page and report)."""

    holds: tuple[HoldReason, ...]  # hold every exercise of the programme
    too_soon: frozenset[str]  # exercises that stepped up less than 7 days ago

    @property
    def held(self) -> bool:
        """True when no exercise may step up now."""
        return bool(self.holds)


def progression_status(store: Store, now: datetime) -> ProgressionStatus:
    """Why progression is held now, if it is: the programme-wide guards and per-exercise waits.

    Without an active programme that has progression rules nothing can be held (and the
    check-ins are not read).
    """
    today, _start, _end = day_bounds(now)
    waiting: set[str] = set()
    with store.units.read() as uow:
        row = active_row(uow.session)
        rules = row is not None and any(
            (stored.progression or {}).get("rules") for stored in row.exercises
        )
        for stored in row.exercises if row is not None else ():
            if too_soon(_state_of(stored).last_step, today):
                waiting.add(stored.exercise_id)
    if not rules:
        return ProgressionStatus((), frozenset())
    holds = progression_holds(progression_evidence(store, now))
    return ProgressionStatus(holds, frozenset(waiting))
