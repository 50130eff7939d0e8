from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.focus_area import FocusArea


class Target(RecordMixin, Base):
    """National action plan: for a year, an area and an indicator, a target value."""

    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("year", "focus_area_id", "indicator"),)

    year: Mapped[int] = mapped_column(Integer)
    focus_area_id: Mapped[int] = mapped_column(ForeignKey("focus_area.id", ondelete="RESTRICT"))
    indicator: Mapped[str] = mapped_column(String(40))
    target: Mapped[float] = mapped_column(Float)

    focus_area: Mapped[FocusArea] = relationship()


class Setting(Base):
    """Program settings kept with the data (country, coordinating body, workstation id)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
