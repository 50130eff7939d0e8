from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEntry(Base):
    """One change: when, who, which record, which fields from what to what."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_table", "record_uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, import, merge, …
    record_table: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str | None] = mapped_column(String(36))
    record_label: Mapped[str] = mapped_column(String(500), default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Tombstone(Base):
    """A deleted record, so that exchange bundles can carry deletions."""

    __tablename__ = "tombstone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_table: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # the record as it was, with its attendance (the recycle bin); None: deleted before 0003
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    version: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)  # it deleted
