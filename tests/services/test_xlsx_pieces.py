"""A large .xlsx sheet is read by calamine in pieces on several cores (xlsx_parts): the table is
the one the whole sheet gives, cell for cell, wherever the cuts fall. Here every sheet is cut,
however small, and the sheet is streamed in parts of a few bytes, so that rows straddle them."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest

from app.services.spreadsheets import workbook_reader, xlsx_parts, xlsx_scan
from app.services.spreadsheets.reader import read_table
from tests.helpers import new_workbook


@pytest.fixture
def cut(monkeypatch):
    """read(path, pieces) → (table, how many pieces it was read in: 0 when whole), after
    checking that it is the table the whole sheet gives."""
    monkeypatch.setattr(xlsx_parts, "SMALLEST", 0)
    monkeypatch.setattr(xlsx_parts, "cores", lambda: 4)
    monkeypatch.setattr(xlsx_scan, "PART", 97)
    used: list[int] = []
    joined_table = workbook_reader._joined_table

    def counted(path, joined, scan, limits):
        table = joined_table(path, joined, scan, limits)
        used.append(len(joined.futures) if table is not None else 0)
        return table

    monkeypatch.setattr(workbook_reader, "_joined_table", counted)

    def read(path, pieces=2):
        monkeypatch.setattr(xlsx_parts, "PIECES", 1)
        whole = read_table(path)
        monkeypatch.setattr(xlsx_parts, "PIECES", pieces)
        used.clear()
        table = read_table(path)
        used.append(0)  # read whole, when the pieces were not even tried
        assert (table.headers, list(table.numbers)) == (whole.headers, list(whole.numbers))
        assert typed(table) == typed(whole)
        return table, used[0]

    return read


def typed(table):
    return [[(type(v).__name__, v) for v in column] for column in table.columns]


def save(workbook, path):
    workbook.save(path)
    return path


def replace_sheet(path, edit):
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = "xl/worksheets/sheet1.xml"
    members[name] = edit(members[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


@pytest.mark.parametrize("pieces", [2, 3])
def test_rows_cut_anywhere_come_once_each_in_order(cut, tmp_path, pieces):
    workbook, sheet = new_workbook()
    sheet.append(["code", "n", "name"])
    for n in range(2, 42):
        sheet.append([f"c{n}", n, "Ж" * (n % 7)])
    table, used = cut(save(workbook, tmp_path / "rows.xlsx"), pieces)
    assert used == pieces
    assert table.headers == ["code", "n", "name"]
    assert list(table.numbers) == list(range(2, 42))
    assert table.columns[0] == [f"c{n}" for n in range(2, 42)]
    assert typed(table)[1] == [("int", n) for n in range(2, 42)]
    assert table.columns[2] == ["Ж" * (n % 7) or None for n in range(2, 42)]


@pytest.mark.parametrize(
    ("above", "below", "switch", "headers"),
    [
        ("ABC", "BCD", 12, ["code", "n", "x", ""]),  # the second piece starts in B, ends in D
        ("BC", "ABC", 30, ["", "code", "n"]),  # the second piece reaches left of the header
        ("ABC", "ABCD", 38, ["code", "n", "x", ""]),  # only its last rows reach column D
    ],
)
def test_pieces_of_other_columns_line_up(cut, tmp_path, above, below, switch, headers):
    workbook, sheet = new_workbook()
    for column, name in zip(above, ["code", "n", "x"], strict=False):
        sheet[f"{column}1"] = name
    for row in range(2, 41):
        for column in above if row < switch else below:
            sheet[f"{column}{row}"] = f"{column}{row}"
    table, used = cut(save(workbook, tmp_path / "columns.xlsx"))
    assert used == 2
    assert table.headers == headers
    first = "ABCD".index(min(above + below))
    letters = "ABCD"[first : first + len(headers)]
    for j, letter in enumerate(letters):
        expected = [
            f"{letter}{row}" if letter in (above if row < switch else below) else None
            for row in range(2, 41)
        ]
        assert table.columns[j] == expected


@pytest.mark.parametrize("epoch1904", [False, True])
def test_dates_and_texts_only_in_the_second_piece(cut, tmp_path, epoch1904):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook, sheet = new_workbook()
    if epoch1904:
        workbook.epoch = CALENDAR_MAC_1904
    sheet.append(["name", "when"])
    for n in range(2, 30):
        sheet.append(["same", n])
    sheet.append(["только здесь", date(2025, 3, 31)])
    sheet.append(["late", datetime(2024, 2, 29, 13, 45)])
    table, used = cut(save(workbook, tmp_path / "late.xlsx"))
    assert used == 2
    assert table.columns[0][-2:] == ["только здесь", "late"]
    assert typed(table)[1][-2:] == [
        ("date", date(2025, 3, 31)),
        ("datetime", datetime(2024, 2, 29, 13, 45)),
    ]


def test_one_data_row_and_blank_rows_at_the_cut(cut, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_scan, "PART", 1 << 20)  # the one boundary is before the middle
    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    sheet.append(["only", 1.0])
    table, used = cut(save(workbook, tmp_path / "one.xlsx"))
    assert used == 2
    assert (list(table.numbers), table.columns) == ([2], [["only"], [1]])

    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    for row in (2, 3, 4, 70, 71, 72, 73, 74):
        sheet[f"A{row}"], sheet[f"B{row}"] = f"r{row}", row
    table, used = cut(save(workbook, tmp_path / "gap.xlsx"), 3)
    assert used == 3
    assert list(table.numbers) == [2, 3, 4, 70, 71, 72, 73, 74]


def test_error_cells_and_stored_results_in_the_second_piece(cut, tmp_path):
    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    for n in range(2, 30):
        sheet.append([f"c{n}", n])
    path = save(workbook, tmp_path / "errors.xlsx")
    replace_sheet(
        path,
        lambda xml: xml.replace(
            b'<c r="B27" t="n"><v>27</v>', b'<c r="B27" t="e"><v>#N/A</v>'
        ).replace(b'<c r="B28" t="n"><v>28</v>', b'<c r="B28"><f>SUM(1,2)</f><v>3</v>'),
    )
    table, used = cut(path)
    assert used == 2
    assert table.columns[1][-3:] == ["#N/A", 3, 29]


@pytest.mark.parametrize(
    "edit",
    [
        lambda xml: xml.replace(b'<row r="25"', b"<row"),  # numbered by counting, after the cut
        lambda xml: xml.replace(b"</row>", b'</row><!-- </row><row r="2"> -->', 3),
        # the last row's cells said to be in row 2: the pieces overlap
        lambda xml: xml.replace(b'r="A29"', b'r="A2"').replace(b'r="B29"', b'r="B2"'),
    ],
)
def test_unusual_sheets_are_read_whole(cut, tmp_path, edit):
    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    for n in range(2, 30):
        sheet.append([f"c{n}", n])
    path = replace_sheet(save(workbook, tmp_path / "odd.xlsx"), edit)
    _table, used = cut(path)
    assert used == 0


@pytest.mark.parametrize("far_row", [3, 29])
def test_a_piece_reaching_far_is_never_read(cut, tmp_path, monkeypatch, far_row):
    """A piece is handed to calamine only once the cells scanned so far lie within the
    limit: one with a cell at XFD1048576 never is, wherever it is; the sheet is refused."""
    from app.services.spreadsheets.limits import SpreadsheetError

    handed: list[bytes] = []
    read_piece = xlsx_parts._read_piece

    def spied(calamine, workbook, rows, *rest):
        handed.append(b"".join(rows))
        return read_piece(calamine, workbook, rows, *rest)

    monkeypatch.setattr(xlsx_parts, "_read_piece", spied)
    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    for n in range(2, 30):
        sheet.append([f"c{n}", n])
    far = b'<c r="XFD1048576"><v>1</v></c></row>'
    path = replace_sheet(
        save(workbook, tmp_path / "far.xlsx"),
        lambda xml: xml.replace(b'<c r="B%d" t="n"><v>%d</v></c></row>' % (far_row, far_row), far),
    )
    monkeypatch.setattr(xlsx_parts, "PIECES", 3)
    with pytest.raises(SpreadsheetError, match="XFD1048576"):
        read_table(path)
    assert not any(b"XFD" in rows for rows in handed)
    assert handed if far_row == 29 else not handed  # the pieces above it were read


def test_a_workbook_named_otherwise_is_read_whole(cut, tmp_path):
    """calamine reads a file by its name's suffix (an .xlsx named .xls is refused as .xls):
    only an .xlsx or .xlsm is cut, so that every file meets the same reader as before."""
    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    for n in range(2, 30):
        sheet.append([f"c{n}", n])
    save(workbook, tmp_path / "named.xlsm")
    _table, used = cut(tmp_path / "named.xlsm")
    assert used == 2
    (tmp_path / "named.xlsm").rename(tmp_path / "named.bin")
    _table, used = cut(tmp_path / "named.bin")
    assert used == 0


def test_pieces_only_with_a_core_to_spare(monkeypatch):
    """With the other cores busy the pieces gain nothing and cost a little more: whole."""
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.7, 0.5, 0.5))
    assert xlsx_parts.cores() == 2
    monkeypatch.setattr(os, "getloadavg", lambda: (2.3, 0.5, 0.5))
    assert xlsx_parts.cores() == 1


@pytest.mark.parametrize(
    "edit",
    [
        # a cell said to be in row 99 (as many digits as the sheet's rows: the scan's quick
        # pass lets it by) inside a piece of rows 10 to 19 or so
        lambda xml: xml.replace(b'r="A15"', b'r="A99"'),
        # a row, and its cells, numbered 5 inside a later piece: out of order
        lambda xml: (
            xml.replace(b'<row r="14"', b'<row r="5"')
            .replace(b'r="A14"', b'r="A5"')
            .replace(b'r="B14"', b'r="B5"')
        ),
    ],
)
def test_a_piece_reaching_beyond_its_rows_is_dropped_as_soon_as_it_is_read(
    cut, tmp_path, monkeypatch, edit
):
    """Each piece may only take the memory of its own rows: one whose cells calamine lays out
    beyond them is dropped by the thread that read it, the pieces not yet read are not, and
    the sheet is read whole (the same table)."""
    outcomes: list[str] = []
    read_piece = xlsx_parts._read_piece

    def spied(*args):
        try:
            sheet = read_piece(*args)
        except xlsx_parts.Unsound:
            outcomes.append("dropped")
            raise
        outcomes.append("read")
        return sheet

    monkeypatch.setattr(xlsx_parts, "_read_piece", spied)
    workbook, sheet = new_workbook()
    sheet.append(["code", "n"])
    for n in range(2, 30):
        sheet.append([f"c{n}", n])
    path = replace_sheet(save(workbook, tmp_path / "reach.xlsx"), edit)
    _table, used = cut(path, pieces=3)
    assert used == 0
    assert "dropped" in outcomes
    assert len(outcomes) <= 3
