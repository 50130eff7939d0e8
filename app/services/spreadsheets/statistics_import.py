"""Import of `statistics` (figures from other agencies): a figure is matched by its key (year,
indicator, sex, age group, citizenship, exploitation, source); a new value for the same key
replaces the old one (the audit trail keeps both). The same key twice in one file with two
values is refused."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.errors import Message
from app.models import Statistic
from app.services.statistics.figures import clean_figure, existing_figures, key_of


def import_statistics(session: Session, rows, present: set[str], problems, result, tick) -> None:
    cleaned: list[tuple[int, dict[str, Any]]] = []
    for done, (number, row) in enumerate(rows):
        if done % 500 == 0:
            tick(done)
        clean, errors = clean_figure(row)
        for e in errors:
            problems.add(number, e.field, e.reason)
        if not errors:
            cleaned.append((number, clean))
        if problems.full:
            return
    existing = existing_figures(session, {c["year"] for _, c in cleaned})
    seen: dict[tuple, tuple[int, int]] = {}
    for number, clean in cleaned:
        key = key_of(clean)
        if key in seen:
            first, value = seen[key]
            if value != clean["value"]:
                problems.add(
                    number,
                    "value",
                    Message(
                        "the same figure as row {row} with another value ({value})",
                        row=first,
                        value=value,
                    ),
                )
            continue
        seen[key] = (number, clean["value"])
        row = existing.get(key)
        if row is None:
            session.add(Statistic(**clean))
            result.added += 1
            continue
        changed = False
        if row.value != clean["value"]:
            row.value = clean["value"]
            changed = True
        if "notes" in present and row.notes != clean["notes"]:
            row.notes = clean["notes"]
            changed = True
        if changed:
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
