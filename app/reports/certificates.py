"""Certificates (one page, A4 landscape, for each person present or late on at least one day),
from roster data; never opens a session. Each prints the days and hours the person attended
and carries a signed code (as text and as a QR code, app.services.attendance.certificate_codes)
that `gpast verify` checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from app.files import written_whole
from app.i18n import translatable
from app.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from app.reports.pdf_common import ACCENT, fmt_date, fmt_num, fmt_span, styles
from app.reports.report_text import current, language, tr
from app.services.attendance.certificate_codes import Certified, certified, grouped, sign
from app.services.attendance.roster import attendees, certificate_number
from app.services.exchange.identity import Identity, own_identity

PAGE = landscape(A4)
QR_SIZE = 34 * mm
# the Russian verb agrees with the person's sex; people whose sex is not female or male get a
# wording without a verb ("This certificate is awarded to … for taking part in the training")
TOOK_PART_SHE = translatable("took part in the training (she)")


def build_certificates(
    data: dict[str, Any], path: str | Path, lang: str = "en", identity: Identity | None = None
) -> Path:
    """`data`: a roster (app.services.attendance.roster), best with its "issuer"
    (certificate_codes.certificate_data); signed with `identity` (this installation's key by
    default)."""
    with language(lang), written_whole(path) as partial:
        _certificates(data, partial, identity)
    return Path(path)


def _certificates(data: dict[str, Any], path: str | Path, identity: Identity | None) -> Path:
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
    identity = identity or own_identity()
    print_ = identity.fingerprint
    for person in people:
        number = certificate_number(t, person)
        what = certified(data, person, number)
        _page(c, t, person, what, sign(what, identity), print_)
        c.showPage()
    c.save()
    return path


def _page(c, t: dict[str, Any], person: dict[str, Any], what: Certified, code: str, key: str):
    width, height = PAGE
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2)
    c.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    c.setLineWidth(0.6)
    c.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 30)
    c.drawCentredString(width / 2, height - 42 * mm, tr("Certificate of participation"))
    c.setFillColor(colors.black)
    intro, took_part = _wording(person.get("sex"))
    c.setFont(ITALIC, 13)
    c.drawCentredString(width / 2, height - 58 * mm, intro)
    c.setFont(BOLD, 24)
    c.drawCentredString(width / 2, height - 72 * mm, person["full_name"])
    c.setFont(REGULAR, 12)
    if person["organisation"]:
        c.drawCentredString(width / 2, height - 80 * mm, person["organisation"])
    c.setFont(ITALIC, 13)
    c.drawCentredString(width / 2, height - 93 * mm, took_part)
    c.setFont(BOLD_ITALIC, 17)
    _centred_lines(c, t["title"], width / 2, height - 105 * mm, width - 60 * mm, BOLD_ITALIC, 17)
    c.setFont(REGULAR, 12)
    place = f" · {t['location']}" if t["location"] else ""
    c.drawCentredString(
        width / 2, height - 126 * mm, f"{fmt_span(t['start_date'], t['end_date'])}{place}"
    )
    c.drawCentredString(width / 2, height - 133 * mm, _attended(what))
    if t["organiser"]:
        c.drawCentredString(
            width / 2,
            height - 140 * mm,
            tr("Organised by {organiser}").format(organiser=t["organiser"]),
        )
    for x in (width * 0.22, width * 0.55):
        c.line(x - 40 * mm, 56 * mm, x + 40 * mm, 56 * mm)
    c.setFont(REGULAR, 9)
    c.drawCentredString(width * 0.22, 52 * mm, tr("Organiser"))
    c.drawCentredString(width * 0.55, 52 * mm, tr("Trainer"))
    _code_block(c, what, code, key)


def _wording(sex: str | None) -> tuple[str, str]:
    if sex == "female" and current() != "en":
        return tr("This is to certify that"), tr(TOOK_PART_SHE)
    if sex in ("female", "male"):
        return tr("This is to certify that"), tr("took part in the training")
    return tr("This certificate is awarded to"), tr("for taking part in the training")


def _attended(what: Certified) -> str:
    """The days attended and the hours, e.g. "Days attended: 03.03.2025 – 04.03.2025 (2 of
    3) · hours: 8"."""
    text = tr("Days attended: {days}").format(days=attended_text(what))
    if what.hours:
        text += tr(" · hours: {hours}").format(hours=fmt_num(what.hours))
    return text


def attended_text(what: Certified) -> str:
    """The days attended, runs of days as spans, and how many of how many: "03.03.2025 –
    04.03.2025 (2 of 3)"."""
    runs: list[list] = []
    for day in what.days:
        if runs and (day - runs[-1][1]).days == 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    dates = ", ".join(fmt_span(a, b) if a != b else fmt_date(a) for a, b in runs)
    return tr("{dates} ({n} of {total})").format(
        dates=dates, n=len(what.days), total=len(what.attended)
    )


def _code_block(c, what: Certified, code: str, key: str) -> None:
    """The QR code at the bottom right; beside it the number, the issuer, the key's
    fingerprint, how to check, and the code as text."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    width, _height = PAGE
    widget = QrCodeWidget(code, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, c, width - 19 * mm - QR_SIZE, 18 * mm)
    left = 21 * mm
    right = width - 24 * mm - QR_SIZE
    c.setFont(REGULAR, 8)
    number = tr("Certificate No. {number}").format(number=what.number)
    issuer = tr("Issued by {issuer}").format(issuer=what.issuer) if what.issuer else ""
    c.drawString(left, 42 * mm, "  ·  ".join(x for x in (number, issuer) if x))
    c.drawString(
        left,
        38.5 * mm,
        tr("Signed with the key {fingerprint}. Check: gpast verify FILE-OR-CODE").format(
            fingerprint=key
        ),
    )
    c.setFont(REGULAR, 6.5)
    _left_lines(c, grouped(code), left, 34 * mm, right - left, REGULAR, 6.5)


def _left_lines(c, text: str, x: float, y: float, max_width: float, font: str, size: float):
    for i, line in enumerate(_wrapped(text, max_width, font, size)):
        c.drawString(x, y - i * (size + 1.5), line)


def _wrapped(text: str, max_width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > max_width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    return lines


def _centred_lines(
    c, text: str, x: float, y: float, max_width: float, font: str, size: float
) -> None:
    for i, part in enumerate(_wrapped(text, max_width, font, size)[:3]):
        c.drawCentredString(x, y - i * (size + 4), part)
