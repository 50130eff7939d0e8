"""The .xlsx export writes every cell typed and every text as text: whatever a user typed comes
back from the workbook exactly, and Excel (read here by openpyxl) sees text, numbers and dates."""

from __future__ import annotations

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
