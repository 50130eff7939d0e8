"""statistics from other agencies: yearly aggregate figures (issue 18)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 03:22:05.917786
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statistic",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("sex", sa.String(length=20), nullable=False),
        sa.Column("age_group", sa.String(length=20), nullable=False),
        sa.Column("citizenship", sa.String(length=10), nullable=False),
        sa.Column("exploitation", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistic")),
        sa.UniqueConstraint("uuid", name=op.f("uq_statistic_uuid")),
        sa.UniqueConstraint(
            "year",
            "indicator",
            "sex",
            "age_group",
            "citizenship",
            "exploitation",
            "source",
            name=op.f("uq_statistic_year"),
        ),
    )


def downgrade() -> None:
    op.drop_table("statistic")
