"""Fixtures for every level: each test gets real SQLite files in its own tmp_path and its own
data folder; nothing may open a network socket.

A new database is a copy of one migrated once per session (`_empty_template`), then opened
with open_database as the program opens any file (which checks its schema); tests of the
migrations themselves open fresh files (tests/services/test_migrations.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

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


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """The program never opens a network connection: any internet socket fails the test."""
    import socket

    class GuardedSocket(socket.socket):  # made from the real one, before it is replaced
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                raise AssertionError("the program tried to open a network socket")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)


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
    return tmp_path / "gpast.sqlite"


@pytest.fixture
def db(db_path, _empty_template):
    """An empty database in db_path, opened as the program opens it."""
    from app.services import open_database

    copy_database(_empty_template, db_path)
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def demo_db(db_path, demo_template):
    """The demo database in db_path (the same data as `gpast demo` fills), opened."""
    from app.services import open_database

    copy_database(demo_template, db_path)
    database = open_database(str(db_path))
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
