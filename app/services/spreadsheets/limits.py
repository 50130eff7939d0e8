"""How big a spreadsheet the program reads, checked before reading (the file's size, that it is
a regular file) and while reading (rows, a cell's length, a workbook's inflated sheet and its
extent), so that a careless or hostile file is refused with a message instead of filling the
memory or hanging. Tests replace LIMITS with small ones."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from app.errors import GpastError, os_reason


class SpreadsheetError(GpastError):
    """The file cannot be read as a spreadsheet at all."""


@dataclass(frozen=True)
class Limits:
    csv_bytes: int = 512 << 20  # 2,000,000 rows are about 270 MB; a 1 GB CSV is refused unread
    workbook_bytes: int = 256 << 20  # a workbook as stored (zipped)
    sheet_bytes: int = 4 << 30  # the first sheet's XML once inflated
    rows: int = 2_000_000
    cells: int = 40_000_000  # a workbook sheet's extent, rows × columns, as a reader allots it
    cell_chars: int = 32_767  # Excel's own limit for a cell
    line_chars: int = 1_000_000  # one line of a CSV file


LIMITS = Limits()


def current() -> Limits:
    return LIMITS


def checked_size(path: Path) -> int:
    """The size of `path`, which must be a regular file: a device (/dev/zero), a FIFO or a
    socket is refused without being opened (opening a FIFO would wait for a writer)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SpreadsheetError(
            "{file}: cannot be read ({why})", file=path, why=os_reason(exc)
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise SpreadsheetError(
            "{file}: cannot be read ({why})", file=path, why=os_reason(IsADirectoryError(21, ""))
        )
    if not stat.S_ISREG(info.st_mode):
        raise SpreadsheetError(
            "{file}: not a regular file (a device, pipe or socket); choose a spreadsheet file",
            file=path.name,
        )
    return info.st_size


def too_big(path: Path, size: int, limit: int) -> SpreadsheetError:
    return SpreadsheetError(
        "{file}: the file is {size} MB; files over {limit} MB are not read",
        file=path.name,
        size=round(size / 2**20, 1),
        limit=round(limit / 2**20, 1),
    )


def too_many_rows(path: Path, limit: int) -> SpreadsheetError:
    return SpreadsheetError(
        "{file}: more than {n} rows; split the file into smaller ones", file=path.name, n=limit
    )


def cell_too_long(path: Path, row: int, column: int, limit: int) -> SpreadsheetError:
    return SpreadsheetError(
        "{file}: row {row}, column {column}: a cell is longer than {n} characters",
        file=path.name,
        row=row,
        column=column,
        n=limit,
    )
