"""A database file carrying schema objects of somebody else's making is found out, by name."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app.errors import Message
from app.services import open_database
from app.storage.migrate import head_revision
from app.storage.schema_check import differences, unexpected_objects


@pytest.fixture
def made(tmp_path):
    path = tmp_path / "made.sqlite"
    open_database(str(path)).close()
    return path


def _changed(path, *statements: str) -> list:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        return differences(conn, head_revision())
    finally:
        conn.close()


def test_a_database_this_program_made_has_no_differences(made):
    assert _changed(made) == []


def test_a_trigger_an_index_and_a_view_are_named(made):
    found = _changed(
        made,
        "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM legislation; END",
        "CREATE INDEX ix_mine ON campaign(title)",
        "CREATE VIEW v AS SELECT 1",
    )
    assert Message("unexpected trigger {name}", name="wipe") in found
    assert Message("unexpected index {name}", name="ix_mine") in found
    assert Message("unexpected view {name}", name="v") in found


def test_a_renamed_column_and_two_version_rows_are_named(made):
    found = _changed(
        made,
        "ALTER TABLE campaign RENAME COLUMN reach TO audience_reach",
        "INSERT INTO alembic_version VALUES ('0001')",
    )
    assert Message("the schema version is recorded {n} times", n=2) in found
    assert (
        Message(
            "table {table}: unexpected column {column}", table="campaign", column="audience_reach"
        )
        in found
    )
    assert (
        Message("table {table}: column {column} is missing", table="campaign", column="reach")
        in found
    )


def test_an_extra_check_constraint_is_named(made):
    conn = sqlite3.connect(made)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'setting'").fetchone()
    conn.close()
    rebuilt = sql.rstrip().rstrip(")") + ", CHECK (length(value) < 3))"
    found = _changed(
        made,
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE setting RENAME TO setting_old",
        rebuilt,
        "INSERT INTO setting SELECT * FROM setting_old",
        "DROP TABLE setting_old",
    )
    assert found == [
        Message("table {table}: its constraints differ from this version's", table="setting")
    ]


def test_only_triggers_and_views_are_unexpected_at_open(made):
    conn = sqlite3.connect(made)
    conn.execute("CREATE INDEX ix_mine ON campaign(title)")
    assert unexpected_objects(conn) == []
    conn.execute("CREATE TRIGGER t AFTER DELETE ON campaign BEGIN SELECT 1; END")
    assert unexpected_objects(conn) == [Message("unexpected trigger {name}", name="t")]
    conn.close()


def test_connections_distrust_the_schema(made):
    db = open_database(str(made))
    try:
        with db.reading() as session:
            assert session.execute(text("PRAGMA trusted_schema")).scalar() == 0
    finally:
        db.close()
