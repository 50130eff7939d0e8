from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin


class Statistic(RecordMixin, Base):
    """One yearly aggregate figure supplied by an agency (never a case file, never a name).

    An empty breakdown column ("", never NULL, so that the key is unique) means "all"; a row
    whose breakdowns are all empty is the stated total. The key is the unique constraint."""

    __tablename__ = "statistic"
    __table_args__ = (
        UniqueConstraint(
            "year", "indicator", "sex", "age_group", "citizenship", "exploitation", "source"
        ),
    )

    year: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(40))
    sex: Mapped[str] = mapped_column(String(20), default="")
    age_group: Mapped[str] = mapped_column(String(20), default="")
    citizenship: Mapped[str] = mapped_column(String(10), default="")
    exploitation: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    value: Mapped[int] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")
