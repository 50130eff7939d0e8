"""The five GPAST focus areas (read-only: seeded by the first migration)."""

from __future__ import annotations

from sqlalchemy import select

from app.models import FocusArea
from app.services.unit_of_work import Database


def list_focus_areas(db: Database) -> list[dict]:
    with db.reading() as session:
        rows = session.scalars(select(FocusArea).order_by(FocusArea.position))
        return [
            {"id": a.id, "slug": a.slug, "name": a.name, "description": a.description} for a in rows
        ]
