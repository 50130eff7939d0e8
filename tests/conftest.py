"""Shared fixtures: every test gets real SQLite files in tmp_path, and its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "gpast.sqlite"


@pytest.fixture
def db(db_path):
    from app.services import open_database

    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """The program never opens a network connection: any internet socket fails the test."""
    import socket

    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                raise AssertionError("the program tried to open a network socket")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)


@pytest.fixture
def two_day_training(db):
    """T1, a training on 3 and 4 March 2025: what attendance tests record against."""
    from app.services.records import editing as records

    return records.create(
        db,
        "trainings",
        {
            "code": "T1",
            "title": "x",
            "start_date": "2025-03-03",
            "end_date": "2025-03-04",
            "focus_areas": ["capacity"],
        },
    )
