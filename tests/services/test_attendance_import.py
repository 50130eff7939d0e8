"""Attendance import, read a column at a time: every problem at once and in row order, people
and rows matched as product.md says, and the garbage collector back on afterwards."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from app.services.records import editing as records
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import ImportRefused
from tests.factories import make_attendance_rows
from tests.helpers import new_workbook, refused, write

HEAD = make_attendance_rows([])  # training_code,full_name,sex,organisation,birth_year,status,date


def test_every_attendance_problem_is_reported_at_once_in_row_order(db, tmp_path, two_day_training):
    text = HEAD + (
        "NOPE,Анна,female,,,present,\n"  # 2: unknown training
        "T1,Борис,m,,,present,2025-03-03\n"  # 3: sex
        "T1,Вера,female,,,present,2025-03-09\n"  # 4: not a day of T1
        "T1,Анна,female,МВД,1980,present,2025-03-03\n"  # 5: fine
        "T1,анна ,female,мвд,1980,absent,03.03.2025\n"  # 6: the same as row 5
        "T1,Гоша,male,,19x0,here,31.02.2025\n"  # 7: birth year, status and date
    )
    problems = refused(db, "attendance", write(tmp_path / "a.csv", text))
    assert [p.split(":")[0] for p in problems] == [
        "row 2, column training_code",
        "row 3, column sex",
        "row 4, column date",
        "row 6, column full_name",
        "row 7, column birth_year",
        "row 7, column status",
        "row 7, column date",
    ]
    assert "the same person, training and day as row 5" in problems[3]


def test_rows_added_updated_and_unchanged_beside_recorded_attendance(
    db, tmp_path, two_day_training
):
    first = make_attendance_rows([("T1", "Анна", "female", "МВД", 1980, "present", "2025-03-03")])
    assert import_file(db, "attendance", write(tmp_path / "a.csv", first)).added == 1
    second = HEAD + (
        "T1,Анна,female,МВД,1980,present,2025-03-03\n"  # unchanged
        "T1,АННА,female,МВД,1980,late,2025-03-04\n"  # added, the same person
        "T1,Борис,male,,,absent,\n"  # added: both days, a new person
    )
    result = import_file(db, "attendance", write(tmp_path / "b.csv", second))
    assert (result.added, result.updated, result.unchanged) == (3, 0, 1)
    assert result.people_added == 1
    third = make_attendance_rows([("T1", "Борис", "male", None, None, "present", "2025-03-04")])
    result = import_file(db, "attendance", write(tmp_path / "c.csv", third))
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    assert records.count_records(db, "participants") == 2


def test_short_rows_and_number_cells_of_a_workbook(db, tmp_path, two_day_training):
    workbook, sheet = new_workbook()
    sheet.append(HEAD.strip().split(","))
    sheet.append(["T1", "Анна", "female", "МВД", 1980, "present", "2025-03-03"])
    sheet.append(["T1", "Анна", "female", "МВД", "1980", "present", "2025-03-04"])
    sheet.append(["T1", "Борис", "male"])  # status missing: required
    workbook.save(tmp_path / "a.xlsx")
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, "attendance", tmp_path / "a.xlsx")
    assert [p.text().split(":")[0] for p in refusal.value.problems] == ["row 4, column status"]
    sheet.delete_rows(4)
    workbook.save(tmp_path / "a.xlsx")
    result = import_file(db, "attendance", tmp_path / "a.xlsx")
    assert (result.added, result.people_added) == (2, 1)  # 1980 and "1980": the same person
    short = HEAD.replace(",date", "") + "T1,Вера,female,,,present\nT1,Гоша,male\n"
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, "attendance", write(tmp_path / "s.csv", short))
    assert [p.text().split(":")[0] for p in refusal.value.problems] == ["row 3, column status"]


@pytest.mark.parametrize("part", [None, 1])
def test_a_workbook_column_mixing_true_and_1_names_each_cell(
    db, tmp_path, monkeypatch, two_day_training, part
):
    """True and 1 are equal as keys: each is still cleaned as the cell it is, read at once or a
    row at a time (True in one part, 1 in the next); a column holding text before numbers
    converts each of them as itself."""
    from app.services.spreadsheets import workbook_reader
    from app.services.spreadsheets.reader import read_table

    if part is not None:
        monkeypatch.setattr(workbook_reader, "PART", part)
    workbook, sheet = new_workbook()
    sheet.append(HEAD.strip().split(","))
    sheet.append(["T1", "Анна", "female", "МВД", "1980", "present", "2025-03-03"])
    sheet.append(["T1", "Вера", "female", "МВД", True, "present", "2025-03-03"])
    sheet.append(["T1", "Анна", "female", "МВД", 1, "present", "2025-03-04"])
    sheet.append(["T1", "Гоша", "male", "МВД", 1981.0, "present", "2025-03-04"])
    sheet.append(["T1", "Дина", "female", "МВД", False, "present", "2025-03-04"])
    workbook.save(tmp_path / "a.xlsx")
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, "attendance", tmp_path / "a.xlsx")
    assert [p.text() for p in refusal.value.problems] == [
        "row 3, column birth_year: must be a number",
        "row 4, column birth_year: must be at least 1900",
        "row 6, column birth_year: must be a number",
    ]
    table = read_table(tmp_path / "a.xlsx")
    years = table.columns[table.headers.index("birth_year")]
    assert [(type(y), y) for y in years] == [
        (str, "1980"),
        (bool, True),
        (int, 1),
        (int, 1981),
        (bool, False),
    ]


def test_the_garbage_collector_is_back_on_after_an_import(db, tmp_path, two_day_training):
    anna = ("T1", "Анна", "female", None, None, "present")
    good = write(tmp_path / "a.csv", make_attendance_rows([(*anna, None)]))
    bad = write(tmp_path / "b.csv", make_attendance_rows([(*anna, "1999-01-01")]))
    import_file(db, "attendance", good)
    assert gc.isenabled()
    with pytest.raises(ImportRefused):
        import_file(db, "attendance", bad)
    assert gc.isenabled()


def test_progress_is_reported_and_cancel_changes_nothing(db, tmp_path, two_day_training):
    from app.services.spreadsheets.rules import ImportCancelled
    from tests.helpers import snapshot

    rows = [("T1", f"Person {n}", "female", None, None, "present", None) for n in range(50)]
    path = write(tmp_path / "a.csv", make_attendance_rows(rows))
    before = snapshot(db)
    with pytest.raises(ImportCancelled):
        import_file(db, "attendance", path, progress=lambda done, total: done >= total // 2)
    assert snapshot(db) == before
    with pytest.raises(ImportCancelled):  # after the rows are written, before the commit
        import_file(db, "attendance", path, progress=lambda done, total: done > total * 3 // 4)
    assert snapshot(db) == before
    seen = []
    result = import_file(db, "attendance", path, progress=lambda *step: seen.append(step))
    assert result.added == 100 and seen[-1] == (50, 50)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


def test_the_import_leaves_no_dangling_reference_and_other_writes_still_check(
    db, tmp_path, two_day_training
):
    from sqlalchemy import insert, text
    from sqlalchemy.exc import IntegrityError

    from app.models import Attendance

    import_file(db, "attendance", write(tmp_path / "a.csv", HEAD + "T1,Анна,female,,,present,\n"))
    dangling = (
        "SELECT count(*) FROM attendance a LEFT JOIN participant p ON p.id = a.participant_id "
        "LEFT JOIN training_session t ON t.id = a.training_id WHERE p.id IS NULL OR t.id IS NULL"
    )
    with db.reading() as session:
        assert session.scalar(text(dangling)) == 0
        assert session.scalar(text("SELECT count(*) FROM attendance")) == 2  # both days
    row = {"training_id": 999, "participant_id": 999, "day": date(2025, 3, 3), "status": "late"}
    with pytest.raises(IntegrityError, match="(?i)FOREIGN KEY"), db.writing() as session:
        session.execute(insert(Attendance), [row])


def test_csv_encodings_are_found_as_the_file_is_read(db, tmp_path, two_day_training):
    from app.services.spreadsheets.reader import SpreadsheetError, read_table

    rows = "T1,'=Анна,female,МВД,,present,\n" * 2000 + "T1,Борис,male,МВД,,present,\n"
    cp1251 = tmp_path / "cp1251.csv"
    cp1251.write_bytes((HEAD + rows).encode("cp1251"))  # ASCII until the second line
    table = read_table(cp1251)
    assert table.encoding == "Windows-1251" and table.rows[-1][1][1] == "Борис"
    assert table.rows[0][1][1] == "=Анна"  # the export's formula guard is taken off
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\xef\xbb\xbf" + (HEAD + rows).encode("cp1251"))
    with pytest.raises(SpreadsheetError, match="broken.csv: the file says it is UTF-8"):
        read_table(broken)
    from tests.helpers import snapshot

    before = snapshot(db)  # the import refuses it the same way, changing nothing
    with pytest.raises(SpreadsheetError):
        import_file(db, "attendance", broken)
    assert snapshot(db) == before
