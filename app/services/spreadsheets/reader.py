"""Read a spreadsheet into a Table, whatever its format: CSV (csv_reader) or a workbook
(.xlsx/.xls/.ods, workbook_reader). The importers see only the Table. The file must be a
regular file within Limits, checked before it is read."""

from __future__ import annotations

from pathlib import Path

from app.errors import os_reason
from app.services.spreadsheets import limits as _limits
from app.services.spreadsheets.csv_reader import NotUtf8, read_csv, read_csv_parts
from app.services.spreadsheets.limits import SpreadsheetError, checked_size, too_big
from app.services.spreadsheets.table import (
    FORMULA_PREFIXES,
    Table,
    TableParts,
    normalise_header,
    unescape_text,
)
from app.services.spreadsheets.workbook_reader import read_workbook, workbook_format

__all__ = [
    "FORMULA_PREFIXES",
    "NotUtf8",
    "SpreadsheetError",
    "Table",
    "TableParts",
    "normalise_header",
    "read_table",
    "unescape_text",
]


def read_table(path: str | Path) -> Table:
    """Read a spreadsheet; raises SpreadsheetError naming the file when it cannot."""
    return _read(Path(path), None).head


def read_in_parts(path: str | Path, size: int, utf8: bool = True) -> TableParts:
    """A spreadsheet's rows `size` at a time as they are read (a CSV); a workbook is read
    whole, as one part. Raises SpreadsheetError naming the file when it cannot (as the parts
    are taken, for what is found there); NotUtf8 when a CSV read as UTF-8 (`utf8`) turns out
    not to be, after its first rows: undo what was done with them and read it with
    utf8=False (in its Cyrillic code page)."""
    return _read(Path(path), size, utf8)


def _read(path: Path, part_rows: int | None, utf8: bool = True) -> TableParts:
    """The table whole (`part_rows` None: as `head`), or in parts."""
    limits = _limits.current()
    size = checked_size(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        raise SpreadsheetError(
            "{file}: cannot be read ({why})", file=path, why=os_reason(exc)
        ) from exc
    if not head.strip():
        raise SpreadsheetError("{file}: the file is empty", file=path.name)
    kind = workbook_format(path, head)
    if kind is not None:
        if size > limits.workbook_bytes:
            raise too_big(path, size, limits.workbook_bytes)
        table = read_workbook(path, kind, limits)
        return TableParts(table, [] if part_rows is None else [table], len(table))
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise SpreadsheetError("{file}: not a readable .xlsx workbook", file=path.name)
    if size > limits.csv_bytes:
        raise too_big(path, size, limits.csv_bytes)
    if part_rows is None:
        table = read_csv(path, limits)
        return TableParts(table, [], len(table))
    return read_csv_parts(path, limits, part_rows, utf8)
