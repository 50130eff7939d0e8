from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class FocusArea(Base):
    """One of the five GPAST focus areas (seeded by the first migration)."""

    __tablename__ = "focus_area"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


def link_table(name: str, owner_table: str) -> Table:
    """A many-to-many link from a record table to focus_area."""
    return Table(
        name,
        Base.metadata,
        Column(
            "record_id",
            ForeignKey(f"{owner_table}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            "focus_area_id",
            ForeignKey("focus_area.id", ondelete="RESTRICT"),
            primary_key=True,
            index=True,
        ),
    )
