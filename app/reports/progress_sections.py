"""The progress report's section for one focus area: its targets, this period against the
previous one, participants by sex, other agencies' figures and the records of the period."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from app.i18n import translatable
from app.reports.pdf_common import (
    chunked_tables,
    fmt_date,
    fmt_int,
    fmt_num,
    fmt_span,
    grid_style,
    para,
)
from app.reports.report_graphics import TEXT_WIDTH, comparison_chart, progress_bar
from app.reports.report_statistics import statistics_block
from app.reports.report_text import area_description, area_name, tr, value_names
from app.reports.report_vocabulary import INDICATOR_NAMES, STATUS_NAMES

RECORD_FIGURES = ("laws_adopted", "trainings_held", "campaigns_launched", "participations")


def is_empty(s: dict) -> bool:
    """Nothing recorded in the area in the period."""
    nothing = not (s["legislation"] or s["trainings"] or s["campaigns"])
    return nothing and not any(s["figures"].get(n) for n in RECORD_FIGURES)


def section(story: list, s: dict, data: dict, st, heading) -> None:
    """One focus area's section; `heading(text, style, level)` makes a heading listed in the
    contents. An area with nothing recorded in the period gets its name and one line saying
    so (and its targets and other agencies' figures, if any), not a page of zero bars."""
    # space above when it follows another area on the page (none at the top of a page)
    style = ParagraphStyle("AreaHeading", parent=st["Heading1"], spaceBefore=10 * mm)
    story.append(heading(area_name(s["slug"], s["name"]), style, 0))
    if is_empty(s):
        story.append(
            para(
                tr(
                    "Nothing recorded in this area between {start} and {end}: no legislation "
                    "adopted, no training session started and no campaign launched."
                ).format(start=fmt_date(data["from"]), end=fmt_date(data["to"])),
                st["Normal"],
            )
        )
    else:
        story.append(para(area_description(s["slug"], s["description"]), st["Normal"]))
    story.append(Spacer(1, 3 * mm))
    if s["targets"]:
        story.append(
            para(
                tr("Against the {year} targets ({period})").format(
                    year=data["target_year"],
                    period=fmt_span(date(data["target_year"], 1, 1), data["to"]),
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
                [("ALIGN", (1, 0), (3, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
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
    if not is_empty(s):
        story.append(
            KeepTogether(
                [
                    para(tr("This period and the previous one"), st["Heading3"]),
                    comparison_chart(s, labels),
                ]
            )
        )
        _by_sex(story, s["figures"], st)
    if "statistics" in data:
        statistics_block(story, s["slug"], data["statistics"], st)
    if not is_empty(s):
        _record_lists(story, s, st)


def _record_lists(story: list, s: dict, st) -> None:
    def listed(text: str, count: int, tables: list) -> None:
        """The heading kept on the page of the list's first table."""
        title = para(f"{tr(text)} ({count})", st["Heading3"])
        if not count:
            story.append(KeepTogether([title, para(tr("None in this period."), st["Small"])]))
            return
        story.append(KeepTogether([title, tables[0]]))
        story.extend(tables[1:])

    tables: list = []
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
        tables = chunked_tables(
            [tr("Title"), tr("Reference"), tr("Adopted"), tr("Status")],
            rows,
            [98 * mm, 30 * mm, 22 * mm, 24 * mm],
        )
    listed(translatable("Legislation adopted"), len(s["legislation"]), tables)
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
        tables = chunked_tables(
            [tr("Code"), tr("Title"), tr("Dates"), tr("Place"), tr("Participants"), tr("Women")],
            rows,
            [24 * mm, 64 * mm, 30 * mm, 24 * mm, 18 * mm, 14 * mm],
            [("ALIGN", (4, 1), (5, -1), "RIGHT")],
        )
    listed(translatable("Trainings held"), len(s["trainings"]), tables)
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
        tables = chunked_tables(
            [tr("Title"), tr("Dates"), tr("Channels"), tr("Reach")],
            rows,
            [74 * mm, 34 * mm, 44 * mm, 22 * mm],
            [("ALIGN", (3, 1), (3, -1), "RIGHT")],
        )
    listed(translatable("Campaigns launched"), len(s["campaigns"]), tables)


def _by_sex(story: list, f: dict, st) -> None:
    """Participants by sex: each figure right-aligned under its own header."""
    others = f["participations"] - f["participations_female"] - f["participations_male"]
    headers = (
        tr("Women"),
        tr("Men"),
        tr("Other or not stated"),
        tr("Participants trained"),
        tr("People (each once)"),
    )
    figures = (
        f["participations_female"],
        f["participations_male"],
        others,
        f["participations"],
        f["people_trained"],
    )
    table = Table(
        [[para(h, st["HeadSmallRight"]) for h in headers], [fmt_int(n) for n in figures]],
        colWidths=[TEXT_WIDTH / 5] * 5,
    )
    table.setStyle(grid_style([("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
    story.append(KeepTogether([para(tr("Participants by sex"), st["Heading3"]), table]))
