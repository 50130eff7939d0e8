"""A large .xlsx sheet read by calamine in pieces, on as many threads as there are cores.

calamine parses a sheet on one core, without holding Python's lock. The scan (xlsx_scan)
inflates the sheet's XML anyway: given a `SheetPieces` it keeps the XML, cut into pieces at
row boundaries; each piece becomes a small workbook of its own (the original's other parts,
stored; the sheet part replaced by the original's opening up to `<sheetData>`, the piece's rows
and the original's closing from `</sheetData>`) and the pieces are loaded at once. Their rows,
joined in order, are the rows calamine gives for the whole sheet (`JoinedSheet`).

Only a plain sheet is cut: every row after the first cut numbered (`<row r="…">`), rows in
order at each cut, no comment, CDATA or processing instruction before the last cut. Anything
else, a piece calamine cannot read, or pieces whose cells overlap or are out of order, and the
sheet is read whole as before (same cells, same messages). Memory: the inflated XML is held
while the pieces load (at most LARGEST; the pieces' workbooks are made one at a time, each
freed once calamine has copied it)."""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice, repeat
from typing import Any

PIECES = 2  # at most; fewer when the program may use fewer cores
SMALLEST = 8 << 20  # a sheet inflating to less is read whole: threads would gain little
LARGEST = 1 << 30  # nor one inflating to more: its XML is held in memory while it is read
OTHERS = 64 << 20  # the workbook's other parts together, copied into every piece
HEAD = 1 << 20  # how far into the sheet `<sheetData>` must begin
_CUT = re.compile(rb'</row>(?=<row r="([1-9]\d{0,8})")')
_ROW = re.compile(rb'<row r="(\d{1,9})"')
_OPEN, _CLOSE = b"<sheetData>", b"</sheetData>"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class SheetPieces:
    """Given to the scan: keeps the sheet's XML as it streams, cut into pieces."""

    def __init__(self) -> None:
        self.collecting = False
        self.name = ""
        self.others: list[tuple[str, bytes]] = []
        self.prefix = b""
        self.head: list[bytes] = []
        self.done: list[list[bytes]] = []  # the pieces before the last, each ending in </row>
        self.current: list[bytes] = []
        self.size = 0  # the rows' XML kept so far
        self.target = 0  # the size of a piece
        self.count = 1  # how many pieces to cut
        self.splitting = True  # may still cut

    def begin(self, archive: zipfile.ZipFile, name: str) -> None:
        """The scan is about to stream `name`: keep it when it is worth cutting."""
        count = min(PIECES, cores())
        info = archive.getinfo(name)
        if count < 2 or not SMALLEST <= info.file_size <= LARGEST:
            return
        names = archive.namelist()
        if len(set(names)) != len(names):
            return
        infos = [i for i in archive.infolist() if i.filename != name]
        if sum(i.file_size for i in infos) > OTHERS:
            return
        try:
            self.others = [(i.filename, archive.read(i)) for i in infos]
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError):
            return  # read whole: the reader says what is wrong, if anything
        self.name, self.count = name, count
        self.target = info.file_size // count + 1
        self.collecting = True

    def add(self, chunk: bytes, rows: int) -> None:
        """The next part of the sheet, starting with '<' (the scan cuts before elements);
        `rows` is the largest row number in the parts before it."""
        if not self.collecting:
            return
        if not self.prefix:
            self.head.append(chunk)
            head = b"".join(self.head)
            at = head.find(_OPEN)
            if at < 0:
                if len(head) > HEAD:
                    self.stop()
                return
            self.head = []
            self.prefix, chunk = head[: at + len(_OPEN)], head[at + len(_OPEN) :]
            self.target = max(1, self.target - len(self.prefix) // self.count)
            declaration = self.prefix.find(b"?>") + 2 if self.prefix.startswith(b"<?xml") else 0
            if not _plain(self.prefix[declaration:at]):
                self.stop()
                return
        self.size += len(chunk)
        close = chunk.find(_CLOSE)
        rows_xml = chunk if close < 0 else chunk[:close]
        if self.done and not _numbered(rows_xml):  # a row numbered by counting, after a cut
            self.stop()
            return
        if self.splitting and not _plain(rows_xml):
            self.splitting = False
        start = 0  # where the chunk's rows not yet in a finished piece begin
        while self.splitting:
            at = len(chunk) - (self.size - self.target * (len(self.done) + 1))
            if at > len(rows_xml):  # this piece is not yet as big as it should be
                break
            match = _CUT.search(rows_xml, max(start, at)) or _cut_before(rows_xml, start, at)
            if not match or int(match.group(1)) <= max(rows, *_rows(chunk[: match.start()])):
                break  # not at a row numbered beyond every row before it
            self.current.append(chunk[start : match.end()])
            self.done.append(self.current)
            self.current, start = [], match.end()
            self.splitting = len(self.done) + 1 < self.count
        if start and not _numbered(rows_xml[start:]):
            self.stop()
            return
        self.current.append(chunk[start:] if start else chunk)
        if close >= 0:
            self.splitting = False

    def stop(self) -> None:
        self.collecting = False
        self.others, self.head, self.done, self.current = [], [], [], []

    def load(self, calamine: Any) -> JoinedSheet | None:
        """The sheet read in pieces by `calamine` (python_calamine's CalamineWorkbook) on
        threads, or None when it is to be read whole."""
        if not (self.collecting and self.done):
            self.stop()
            return None
        last = b"".join(self.current)
        end = last.rfind(_CLOSE)
        if end < 0:
            self.stop()
            return None
        suffix = last[end:]
        pieces, self.done, self.current = [*self.done, [last]], [], []
        del last
        self.collecting = False
        others, self.others = self.others, []
        prefix, name = self.prefix, self.name

        def one(rows: list[bytes], closing: bytes) -> Any:
            data = _stored_zip([*others, (name, [prefix, *rows, closing])])
            rows.clear()
            with calamine.from_filelike(io.BytesIO(data)) as workbook:
                del data
                return workbook.get_sheet_by_index(0)

        closings = [*repeat(suffix, len(pieces) - 1), b""]
        try:
            with ThreadPoolExecutor(len(pieces)) as pool:
                sheets = list(pool.map(one, pieces, closings))
        except Exception:  # noqa: BLE001 - read whole: the message is the whole sheet's
            return None
        return JoinedSheet.of(sheets)


class JoinedSheet:
    """Sheets read from consecutive pieces, as one: `start` and `iter_rows` as calamine gives
    them for the whole sheet (rows from the sheet's row 1, columns from its first)."""

    def __init__(self, sheets: list[Any], start: tuple[int, int], end: tuple[int, int]):
        self.sheets, self.start, self.end = sheets, start, end

    @classmethod
    def of(cls, sheets: list[Any]) -> JoinedSheet | None:
        """None when the pieces' cells are not in order, one piece below the other."""
        sheets = [s for s in sheets if s.start is not None]
        if not sheets:
            return None
        for above, below in zip(sheets, sheets[1:], strict=False):
            if above.end[0] >= below.start[0]:
                return None
        first = min(s.start[1] for s in sheets)
        last = max(s.end[1] for s in sheets)
        return cls(sheets, (sheets[0].start[0], first), (sheets[-1].end[0], last))

    def iter_rows(self) -> Iterator[list[Any]]:
        first, last = self.start[1], self.end[1]
        width = last - first + 1
        row = 0
        for sheet in self.sheets:
            (top, left), (bottom, right) = sheet.start, sheet.end
            for _ in range(top - row):
                yield [""] * width
            rows = islice(sheet.iter_rows(), top, None)  # it starts at the sheet's row 1
            if (left, right) == (first, last):
                yield from rows
            else:
                before, after = [""] * (left - first), [""] * (last - right)
                for cells in rows:
                    yield [*before, *cells, *after]
            row = bottom + 1


def _cut_before(rows: bytes, start: int, at: int) -> re.Match[bytes] | None:
    """The last row boundary before `at` (where the piece would end) and after `start`."""
    found = rows.rfind(b'</row><row r="', start, max(start, at))
    return _CUT.match(rows, found) if found >= 0 else None


def _plain(chunk: bytes) -> bool:
    """No comment, CDATA or processing instruction (which could hide a row's tags), and not
    the end of the sheet's rows."""
    if b"!" in chunk and b"<!" in chunk:
        return False
    if b"?" in chunk and b"<?" in chunk:
        return False
    return b"sheetData" not in chunk


def _numbered(chunk: bytes) -> bool:
    """Every row tag in the chunk (up to the end of the rows) has its number first."""
    end = chunk.find(_CLOSE)
    if end >= 0:
        chunk = chunk[:end]
    return chunk.count(b"<row") == chunk.count(b'<row r="')


def _rows(chunk: bytes) -> list[int]:
    return [int(n) for n in _ROW.findall(chunk)] or [0]


def _stored_zip(members: list[tuple[str, Any]]) -> bytes:
    """A ZIP archive of `members` (name, bytes or a list of bytes), stored uncompressed."""
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, data in members:
        parts = [data] if isinstance(data, bytes) else data
        raw = name.encode()
        crc = size = 0
        for part in parts:
            crc = zlib.crc32(part, crc)
            size += len(part)
        common = struct.pack("<HHHHIIIH", 0x800, 0, 0, 0x21, crc, size, size, len(raw))
        local = b"PK\x03\x04" + struct.pack("<H", 20) + common + b"\0\0" + raw
        central.append(
            b"PK\x01\x02"
            + struct.pack("<HH", 20, 20)
            + common
            + struct.pack("<HHHHII", 0, 0, 0, 0, 0, offset)
            + raw
        )
        out.append(local)
        out += parts
        offset += len(local) + size
    directory = b"".join(central)
    count = len(central)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
    return b"".join([*out, directory, end])
