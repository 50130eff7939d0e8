"""Certificates (one page, A4 landscape, for each person present or late on at least one day),
from roster data; never opens a session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from app.files import written_whole
from app.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from app.reports.pdf_common import ACCENT, fmt_num, fmt_span, styles
from app.reports.report_text import language, tr
from app.services.attendance.roster import attendees, certificate_number

PAGE = landscape(A4)


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
