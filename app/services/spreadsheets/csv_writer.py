"""Write rows to a CSV file: UTF-8 with BOM (Excel opens it right), dates as ISO text. User text
can never become a formula: a `'` goes before text starting with = + - @ tab or CR (the reader
takes it off again)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from app.services.spreadsheets.table import FORMULA_PREFIXES


def csv_text(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    if text and text[0] in FORMULA_PREFIXES and not isinstance(value, int | float):
        return "'" + text
    return text


def write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([csv_text(v) for v in row])
            count += 1
    return count
