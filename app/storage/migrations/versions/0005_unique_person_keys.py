"""people's match key unique at the database level (issue 17): two imports at once on a server
can no longer add the same person twice. People already sharing a key (kept apart on purpose)
get "|#2", "|#3", … after it, oldest first, as the program now does itself.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 04:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    people = conn.execute(sa.text("SELECT id, match_key FROM participant ORDER BY id")).all()
    taken = {key for _id, key in people}
    seen: set[str] = set()
    for person_id, key in people:
        if key not in seen:
            seen.add(key)
            continue
        n = 2
        while f"{key}|#{n}" in taken:
            n += 1
        taken.add(f"{key}|#{n}")
        conn.execute(
            sa.text("UPDATE participant SET match_key = :key WHERE id = :id"),
            {"key": f"{key}|#{n}", "id": person_id},
        )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_match_key"))
        batch_op.create_index(batch_op.f("ix_participant_match_key"), ["match_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_match_key"))
        batch_op.create_index(batch_op.f("ix_participant_match_key"), ["match_key"], unique=False)
