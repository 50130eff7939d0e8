"""Whole-column steps made a part at a time. A step such as list(map(f, column)) runs in C
without giving up the interpreter: on 190,000 rows it would stall the window (whose thread
waits for the interpreter) for tens of milliseconds, more on a busy machine. Made PART items
at a time, the interpreter can pass to the window's thread between parts."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any, TypeVar

PART = 20_000

T = TypeVar("T")


def as_list(items: Iterable[T]) -> list[T]:
    """list(items)."""
    items = iter(items)
    out: list[T] = []
    while True:
        before = len(out)
        out += islice(items, PART)
        if len(out) - before < PART:
            return out


def as_set(items: Iterable[T]) -> set[T]:
    """set(items)."""
    items = iter(items)
    out: set[T] = set()
    while part := list(islice(items, PART)):
        out.update(part)
    return out


def as_dict(pairs: Iterable[tuple[Any, Any]]) -> dict[Any, Any]:
    """dict(pairs)."""
    pairs = iter(pairs)
    out: dict[Any, Any] = {}
    while part := list(islice(pairs, PART)):
        out.update(part)
    return out
