"""`gpast backup` and `restore` on a shared server use PostgreSQL's pg_dump and pg_restore,
with a SQLite file's checks and messages: the copy is checked before anything is replaced, the
current data is kept aside first, a refused or failed restore changes nothing."""

from __future__ import annotations

import stat

import pytest

from app.services import open_database
from app.services.records import editing as records
from app.storage.server import migrate_server
from tests.helpers import snapshot

pytestmark = pytest.mark.postgres


@pytest.fixture
def demo_server(postgres_url, gpast):
    migrate_server(postgres_url)
    assert gpast("--db", postgres_url, "demo").returncode == 0
    return postgres_url


def test_backup_change_restore_gives_back_exactly_the_old_data(demo_server, gpast, tmp_path):
    before = snapshot(demo_server)
    copy = tmp_path / "копия сервера.dump"
    done = gpast("--db", demo_server, "backup", "--out", copy)
    assert done.returncode == 0, done.stderr
    assert f"{copy}: backup written" in done.stdout
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with open_database(demo_server) as db:
        training = records.list_records(db, "trainings")[0]
        records.delete(db, "trainings", training["id"])
    assert snapshot(demo_server) != before
    done = gpast("--db", demo_server, "restore", copy)
    assert done.returncode == 0, done.stderr
    assert "restored from" in done.stdout and "-before-restore.dump" in done.stdout
    assert snapshot(demo_server) == before
    with open_database(demo_server) as db:  # the program opens it as before
        assert records.list_records(db, "trainings")


def test_restore_refuses_what_is_not_a_server_backup_and_changes_nothing(
    demo_server, gpast, tmp_path, demo_template
):
    before = snapshot(demo_server)
    garbage = tmp_path / "garbage.dump"
    garbage.write_bytes(b"not a dump" * 100)
    for source in (garbage, demo_template):  # random bytes; a SQLite file
        done = gpast("--db", demo_server, "restore", source)
        assert done.returncode == 1 and "not a GPAST Coordinator server backup" in done.stderr
    assert snapshot(demo_server) == before


def test_a_backup_from_a_newer_program_is_refused(demo_server, gpast, tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from app.storage import head_revision, to_url

    engine = create_engine(to_url(demo_server), poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    copy = tmp_path / "newer.dump"
    assert gpast("--db", demo_server, "backup", "--out", copy).returncode == 0
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()}
        )
    engine.dispose()
    before = snapshot(demo_server)
    done = gpast("--db", demo_server, "restore", copy)
    assert done.returncode == 1 and "written by a newer version of the program" in done.stderr
    done = gpast("--db", demo_server, "restore", copy, env={"GPAST_LANG": "ru"})
    assert done.returncode == 1 and "записан более новой версией программы" in done.stderr
    assert snapshot(demo_server) == before


def test_only_an_admin_backs_up_or_restores(demo_server, gpast, tmp_path):
    from sqlalchemy.engine import make_url

    from tests import postgres

    copy = tmp_path / "admin.dump"
    assert gpast("--db", demo_server, "backup", "--out", copy).returncode == 0
    login = f"clerk_{demo_server.rsplit('_', 1)[-1]}"
    postgres.admin_execute(f"CREATE ROLE {login} LOGIN")
    postgres.admin_execute(f"GRANT gpast_editor TO {login}")
    try:
        as_editor = make_url(demo_server).set(username=login).render_as_string(False)
        before = snapshot(demo_server)
        done = gpast("--db", as_editor, "backup", "--out", tmp_path / "editor.dump")
        assert done.returncode == 1 and "needs the admin role" in done.stderr
        assert not (tmp_path / "editor.dump").exists()
        done = gpast("--db", as_editor, "restore", copy)
        assert done.returncode == 1 and "needs the admin role" in done.stderr
        assert snapshot(demo_server) == before
    finally:
        postgres.admin_execute(f"DROP ROLE {login}")


def _at_revision(url: str, revision: str) -> None:
    """Take the server database at `url` down to an earlier schema, as an older program left it."""
    from alembic import command

    from app.storage.engine import make_engine
    from app.storage.revisions import alembic_config

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), revision)
    finally:
        engine.dispose()


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(
    demo_server, server_database, gpast, tmp_path
):
    """As a SQLite backup is upgraded when it is opened: the older dump's data, at this
    program's schema, without what the current data had in tables the older schema lacks."""
    from app.storage import head_revision
    from tests.helpers import scalar

    older = server_database("demo")
    _at_revision(older, "0003")  # before the statistics table (0004)
    copy = tmp_path / "старая копия.dump"
    assert gpast("--db", older, "backup", "--out", copy).returncode == 0
    assert scalar(demo_server, "SELECT count(*) FROM statistic") > 0
    done = gpast("--db", demo_server, "restore", copy)
    assert done.returncode == 0, done.stderr
    assert "-before-restore.dump" in done.stdout
    assert "older schema (0003) was upgraded" in done.stdout
    again = gpast("--db", demo_server, "restore", copy, env={"GPAST_LANG": "ru"})
    assert "более старая схема копии (0003) обновлена" in again.stdout, again.stderr
    assert scalar(demo_server, "SELECT version_num FROM alembic_version") == head_revision()
    assert scalar(demo_server, "SELECT count(*) FROM statistic") == 0
    assert scalar(demo_server, "SELECT count(*) FROM training_session") == 70
    assert gpast("--db", demo_server, "check").returncode == 0
    with open_database(demo_server) as db:  # the window and the commands open it again
        assert records.list_records(db, "trainings")
    assert gpast("--db", demo_server, "statistics", "--year", "2025").returncode == 0


def test_a_restore_that_fails_part_way_changes_nothing(demo_server, gpast, tmp_path):
    copy = tmp_path / "whole.dump"
    assert gpast("--db", demo_server, "backup", "--out", copy).returncode == 0
    with open_database(demo_server) as db:
        training = records.list_records(db, "trainings")[0]
        records.delete(db, "trainings", training["id"])
    before = snapshot(demo_server)
    cut = tmp_path / "cut.dump"
    data = copy.read_bytes()
    cut.write_bytes(data[: len(data) * 3 // 4])  # its table of contents, part of its data
    done = gpast("--db", demo_server, "restore", cut)
    assert done.returncode == 1
    assert "could not be restored" in done.stderr and "nothing was changed" in done.stderr
    assert snapshot(demo_server) == before
