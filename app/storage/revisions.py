"""The migrations on disk: their revisions, read from the files, and Alembic's configuration.

Alembic is imported only when a database has to be upgraded or compared with a scratch copy
(start-up speed: importing it costs ~0.8 s of every command); the revisions are read from the
migration files directly.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationFailed(RuntimeError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def revisions_on_disk() -> dict[str, str | None]:
    """Each migration's revision and the one it revises, read from the files in versions/."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                values[target.id] = value.value
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            found[revision] = down if isinstance(down, str) else None
    return found


def head_revision() -> str:
    """The newest revision: the one no other migration revises."""
    revisions = revisions_on_disk()
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) != 1:
        raise MigrationFailed(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revisions_on_disk())
