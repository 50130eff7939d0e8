"""Read the first sheet of a workbook (.xlsx, and the .xls and .ods that ministries also send)
with calamine, which reads the cells themselves and trusts no stored size declaration. Date
cells become dates (a date and time stays one), whole numbers become integers, text has the
export's formula guard taken off; an .xlsx is scanned first (xlsx_scan) for its extent and for
formula cells without a stored result."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from app.services.spreadsheets.limits import Limits, SpreadsheetError
from app.services.spreadsheets.table import Table, normalise_header, unescape_text
from app.services.spreadsheets.xlsx_scan import SheetScan, scan_xlsx

XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MIDNIGHT = datetime.min.time()
WHOLE = float(2**53)


def workbook_format(path: Path, head: bytes) -> str | None:
    """'xlsx', 'ods' or 'xls' when the file's first bytes say it is a workbook, else None."""
    if head.startswith(XLS_MAGIC):
        return "xls"
    if head.startswith(b"PK\x03\x04"):
        return "ods" if b"mimetypeapplication/vnd.oasis.opendocument" in head[:128] else "xlsx"
    return None


def read_workbook(path: Path, kind: str, limits: Limits) -> Table:
    from python_calamine import CalamineWorkbook

    scan = scan_xlsx(path, limits) if kind == "xlsx" else SheetScan()
    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            if not workbook.sheet_names:
                raise SpreadsheetError("{file}: the first sheet is empty", file=path.name)
            sheet = workbook.get_sheet_by_index(0)
            return _table(path, kind, sheet, scan, limits)
    except SpreadsheetError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine's errors, from a file it cannot read
        detail = str(exc).strip() or type(exc).__name__
        if kind == "xlsx":
            raise SpreadsheetError(
                "{file}: not a readable .xlsx workbook ({why})", file=path.name, why=detail
            ) from exc
        raise SpreadsheetError(
            "{file}: not a readable .xls or .ods workbook ({why})", file=path.name, why=detail
        ) from exc


def _table(path: Path, kind: str, sheet: Any, scan: SheetScan, limits: Limits) -> Table:
    start = sheet.start
    if start is None:
        raise SpreadsheetError("{file}: the first sheet is empty", file=path.name)
    first_row, first_column = start
    lead = [None] * first_column  # the sheet's empty columns before its first cell
    rows = iter(sheet.iter_rows())
    header = [*lead, *next(rows, [])]
    if not any(h not in (None, "") for h in header):
        raise SpreadsheetError("{file}: the first sheet is empty", file=path.name)
    table = Table(path, [normalise_header(h) for h in header], format=kind, limits=limits)
    errors = scan.errors
    width = len(header)
    add = table.add
    for number, cells in enumerate(rows, start=first_row + 2):
        values = [*lead, *map(_cell, cells)] if lead else list(map(_cell, cells))
        if errors:
            for column in range(len(values)):
                text = errors.get((number, column + 1))
                if text is not None:
                    values[column] = text
        if values.count(None) != len(values):  # blank rows are skipped
            add(number, values[:width] if len(values) > width else values)
    return table.done(check_lengths=True)


def _cell(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return (unescape_text(value) if value[:1] == "'" else value) if value else None
    if kind is float:
        return int(value) if value.is_integer() and -WHOLE < value < WHOLE else value
    if kind is datetime:
        return value.date() if value.time() == MIDNIGHT else value
    return value
