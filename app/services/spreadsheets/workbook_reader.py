"""Read the first sheet of a workbook (.xlsx, and the .xls and .ods that ministries also send)
with calamine, which reads the cells themselves and trusts no stored size declaration. Date
cells become dates (a date and time stays one), whole numbers become integers, text has the
export's formula guard taken off; an .xlsx is scanned first (xlsx_scan) for its extent and for
formula cells without a stored result."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from app.services.spreadsheets.limits import Limits, SpreadsheetError
from app.services.spreadsheets.table import Table, normalise_header, unescape_text
from app.services.spreadsheets.xlsx_parts import JoinedSheet, SheetPieces, Unsound, Wider
from app.services.spreadsheets.xlsx_scan import SheetScan, scan_xlsx

XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MIDNIGHT = datetime.min.time()
WHOLE = float(2**53)
PART = 300  # rows turned into columns at a time (few: they stay in the processor's cache)
NUMBERS = {bool, int, float}


def workbook_format(path: Path, head: bytes) -> str | None:
    """'xlsx', 'ods' or 'xls' when the file's first bytes say it is a workbook, else None."""
    if head.startswith(XLS_MAGIC):
        return "xls"
    if head.startswith(b"PK\x03\x04"):
        return "ods" if b"mimetypeapplication/vnd.oasis.opendocument" in head[:128] else "xlsx"
    return None


def read_workbook(path: Path, kind: str, limits: Limits) -> Table:
    from python_calamine import CalamineWorkbook

    scan = SheetScan()
    if kind == "xlsx":
        pieces = SheetPieces(CalamineWorkbook)  # a large sheet read in pieces on several cores
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            pieces.stop()  # calamine reads the file by its name's suffix: .xls as .xls…
        try:
            scan = scan_xlsx(path, limits, pieces)
        except BaseException:
            pieces.stop()
            raise
        joined = pieces.load()
        if joined is not None:
            table = _joined_table(path, joined, scan, limits)
            if table is not None:
                return table
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


def _joined_table(path: Path, joined: JoinedSheet, scan: SheetScan, limits: Limits) -> Table | None:
    """The table of a sheet read in pieces, or None when it is to be read whole."""
    try:
        try:
            return _table(path, "xlsx", joined, scan, limits)
        except Wider:  # made again, with the columns of every piece
            joined.widen()
            return _table(path, "xlsx", joined, scan, limits)
    except Unsound:
        return None
    except SpreadsheetError:
        if joined.sound():
            raise
        return None
    finally:
        joined.close()


def _table(path: Path, kind: str, sheet: Any, scan: SheetScan, limits: Limits) -> Table:
    start = sheet.start
    if start is None:
        raise SpreadsheetError("{file}: the first sheet is empty", file=path.name)
    _, first_column = start
    lead = [None] * first_column  # the sheet's empty columns before its first cell
    rows = iter(sheet.iter_rows())  # from the sheet's row 1 (its first column: `first_column`)
    header = [*lead, *next(rows, [])]
    if not any(h not in (None, "") for h in header):
        # the sheet has cells, but below row 1 (a header typed lower, or a title above it)
        raise SpreadsheetError(
            "{file}: row 1 of the first sheet is empty; the column names (the header) must be "
            "in row 1, the records below it",
            file=path.name,
        )
    table = Table(path, [normalise_header(h) for h in header], format=kind, limits=limits)
    columns = _Columns(len(header) - len(lead), len(lead), scan.errors)
    number = 2
    while part := list(islice(rows, PART)):
        numbers = range(number, number + len(part))
        number += len(part)
        table.add_columns(numbers, columns.convert(numbers, part))  # blank rows are skipped
    return table.done(check_lengths=True, texts=columns.texts())


class _Columns:
    """A workbook's rows turned into columns a part at a time, each distinct cell of a column
    converted once (an attendance sheet repeats its codes, days, statuses and names): the
    column is then made in C from the converted values, and each distinct text is kept once."""

    def __init__(self, width: int, lead: int, errors: dict[tuple[int, int], str]):
        self.width, self.lead = width, lead
        self.memos: list[_Memo] = [_Memo() for _ in range(width)]
        self.typed: list[dict[Any, Any]] = [{} for _ in range(width)]
        # the error cells (#N/A, ...) as their text, by row: {row: [(column, text)]}
        self.errors: dict[int, list[tuple[int, str]]] = {}
        for (row, column), text in errors.items():
            self.errors.setdefault(row, []).append((column, text))

    def convert(self, numbers: range, part: list[list[Any]]) -> list[list[Any]]:
        """The columns of the rows `part` (numbered `numbers`), the sheet's empty leading
        columns included."""
        width = self.width
        if set(map(len, part)) != {width}:  # each row of the header's width, as cut
            part = [[*row[:width], *[""] * (width - len(row))] for row in part]
        out: list[list[Any]] = [[None] * len(part) for _ in range(self.lead)]
        # zip(*part) stops at the shortest row: every row is of the header's width here
        for values, memo, typed in zip(zip(*part), self.memos, self.typed, strict=False):  # noqa: B905
            if not memo.numbers:  # a column without numbers so far: each cell looked up once
                converted = list(map(memo.__getitem__, values))
                if not memo.numbers:
                    out.append(converted)
                    continue
                memo.forget_numbers()  # met in this part: made again, the careful way
            if bool in set(map(type, values)):
                # True == 1 == 1.0 as keys, but not as cells: keyed by type as well (and
                # never kept in `memo`, whose keys are taken as equal cells)
                keyed = tuple(zip(map(type, values), values, strict=True))
                typed.update({key: _cell(key[1]) for key in set(keyed).difference(typed)})
                out.append(list(map(typed.__getitem__, keyed)))
            else:  # 1 and 1.0 are one key: both become the integer 1
                out.append(list(map(memo.__getitem__, values)))
        if len(out) < self.lead + width:  # rows that are all empty (not from calamine)
            out += [[None] * len(part) for _ in range(self.lead + width - len(out))]
        if self.errors:
            rows = self.errors
            if len(rows) > len(numbers):
                hits = [n for n in numbers if n in rows]
            else:
                hits = sorted(n for n in rows if n in numbers)
            for row in hits:
                for column, text in rows[row]:
                    if column <= len(out):
                        out[column - 1][row - numbers.start] = text
        return out

    def texts(self) -> list[Collection[Any]]:
        """Each column's distinct converted cells, and None and the error cells' texts (which
        a column may not have)."""
        extra = {None, *(text for cells in self.errors.values() for _column, text in cells)}
        lead: list[Collection[Any]] = [{None} for _ in range(self.lead)]
        pairs = zip(self.memos, self.typed, strict=True)
        return [*lead, *({*memo.values(), *typed.values(), *extra} for memo, typed in pairs)]


class _Memo(dict[Any, Any]):
    """A column's distinct cells → the cells converted, each converted as it is first met;
    `numbers` once a number (or a boolean) was among them."""

    numbers = False

    def __missing__(self, value: Any) -> Any:
        if type(value) in NUMBERS:
            self.numbers = True
        converted = self[value] = _cell(value)
        return converted

    def forget_numbers(self) -> None:
        for value in [v for v in self if type(v) in NUMBERS]:
            del self[value]


def _cell(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return (unescape_text(value) if value[:1] == "'" else value) if value else None
    if kind is float:
        return int(value) if value.is_integer() and -WHOLE < value < WHOLE else value
    if kind is datetime:
        return value.date() if value.time() == MIDNIGHT else value
    return value
