"""A large .xlsx sheet read by calamine in pieces, on as many threads as there are cores.

calamine parses a sheet without holding Python's lock. The scan (xlsx_scan) inflates the
sheet's XML anyway: given a `SheetPieces` it keeps the XML, cut into pieces at row boundaries,
each piece a small workbook of its own (the original's other parts, stored; its sheet the
original's opening up to `<sheetData>`, the piece's rows and `</sheetData></worksheet>`, the
last piece's own end). A piece is handed to calamine on a worker thread as soon as it is cut,
while the scan goes on, once the cells scanned so far lie within Limits.cells (the bound the
whole sheet is read under: each piece lies within it); the last ones after the scan.
`JoinedSheet` gives their rows, in order, as calamine gives the whole sheet's; the workbook
reader turns the first pieces into columns while the next ones are still being read. On this
project's two-core machine two calamine threads run side by side at nearly full speed, but
calamine beside Python code (the scan, the columns) runs at ~60 %, so one worker per core
(SPARE = 0) measured best (bench/README.md); the pieces are read only when the cores are not
busy with other programs (`cores`).

Only a plain sheet is cut: every row after the first cut numbered (`<row r="…">`), each cut
before a row numbered beyond every row above it, no comment, CDATA or processing instruction
before the last cut. Anything else, a piece calamine cannot read, or pieces whose cells
overlap or are out of order, and the sheet is read whole as before (same cells, same
messages). Memory: the inflated XML, at most LARGEST, is held until its piece is read; the
cells of every piece are kept until the table is made (as the whole sheet's are). A piece
whose cells calamine lays out beyond the piece's own rows (rows out of order within it, or a
cell said to be in another row) is dropped by the thread that read it, and no piece is read
after it: the pieces kept lie in rows of their own, together within Limits.cells as the
whole sheet is."""

from __future__ import annotations

import io
import os
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain, islice
from typing import Any, Protocol

PIECES = 4  # a sheet is cut into this many pieces, read on up to as many threads as cores
SPARE = 0  # cores left to the calling thread (measured: none, see below)
SMALLEST = 8 << 20  # a sheet inflating to less is read whole: threads would gain little
LARGEST = 1 << 30  # nor one inflating to more: its XML is held in memory while it is read
OTHERS = 64 << 20  # the workbook's other parts together, copied into every piece
HEAD = 1 << 20  # how far into the sheet `<sheetData>` must begin
_CUT = re.compile(rb'</row>(?=<row r="([1-9]\d{0,8})")')
_ROW = re.compile(rb'<row r="(\d{1,9})"')
_UNNUMBERED = re.compile(rb'<row(?! r=")')
_OPEN, _CLOSE, _END = b"<sheetData>", b"</sheetData>", b"</sheetData></worksheet>"


class Extent(Protocol):  # xlsx_scan.SheetScan
    rows: int
    columns: int
    reach: int


class Unsound(Exception):
    """The pieces do not join into the sheet: it is read whole."""


class Wider(Exception):
    """A later piece reaches beyond the columns the first ones did."""


def cores() -> int:
    """The cores the pieces may be read on: 1 (read whole) when they are busy (the load
    average, which counts this process's own work, as high as the cores): the pieces then cost
    a little more than the whole sheet and gain nothing (measured at a load of 3 on 2 cores)."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        count = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # not measured (Windows)
        load = 0.0
    return count if load < count else 1


class SheetPieces:
    """Given to the scan: keeps the sheet's XML as it streams, cut into pieces, and has them
    read on worker threads."""

    def __init__(self, calamine: Any) -> None:
        self.calamine = calamine  # python_calamine's CalamineWorkbook
        self.collecting = False
        self.name = ""
        self.others: list[tuple[str, bytes]] = []
        self.prefix = b""
        self.head: list[bytes] = []
        self.current: list[bytes] = []  # the piece being kept
        # cut, not yet handed to calamine: each piece's XML and the rows (counted from 0, as
        # calamine counts) its cells may be in
        self.waiting: list[tuple[list[bytes], tuple[int, int]]] = []
        self.low = 0  # the first row of the piece being kept
        self.last = 0  # the largest row number scanned
        self.abandoned = threading.Event()  # a piece reached beyond its rows: none is read
        self.futures: list[Future[Any]] = []
        self.pool: ThreadPoolExecutor | None = None
        self.cells = 0  # Limits.cells
        self.size = 0  # the rows' XML kept so far
        self.target = 0  # the size of a piece
        self.count = 1  # how many pieces to cut
        self.cut = 0  # how many cuts made
        self.splitting = True  # may still cut
        self.closed = False  # the end of the rows kept
        self.stopped = False  # read whole

    def begin(self, archive: zipfile.ZipFile, name: str, cells: int) -> None:
        """The scan is about to stream `name`: keep it when it is worth cutting."""
        if self.stopped:
            return
        info = archive.getinfo(name)
        threads = min(PIECES, cores() - SPARE)
        if threads < 1 or PIECES < 2 or not SMALLEST <= info.file_size <= LARGEST:
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
        self.name, self.count, self.cells = name, PIECES, cells
        self.target = info.file_size // PIECES + 1
        self.pool = ThreadPoolExecutor(threads, thread_name_prefix="xlsx-piece")
        self.collecting = True

    def add(self, chunk: bytes, rows: int, scan: Extent) -> None:
        """The next part of the sheet, starting with '<' (the scan cuts before elements),
        after the scan has read it; `rows` is the largest row number before it."""
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
            opening = self.prefix[declaration:at]
            if not _plain(opening) or b"sheetData" in opening or b"<worksheet" not in opening:
                self.stop()
                return
        self.size += len(chunk)
        named = b"sheetData" in chunk  # the end of the rows, or a sheetData among them
        close = chunk.find(_CLOSE) if named else -1
        rows_xml = chunk if close < 0 else chunk[:close]
        if self.cut and not _numbered(rows_xml):  # a row numbered by counting, after a cut
            self.stop()
            return
        if self.splitting and not (_plain(rows_xml) and not (named and b"sheetData" in rows_xml)):
            self.splitting = False
        start = 0  # where the chunk's rows not yet in a finished piece begin
        while self.splitting:
            at = len(chunk) - (self.size - self.target * (self.cut + 1))
            if at > len(rows_xml):  # this piece is not yet as big as it should be
                break
            match = _CUT.search(rows_xml, max(start, at)) or _cut_before(rows_xml, start, at)
            if not match or int(match.group(1)) <= max(rows, *_rows(chunk[: match.start()])):
                break  # not at a row numbered beyond every row before it
            self.current.append(chunk[start : match.end()])
            below = int(match.group(1)) - 1  # the next piece's first row
            self.waiting.append((self.current, (self.low, below - 1)))
            self.current, start, self.low = [], match.end(), below
            self.cut += 1
            self.splitting = self.cut + 1 < self.count
        if start and not _numbered(rows_xml[start:]):
            self.stop()
            return
        self.current.append(chunk[start:] if start else chunk)
        if close >= 0:
            self.splitting, self.closed = False, True
        self.last = max(self.last, scan.rows)
        if self.waiting and max(scan.rows, scan.reach) * max(scan.columns, 1) <= self.cells:
            self._hand_over(_END)

    def _hand_over(self, closing: bytes) -> None:
        assert self.pool is not None
        for rows, span in self.waiting:
            self.futures.append(
                self.pool.submit(
                    _read_piece,
                    self.calamine,
                    (self.others, self.name, self.prefix),
                    rows,
                    closing,
                    span,
                    self.abandoned,
                )
            )
        self.waiting = []

    def stop(self) -> None:
        """Read whole: the pieces are dropped (those being read, once read)."""
        self.collecting, self.stopped = False, True
        self.abandoned.set()
        self.others, self.head, self.waiting, self.current = [], [], [], []
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        self.pool, self.futures = None, []

    def load(self) -> JoinedSheet | None:
        """The sheet being read in pieces, once the scan has passed it; None when it is to be
        read whole."""
        if not (self.collecting and self.cut and self.closed):
            self.stop()
            return None
        self._hand_over(_END)
        self.waiting, self.current = [(self.current, (self.low, max(self.low, self.last - 1)))], []
        self._hand_over(b"")
        futures, pool = self.futures, self.pool
        self.collecting, self.pool, self.futures, self.others = False, None, [], []
        try:
            return JoinedSheet(futures, pool)
        except Unsound:
            assert pool is not None
            pool.shutdown(cancel_futures=True)
            return None


def _read_piece(
    calamine: Any,
    workbook: tuple[list[tuple[str, bytes]], str, bytes],
    rows: list[bytes],
    closing: bytes,
    span: tuple[int, int],
    abandoned: threading.Event,
) -> Any:
    """The piece's sheet, read by calamine (`workbook`: the original's other parts, the sheet's
    name and its opening). One whose cells reach beyond the rows `span` (rows out of order,
    or a cell said to be in a row far from its own) is dropped at once and no other piece is
    read: the pieces together then stay within the memory the whole sheet may take (that of
    Limits.cells, and of at most one piece a thread besides)."""
    if abandoned.is_set():
        raise Unsound
    others, name, prefix = workbook
    data = _stored_zip([*others, (name, [prefix, *rows, closing])])
    rows.clear()
    with calamine.from_filelike(io.BytesIO(data)) as opened:
        del data
        sheet = opened.get_sheet_by_index(0)
    if sheet.start is not None and not span[0] <= sheet.start[0] <= sheet.end[0] <= span[1]:
        abandoned.set()
        raise Unsound
    return sheet


class JoinedSheet:
    """The pieces' sheets as one: `start` and `iter_rows` as calamine gives them for the whole
    sheet (rows from the sheet's row 1, columns from its first). Until `widen`, its columns
    are the first piece's with cells: `iter_rows` raises Wider when a later one reaches beyond
    them, Unsound when a piece could not be read or its cells are not below the ones above."""

    def __init__(self, futures: list[Future[Any]], pool: ThreadPoolExecutor | None):
        self.futures, self.pool = futures, pool
        first = next((s for s in self._sheets() if s.start is not None), None)
        self.start: tuple[int, int] | None = None
        self.span = (0, 0)
        if first is not None:
            self.start, self.span = first.start, (first.start[1], first.end[1])

    def _sheets(self) -> Iterator[Any]:
        for future in self.futures:
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - read whole: the message is the sheet's
                raise Unsound from exc

    def widen(self) -> None:
        """Take the columns of every piece."""
        sheets = [s for s in self._sheets() if s.start is not None]
        if sheets:
            self.span = (min(s.start[1] for s in sheets), max(s.end[1] for s in sheets))
            self.start = (sheets[0].start[0], self.span[0])

    def sound(self) -> bool:
        """Every piece read, each one's cells below the ones above."""
        try:
            for _ in self._joined():
                pass
        except Unsound:
            return False
        return True

    def _joined(self) -> Iterator[Any]:
        bottom = -1
        for sheet in self._sheets():
            if sheet.start is not None:
                if sheet.start[0] <= bottom:
                    raise Unsound
                bottom = sheet.end[0]
                yield sheet

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def iter_rows(self) -> Iterator[list[Any]]:
        """The rows of the pieces one after the other, as one sheet's (made in C: each piece's
        rows are handed on as calamine gives them, when they span the sheet's columns)."""
        return chain.from_iterable(self._piece_rows())

    def _piece_rows(self) -> Iterator[Iterable[list[Any]]]:
        first, last = self.span
        width = last - first + 1
        row = 0
        for sheet in self._joined():
            (top, left), (bottom, right) = sheet.start, sheet.end
            if left < first or right > last:
                raise Wider
            yield _blank_rows(top - row, width)
            rows = islice(sheet.iter_rows(), top, None)  # it starts at the sheet's row 1
            if (left, right) == (first, last):
                yield rows
            else:
                yield _padded(rows, left - first, last - right)
            row = bottom + 1


def _blank_rows(count: int, width: int) -> Iterator[list[Any]]:
    for _ in range(count):
        yield [""] * width


def _padded(rows: Iterable[list[Any]], before: int, after: int) -> Iterator[list[Any]]:
    """Each row with `before` empty cells before it and `after` after it."""
    left, right = [""] * before, [""] * after
    for cells in rows:
        yield [*left, *cells, *right]


def _cut_before(rows: bytes, start: int, at: int) -> re.Match[bytes] | None:
    """The last row boundary before `at` (where the piece would end) and after `start`."""
    found = rows.rfind(b'</row><row r="', start, max(start, at))
    return _CUT.match(rows, found) if found >= 0 else None


def _plain(chunk: bytes) -> bool:
    """No comment, CDATA or processing instruction (which could hide a row's tags)."""
    if b"!" in chunk and b"<!" in chunk:
        return False
    return not (b"?" in chunk and b"<?" in chunk)


def _numbered(rows: bytes) -> bool:
    """Every row tag among `rows` has its number first."""
    return _UNNUMBERED.search(rows) is None


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
