"""The SQL of what only the report prints: exercises that drew red answers, and notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import String, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from companion.domain.vocabulary import ExerciseResponse
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    SessionExercise,
    TreatmentEvent,
)
from companion.storage.queries.rows import live, within


class ResponseTally(NamedTuple):
    """One exercise's answers in a span: times done and each red or amber answer."""

    exercise_id: str
    times_done: int
    worse: int
    worse_but_settling: int
    new_numbness_or_weakness: int


def exercise_responses(session: Session, since: datetime, until: datetime) -> list[ResponseTally]:
    """Exercises done in the span that drew a worse answer, the most red ones first."""
    response = type_coerce(SessionExercise.response, String)

    def answered(answer: ExerciseResponse) -> Any:
        return func.sum(case((response == answer.value, 1), else_=0))

    worse = answered(ExerciseResponse.WORSE)
    settling = answered(ExerciseResponse.WORSE_BUT_SETTLING)
    numb = answered(ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS)
    rows = session.execute(
        select(SessionExercise.exercise_id, func.count(), worse, settling, numb)
        .join(ExerciseSession, SessionExercise.session_id == ExerciseSession.id)
        .where(
            within(ExerciseSession.started_at, since, until),
            SessionExercise.skipped.is_(False),
        )
        .group_by(SessionExercise.exercise_id)
        .having(or_(worse > 0, settling > 0, numb > 0))
        .order_by((worse + numb).desc(), settling.desc(), SessionExercise.exercise_id)
    )
    return [
        ResponseTally(exercise_id, int(n), int(w), int(s), int(x or 0))
        for exercise_id, n, w, s, x in rows
    ]


# Where a note can be written, by the name the report gives the source.
_NOTE_SOURCES: tuple[tuple[str, Any, Any], ...] = (
    ("Check-in", CheckIn, CheckIn.recorded_at),
    ("Activity", Activity, Activity.started_at),
    ("Treatment", TreatmentEvent, TreatmentEvent.occurred_at),
    ("Questionnaire", QuestionnaireResponse, QuestionnaireResponse.taken_at),
)


def notes(session: Session, since: datetime, until: datetime) -> list[tuple[datetime, str, str]]:
    """(moment, source, text) of every live non-blank note in the span, oldest first."""
    found = []
    for source, model, at in _NOTE_SOURCES:
        for moment, note in session.execute(
            select(at, model.note).where(within(at, since, until), live(model), model.note != "")
        ):
            if note and note.strip():
                found.append((moment, source, note.strip()))
    found.sort(key=lambda row: row[0])
    return found
