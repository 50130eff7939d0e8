"""A spreadsheet as the importers see it, whatever its format: the normalised headers, and the
cells kept by column (each distinct text of a column stored once, so that memory grows with
the distinct values, not with the rows). Row numbers are the spreadsheet's own: the header
is row 1."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import compress
from pathlib import Path
from typing import Any

from app.services.spreadsheets.limits import Limits, cell_too_long, too_many_rows

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def normalise_header(text: Any) -> str:
    """'Focus areas *' → 'focus_areas'."""
    return "_".join(str(text or "").replace("*", " ").strip().lower().split())


def unescape_text(value: str) -> str:
    """Undo the export's formula guard: a `'` put before = + - @ tab or CR."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


class Table:
    """Rows are added with `add`; `columns[j]` holds column j's cell of every row (None where a
    row is short), `numbers` each row's number."""

    def __init__(
        self,
        path: Path,
        headers: list[str],
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        format: str = "xlsx",
        limits: Limits | None = None,
    ):
        self.path = path
        self.headers = headers
        self.encoding = encoding  # CSV only
        self.delimiter = delimiter  # CSV only
        self.format = format
        self.numbers: array[int] = array("q")
        self.columns: list[list[Any]] = [[] for _ in headers]
        self._distinct: list[dict[Any, Any]] = [{} for _ in headers]
        self._limits = limits or Limits()

    def __len__(self) -> int:
        return len(self.numbers)

    def add_columns(self, numbers: Sequence[int], columns: list[list[Any]]) -> None:
        """Rows given as columns (a workbook's, converted, each of the headers' width and
        as long as `numbers`); a row whose every cell is None (blank) is skipped."""
        blank = (None,) * len(columns)
        if blank in zip(*columns, strict=True):
            keep = [row != blank for row in zip(*columns, strict=True)]
            numbers = list(compress(numbers, keep))
            columns = [list(compress(column, keep)) for column in columns]
        limits = self._limits
        if len(self.numbers) + len(numbers) > limits.rows:
            raise too_many_rows(self.path, limits.rows)
        self.numbers.extend(numbers)
        for column, part in zip(self.columns, columns, strict=True):
            column += part

    def add_texts(self, numbers: list[int], rows: list[list[Any]]) -> None:
        """Many rows of text cells at once (a CSV's), turned into columns in C: each row is
        padded to the headers' width, cells beyond it are not kept."""
        limits = self._limits
        if len(self.numbers) + len(numbers) > limits.rows:
            raise too_many_rows(self.path, limits.rows)
        width = len(self.columns)
        if rows and min(map(len, rows)) < width:
            for cells in rows:
                if len(cells) < width:
                    cells += [None] * (width - len(cells))
        self.numbers.extend(numbers)
        parts = zip(*rows, strict=False)  # up to the shortest row: every one is padded to width
        for column, distinct, part in zip(self.columns, self._distinct, parts, strict=False):
            column += map(distinct.setdefault, part, part)

    def check_lengths(self, number: int, cells: list[Any]) -> None:
        limit = self._limits.cell_chars
        for j, value in enumerate(cells):
            if isinstance(value, str) and len(value) > limit:
                raise cell_too_long(self.path, number, j + 1, limit)

    @property
    def rows(self) -> list[tuple[int, list[Any]]]:
        """(row number, cells) of every row (made on demand: the import of records and the
        preview; the attendance import reads the columns)."""
        return (
            [
                (number, list(cells))
                for number, cells in zip(self.numbers, zip(*self.columns, strict=True), strict=True)
            ]
            if self.columns
            else [(number, []) for number in self.numbers]
        )

    def release(self, header: str) -> None:
        """Forget the cells of the column named `header` (an importer done with them)."""
        for j, name in enumerate(self.headers):
            if name == header:
                self.columns[j] = []

    def keep_first(self, count: int) -> None:
        del self.numbers[count:]
        for column in self.columns:
            del column[count:]

    def done(self, check_lengths: bool = False, texts: list[Iterable[Any]] | None = None) -> Table:
        """The table, read whole; with `check_lengths`, a text longer than the limit is refused
        naming its first row (checked once per distinct text, not per cell: `texts` are each
        column's distinct cells when they were not added as text)."""
        if check_lengths:
            limit = self._limits.cell_chars
            for j, distinct in enumerate(self._distinct if texts is None else texts):
                long = {v for v in distinct if isinstance(v, str) and len(v) > limit}
                if long:
                    row = next(i for i, v in enumerate(self.columns[j]) if v in long)
                    raise cell_too_long(self.path, self.numbers[row], j + 1, limit)
        self._distinct = []
        return self
