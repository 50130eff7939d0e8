"""Spreadsheets read as the import reads them for speed: a CSV's text in blocks of characters
(split into lines in C) and its rows a few at a time, each distinct text of a column looked at
once (a workbook's rows a few at a time: test_attendance_import.py); a new person's
details from the first row that names them; new people numbered after the largest id. Every
result is the one the plain reading gives."""

from __future__ import annotations

import csv
import io
import os
import random
import re

import pytest

from app.services.spreadsheets import csv_reader, limits
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.limits import Limits, SpreadsheetError
from app.services.spreadsheets.reader import read_table
from app.services.spreadsheets.table import unescape_text
from tests.factories import make_attendance_rows
from tests.helpers import new_workbook, write

HEAD = make_attendance_rows([])


def _expected(text: str) -> tuple[list[int], list[list]]:
    """What the rules say a CSV holds, from the csv module reading the whole text at once: the
    numbers of the rows not blank, and each header's column (short rows padded with None)."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    width = len(rows[0])
    numbers, kept = [], []
    for number, cells in enumerate(rows[1:], start=2):
        if "".join(cells).strip():
            numbers.append(number)
            kept.append([unescape_text(c) for c in cells[:width]] + [None] * (width - len(cells)))
    columns = [list(column) for column in zip(*kept, strict=True)]
    return numbers, columns if kept else [[] for _ in rows[0]]


def _random_csv(rng: random.Random) -> str:
    end = rng.choice(["\n", "\r\n", "\r"])
    cells = ["a", "", " ", "Анна", "'=1+1", "'", "x,y", 'say "hi"', "two\nlines", "\r\n", "\t"]
    lines = ["code,title,note"]
    for _ in range(rng.randrange(1, 40)):
        row = [rng.choice(cells) for _ in range(rng.choice([0, 1, 2, 3, 3, 3, 4]))]
        quoted = ['"' + c.replace('"', '""') + '"' if set(c) & set(',"\r\n') else c for c in row]
        lines.append(",".join(quoted))
    return end.join(lines) + rng.choice([end, ""])


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 1 << 18])
def test_a_csv_read_in_blocks_holds_what_the_whole_text_holds(tmp_path, monkeypatch, block):
    """Line ends LF, CRLF or CR (a CR at a block's end may be half of a CRLF), quoted cells
    holding delimiters and line breaks across blocks, blank and short rows, the formula guard:
    the same rows and cells as the csv module reading the whole text."""
    monkeypatch.setattr(csv_reader, "BLOCK", block)
    monkeypatch.setattr(csv_reader, "PART", 3)
    rng = random.Random(block)
    for case in range(60):
        text = _random_csv(rng)
        table = read_table(write(tmp_path / f"c{case}.csv", text))
        numbers, columns = _expected(text)
        assert (list(table.numbers), table.columns) == (numbers, columns), repr(text)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("block", [4, 19, 1 << 18])
def test_a_line_over_the_limit_is_named_by_its_line(tmp_path, monkeypatch, end, block):
    """The line's number counts the lines before it, a quoted cell's line breaks included."""
    monkeypatch.setattr(csv_reader, "BLOCK", block)
    lines = ["code,title", "T1,x", '"T2","two' + end + 'lines"', "T3," + "y" * 30, "T4,z"]
    path = write(tmp_path / "long.csv", end.join(lines) + end)
    limits.LIMITS = Limits(line_chars=20)
    try:
        with pytest.raises(SpreadsheetError, match="line 5 is longer than 20 characters"):
            read_table(path)
        first = write(tmp_path / "first.csv", "code," + "t" * 40 + end + "T1,x" + end)
        with pytest.raises(SpreadsheetError, match="line 1 is longer than 20 characters"):
            read_table(first)
        last = write(tmp_path / "last.csv", "code,title" + end + "T1," + "x" * 40)
        with pytest.raises(SpreadsheetError, match="line 2 is longer than 20 characters"):
            read_table(last)
    finally:
        limits.LIMITS = Limits()
    assert read_table(path).columns[1][2] == "y" * 30


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_first_long_cell_is_named_by_row_then_column(tmp_path, suffix):
    """A cell over the length limit in column 2 of row 2 comes before one in column 1 of
    row 3, whichever column is looked at first."""
    rows = [["code", "title"], ["T1", "long"], ["long", "x"]]
    if suffix == "csv":
        path = write(tmp_path / "a.csv", "".join(",".join(r) + "\n" for r in rows))
    else:
        workbook, sheet = new_workbook()
        for row in rows:
            sheet.append(row)
        path = tmp_path / "a.xlsx"
        workbook.save(path)
    limits.LIMITS = Limits(cell_chars=3)
    try:
        with pytest.raises(SpreadsheetError, match=re.escape("row 2, column 2: a cell is longer")):
            read_table(path)
    finally:
        limits.LIMITS = Limits()


def test_a_csv_keeps_each_columns_distinct_texts_for_the_importer(tmp_path):
    """What the attendance import cleans: exactly the texts each column holds (None for a short
    row), the formula guard taken off."""
    text = "code,title,note\nT1,'=x\nT1,'-y,n\nT2,'=x,'\n"
    table = read_table(write(tmp_path / "a.csv", text))
    assert table.columns == [["T1", "T1", "T2"], ["=x", "-y", "=x"], [None, "n", "'"]]
    for j, column in enumerate(table.columns):
        known = table.distinct(j)
        assert known is None or set(known) == set(column)


def _people(db) -> dict[str, tuple]:
    from sqlalchemy import text

    with db.reading() as session:
        rows = session.execute(text("SELECT id, full_name, sex, organisation FROM participant"))
        return {name: (pid, sex, org) for pid, name, sex, org in rows}


def test_a_new_persons_details_come_from_the_first_row_naming_them(db, tmp_path, two_day_training):
    """The same person spelt another way later (case, spaces) is one person, with the details
    of the first row; each attendance row points to its own person, numbered after the largest
    id there is (on SQLite: the person with the largest deleted first)."""
    before = make_attendance_rows(
        [("T1", name, "male", "Суд", None, "present", "2025-03-03") for name in "АБВ"]
    )
    import_file(db, "attendance", write(tmp_path / "before.csv", before))
    from app.services.records import editing as records

    ids = {name: pid for name, (pid, _sex, _org) in _people(db).items()}
    records.delete(db, "participants", ids["В"])
    rows = [
        ("T1", "Ольга Сидорова", "female", "НГО", 1990, "present", "2025-03-03"),
        ("T1", "Иван  Петров", "male", "МВД", 1985, "late", "2025-03-03"),
        ("T1", "ОЛЬГА  сидорова", "not stated", "нго", 1990, "present", "2025-03-04"),
        ("T1", "А", "female", "Суд", None, "late", "2025-03-04"),
        ("T1", "иван петров", "not stated", "мвд", 1985, "absent", "2025-03-04"),
    ]
    result = import_file(db, "attendance", write(tmp_path / "a.csv", make_attendance_rows(rows)))
    assert (result.added, result.people_added) == (5, 2)
    people = _people(db)
    assert people["Ольга Сидорова"][1:] == ("female", "НГО")
    assert people["Иван Петров"][1:] == ("male", "МВД")
    new = [people["Ольга Сидорова"][0], people["Иван Петров"][0]]
    assert new == sorted(new) and new[0] > max(ids["А"], ids["Б"])  # in the order first met
    if os.environ.get("GPAST_TEST_BACKEND", "sqlite") == "sqlite":
        assert new == [3, 4]  # after 2, the largest left (a server's sequence goes on)
    from sqlalchemy import text

    with db.reading() as session:
        recorded = set(
            session.execute(
                text(
                    "SELECT p.full_name, a.day, a.status FROM attendance a "
                    "JOIN participant p ON p.id = a.participant_id WHERE a.day >= '2025-03-03'"
                )
            )
        )
    assert {(n, str(d), s) for n, d, s in recorded} >= {
        ("Ольга Сидорова", "2025-03-03", "present"),
        ("Иван Петров", "2025-03-03", "late"),
        ("Ольга Сидорова", "2025-03-04", "present"),
        ("А", "2025-03-04", "late"),
        ("Иван Петров", "2025-03-04", "absent"),
    }
