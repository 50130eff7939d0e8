"""Read a CSV file as product.md says: UTF-8 with or without BOM, else a Cyrillic code page
(Windows-1251 from Russian Excel); `,` `;` or tab delimiters detected. The file is streamed,
a block of characters and then PART rows at a time (no line longer than Limits.line_chars),
never the whole file as bytes or as Python rows: each distinct text of a column is kept once
(table.Table)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from app.services.spreadsheets.limits import Limits, SpreadsheetError
from app.services.spreadsheets.table import Table, normalise_header

CYRILLIC_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5"]
DELIMITERS = (",", ";", "\t")
BOM = b"\xef\xbb\xbf"
SAMPLE = 1 << 20  # bytes the code page is guessed from
PART = 200  # rows turned into columns at a time (few: they stay in the processor's cache)
BLOCK = 1 << 18  # characters read at a time


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


class _LongLine(Exception):
    """A line longer than the limit: the caller knows its number (the lines read before it)."""


def _lines(text: io.TextIOWrapper, limit: int) -> Iterator[str]:
    """The file's lines, read BLOCK characters at a time and split in C; a line of `limit`
    characters or more raises _LongLine (a file without line ends, such as a binary one, is
    refused rather than read whole)."""
    return chain.from_iterable(_blocks(text, limit))


def _blocks(text: io.TextIOWrapper, limit: int) -> Iterator[Iterable[str]]:
    """The text in blocks cut after their last line end, each as its lines."""
    read = text.read
    block = min(BLOCK, limit)  # so that only a block's first line can be over the limit
    rest = ""
    while chunk := read(block):
        chunk = rest + chunk
        # after the last line end; a CR at the very end may be the first half of a CRLF
        cut = max(chunk.rfind("\n"), chunk.rfind("\r", 0, len(chunk) - 1)) + 1
        ends = [i for i in (chunk.find("\n"), chunk.find("\r")) if i >= 0]
        if min(ends, default=len(chunk)) >= limit:
            raise _LongLine
        rest = chunk[cut:]
        if cut:
            yield io.StringIO(chunk[:cut], newline="")
    if rest:
        if len(rest) >= limit:
            raise _LongLine
        yield (rest,)


def _too_long(path: Path, line: int, limit: int) -> SpreadsheetError:
    return SpreadsheetError(
        "{file}: line {row} is longer than {n} characters", file=path.name, row=line, n=limit
    )


def read_csv(path: Path, limits: Limits) -> Table:
    """UTF-8 is decoded as the file is parsed; a file that turns out not to be UTF-8 is read
    again in its Cyrillic code page."""
    with path.open("rb") as fh:
        if b"\x00" in fh.read(4096):
            raise SpreadsheetError("{file}: not a CSV or .xlsx spreadsheet", file=path.name)
        fh.seek(0)
        bom = fh.read(len(BOM)) == BOM
    try:
        return _read(path, "utf-8-sig", "UTF-8 (BOM)" if bom else "UTF-8", limits)
    except UnicodeDecodeError:
        pass
    encoding, shown = code_page(path)
    try:
        return _read(path, encoding, shown, limits)
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(
            "{file}: the text encoding cannot be recognised; save the file as CSV UTF-8",
            file=path.name,
        ) from exc


def _read(path: Path, encoding: str, shown: str, limits: Limits) -> Table:
    with path.open("r", encoding=encoding, newline="") as text:
        lines = _lines(text, limits.line_chars)
        try:
            first = next(lines, None)
        except _LongLine:
            raise _too_long(path, 1, limits.line_chars) from None
        if first is None:
            raise SpreadsheetError("{file}: the file is empty", file=path.name)
        delimiter = detect_delimiter(first)
        reader = csv.reader(chain([first], lines), delimiter=delimiter)
        try:
            header = next(reader)
            table = Table(
                path,
                [normalise_header(h) for h in header],
                encoding=shown,
                delimiter=delimiter,
                format="csv",
                limits=limits,
            )
            _rows(reader, table)
            if not any(table.headers) and not len(table):
                raise SpreadsheetError("{file}: the file is empty", file=path.name)
        except csv.Error as exc:
            raise SpreadsheetError(
                "{file}: not a readable CSV file ({why})", file=path.name, why=exc
            ) from exc
        except _LongLine:  # the lines before it were read
            raise _too_long(path, reader.line_num + 1, limits.line_chars) from None
    return table.done(check_lengths=True, unguard=True)


def _rows(reader, table: Table) -> None:
    number = 2  # the header is row 1
    while rows := list(islice(reader, PART)):
        number = table.add_texts(number, rows)
