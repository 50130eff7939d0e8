"""gpast statistics --year Y [--json]: a year's figures from other agencies, counted by
product.md's rules (stated totals, breakdowns, sources never added, mismatches listed)."""

from __future__ import annotations

import json

from app.commands import open_db, russian, t
from app.i18n import translatable

LABELS = {
    "victims_identified": translatable("Victims identified"),
    "victims_assisted": translatable("Victims assisted"),
    "victims_referred": translatable("Victims referred"),
    "victims_repatriated": translatable("Victims repatriated"),
    "investigations": translatable("Investigations"),
    "persons_prosecuted": translatable("Persons prosecuted"),
    "persons_convicted": translatable("Persons convicted"),
    "population": translatable("Population"),
}
RULES = {
    "stated": translatable("stated"),
    "sex": translatable("sum by sex"),
    "age_group": translatable("sum by age group"),
    "exploitation": translatable("sum by form of exploitation"),
    "citizenship": translatable("sum by citizenship"),
}
BREAKDOWNS = {
    "sex": translatable("by sex"),
    "age_group": translatable("by age group"),
    "exploitation": translatable("by form of exploitation"),
    "citizenship": translatable("by citizenship"),
}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "statistics", help=t("a year's figures from other agencies, with their disagreements")
    )
    p.add_argument("--year", required=True, metavar="Y", help=t("the year"))
    p.add_argument("--json", action="store_true", help=t("print one JSON object"))
    p.set_defaults(handler=run)


def parse_year(text: str) -> int:
    """--year, checked as the `year` column of the statistics template is."""
    from dataclasses import replace

    from app.models.kinds import KINDS
    from app.services.records.fields import clean_value

    return int(clean_value(replace(KINDS["statistics"].field("year"), name="--year"), text))


def _n(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _source(name: str) -> str:
    return name or t("(no source)")


def format_table(count) -> str:
    """The year's totals as a table, the SDG indicator and the mismatches, in the user's
    language (product.md's counting rules in words under it)."""
    lines = [t("Statistics from other agencies, {year}").format(year=count.year), ""]
    if not count.totals:
        lines.append(t("No figures for this year."))
        return "\n".join(lines)
    head = [t("Indicator"), t("Total"), t("Source"), t("Counted as"), t("Other sources")]
    rows = [head]
    for name, total in count.totals.items():
        others = "; ".join(f"{_source(o.source)}: {_n(o.total)}" for o in total.others)
        rows.append(
            [t(LABELS[name]), _n(total.total), _source(total.source), t(RULES[total.rule]), others]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    for r in rows:
        cells = [r[0].ljust(widths[0]), r[1].rjust(widths[1])]
        cells += [c.ljust(w) for c, w in zip(r[2:], widths[2:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    sdg = count.victims_per_100k
    shown = (
        f"{sdg:.2f}".replace(".", "," if russian() else ".")
        if sdg is not None
        else t("not known (needs victims identified and population)")
    )
    lines.append(
        t("SDG 16.2.2, victims identified per 100,000 of population: {value}").format(value=shown)
    )
    if count.mismatches:
        lines.append("")
        lines.append(t("Stated totals that disagree with their breakdown:"))
        for m in count.mismatches:
            lines.append(
                "  "
                + t("{indicator} ({source}): stated {stated}, {breakdown} {sum}").format(
                    indicator=t(LABELS[m.indicator]),
                    source=_source(m.source),
                    stated=_n(m.stated),
                    breakdown=t(BREAKDOWNS[m.breakdown]),
                    sum=_n(m.sum),
                )
            )
    lines.append("")
    lines.append(
        t(
            "Figures from different sources are never added together: each indicator's total is "
            "the largest source's, the others are shown beside it."
        )
    )
    return "\n".join(lines)


def run(args) -> int:
    from app.services.statistics.figures import count

    year = parse_year(args.year)
    with open_db(args) as db:
        result = count(db, year)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_table(result))
    return 0
