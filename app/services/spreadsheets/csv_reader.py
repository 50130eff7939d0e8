"""Read a CSV file as product.md says: UTF-8 with or without BOM, else a Cyrillic code page
(Windows-1251 from Russian Excel); `,` `;` or tab delimiters detected. The file is streamed:
a bounded line at a time, never the whole file as bytes or as Python rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from itertools import chain, compress, islice, repeat
from operator import contains
from pathlib import Path
from typing import Any, NamedTuple

from app.services.spreadsheets.limits import (
    Limits,
    SpreadsheetError,
    cell_too_long,
    too_many_rows,
)
from app.services.spreadsheets.table import Table, TableParts, normalise_header, unescape_text

CYRILLIC_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]
DELIMITERS = (",", ";", "\t")
BOM = b"\xef\xbb\xbf"
SAMPLE = 1 << 20  # bytes the code page is guessed from
PART = 5000  # rows turned into columns at a time
SCAN_BLOCK = 1 << 20  # bytes read at a time by the pass that finds the encoding


def detect_delimiter(first_line: str) -> str:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def code_page(path: Path) -> tuple[str, str]:
    """The Cyrillic code page a file that is not UTF-8 is most likely in (guessed from its
    first megabyte), and how the user calls it."""
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE)
    if sample.startswith(BOM):
        raise SpreadsheetError(
            "{file}: the file says it is UTF-8 but is not; save it again as CSV UTF-8",
            file=path.name,
        )
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=CYRILLIC_CODE_PAGES).best()
    if best is None:
        raise SpreadsheetError(
            "{file}: the text encoding cannot be recognised; save the file as CSV UTF-8",
            file=path.name,
        )
    return best.encoding, {"cp1251": "Windows-1251"}.get(best.encoding, best.encoding)


def _lines(text: io.TextIOWrapper, path: Path, limit: int) -> Iterator[str]:
    """The file's lines, none longer than `limit` characters (a file without line ends, such
    as a binary one, is refused rather than read whole)."""
    readline = text.readline
    number = 0
    while line := readline(limit):
        number += 1
        if len(line) >= limit and line[-1] not in "\r\n":
            raise SpreadsheetError(
                "{file}: line {row} is longer than {n} characters",
                file=path.name,
                row=number,
                n=limit,
            )
        yield line


class NotUtf8(SpreadsheetError):
    """A file read as UTF-8 turned out not to be, after its first rows: read it again in its
    code page (read_csv_parts(..., utf8=False)); whatever was done with the rows already taken
    must be undone."""

    def __init__(self, path: Path):
        super().__init__("{file}: not UTF-8", file=path.name)


class _Scan(NamedTuple):
    """What one pass over a file's bytes tells before it is parsed."""

    lines: int  # line ends (LF, else CR): about the rows, for progress
    short: bool  # every line shorter than the line limit, counted in bytes


def _scan(path: Path, limit: int) -> _Scan:
    """One pass over the bytes, a block at a time (in C: a millisecond or two a megabyte)."""
    short = True
    block = max(1, min(SCAN_BLOCK, limit - 1))  # a line within one block is shorter than limit
    offset, last_end, lf = 0, -1, 0
    with path.open("rb") as fh:
        while chunk := fh.read(block):
            first = chunk.find(b"\n")
            if first >= 0:
                lf += chunk.count(b"\n")
            end = offset + first if first >= 0 else offset + len(chunk)
            if short and end - last_end >= limit:
                short = False
            if first >= 0:
                last_end = offset + chunk.rfind(b"\n")
            offset += len(chunk)
    if not lf:  # lines ended by CR alone (old Mac files): about as many rows as CRs
        with path.open("rb") as fh:
            while chunk := fh.read(SCAN_BLOCK):
                lf += chunk.count(b"\r")
    return _Scan(lf, short and offset - last_end < limit)


def _encoding(path: Path, utf8: bool) -> tuple[str, str]:
    """The codec a file is read with, and how the user calls it."""
    if utf8:
        with path.open("rb") as fh:
            bom = fh.read(len(BOM)) == BOM
        return "utf-8-sig", "UTF-8 (BOM)" if bom else "UTF-8"
    return code_page(path)


def _refuse_binary(path: Path) -> None:
    with path.open("rb") as fh:
        if b"\x00" in fh.read(4096):
            raise SpreadsheetError("{file}: not a CSV or .xlsx spreadsheet", file=path.name)


def read_csv(path: Path, limits: Limits) -> Table:
    """The whole file as one table (the preview, the importers of records)."""
    try:
        return _read_csv(path, limits, True)
    except NotUtf8:
        return _read_csv(path, limits, False)


def _read_csv(path: Path, limits: Limits, utf8: bool) -> Table:
    table, rows, close, _estimate = _open(path, limits, PART, utf8)
    try:
        for numbers, part in rows:
            table.add_texts(numbers, part)
    finally:
        close()
    if not any(table.headers) and not len(table):
        raise SpreadsheetError("{file}: the file is empty", file=path.name)
    return table.done()


def read_csv_parts(path: Path, limits: Limits, size: int, utf8: bool = True) -> TableParts:
    """The file's header, then its rows `size` at a time, each part a Table of its own: the
    file is read as the parts are taken, never whole. A file without a header is read whole
    (it may be an empty one, refused as such). Read as UTF-8 (`utf8`), a file that is not
    raises NotUtf8 where that shows, else in its Cyrillic code page."""
    head, rows, close, estimate = _open(path, limits, size, utf8)
    if not any(head.headers):
        close()
        table = read_csv(path, limits)
        return TableParts(table, [table], len(table))

    def parts() -> Iterator[Table]:
        for numbers, part in rows:
            table = _table(path, head.headers, head, limits)
            table.add_texts(numbers, part)
            yield table.done()

    return TableParts(head, parts(), estimate, close)


def _table(path: Path, headers: list[str], like: Table | None, limits: Limits, **kw: Any) -> Table:
    if like is not None:
        kw = {"encoding": like.encoding, "delimiter": like.delimiter}
    return Table(path, headers, format="csv", limits=limits, **kw)


class _Opened(NamedTuple):
    head: Table  # the header, no rows
    rows: Iterator[tuple[list[int], list]]  # (row numbers, cells) a part at a time, as read
    close: Callable[[], None]
    estimated_rows: int


def _open(path: Path, limits: Limits, size: int, utf8: bool) -> _Opened:
    """The file opened and its header read: as UTF-8 (`utf8`; a file whose header is not is
    read in its code page at once), else in its Cyrillic code page."""
    _refuse_binary(path)
    scan = _scan(path, limits.line_chars)
    try:
        return _open_as(path, limits, size, utf8, scan)
    except NotUtf8:
        return _open_as(path, limits, size, False, scan)


def _open_as(path: Path, limits: Limits, size: int, utf8: bool, scan: _Scan) -> _Opened:
    encoding, shown = _encoding(path, utf8)
    text = path.open("r", encoding=encoding, newline="")
    try:
        # every line shorter than the limit: read by the file's own iterator (in C)
        lines: Iterator[str] = iter(text) if scan.short else _lines(text, path, limits.line_chars)
        try:
            first = next(lines, None)
        except UnicodeDecodeError as exc:
            raise NotUtf8(path) if utf8 else _unrecognised(path) from exc
        if first is None:
            raise SpreadsheetError("{file}: the file is empty", file=path.name)
        delimiter = detect_delimiter(first)
        reader = csv.reader(chain([first], lines), delimiter=delimiter)
        try:
            header = [normalise_header(h) for h in next(reader)]
        except csv.Error as exc:
            raise _unreadable(path, exc) from exc
        except UnicodeDecodeError as exc:
            raise NotUtf8(path) if utf8 else _unrecognised(path) from exc
    except BaseException:
        text.close()
        raise
    head = _table(path, header, None, limits, encoding=shown, delimiter=delimiter)

    def rows() -> Iterator[tuple[list[int], list]]:
        try:
            yield from _rows(reader, path, limits, size)
        except csv.Error as exc:
            raise _unreadable(path, exc) from exc
        except UnicodeDecodeError as exc:
            raise NotUtf8(path) if utf8 else _unrecognised(path) from exc

    return _Opened(head, rows(), text.close, max(scan.lines - 1, 0))


def _unreadable(path: Path, exc: csv.Error) -> SpreadsheetError:
    return SpreadsheetError("{file}: not a readable CSV file ({why})", file=path.name, why=exc)


def _unrecognised(path: Path) -> SpreadsheetError:
    return SpreadsheetError(
        "{file}: the text encoding cannot be recognised; save the file as CSV UTF-8",
        file=path.name,
    )


def _rows(reader, path: Path, limits: Limits, size: int) -> Iterator[tuple[list[int], list]]:
    """(row numbers, rows) `size` rows at a time: blank and whitespace-only rows skipped, each
    cell within the length limit, the export's formula guard taken off. Each part is checked
    by whole-part steps in C (a row at a time only where a row needs it); a file that turns out
    unreadable is refused after the rows before the place are checked, as a row-by-row reading
    would."""
    join = "".join
    longest = limits.cell_chars
    count = 0
    number = 2  # the header is row 1
    while True:
        rows: list[list[Any]] = []
        failure: BaseException | None = None
        try:
            rows.extend(islice(reader, size))  # keeps the rows read before a failure
        except (csv.Error, UnicodeDecodeError, SpreadsheetError) as exc:
            failure = exc
        read = len(rows)
        numbers: Sequence[int] = range(number, number + read)
        number += read
        texts = list(map(join, rows))
        if not all(map(str.strip, texts)):  # blank and whitespace-only rows are skipped
            keep = list(map(bool, map(str.strip, texts)))
            numbers = list(compress(numbers, keep))
            rows = list(compress(rows, keep))
            texts = list(compress(texts, keep))
        if texts and max(map(len, texts)) > longest:
            for row, cells, text in zip(numbers, rows, texts, strict=True):
                if len(text) > longest:
                    _check_lengths(path, row, cells, longest)
        if any(map(contains, texts, repeat("'"))):
            rows = [
                [unescape_text(c) for c in cells] if "'" in text else cells
                for cells, text in zip(rows, texts, strict=True)
            ]
        count += len(rows)
        if count > limits.rows:
            raise too_many_rows(path, limits.rows)
        if rows:
            yield list(numbers), rows
        if failure is not None:
            raise failure
        if read < size:
            return


def _check_lengths(path: Path, number: int, cells: list[Any], limit: int) -> None:
    for j, value in enumerate(cells):
        if isinstance(value, str) and len(value) > limit:
            raise cell_too_long(path, number, j + 1, limit)
