"""Initial schema: everything the app records.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 06:34:33.588285
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "walking",
                "cycling",
                "swimming",
                "other",
                name="activitykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index("ix_activities_started_at", ["started_at"], unique=False)

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("back_pain", sa.Integer(), nullable=False),
        sa.Column("leg_pain", sa.Integer(), nullable=False),
        sa.Column(
            "leg_reach",
            sa.Enum(
                "none",
                "buttock",
                "thigh",
                "calf",
                "foot",
                name="legreach",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "side",
            sa.Enum("left", "right", "both", name="side", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("symptoms", sa.JSON(), nullable=False),
        sa.Column("pain_sites", sa.JSON(), nullable=False),
        sa.Column("sitting_minutes", sa.Integer(), nullable=True),
        sa.Column("walking_minutes", sa.Integer(), nullable=True),
        sa.Column("sleep_disturbed", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index("ix_checkins_recorded_at", ["recorded_at"], unique=False)

    op.create_table(
        "preferences",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preferences")),
    )
    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("clinic", sa.String(length=200), nullable=False),
        sa.Column("patient_label", sa.String(length=200), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("sitting_break_minutes", sa.Integer(), nullable=True),
        sa.Column("flare_plan", sa.JSON(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
    )
    op.create_table(
        "questionnaire_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=64), nullable=False),
        sa.Column("instrument_version", sa.String(length=32), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_responses")),
    )
    with op.batch_alter_table("questionnaire_responses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_questionnaire_responses_instrument_taken", ["instrument", "taken_at"], unique=False
        )

    op.create_table(
        "red_flag_screenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "emergency",
                "same_day",
                "routine",
                "clear",
                name="triagelevel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_red_flag_screenings")),
    )
    with op.batch_alter_table("red_flag_screenings", schema=None) as batch_op:
        batch_op.create_index("ix_red_flag_screenings_taken_at", ["taken_at"], unique=False)

    op.create_table(
        "reminder_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "sitting_break",
                "exercise_session",
                "check_in",
                "questionnaire",
                name="reminderkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "done",
                "snoozed",
                "skipped",
                "natural_break",
                "deferred",
                name="reminderoutcome",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_events")),
    )
    with op.batch_alter_table("reminder_events", schema=None) as batch_op:
        batch_op.create_index("ix_reminder_events_at", ["at"], unique=False)

    op.create_table(
        "store_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_state")),
    )
    op.create_table(
        "treatment_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "medication_started",
                "medication_changed",
                "medication_stopped",
                "injection",
                "procedure",
                "appointment",
                "flare_up",
                "other",
                name="treatmentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("dose", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_events")),
    )
    with op.batch_alter_table("treatment_events", schema=None) as batch_op:
        batch_op.create_index("ix_treatment_events_occurred_at", ["occurred_at"], unique=False)

    op.create_table(
        "exercise_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("is_snack", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "in_progress",
                "completed",
                "ended_early",
                "interrupted",
                name="sessionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("back_pain_before", sa.Integer(), nullable=True),
        sa.Column("leg_pain_before", sa.Integer(), nullable=True),
        sa.Column("back_pain_after", sa.Integer(), nullable=True),
        sa.Column("leg_pain_after", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_exercise_sessions_programme_id_programmes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_sessions")),
    )
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_sessions_programme_id"), ["programme_id"], unique=False
        )
        batch_op.create_index("ix_exercise_sessions_started_at", ["started_at"], unique=False)

    op.create_table(
        "prescribed_exercises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=64), nullable=False),
        sa.Column("custom", sa.JSON(), nullable=True),
        sa.Column("sets", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("hold_seconds", sa.Integer(), nullable=False),
        sa.Column("rest_seconds", sa.Integer(), nullable=False),
        sa.Column("sides", sa.String(length=16), nullable=False),
        sa.Column("times_per_day", sa.Integer(), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("progression", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_prescribed_exercises_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescribed_exercises")),
    )
    with op.batch_alter_table("prescribed_exercises", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_prescribed_exercises_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "session_exercises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=64), nullable=False),
        sa.Column("prescribed", sa.JSON(), nullable=False),
        sa.Column("sets_done", sa.Integer(), nullable=False),
        sa.Column("reps_done", sa.Integer(), nullable=False),
        sa.Column("hold_seconds_done", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Boolean(), nullable=False),
        sa.Column(
            "response",
            sa.Enum(
                "better_or_same",
                "worse_but_settling",
                "worse",
                name="exerciseresponse",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["exercise_sessions.id"],
            name=op.f("fk_session_exercises_session_id_exercise_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_exercises")),
    )
    with op.batch_alter_table("session_exercises", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_exercises_session_id"), ["session_id"], unique=False
        )
    op.execute("INSERT INTO store_state (id, generation) VALUES (1, 0)")


def downgrade() -> None:
    """Revert this revision."""

    with op.batch_alter_table("session_exercises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_exercises_session_id"))

    op.drop_table("session_exercises")
    with op.batch_alter_table("prescribed_exercises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prescribed_exercises_programme_id"))

    op.drop_table("prescribed_exercises")
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_exercise_sessions_started_at")
        batch_op.drop_index(batch_op.f("ix_exercise_sessions_programme_id"))

    op.drop_table("exercise_sessions")
    with op.batch_alter_table("treatment_events", schema=None) as batch_op:
        batch_op.drop_index("ix_treatment_events_occurred_at")

    op.drop_table("treatment_events")
    op.drop_table("store_state")
    with op.batch_alter_table("reminder_events", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_events_at")

    op.drop_table("reminder_events")
    with op.batch_alter_table("red_flag_screenings", schema=None) as batch_op:
        batch_op.drop_index("ix_red_flag_screenings_taken_at")

    op.drop_table("red_flag_screenings")
    with op.batch_alter_table("questionnaire_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_questionnaire_responses_instrument_taken")

    op.drop_table("questionnaire_responses")
    op.drop_table("programmes")
    op.drop_table("preferences")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkins_recorded_at")

    op.drop_table("checkins")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_started_at")

    op.drop_table("activities")
