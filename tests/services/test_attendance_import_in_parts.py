"""An attendance file longer than one part (the CSV is turned into columns PART rows at a time,
the rows are written WRITE_ROWS at a time, with a small page cache): the same records, counts
and refusals as a file read and written at once."""

from __future__ import annotations

import pytest

from app.services.spreadsheets import attendance_import, csv_reader
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import ImportCancelled, ImportRefused
from tests.factories import make_attendance_rows
from tests.helpers import scalar, snapshot, write

PEOPLE = [f"Человек {n}" for n in range(15)]
STATUSES = ("present", "late", "absent")


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(csv_reader, "PART", 4)
    monkeypatch.setattr(attendance_import, "WRITE_ROWS", 5)
    monkeypatch.setattr(attendance_import, "CACHE_KIB", 64)


def _rows(status_of=lambda n, day: STATUSES[n % 3]):
    return [
        ("T1", name, "female", "МВД", 1980 + n, status_of(n, day), f"2025-03-0{day}")
        for day in (3, 4)
        for n, name in enumerate(PEOPLE)
    ]


def _recorded(db) -> set[tuple]:
    from sqlalchemy import text

    with db.reading() as session:
        rows = session.execute(
            text(
                "SELECT t.code, p.full_name, p.birth_year, a.day, a.status FROM attendance a "
                "JOIN participant p ON p.id = a.participant_id "
                "JOIN training_session t ON t.id = a.training_id"
            )
        )
        return {(c, n, y, str(d), s) for c, n, y, d, s in rows}  # a day: text or a date


def test_a_file_of_many_parts_records_every_row_once(db, tmp_path, two_day_training, small_parts):
    path = write(tmp_path / "a.csv", make_attendance_rows(_rows()))
    result = import_file(db, "attendance", path)
    assert (result.rows, result.added, result.people_added) == (30, 30, 15)
    assert _recorded(db) == {
        ("T1", name, 1980 + n, f"2025-03-0{day}", STATUSES[n % 3])
        for day in (3, 4)
        for n, name in enumerate(PEOPLE)
    }
    assert scalar(db, "SELECT count(DISTINCT uuid) FROM attendance") == 30

    changed = _rows(lambda n, day: "late" if (n, day) == (14, 4) else STATUSES[n % 3])
    changed.append(("T1", "Новый", "male", "", "", "present", ""))  # both days
    again = import_file(db, "attendance", write(tmp_path / "b.csv", make_attendance_rows(changed)))
    assert (again.added, again.updated, again.unchanged, again.people_added) == (2, 1, 29, 1)
    recorded = _recorded(db)
    assert ("T1", "Человек 14", 1994, "2025-03-04", "late") in recorded
    assert {r for r in recorded if r[1] == "Новый"} == {
        ("T1", "Новый", None, "2025-03-03", "present"),
        ("T1", "Новый", None, "2025-03-04", "present"),
    }
    if db.path is not None:  # SQLite: the import's page cache is undone
        with db.writing(checked_references=True) as session:
            cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        assert cache == -65_536


def test_a_repeat_in_a_later_part_is_refused_naming_both_rows(
    db, tmp_path, two_day_training, small_parts
):
    rows = _rows()
    rows.append(rows[1])  # row 32 repeats row 3, eight parts later
    before = snapshot(db)
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(rows)))
    assert [p.text() for p in refusal.value.problems] == [
        "row 32, column full_name: the same person, training and day as row 3"
    ]
    assert snapshot(db) == before

    rows[-1] = ("T1", PEOPLE[1], "female", "МВД", 1981, "present", "")  # both days: 3 and 18
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, "attendance", write(tmp_path / "b.csv", make_attendance_rows(rows)))
    assert [p.text() for p in refusal.value.problems] == [
        "row 32, column full_name: the same person, training and day as row 3"
    ]
    assert snapshot(db) == before


def test_rows_whose_hashes_clash_are_still_all_recorded(
    db, tmp_path, two_day_training, small_parts, monkeypatch
):
    """The quick check for repeats compares hashes; equal hashes of different rows send the
    file to the slot-by-slot check, which records every row."""
    from app.services.spreadsheets import attendance_slots

    monkeypatch.setattr(attendance_slots, "hash", lambda _row: 0, raising=False)
    result = import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(_rows())))
    assert (result.added, result.people_added) == (30, 15)
    assert len(_recorded(db)) == 30


def test_a_person_met_again_in_a_later_part_is_one_person(
    db, tmp_path, two_day_training, small_parts
):
    rows = _rows()
    newcomer = ("T1", "Новая Участница", "female", "НГО", 1999, "present")
    rows.insert(0, (*newcomer, "2025-03-03"))  # row 2, the first part
    rows.insert(11, (*newcomer, "2025-03-04"))  # row 13, the third part
    result = import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(rows)))
    assert (result.added, result.people_added) == (32, 16)
    assert scalar(db, "SELECT count(*) FROM participant WHERE full_name = 'Новая Участница'") == 1
    assert ("T1", "Новая Участница", 1999, "2025-03-04", "present") in _recorded(db)
    assert len(_recorded(db)) == 32


def test_a_recorded_row_met_in_a_late_part_is_updated(db, tmp_path, two_day_training, small_parts):
    first = [("T1", PEOPLE[0], "female", "МВД", 1980, "present", "2025-03-03")]
    import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(first)))
    rows = [r for r in _rows() if (r[1], r[6]) != (PEOPLE[0], "2025-03-03")]
    rows.append(("T1", PEOPLE[0], "female", "МВД", 1980, "late", "2025-03-03"))  # the last part
    result = import_file(db, "attendance", write(tmp_path / "b.csv", make_attendance_rows(rows)))
    assert (result.added, result.updated, result.unchanged, result.people_added) == (29, 1, 0, 14)
    assert ("T1", PEOPLE[0], 1980, "2025-03-03", "late") in _recorded(db)
    again = import_file(db, "attendance", write(tmp_path / "c.csv", make_attendance_rows(rows)))
    assert (again.added, again.updated, again.unchanged, again.people_added) == (0, 0, 30, 0)


def test_problems_in_late_parts_are_all_reported_in_row_order(
    db, tmp_path, two_day_training, small_parts
):
    rows = _rows()
    rows[22] = ("T9", *rows[22][1:])  # row 24
    rows[23] = (*rows[23][:5], "maybe", rows[23][6])  # row 25
    rows[28] = rows[3]  # row 30 repeats row 5
    before = snapshot(db)
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(rows)))
    assert [p.text() for p in refusal.value.problems] == [
        "row 24, column training_code: no training session with the code 'T9'",
        "row 25, column status: 'maybe' is not one of: present, late, excused, absent",
        "row 30, column full_name: the same person, training and day as row 5",
    ]
    assert snapshot(db) == before


def test_cancel_after_parts_were_written_leaves_nothing(
    db, tmp_path, two_day_training, small_parts
):
    ticks = []

    def progress(done, total):
        ticks.append(done)
        return done > total * 3 // 4 + 5  # after most parts of the rows are written

    before = snapshot(db)
    with pytest.raises(ImportCancelled):
        path = write(tmp_path / "a.csv", make_attendance_rows(_rows()))
        import_file(db, "attendance", path, progress=progress)
    assert ticks[-1] < 30  # cancelled before the end
    assert snapshot(db) == before
