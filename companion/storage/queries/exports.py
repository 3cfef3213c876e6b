"""The CSV export's tables, declared: one spec per file says its columns, the time column that
places a row in the period, and whether notes and soft deletes apply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    RedFlagScreening,
    ReminderEvent,
    SessionExercise,
    TreatmentEvent,
)
from companion.storage.queries.rows import live, within


@dataclass(frozen=True)
class CsvTable:
    """One CSV file: (header, stored column) pairs, the time column the period bounds, and the
    order of its rows."""

    name: str
    columns: Sequence[tuple[str, Any]]
    moment: Any
    order_by: Sequence[Any]
    # The model whose `note` is exported when notes are, and whose soft-deleted rows are left out.
    diary_model: Any | None = None
    joins: Sequence[tuple[Any, ColumnElement[bool]]] = ()

    def headers(self, notes: bool) -> tuple[str, ...]:
        """The file's header row."""
        named = tuple(header for header, _column in self.columns)
        return (*named, "note") if notes and self._has_note else named

    @property
    def _has_note(self) -> bool:
        return self.diary_model is not None


_SESSION_JOIN = ((ExerciseSession, SessionExercise.session_id == ExerciseSession.id),)

STORED_TABLES: tuple[CsvTable, ...] = (
    CsvTable(
        "checkins",
        (
            ("id", CheckIn.id),
            ("recorded_at_utc", CheckIn.recorded_at),
            ("back_pain", CheckIn.back_pain),
            ("leg_pain", CheckIn.leg_pain),
            ("leg_reach", CheckIn.leg_reach),
            ("side", CheckIn.side),
            ("symptoms", CheckIn.symptoms),
            ("pain_sites", CheckIn.pain_sites),
            ("sitting_minutes", CheckIn.sitting_minutes),
            ("walking_minutes", CheckIn.walking_minutes),
            ("sleep_disturbed", CheckIn.sleep_disturbed),
        ),
        CheckIn.recorded_at,
        (CheckIn.recorded_at, CheckIn.id),
        diary_model=CheckIn,
    ),
    CsvTable(
        "activities",
        (
            ("id", Activity.id),
            ("started_at_utc", Activity.started_at),
            ("kind", Activity.kind),
            ("minutes", Activity.minutes),
        ),
        Activity.started_at,
        (Activity.started_at, Activity.id),
        diary_model=Activity,
    ),
    CsvTable(
        "treatments_and_events",
        (
            ("id", TreatmentEvent.id),
            ("occurred_at_utc", TreatmentEvent.occurred_at),
            ("kind", TreatmentEvent.kind),
            ("name", TreatmentEvent.name),
            ("dose", TreatmentEvent.dose),
        ),
        TreatmentEvent.occurred_at,
        (TreatmentEvent.occurred_at, TreatmentEvent.id),
        diary_model=TreatmentEvent,
    ),
    CsvTable(
        "exercise_sessions",
        (
            ("id", ExerciseSession.id),
            ("programme_id", ExerciseSession.programme_id),
            ("movement_snack", ExerciseSession.is_snack),
            ("started_at_utc", ExerciseSession.started_at),
            ("ended_at_utc", ExerciseSession.ended_at),
            ("status", ExerciseSession.status),
            ("back_pain_before", ExerciseSession.back_pain_before),
            ("leg_pain_before", ExerciseSession.leg_pain_before),
            ("back_pain_after", ExerciseSession.back_pain_after),
            ("leg_pain_after", ExerciseSession.leg_pain_after),
        ),
        ExerciseSession.started_at,
        (ExerciseSession.started_at, ExerciseSession.id),
    ),
    CsvTable(
        "session_exercises",
        (
            ("session_id", SessionExercise.session_id),
            ("position", SessionExercise.position),
            ("exercise_id", SessionExercise.exercise_id),
            # The id again: the service puts the exercise's name in its place.
            ("exercise", SessionExercise.exercise_id),
            ("sets_done", SessionExercise.sets_done),
            ("reps_done", SessionExercise.reps_done),
            ("hold_seconds_done", SessionExercise.hold_seconds_done),
            ("skipped", SessionExercise.skipped),
            ("response", SessionExercise.response),
        ),
        ExerciseSession.started_at,
        (ExerciseSession.started_at, SessionExercise.session_id, SessionExercise.position),
        joins=_SESSION_JOIN,
    ),
    CsvTable(
        "questionnaires",
        (
            ("id", QuestionnaireResponse.id),
            ("instrument", QuestionnaireResponse.instrument),
            ("version", QuestionnaireResponse.instrument_version),
            ("taken_at_utc", QuestionnaireResponse.taken_at),
            ("score", QuestionnaireResponse.score),
            ("answers", QuestionnaireResponse.answers),
        ),
        QuestionnaireResponse.taken_at,
        (QuestionnaireResponse.taken_at, QuestionnaireResponse.id),
        diary_model=QuestionnaireResponse,
    ),
    CsvTable(
        "red_flag_screenings",
        (
            ("id", RedFlagScreening.id),
            ("taken_at_utc", RedFlagScreening.taken_at),
            ("reason", RedFlagScreening.reason),
            ("result", RedFlagScreening.level),
            # The stored answers: the service keeps the questions answered "yes".
            ("answered_yes", RedFlagScreening.answers),
        ),
        RedFlagScreening.taken_at,
        (RedFlagScreening.taken_at, RedFlagScreening.id),
    ),
    CsvTable(
        "reminders",
        (
            ("at_utc", ReminderEvent.at),
            ("kind", ReminderEvent.kind),
            ("outcome", ReminderEvent.outcome),
            ("detail", ReminderEvent.detail),
        ),
        ReminderEvent.at,
        (ReminderEvent.at, ReminderEvent.id),
    ),
)


def csv_rows(
    session: Session, table: CsvTable, since: datetime, until: datetime, *, notes: bool
) -> list[tuple[Any, ...]]:
    """The table's rows from `since` (included) to `until` (excluded), in its headers' order;
    soft-deleted diary rows are left out."""
    columns = [column for _header, column in table.columns]
    if notes and table.diary_model is not None:
        columns.append(table.diary_model.note)
    query = select(*columns)
    for model, on in table.joins:
        query = query.join(model, on)
    query = query.where(within(table.moment, since, until))
    if table.diary_model is not None:
        query = query.where(live(table.diary_model))
    query = query.order_by(*table.order_by)
    # Core execution: the ORM's per-row bookkeeping is the slowest part over years of rows.
    return [tuple(row) for row in session.connection().execute(query)]
