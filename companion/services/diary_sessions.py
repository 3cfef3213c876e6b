"""Exercise sessions and movement snacks as the diary lists them: read-only summaries, filtered
and limited in SQL (storage/queries/diary.py), so a ten-year diary reads as fast as a short one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from companion.domain.diary_rules import ExerciseOutcome, exercise_outcome
from companion.domain.vocabulary import ExerciseResponse, SessionStatus
from companion.storage.queries import diary as queries

# How a session can end short of its plan: the user ended it, or the app was closed or slept.
ENDED_SHORT = frozenset({SessionStatus.ENDED_EARLY, SessionStatus.INTERRUPTED})


@dataclass(frozen=True)
class SessionExerciseLine:
    """One exercise of a session as the diary shows it."""

    exercise_id: str
    outcome: ExerciseOutcome
    sets_done: int
    sets_prescribed: int
    response: ExerciseResponse | None


@dataclass(frozen=True)
class SessionSummary:
    """A guided session or a movement snack, with what was done and the answers given."""

    id: int
    started_at: datetime  # aware UTC
    ended_at: datetime | None
    status: SessionStatus
    is_snack: bool
    programme: str  # the programme's title; "" when it came from none
    exercises: tuple[SessionExerciseLine, ...]
    back_pain_before: int | None = None
    leg_pain_before: int | None = None
    back_pain_after: int | None = None
    leg_pain_after: int | None = None

    @property
    def ended_early(self) -> bool:
        """The session stopped before its plan was through."""
        return self.status in ENDED_SHORT


def _sets(prescribed: dict[str, Any]) -> int:
    value = prescribed.get("sets", 1)
    return value if isinstance(value, int) and not isinstance(value, bool) else 1


def _line(
    exercise_id: str,
    prescribed: object,
    done: tuple[int, int, int],
    skipped: bool,
    response: str | None,
) -> SessionExerciseLine:
    prescribed_sets = _sets(prescribed if isinstance(prescribed, dict) else {})
    sets, reps, hold = done
    outcome = exercise_outcome(prescribed_sets, sets, reps, hold, skipped)
    answer = ExerciseResponse(response) if response else None
    return SessionExerciseLine(exercise_id, outcome, sets, prescribed_sets, answer)


def _lines(session: Session, ids: list[int]) -> dict[int, list[SessionExerciseLine]]:
    """Each session's exercises in order."""
    lines: dict[int, list[SessionExerciseLine]] = {}
    for row in queries.session_exercises(session, ids):
        line = _line(
            row.exercise_id,
            row.prescribed,
            (row.sets_done, row.reps_done, row.hold_seconds_done),
            bool(row.skipped),
            row.response,
        )
        lines.setdefault(row.session_id, []).append(line)
    return lines


def session_summaries(
    session: Session,
    start: datetime | None,
    end: datetime | None,
    text: str | None,
    limit: int | None,
) -> list[tuple[SessionSummary, datetime]]:
    """Sessions started from `start` to `end`, newest first; `text` matches the programme's
    title or an exercise id. Each comes with the moment the diary files it under."""
    rows = queries.sessions(session, text, queries.TimeWindow(start, end, limit))
    lines = _lines(session, [row.id for row in rows])
    # Titles in a second query: a handful of programmes, not one join per session.
    titles = queries.programme_titles(
        session, {row.programme_id for row in rows if row.programme_id is not None}
    )
    found: list[tuple[SessionSummary, datetime]] = []
    for row in rows:
        summary = SessionSummary(
            id=row.id,
            started_at=row.started_at,
            ended_at=row.ended_at,
            status=SessionStatus(row.status),
            is_snack=bool(row.is_snack),
            programme=titles.get(row.programme_id, "") if row.programme_id else "",
            exercises=tuple(lines.get(row.id, ())),
            back_pain_before=row.back_pain_before,
            leg_pain_before=row.leg_pain_before,
            back_pain_after=row.back_pain_after,
            leg_pain_after=row.leg_pain_after,
        )
        found.append((summary, row.started_at))
    return found
