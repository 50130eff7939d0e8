from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.focus_area import FocusArea, link_table

legislation_focus_area = link_table("legislation_focus_area", "legislation")


class Legislation(RecordMixin, Base):
    __tablename__ = "legislation"

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

    focus_areas: Mapped[list[FocusArea]] = relationship(
        secondary=legislation_focus_area, order_by=FocusArea.position
    )
