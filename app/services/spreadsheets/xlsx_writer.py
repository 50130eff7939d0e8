"""Write rows to an .xlsx workbook with XlsxWriter in constant-memory mode (each row is written
to disk as it comes: memory stays flat however many rows). Cells are typed: numbers, booleans,
dates (shown yyyy-mm-dd) and text; text is always written as text, so user text can never
become a formula, a link or a number."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any


def write_xlsx(path: Path, header: list[str], rows: Iterable[list[Any]], title: str) -> int:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_numbers": False, "strings_to_urls": False},
    )
    try:
        sheet = workbook.add_worksheet(title[:31])
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        for column, name in enumerate(header):
            sheet.write_string(0, column, name, bold)
        text, number, boolean, when = (
            sheet.write_string,
            sheet.write_number,
            sheet.write_boolean,
            sheet.write_datetime,
        )
        count = 0
        for count, row in enumerate(rows, start=1):  # noqa: B007 - the count is returned
            for column, value in enumerate(row):
                kind = type(value)
                if kind is str:
                    if value:
                        text(count, column, value)
                elif kind is int or kind is float:
                    number(count, column, value)
                elif kind is bool:
                    boolean(count, column, value)
                elif kind is date:
                    when(count, column, datetime(value.year, value.month, value.day), day)
                elif isinstance(value, datetime):
                    when(count, column, value.replace(tzinfo=None), moment)
                elif value is not None:
                    text(count, column, str(value))
    finally:
        workbook.close()
    return count
