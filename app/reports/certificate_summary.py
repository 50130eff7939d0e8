"""What a certificate certifies, as labelled lines for a screen or a terminal (`gpast verify`,
Help > Check a certificate…), in the documents' language."""

from __future__ import annotations

from app.reports.certificates import attended_text
from app.reports.pdf_common import fmt_num, fmt_span
from app.reports.report_text import language, tr
from app.services.attendance.certificate_codes import Certified


def certified_items(what: Certified, lang: str = "en") -> list[tuple[str, str]]:
    """(label, value) of each thing the certificate certifies."""
    with language(lang):
        items = [
            (tr("Certificate No."), what.number),
            (tr("Name"), what.name),
            (tr("Session"), f"{what.session_code} · {what.title}"),
            (tr("Session dates"), fmt_span(what.first_day, what.last_day)),
            (tr("Days attended"), attended_text(what)),
            (tr("Hours attended"), fmt_num(what.hours)),
            (tr("Issued by"), what.issuer or "—"),
        ]
    return items
