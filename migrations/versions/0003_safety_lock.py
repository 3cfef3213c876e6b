"""Safety: confirmations that lift the emergency lock, and dated "my doctor knows" answers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 15:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "safety_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.String(length=32), nullable=False),
        sa.Column("screening_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["screening_id"],
            ["red_flag_screenings.id"],
            name=op.f("fk_safety_assessments_screening_id_red_flag_screenings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_assessments")),
    )
    with op.batch_alter_table("safety_assessments", schema=None) as batch_op:
        batch_op.create_index("ix_safety_assessments_recorded_at", ["recorded_at"], unique=False)

    op.create_table(
        "known_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("screening_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["screening_id"],
            ["red_flag_screenings.id"],
            name=op.f("fk_known_findings_screening_id_red_flag_screenings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_findings")),
    )
    with op.batch_alter_table("known_findings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_known_findings_question_id", ["question_id", "recorded_at"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("known_findings", schema=None) as batch_op:
        batch_op.drop_index("ix_known_findings_question_id")
    op.drop_table("known_findings")
    with op.batch_alter_table("safety_assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_safety_assessments_recorded_at")
    op.drop_table("safety_assessments")
