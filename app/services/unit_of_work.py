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
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseReadOnly,
    Message,
    NotAllowed,
    not_allowed,
    os_reason,
)
from app.storage import (
    ForeignDatabase,
    SchemaTooNew,
    default_location,
    head_revision,
    is_sqlite,
    make_engine,
    on_read_only_media,
    one_statement_engine,
    read_only_engine,
    shown_url,
    sqlite_path,
    to_url,
    upgrade_to_head,
)
from app.storage.bulk import analyse_on_commit
from app.storage.connections import server_problem
from app.storage.locks import serialise
from app.storage.migrate import current_revision
from app.storage.server import ServerSchemaError, check_server_schema
from app.storage.server_roles import login_and_role, needed_role, refused_privilege


def _nothing(_target: object) -> None:
    return None


@dataclass(frozen=True)
class WriteHooks:
    """What the handle's owner wants done around every unit of work (the audit trail): given
    to the handle rather than imported by it, so this module depends on no service."""

    install: Callable[[sessionmaker[Session]], None] = _nothing  # on each write-session factory
    begin: Callable[[Session], None] = _nothing  # when a unit of work starts
    before_commit: Callable[[Session], None] = _nothing  # just before it commits


def _os_login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return ""


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


class Database:
    """An open database. Migrates it to the newest schema when opened (unless migrate=False)."""

    def __init__(
        self,
        location: str | None = None,
        *,
        hooks: WriteHooks,
        migrate: bool = True,
        password: str | None = None,
    ) -> None:
        self.hooks = hooks
        self._password = password  # a server's, from the sign-in dialog: memory only
        self._change_listeners: list[Callable[[], None]] = []
        self.location = str(location or default_location())
        self.url = to_url(self.location)
        self.shown = shown_url(self.location)  # in messages: a server's URL without password
        self.path: Path | None = sqlite_path(self.url)
        self.upgrade_copy: str | None = None
        self._access: tuple[str, str | None] | None = None
        self.read_only = on_read_only_media(self.url)
        if self.read_only:
            self._open_read_only()
        else:
            self._open(migrate)
        self._read_one = sessionmaker(one_statement_engine(self.engine), expire_on_commit=False)
        hooks.install(self._write)
        hooks.install(self._bulk)

    def _open_read_only(self) -> None:
        """A file on read-only media: read, printed and exported as it is, never changed (so
        never upgraded either: a file of another schema version is refused)."""
        self.engine = read_only_engine(self.url)
        self.write_engine = self.bulk_engine = self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = self._bulk = self._read
        try:
            with self.engine.connect() as conn:
                revision = current_revision(conn)
        except SQLDatabaseError as exc:
            raise DatabaseError(
                "{file}: not a GPAST Coordinator database, or damaged ({why}); it was not changed",
                file=self.shown,
                why=exc.orig,
            ) from exc
        if revision != head_revision():
            raise DatabaseError(
                "{file}: is on read-only media and was written by another version of the "
                "program (schema {schema}); copy it to a folder you can write to, then open it",
                file=self.shown,
                schema=revision or "-",
            )

    def _open(self, migrate: bool) -> None:
        if not is_sqlite(self.url):
            self._open_server(check=migrate)
            return
        if migrate:
            try:
                self.upgrade_copy = upgrade_to_head(self.url)
            except (SchemaTooNew, ForeignDatabase) as exc:
                raise DatabaseError("{file}: {problem}", file=self.shown, problem=exc) from exc
            except OperationalError as exc:
                if _is_busy(exc):
                    raise self._busy() from exc
                raise DatabaseError(
                    "{file}: cannot be opened: {why}", file=self.shown, why=exc.orig
                ) from exc
            except OSError as exc:  # its folder cannot be made
                raise DatabaseError(
                    "{file}: cannot be created ({why})", file=self.shown, why=os_reason(exc)
                ) from exc
            except SQLDatabaseError as exc:
                raise DatabaseError(
                    "{file}: not a GPAST Coordinator database, or damaged ({why}); "
                    "it was not changed",
                    file=self.shown,
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

    def _open_server(self, *, check: bool) -> None:
        """A shared PostgreSQL server: its schema is checked, never changed (only `gpast
        server migrate` changes it); one engine serves reading and writing."""
        self.engine = self.write_engine = self.bulk_engine = make_engine(
            self.url, password=self._password
        )
        # a sessionmaker each: the audit hooks go on the writing ones only, once each
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._bulk = sessionmaker(self.engine, expire_on_commit=False)
        if not check:
            return
        try:
            with self.engine.connect() as conn:
                check_server_schema(conn, self.url)
        except SQLDatabaseError as exc:
            self.engine.dispose()
            problem = server_problem(exc, self.shown)
            if problem is not None:
                raise problem from exc
            raise DatabaseError(
                "{file}: cannot be opened: {why}", file=self.shown, why=exc.orig
            ) from exc
        except ServerSchemaError:
            self.engine.dispose()
            raise

    @property
    def password(self) -> str | None:
        """The server password typed at sign-in (memory only), for pg_dump and pg_restore."""
        return self._password

    @property
    def access(self) -> tuple[str, str | None]:
        """(login, role) of whoever works on this database: on a server the database login
        and its GPAST role (viewer, editor, coordinator, admin; None: none); on a SQLite file
        the workstation's user, who may do everything (read-only media aside)."""
        if self._access is None:
            if self.path is not None or is_sqlite(self.url):
                self._access = (_os_login(), "admin")
            else:
                with self.engine.connect() as conn:
                    self._access = login_and_role(conn)
        return self._access

    def refusal(self, exc: BaseException, action: Message | None = None) -> NotAllowed | None:
        """The server refused a statement for want of a right: the clean message naming the
        role it needs (never the SQL), or None for any other error."""
        refused = refused_privilege(exc)
        if refused is None:
            return None
        login, role = self.access
        return not_allowed(action or Message("This change"), needed_role(*refused), login, role)

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.shown

    def _busy(self) -> DatabaseBusy:
        return DatabaseBusy(
            "{file}: the database is busy (another GPAST Coordinator window or "
            "command is writing to it); try again in a moment",
            file=self.display_name,
        )

    def _raise_problem(self, exc: DBAPIError, action: Message | None = None) -> None:
        """A right the login lacks (naming the role it needs), a busy SQLite file, or a
        server's wait or refusal, as the user's message; nothing for other errors."""
        refused = self.refusal(exc, action)
        if refused is not None:
            raise refused from exc
        if self.path is None:
            problem = server_problem(exc, self.display_name)
            if problem is not None:
                raise problem from exc
        elif isinstance(exc, OperationalError) and _is_busy(exc):
            raise self._busy() from exc

    @contextmanager
    def reading(self, *, one_statement: bool = False) -> Iterator[Session]:
        """A session for queries; nothing it does is kept. `one_statement=True` is for a read
        that runs a single statement (on a server it then needs no transaction around it:
        two round trips fewer)."""
        session = (self._read_one if one_statement else self._read)()
        try:
            yield session
        except DBAPIError as exc:
            self._raise_problem(exc, Message("Reading this"))
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def writing(
        self, *, checked_references: bool = False, serialised: bool = False
    ) -> Iterator[Session]:
        """A unit of work. `serialised=True` is for bulk work that reads what exists and adds
        what is missing (imports, bundle merges): such units of work run one after the other,
        whoever starts them (see app.storage.locks); on a server the tables they change much
        are analysed as they commit (app.storage.bulk.analyse_on_commit).
        `checked_references=True` is for a bulk load that has itself checked every reference
        it writes against rows read in this same transaction (which holds the write lock, so
        none can vanish): SQLite's per-row foreign-key lookups are then skipped (a sixth of a
        190,000-row attendance import)."""
        if self.read_only:
            raise DatabaseReadOnly(
                "{file}: is read-only (read-only media, or a folder you cannot write to): it "
                "can be read, printed, exported and backed up elsewhere, but not changed",
                file=self.display_name,
            )
        session = (self._bulk if checked_references else self._write)()
        committed = False
        try:
            if serialised:
                serialise(session)
                analyse_on_commit(session)
            self.hooks.begin(session)
            yield session
            self.hooks.before_commit(session)
            session.commit()
            committed = True
        except DBAPIError as exc:
            session.rollback()
            self._raise_problem(exc)
            # SQLITE_FULL: the disk (or its quota) is full
            if isinstance(exc, OperationalError) and "full" in str(exc.orig).lower():
                raise DatabaseError(
                    "{file}: not enough space on the disk; nothing was changed",
                    file=self.display_name,
                ) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if committed:
            for listener in list(self._change_listeners):
                listener()

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call `listener` after every unit of work that committed (from the thread that wrote):
        the one signal that data changed, whoever changed it (the window refreshes its pages)."""
        self._change_listeners.append(listener)

    def close(self) -> None:
        self.engine.dispose()
        for engine in (self.write_engine, self.bulk_engine):
            if engine is not self.engine:
                engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
