"""Programme progression: each exercise's progress state and a history of dose adjustments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 07:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("prescribed_exercises", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("progress_state", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )

    op.create_table(
        "dose_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prescribed_exercise_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("exercise_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=True),
        sa.Column("before", sa.Integer(), nullable=True),
        sa.Column("after", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prescribed_exercise_id"],
            ["prescribed_exercises.id"],
            name=op.f("fk_dose_adjustments_prescribed_exercise_id_prescribed_exercises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["exercise_sessions.id"],
            name=op.f("fk_dose_adjustments_session_id_exercise_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_adjustments")),
    )
    with op.batch_alter_table("dose_adjustments", schema=None) as batch_op:
        batch_op.create_index("ix_dose_adjustments_at", ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dose_adjustments_prescribed_exercise_id"),
            ["prescribed_exercise_id"],
            unique=False,
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("dose_adjustments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dose_adjustments_prescribed_exercise_id"))
        batch_op.drop_index("ix_dose_adjustments_at")
    op.drop_table("dose_adjustments")
    with op.batch_alter_table("prescribed_exercises", schema=None) as batch_op:
        batch_op.drop_column("progress_state")
