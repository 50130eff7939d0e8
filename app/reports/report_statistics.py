"""The progress report's figures from other agencies, in the sections Protection (victims
identified, assisted, referred, repatriated) and Criminalisation (investigations, persons
prosecuted and convicted): the year's totals by the counting rules beside the year before, the
source of each, the breakdowns of the total's source, SDG 16.2.2 and the mismatches."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from app.i18n import translatable
from app.reports.pdf_common import fmt_int, grid_style, para
from app.reports.report_text import current, public_threshold, tr
from app.services.countries import country_name

INDICATOR_NAMES = {
    "victims_identified": translatable("Victims identified"),
    "victims_assisted": translatable("Victims assisted"),
    "victims_referred": translatable("Victims referred"),
    "victims_repatriated": translatable("Victims repatriated"),
    "investigations": translatable("Investigations"),
    "persons_prosecuted": translatable("Persons prosecuted"),
    "persons_convicted": translatable("Persons convicted"),
    "population": translatable("Population"),
}
BREAKDOWN_NAMES = {
    "sex": translatable("by sex"),
    "age_group": translatable("by age group"),
    "exploitation": translatable("by form of exploitation"),
    "citizenship": translatable("by citizenship"),
}
VALUE_NAMES = {
    "female": translatable("women and girls"),
    "male": translatable("men and boys"),
    "other": translatable("other"),
    "not stated": translatable("not stated"),
    "child": translatable("children"),
    "adult": translatable("adults"),
    "unknown": translatable("unknown"),
    "sexual": translatable("sexual exploitation"),
    "labour": translatable("forced labour"),
    "criminal_activities": translatable("forced criminal activities"),
    "begging": translatable("forced begging"),
    "organ_removal": translatable("organ removal"),
    "forced_marriage": translatable("forced marriage"),
}
# what each area prints broken down (product.md: victims by sex, age, citizenship and form of
# exploitation; prosecutions and convictions by sex)
AREA_BREAKDOWNS = {
    "protection": ("sex", "age_group", "exploitation", "citizenship"),
    "criminalisation": ("sex",),
}


def public_note(st) -> list:
    """The cover's statement of a document for publication (nothing otherwise)."""
    small = public_threshold()
    if not small:
        return []
    text = tr(
        "For publication: figures from 1 to {n} are shown as <{threshold} "
        "(small counts can identify people); no person is named."
    ).format(n=small - 1, threshold=small)
    return [Spacer(1, 4 * mm), para(text, st["Normal"])]


def _n(value: int | None, public: int = 0) -> str:
    if value is None:
        return "—"
    if public and 0 < value < public:
        return f"<{public}"
    return fmt_int(value)


def _value_name(breakdown: str, value: str) -> str:
    if breakdown == "citizenship" and value != "unknown":
        return country_name(value, current())
    return tr(VALUE_NAMES.get(value, value))


def _source(name: str) -> str:
    return name or tr("(no source)")


def statistics_block(story: list, slug: str, stats: dict[str, Any], st, public: int = 0) -> None:
    """The area's figures from other agencies, if it has any; `public`: the threshold under
    which a figure from 1 up is printed as "<threshold" (0: every figure as it is)."""
    rows = stats["areas"].get(slug)
    if rows is None:
        return
    year, before = stats["year"], stats["previous_year"]
    story.append(para(tr("Figures from other agencies, {year}").format(year=year), st["Heading3"]))
    if not rows:
        story.append(
            para(tr("No figures from other agencies for {year}.").format(year=year), st["Small"])
        )
        return
    table_rows: list[list[Any]] = [
        [
            para(tr("Indicator"), st["HeadSmall"]),
            para(str(year), st["HeadSmall"]),
            para(str(before), st["HeadSmall"]),
            para(tr("Source"), st["HeadSmall"]),
            para(tr("Other sources"), st["HeadSmall"]),
        ]
    ]
    for r in rows:
        others = "; ".join(f"{_source(s)}: {_n(n, public)}" for s, n in r["others"])
        table_rows.append(
            [
                para(tr(INDICATOR_NAMES[r["indicator"]]), st["Cell"]),
                _n(r["total"], public),
                _n(r["previous"], public),
                para(_source(r["source"]) if r["total"] is not None else "", st["Cell"]),
                para(others, st["Cell"]),
            ]
        )
    table = Table(table_rows, colWidths=[48 * mm, 18 * mm, 18 * mm, 40 * mm, 50 * mm])
    table.setStyle(grid_style([("ALIGN", (1, 1), (2, -1), "RIGHT")]))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    for r in rows:
        for source, by in r["breakdowns"].items():
            for breakdown in AREA_BREAKDOWNS[slug]:
                parts = by.get(breakdown)
                if not parts:
                    continue
                text = ", ".join(f"{_value_name(breakdown, v)} {_n(n, public)}" for v, n in parts)
                name = tr(INDICATOR_NAMES[r["indicator"]])
                story.append(
                    para(
                        f"{name} {tr(BREAKDOWN_NAMES[breakdown])} ({_source(source)}): {text}",
                        st["Small"],
                    )
                )
    if slug == "protection":
        sdg = stats["victims_per_100k"]
        shown = "—" if sdg is None else f"{sdg:.2f}"
        if current() == "ru":
            shown = shown.replace(".", ",")
        story.append(
            para(
                tr(
                    "SDG indicator 16.2.2, victims identified per 100,000 of population: {value}"
                ).format(value=shown),
                st["Small"],
            )
        )
    mine = [m for m in stats["mismatches"] if m.indicator in {r["indicator"] for r in rows}]
    if mine:
        story.append(para(tr("Stated totals that disagree with their breakdown:"), st["Small"]))
        for m in mine:
            story.append(
                para(
                    "• "
                    + tr("{indicator} ({source}): stated {stated}, {breakdown} {sum}").format(
                        indicator=tr(INDICATOR_NAMES[m.indicator]),
                        source=_source(m.source),
                        stated=_n(m.stated, public),
                        breakdown=tr(BREAKDOWN_NAMES[m.breakdown]),
                        sum=_n(m.sum, public),
                    ),
                    st["Small"],
                )
            )
