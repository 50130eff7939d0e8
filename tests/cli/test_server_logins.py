"""`gpast server add-user LOGIN --role ROLE` and `gpast server users` on a real server: the
password from standard input, never printed; a login without the admin role is refused."""

from __future__ import annotations

import io
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from tests.helpers import drop_logins

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]


@pytest.fixture
def logins(postgres_url):
    made: list[str] = []

    def new() -> str:
        made.append(f"u{uuid.uuid4().hex[:10]}")
        return made[-1]

    yield new
    engine = create_engine(postgres_url)
    drop_logins(engine, made)  # those a test made through the command line
    engine.dispose()


def test_an_admin_adds_a_login_and_lists_it(gpast, postgres_url, logins, monkeypatch):
    olga = logins()
    monkeypatch.setattr("sys.stdin", io.StringIO("секрет-1\n"))
    code, out, err = gpast("--db", postgres_url, "server", "add-user", olga, "--role", "editor")
    assert (code, err) == (0, "")
    assert out == f"{olga}: login added with the role editor\n"
    code, out, _err = gpast("--db", postgres_url, "server", "users")
    assert code == 0 and f"{olga}\teditor\n" in out
    assert "секрет" not in out


def test_a_login_without_the_admin_role_may_not_add_logins(
    gpast, postgres_url, logins, monkeypatch
):
    olga, ivan = logins(), logins()
    monkeypatch.setattr("sys.stdin", io.StringIO("секрет-1\n"))
    assert gpast("--db", postgres_url, "server", "add-user", olga, "--role", "coordinator")[0] == 0
    as_olga = make_url(postgres_url).set(username=olga, password="секрет-1")
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    code, out, err = gpast(
        "--db", as_olga.render_as_string(hide_password=False), "server", "add-user", ivan,
        "--role", "admin",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.startswith("gpast: Managing logins needs the admin role;")
    assert "секрет" not in err


def test_logins_are_a_servers(gpast, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    code, _out, err = gpast(
        "--db", str(tmp_path / "x.sqlite"), "server", "add-user", "olga", "--role", "editor"
    )
    assert code == 1 and "is a SQLite file" in err
