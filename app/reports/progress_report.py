"""The PDF progress report (A4) from app.services.reporting.report_data results: cover, summary
table, one section per focus area, legislation in the pipeline, and the counting rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.files import written_whole
from app.i18n import translatable
from app.reports.fonts import BOLD
from app.reports.pdf_common import (
    ACCENT,
    chunked_tables,
    fmt_date,
    fmt_int,
    fmt_num,
    fmt_span,
    grid_style,
    numbered_canvas,
    para,
    styles,
)
from app.reports.report_graphics import TEXT_WIDTH, comparison_chart, progress_bar
from app.reports.report_statistics import INDICATOR_NAMES as STATISTICS_NAMES
from app.reports.report_statistics import public_note, statistics_block
from app.reports.report_text import (
    METHODS,
    area_description,
    area_name,
    language,
    publication,
    tr,
    value_names,
)

SUMMARY_COLUMNS = [
    ("laws_adopted", translatable("Legislative acts adopted")),
    ("trainings_held", translatable("Trainings held")),
    ("participations", translatable("Participants trained")),
    ("participations_female", translatable("of whom women")),
    ("campaigns_launched", translatable("Campaigns launched")),
    ("campaign_reach", translatable("Campaign reach")),
]
INDICATOR_NAMES = (
    dict(SUMMARY_COLUMNS)
    | STATISTICS_NAMES
    | {
        "participations_male": translatable("of whom men"),
        "training_hours": translatable("Training hours"),
        "people_trained": translatable("People trained (each once)"),
    }
)
TOC_MIN_SECTIONS = 3
STATUS_NAMES = {
    "draft": translatable("Draft"),
    "submitted": translatable("Submitted"),
    "adopted": translatable("Adopted"),
    "in_force": translatable("In force"),
    "repealed": translatable("Repealed"),
}
KIND_NAMES = {
    "law": translatable("law"),
    "amendment": translatable("amendment"),
    "decree": translatable("decree"),
    "regulation": translatable("regulation"),
    "programme": translatable("programme"),
    "treaty": translatable("treaty"),
}


class _Heading(Paragraph):
    """A heading listed in the contents and the PDF outline at `toc_level`."""

    toc_level: int


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable):  # noqa: N802 - reportlab API
        if isinstance(flowable, _Heading) and getattr(flowable, "toc_level", None) is not None:
            text = flowable.getPlainText()
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, flowable.toc_level, closed=True)
            self.notify("TOCEntry", (flowable.toc_level, text, self.page, key))


def _heading(text: str, style, level: int) -> Paragraph:
    from xml.sax.saxutils import escape

    p = _Heading(escape(text), style)  # escaped as para() does
    p.toc_level = level
    return p


def build_report(data: dict[str, Any], path: str | Path, lang: str = "en", public: int = 0) -> Path:
    """Write the report described by `data` (from report_data) to `path`, in `lang`; for
    publication (`public`: the threshold) small counts print as "<N" and the cover says so."""
    with language(lang), publication(public), written_whole(path) as partial:
        _build_report(data, partial)
    return Path(path)


def _build_report(data: dict[str, Any], path: str | Path) -> Path:
    """Write the report described by `data` (from report_data) to `path`."""
    st = styles()
    path = Path(path)
    made = fmt_date(data["made_on"])
    doc = _Doc(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=tr("GPAST progress report"),
        author=data["settings"].get("coordinating_body") or "GPAST Coordinator",
        subject=f"{data['from']} – {data['to']}",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list = []
    _cover(story, data, st)
    long_report = len(data["sections"]) >= TOC_MIN_SECTIONS and not data["empty"]
    if long_report:
        toc = TableOfContents()
        toc.levelStyles = [st["Normal"], st["Small"]]
        story += [para(tr("Contents"), st["Heading1"]), toc, PageBreak()]
    _summary(story, data, st)
    if data["empty"]:
        story.append(Spacer(1, 4 * mm))
        story.append(
            para(
                tr(
                    "Nothing was recorded for this period: no legislation adopted, no training "
                    "session started and no campaign launched between {start} and {end}."
                ).format(start=fmt_date(data["from"]), end=fmt_date(data["to"])),
                st["Normal"],
            )
        )
    if not data["empty"] or not data.get("statistics", {"empty": True})["empty"]:
        for section in data["sections"]:
            story.append(PageBreak())
            _section(story, section, data, st)
    story.append(PageBreak())
    _pipeline(story, data, st)
    _methods(story, st)
    footer = tr("GPAST progress report {period} · made {made}").format(
        period=fmt_span(data["from"], data["to"]), made=made
    )
    doc.multiBuild(story, canvasmaker=numbered_canvas(footer))
    return path


def _cover(story: list, data: dict, st) -> None:
    settings = data["settings"]
    story.append(Spacer(1, 40 * mm))
    if settings.get("country"):
        story.append(para(settings["country"], st["Heading2"]))
    if settings.get("coordinating_body"):
        story.append(para(settings["coordinating_body"], st["Normal"]))
    story.append(Spacer(1, 18 * mm))
    story.append(para(tr("Progress report on countering trafficking in human beings"), st["Title"]))
    story.append(
        para(
            tr(
                "Global Partnership against Slavery and Trafficking in Human Beings in the 21st "
                "century (GPAST)"
            ),
            st["Normal"],
        )
    )
    story.append(Spacer(1, 10 * mm))
    story.append(
        para(
            tr("Period: {period}").format(period=fmt_span(data["from"], data["to"])), st["Heading2"]
        )
    )
    areas = ", ".join(area_name(a["slug"], a["name"]) for a in data["areas"])
    story.append(para(tr("Focus areas: {areas}").format(areas=areas), st["Normal"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        para(
            tr("Made on {date} with GPAST Coordinator").format(date=fmt_date(data["made_on"])),
            st["Small"],
        )
    )
    story += public_note(st)
    story.append(PageBreak())


def _summary(story: list, data: dict, st) -> None:
    story.append(_heading(tr("Summary"), st["Heading1"], 0))
    header = [para(tr("Focus area"), st["CellBold"])] + [
        para(tr(label), st["HeadSmall"]) for _n, label in SUMMARY_COLUMNS
    ]
    rows = [
        [para(area_name(a["slug"], a["name"]), st["Cell"])]
        + [fmt_num(a["figures"][n]) for n, _l in SUMMARY_COLUMNS]
        for a in data["areas"]
    ]
    rows.append(
        [para(tr("Total (each record once)"), st["CellBold"])]
        + [fmt_num(data["total"][n]) for n, _l in SUMMARY_COLUMNS]
    )
    widths = [44 * mm] + [(TEXT_WIDTH - 44 * mm) / len(SUMMARY_COLUMNS)] * len(SUMMARY_COLUMNS)
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        grid_style(
            [
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("FONT", (1, -1), (-1, -1), BOLD, 8.5),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            tr(
                "A record linked to several focus areas counts in each area row and once in the "
                "total, so the area rows may add up to more than the total. Participants trained "
                "counts each (session, person) pair where the person was present or late on at "
                "least one day."
            ),
            st["Small"],
        )
    )


def _section(story: list, s: dict, data: dict, st) -> None:
    story.append(_heading(area_name(s["slug"], s["name"]), st["Heading1"], 0))
    story.append(para(area_description(s["slug"], s["description"]), st["Normal"]))
    story.append(Spacer(1, 3 * mm))
    if s["targets"]:
        story.append(
            para(
                tr("Against the {year} targets (1 January – {end})").format(
                    year=data["target_year"], end=fmt_date(data["to"])
                ),
                st["Heading3"],
            )
        )
        rows = [
            [
                para(tr(INDICATOR_NAMES.get(t["indicator"], t["indicator"])), st["Cell"]),
                fmt_num(t["actual"]),
                fmt_num(t["target"]),
                "—" if t["percent"] is None else f"{t['percent']:.0f} %",
                progress_bar(t["percent"]),
            ]
            for t in s["targets"]
        ]
        table = Table(
            [[tr("Indicator"), tr("Figure"), tr("Target"), tr("Progress"), ""], *rows],
            colWidths=[55 * mm, 22 * mm, 22 * mm, 20 * mm, 50 * mm],
        )
        table.setStyle(
            grid_style(
                [("ALIGN", (1, 1), (3, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            )
        )
        story.append(table)
        story.append(Spacer(1, 3 * mm))
    labels = (
        f"{fmt_span(data['from'], data['to'])}",
        tr("previous: {period}").format(
            period=fmt_span(data["previous_from"], data["previous_to"])
        ),
    )
    story.append(
        KeepTogether(
            [
                para(tr("This period and the previous one"), st["Heading3"]),
                comparison_chart(s, labels),
            ]
        )
    )
    f = s["figures"]
    others = f["participations"] - f["participations_female"] - f["participations_male"]
    story.append(para(tr("Participants by sex"), st["Heading3"]))
    sex = Table(
        [
            [
                para(tr("Women"), st["HeadSmall"]),
                para(tr("Men"), st["HeadSmall"]),
                para(tr("Other or not stated"), st["HeadSmall"]),
                para(tr("Participants trained"), st["HeadSmall"]),
                para(tr("People (each once)"), st["HeadSmall"]),
            ],
            [
                fmt_int(f["participations_female"]),
                fmt_int(f["participations_male"]),
                fmt_int(others),
                fmt_int(f["participations"]),
                fmt_int(f["people_trained"]),
            ],
        ],
        colWidths=[TEXT_WIDTH / 5] * 5,
    )
    sex.setStyle(grid_style([("ALIGN", (0, 1), (-1, -1), "RIGHT")]))
    story.append(sex)
    if "statistics" in data:
        statistics_block(story, s["slug"], data["statistics"], st)
    _record_lists(story, s, st)


def _record_lists(story: list, s: dict, st) -> None:
    def heading(text: str, count: int) -> None:
        story.append(para(f"{tr(text)} ({count})", st["Heading3"]))
        if not count:
            story.append(para(tr("None in this period."), st["Small"]))

    heading(translatable("Legislation adopted"), len(s["legislation"]))
    if s["legislation"]:
        rows = [
            [
                para(r["title"], st["Cell"]),
                para(r["reference"], st["Cell"]),
                fmt_date(r["adopted_on"]),
                tr(STATUS_NAMES.get(r["status"], r["status"])),
            ]
            for r in s["legislation"]
        ]
        story += chunked_tables(
            [tr("Title"), tr("Reference"), tr("Adopted"), tr("Status")],
            rows,
            [98 * mm, 30 * mm, 22 * mm, 24 * mm],
        )
    heading(translatable("Trainings held"), len(s["trainings"]))
    if s["trainings"]:
        rows = [
            [
                para(r["code"], st["Cell"]),
                para(r["title"], st["Cell"]),
                para(fmt_span(r["start_date"], r["end_date"]), st["Cell"]),
                para(r["location"], st["Cell"]),
                fmt_int(r["participants"]),
                fmt_int(r["women"]),
            ]
            for r in s["trainings"]
        ]
        story += chunked_tables(
            [tr("Code"), tr("Title"), tr("Dates"), tr("Place"), tr("Participants"), tr("Women")],
            rows,
            [24 * mm, 64 * mm, 30 * mm, 24 * mm, 18 * mm, 14 * mm],
            [("ALIGN", (4, 1), (5, -1), "RIGHT")],
        )
    heading(translatable("Campaigns launched"), len(s["campaigns"]))
    if s["campaigns"]:
        rows = [
            [
                para(r["title"], st["Cell"]),
                para(fmt_span(r["start_date"], r["end_date"]), st["Cell"]),
                para(value_names(r["channels"]), st["Cell"]),
                fmt_int(r["reach"]),
            ]
            for r in s["campaigns"]
        ]
        story += chunked_tables(
            [tr("Title"), tr("Dates"), tr("Channels"), tr("Reach")],
            rows,
            [74 * mm, 34 * mm, 44 * mm, 22 * mm],
            [("ALIGN", (3, 1), (3, -1), "RIGHT")],
        )


def _pipeline(story: list, data: dict, st) -> None:
    story.append(_heading(tr("Legislation in the pipeline"), st["Heading1"], 0))
    if not data["pipeline"]:
        story.append(para(tr("No legislation is in draft or submitted."), st["Normal"]))
    else:
        rows = [
            [
                para(r["title"], st["Cell"]),
                para(r["reference"], st["Cell"]),
                tr(KIND_NAMES.get(r["kind"], r["kind"])),
                tr(STATUS_NAMES.get(r["status"], r["status"])),
            ]
            for r in data["pipeline"]
        ]
        story += chunked_tables(
            [tr("Title"), tr("Reference"), tr("Kind"), tr("Status")],
            rows,
            [100 * mm, 30 * mm, 22 * mm, 22 * mm],
        )
    story.append(PageBreak())


def _methods(story: list, st) -> None:
    story.append(_heading(tr("How the figures are counted"), st["Heading1"], 0))
    for title, text in METHODS:
        story.append(para(tr(title), st["Heading3"]))
        story.append(para(tr(text), st["Normal"]))
