"""Sign-in sheets (one per day of a session, A4 landscape), from roster data; never opens a
session. Certificates are in app.reports.certificates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Table

from app.files import written_whole
from app.reports.fonts import BOLD
from app.reports.pdf_common import (
    RULE,
    fmt_date,
    fmt_span,
    grid_style,
    numbered_canvas,
    para,
    styles,
)
from app.reports.report_text import language, tr

WALK_IN_ROWS = 5
PAGE = landscape(A4)


def build_signin_sheets(data: dict[str, Any], path: str | Path, lang: str = "en") -> Path:
    with language(lang), written_whole(path) as partial:
        _signin_sheets(data, partial)
    return Path(path)


def _signin_sheets(data: dict[str, Any], path: str | Path) -> Path:
    """One sheet per day: the session's header, numbered rows with every registered person's
    name and organisation and a signature box, then empty rows for walk-ins."""
    st = styles()
    t = data["training"]
    path = Path(path)
    doc = BaseDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=12 * mm,
        bottomMargin=16 * mm,
        title=tr("Sign-in sheet {code}").format(code=t["code"]),
        author=t["organiser"] or "",
    )
    doc.addPageTemplates(
        [PageTemplate(frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])]
    )
    widths = [12 * mm, 78 * mm, 92 * mm, doc.width - 182 * mm]
    story: list = []
    for n, day in enumerate(data["days"]):
        if n:
            story.append(PageBreak())
        heading = para(
            f"{t['title']}  ·  {t['code']}  ·  "
            + tr("day {n} of {days}").format(n=n + 1, days=len(data["days"]))
            + f": {fmt_date(day)}",
            st["Heading2"],
        )
        details = para(
            tr("Location: {location}    Organiser: {organiser}    Session: {dates}").format(
                location=t["location"] or "—",
                organiser=t["organiser"] or "—",
                dates=fmt_span(t["start_date"], t["end_date"]),
            ),
            st["Normal"],
        )
        rows: list[list[Paragraph | str]] = [
            [heading, "", "", ""],
            [details, "", "", ""],
            [tr("No."), tr("Name"), tr("Organisation"), tr("Signature")],
        ]
        for i, person in enumerate(data["people"], start=1):
            rows.append(
                [
                    str(i),
                    para(person["full_name"], st["Cell"]),
                    para(person["organisation"] or "", st["Cell"]),
                    "",
                ]
            )
        for i in range(len(data["people"]) + 1, len(data["people"]) + WALK_IN_ROWS + 1):
            rows.append([str(i), "", "", ""])
        table = Table(
            rows,
            colWidths=widths,
            repeatRows=3,
            rowHeights=[None, None, None] + [11 * mm] * (len(rows) - 3),
        )
        table.setStyle(
            grid_style(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("SPAN", (0, 1), (-1, 1)),
                    ("BACKGROUND", (0, 0), (-1, 1), colors.white),
                    ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#dde7f3")),
                    ("FONT", (0, 2), (-1, 2), BOLD, 9),
                    ("GRID", (0, 2), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 3), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story.append(table)
    footer = tr("Sign-in sheet {code} · {title}").format(code=t["code"], title=t["title"])
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return path
