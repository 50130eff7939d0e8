"""The reporting pack's narrative annex (.docx, editable): for the period, by prevention,
protection, prosecution and partnership, the legislation with its status and instruments, the
trainings with their audiences and participants by sex, the campaigns with their channels and
reach, and the statistics tables, so that a coordinator pastes it into a GRETA, UNODC or TIP
answer instead of retyping. English or Russian; for publication small counts print as "<N"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.files import written_whole
from app.i18n import translatable
from app.reports.report_text import language, publication, tr, value_names
from app.reports.reporting_pack import INDICATORS, TITLES, cell_value, row_label
from app.services.statistics.pack import PackTable

PILLAR_NAMES = {
    "prevention": translatable("Prevention"),
    "protection": translatable("Protection"),
    "prosecution": translatable("Prosecution"),
    "partnership": translatable("Partnership"),
}
PILLAR_AREAS = {
    "prevention": translatable("Focus areas: eradicating root causes; countering demand."),
    "protection": translatable("Focus area: protection and reintegration of victims."),
    "prosecution": translatable("Focus area: criminalisation of trafficking."),
    "partnership": translatable("Focus area: national capacity-building."),
}
PILLAR_TABLES = {
    "protection": ("sex_age", "citizenship", "exploitation"),
    "prosecution": ("justice",),
}
STATUS = {
    "draft": translatable("Draft"),
    "submitted": translatable("Submitted"),
    "adopted": translatable("Adopted"),
    "in_force": translatable("In force"),
    "repealed": translatable("Repealed"),
}


def write_annex_docx(
    data: dict[str, Any],
    tables: list[PackTable],
    path: str | Path,
    *,
    lang: str = "en",
    public: int = 0,
) -> Path:
    """Write the annex beside `path` and rename it at the end (no half-written file)."""
    path = Path(path)
    with written_whole(path) as partial, language(lang), publication(public):
        _write(data, {t.name: t for t in tables}, partial, public)
    return path


def _date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _span(start, end) -> str:
    return _date(start) if start == end else f"{_date(start)} – {_date(end)}"


def _table(doc, header: list[str], rows: list[list[Any]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = "" if value is None else str(value)
    doc.add_paragraph()


def _write(data: dict[str, Any], tables: dict[str, PackTable], path: Path, public: int) -> None:
    from docx import Document

    doc = Document()
    settings = data["settings"]
    period = _span(data["from"], data["to"])
    doc.add_heading(tr("Narrative annex on countering trafficking in human beings"), 0)
    where = " · ".join(x for x in (settings.get("country"), settings.get("coordinating_body")) if x)
    doc.add_paragraph(
        " · ".join(x for x in (where, tr("Period: {period}").format(period=period)) if x)
    )
    if public:
        doc.add_paragraph(
            tr(
                "For publication: figures from 1 to {n} are shown as <{threshold} "
                "(small counts can identify people); no person is named."
            ).format(n=public - 1, threshold=public)
        )
    doc.add_paragraph(
        tr(
            "A record linked to several focus areas is listed under each of their pillars. "
            "Figures from other agencies are aggregate; each comes from the source named."
        )
    )
    for pillar in data["pillars"]:
        name = pillar["pillar"]
        doc.add_heading(tr(PILLAR_NAMES[name]), 1)
        doc.add_paragraph(tr(PILLAR_AREAS[name]))
        doc.add_heading(tr("Legislation adopted ({n})").format(n=len(pillar["legislation"])), 2)
        if pillar["legislation"]:
            _table(
                doc,
                [tr("Title"), tr("Reference"), tr("Adopted"), tr("Status"), tr("Instruments")],
                [
                    [law["title"], law["reference"], _date(law["adopted_on"]),
                     tr(STATUS.get(law["status"], law["status"])),
                     value_names(law["instruments"], "; ")]
                    for law in pillar["legislation"]
                ],
            )  # fmt: skip
        doc.add_heading(tr("Trainings held ({n})").format(n=len(pillar["trainings"])), 2)
        if pillar["trainings"]:
            _table(
                doc,
                [tr("Code"), tr("Title"), tr("Dates"), tr("Audience"), tr("Participants"),
                 tr("Women"), tr("Men")],
                [
                    [t["code"], t["title"], _span(t["start_date"], t["end_date"]),
                     value_names(t["audience"], "; "), cell_value(t["participants"], public),
                     cell_value(t["women"], public), cell_value(t["men"], public)]
                    for t in pillar["trainings"]
                ],
            )  # fmt: skip
        doc.add_heading(tr("Campaigns launched ({n})").format(n=len(pillar["campaigns"])), 2)
        if pillar["campaigns"]:
            _table(
                doc,
                [tr("Title"), tr("Dates"), tr("Channels"), tr("Reach")],
                [
                    [c["title"], _span(c["start_date"], c["end_date"]),
                     value_names(c["channels"], "; "), cell_value(c["reach"], public)]
                    for c in pillar["campaigns"]
                ],
            )  # fmt: skip
        for table_name in PILLAR_TABLES.get(name, ()):
            table = tables.get(table_name)
            doc.add_heading(tr(TITLES[table_name]), 2)
            if table is None or not table.rows:
                doc.add_paragraph(tr("No figures for this period."))
                continue
            _table(
                doc,
                [tr("Indicator"), tr("Breakdown"), *map(str, table.years), tr("Source")],
                [
                    [tr(INDICATORS[r.indicator]), row_label(r),
                     *(cell_value(r.values.get(y), public) for y in table.years),
                     "; ".join(sorted({s or tr("(no source)") for s in r.sources.values()}))]
                    for r in table.rows
                ],
            )  # fmt: skip
    doc.save(str(path))
