"""The progress report reads well: figures under their own headers, an empty focus area in two
lines, no page holding a scrap, the contents sharing their page, one date style, capitalised
names, the country's role on the cover, and a chart comparing the areas."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.fonts import BOLD, REGULAR
from app.reports.pdf_common import styles
from app.reports.progress_report import build_report
from app.services.reporting.report_data import report_data
from app.services.settings import update_settings
from tests.services.test_report import known  # noqa: F401 - the fixture

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def placed(path, page: int) -> list[tuple[float, float, str]]:
    """(x, y, text) of each piece of text on the page, in points from the bottom left."""
    out: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((x, y, text.strip()))

    pypdf.PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return out


def pages(path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


def test_participants_by_sex_stand_under_their_own_headers(known, tmp_path):  # noqa: F811
    path = build_report(report_data(known, *YEAR), tmp_path / "r.pdf")
    styles()  # the fonts, for their widths
    page = next(i for i, text in enumerate(pages(path)) if "Participants by sex" in text)
    texts = placed(path, page)
    headers = ["Women", "Men", "Other or not stated", "Participants trained", "People (each once)"]
    heading_y = next(y for _x, y, t in texts if t == "Participants by sex")
    at = {t: (x, y) for x, y, t in texts if t in headers and heading_y - 30 < y < heading_y}
    row_y = at["Women"][1]
    figures = sorted((x, t) for x, y, t in texts if row_y - 20 < y < row_y - 5 and t.isdigit())
    assert [t for _x, t in figures] == ["1", "1", "0", "2", "2"]  # Анна, Иван (late), total
    for header, (x, text) in zip(headers, figures, strict=True):
        header_right = at[header][0] + stringWidth(header, BOLD, 7.5)
        figure_right = x + stringWidth(text, REGULAR, 8.5)
        assert abs(header_right - figure_right) < 1.5, header


def test_an_empty_area_says_so_in_two_lines_and_does_not_take_a_page(known, tmp_path):  # noqa: F811
    path = build_report(report_data(known, *YEAR), tmp_path / "r.pdf")
    texts = pages(path)
    empty = "Nothing recorded in this area between 01.01.2025 and 31.12.2025"
    root = next(t for t in texts if "Eradicating root causes\n" in t and empty in t)
    assert "National capacity-building" in root  # the next area follows on the same page
    assert all(t.count("This period and the previous one") <= 2 for t in texts)
    assert sum(t.count(empty) for t in texts) == 3  # demand, root causes, capacity-building
    assert len(texts) <= 7
    ru = pages(build_report(report_data(known, *YEAR), tmp_path / "ru.pdf", "ru"))
    assert any(
        "С 01.01.2025 по 31.12.2025 по этому направлению ничего не записано" in t for t in ru
    )


def test_no_page_holds_a_scrap_and_the_contents_share_their_page(demo_db, tmp_path):
    path = build_report(report_data(demo_db, *YEAR), tmp_path / "r.pdf")
    texts = pages(path)
    assert "Contents" in texts[1] and "Summary" in texts[1]
    _width, height = 595.3, 841.9
    for n in range(1, len(texts) - 1):  # the cover and the last page may end early
        lowest = min(y for _x, y, t in placed(path, n) if "Page " not in t and "made" not in t)
        assert lowest < height * 0.55, f"page {n + 1} ends at {lowest:.0f} pt from the bottom"


@pytest.mark.postgres
def test_the_same_records_give_the_same_report_on_sqlite_and_on_a_server(server_database, tmp_path):
    """The demo from one seed is the same records on both (its queries have an order), and
    the report lists records with equal dates or statuses in one order whatever the server's
    collation (the server's demo report used to end page 4 at 483 pt: other records)."""
    from app.services import open_database
    from app.services.maintenance.demo import fill_demo
    from app.storage.server import migrate_server

    on_server = server_database("empty")
    migrate_server(on_server)
    made = []
    for n, location in enumerate((str(tmp_path / "demo.sqlite"), on_server)):
        with open_database(location) as db:
            fill_demo(db, today=date(2026, 6, 30))
            for language in ("en", "ru"):
                made.append(
                    pages(build_report(report_data(db, *YEAR), tmp_path / f"{n}.pdf", language))
                )
    assert made[0] == made[2] and made[1] == made[3]


def test_one_date_style_capitalised_kinds_the_role_and_the_areas_chart(known, tmp_path):  # noqa: F811
    update_settings(known, {"country_role": "origin, transit"})
    data = report_data(known, *YEAR)
    english = pages(build_report(data, tmp_path / "en.pdf"))
    text = "\n".join(english)
    assert "Against the 2025 targets (01.01.2025 – 31.12.2025)" in text
    assert "(1 January" not in text
    assert "Country's role: origin, transit" in english[0]
    pipeline = next(t for t in english if "Draft on shelters" in t)
    assert "Draft on shelters\nDecree\nDraft" in pipeline and "decree" not in pipeline
    summary = next(t for t in english if "Total (each record once)" in t)
    assert "The focus areas compared" in summary
    assert "2 · 2 trained" in summary  # criminalisation: one law and one session, 2 trained
    russian = "\n".join(pages(build_report(data, tmp_path / "ru.pdf", "ru")))
    assert "Выполнение целевых показателей 2025 года (01.01.2025 – 31.12.2025)" in russian
    assert "(1 января" not in russian
    assert "Роль страны: происхождение, транзит" in russian and "Указ\nПроект" in russian
    assert "Сравнение направлений" in russian and "обучено: 2" in russian
