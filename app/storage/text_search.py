"""Case-insensitive search that folds Cyrillic on every database.

SQLite's lower() knows only ASCII (the engine replaces it with Python's, see engine.py); a
PostgreSQL server's lower() folds what its LC_CTYPE knows, and a database created with
LC_CTYPE=C (template0) knows only ASCII too. `folded(column)` is lower() that also folds the
Cyrillic alphabets (Russian, Belarusian, Ukrainian) and Latin-1's letters whatever the server's
collation: compare it with a pattern lowered in Python (str.lower()).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

# capitals whose str.lower() is one character, so translate() maps them one to one
_CAPITALS = "".join(
    chr(c)
    for c in (*range(0x0400, 0x0430), *range(0x0490, 0x04C0, 2), *range(0xC0, 0xDF))
    if chr(c).isupper() and len(chr(c).lower()) == 1 and chr(c).lower() != chr(c)
)
_SMALL = "".join(c.lower() for c in _CAPITALS)


class folded(FunctionElement[str]):  # noqa: N801 - reads as the SQL function it is
    """lower(text) that folds Cyrillic and Latin-1 capitals too, on any server."""

    type = String()
    name = "folded"
    inherit_cache = True


@compiles(folded)
def _lower(element: folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "postgresql")
def _lower_everywhere(element: folded, compiler: Any, **kw: Any) -> str:
    argument = compiler.process(element.clauses, **kw)
    return f"lower(translate({argument}, '{_CAPITALS}', '{_SMALL}'))"


class in_code_order(FunctionElement[str]):  # noqa: N801 - reads as the SQL it renders
    """Text to sort by in the order of its characters' code points, as SQLite sorts (BINARY),
    whatever a server's collation: the same records then come in the same order on both."""

    type = String()
    name = "in_code_order"
    inherit_cache = True


@compiles(in_code_order)
def _as_it_is(element: in_code_order, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(in_code_order, "postgresql")
def _collate_c(element: in_code_order, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'
