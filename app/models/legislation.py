from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.focus_area import FocusArea, link_table

legislation_focus_area = link_table("legislation_focus_area", "legislation")


def legislation_key(reference: str | None, title: str, adopted_on: date | str | None) -> str:
    """The natural key imports match legislation on (product.md): the reference, case
    ignored; without one, the title (case ignored) and the adoption date."""
    if reference:
        return f"ref:{reference.casefold()}"
    return f"title:{title.casefold()}|{adopted_on or ''}"


def _key_of_row(context: Any) -> str:
    """match_key of a row inserted without one (a bulk INSERT): its natural key."""
    row = context.get_current_parameters()
    return legislation_key(row.get("reference"), row.get("title") or "", row.get("adopted_on"))


class Legislation(RecordMixin, Base):
    """A legislative act. match_key = its natural key (legislation_key), unique: a second act
    with the same key (typed twice on purpose, or from a bundle) has "|#2" (and so on) after
    it (app.services.records.legislation_keys)."""

    __tablename__ = "legislation"
    __table_args__ = (Index("ix_legislation_match_key", "match_key", unique=True),)

    title: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str | None] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    adopted_on: Mapped[date | None] = mapped_column(Date, index=True)
    in_force_on: Mapped[date | None] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    instruments: Mapped[list[str]] = mapped_column(JSON, default=list)
    aspects: Mapped[list[str]] = mapped_column(JSON, default=list)
    url: Mapped[str] = mapped_column(String(1000), default="")
    match_key: Mapped[str] = mapped_column(String(640), default=_key_of_row)

    focus_areas: Mapped[list[FocusArea]] = relationship(
        secondary=legislation_focus_area, order_by=FocusArea.position
    )
