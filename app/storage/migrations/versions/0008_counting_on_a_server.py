"""The counting rules read less on a server (issue 17, speed of `indicators` and the report):

- ix_participant_id_sex: each attending person's sex found in a small index (id, sex) instead
  of the whole participant table (a server otherwise hashes all its rows for a year's
  participations); made on SQLite too, where it changes nothing but keeps one schema;
- on a server, attendance and participant are vacuumed by autovacuum once a hundredth of the
  table (and at least 1,000 rows) has been added since the last time (PostgreSQL's default is
  a fifth: a year's attendance added to forty years' would not be vacuumed for eight years).
  Vacuum marks the new rows' pages all-visible, which lets the counts read the attendance and
  participant indexes alone (an index-only scan otherwise visits the table for every row).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 09:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# autovacuum's insert thresholds for the tables the counts read through index-only scans
VACUUMED_AFTER_INSERTS = ("attendance", "participant")
INSERT_SCALE_FACTOR = 0.01
INSERT_THRESHOLD = 1000


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_id_sex", ["id", "sex"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in VACUUMED_AFTER_INSERTS:
        op.execute(
            f"ALTER TABLE {table} SET (autovacuum_vacuum_insert_scale_factor = "
            f"{INSERT_SCALE_FACTOR}, autovacuum_vacuum_insert_threshold = {INSERT_THRESHOLD})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in VACUUMED_AFTER_INSERTS:
            op.execute(
                f"ALTER TABLE {table} RESET (autovacuum_vacuum_insert_scale_factor, "
                "autovacuum_vacuum_insert_threshold)"
            )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_id_sex")
