"""A shared server's schema changes only by `gpast server migrate`: the program and every
other command on a server without our tables, with an older or a newer schema, or with another
application's tables say what to do and change nothing (product.md, "Shared server")."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from app.services import DatabaseError, open_database
from app.storage import head_revision, to_url
from app.storage.server import migrate_server
from tests import postgres


def tables(url: str) -> set[str]:
    engine = create_engine(to_url(url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def execute(url: str, sql: str) -> None:
    engine = create_engine(to_url(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def revision(url: str) -> str:
    engine = create_engine(to_url(url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()


def upgrade_to(url: str, target: str) -> None:
    """The schema of an older program: the migrations up to `target` only."""
    from alembic import command

    from app.storage.revisions import alembic_config

    engine = create_engine(to_url(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_opening_a_server_without_our_tables_says_who_makes_them_and_creates_nothing(
    postgres_url, gpast
):
    with pytest.raises(DatabaseError, match="gpast --db URL server migrate"):
        open_database(postgres_url)
    done = gpast("--db", postgres_url, "demo")
    assert done.returncode == 1 and "an administrator creates them" in done.stderr
    assert tables(postgres_url) == set()


@pytest.mark.postgres
def test_server_migrate_creates_the_schema_then_finds_it_up_to_date(postgres_url, gpast):
    done = gpast("--db", postgres_url, "server", "migrate")
    assert done.returncode == 0, done.stderr
    assert f"the schema was created ({head_revision()})" in done.stdout
    assert revision(postgres_url) == head_revision()
    done = gpast("--db", postgres_url, "server", "migrate")
    assert done.returncode == 0 and "the schema is up to date" in done.stdout
    with open_database(postgres_url) as db:
        from app.services.focus_areas import list_focus_areas

        assert len(list_focus_areas(db)) == 5


@pytest.mark.postgres
def test_an_older_server_schema_is_refused_unchanged_until_server_migrate(postgres_url, gpast):
    upgrade_to(postgres_url, "0003")
    before = tables(postgres_url)
    with pytest.raises(DatabaseError, match=r"older than this program's .*server migrate"):
        open_database(postgres_url)
    done = gpast("--db", postgres_url, "indicators", "--from", "2025-01-01", "--to", "2025-12-31")
    assert done.returncode == 1 and "server migrate" in done.stderr
    assert revision(postgres_url) == "0003" and tables(postgres_url) == before
    done = gpast("--db", postgres_url, "server", "migrate")
    assert done.returncode == 0 and f"upgraded from 0003 to {head_revision()}" in done.stdout
    open_database(postgres_url).close()


@pytest.mark.postgres
def test_a_newer_server_schema_asks_for_a_newer_program_and_is_never_migrated(postgres_url, gpast):
    migrate_server(postgres_url)
    execute(postgres_url, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version of GPAST Coordinator"):
        open_database(postgres_url)
    done = gpast("--db", postgres_url, "server", "migrate")
    assert done.returncode == 1 and "update the program" in done.stderr
    assert revision(postgres_url) == "9999"


@pytest.mark.postgres
def test_a_database_of_another_application_is_never_touched(postgres_url, gpast):
    execute(postgres_url, "CREATE TABLE invoice (id integer PRIMARY KEY, total numeric)")
    for command in (("server", "migrate"), ("demo",)):
        done = gpast("--db", postgres_url, *command)
        assert done.returncode == 1
        assert "holds tables of another application (invoice)" in done.stderr
    assert tables(postgres_url) == {"invoice"}


@pytest.mark.postgres
def test_two_migrations_at_once_make_one_schema(postgres_url):
    outcomes: list[object] = []

    def migrate() -> None:
        try:
            outcomes.append(migrate_server(postgres_url))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            outcomes.append(exc)

    workers = [threading.Thread(target=migrate) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    befores = sorted(str(getattr(o, "before", o)) for o in outcomes)
    assert befores == sorted([str(None), head_revision()])  # one made it, the other found it
    assert revision(postgres_url) == head_revision()


@pytest.mark.postgres
def test_a_login_that_may_not_create_tables_is_told_only_an_administrator_can(postgres_url, gpast):
    from sqlalchemy.engine import make_url

    login = f"clerk_{postgres_url.rsplit('_', 1)[-1]}"
    postgres.admin_execute(f"CREATE ROLE {login} LOGIN PASSWORD 'секрет-42'")
    try:
        as_clerk = make_url(postgres_url).set(username=login, password="секрет-42")
        url = as_clerk.render_as_string(hide_password=False)
        done = gpast("--db", url, "server", "migrate")
        assert done.returncode == 1 and "only an administrator" in done.stderr
        assert "секрет-42" not in done.stderr + done.stdout
        assert tables(postgres_url) == set()
    finally:
        postgres.admin_execute(f"DROP ROLE {login}")


def test_server_commands_refuse_a_sqlite_file(gpast, tmp_path):
    done = gpast("--db", tmp_path / "x.sqlite", "server", "migrate")
    assert done.returncode == 1 and "work on a PostgreSQL server" in done.stderr
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.postgres
def test_server_migrate_keeps_every_act_that_already_shares_a_natural_key(postgres_url, gpast):
    """0006 makes legislation's natural key unique; acts that share one already (typed twice
    with one reference, or one title and date) are all kept, the later ones "|#2"."""
    upgrade_to(postgres_url, "0005")
    for n, (title, reference, day) in enumerate(
        [
            ("Закон А", "12/З", "NULL"),
            ("Закон Б", "12/з", "NULL"),
            ("Указ", "", "'2024-05-01'"),
            ("УКАЗ", "", "'2024-05-01'"),
        ]  # fmt: skip
    ):
        execute(
            postgres_url,
            "INSERT INTO legislation (uuid, title, reference, kind, status, adopted_on, "
            "authority, summary, instruments, aspects, url, created_at, updated_at) VALUES "
            f"('{n:036d}', '{title}', '{reference}', 'law', 'adopted', "
            f"{day}, '', '', '[]', '[]', '', now(), now())",
        )
    done = gpast("--db", postgres_url, "server", "migrate")
    assert done.returncode == 0, done.stderr
    engine = create_engine(to_url(postgres_url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT title, match_key FROM legislation ORDER BY id")).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in found] == [
        ("Закон А", "ref:12/з"),
        ("Закон Б", "ref:12/з|#2"),
        ("Указ", "title:указ|2024-05-01"),
        ("УКАЗ", "title:указ|2024-05-01|#2"),
    ]
