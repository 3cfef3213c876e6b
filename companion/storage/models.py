"""What the app records, as SQLAlchemy 2.0 typed models.

Enums are stored as their text values without CHECK constraints, so adding a member later needs
no table rebuild. Diary-like rows are soft-deleted (`deleted_at`) so a delete can be undone and
nothing is ever lost silently.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.domain.vocabulary import (
    ActivityKind,
    ExerciseResponse,
    LegReach,
    ReminderKind,
    ReminderOutcome,
    SessionStatus,
    Side,
    TreatmentKind,
    TriageLevel,
)
from companion.storage.base import Base, UTCDateTime


def _text_enum(cls: type[enum.Enum]) -> Enum:
    """An enum column stored as its value, without a constraint (members can be added freely)."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class StoreState(Base):
    """One row: a counter bumped by every committed write, so backups know if data changed."""

    __tablename__ = "store_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)


class CheckIn(Base):
    """How the user is: pain, how far the leg symptoms reach, what they feel like."""

    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_recorded_at", "recorded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    back_pain: Mapped[int] = mapped_column(Integer)
    leg_pain: Mapped[int] = mapped_column(Integer)
    leg_reach: Mapped[LegReach] = mapped_column(_text_enum(LegReach))
    side: Mapped[Side | None] = mapped_column(_text_enum(Side))
    symptoms: Mapped[list[str]] = mapped_column(JSON, default=list)
    pain_sites: Mapped[list[str]] = mapped_column(JSON, default=list)
    sitting_minutes: Mapped[int | None] = mapped_column(Integer)
    walking_minutes: Mapped[int | None] = mapped_column(Integer)
    sleep_disturbed: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CheckInRevision(Base):
    """The values a check-in had before one correction, so the diary can show what changed."""

    __tablename__ = "checkin_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), index=True
    )
    revised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The earlier values as one JSON object (the check-in's columns by name, the time in ISO
    # 8601): a later column added to checkins needs no change here.
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)


class Activity(Base):
    """Walking, cycling, swimming or other activity, in minutes."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_started_at", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[ActivityKind] = mapped_column(_text_enum(ActivityKind))
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TreatmentEvent(Base):
    """A medication change, injection, procedure, appointment or flare-up on the timeline."""

    __tablename__ = "treatment_events"
    __table_args__ = (Index("ix_treatment_events_occurred_at", "occurred_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[TreatmentKind] = mapped_column(_text_enum(TreatmentKind))
    name: Mapped[str] = mapped_column(String(200), default="")
    dose: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class QuestionnaireResponse(Base):
    """One completed outcome measure: the raw answers and the score they gave."""

    __tablename__ = "questionnaire_responses"
    __table_args__ = (
        Index("ix_questionnaire_responses_instrument_taken", "instrument", "taken_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[str] = mapped_column(String(32), default="1")
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Programme(Base):
    """A home programme, as imported from a physiotherapist's file or a starter programme."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    author: Mapped[str] = mapped_column(String(200), default="")
    clinic: Mapped[str] = mapped_column(String(200), default="")
    patient_label: Mapped[str] = mapped_column(String(200), default="")
    format_version: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date)
    sitting_break_minutes: Mapped[int | None] = mapped_column(Integer)
    flare_plan: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    document: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    replaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    exercises: Mapped[list[PrescribedExercise]] = relationship(
        back_populates="programme",
        cascade="all, delete-orphan",
        order_by="PrescribedExercise.position",
    )


class PrescribedExercise(Base):
    """One exercise of a programme with its dose and schedule."""

    __tablename__ = "prescribed_exercises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(64))
    custom: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sets: Mapped[int] = mapped_column(Integer, default=1)
    reps: Mapped[int] = mapped_column(Integer, default=1)
    hold_seconds: Mapped[int] = mapped_column(Integer, default=0)
    rest_seconds: Mapped[int] = mapped_column(Integer, default=0)
    sides: Mapped[str] = mapped_column(String(16), default="one")
    times_per_day: Mapped[int] = mapped_column(Integer, default=1)
    days: Mapped[list[int]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    progression: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # sets, reps and hold_seconds above are today's dose; what the file prescribed stays in
    # programmes.document. This holds the good sessions counted and the steps taken so far.
    progress_state: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict, server_default=text("'{}'")
    )

    programme: Mapped[Programme] = relationship(back_populates="exercises")


class DoseAdjustment(Base):
    """A change a progression rule made to an exercise's dose after a session, and why."""

    __tablename__ = "dose_adjustments"
    __table_args__ = (Index("ix_dose_adjustments_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prescribed_exercise_id: Mapped[int] = mapped_column(
        ForeignKey("prescribed_exercises.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("exercise_sessions.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    exercise_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(16))
    before: Mapped[int | None] = mapped_column(Integer)
    after: Mapped[int | None] = mapped_column(Integer)


class ExerciseSession(Base):
    """A guided session (or a movement snack), kept even when interrupted."""

    __tablename__ = "exercise_sessions"
    __table_args__ = (Index("ix_exercise_sessions_started_at", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="SET NULL"), index=True
    )
    is_snack: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[SessionStatus] = mapped_column(_text_enum(SessionStatus))
    back_pain_before: Mapped[int | None] = mapped_column(Integer)
    leg_pain_before: Mapped[int | None] = mapped_column(Integer)
    back_pain_after: Mapped[int | None] = mapped_column(Integer)
    leg_pain_after: Mapped[int | None] = mapped_column(Integer)

    exercises: Mapped[list[SessionExercise]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="SessionExercise.position",
    )


class SessionExercise(Base):
    """What was prescribed and what was done for one exercise in a session."""

    __tablename__ = "session_exercises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("exercise_sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(64))
    prescribed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sets_done: Mapped[int] = mapped_column(Integer, default=0)
    reps_done: Mapped[int] = mapped_column(Integer, default=0)
    hold_seconds_done: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    response: Mapped[ExerciseResponse | None] = mapped_column(_text_enum(ExerciseResponse))

    session: Mapped[ExerciseSession] = relationship(back_populates="exercises")


class ReminderEvent(Base):
    """What became of one reminder: done, snoozed, skipped, natural break or deferred."""

    __tablename__ = "reminder_events"
    __table_args__ = (Index("ix_reminder_events_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[ReminderKind] = mapped_column(_text_enum(ReminderKind))
    outcome: Mapped[ReminderOutcome] = mapped_column(_text_enum(ReminderOutcome))
    detail: Mapped[str] = mapped_column(String(200), default="")


class RedFlagScreening(Base):
    """One red-flag screening: why it was asked, the answers and the advice given."""

    __tablename__ = "red_flag_screenings"
    __table_args__ = (Index("ix_red_flag_screenings_taken_at", "taken_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(32))
    level: Mapped[TriageLevel] = mapped_column(_text_enum(TriageLevel))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)


class SafetyAssessment(Base):
    """The user's confirmation that a doctor or an emergency department assessed them after an
    emergency answer: it lifts the emergency lock on exercise (domain.safety_lock)."""

    __tablename__ = "safety_assessments"
    __table_args__ = (Index("ix_safety_assessments_recorded_at", "recorded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(String(32))
    # The newest emergency screening it cleared; kept if that screening is ever removed.
    screening_id: Mapped[int | None] = mapped_column(
        ForeignKey("red_flag_screenings.id", ondelete="SET NULL")
    )


class KnownFinding(Base):
    """A red-flag question answered "my doctor knows about this and has checked it": dated, and
    asked afresh after three months (domain.red_flags.known_finding_recheck_on)."""

    __tablename__ = "known_findings"
    __table_args__ = (Index("ix_known_findings_question_id", "question_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    screening_id: Mapped[int | None] = mapped_column(
        ForeignKey("red_flag_screenings.id", ondelete="SET NULL")
    )


class Preference(Base):
    """A preference that shapes the data (reminder rules, goals): key and JSON value."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
