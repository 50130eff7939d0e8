"""Roles on a SQLite file (everyone may do everything; logins are a server's) and the one
table of rights that both the program's checks and the server's GRANTs come from."""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac

import pytest

from app.errors import GpastError
from app.services.access import ACTIONS, Action, refusal
from app.services.maintenance.logins import add_user
from app.storage.server_roles import GRANTS, ROLES, needed_role, scram_verifier


@pytest.mark.sqlite_only("a SQLite file's user; a server's logins: test_server_roles.py")
def test_on_a_sqlite_file_the_workstations_user_may_do_everything(db):
    assert db.access == (getpass.getuser(), "admin")
    assert all(refusal(db, action) is None for action in Action)


@pytest.mark.sqlite_only("refused on SQLite files; on a server: test_server_roles.py")
def test_logins_and_roles_are_a_servers(db):
    with pytest.raises(GpastError, match="is a SQLite file"):
        add_user(db, "olga", "editor", "x")


def test_every_action_needs_a_role_that_the_server_grants_what_it_writes():
    assert {needed for _what, needed in ACTIONS.values()} <= set(ROLES)
    assert needed_role("SELECT", "legislation") == "viewer"
    assert needed_role("INSERT", "legislation") == "editor"
    assert needed_role("DELETE", "legislation") == "coordinator"
    assert needed_role("UPDATE", "setting") == "coordinator"
    assert needed_role("DROP", "legislation") == "admin"
    assert set(GRANTS) == set(ROLES)


def test_the_password_goes_to_the_server_only_as_a_scram_verifier():
    verifier = scram_verifier("пароль", iterations=4096)
    head, keys = verifier.split("$", 1)[1].split("$")
    iterations, salt = head.split(":")
    stored, server = (base64.b64decode(k) for k in keys.split(":"))
    salted = hashlib.pbkdf2_hmac("sha256", "пароль".encode(), base64.b64decode(salt), 4096)
    client = hmac.new(salted, b"Client Key", "sha256").digest()
    assert verifier.startswith("SCRAM-SHA-256$4096:") and "пароль" not in verifier
    assert stored == hashlib.sha256(client).digest()
    assert server == hmac.new(salted, b"Server Key", "sha256").digest()
