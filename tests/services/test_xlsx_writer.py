"""The .xlsx export writes every cell typed and every text as text: whatever a user typed comes
back from the workbook exactly, and Excel (read here by openpyxl) sees text, numbers and dates."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

from openpyxl import load_workbook

from app.services.spreadsheets.reader import read_table
from app.services.spreadsheets.xlsx_writer import write_xlsx

ODD_TEXT = [
    '=HYPERLINK("http://x","click")',
    "+7 700 000",
    "a & b < c > d",
    "  leading and trailing  ",
    "_x0041_ stays as typed",
    "строка\rс возвратом\nи переводом",
    "Ёлка",
]


def test_text_numbers_and_dates_come_back_exactly(tmp_path):
    row = [*ODD_TEXT, 1980, 2.5, True, date(2025, 1, 2), datetime(2025, 1, 2, 10, 30)]
    header = [f"c{n}" for n in range(len(row))]
    path = tmp_path / "odd.xlsx"
    assert write_xlsx(path, header, [row, ["", None, "x"]], "trainings") == 2
    table = read_table(path)
    assert table.headers == header
    assert table.rows[0] == (2, row)
    assert table.rows[1][1][:3] == [None, None, "x"]
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.title == "trainings"
    kinds = [cell.data_type for cell in sheet[2]]
    assert kinds[: len(ODD_TEXT)] == ["s"] * len(ODD_TEXT)  # never a formula ("f")
    assert kinds[len(ODD_TEXT) :] == ["n", "n", "b", "d", "d"]
    assert sheet.cell(1, 1).font.b  # the header is bold


def test_texts_beyond_the_shared_table_are_written_inline_and_read_back(tmp_path, monkeypatch):
    """Texts are shared (each distinct one stored once) until the table holds SHARED of them;
    later ones are inline strings: both read back exactly."""
    from app.services.spreadsheets import xlsx_writer

    monkeypatch.setattr(xlsx_writer, "SHARED", 3)
    rows = [[text, "Ёлка"] for text in ODD_TEXT]
    path = tmp_path / "many.xlsx"
    write_xlsx(path, ["a", "b"], rows, "attendance")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        shared = archive.read("xl/sharedStrings.xml").decode()
    assert shared.count("<si>") == 3  # the link, Ёлка and +7 700 000
    assert sheet.count('t="s"') == 10  # those three, Ёлка in every row and in the last twice
    assert sheet.count('t="inlineStr"') == 2 + 4  # the header, and the four texts after them
    assert [cells for _number, cells in read_table(path).rows] == rows
    read = load_workbook(path).active
    assert read is not None
    values = [[c.value for c in row] for row in read.iter_rows(min_row=2)]
    assert values[:4] == rows[:4]  # (openpyxl leaves an inline _x005F_ escape as it is)
