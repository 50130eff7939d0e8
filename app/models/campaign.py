from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, BigInteger, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.focus_area import FocusArea, link_table

campaign_focus_area = link_table("campaign_focus_area", "campaign")


class Campaign(RecordMixin, Base):
    __tablename__ = "campaign"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    reach: Mapped[int] = mapped_column(BigInteger, default=0)
    aspects: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    focus_areas: Mapped[list[FocusArea]] = relationship(
        secondary=campaign_focus_area, order_by=FocusArea.position
    )
