"""The (training, person, day) slots an attendance file's rows have claimed so far, each with the
row that claimed it, for a file checked a part at a time: a later part's row repeating one of
them is found and names that row. Kept as one 64-bit integer a slot (with its row number) in
sorted numpy arrays, 16 bytes a row: a dictionary of (training, person, day) tuples took about
150 (30 MB of a 192,000-row import, beyond the memory an import may take)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from typing import Any

import numpy as np

DENSE_BITS = 21  # a training's or a person's number in this file: < 2,097,152 (> Limits.rows)
DAY_BITS = 22  # date.max.toordinal() < 2**22
MERGED_AFTER = 8  # sorted arrays kept side by side before they are merged into one


class ClaimedSlots:
    def __init__(self) -> None:
        self._trainings: dict[Hashable, int] = {}  # training id → its number in this file
        self._people: dict[Hashable, int] = {}  # person key → its number in this file
        self._codes: list[np.ndarray] = []  # each sorted
        self._rows: list[np.ndarray] = []  # the row number of each code, in the same order

    def encode(
        self, training_ids: Sequence[Any], person_keys: Sequence[Any], days: Sequence[date]
    ) -> np.ndarray:
        """Each (training, person, day) as one integer: equal slots, equal integers."""
        count = len(days)
        trainings = _dense(self._trainings, training_ids, count)
        people = _dense(self._people, person_keys, count)
        ordinals = np.fromiter(map(date.toordinal, days), dtype=np.uint64, count=count)
        shift = np.uint64(DENSE_BITS + DAY_BITS)
        return (trainings << shift) | (people << np.uint64(DAY_BITS)) | ordinals

    def rows_of(self, codes: np.ndarray) -> np.ndarray:
        """The row number that claimed each slot (0 where none did)."""
        found = np.zeros(len(codes), dtype=np.int64)
        for claimed, rows in zip(self._codes, self._rows, strict=True):
            at = np.minimum(np.searchsorted(claimed, codes), len(claimed) - 1)
            hit = claimed[at] == codes
            found[hit] = rows[at[hit]]
        return found

    def add(self, codes: np.ndarray, rows: np.ndarray) -> None:
        """Slots claimed by these rows (none claimed before)."""
        if not len(codes):
            return
        order = np.argsort(codes, kind="stable")
        self._codes.append(codes[order])
        self._rows.append(np.asarray(rows, dtype=np.int64)[order])
        if len(self._codes) > MERGED_AFTER:
            codes, rows = np.concatenate(self._codes), np.concatenate(self._rows)
            order = np.argsort(codes, kind="stable")
            self._codes, self._rows = [codes[order]], [rows[order]]


def _dense(numbers: dict[Hashable, int], values: Sequence[Any], count: int) -> np.ndarray:
    for value in set(values).difference(numbers):
        numbers[value] = len(numbers)
    if len(numbers) >= 1 << DENSE_BITS:
        raise ValueError("too many trainings or people for one attendance file")
    return np.fromiter(map(numbers.__getitem__, values), dtype=np.uint64, count=count)
