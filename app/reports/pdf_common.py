"""Shared pieces of our PDFs: styles in the embedded font, a canvas that prints "Page X of Y",
and tables split into chunks (one huge reportlab Table is very slow)."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from app.reports.fonts import BOLD, REGULAR, register_fonts

CHUNK_ROWS = 100
HEADER_BG = colors.HexColor("#dde7f3")
RULE = colors.HexColor("#9bb3d1")
ACCENT = colors.HexColor("#1f4e79")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    out: dict[str, ParagraphStyle] = {}
    for name in ("Normal", "Title", "Heading1", "Heading2", "Heading3", "BodyText"):
        style = base[name].clone(name)
        assert isinstance(style, ParagraphStyle)  # the sample sheet's text styles
        style.fontName = BOLD if name.startswith(("Title", "Heading")) else REGULAR
        out[name] = style
    out["Normal"].fontSize = 9.5
    out["Normal"].leading = 12
    out["Small"] = ParagraphStyle("Small", parent=out["Normal"], fontSize=8, leading=10)
    out["Cell"] = ParagraphStyle("Cell", parent=out["Normal"], fontSize=8.5, leading=10.5)
    out["CellBold"] = ParagraphStyle("CellBold", parent=out["Cell"], fontName=BOLD)
    out["HeadSmall"] = ParagraphStyle("HeadSmall", parent=out["CellBold"], fontSize=7.5, leading=9)
    # the header of a column of figures: right-aligned, over its figures
    out["HeadSmallRight"] = ParagraphStyle("HeadSmallRight", parent=out["HeadSmall"], alignment=2)
    out["Title"].textColor = ACCENT
    out["Heading1"].textColor = ACCENT
    out["Heading1"].fontSize = 15
    out["Heading2"].fontSize = 12
    out["Heading3"].keepWithNext = 1
    out["Heading1"].keepWithNext = 1
    return out


def numbered_canvas(footer_left: str):
    """A canvas class that writes the footer with "Page X of Y" once the page count is known."""

    from app.reports.report_text import tr

    page_label = tr("Page {page} of {total}")  # chosen now: the canvas saves after the build

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = REGULAR  # never the built-in Helvetica
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own; not in its stubs

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize  # type: ignore[attr-defined]  # not in the stubs
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.grey)
            self.drawString(18 * mm, 10 * mm, footer_left)
            self.drawRightString(
                width - 18 * mm, 10 * mm, page_label.format(page=self.getPageNumber(), total=total)
            )
            self.restoreState()

    return NumberedCanvas


def chunked_tables(header: list, rows: list[list], widths, style_rows=None) -> list[Table]:
    """Tables of at most CHUNK_ROWS rows, each repeating the header."""
    tables = []
    for start in range(0, max(len(rows), 1), CHUNK_ROWS):
        part = rows[start : start + CHUNK_ROWS]
        table = Table([header, *part], colWidths=widths, repeatRows=1)
        table.setStyle(grid_style(style_rows))
        tables.append(table)
    return tables


def grid_style(extra=None) -> TableStyle:
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    return TableStyle(commands + list(extra or []))


def fmt_int(value) -> str:
    from app.reports.report_text import current, public_threshold

    small = public_threshold()
    if small and 0 < value < small:  # a document for publication: small counts identify people
        return f"<{small}"
    text = f"{int(value):,}"
    return text.replace(",", " ") if current() == "ru" else text


def fmt_num(value) -> str:
    from app.reports.report_text import current, public_threshold

    value = float(value)
    small = public_threshold()
    if value.is_integer() or (small and 0 < value < small):
        return fmt_int(value)
    text = f"{value:,.1f}"
    return text.replace(",", " ").replace(".", ",") if current() == "ru" else text


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fmt_span(start: date, end: date) -> str:
    return fmt_date(start) if start == end else f"{fmt_date(start)} – {fmt_date(end)}"


def para(text: str, style) -> Paragraph:
    from xml.sax.saxutils import escape

    return Paragraph(escape(text), style)
