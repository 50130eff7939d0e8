"""A pass over an .xlsx file's first sheet, as stored, before the workbook reader reads it.

The reader (calamine) trusts no size declaration, but it lays a sheet out as one block from its
first to its last cell: two cells at A1 and XFD1048576 would ask for half a terabyte and end the
process. So the sheet's XML is streamed once, in bounded parts, to find how far its cells reach
(refused beyond Limits.cells), how big it inflates (refused beyond Limits.sheet_bytes), which
formula cells have no stored result (refused, named: the reader would give them as empty) and
which cells hold an error such as #DIV/0! (given to the importer as that text)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from app.services.spreadsheets.limits import Limits, SpreadsheetError

if TYPE_CHECKING:
    from app.services.spreadsheets.xlsx_parts import SheetPieces

PART = 1 << 20
LONGEST = 8 << 20  # one element (a tag and its text); Excel's longest cell is 32,767 characters
_ROW = re.compile(rb'<row r="(\d{1,9})"')
_ANY_REF = re.compile(rb'<c\b[^>]*?\sr="([A-Z]{1,3})(\d{1,9})"')
_SHEET = re.compile(rb"<sheet\b[^>]*?\sr:id=\"([^\"]+)\"")
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass
class SheetScan:
    rows: int = 0  # the last row a cell is in
    columns: int = 0  # the last column a cell is in
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) → #N/A…
    reach: int = 0  # a row number no cell is beyond (when the quicker pass did not read them)


def column_number(letters: str | bytes) -> int:
    number = 0
    for ch in letters if isinstance(letters, str) else letters.decode():
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _above(limit: int) -> bytes:
    """A pattern for the decimal numbers greater than `limit` (no leading zeros)."""
    text = str(limit)
    parts = [rb"[1-9]\d{%d,}" % len(text)]
    for i, digit in enumerate(text):
        if digit != "9":
            rest = len(text) - i - 1
            parts.append(
                re.escape(text[:i].encode()) + b"[%d-9]" % (int(digit) + 1) + rb"\d{%d}" % rest
            )
    return b"(?:" + b"|".join(parts) + b")"


def first_sheet(archive: zipfile.ZipFile) -> str | None:
    """The stored name of the workbook's first sheet, or None when the file does not say."""
    try:
        workbook = archive.read("xl/workbook.xml")[: 4 << 20]
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, LookupError):  # LookupError: an unknown encoding
        return None
    match = _SHEET.search(workbook)
    if match is None:
        return None
    for rel in rels:
        if rel.get("Id") == match.group(1).decode():
            target = rel.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


def scan_xlsx(path: Path, limits: Limits, pieces: SheetPieces | None = None) -> SheetScan:
    """The first sheet's scan; `pieces`, when given, keeps its XML (see xlsx_parts)."""
    scan = SheetScan()
    try:
        with zipfile.ZipFile(path) as archive:
            name = first_sheet(archive)
            if name is None or name not in archive.namelist():
                return scan  # the reader says what is wrong
            if pieces is not None:
                pieces.begin(archive, name, limits.cells)
            with archive.open(name) as stream:
                odd = _scan_stream(stream, scan, path, limits, pieces=pieces)
            columns = max(scan.columns, 1)
            if scan.rows * columns <= limits.cells < scan.reach * columns:  # again, exactly
                scan = SheetScan()
                with archive.open(name) as stream:
                    odd = _scan_stream(stream, scan, path, limits, exact=True)
            if odd:
                with archive.open(name) as stream:
                    _scan_cells(stream, scan, path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError):
        if pieces is not None:
            pieces.stop()  # the sheet is read whole
        return scan  # the reader says what is wrong
    if scan.rows * max(scan.columns, 1) > limits.cells:
        raise SpreadsheetError(
            "{file}: the first sheet reaches cell {cell}, more than {n} cells; "
            "delete what is beyond the table, or split it",
            file=path.name,
            cell=f"{column_letters(max(scan.columns, 1))}{scan.rows}",
            n=limits.cells,
        )
    return scan


def _scan_stream(
    stream,
    scan: SheetScan,
    path: Path,
    limits: Limits,
    exact: bool = False,
    pieces: SheetPieces | None = None,
) -> bool:
    """The sheet's extent, in one streamed pass; True when it holds formulas or error cells.
    Each chunk is given to `pieces` too."""
    size = 0
    carry = b""
    odd = False
    for part in iter(lambda: stream.read(PART), b""):
        size += len(part)
        if size > limits.sheet_bytes:
            raise SpreadsheetError(
                "{file}: the first sheet inflates to more than {n} MB; it is not read",
                file=path.name,
                n=limits.sheet_bytes >> 20,
            )
        cut = part.rfind(b"<")
        if cut < 0:  # no element starts in this part: the one in `carry` goes on
            carry += part
            if len(carry) > LONGEST:  # read whole, its reference could lie anywhere in it
                raise SpreadsheetError(
                    "{file}: not a readable .xlsx workbook ({why})",
                    file=path.name,
                    why=f"an element of the first sheet is longer than {LONGEST >> 20} MB",
                )
            continue
        chunk, carry = carry + part[:cut], part[cut:]
        rows = scan.rows
        odd = _extent(chunk, scan, odd, exact)
        if pieces is not None:
            pieces.add(chunk, rows, scan)
    rows = scan.rows
    odd = _extent(carry, scan, odd, exact)
    if pieces is not None:
        pieces.add(carry, rows, scan)
    return odd


def _extent(chunk: bytes, scan: SheetScan, odd: bool, exact: bool) -> bool:
    """Reads the rows' numbers; the cells' references only where a cell may reach beyond them:
    exactly, a cell whose reference is not one letter and a row number up to the last row's;
    else (quicker), one not of one letter and at most as many digits as the last row's number
    (such cells may reach to `scan.reach`, the largest number of that many digits)."""
    rows = _ROW.findall(chunk)
    if rows:
        scan.rows = max(scan.rows, max(map(int, rows)))
    if b"<c" in chunk:
        scan.columns = max(scan.columns, 26)
    if exact:
        far = re.search(rb'<c(?! r="[A-Z](?!%s)\d)' % _above(scan.rows), chunk)
    else:
        digits = len(str(max(scan.rows, 1)))
        far = _plain(digits).search(chunk)
        if not far and b"<c" in chunk:
            scan.reach = max(scan.reach, 10**digits - 1)
    if far:
        _references(chunk, scan)
    return odd or b"<f" in chunk or b't="e"' in chunk


@cache
def _plain(digits: int) -> re.Pattern[bytes]:
    """A cell whose reference is not one letter and a row number of at most `digits` digits."""
    return re.compile(rb'<c(?! r="[A-Z][1-9]\d{0,%d}")' % (digits - 1))


def _references(chunk: bytes, scan: SheetScan) -> None:
    cells = chunk.count(b"<c ") + chunk.count(b"<c>")
    if chunk.count(b'<c r="') != cells:  # cells without a reference follow one another
        scan.columns = max(scan.columns, cells)
        scan.rows = max(scan.rows, chunk.count(b"<row"))
    for letters, digits in _ANY_REF.findall(chunk):
        scan.columns = max(scan.columns, column_number(letters))
        scan.rows = max(scan.rows, int(digits))


def _scan_cells(stream, scan: SheetScan, path: Path) -> None:
    """Formula cells without a stored result are refused, naming the first; error cells are
    kept as their text."""
    try:
        for _event, element in ElementTree.iterparse(stream):
            if element.tag != MAIN + "c":
                if element.tag == MAIN + "row":
                    element.clear()
                continue
            ref = element.get("r") or ""
            formula = element.find(MAIN + "f")
            value = element.find(MAIN + "v")
            if formula is not None and (value is None or not (value.text or "")):
                raise SpreadsheetError(
                    "{file}: cell {cell} holds a formula without a stored result; open the file "
                    "in Excel or LibreOffice, save it there, and import it again",
                    file=path.name,
                    cell=ref,
                )
            if element.get("t") == "e" and value is not None and ref:
                match = re.fullmatch(r"([A-Z]{1,3})(\d+)", ref)
                if match:
                    key = (int(match.group(2)), column_number(match.group(1)))
                    scan.errors[key] = value.text or ""
    except (ElementTree.ParseError, LookupError):  # LookupError: an unknown encoding
        return  # the reader says what is wrong
