"""The PDF progress report (A4) from app.services.reporting.report_data results: cover, summary
table, one section per focus area, legislation in the pipeline, and the counting rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
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
from app.reports.fonts import BOLD
from app.reports.pdf_common import (
    ACCENT,
    chunked_tables,
    fmt_date,
    fmt_num,
    fmt_span,
    grid_style,
    numbered_canvas,
    para,
    styles,
)
from app.reports.progress_sections import is_empty, section
from app.reports.report_graphics import TEXT_WIDTH, areas_chart
from app.reports.report_statistics import public_note
from app.reports.report_text import METHODS, area_name, language, publication, tr, value_names
from app.reports.report_vocabulary import KIND_NAMES, STATUS_NAMES, SUMMARY_COLUMNS

TOC_MIN_SECTIONS = 3
SECTION_ROOM = 150 * mm  # an area's section starts on a new page unless this much is left
EMPTY_SECTION_ROOM = 40 * mm  # … or this much, for an area with nothing recorded


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
    if long_report:  # the contents share their page with the summary
        toc = TableOfContents()
        toc.levelStyles = [st["Normal"], st["Small"]]
        story += [para(tr("Contents"), st["Heading1"]), toc, Spacer(1, 6 * mm)]
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
        for n, area in enumerate(data["sections"]):
            # a new page for the first area; the next ones follow on when most of a page is left
            # (no page holding one small table, no page for an area with nothing recorded)
            room = EMPTY_SECTION_ROOM if is_empty(area) else SECTION_ROOM
            story.append(CondPageBreak(room) if n else PageBreak())
            section(story, area, data, st, _heading)
    story.append(CondPageBreak(SECTION_ROOM))
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
    if role := _role(settings.get("country_role", "")):
        story.append(para(tr("Country's role: {role}").format(role=role), st["Normal"]))
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


def _role(text: str) -> str:
    """The country's role as set ("origin, transit"), its known words translated."""
    words = [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]
    return value_names(words)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _summary(story: list, data: dict, st) -> None:
    story.append(_heading(tr("Summary"), st["Heading1"], 0))
    header = [para(tr("Focus area"), st["CellBold"])] + [
        para(tr(label), st["HeadSmallRight"]) for _n, label in SUMMARY_COLUMNS
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
    if len(data["areas"]) > 1 and not data["empty"]:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    para(tr("The focus areas compared"), st["Heading3"]),
                    areas_chart(data["areas"]),
                ]
            )
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
                _capital(tr(KIND_NAMES.get(r["kind"], r["kind"]))),
                tr(STATUS_NAMES.get(r["status"], r["status"])),
            ]
            for r in data["pipeline"]
        ]
        story += chunked_tables(
            [tr("Title"), tr("Reference"), tr("Kind"), tr("Status")],
            rows,
            [100 * mm, 30 * mm, 22 * mm, 22 * mm],
        )
    story.append(CondPageBreak(SECTION_ROOM))


def _methods(story: list, st) -> None:
    story.append(_heading(tr("How the figures are counted"), st["Heading1"], 0))
    for title, text in METHODS:
        story.append(para(tr(title), st["Heading3"]))
        story.append(para(tr(text), st["Normal"]))
