"""`gpast demo` on a server by a login whose role may not fill demo data: exit 1, naming the
role it needs (not a generic "This change"), and nothing written. On a real server."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.engine import make_url

from app.services import open_database
from app.services.maintenance.logins import add_user
from app.services.records import editing as records
from tests.helpers import drop_logins

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_demo_below_coordinator_is_refused_naming_the_role_it_needs(postgres_url, gpast, role):
    login = f"u{uuid.uuid4().hex[:10]}"
    with open_database(postgres_url) as admin:
        add_user(admin, login, role, "pw")
    try:
        url = make_url(postgres_url).set(username=login, password="pw")
        done = gpast("--db", url.render_as_string(hide_password=False), "demo")
        assert done.returncode == 1
        assert "Filling in demo data needs the coordinator role" in done.stderr, done.stderr
        assert login in done.stderr and "This change" not in done.stderr
        with open_database(postgres_url) as admin:
            assert records.list_records(admin, "trainings") == []
    finally:
        with open_database(postgres_url) as admin:
            drop_logins(admin.engine, [login])
