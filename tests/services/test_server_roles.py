"""Personal logins and roles on a real PostgreSQL server: what each role may do, clean
refusals naming the role needed (never InsufficientPrivilege with SQL), and the audit trail
recording the login and the server's clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import insert, select, text

from app.errors import NotAllowed
from app.models import AuditEntry, Setting
from app.services import open_database
from app.services.maintenance.logins import list_users
from app.services.records import editing as records
from app.services.settings import update_settings
from tests.factories import add_training, make_training

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]


@pytest.fixture
def server(postgres_url, new_login):
    """The admin's handle on a fresh database, and a way to sign in as a new login."""
    admin = open_database(postgres_url)

    def sign_in(role: str):
        login, url = new_login(role, "пароль 1")
        return login, open_database(url)

    yield admin, sign_in
    admin.close()


def test_an_admin_adds_logins_with_roles_and_lists_them(server):
    admin, sign_in = server
    olga, _db1 = sign_in("editor")
    ivan, _db2 = sign_in("viewer")
    listed = dict(list_users(admin))
    assert listed[olga] == "editor" and listed[ivan] == "viewer"
    _db1.close()
    _db2.close()


def test_an_editor_edits_but_may_not_delete_or_change_settings(server):
    admin, sign_in = server
    login, db = sign_in("editor")
    with db:
        assert db.access == (login, "editor")
        training = add_training(db, code="TR-1")
        records.update(db, "trainings", training["id"], {"title": "Новое"})
        with pytest.raises(NotAllowed) as refused:
            records.delete(db, "trainings", training["id"])
        assert str(refused.value).startswith("Deleting records needs the coordinator role")
        with pytest.raises(NotAllowed):
            update_settings(db, {"country": "Беларусь"})
    assert records.get(admin, "trainings", training["id"])["title"] == "Новое"


def test_a_viewer_reads_and_is_refused_any_change_cleanly(server):
    admin, sign_in = server
    add_training(admin, code="TR-1")
    login, db = sign_in("viewer")
    with db:
        assert [r["code"] for r in records.list_records(db, "trainings")] == ["TR-1"]
        with pytest.raises(NotAllowed) as refused:
            records.create(db, "trainings", make_training(code="TR-2"))
        assert "needs the editor role" in str(refused.value) and login in str(refused.value)


def test_the_servers_own_refusal_is_a_clean_message_naming_the_role(server):
    """What the program's checks let through, the GRANTs still refuse: without SQL."""
    _admin, sign_in = server
    _login, db = sign_in("editor")
    with db, pytest.raises(NotAllowed) as refused, db.writing() as session:
        session.execute(insert(Setting), [{"key": "country", "value": "X"}])
    message = str(refused.value)
    assert "needs the coordinator role" in message
    assert "INSERT" not in message and "permission denied" not in message


def test_the_audit_trail_records_the_login_and_the_servers_clock(server):
    admin, sign_in = server
    update_settings(admin, {"user_name": "someone typed this"})
    login, db = sign_in("editor")
    with db:
        add_training(db, code="TR-1")
        with db.reading() as session:
            who, at = session.execute(
                select(AuditEntry.user, AuditEntry.at).order_by(AuditEntry.id.desc())
            ).first()
            now = session.execute(text("SELECT (now() AT TIME ZONE 'UTC')::timestamp")).scalar()
    assert who == login  # not the name in the settings, nor the workstation's user
    assert abs(now - at) < timedelta(minutes=1)


def test_a_coordinator_fills_demo_data(server):
    from app.services.maintenance.demo import DemoSize, fill_demo

    _admin, sign_in = server
    _login, db = sign_in("coordinator")
    with db:
        counts = fill_demo(db, size=DemoSize(people=40, years=1))
        assert counts["trainings"] > 0
