"""Issue 14, cases 3 and 4: workbooks whose stored size declaration lies, formula cells without a
stored result, cells reaching far beyond the table, and files too big or not files at all are
read right or refused with a message before they fill the memory, never half imported."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.services.records import editing as records
from app.services.spreadsheets import limits
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.limits import Limits, SpreadsheetError
from app.services.spreadsheets.reader import read_table
from tests.helpers import ROOT, new_workbook, snapshot, write

HEADER = ["title", "kind", "status", "focus_areas"]


def _laws(path: Path, count: int = 10) -> Path:
    workbook, sheet = new_workbook()
    sheet.append(HEADER)
    for n in range(count):
        sheet.append([f"Закон № {n}", "law", "draft", "demand"])
    workbook.save(path)
    return path


def _rewrite_sheet(path: Path, change) -> Path:
    """The workbook with its first sheet's XML changed by `change` (as another program, or an
    attacker, could have written it)."""
    changed = path.with_name("changed-" + path.name)
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(changed, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            new.writestr(item, data)
    return changed


def _declaring(size: bytes):
    return lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + size + b'"', xml)


def test_a_stale_size_declaration_does_not_drop_rows(db, tmp_path):
    stale = _rewrite_sheet(_laws(tmp_path / "laws.xlsx"), _declaring(b"A1:D2"))
    assert import_file(db, "legislation", stale).added == 10
    assert len(records.list_records(db, "legislation")) == 10


@pytest.mark.skipif(os.name != "posix", reason="address-space limit (resource)")
def test_a_sheet_declaring_every_cell_is_read_in_little_memory(tmp_path):
    huge = _rewrite_sheet(_laws(tmp_path / "laws.xlsx"), _declaring(b"A1:XFD1048576"))
    # in a process allowed 1.5 GB of address space: padding rows to the declared width took 2.8 GB
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))\n"
        "from app.services.spreadsheets.reader import read_table\n"
        "table = read_table(sys.argv[1])\n"
        "print(len(table), len(table.headers))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(huge)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["10", "4"]


def test_a_cell_far_beyond_the_table_is_refused_naming_it(db, tmp_path):
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _rewrite_sheet(
        _laws(tmp_path / "laws.xlsx"),
        lambda xml: xml.replace(b"</sheetData>", far + b"</sheetData>"),
    )
    before = snapshot(db)
    with pytest.raises(SpreadsheetError, match="reaches cell XFD1048576"):
        import_file(db, "legislation", path)
    assert snapshot(db) == before


@pytest.mark.skipif(os.name != "posix", reason="address-space limit (resource)")
def test_a_far_reference_behind_a_megabytes_long_attribute_is_found(tmp_path):
    """The pre-scan reads the sheet a megabyte at a time: a cell whose tag spans parts (a
    3 MB attribute before its far reference) ended the process in calamine, which asked for
    512 GB; an element longer than 8 MB is refused unread."""

    def far(padding: int):
        cell = (
            b'<c foo="' + b"x" * padding + b'" r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
        )
        return lambda xml: xml.replace(
            b"</sheetData>", b'<row r="99">' + cell + b"</row></sheetData>"
        )

    laws = _laws(tmp_path / "laws.xlsx")
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2048 << 20, 2048 << 20))\n"
        "from app.errors import GpastError\n"
        "from app.services.spreadsheets.reader import read_table\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        read_table(path)\n"
        "    except GpastError as exc:\n"
        "        print(exc)\n"
    )
    paths = []
    for padding in (3 << 20, 9 << 20):
        paths.append(str(_rewrite_sheet(laws, far(padding)).rename(tmp_path / f"{padding}.xlsx")))
    done = subprocess.run(
        [sys.executable, "-c", script, *paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = done.stdout.splitlines()
    assert "reaches cell XFD1048576" in first
    assert "an element of the first sheet is longer than 8 MB" in second


def test_a_cell_referring_below_its_row_counts_too(tmp_path):
    low = b'<row r="3"><c r="B900000" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _rewrite_sheet(
        _laws(tmp_path / "laws.xlsx", 1),
        lambda xml: xml.replace(b"</sheetData>", low + b"</sheetData>"),
    )
    limits.LIMITS = Limits(cells=1_000_000)
    try:
        with pytest.raises(SpreadsheetError, match="reaches cell Z900000"):
            read_table(path)
    finally:
        limits.LIMITS = Limits()


def test_a_cell_below_the_last_row_with_as_many_digits_counts_too(tmp_path):
    """The quick pass lets a reference with no more digits than the last row's through: where
    such a cell could reach past the limit, the cells are read again, exactly."""
    low = b'<c r="B99" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    path = _rewrite_sheet(
        _laws(tmp_path / "laws.xlsx", 30),  # rows 1 to 31
        lambda xml: xml.replace(b"</row></sheetData>", low, 1),
    )
    limits.LIMITS = Limits(cells=26 * 98)
    try:
        with pytest.raises(SpreadsheetError, match="reaches cell Z99"):
            read_table(path)
        limits.LIMITS = Limits(cells=26 * 99)
        table = read_table(path)  # within the limit: read, the blank rows between skipped
        assert (len(table), table.numbers[-1], table.columns[1][-1]) == (31, 99, "x")
    finally:
        limits.LIMITS = Limits()


def test_a_sheet_declaring_an_unknown_encoding_is_read_as_the_reader_reads_it(tmp_path):
    """Found by the fuzzing: the pass over the cells of a sheet with an error cell raised
    LookupError (a traceback, not a message) for an XML declaration naming an unknown
    encoding; the reader (calamine) reads such a sheet, so it is read."""

    def change(xml: bytes) -> bytes:
        xml = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
        error = b'<c r="E2" t="e"><v>#N/A</v></c></row>'
        return b'<?xml version="1.0" encoding="UTq-8"?>' + xml.replace(b"</row>", error, 2)

    path = _rewrite_sheet(_laws(tmp_path / "laws.xlsx"), change)
    assert len(read_table(path)) == 10


def test_a_formula_without_a_stored_result_is_refused_naming_its_cell(db, tmp_path):
    workbook, sheet = new_workbook()
    sheet.append(HEADER)
    sheet.append(["Закон", "law", "draft", "demand"])
    sheet.append(['=A2&" 2"', "law", "draft", "demand"])  # openpyxl stores no result
    workbook.save(tmp_path / "formula.xlsx")
    before = snapshot(db)
    with pytest.raises(SpreadsheetError, match="cell A3 holds a formula without a stored result"):
        import_file(db, "legislation", tmp_path / "formula.xlsx")
    assert snapshot(db) == before


@pytest.mark.parametrize("first_cell", ["A3", "C3"])
def test_a_header_typed_below_row_1_is_named_as_such(db, tmp_path, first_cell):
    """A ministry's sheet with its column names lower down is told where they go (it was
    refused as "the first sheet is empty")."""
    workbook, sheet = new_workbook()
    for offset, name in enumerate(HEADER):
        sheet.cell(row=3, column=ord(first_cell[0]) - ord("A") + 1 + offset, value=name)
    sheet.cell(row=4, column=ord(first_cell[0]) - ord("A") + 1, value="Закон")
    workbook.save(tmp_path / "lower.xlsx")
    before = snapshot(db)
    with pytest.raises(SpreadsheetError, match="row 1 of the first sheet is empty") as refused:
        import_file(db, "legislation", tmp_path / "lower.xlsx")
    assert "empty; the column names (the header) must be in row 1" in str(refused.value)
    assert snapshot(db) == before


def test_a_formula_with_its_stored_result_is_read_as_that_result(db, tmp_path):
    cell = '<c r="A2" t="str"><f>"Закон"&amp;" № 0"</f><v>Закон № 0</v></c>'.encode()
    path = _rewrite_sheet(
        _laws(tmp_path / "laws.xlsx", 1),
        lambda xml: re.sub(rb'<c r="A2"[^>]*>.*?</c>', cell, xml, count=1),
    )
    assert b"<f>" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert import_file(db, "legislation", path).added == 1
    assert records.list_records(db, "legislation")[0]["title"] == "Закон № 0"


def test_ods_workbooks_are_read(db, tmp_path):
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in [HEADER, ["Закон", "law", "draft", "demand"]]
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{cells}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    path = tmp_path / "laws.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    assert import_file(db, "legislation", path).added == 1
    assert records.list_records(db, "legislation")[0]["title"] == "Закон"


CSV = "title,kind,status,focus_areas\n" + "".join(f"Закон {n},law,draft,demand\n" for n in range(5))


@pytest.mark.parametrize(
    ("small", "expected"),
    [
        (Limits(csv_bytes=100), r"the file is 0.0 MB; files over 0.0 MB are not read"),
        (Limits(rows=3), "more than 3 rows; split the file"),
        (Limits(cell_chars=6), "row 2, column 1: a cell is longer than 6 characters"),
        (Limits(line_chars=20), "line 1 is longer than 20 characters"),
    ],
)
def test_csv_limits_refuse_the_file_with_a_message(db, tmp_path, small, expected):
    path = tmp_path / "laws.csv"
    path.write_text(CSV, encoding="utf-8")
    assert len(read_table(path)) == 5
    before = snapshot(db)
    limits.LIMITS = small
    try:
        with pytest.raises(SpreadsheetError, match=re.escape(expected)):
            import_file(db, "legislation", path)
    finally:
        limits.LIMITS = Limits()
    assert snapshot(db) == before


def test_a_workbook_over_the_size_limit_is_refused_before_reading(db, tmp_path):
    path = _laws(tmp_path / "laws.xlsx")
    limits.LIMITS = Limits(workbook_bytes=1000)
    try:
        with pytest.raises(SpreadsheetError, match="files over 0.0 MB are not read"):
            import_file(db, "legislation", path)
    finally:
        limits.LIMITS = Limits()


def test_a_sheet_inflating_beyond_the_limit_is_refused(tmp_path):
    path = _laws(tmp_path / "laws.xlsx", 2000)
    limits.LIMITS = Limits(sheet_bytes=50_000)
    try:
        with pytest.raises(SpreadsheetError, match="inflates to more than"):
            read_table(path)
    finally:
        limits.LIMITS = Limits()


@pytest.mark.skipif(os.name != "posix", reason="/dev/zero and FIFOs")
def test_devices_and_pipes_are_refused_without_reading(db, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # opening it would wait for a writer for ever
    for path in (Path("/dev/zero"), fifo):
        with pytest.raises(SpreadsheetError, match="not a regular file"):
            import_file(db, "legislation", path)
    with pytest.raises(SpreadsheetError, match="Is a directory"):
        import_file(db, "legislation", tmp_path)


def test_a_csv_keeps_each_distinct_text_of_a_column_once(tmp_path):
    """Memory grows with the distinct people and sessions, not with the rows: a repeated cell
    is one object however many rows repeat it."""
    path = tmp_path / "attendance.csv"
    rows = "".join(
        f"TR-1,Иван Петров,{1980 + n % 2},МВД,present,2025-01-0{1 + n % 3}\n" for n in range(60)
    )
    path.write_text(
        "training_code,full_name,birth_year,organisation,status,date\n" + rows, encoding="utf-8"
    )
    table = read_table(path)
    assert len(table) == 60
    for column in table.columns:
        assert len({id(cell) for cell in column}) == len(set(column)) <= 3


def test_a_workbook_over_the_row_limit_is_refused(db, tmp_path):
    path = _laws(tmp_path / "laws.xlsx", 6)
    before = snapshot(db)
    limits.LIMITS = Limits(rows=5)
    try:
        with pytest.raises(SpreadsheetError, match="more than 5 rows"):
            import_file(db, "legislation", path)
    finally:
        limits.LIMITS = Limits()
    assert snapshot(db) == before


def test_a_workbook_cell_over_the_length_limit_is_refused_naming_it(tmp_path):
    path = _laws(tmp_path / "laws.xlsx", 3)
    limits.LIMITS = Limits(cell_chars=len("adopted"))
    try:
        with pytest.raises(SpreadsheetError, match="row 2, column 1: a cell is longer than 7"):
            read_table(path)
    finally:
        limits.LIMITS = Limits()


def test_a_1_gb_csv_is_refused_before_it_is_read(db, tmp_path):
    """Over Limits.csv_bytes, the size alone refuses it: the file (a sparse gigabyte of NUL
    bytes, which reading would refuse with another message) is not read."""
    path = tmp_path / "attendance.csv"
    with path.open("wb") as fh:
        fh.truncate(1 << 30)
    before = snapshot(db)
    with pytest.raises(SpreadsheetError) as refusal:
        import_file(db, "attendance", path)
    assert str(refusal.value) == (
        "attendance.csv: the file is 1024.0 MB; files over 512.0 MB are not read"
    )
    assert snapshot(db) == before


def test_a_csv_read_in_parts_skips_blank_rows_and_checks_every_part(tmp_path, monkeypatch):
    """A CSV's rows are checked a part at a time: blank and whitespace-only rows are skipped
    with their numbers wherever they fall, the export's formula guard is taken off, and a cell
    over the length limit in a later part is refused naming its row."""
    from app.services.spreadsheets import csv_reader

    monkeypatch.setattr(csv_reader, "PART", 3)
    lines = ["code,title", "T1,x", " , ", "T2,'=y", "", "T3,'+z", "\t,", "T4,w", "T5,v"]
    path = write(tmp_path / "parts.csv", "\n".join(lines) + "\n")
    table = read_table(path)
    assert list(table.numbers) == [2, 4, 6, 8, 9]
    assert table.columns == [["T1", "T2", "T3", "T4", "T5"], ["x", "=y", "+z", "w", "v"]]
    limits.LIMITS = Limits(cell_chars=3)
    try:
        with pytest.raises(SpreadsheetError, match="row 9, column 2: a cell is longer than 3"):
            read_table(write(tmp_path / "long.csv", "\n".join([*lines[:-1], "T5,long"])))
    finally:
        limits.LIMITS = Limits()
