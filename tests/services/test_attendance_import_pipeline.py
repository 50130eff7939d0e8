"""The attendance import reads and checks the file a part at a time while a writer thread writes
the parts already checked: whatever happens on either thread (a failed write, Cancel, a problem
in a late part) nothing is left changed, every problem is reported, and no thread is left
running; people and recorded rows met again in a later part are the same ones."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from app.services.spreadsheets import attendance_import, attendance_writer, csv_reader
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import ImportCancelled, ImportRefused
from tests.factories import make_attendance_rows
from tests.helpers import scalar, snapshot, write

PEOPLE = [f"Человек {n}" for n in range(15)]


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(csv_reader, "PART", 4)
    monkeypatch.setattr(attendance_import, "WRITE_ROWS", 5)


@pytest.fixture
def writes(monkeypatch):
    """The attendance rows the writer thread has written: each call's thread, and an event set
    once a part is written."""
    real = attendance_writer.bulk_insert_from_thread
    seen: dict = {"threads": [], "written": threading.Event(), "fail_at": None}

    def insert(connection, table, columns, constants=None):
        seen["threads"].append(threading.current_thread().name)
        if len(seen["threads"]) == seen["fail_at"]:
            raise RuntimeError("the disk went away")
        real(connection, table, columns, constants)
        seen["written"].set()

    monkeypatch.setattr(attendance_writer, "bulk_insert_from_thread", insert)
    return seen


def _rows(status="present"):
    return [
        ("T1", name, "female", "МВД", 1980 + n, status, f"2025-03-0{day}")
        for day in (3, 4)
        for n, name in enumerate(PEOPLE)
    ]


def _writers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "attendance writer"]


def test_the_rows_are_written_by_the_writer_thread_a_part_at_a_time(
    db, tmp_path, two_day_training, small_parts, writes
):
    result = import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(_rows())))
    assert (result.rows, result.added, result.people_added) == (30, 30, 15)
    assert writes["threads"] == ["attendance writer"] * 6
    assert scalar(db, "SELECT count(*) FROM attendance") == 30
    assert _writers() == []


def test_a_write_failing_on_the_writer_thread_leaves_nothing_and_no_thread(
    db, tmp_path, two_day_training, small_parts, writes
):
    writes["fail_at"] = 4  # the fourth part of six: three are written
    before = snapshot(db)
    with pytest.raises(RuntimeError, match="the disk went away"):
        import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(_rows())))
    assert len(writes["threads"]) == 4
    assert snapshot(db) == before
    assert _writers() == []


def test_a_database_refusing_a_late_row_leaves_nothing(db, tmp_path, two_day_training, small_parts):
    """A real refusal by SQLite on the writer thread (a trigger aborting one row of the last
    part) rolls back the parts written before it."""
    if db.path is None:
        pytest.skip("a SQLite trigger")
    with db.writing() as session:
        session.execute(
            text(
                "CREATE TRIGGER no_excused BEFORE INSERT ON attendance WHEN NEW.status = 'excused' "
                "BEGIN SELECT RAISE(ABORT, 'no excused rows'); END"
            )
        )
    rows = _rows()
    rows[-1] = (*rows[-1][:5], "excused", rows[-1][6])
    before = snapshot(db)
    with pytest.raises(Exception, match="no excused rows"):
        import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(rows)))
    assert snapshot(db) == before
    assert _writers() == []


def test_cancel_after_parts_were_written_leaves_nothing_and_no_thread(
    db, tmp_path, two_day_training, small_parts, writes
):
    def progress(done, total):
        if done >= 20:
            assert writes["written"].wait(10)  # a part is written before Cancel
            return True
        return False

    before = snapshot(db)
    with pytest.raises(ImportCancelled):
        path = write(tmp_path / "a.csv", make_attendance_rows(_rows()))
        import_file(db, "attendance", path, progress=progress)
    assert writes["threads"]
    assert snapshot(db) == before
    assert _writers() == []


def test_problems_in_late_parts_after_parts_were_written_are_all_reported(
    db, tmp_path, two_day_training, small_parts, writes
):
    rows = _rows()
    rows[22] = ("T9", *rows[22][1:])  # row 24, part 5
    rows[23] = (*rows[23][:5], "maybe", rows[23][6])  # row 25, part 5
    rows[28] = rows[3]  # row 30 repeats row 5, part 6

    def progress(done, total):
        if done >= 20:
            assert writes["written"].wait(10)  # earlier parts are written first
        return False

    before = snapshot(db)
    with pytest.raises(ImportRefused) as refusal:
        path = write(tmp_path / "a.csv", make_attendance_rows(rows))
        import_file(db, "attendance", path, progress=progress)
    assert [p.text() for p in refusal.value.problems] == [
        "row 24, column training_code: no training session with the code 'T9'",
        "row 25, column status: 'maybe' is not one of: present, late, excused, absent",
        "row 30, column full_name: the same person, training and day as row 5",
    ]
    assert writes["threads"]
    assert snapshot(db) == before
    assert _writers() == []


def test_a_person_met_again_in_a_later_part_is_one_person(
    db, tmp_path, two_day_training, small_parts
):
    rows = _rows()
    newcomer = ("T1", "Новая Участница", "female", "НГО", 1999, "present")
    rows.insert(0, (*newcomer, "2025-03-03"))  # row 2, part 1
    rows.insert(11, (*newcomer, "2025-03-04"))  # row 13, part 3
    result = import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(rows)))
    assert (result.added, result.people_added) == (32, 16)
    assert scalar(db, "SELECT count(*) FROM participant WHERE full_name = 'Новая Участница'") == 1
    assert (
        scalar(
            db,
            "SELECT count(DISTINCT a.participant_id) FROM attendance a JOIN participant p "
            "ON p.id = a.participant_id WHERE p.full_name = 'Новая Участница'",
        )
        == 1
    )
    assert scalar(db, "SELECT count(*) FROM attendance") == 32


def test_a_recorded_row_met_in_a_late_part_is_updated(db, tmp_path, two_day_training, small_parts):
    first = [("T1", PEOPLE[0], "female", "МВД", 1980, "present", "2025-03-03")]
    import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(first)))
    rows = [r for r in _rows() if (r[1], r[6]) != (PEOPLE[0], "2025-03-03")]
    rows.append(("T1", PEOPLE[0], "female", "МВД", 1980, "late", "2025-03-03"))  # row 31, part 6
    result = import_file(db, "attendance", write(tmp_path / "b.csv", make_attendance_rows(rows)))
    assert (result.added, result.updated, result.unchanged, result.people_added) == (29, 1, 0, 14)
    assert scalar(db, "SELECT count(*) FROM attendance") == 30
    assert scalar(db, "SELECT count(*) FROM attendance WHERE status = 'late'") == 1
    again = import_file(db, "attendance", write(tmp_path / "c.csv", make_attendance_rows(rows)))
    assert (again.added, again.updated, again.unchanged, again.people_added) == (0, 0, 30, 0)


def test_a_code_page_file_found_out_in_a_late_part_is_imported_whole(
    db, tmp_path, two_day_training, small_parts, writes
):
    """A Windows-1251 file whose first kilobytes are plain ASCII is taken for UTF-8 until its
    first Cyrillic letter, parts later: what was written is undone and the file read again in
    its code page."""
    rows = [
        ("T1", f"Person {n}", "female", "Court", 1950 + n % 50, "present", f"2025-03-0{day}")
        for n in range(150)
        for day in (3, 4)
    ]
    rows.append(("T1", "Ольга Петрова", "female", "Суд", 1990, "late", "2025-03-04"))
    path = write(tmp_path / "a.csv", make_attendance_rows(rows), encoding="cp1251")
    result = import_file(db, "attendance", path)
    assert (result.encoding, result.rows, result.added, result.people_added) == (
        "Windows-1251",
        301,
        301,
        151,
    )
    assert len(writes["threads"]) > 61  # parts (of 61) were written before the letter was met
    assert scalar(db, "SELECT count(*) FROM attendance") == 301
    assert scalar(db, "SELECT organisation FROM participant WHERE full_name = 'Ольга Петрова'") == (
        "Суд"
    )
    assert _writers() == []
