"""Check-in corrections: the earlier values of every edited check-in.

Self-contained (one new table, nothing else touched) so that it can follow any revision that
does not itself touch check-ins.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 16:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "checkin_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("revised_at", sa.DateTime(), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_checkin_revisions_checkin_id_checkins"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_revisions")),
    )
    with op.batch_alter_table("checkin_revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_revisions_checkin_id"), ["checkin_id"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("checkin_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_revisions_checkin_id"))
    op.drop_table("checkin_revisions")
