"""Where everything sits on a printed sign-in sheet, and the code its QR carries: shared by the
sheet's PDF (app.reports) and the reader, so what is printed is what is looked for.

Millimetres on an A4 landscape page, measured from the top-left corner. The QR code says which
sheet a page is: `G1.<database>.<session id>.<session uuid>.<day YYMMDD>.<day number>.<page of the
day>.<first row number>.<walk-in rows>.<person ids>` (numbers in base 36, ids joined by `-`), all
in the QR alphanumeric alphabet so the code stays small."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PAGE_W, PAGE_H = 297.0, 210.0
MARKER = 6.0  # the four black corner squares
MARKER_INSET = 8.0  # from the page's edges to the square's outer edge
QR_SIZE = 24.0
QR_X, QR_Y = PAGE_W - 12.0 - QR_SIZE - 14.0, 8.0  # top right, clear of the corner square
TABLE_X = 18.0
TABLE_TOP = 48.0
HEADER_H = 8.0
ROW_H = 11.0
ROWS_PER_PAGE = 12
# No. | Name | Sex | Organisation | Signature
COLUMNS = (10.0, 70.0, 24.0, 75.0, 82.0)
WALK_IN_ROWS = 5
PREFIX = "G1"


def marker_centres() -> list[tuple[float, float]]:
    """Top-left, top-right, bottom-right, bottom-left."""
    lo = MARKER_INSET + MARKER / 2
    return [(lo, lo), (PAGE_W - lo, lo), (PAGE_W - lo, PAGE_H - lo), (lo, PAGE_H - lo)]


def qr_corners() -> list[tuple[float, float]]:
    """The QR code's corners as its decoder names them: top-left, top-right, bottom-right,
    bottom-left of the code itself."""
    x, y, s = QR_X, QR_Y, QR_SIZE
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]


def column_x(index: int) -> float:
    return TABLE_X + sum(COLUMNS[:index])


def row_top(slot: int) -> float:
    """The top of the slot-th row on a page (0-based), below the header row."""
    return TABLE_TOP + HEADER_H + slot * ROW_H


def signature_box(slot: int) -> tuple[float, float, float, float]:
    """x, y, width, height of the signature cell of a row."""
    return column_x(4), row_top(slot), COLUMNS[4], ROW_H


def row_box(slot: int) -> tuple[float, float, float, float]:
    return TABLE_X, row_top(slot), sum(COLUMNS), ROW_H


@dataclass(frozen=True)
class SheetCode:
    """What a printed page is: which database, session, day and page, and who each row is."""

    database: str  # 8 hex digits of the database's own id
    training_id: int
    training_uuid: str  # its first 6 hex digits
    day: date
    day_number: int  # 1-based
    page: int  # 1-based, within the day
    first_row: int  # the row number printed on the page's first row
    walk_ins: int  # empty rows after the printed people
    people: tuple[int, ...]  # participant ids, one per printed row, in order

    @property
    def rows(self) -> int:
        return len(self.people) + self.walk_ins

    def text(self) -> str:
        parts = [
            PREFIX,
            self.database.upper(),
            _b36(self.training_id),
            self.training_uuid.upper(),
            self.day.strftime("%y%m%d"),
            _b36(self.day_number),
            _b36(self.page),
            _b36(self.first_row),
            _b36(self.walk_ins),
            "-".join(_b36(p) for p in self.people),
        ]
        return ".".join(parts)


class NotASheetCode(ValueError):
    """The text is not the code of one of our sign-in sheets."""


def parse(text: str) -> SheetCode:
    parts = text.strip().split(".")
    if len(parts) != 10 or parts[0] != PREFIX:
        raise NotASheetCode(text)
    try:
        yy, mm_, dd = int(parts[4][:2]), int(parts[4][2:4]), int(parts[4][4:6])
        people = tuple(int(p, 36) for p in parts[9].split("-") if p)
        code = SheetCode(
            database=parts[1].lower(),
            training_id=int(parts[2], 36),
            training_uuid=parts[3].lower(),
            day=date(2000 + yy, mm_, dd),
            day_number=int(parts[5], 36),
            page=int(parts[6], 36),
            first_row=int(parts[7], 36),
            walk_ins=int(parts[8], 36),
            people=people,
        )
    except ValueError as exc:
        raise NotASheetCode(text) from exc
    if code.rows > ROWS_PER_PAGE or code.page < 1 or code.first_row < 1:
        raise NotASheetCode(text)
    return code


def _b36(n: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n < 0:
        raise ValueError(n)
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def pages_of_day(people: list[int]) -> list[tuple[int, tuple[int, ...], int]]:
    """How one day's rows fall on pages: (first row number, people ids, walk-in rows) a page;
    the walk-in rows follow the last person and may take a page of their own."""
    slots: list[int] = [*people, *([0] * WALK_IN_ROWS)]
    pages = []
    for start in range(0, len(slots), ROWS_PER_PAGE):
        chunk = slots[start : start + ROWS_PER_PAGE]
        ids = tuple(p for p in chunk if p)
        pages.append((start + 1, ids, len(chunk) - len(ids)))
    return pages
