"""Connections to a shared server: a lock held by another person, a statement that never ends
and a server that never answers end in clear messages, never a frozen program; the password
is never part of any message (product.md, "Shared server")."""

from __future__ import annotations

import socket

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.services import DatabaseBusy, DatabaseError, open_database
from app.services.records import editing as records
from app.storage.server import migrate_server
from tests.factories import add_training

pytestmark = pytest.mark.postgres

SECRET = "пароль:Секрет@42"


@pytest.fixture
def server_db(postgres_url):
    migrate_server(postgres_url)
    with open_database(postgres_url) as db:
        yield db


def other_person(url: str) -> psycopg.Connection:
    """Another person's session on the same database, in a transaction of its own."""
    return psycopg.connect(make_url(url).render_as_string(hide_password=False).replace(
        "postgresql+psycopg://", "postgresql://"))  # fmt: skip


def with_password(url: str, password: str = SECRET, **changes) -> str:
    return make_url(url).set(password=password, **changes).render_as_string(hide_password=False)


def test_a_row_another_person_is_saving_gives_a_busy_message_then_saves(postgres_url, monkeypatch):
    monkeypatch.setenv("GPAST_PG_LOCK_TIMEOUT_MS", "300")
    migrate_server(postgres_url)
    with open_database(postgres_url) as db:
        training = add_training(db, title="Семинар")
        other = other_person(postgres_url)
        other.execute("SELECT 1 FROM training_session WHERE id = %s FOR UPDATE", [training["id"]])
        with pytest.raises(DatabaseBusy, match="another person is changing the same data"):
            records.update(db, "trainings", training["id"], {**training, "title": "Тренинг"})
        other.rollback()
        other.close()
        saved = records.update(db, "trainings", training["id"], {**training, "title": "Тренинг"})
        assert saved["title"] == "Тренинг"


def test_a_statement_that_never_ends_is_cancelled_with_a_message(postgres_url, monkeypatch):
    monkeypatch.setenv("GPAST_PG_STATEMENT_TIMEOUT_MS", "300")
    monkeypatch.setenv("GPAST_PG_LOCK_TIMEOUT_MS", "60000")
    migrate_server(postgres_url)
    with open_database(postgres_url) as db:
        other = other_person(postgres_url)
        other.execute("LOCK TABLE training_session IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(DatabaseError, match="the server did not finish within 1 s"):
            records.list_records(db, "trainings")
        other.rollback()
        other.close()
        assert records.list_records(db, "trainings") == []


def test_a_server_that_never_answers_is_given_up_with_a_message(monkeypatch):
    monkeypatch.setenv("GPAST_PG_CONNECT_TIMEOUT", "2")
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))  # accepts connections (the backlog) but never says a word
    silent.listen(4)
    port = silent.getsockname()[1]
    try:
        url = with_password(f"postgresql://clerk@127.0.0.1:{port}/gpast")
        with pytest.raises(DatabaseError, match="the server did not answer within 2 s") as exc:
            open_database(url)
        assert SECRET not in str(exc.value) and "Секрет" not in str(exc.value)
        assert "postgresql://clerk@127.0.0.1" in str(exc.value)
    finally:
        silent.close()


def test_a_wrong_database_or_a_closed_port_says_so_without_the_password(postgres_url):
    with pytest.raises(DatabaseError, match="the server has no such database") as exc:
        open_database(with_password(postgres_url, database="no_such_db"))
    assert "Секрет" not in str(exc.value)
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    with pytest.raises(DatabaseError, match="cannot reach the server") as exc:
        open_database(with_password(postgres_url, port=port))
    assert "Секрет" not in str(exc.value)


def test_the_command_line_never_prints_the_password(postgres_url, tmp_path):
    from tests.helpers import run_gpast

    migrate_server(postgres_url)
    url = with_password(postgres_url)
    done = run_gpast("--db", url, "demo")
    assert done.returncode == 0, done.stderr
    assert "Секрет" not in done.stdout + done.stderr and "@127.0.0.1" in done.stdout
    done = run_gpast("--db", with_password(postgres_url, database="no_such_db"), "check")
    assert done.returncode == 1 and "Секрет" not in done.stdout + done.stderr
