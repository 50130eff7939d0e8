"""The statistics tables of the international reporting pack, in the shape the UNODC (GLOTIP),
Council of Europe (GRETA) and donor questionnaires ask for: victims by sex and age group, by
citizenship, by form of exploitation; investigations and persons prosecuted and convicted by
sex. A column per year of the period, the source of each figure, and notes.

Each figure comes from one source, never a sum of sources (agencies often count the same
people): a total is the indicator's total by the counting rules (the largest source's); a
breakdown row is taken from the source whose breakdown of that kind is the largest."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from app.models import Statistic
from app.models.vocabulary import AGE_GROUPS, EXPLOITATION_FORMS, SEXES
from app.services.reporting.indicators import check_period
from app.services.statistics.counting import STATED, breakdown_of, count_year
from app.services.statistics.figures import as_dict
from app.services.unit_of_work import Database

VICTIMS = ("victims_identified", "victims_assisted", "victims_referred", "victims_repatriated")
JUSTICE = ("investigations", "persons_prosecuted", "persons_convicted")
# (sex, age group) cross-table rows as the questionnaires name them
CROSS = (("female", "child"), ("male", "child"), ("female", "adult"), ("male", "adult"))


@dataclass
class PackRow:
    indicator: str
    breakdown: str  # "total", "sex", "age_group", "sex×age", "citizenship", "exploitation"
    value: str  # the breakdown's value ("female", "BY", ("female", "child") as "female|child")
    values: dict[int, int | None] = field(default_factory=dict)  # year → figure
    sources: dict[int, str] = field(default_factory=dict)  # year → its source
    mismatches: list[tuple[int, str, int, str, int]] = field(default_factory=list)
    # (year, source, stated, breakdown, sum) of a total that disagrees with a breakdown
    notes: list[tuple[int, str]] = field(default_factory=list)  # (year, the figure's notes)


@dataclass
class PackTable:
    name: str  # "sex_age", "citizenship", "exploitation", "justice"
    years: list[int]
    rows: list[PackRow]


def pack_figures(db: Database, date_from: date, date_to: date) -> list[dict[str, Any]]:
    check_period(date_from, date_to)
    years = range(date_from.year, date_to.year + 1)
    with db.reading() as session:
        rows = session.scalars(select(Statistic).where(Statistic.year.in_(list(years))))
        return [as_dict(r) for r in rows]


def pack_tables(figures: list[dict[str, Any]], years: list[int]) -> list[PackTable]:
    """Pure: the four tables from the figures of `years`."""
    by_year = {y: [f for f in figures if f["year"] == y] for y in years}
    counts = {y: count_year(y, by_year[y]) for y in years}

    def total_row(indicator: str) -> PackRow:
        row = PackRow(indicator, "total", "")
        for y in years:
            t = counts[y].totals.get(indicator)
            row.values[y] = None if t is None else t.total
            if t is not None:
                row.sources[y] = t.source
            row.mismatches += [
                (y, m.source, m.stated, m.breakdown, m.sum)
                for m in counts[y].mismatches
                if m.indicator == indicator
            ]
            if t is not None:
                row.notes += _notes(by_year[y], indicator, "total", "", t.source, y)
        return row

    def breakdown_rows(indicator: str, kind: str, values: list[str]) -> list[PackRow]:
        out = []
        for value in values:
            out.append(PackRow(indicator, kind, value))
        for y in years:
            source = _largest_source(by_year[y], indicator, kind)
            if source is None:
                continue
            mine = _parts(by_year[y], indicator, kind, source)
            for row in out:
                if row.value in mine:
                    row.values[y] = mine[row.value]
                    row.sources[y] = source
                    row.notes += _notes(by_year[y], indicator, kind, row.value, source, y)
        return [r for r in out if r.values]

    def present(indicators: tuple[str, ...], kind: str, order: tuple[str, ...]) -> list[str]:
        found = {
            _value(f, kind) for f in figures if f["indicator"] in indicators and _kind(f) == kind
        }
        ordered = [v for v in order if v in found]
        return ordered + sorted(found - set(ordered))

    sex_age: list[PackRow] = []
    citizenship: list[PackRow] = []
    exploitation: list[PackRow] = []
    for ind in VICTIMS:
        sex_age += [total_row(ind)] + breakdown_rows(ind, "sex", list(SEXES))
        sex_age += breakdown_rows(ind, "age_group", list(AGE_GROUPS))
        sex_age += breakdown_rows(ind, "sex×age", [f"{s}|{a}" for s, a in CROSS])
        citizenship += breakdown_rows(ind, "citizenship", present(VICTIMS, "citizenship", ()))
        exploitation += breakdown_rows(
            ind, "exploitation", present(VICTIMS, "exploitation", EXPLOITATION_FORMS)
        )
    justice: list[PackRow] = []
    for ind in JUSTICE:
        justice += [total_row(ind)] + breakdown_rows(ind, "sex", list(SEXES))
    return [
        PackTable("sex_age", years, _drop_empty(sex_age)),
        PackTable("citizenship", years, citizenship),
        PackTable("exploitation", years, exploitation),
        PackTable("justice", years, _drop_empty(justice)),
    ]


def _notes(figures: list[dict], indicator: str, kind: str, value: str, source: str, year: int):
    return [
        (year, f["notes"])
        for f in figures
        if f["notes"]
        and f["indicator"] == indicator
        and f["source"] == source
        and _kind(f) == kind
        and (kind == "total" or _value(f, kind) == value)
    ]


def _drop_empty(rows: list[PackRow]) -> list[PackRow]:
    """An indicator with no figure in any year is left out (its empty total row too)."""
    keep = {r.indicator for r in rows if any(v is not None for v in r.values.values())}
    return [r for r in rows if r.indicator in keep]


def _kind(fig: dict[str, Any]) -> str | None:
    rule = breakdown_of(fig)
    if rule is None:  # two breakdowns: only sex × age group is a table of the pack
        used = {b for b in ("sex", "age_group", "citizenship", "exploitation") if fig[b]}
        return "sex×age" if used == {"sex", "age_group"} else None
    return "total" if rule == STATED else rule


def _value(fig: dict[str, Any], kind: str) -> str:
    return f"{fig['sex']}|{fig['age_group']}" if kind == "sex×age" else str(fig[kind])


def _parts(figures: list[dict], indicator: str, kind: str, source: str) -> dict[str, int]:
    return {
        _value(f, kind): int(f["value"])
        for f in figures
        if f["indicator"] == indicator and f["source"] == source and _kind(f) == kind
    }


def _largest_source(figures: list[dict], indicator: str, kind: str) -> str | None:
    sums: dict[str, int] = defaultdict(int)
    for f in figures:
        if f["indicator"] == indicator and _kind(f) == kind:
            sums[f["source"]] += int(f["value"])
    if not sums:
        return None
    return max(sorted(sums, key=str.casefold), key=lambda s: sums[s])
