from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.focus_area import FocusArea, link_table

training_focus_area = link_table("training_focus_area", "training_session")


class TrainingSession(RecordMixin, Base):
    __tablename__ = "training_session"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(300), default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[str] = mapped_column(String(40), default="")
    audience: Mapped[list[str]] = mapped_column(JSON, default=list)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    aspects: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    focus_areas: Mapped[list[FocusArea]] = relationship(
        secondary=training_focus_area, order_by=FocusArea.position
    )


class Participant(RecordMixin, Base):
    """A person in the registry. match_key = normalised name|birth year|organisation, unique:
    a second person of the same name, year and organisation (kept apart on purpose) has
    "|#2" (and so on) after it (app.services.attendance.person_keys)."""

    __tablename__ = "participant"
    __table_args__ = (
        Index("ix_participant_match_key", "match_key", unique=True),
        # covers the split by sex: a server finds each attending person's sex in this small
        # index instead of reading the whole table (SQLite reads rows by id directly)
        Index("ix_participant_id_sex", "id", "sex"),
    )

    full_name: Mapped[str] = mapped_column(String(300))
    sex: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    match_key: Mapped[str] = mapped_column(String(700))


class Attendance(RecordMixin, Base):
    """A participant's status on one day of a training session."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("training_id", "participant_id", "day"),
        Index("ix_attendance_participant_id", "participant_id"),
        # covers the counting rule: sessions' present/late people without reading the table
        Index("ix_attendance_training_status", "training_id", "status", "participant_id"),
    )

    training_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))

    training: Mapped[TrainingSession] = relationship()
    participant: Mapped[Participant] = relationship()
