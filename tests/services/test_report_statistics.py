"""Figures from other agencies in the progress report: Protection shows victims with their
breakdowns and the previous year beside them, Criminalisation persons prosecuted and convicted
by sex; SDG 16.2.2 and the mismatches; the methods page explains the rules."""

from __future__ import annotations

from datetime import date

from app.reports.progress_report import build_report
from app.services.reporting.report_data import report_data
from app.services.spreadsheets.importing import import_file
from app.services.statistics.summary import summarise
from tests.helpers import write
from tests.services.test_report import pdf_text

FIGURES = (
    "year;indicator;value;sex;age_group;citizenship;exploitation;source\n"
    "2025;victims_identified;120;;;;;МВД\n"
    "2025;victims_identified;70;female;;;;МВД\n"
    "2025;victims_identified;45;male;;;;МВД\n"
    "2025;victims_identified;80;;;BY;;МВД\n"
    "2025;victims_identified;130;;;;;НГО\n"
    "2024;victims_identified;98;;;;;МВД\n"
    "2025;persons_convicted;9;male;;;;Суды\n"
    "2025;persons_convicted;2;female;;;;Суды\n"
    "2025;population;9200000;;;;;Белстат\n"
)


def fig(year, indicator, value, source="A", **breakdown):
    empty = {"sex": "", "age_group": "", "citizenship": "", "exploitation": ""}
    return {"year": year, "indicator": indicator, "value": value, "source": source,
            **empty, **breakdown}  # fmt: skip


def test_the_summary_puts_each_indicator_in_its_area_with_the_year_before():
    summary = summarise(2025, [
        fig(2025, "victims_assisted", 40, sex="female"),
        fig(2025, "victims_assisted", 2, sex="male"),
        fig(2024, "victims_assisted", 30),
        fig(2024, "investigations", 5),
        fig(2023, "investigations", 500),
    ])  # fmt: skip
    assert summary["areas"]["protection"] == [
        {
            "indicator": "victims_assisted",
            "total": 42,
            "previous": 30,
            "source": "A",
            "others": [],
            "breakdowns": {"A": {"sex": [("female", 40), ("male", 2)]}},
        }
    ]
    assert [(r["indicator"], r["total"], r["previous"]) for r in
            summary["areas"]["criminalisation"]] == [("investigations", None, 5)]  # fmt: skip
    assert summarise(2025, [])["empty"]


def test_the_report_prints_the_figures_in_english_and_russian(db, tmp_path):
    import_file(db, "statistics", write(tmp_path / "f.csv", FIGURES, "cp1251"))
    data = report_data(db, date(2025, 1, 1), date(2025, 12, 31))
    english = pdf_text(build_report(data, tmp_path / "en.pdf"))
    flat = " ".join(english.split())
    assert "Figures from other agencies, 2025" in flat
    assert "Victims identified 130 98 НГО МВД: 120" in flat
    assert "Victims identified by sex (МВД): women and girls 70, men and boys 45" in flat
    assert "by citizenship (МВД): Belarus 80" in flat
    assert "Persons convicted by sex (Суды): women and girls 2, men and boys 9" in flat
    assert "per 100,000 of population: 1.41" in flat
    assert "Victims identified (МВД): stated 120, by sex 115" in flat
    assert "Figures from different sources are never added together" in flat
    russian = " ".join(pdf_text(build_report(data, tmp_path / "ru.pdf", lang="ru")).split())
    assert "Показатели других ведомств, 2025 год" in russian
    assert "по гражданству (МВД): Беларусь 80" in russian
    assert "на 100 000 населения: 1,41" in russian


def test_figures_alone_still_make_the_sections(db, tmp_path):
    import_file(db, "statistics", write(tmp_path / "f.csv", FIGURES))
    data = report_data(db, date(2025, 1, 1), date(2025, 12, 31))
    assert data["empty"]  # no legislation, training or campaign
    text = " ".join(pdf_text(build_report(data, tmp_path / "r.pdf")).split())
    assert "Victims identified 130 98" in text


def test_a_report_for_publication_prints_small_counts_as_below_the_threshold(db, tmp_path):
    import_file(db, "statistics", write(tmp_path / "f.csv", FIGURES))
    data = report_data(db, date(2025, 1, 1), date(2025, 12, 31))
    text = " ".join(pdf_text(build_report(data, tmp_path / "p.pdf", public=5)).split())
    assert "For publication: figures from 1 to 4 are shown as <5" in text
    assert "Persons convicted by sex (Суды): women and girls <5, men and boys 9" in text
    plain = " ".join(pdf_text(build_report(data, tmp_path / "n.pdf")).split())
    assert "women and girls 2, men and boys 9" in plain and "For publication" not in plain


def test_targets_on_figures_from_other_agencies_compare_the_year_s_total(db, tmp_path):
    from app.services.records.targets import set_target
    from app.services.reporting.dashboard import dashboard_figures

    import_file(db, "statistics", write(tmp_path / "f.csv", FIGURES))
    set_target(db, 2025, "protection", "victims_identified", 200)
    set_target(db, 2025, "criminalisation", "persons_prosecuted", 20)  # no figure yet
    figures = dashboard_figures(db, 2025, today=date(2026, 1, 15))
    areas = {a["slug"]: a["targets"] for a in figures["areas"]}
    assert areas["protection"] == [
        {"indicator": "victims_identified", "target": 200.0, "actual": 130, "percent": 65.0}
    ]
    assert areas["criminalisation"][0]["actual"] == 0
    data = report_data(db, date(2025, 1, 1), date(2025, 12, 31))
    text = " ".join(pdf_text(build_report(data, tmp_path / "t.pdf")).split())
    assert "Victims identified 130 200 65 %" in text
