"""Migrations build exactly the models' schema, seed the five areas, and upgrade older files."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.models import Base
from app.services import open_database
from app.storage import head_revision, make_engine, to_url
from app.storage.migrate import alembic_config, upgrade_to_head
from tests.factories import add_training


def test_new_file_is_created_at_head_with_the_five_areas(db_path):
    with open_database(str(db_path)) as db:
        pass
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    slugs = [r[0] for r in conn.execute("SELECT slug FROM focus_area ORDER BY position")]
    assert slugs == ["criminalisation", "demand", "protection", "root-causes", "capacity"]
    assert db.upgrade_copy is None


def test_migrations_produce_exactly_the_models_schema(db_path):
    upgrade_to_head(to_url(db_path))
    engine = make_engine(to_url(db_path))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_model_table_exists_after_upgrade(db_path):
    upgrade_to_head(to_url(db_path))
    engine = make_engine(to_url(db_path))
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_an_older_file_is_copied_aside_then_upgraded(db_path):
    """Take the file back to an empty schema (base), add a marker, then open it again."""
    upgrade_to_head(to_url(db_path))
    engine = make_engine(to_url(db_path), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
        conn.exec_driver_sql("CREATE TABLE keep_me (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO keep_me VALUES (42)")
    engine.dispose()

    with open_database(str(db_path)) as db:
        copy = db.upgrade_copy
    assert copy is not None
    assert (db_path.parent / "backups").is_dir()
    with sqlite3.connect(copy) as old:
        assert old.execute("SELECT x FROM keep_me").fetchone() == (42,)
    with sqlite3.connect(db_path) as new:
        assert new.execute("SELECT count(*) FROM focus_area").fetchone() == (5,)


def test_a_file_from_a_newer_program_is_refused(db_path):
    from app.errors import DatabaseError

    open_database(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(str(db_path))


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path):
    from app.errors import DatabaseError

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (x)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a GPAST Coordinator database"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_upgrading_from_the_first_schema_keeps_every_record(db_path):
    from app.services.records import editing as records

    with open_database(str(db_path)) as db:
        add_training(db, start_date="2025-01-01", focus_areas=["demand"])
    engine = make_engine(to_url(db_path), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    with open_database(str(db_path)) as db:
        assert db.upgrade_copy is not None
        assert [r["title"] for r in records.list_records(db, "trainings")] == ["Семинар"]
        assert records.list_records(db, "trainings")[0]["focus_areas"] == ["demand"]
