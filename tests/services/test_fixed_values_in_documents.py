"""Fixed values kept in lists the user may extend (campaign channels, training audiences,
international instruments) are printed in the document's language; the user's own words are
printed as typed (issue 16, item 18)."""

from __future__ import annotations

from datetime import date

import pypdf

from app.reports.narrative_annex import write_annex_docx
from app.reports.progress_report import build_report
from app.services.reporting.annex_data import annex_data
from app.services.reporting.report_data import report_data
from app.services.statistics.pack import pack_figures, pack_tables
from tests.factories import add_campaign, add_legislation, add_training

START, END = date(2025, 1, 1), date(2025, 12, 31)


def _fill(db) -> None:
    add_campaign(db, channels=["events", "TV", "print", "стенгазета"])
    add_training(db, audience=["police", "NGOs", "волонтёры"])
    add_legislation(db, instruments=["Palermo Protocol", "Минская конвенция"])


def test_the_russian_report_prints_the_channels_in_russian(db, tmp_path):
    _fill(db)
    data = report_data(db, START, END)
    english = build_report(data, tmp_path / "en.pdf")
    russian = build_report(data, tmp_path / "ru.pdf", lang="ru")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(russian).pages)
    assert "мероприятия, ТВ, печать, стенгазета" in " ".join(text.split())
    assert "events" not in text
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(english).pages)
    assert "events, TV, print, стенгазета" in " ".join(text.split())


def test_the_russian_annex_prints_channels_and_audiences_in_russian(db, tmp_path):
    import docx

    _fill(db)
    tables = pack_tables(pack_figures(db, START, END), [2025])
    out = write_annex_docx(annex_data(db, START, END), tables, tmp_path / "a.docx", lang="ru")
    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert "мероприятия; ТВ; печать; стенгазета" in cells
    assert "полиция; НКО; волонтёры" in cells
    assert "Палермский протокол; Минская конвенция" in cells
