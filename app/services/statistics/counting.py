"""The counting rules of product.md for one year's figures from other agencies. Pure: figures
in, totals and mismatches out (no database, no Qt), so the command line, the window, the report
and the reporting pack count alike.

- A figure whose breakdowns (sex, age group, citizenship, exploitation) are all empty is a
  stated total. A source's total for an indicator is its stated total; otherwise the sum of its
  figures broken down by sex alone; otherwise by age group alone; otherwise by exploitation
  alone; otherwise by citizenship alone. Nothing is counted twice.
- Sources are never added together: the indicator's total is the largest source total, the
  others are shown beside it.
- A stated total and a breakdown of it (of the same source) that disagree are both kept and the
  disagreement listed; breakdowns that differ from each other with no stated total are not.
- SDG indicator 16.2.2: victims identified per 100,000 of population.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.models.vocabulary import STATISTICS_BREAKDOWNS, STATISTICS_INDICATORS

STATED = "stated"
TOTAL_RULES = ("sex", "age_group", "exploitation", "citizenship")  # after a stated total, in order
PER = 100_000


@dataclass(frozen=True)
class SourceTotal:
    source: str
    total: int
    rule: str  # "stated" or the breakdown summed ("sex", "age_group", …)


@dataclass(frozen=True)
class Mismatch:
    indicator: str
    source: str
    stated: int
    breakdown: str
    sum: int

    def as_json(self) -> dict[str, Any]:
        """product.md's shape of a mismatch."""
        return {
            "indicator": self.indicator,
            "stated": self.stated,
            "breakdown": self.breakdown,
            "sum": self.sum,
        }


@dataclass(frozen=True)
class IndicatorTotal:
    indicator: str
    total: int
    source: str  # whose total it is (the largest)
    rule: str
    others: tuple[SourceTotal, ...] = ()  # the other sources' totals, largest first


@dataclass
class YearCount:
    year: int
    totals: dict[str, IndicatorTotal] = field(default_factory=dict)  # indicators with figures
    mismatches: list[Mismatch] = field(default_factory=list)
    victims_per_100k: float | None = None

    def as_json(self) -> dict[str, Any]:
        """product.md's `gpast statistics --json` object."""
        return {
            "year": self.year,
            "totals": {name: t.total for name, t in self.totals.items()},
            "victims_per_100k": self.victims_per_100k,
            "mismatches": [m.as_json() for m in self.mismatches],
        }


def breakdown_of(figure: Mapping[str, Any]) -> str | None:
    """ "stated" for a stated total, the one breakdown a figure is broken down by alone, or None
    for a figure broken down by two or more (a cross-table: never summed into a total)."""
    used = [b for b in STATISTICS_BREAKDOWNS if figure.get(b)]
    if not used:
        return STATED
    return used[0] if len(used) == 1 else None


def source_total(figures: Iterable[Mapping[str, Any]]) -> tuple[SourceTotal | None, list[tuple]]:
    """One source's total of one indicator, and its (stated, breakdown, sum) disagreements."""
    source = ""
    stated: int | None = None
    sums: dict[str, int] = defaultdict(int)
    for fig in figures:
        source = fig.get("source") or ""
        rule = breakdown_of(fig)
        if rule == STATED:
            stated = int(fig["value"])
        elif rule is not None:
            sums[rule] += int(fig["value"])
    disagreements = []
    if stated is not None:
        disagreements = [
            (stated, b, sums[b]) for b in TOTAL_RULES if b in sums and sums[b] != stated
        ]
        return SourceTotal(source, stated, STATED), disagreements
    for rule in TOTAL_RULES:
        if rule in sums:
            return SourceTotal(source, sums[rule], rule), []
    return None, []


def count_year(year: int, figures: Iterable[Mapping[str, Any]]) -> YearCount:
    """Totals, mismatches and SDG 16.2.2 of one year's figures (dicts with indicator, value,
    source and the breakdowns, "" or None for all); figures of other years are ignored."""
    grouped: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for fig in figures:
        if fig.get("year", year) == year:
            grouped[fig["indicator"]][fig.get("source") or ""].append(fig)
    result = YearCount(year)
    for indicator in sorted(grouped, key=_indicator_order):
        found: list[SourceTotal] = []
        for source in sorted(grouped[indicator], key=str.casefold):
            total, disagreements = source_total(grouped[indicator][source])
            if total is not None:
                found.append(total)
            result.mismatches.extend(
                Mismatch(indicator, source, stated, breakdown, sum_)
                for stated, breakdown, sum_ in disagreements
            )
        if not found:
            continue
        found.sort(key=lambda t: -t.total)  # stable: equal totals keep the sources' order
        best = found[0]
        result.totals[indicator] = IndicatorTotal(
            indicator, best.total, best.source, best.rule, tuple(found[1:])
        )
    result.victims_per_100k = per_100k(result.totals)
    return result


def per_100k(totals: Mapping[str, IndicatorTotal]) -> float | None:
    """SDG 16.2.2: victims identified per 100,000 of population, to two decimals; None when
    either is missing or the population is 0."""
    victims, population = totals.get("victims_identified"), totals.get("population")
    if victims is None or population is None or population.total <= 0:
        return None
    return round(victims.total * PER / population.total, 2)


def _indicator_order(name: str) -> int:
    return STATISTICS_INDICATORS.index(name) if name in STATISTICS_INDICATORS else 99


def breakdowns(figures: Iterable[Mapping[str, Any]], indicator: str, source: str) -> dict:
    """The figures of one indicator and source broken down by one column alone, as
    {breakdown: [(value, n), …]} in the order given (how the report prints a total's parts)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for fig in figures:
        if fig["indicator"] != indicator or (fig.get("source") or "") != source:
            continue
        rule = breakdown_of(fig)
        if rule is not None and rule != STATED:
            out.setdefault(rule, []).append((fig[rule], int(fig["value"])))
    return out
