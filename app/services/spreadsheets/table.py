"""A spreadsheet as the importers see it, whatever its format: the normalised headers, and the
cells kept by column (each distinct text of a column stored once, so that memory grows with
the distinct values, not with the rows). Row numbers are the spreadsheet's own: the header
is row 1."""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterable, Sequence
from itertools import chain, compress
from pathlib import Path
from typing import Any

from app.services.spreadsheets.limits import Limits, cell_too_long, too_many_rows

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def normalise_header(text: Any) -> str:
    """'Focus areas *' → 'focus_areas'."""
    return "_".join(str(text or "").replace("*", " ").strip().lower().split())


def unescape_text(value: str) -> str:
    """Undo the export's formula guard: a `'` put before = + - @ tab or CR."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_PREFIXES:
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
        # each column's distinct cells (as text is added; kept after `done` for the
        # importers, None where not known)
        self._distinct: list[Any] = [{} for _ in headers]
        self._limits = limits or Limits()

    def __len__(self) -> int:
        return len(self.numbers)

    def add_columns(self, numbers: Sequence[int], columns: list[list[Any]]) -> None:
        """Rows given as columns (a workbook's, converted, each of the headers' width and
        as long as `numbers`); a row whose every cell is None (blank) is skipped."""
        self.forget_distinct()  # not known for cells added this way
        blank = (None,) * len(columns)
        # a blank row has None in every column (looked for across rows only when it may)
        if all(None in column for column in columns) and blank in zip(*columns, strict=True):
            keep = [row != blank for row in zip(*columns, strict=True)]
            numbers = list(compress(numbers, keep))
            columns = [list(compress(column, keep)) for column in columns]
        limits = self._limits
        if len(self.numbers) + len(numbers) > limits.rows:
            raise too_many_rows(self.path, limits.rows)
        self.numbers.extend(numbers)
        for column, part in zip(self.columns, columns, strict=True):
            column += part

    def add_texts(self, number: int, rows: list[list[Any]]) -> int:
        """Rows of text cells (a CSV's, numbered from `number`) turned into columns in C: each
        row is padded to the headers' width, cells beyond it are not kept, and blank and
        whitespace-only rows are skipped with their numbers. Returns the next row's number.
        The export's formula guard and the cells' lengths are seen to in `done`, once per
        distinct text."""
        width = len(self.columns)
        if rows and min(map(len, rows)) < width:
            for cells in rows:
                if len(cells) < width:
                    cells += [None] * (width - len(cells))
        after = number + len(rows)
        numbers: Sequence[int] = range(number, after)
        columns = zip(*rows, strict=False)  # up to the shortest row: each is padded to width
        first = next(columns, ())
        # a row is blank only if its first cell is: the rest are looked at for those rows alone
        if not width or any(v is None or not v.strip() for v in set(first)):
            keep = [bool("".join(filter(None, cells)).strip()) for cells in rows]
            numbers = list(compress(numbers, keep))
            rows = list(compress(rows, keep))
            columns = zip(*rows, strict=False)
            first = next(columns, ())
        limits = self._limits
        if len(self.numbers) + len(numbers) > limits.rows:
            raise too_many_rows(self.path, limits.rows)
        self.numbers.extend(numbers)
        parts = chain([first], columns)
        for column, distinct, part in zip(self.columns, self._distinct, parts, strict=False):
            column += map(distinct.setdefault, part, part)
        return after

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

    def distinct(self, j: int) -> Collection[Any] | None:
        """Column j's distinct cells (a workbook's: and maybe a few it has not), when the
        reader kept them, else None."""
        distinct = self._distinct[j] if j < len(self._distinct) else None
        return distinct.keys() if isinstance(distinct, dict) else distinct

    def forget_distinct(self) -> None:
        """Forget every column's distinct cells (an importer that has no more use for them:
        a file of many distinct texts keeps them twice meanwhile)."""
        self._distinct = [None for _ in self._distinct]

    def release(self, header: str) -> None:
        """Forget the cells of the column named `header` (an importer done with them)."""
        for j, name in enumerate(self.headers):
            if name == header:
                self.columns[j] = []
                if j < len(self._distinct):
                    self._distinct[j] = None

    def keep_first(self, count: int) -> None:
        del self.numbers[count:]
        for column in self.columns:
            del column[count:]
        self.forget_distinct()

    def done(
        self,
        check_lengths: bool = False,
        texts: list[Collection[Any]] | None = None,
        unguard: bool = False,
    ) -> Table:
        """The table, read whole; with `check_lengths`, a text longer than the limit is refused
        naming its first row and column; with `unguard`, the export's formula guard is taken
        off. Both look at each distinct text once, not at every cell: `texts` are each
        column's distinct cells (or more) when they were not added as text, kept for the
        importers."""
        distincts: Sequence[Iterable[Any] | None] = self._distinct if texts is None else texts
        if check_lengths:
            limit = self._limits.cell_chars
            first: tuple[int, int] | None = None  # (row index, column index)
            for j, distinct in enumerate(distincts):
                long = {v for v in distinct or () if isinstance(v, str) and len(v) > limit}
                if long:  # (a superset of the column's texts may hold some it has not)
                    row = next((i for i, v in enumerate(self.columns[j]) if v in long), None)
                    if row is not None:
                        first = min(first or (row, j), (row, j))
            if first is not None:
                raise cell_too_long(self.path, self.numbers[first[0]], first[1] + 1, limit)
        if unguard:
            for j, distinct in enumerate(distincts):
                quoted = (v for v in distinct or () if isinstance(v, str) and v[:1] == "'")
                guarded = {v: unescape_text(v) for v in quoted if unescape_text(v) != v}
                if guarded:
                    self.columns[j] = [guarded.get(v, v) for v in self.columns[j]]
                    self._distinct[j] = {guarded.get(v, v) for v in distinct or ()}
        if texts is not None:
            self._distinct = list(texts)
        return self
