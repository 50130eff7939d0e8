"""The handle on one database: the only place sessions are made.

`db.reading()` gives a session for queries; `db.writing()` a unit of work that commits when the
block ends and rolls back whole if it raises. On SQLite, write transactions begin IMMEDIATE.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseBusy, DatabaseError, os_reason
from app.storage import (
    ForeignDatabase,
    SchemaTooNew,
    default_location,
    is_sqlite,
    make_engine,
    sqlite_path,
    to_url,
    upgrade_to_head,
)


def _nothing(_target: object) -> None:
    return None


@dataclass(frozen=True)
class WriteHooks:
    """What the handle's owner wants done around every unit of work (the audit trail): given
    to the handle rather than imported by it, so this module depends on no service."""

    install: Callable[[sessionmaker[Session]], None] = _nothing  # on each write-session factory
    begin: Callable[[Session], None] = _nothing  # when a unit of work starts
    before_commit: Callable[[Session], None] = _nothing  # just before it commits


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


class Database:
    """An open database. Migrates it to the newest schema when opened (unless migrate=False)."""

    def __init__(
        self, location: str | None = None, *, hooks: WriteHooks, migrate: bool = True
    ) -> None:
        self.hooks = hooks
        self.location = str(location or default_location())
        self.url = to_url(self.location)
        self.path: Path | None = sqlite_path(self.url)
        self.upgrade_copy: str | None = None
        if migrate:
            try:
                self.upgrade_copy = upgrade_to_head(self.url)
            except (SchemaTooNew, ForeignDatabase) as exc:
                raise DatabaseError("{file}: {problem}", file=self.location, problem=exc) from exc
            except OperationalError as exc:
                if _is_busy(exc):
                    raise self._busy() from exc
                raise DatabaseError(
                    "{file}: cannot be opened: {why}", file=self.location, why=exc.orig
                ) from exc
            except OSError as exc:  # its folder cannot be made
                raise DatabaseError(
                    "{file}: cannot be created ({why})", file=self.location, why=os_reason(exc)
                ) from exc
            except SQLDatabaseError as exc:
                raise DatabaseError(
                    "{file}: not a GPAST Coordinator database, or damaged ({why}); "
                    "it was not changed",
                    file=self.location,
                    why=exc.orig,
                ) from exc
        self.engine = make_engine(self.url)
        self.write_engine = (
            make_engine(self.url, immediate=True) if is_sqlite(self.url) else (self.engine)
        )
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        self.bulk_engine = (
            make_engine(self.url, immediate=True, foreign_keys=False)
            if is_sqlite(self.url)
            else self.engine
        )
        self._bulk = sessionmaker(self.bulk_engine, expire_on_commit=False)
        hooks.install(self._write)
        hooks.install(self._bulk)

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.url.split("@")[-1]

    def _busy(self) -> DatabaseBusy:
        return DatabaseBusy(
            "{file}: the database is busy (another GPAST Coordinator window or "
            "command is writing to it); try again in a moment",
            file=self.display_name,
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        except OperationalError as exc:
            if _is_busy(exc):
                raise self._busy() from exc
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def writing(self, *, checked_references: bool = False) -> Iterator[Session]:
        """A unit of work. `checked_references=True` is for a bulk load that has itself checked
        every reference it writes against rows read in this same transaction (which holds the
        write lock, so none can vanish): SQLite's per-row foreign-key lookups are then skipped
        (a sixth of a 190,000-row attendance import). Everything else is the same."""
        session = (self._bulk if checked_references else self._write)()
        try:
            self.hooks.begin(session)
            yield session
            self.hooks.before_commit(session)
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if _is_busy(exc):
                raise self._busy() from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        for engine in (self.write_engine, self.bulk_engine):
            if engine is not self.engine:
                engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
