"""Read a .csv or .xlsx file into a header and rows, as product.md's templates say.

CSV: UTF-8 with or without BOM, else a Cyrillic code page (Windows-1251 from Russian Excel);
`,` `;` or tab delimiters detected. XLSX: the first sheet; real date cells become dates.
Row numbers are the spreadsheet's own: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from app.errors import GpastError, os_reason

CYRILLIC_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# The export's formula guard: ' then = + - @ tab or CR. A file in which it appears nowhere
# (almost every file) skips the per-cell check; the search is one pass over the file's bytes.
_GUARD = re.compile(rb"'[=+\-@\t\r]")  # the same bytes in UTF-8 and in the code pages
BOM = b"\xef\xbb\xbf"


class SpreadsheetError(GpastError):
    """The file cannot be read as a spreadsheet at all."""


@dataclass
class Table:
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number, cells)
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only

    @property
    def format(self) -> str:
        return "xlsx" if self.encoding is None else "csv"


def normalise_header(text: Any) -> str:
    """'Focus areas *' → 'focus_areas'."""
    return "_".join(str(text or "").replace("*", " ").strip().lower().split())


def unescape_text(value: str) -> str:
    """Undo the export's formula guard: a `'` put before = + - @ tab or CR."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def decode_code_page(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file that is not UTF-8, read in the Cyrillic code page it is most
    likely in (Windows-1251 from Russian Excel), and that code page's name."""
    if data.startswith(BOM):
        raise SpreadsheetError(
            "{file}: the file says it is UTF-8 but is not; save it again as CSV UTF-8", file=name
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CYRILLIC_CODE_PAGES).best()
    if best is None:
        raise SpreadsheetError(
            "{file}: the text encoding cannot be recognised; save the file as CSV UTF-8", file=name
        )
    encoding = best.encoding
    return data.decode(encoding), {"cp1251": "Windows-1251"}.get(encoding, encoding)


def detect_delimiter(first_line: str) -> str:
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _parse(lines, delimiter: str, name: str) -> list[list[str]]:
    reader = csv.reader(lines, delimiter=delimiter)
    rows: list[list[str]] = []
    try:  # in parts: one long C call would hold the GIL, and freeze the window, throughout
        while part := list(islice(reader, 5000)):
            rows += part
    except csv.Error as exc:
        raise SpreadsheetError(
            "{file}: not a readable CSV file ({why})", file=name, why=exc
        ) from exc
    return rows


def read_csv(path: Path, data: bytes) -> Table:
    """UTF-8 (with or without BOM) is decoded as it is parsed, with no copy of the whole text;
    a file that turns out not to be UTF-8 is read again in its Cyrillic code page."""
    if b"\x00" in data[:4096]:
        raise SpreadsheetError("{file}: not a CSV or .xlsx spreadsheet", file=path.name)
    try:
        start = len(BOM) if data.startswith(BOM) else 0
        end = data.find(b"\n", start)
        delimiter = detect_delimiter(data[start : end if end >= 0 else None].decode("utf-8"))
        lines = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
        rows = _parse(lines, delimiter, path.name)
        encoding = "UTF-8 (BOM)" if start else "UTF-8"
    except UnicodeDecodeError:
        text, encoding = decode_code_page(data, path.name)
        delimiter = detect_delimiter(_first_line(text))
        rows = _parse(io.StringIO(text, newline=""), delimiter, path.name)
    if not rows:
        raise SpreadsheetError("{file}: the file is empty", file=path.name)
    table = Table(
        path, [normalise_header(h) for h in rows[0]], encoding=encoding, delimiter=delimiter
    )
    guarded = _GUARD.search(data) is not None  # else no cell needs unescape_text
    join = "".join
    append = table.rows.append
    for number, cells in enumerate(rows[1:], start=2):
        if join(cells).strip():  # blank and whitespace-only rows are skipped
            if guarded and any(c[:1] == "'" for c in cells):
                cells = [unescape_text(c) for c in cells]
            append((number, cells))
    return table


def read_xlsx(path: Path, data: bytes) -> Table:
    """The first sheet of a workbook, whatever the file is called. A file that cannot be read
    as one (a damaged or foreign zip: openpyxl then raises any of a dozen exception types) is
    refused with a message naming it."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - the file is not a workbook we can read
        raise _unreadable(path, exc) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or not any(h is not None for h in header):
            raise SpreadsheetError("{file}: the first sheet is empty", file=path.name)
        table = Table(path, [normalise_header(h) for h in header])
        for number, cells in enumerate(rows, start=2):
            values = [_cell(v) for v in cells]
            if any(v not in (None, "") for v in values):
                table.rows.append((number, values))
        return table
    except SpreadsheetError:
        raise
    except Exception as exc:  # noqa: BLE001 - a sheet that cannot be parsed
        raise _unreadable(path, exc) from exc
    finally:
        workbook.close()


def _unreadable(path: Path, exc: Exception) -> SpreadsheetError:
    detail = str(exc) or type(exc).__name__
    return SpreadsheetError(
        "{file}: not a readable .xlsx workbook ({why})", file=path.name, why=detail
    )


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, str):
        return unescape_text(value)
    return value


def read_table(path: str | Path) -> Table:
    """Read a spreadsheet; raises SpreadsheetError naming the file when it cannot."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(
            "{file}: cannot be read ({why})", file=path, why=os_reason(exc)
        ) from exc
    if not data or data.isspace():
        raise SpreadsheetError("{file}: the file is empty", file=path.name)
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(path, data)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise SpreadsheetError("{file}: not a readable .xlsx workbook", file=path.name)
    return read_csv(path, data)
