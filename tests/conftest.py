"""Fixtures for every level: each test gets real SQLite files in its own tmp_path and its own
data folder; nothing may open a network socket (but the PostgreSQL test server on loopback).

A new database is a copy of one migrated once per session (`_empty_template`), then opened
with open_database as the program opens any file (which checks its schema); tests of the
migrations themselves open fresh files (tests/services/test_migrations.py).

With GPAST_TEST_BACKEND=postgresql (and GPAST_TEST_POSTGRES_URL, see tests/postgres.py) the
database fixtures (`db`, `demo_db`, `empty_location`, `demo_location`, the command line's
`demo_file`) make a fresh
database on the PostgreSQL test server per test instead, so the whole suite runs there; tests
marked `sqlite_only` (SQLite files themselves: WAL, file paths, file backups) are skipped in that
run. Tests marked `postgres` need the server: skipped without it, failed without it when
GPAST_REQUIRE_POSTGRES=1 (CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import postgres
from tests.helpers import copy_database, settled

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep settings, logs and default databases of tests out of the user's real folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("GPAST_DB", raising=False)
    monkeypatch.delenv("GPAST_LANG", raising=False)
    # Qt reads XDG_CONFIG_HOME once per process: without this every test after the first would
    # share the first test's settings (the page and size the window reopens with, recent files)
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / ".config"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "postgres: needs the PostgreSQL test server (GPAST_TEST_POSTGRES_URL)"
    )
    config.addinivalue_line(
        "markers",
        "sqlite_only(why): about SQLite files themselves; skipped when the suite runs on "
        "PostgreSQL (GPAST_TEST_BACKEND=postgresql)",
    )
    config.addinivalue_line(
        "markers",
        "server_migrated: the postgres_url database gets the program's schema by server migrate "
        "first, as its administrator would make it (the program never makes it itself)",
    )
    if postgres.ON_SERVER and not postgres.ADMIN_URL:
        raise pytest.UsageError(
            "GPAST_TEST_BACKEND=postgresql needs GPAST_TEST_POSTGRES_URL "
            "(bash scripts/pg_test_server.sh start DIR prints it)"
        )


def pytest_collection_modifyitems(config, items):
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None and postgres.ON_SERVER:
            why = marker.args[0] if marker.args else "about SQLite files"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
        if item.get_closest_marker("postgres") is not None and not postgres.ADMIN_URL:
            if postgres.REQUIRED:
                item.add_marker(pytest.mark.usefixtures("_postgres_required"))
            else:
                item.add_marker(pytest.mark.skip(reason="needs GPAST_TEST_POSTGRES_URL"))


@pytest.fixture
def _postgres_required():
    pytest.fail("GPAST_REQUIRE_POSTGRES=1 but GPAST_TEST_POSTGRES_URL is not set")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """The program never opens a network connection: any internet socket fails the test. Only
    the PostgreSQL test server may be reached, on loopback (tests/postgres.py)."""
    import socket

    allowed = postgres.server_address()
    loopback = {"127.0.0.1", "::1", "localhost"}

    def refuse(*_args, **_kwargs):
        raise AssertionError("the program tried to open a network socket")

    def check(address) -> None:
        if not (allowed and isinstance(address, tuple) and tuple(address[:2]) == allowed):
            refuse()

    class GuardedSocket(socket.socket):  # made from the real one, before it is replaced
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6) and allowed is None:
                refuse()
            super().__init__(family, *args, **kwargs)

        def connect(self, address):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                check(address)
            return super().connect(address)

        def connect_ex(self, address):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                check(address)
            return super().connect_ex(address)

        def sendto(self, *args):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                refuse()
            return super().sendto(*args)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):  # no name lookups but loopback's
        if host not in loopback and host is not None:
            refuse()
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


_ended: list[list[str]] = []  # the databases of the tests that ended, oldest first


def _drop_ended_databases(keep: int = 2) -> None:
    """Drop the databases of the tests that ended, but those of the last `keep`: a test's
    windows are closed after its database fixtures end, and a timer of theirs (a search typed
    just before) may still read once the next test runs, as a SQLite file outlives them."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

        QThreadPool.globalInstance().waitForDone()  # the window's background jobs
        # the widgets pytest-qt closed and gave to deleteLater (with their timers) go now
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    while len(_ended) > keep:
        for name in _ended.pop(0):
            postgres.drop_database(name)


@pytest.fixture(scope="session")
def _server_databases():
    """The server's template databases of this session (empty, demo), made on first use; at
    the end, every database the session made is dropped."""
    made: dict[str, str] = {}
    yield made
    _drop_ended_databases(keep=0)
    for name in made.values():
        postgres.drop_database(name)


def _server_template(made: dict[str, str], which: str) -> str:
    if which not in made:
        from app.services import open_database
        from app.services.maintenance.demo import fill_demo
        from app.storage.server import migrate_server

        name = postgres.create_database(prefix=f"gpast_template_{which}")
        made[which] = name
        migrate_server(postgres.url_of(name))  # as an administrator would: gpast server migrate
        with open_database(postgres.url_of(name)) as database:
            if which == "demo":
                fill_demo(database)
    return made[which]


@pytest.fixture
def postgres_url(_server_databases):
    """A fresh, empty database on the PostgreSQL test server (dropped afterwards): its URL."""
    if not postgres.ADMIN_URL:
        if postgres.REQUIRED:
            pytest.fail("GPAST_REQUIRE_POSTGRES=1 but GPAST_TEST_POSTGRES_URL is not set")
        pytest.skip("needs GPAST_TEST_POSTGRES_URL")
    _drop_ended_databases()
    name = postgres.create_database()
    yield postgres.url_of(name)
    _ended.append([name])


@pytest.fixture(autouse=True)
def _schema_made_by_server_migrate(request):
    """Tests marked `server_migrated`: the postgres_url database's schema, made as its
    administrator would (gpast server migrate)."""
    if (
        request.node.get_closest_marker("server_migrated")
        and "postgres_url" in request.fixturenames
    ):
        from app.storage.server import migrate_server

        migrate_server(request.getfixturevalue("postgres_url"))


@pytest.fixture
def server_database(_server_databases):
    """make(which): a fresh database on the test server copied from the session's `empty` or
    `demo` template; its URL (dropped after the test)."""
    _drop_ended_databases()
    names: list[str] = []

    def make(which: str = "empty") -> str:
        name = postgres.create_database(template=_server_template(_server_databases, which))
        names.append(name)
        return postgres.url_of(name)

    yield make
    _ended.append(names)


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory) -> Path:
    """A database at the newest schema, migrated once per session."""
    from app.services import open_database

    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    open_database(str(path)).close()
    return settled(path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A database with the standard demo data (`gpast demo`), filled once per session: copy it
    with copy_database(demo_template, path) and open the copy."""
    from app.services import open_database
    from app.services.maintenance.demo import fill_demo

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite"
    with open_database(str(path)) as db:
        fill_demo(db)
    return settled(path)


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where the `db` fixture's SQLite file is (tests of files themselves are `sqlite_only`)."""
    return tmp_path / "gpast.sqlite"


def _location(request, which: str, path: Path) -> str:
    if postgres.ON_SERVER:
        return request.getfixturevalue("server_database")(which)
    template = request.getfixturevalue("_empty_template" if which == "empty" else "demo_template")
    copy_database(template, path)
    return str(path)


@pytest.fixture
def empty_location(request, db_path) -> str:
    """An empty database at the newest schema, not opened: db_path, or its URL on the server."""
    return _location(request, "empty", db_path)


@pytest.fixture
def demo_location(request, db_path) -> str:
    """The demo database, not opened: db_path, or its URL on the server."""
    return _location(request, "demo", db_path)


@pytest.fixture
def db(empty_location):
    """An empty database (in db_path, or on the PostgreSQL test server), opened as the program
    opens it."""
    from app.services import open_database

    database = open_database(empty_location)
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_location):
    """The demo database (in db_path, or on the server): the same data as `gpast demo` fills."""
    from app.services import open_database

    database = open_database(demo_location)
    yield database
    database.close()


@pytest.fixture
def two_day_training(db):
    """T1, a training on 3 and 4 March 2025: what attendance tests record against."""
    from tests.factories import add_training

    return add_training(db, title="x", end_date="2025-03-04")


@pytest.fixture
def on_read_only_media(tmp_path, demo_template):
    """The demo database on read-only media (a CD, a write-protected stick): a read-only bind
    mount, so tests using it run where they may mount (as root on Linux) and skip elsewhere."""
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount")
    source, media = tmp_path / "source", tmp_path / "media"
    source.mkdir()
    media.mkdir()
    copy_database(demo_template, source / "gpast.sqlite")
    for command in (
        ["mount", "--bind", str(source), str(media)],
        ["mount", "-o", "remount,bind,ro", str(media)],
    ):
        if subprocess.run(command, capture_output=True).returncode != 0:
            subprocess.run(["umount", str(media)], capture_output=True)
            pytest.skip("cannot make a read-only mount here")
    yield media / "gpast.sqlite"
    subprocess.run(["umount", str(media)], check=True)


def pytest_unconfigure(config):
    """End the test process once pytest has reported, without Python's final clean-up: there
    PySide 6 sometimes frees a shared object twice after a run of many windows ("bool_dealloc",
    exit 134 with every test passed). Only the test process ends this way; see the developer
    notes in README.md."""
    import sys

    if "PySide6" not in sys.modules or os.environ.get("GPAST_TEST_FULL_EXIT"):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    status = getattr(config, "_gpast_status", 0)
    os._exit(int(status))


def pytest_sessionfinish(session, exitstatus):
    session.config._gpast_status = exitstatus


@pytest.fixture
def new_login(postgres_url):
    """`new_login(role, password)`: a new login of `role` on the test database (made by its
    administrator, as `gpast server add-user` does): (login, its URL with the password).
    Every login made is dropped with the test."""
    import uuid

    from sqlalchemy.engine import make_url

    from app.services import open_database
    from app.services.maintenance.logins import add_user

    made: list[str] = []
    admin = open_database(postgres_url)

    def make(role: str, password: str = "pw") -> tuple[str, str]:
        login = f"u{uuid.uuid4().hex[:10]}"
        add_user(admin, login, role, password)
        made.append(login)
        url = make_url(postgres_url).set(username=login, password=password)
        return login, url.render_as_string(hide_password=False)

    yield make
    from tests.helpers import drop_logins

    drop_logins(admin.engine, made)
    admin.close()
