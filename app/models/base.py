"""Declarative base and the columns every record shares."""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, Integer, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_uuids(count: int) -> list[str]:
    """`count` time-ordered (version 7, RFC 9562) UUIDs for a bulk import: the Unix time in
    milliseconds, 42 random bits, then a 32-bit counter, so the batch sorts in insertion order
    and the uuid index is appended to rather than written at random places."""
    if count >= 1 << 32:
        raise ValueError("too many UUIDs for one batch")
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(6)) >> 6  # 42 bits
    rand_a, var_b, rand_c = rand >> 30, (0b10 << 14) | ((rand >> 16) & 0x3FFF), rand & 0xFFFF
    t = f"{ms & ((1 << 48) - 1):012x}"
    prefix = f"{t[:8]}-{t[8:]}-7{rand_a:03x}-{var_b:04x}-{rand_c:04x}"
    return list(map(f"{prefix}%08x".__mod__, range(count)))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    """Integer key for joins, a stable UUID for merging bundles, and timestamps (UTC)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # edits per workstation ({workstation id: n}): which edit saw which (bundles' merge order)
    version: Mapped[dict[str, int]] = mapped_column(JSON, server_default=text("'{}'"))
