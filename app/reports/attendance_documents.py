"""Sign-in sheets (one per day of a session, A4 landscape), from roster data; never opens a
session. Certificates are in app.reports.certificates.

Each page is drawn where app.services.scanning.sheet_layout says, with a small QR code naming the
database, session, day, page and the person of each row, and four black corner squares: a signed
sheet can be read back from a scan or a photo (`gpast attendance-scan`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.files import written_whole
from app.reports.fonts import BOLD, REGULAR
from app.reports.pdf_common import ACCENT, HEADER_BG, RULE, fmt_date, fmt_span, numbered_canvas
from app.reports.pdf_common import styles as register_styles
from app.reports.report_text import language, tr
from app.services.scanning import sheet_layout as L

PAGE = landscape(A4)
WALK_IN_ROWS = L.WALK_IN_ROWS
GREY = colors.HexColor("#5a5a5a")


def build_signin_sheets(data: dict[str, Any], path: str | Path, lang: str = "en") -> Path:
    with language(lang), written_whole(path) as partial:
        _signin_sheets(data, partial)
    return Path(path)


def _signin_sheets(data: dict[str, Any], path: str | Path) -> Path:
    """One sheet per day (more pages when the rows do not fit): the heading, the session's
    details, numbered rows with every registered person's name and organisation and a signature
    box, then empty rows for walk-ins with columns for their sex and organisation."""
    register_styles()  # the embedded font family
    t = data["training"]
    footer = tr("Sign-in sheet {code} · {title}").format(code=t["code"], title=t["title"])
    c = numbered_canvas(footer)(str(path), pagesize=PAGE)
    c.setTitle(tr("Sign-in sheet {code}").format(code=t["code"]))
    c.setAuthor(t["organiser"] or "")
    people = {p["id"]: p for p in data["people"]}
    order = [p["id"] for p in data["people"]]
    for n, day in enumerate(data["days"], start=1):
        pages = L.pages_of_day(order)
        for page_no, (first_row, ids, walk_ins) in enumerate(pages, start=1):
            code = L.SheetCode(
                database=data.get("database", "0" * 8),
                training_id=t["id"],
                training_uuid=t["uuid"].replace("-", "")[:6],
                day=day,
                day_number=n,
                page=page_no,
                first_row=first_row,
                walk_ins=walk_ins,
                people=ids,
            )
            _page(c, data, code, len(data["days"]), len(pages), [people[i] for i in ids])
            c.showPage()
    c.save()
    return Path(path)


def _y(top_mm: float) -> float:
    """reportlab measures from the bottom; the layout from the top."""
    return PAGE[1] - top_mm * mm


def _page(c, data, code: L.SheetCode, days: int, pages: int, people: list[dict]) -> None:
    t = data["training"]
    _marks(c, code)
    heading = tr("Sign-in sheet — day {n} of {days}").format(n=code.day_number, days=days)
    heading += f"  ·  {fmt_date(code.day)}"
    if pages > 1:
        heading += "  ·  " + tr("sheet {page} of {pages}").format(page=code.page, pages=pages)
    left, width = L.TABLE_X * mm, (L.QR_X - 4 - L.TABLE_X) * mm
    c.setFillColor(ACCENT)
    _fit(c, heading, left, _y(14), width, BOLD, 15)
    c.setFillColor(colors.black)
    _fit(c, f"{t['title']}  ({t['code']})", left, _y(21.5), width, BOLD, 11)
    details = [
        (tr("Location"), t["location"] or "—"),
        (tr("Organiser"), t["organiser"] or "—"),
        (tr("Session"), fmt_span(t["start_date"], t["end_date"])),
        (tr("Trainer's signature"), ""),
    ]
    half = width / 2
    for i, (label, value) in enumerate(details):
        x = left + (i % 2) * half
        y = _y(29 + (i // 2) * 6.5)
        c.setFillColor(GREY)
        c.setFont(REGULAR, 8)
        c.drawString(x, y, f"{label}:")
        label_w = max(stringWidth(f"{label}:", REGULAR, 8) + 2 * mm, 24 * mm)
        c.setFillColor(colors.black)
        if value:
            _fit(c, value, x + label_w, y, half - label_w - 4 * mm, REGULAR, 9.5)
        else:
            c.setStrokeColor(RULE)
            c.line(x + label_w, y - 1, x + half - 6 * mm, y - 1)
    _table(c, code, people)


def _marks(c, code: L.SheetCode) -> None:
    """The four corner squares and the QR code (with its quiet zone kept white)."""
    c.setFillColor(colors.black)
    for cx, cy in L.marker_centres():
        half = L.MARKER / 2
        c.rect((cx - half) * mm, _y(cy + half), L.MARKER * mm, L.MARKER * mm, stroke=0, fill=1)
    widget = QrCodeWidget(code.text(), barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    size = L.QR_SIZE * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, L.QR_X * mm, _y(L.QR_Y + L.QR_SIZE))


def _table(c, code: L.SheetCode, people: list[dict]) -> None:
    heads = [tr("No."), tr("Name"), tr("Sex"), tr("Organisation"), tr("Signature")]
    top = L.TABLE_TOP
    total_w = sum(L.COLUMNS)
    c.setFillColor(HEADER_BG)
    c.rect(L.TABLE_X * mm, _y(top + L.HEADER_H), total_w * mm, L.HEADER_H * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for i, head in enumerate(heads):
        _fit(c, head, (L.column_x(i) + 1.5) * mm, _y(top + 5.5), (L.COLUMNS[i] - 3) * mm, BOLD, 9)
    rows = code.rows
    for slot in range(rows):
        y_top = L.row_top(slot)
        baseline = _y(y_top + L.ROW_H / 2 + 1.2)
        c.setFont(REGULAR, 9)
        c.drawString((L.TABLE_X + 1.5) * mm, baseline, str(code.first_row + slot))
        if slot < len(people):
            person = people[slot]
            for col, text, size in (
                (1, person["full_name"], 9.5),
                (3, person["organisation"], 8.5),
            ):
                x, w = (L.column_x(col) + 1.5) * mm, (L.COLUMNS[col] - 3) * mm
                _cell(c, text or "", x, baseline, w, size)
            c.setFillColor(colors.HexColor("#f2f2f2"))  # nothing to write: sex is on record
            c.rect(
                L.column_x(2) * mm,
                _y(y_top + L.ROW_H),
                L.COLUMNS[2] * mm,
                L.ROW_H * mm,
                stroke=0,
                fill=1,
            )
            c.setFillColor(colors.black)
        else:
            _sex_boxes(c, L.column_x(2), y_top)
    bottom = L.row_top(rows)
    c.setStrokeColor(colors.HexColor("#5f7fa8"))
    c.setLineWidth(0.7)
    for slot in range(-1, rows + 1):
        y = top if slot == -1 else L.row_top(slot)
        c.line(L.TABLE_X * mm, _y(y), (L.TABLE_X + total_w) * mm, _y(y))
    for i in range(len(L.COLUMNS) + 1):
        x = L.column_x(i) if i < len(L.COLUMNS) else L.TABLE_X + total_w
        c.line(x * mm, _y(top), x * mm, _y(bottom))
    if code.walk_ins:
        c.setFont(REGULAR, 8)
        c.setFillColor(GREY)
        c.drawString(
            (L.TABLE_X + 1.5) * mm,
            _y(bottom + 4.5),
            tr("Not on the list? Write your name, sex and organisation in an empty row and sign."),
        )
        c.setFillColor(colors.black)


def _sex_boxes(c, x_mm: float, y_top: float) -> None:
    """Two small tick boxes: female, male."""
    c.setFont(REGULAR, 8)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    for k, letter in enumerate((tr("F"), tr("M"))):
        bx = x_mm + 2.5 + k * 11
        by = y_top + L.ROW_H / 2 - 1.6
        c.drawString((bx) * mm, _y(by + 2.6), letter)
        c.rect((bx + 3.2) * mm, _y(by + 3.2), 3.2 * mm, 3.2 * mm, stroke=1, fill=0)


def _cell(c, text: str, x: float, baseline: float, width: float, size: float) -> None:
    """A cell's text on one line, or on two when one would be too small to read."""
    if stringWidth(text, REGULAR, 8) <= width or " " not in text:
        _fit(c, text, x, baseline, width, REGULAR, size)
        return
    words = text.split()
    first = ""
    for i in range(len(words), 0, -1):
        first = " ".join(words[:i])
        if stringWidth(first, REGULAR, 8) <= width or i == 1:
            rest = " ".join(words[i:])
            break
    _fit(c, first, x, baseline + 1.9 * mm, width, REGULAR, 8)
    _fit(c, rest, x, baseline - 1.9 * mm, width, REGULAR, 8)


def _fit(c, text: str, x: float, y: float, width: float, font: str, size: float) -> None:
    """One line at (x, y): smaller type down to 6.5 pt, then cut with an ellipsis."""
    while size > 6.5 and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text += "…"
    c.setFont(font, size)
    c.drawString(x, y, text)
