"""Whatever a workbook cell holds (a number, a date, a time, a boolean, an error text, a formula
result), an import either takes it or refuses the file with a message: never a traceback.
(A formula without a stored result refuses the whole file: test_hostile_spreadsheets.)"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.services.records import editing as records
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import IMPORT_KINDS, ImportRefused, columns
from tests.factories import add_training
from tests.helpers import new_workbook, snapshot

ODD_CELLS = [
    0,
    -1,
    3.5,
    10**20,
    True,
    date(2025, 3, 4),
    datetime(2025, 3, 4, 10, 30),
    time(10, 30),
    timedelta(days=2),
    "#DIV/0!",  # an error cell: its text, refused by the column's rules
    "Ё" * 3000,
]


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_odd_cells_in_every_column_are_refused_with_messages(db, tmp_path, kind):
    add_training(db, title="x")
    workbook, sheet = new_workbook()
    names = columns(kind)
    sheet.append(names)
    for value in ODD_CELLS:
        sheet.append([value] * len(names))
    path = tmp_path / f"{kind}.xlsx"
    workbook.save(path)
    before = snapshot(db)
    with pytest.raises(ImportRefused) as refusal:
        import_file(db, kind, path)
    assert snapshot(db) == before
    rows = {p.row for p in refusal.value.problems}
    assert rows <= set(range(2, len(ODD_CELLS) + 2)) and rows, refusal.value.problems


def test_a_number_or_date_in_a_list_column_is_one_item(db, tmp_path):
    workbook, sheet = new_workbook()
    sheet.append(["code", "title", "start_date", "focus_areas", "regions", "partners", "reach"])
    sheet.append(["C1", "Кампания", date(2025, 5, 1), "demand", 5, date(2025, 1, 2), 1200])
    workbook.save(tmp_path / "c.xlsx")
    assert import_file(db, "campaigns", tmp_path / "c.xlsx").added == 1
    campaign = records.list_records(db, "campaigns")[0]
    assert campaign["regions"] == ["5"] and campaign["partners"] == ["2025-01-02"]


def test_zips_that_are_not_workbooks_are_refused_by_name(db, tmp_path):
    import zipfile

    from app.services.spreadsheets.reader import SpreadsheetError, read_table

    plain = tmp_path / "photos.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("photo.txt", "not a sheet")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "<<<")
    for path in (plain, broken):
        with pytest.raises(SpreadsheetError, match=f"{path.name}: not a readable .xlsx workbook"):
            import_file(db, "trainings", path)
    renamed = tmp_path / "list.dat"  # a real workbook under another name is read
    workbook, sheet = new_workbook()
    sheet.append(["code", "title"])
    sheet.append(["T1", "Семинар"])
    workbook.save(renamed.with_suffix(".xlsx"))
    renamed.with_suffix(".xlsx").rename(renamed)
    assert read_table(renamed).rows == [(2, ["T1", "Семинар"])]


def test_workbook_cells_keep_their_types_across_the_parts_a_sheet_is_read_in(tmp_path, monkeypatch):
    """A workbook is turned into columns a few rows at a time, each distinct cell of a column
    converted once: True and 1 (equal as keys) stay a boolean and a number, a whole float is a
    whole number, a date at midnight a date, a formula-guarded text loses its quote; blank rows
    are skipped with their numbers, an error cell is its text, leading empty columns stay."""
    from app.services.spreadsheets import workbook_reader
    from app.services.spreadsheets.reader import read_table

    monkeypatch.setattr(workbook_reader, "PART", 2)
    workbook, sheet = new_workbook()
    sheet["B1"], sheet["C1"], sheet["D1"] = "code", "n", "when"
    cells = [
        ("a", True, datetime(2025, 1, 1)),
        ("b", 1, datetime(2025, 1, 1, 10, 5)),
        (None, None, None),
        ("'=x", 1.0, 3.5),
        ("Ж", 2.5, "t"),
        (None, None, None),
        ("Ж", False, 0),
        ("d", 0, "#DIV/0!"),
    ]
    for row, values in enumerate(cells, start=2):
        for column, value in enumerate(values, start=2):
            if value is not None:
                sheet.cell(row=row, column=column, value=value)
    workbook.save(tmp_path / "cells.xlsx")
    table = read_table(tmp_path / "cells.xlsx")
    assert table.headers == ["", "code", "n", "when"]
    assert list(table.numbers) == [2, 3, 5, 6, 8, 9]
    typed = [[(type(v).__name__, v) for v in column] for column in table.columns]
    assert typed[0] == [("NoneType", None)] * 6
    assert typed[1] == [("str", v) for v in ("a", "b", "=x", "Ж", "Ж", "d")]
    assert typed[2] == [
        ("bool", True),
        ("int", 1),
        ("int", 1),
        ("float", 2.5),
        ("bool", False),
        ("int", 0),
    ]
    assert typed[3] == [
        ("date", date(2025, 1, 1)),
        ("datetime", datetime(2025, 1, 1, 10, 5)),
        ("float", 3.5),
        ("str", "t"),
        ("int", 0),
        ("str", "#DIV/0!"),
    ]
    assert table.columns[1][3] is table.columns[1][4]  # a text kept once per column
