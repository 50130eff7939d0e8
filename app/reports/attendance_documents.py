"""Sign-in sheets (one per day of a session, A4 landscape) and certificates (one page for each
person present or late on at least one day), from roster data; never opens a session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Table

from app.files import written_whole
from app.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from app.reports.pdf_common import (
    ACCENT,
    RULE,
    fmt_date,
    fmt_num,
    fmt_span,
    grid_style,
    numbered_canvas,
    para,
    styles,
)
from app.reports.report_text import language, tr
from app.services.attendance.roster import attendees, certificate_number

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


def build_certificates(data: dict[str, Any], path: str | Path, lang: str = "en") -> Path:
    with language(lang), written_whole(path) as partial:
        _certificates(data, partial)
    return Path(path)


def _certificates(data: dict[str, Any], path: str | Path) -> Path:
    """One page for each person present or late on at least one day, never for anyone else."""
    from reportlab.pdfgen import canvas

    styles()  # registers the embedded font family
    t = data["training"]
    path = Path(path)
    people = attendees(data)
    c = canvas.Canvas(
        str(path),
        pagesize=PAGE,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # a font name; the stubs say float
    )
    c.setTitle(tr("Certificates {code}").format(code=t["code"]))
    width, height = PAGE
    if not people:
        c.setFont(REGULAR, 14)
        c.drawCentredString(
            width / 2,
            height / 2,
            tr(
                "{code}: nobody was present or late on any day, so there are no certificates."
            ).format(code=t["code"]),
        )
        c.showPage()
    for person in people:
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2)
        c.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
        c.setLineWidth(0.6)
        c.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 30)
        c.drawCentredString(width / 2, height - 48 * mm, tr("Certificate of participation"))
        c.setFillColor(colors.black)
        c.setFont(ITALIC, 13)
        c.drawCentredString(width / 2, height - 66 * mm, tr("This is to certify that"))
        c.setFont(BOLD, 24)
        c.drawCentredString(width / 2, height - 82 * mm, person["full_name"])
        c.setFont(REGULAR, 12)
        if person["organisation"]:
            c.drawCentredString(width / 2, height - 91 * mm, person["organisation"])
        c.setFont(ITALIC, 13)
        c.drawCentredString(width / 2, height - 106 * mm, tr("took part in the training"))
        c.setFont(BOLD_ITALIC, 17)
        _centred_lines(
            c, t["title"], width / 2, height - 120 * mm, width - 60 * mm, BOLD_ITALIC, 17
        )
        c.setFont(REGULAR, 12)
        hours = tr(" · {hours} hours").format(hours=fmt_num(t["hours"])) if t["hours"] else ""
        place = f" · {t['location']}" if t["location"] else ""
        c.drawCentredString(
            width / 2,
            height - 140 * mm,
            f"{fmt_span(t['start_date'], t['end_date'])}{hours}{place}",
        )
        if t["organiser"]:
            c.drawCentredString(
                width / 2,
                height - 148 * mm,
                tr("Organised by {organiser}").format(organiser=t["organiser"]),
            )
        for x in (width * 0.27, width * 0.73):
            c.line(x - 45 * mm, 40 * mm, x + 45 * mm, 40 * mm)
        c.setFont(REGULAR, 9)
        c.drawCentredString(width * 0.27, 35 * mm, tr("Organiser"))
        c.drawCentredString(width * 0.73, 35 * mm, tr("Trainer"))
        c.setFont(REGULAR, 8)
        c.drawRightString(
            width - 20 * mm,
            20 * mm,
            tr("Certificate No. {number}").format(number=certificate_number(t, person)),
        )
        c.showPage()
    c.save()
    return path


def _centred_lines(
    c, text: str, x: float, y: float, max_width: float, font: str, size: float
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > max_width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    for i, part in enumerate(lines[:3]):
        c.drawCentredString(x, y - i * (size + 4), part)
