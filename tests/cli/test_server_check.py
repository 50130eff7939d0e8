"""`gpast check` on a shared server reads only and finds what a file's check finds: a healthy
database passes with its counts; rows referring to missing records, attendance outside its
session's dates, a dropped constraint and an older schema are named; nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from app.storage import head_revision, to_url
from app.storage.server import migrate_server
from tests.helpers import snapshot

pytestmark = pytest.mark.postgres


def execute(url: str, *statements: str) -> None:
    engine = create_engine(to_url(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            for sql in statements:
                conn.execute(text(sql))
    finally:
        engine.dispose()


@pytest.fixture
def demo_server(postgres_url, gpast):
    migrate_server(postgres_url)
    assert gpast("--db", postgres_url, "demo").returncode == 0
    return postgres_url


def test_a_healthy_server_database_passes_with_its_counts(demo_server, gpast):
    done = gpast("--db", demo_server, "check")
    assert done.returncode == 0, done.stderr
    assert f"ok (schema {head_revision()};" in done.stdout and " attendance" in done.stdout
    assert "postgresql://postgres@127.0.0.1" in done.stdout


def test_orphan_rows_and_attendance_outside_the_dates_are_named_and_nothing_written(
    demo_server, gpast
):
    execute(
        demo_server,
        # loaded with the triggers off, as a careless bulk load would: nothing checks the rows
        "SET session_replication_role = replica",
        "INSERT INTO attendance (uuid, training_id, participant_id, day, status, created_at,"
        " updated_at, version) SELECT gen_random_uuid()::text, training_id, 999999, day, status,"
        " created_at, updated_at, version FROM attendance LIMIT 1",
        "UPDATE training_session SET end_date = start_date, start_date = start_date"
        " WHERE id = (SELECT training_id FROM attendance a JOIN training_session t"
        " ON t.id = a.training_id WHERE a.day > t.start_date LIMIT 1)",
    )
    before = snapshot(demo_server)
    done = gpast("--db", demo_server, "check")
    assert done.returncode == 1
    assert "table attendance: 1 rows refer to a missing participant record" in done.stderr
    assert "has attendance on" in done.stderr and "outside its dates" in done.stderr
    assert snapshot(demo_server) == before


def test_a_dropped_constraint_and_an_older_schema_are_named(demo_server, gpast):
    execute(
        demo_server,
        "ALTER TABLE attendance DROP CONSTRAINT fk_attendance_participant_id_participant",
    )
    done = gpast("--db", demo_server, "check")
    assert done.returncode == 1
    assert "foreign key missing: attendance (participant_id)" in done.stderr
    execute(demo_server, "UPDATE alembic_version SET version_num = '0003'")
    done = gpast("--db", demo_server, "check")
    assert done.returncode == 1 and "server migrate" in done.stderr
    assert "Restore the latest good backup" not in done.stderr
