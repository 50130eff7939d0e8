"""recycle bin (a deleted record's content) and per-workstation version counters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 03:10:00

Every record gets `version`: how many edits each workstation made to it ({workstation: n}),
so that a bundle's edit wins only when it saw ours. Existing records start from {} (their
order falls back to their timestamps). A tombstone keeps the deleted record's content and
attendance (`content`) and the version it deleted (`version`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("legislation", "training_session", "campaign", "participant", "attendance", "target")


def upgrade() -> None:
    # plain ALTER TABLE … ADD COLUMN (no table rebuild): the same table text on every file
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )
    op.add_column("tombstone", sa.Column("content", sa.JSON(), nullable=True))
    op.add_column("tombstone", sa.Column("version", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tombstone", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("content")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
