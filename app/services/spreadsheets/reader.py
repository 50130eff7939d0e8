"""Read a spreadsheet into a Table, whatever its format: CSV (csv_reader) or a workbook
(.xlsx/.xls/.ods, workbook_reader). The importers see only the Table. The file must be a
regular file within Limits, checked before it is read."""

from __future__ import annotations

from pathlib import Path

from app.errors import os_reason
from app.services.spreadsheets import limits as _limits
from app.services.spreadsheets.csv_reader import read_csv
from app.services.spreadsheets.limits import SpreadsheetError, checked_size, too_big
from app.services.spreadsheets.table import (
    FORMULA_PREFIXES,
    Table,
    normalise_header,
    unescape_text,
)
from app.services.spreadsheets.workbook_reader import read_workbook, workbook_format

__all__ = [
    "FORMULA_PREFIXES",
    "SpreadsheetError",
    "Table",
    "normalise_header",
    "read_table",
    "unescape_text",
]


def read_table(path: str | Path) -> Table:
    """Read a spreadsheet; raises SpreadsheetError naming the file when it cannot."""
    path = Path(path)
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
        return read_workbook(path, kind, limits)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise SpreadsheetError("{file}: not a readable .xlsx workbook", file=path.name)
    if size > limits.csv_bytes:
        raise too_big(path, size, limits.csv_bytes)
    return read_csv(path, limits)
