"""The PDF progress report: figures equal indicators, lists exactly the period's records."""

from __future__ import annotations

import re
from datetime import date

import pypdf
import pytest

from app.reports.progress_report import build_report
from app.services.attendance.recording import set_attendance
from app.services.records.targets import set_target
from app.services.reporting.indicators import indicators
from app.services.reporting.report_data import report_data
from app.services.settings import update_settings
from tests.counting import sessions_by_hand
from tests.factories import add_campaign, add_legislation, add_participant, add_training

STANDARD_14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def known(db):
    update_settings(db, {"country": "Беларусь", "coordinating_body": "Межведомственная комиссия"})
    add_legislation(
        db,
        title="О противодействии торговле людьми",
        reference="350-З",
        status="in_force",
        adopted_on="2025-01-01",
        focus_areas=["criminalisation", "protection"],
    )
    add_legislation(db, title="Old law", adopted_on="2024-12-31", focus_areas=["demand"])
    add_legislation(
        db,
        title="Draft on shelters",
        kind="decree",
        status="draft",
        adopted_on=None,
        focus_areas=["protection"],
    )
    t = add_training(
        db,
        code="TR-2025-001",
        title="Семинар прокуроров",
        start_date="2025-06-02",
        end_date="2025-06-04",
        location="Минск",
        hours=18,
        focus_areas=["criminalisation"],
    )
    for name, sex, status in (
        ("Анна", "female", "present"),
        ("Иван", "male", "late"),
        ("Ольга", "female", "absent"),
    ):
        p = add_participant(db, full_name=name, sex=sex)
        set_attendance(db, t["id"], p["id"], status)
    add_campaign(
        db,
        code="CA-1",
        title="Hotline 113",
        start_date="2025-12-31",
        reach=1_250_000,
        channels=["radio"],
        focus_areas=["protection"],
    )
    set_target(db, 2025, "criminalisation", "participations", 8)
    return db


def summary_rows(text: str) -> dict[str, list[str]]:
    summary = text.split("Summary", 2)[2] if text.count("Summary") > 1 else text
    rows = {}
    for name in (
        "Criminalisation of trafficking",
        "Countering demand",
        "Eradicating root causes",
        "National capacity-building",
        "Total (each record once)",
    ):
        match = re.search(re.escape(name) + r"\s+([\d,\s]+?)\n(?=[A-Z])", summary)
        assert match, name
        rows[name] = match.group(1).split()
    return rows


def test_summary_table_equals_indicators_and_hand_counts(known, tmp_path):
    path = build_report(
        report_data(known, date(2025, 1, 1), date(2025, 12, 31)), tmp_path / "r.pdf"
    )
    text = pdf_text(path)
    rows = summary_rows(text)
    figures = indicators(known, date(2025, 1, 1), date(2025, 12, 31))
    columns = [
        "laws_adopted",
        "trainings_held",
        "participations",
        "participations_female",
        "campaigns_launched",
        "campaign_reach",
    ]
    for slug, name in (
        ("criminalisation", "Criminalisation of trafficking"),
        ("demand", "Countering demand"),
    ):
        assert rows[name] == [f"{figures['areas'][slug][c]:,}" for c in columns]
    # by hand: 1 law, 1 training, Anna and Ivan (present, late), 1 woman, 1 campaign of 1,250,000
    assert rows["Total (each record once)"] == ["1", "1", "2", "1", "1", "1,250,000"]


def test_sections_list_exactly_the_period_records(known, tmp_path):
    path = build_report(
        report_data(known, date(2025, 1, 1), date(2025, 12, 31)), tmp_path / "r.pdf"
    )
    text = pdf_text(path)
    assert "О противодействии торговле людьми" in text  # Cyrillic survives extraction
    assert "Семинар прокуроров" in text and "Hotline 113" in text
    assert "Old law" not in text
    pipeline = text.split("How the figures are counted")[-2].split("Legislation in the pipeline")[
        -1
    ]
    assert "Draft on shelters" in pipeline
    assert "Беларусь" in text and "How the figures are counted" in text
    assert re.search(r"Page 1 of \d+", text)


def test_target_progress_percentage(known, tmp_path):
    data = report_data(known, date(2025, 1, 1), date(2025, 12, 31))
    crim = next(s for s in data["sections"] if s["slug"] == "criminalisation")
    assert crim["targets"] == [
        {"indicator": "participations", "target": 8.0, "actual": 2, "percent": 25.0}
    ]
    text = pdf_text(build_report(data, tmp_path / "r.pdf"))
    assert "25 %" in text


def test_fonts_used_for_text_are_embedded_never_standard_14(known, tmp_path):
    path = build_report(
        report_data(known, date(2025, 1, 1), date(2025, 12, 31)), tmp_path / "r.pdf"
    )
    used_any = False
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]  # type: ignore[index]  # a dictionary in a PDF
        contents = page.get_contents()
        assert contents is not None
        content = contents.get_data().decode("latin-1")
        for name in set(re.findall(r"(/[^\s/]+) [\d.]+ Tf", content)):
            font = fonts[name].get_object()
            assert font["/BaseFont"].lstrip("/").split("+")[-1] not in STANDARD_14
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()  # the TrueType file is embedded
            used_any = True
    assert used_any


def test_an_empty_period_makes_a_short_correct_report(db, tmp_path):
    path = build_report(report_data(db, date(2030, 1, 1), date(2030, 3, 31)), tmp_path / "e.pdf")
    text = pdf_text(path)
    assert "Nothing was recorded for this period" in text
    assert len(pypdf.PdfReader(path).pages) <= 5


def test_the_same_report_in_russian(known, tmp_path):
    data = report_data(known, date(2025, 1, 1), date(2025, 12, 31))
    text = pdf_text(build_report(data, tmp_path / "ru.pdf", "ru"))
    assert "Сводка" in text and "Противодействие спросу" in text
    assert "Как считаются показатели" in text and "Страница 1 из" in text
    assert "1 250 000" in text  # Russian thousands
    assert "Summary" not in text
    english = pdf_text(build_report(data, tmp_path / "en.pdf", "en"))
    assert "Summary" in english and "1,250,000" in english


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [(date(2025, 1, 1), date(2025, 12, 31)), (date(2000, 1, 1), date(2030, 12, 31))],
)
def test_each_area_lists_its_sessions_with_their_people_and_women_counted_by_hand(
    demo_db, date_from, date_to
):
    data = report_data(demo_db, date_from, date_to, made_on=date(2026, 1, 1))
    hand = sessions_by_hand(demo_db, date_from, date_to)
    listed = {
        section["slug"]: [(t["code"], t["participants"], t["women"]) for t in section["trainings"]]
        for section in data["sections"]
    }
    assert listed == hand
    assert sum(len(rows) for rows in hand.values()) > 0
    assert any(people for rows in hand.values() for _code, people, _women in rows)
