"""A bulk load into a table it outgrows (the attendance import into a new database) drops the
table's secondary indexes for the load and makes them again at its end, on SQLite: whatever
happens, the database keeps every index, and a load that fails leaves neither its rows nor a
missing index behind."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import event

from app.models import Attendance
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import ImportCancelled
from app.storage.bulk import bulk_insert_columns, indexes_built_after
from tests.factories import make_attendance_rows
from tests.helpers import snapshot, write

pytestmark = pytest.mark.sqlite_only("SQLite's indexes are dropped and made again")

SECONDARY = {"ix_attendance_participant_id", "ix_attendance_training_status"}


def _indexes(db) -> dict[str, str]:
    with db.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance'"
        )
        return dict(rows.all())


def _statements(db) -> list[str]:
    seen: list[str] = []
    for engine in {db.engine, db.write_engine, db.bulk_engine}:
        event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def _rows(count: int) -> str:
    return make_attendance_rows(
        ("T1", f"Person {n}", "female", None, None, "present", None) for n in range(count)
    )


def test_an_import_into_an_empty_table_builds_the_indexes_after_the_rows(
    db, tmp_path, two_day_training
):
    before = _indexes(db)
    assert set(before) >= SECONDARY
    seen = _statements(db)
    result = import_file(db, "attendance", write(tmp_path / "a.csv", _rows(30)))
    assert result.added == 60
    assert {s for s in seen if s.startswith("DROP INDEX")} == {
        f'DROP INDEX "{name}"' for name in SECONDARY
    }
    assert _indexes(db) == before  # the same indexes, made by the same statements
    with db.reading() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM attendance WHERE participant_id = 3"
        ).all()
        assert "ix_attendance_participant_id" in str(plan)


def test_a_small_import_beside_many_rows_keeps_the_indexes_in_place(db, tmp_path, two_day_training):
    import_file(db, "attendance", write(tmp_path / "a.csv", _rows(30)))
    seen = _statements(db)
    rows = make_attendance_rows([("T1", "Вера", "female", None, None, "late", None)])
    assert import_file(db, "attendance", write(tmp_path / "b.csv", rows)).added == 2
    assert not [s for s in seen if "INDEX" in s]


def test_a_cancelled_import_leaves_the_indexes_and_none_of_its_rows(db, tmp_path, two_day_training):
    before, content = _indexes(db), snapshot(db)
    seen = _statements(db)
    path = write(tmp_path / "a.csv", _rows(30))
    with pytest.raises(ImportCancelled):  # while the rows are written, indexes dropped
        import_file(db, "attendance", path, progress=lambda done, total: done > total * 3 // 4)
    assert any(s.startswith("DROP INDEX") for s in seen)
    assert _indexes(db) == before and snapshot(db) == content


def test_a_load_failing_part_way_leaves_every_index_and_none_of_its_rows(db, two_day_training):
    before, content = _indexes(db), snapshot(db)
    columns = {"training_id": [two_day_training["id"]], "participant_id": [1], "uuid": ["u1"]}
    columns |= {"day": [date(2025, 3, 3)], "status": ["present"]}
    now = {"created_at": datetime(2025, 3, 3), "updated_at": datetime(2025, 3, 3)}
    with (
        pytest.raises(RuntimeError),
        db.writing(checked_references=True) as session,
        indexes_built_after(session, Attendance.__table__, 1_000),
    ):
        assert SECONDARY.isdisjoint(_indexes_in(session))  # dropped within the load
        bulk_insert_columns(session, Attendance.__table__, columns, now)
        assert session.query(Attendance).count() == 1
        raise RuntimeError("the disk went away")
    assert _indexes(db) == before and snapshot(db) == content


def _indexes_in(session) -> set[str]:
    rows = session.connection().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance'"
    )
    return set(rows.scalars())
