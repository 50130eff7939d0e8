"""legislation's natural key unique at the database level (issue 17): the reference, case
ignored, else the title (case ignored) and the adoption date, held in legislation.match_key.
Acts already sharing a key (typed twice, or received under another UUID) are all kept: the
later ones get "|#2", "|#3", … after it, oldest first, as the program now does itself.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 07:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(reference: str | None, title: str | None, adopted_on: object) -> str:
    """app.models.legislation.legislation_key at this revision (a migration keeps its own)."""
    if reference:
        return f"ref:{reference.casefold()}"
    day = adopted_on.isoformat() if hasattr(adopted_on, "isoformat") else adopted_on
    return f"title:{(title or '').casefold()}|{day or ''}"


def upgrade() -> None:
    with op.batch_alter_table("legislation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("match_key", sa.String(length=640), nullable=True))
    conn = op.get_bind()
    acts = conn.execute(
        sa.text("SELECT id, reference, title, adopted_on FROM legislation ORDER BY id")
    ).all()
    keys = {act_id: _key(reference, title, day) for act_id, reference, title, day in acts}
    taken = set(keys.values())
    seen: set[str] = set()
    for act_id, key in keys.items():
        if key in seen:
            n = 2
            while f"{key}|#{n}" in taken:
                n += 1
            key = f"{key}|#{n}"
            taken.add(key)
        seen.add(key)
        conn.execute(
            sa.text("UPDATE legislation SET match_key = :key WHERE id = :id"),
            {"key": key, "id": act_id},
        )
    with op.batch_alter_table("legislation", schema=None) as batch_op:
        batch_op.alter_column("match_key", existing_type=sa.String(length=640), nullable=False)
        batch_op.create_index("ix_legislation_match_key", ["match_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("legislation", schema=None) as batch_op:
        batch_op.drop_index("ix_legislation_match_key")
        batch_op.drop_column("match_key")
