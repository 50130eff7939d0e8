"""`gpast reporting-pack` (.xlsx): the statistics tables in the questionnaires' shape, a column
per year, the source of each figure and notes; English and Russian; --public prints small
counts as <5 (the threshold is a setting) and says so."""

from __future__ import annotations

import openpyxl

from app.services.statistics.pack import pack_tables
from tests.helpers import write

FIGURES = (
    "year;indicator;value;sex;age_group;citizenship;exploitation;source;notes\n"
    "2024;victims_identified;98;;;;;МВД;\n"
    "2025;victims_identified;120;;;;;МВД;\n"
    "2025;victims_identified;70;female;;;;МВД;\n"
    "2025;victims_identified;45;male;;;;МВД;\n"
    "2025;victims_identified;3;female;child;;;МВД;\n"
    "2025;victims_identified;130;;;;;НГО;\n"
    "2025;victims_identified;80;;;BY;;МВД;\n"
    "2025;victims_identified;60;;;;labour;МВД;\n"
    '2025;persons_prosecuted;2;female;;;;Прокуратура;=HYPERLINK("x")\n'
    "2025;persons_prosecuted;11;male;;;;Прокуратура;\n"
    "2025;investigations;7;;;;;=2+2;\n"
)


def rows_of(path) -> dict[str, list[tuple]]:
    workbook = openpyxl.load_workbook(path)
    return {ws.title: [r for r in ws.iter_rows(values_only=True)] for ws in workbook}


def filled(gpast, tmp_path) -> str:
    db = str(tmp_path / "pack.sqlite")
    path = write(tmp_path / "f.csv", FIGURES, "cp1251")
    assert gpast("--db", db, "import", "statistics", str(path)).returncode == 0
    return db


def test_the_pack_has_a_sheet_per_table_with_years_sources_and_notes(gpast, tmp_path):
    db = filled(gpast, tmp_path)
    out = tmp_path / "pack.xlsx"
    args = ("--db", db, "reporting-pack", "--from", "2024-01-01", "--to", "2025-12-31")
    done = gpast(*args, "--out", str(out))
    assert done.returncode == 0, done.stderr
    sheets = rows_of(out)
    assert list(sheets) == [
        "Victims by sex and age", "Victims by citizenship", "Victims by exploitation",
        "Prosecuted and convicted",
    ]  # fmt: skip
    sex_age = sheets["Victims by sex and age"]
    assert ("Indicator", "Breakdown", "2024", "2025", "Source", "Notes") in sex_age
    total = next(r for r in sex_age if r[:2] == ("Victims identified", "Total"))
    assert total[2:5] == (98, 130, "2024: МВД; 2025: НГО")
    assert total[5].split("; ") == [
        "2025: stated 120 (МВД), by sex 115",
        "2025: stated 120 (МВД), by form of exploitation 60",
        "2025: stated 120 (МВД), by citizenship 80",
    ]
    assert ("Victims identified", "Female", None, 70, "МВД", None) in sex_age
    assert ("Victims identified", "Girls", None, 3, "МВД", None) in sex_age
    assert ("Victims identified", "BY — Belarus", None, 80, "МВД", None) in sheets[
        "Victims by citizenship"
    ]
    justice = sheets["Prosecuted and convicted"]
    assert (
        "Persons prosecuted",
        "Female",
        None,
        2,
        "Прокуратура",
        '2025: =HYPERLINK("x")',
    ) in justice
    assert not any("publication" in str(r[0]) for r in justice)
    sheet = openpyxl.load_workbook(out)["Prosecuted and convicted"]
    source = next(c for c in sheet["E"] if c.value == "=2+2")
    assert source.data_type != "f"  # an agency's name never becomes a formula


def test_public_pack_prints_small_counts_as_below_the_threshold_and_says_so(gpast, tmp_path):
    db = filled(gpast, tmp_path)
    out = tmp_path / "public.xlsx"
    args = ("--db", db, "reporting-pack", "--from", "2025-01-01", "--to", "2025-12-31")
    assert gpast(*args, "--out", str(out), "--public").returncode == 0
    sheets = rows_of(out)
    assert ("Victims identified", "Girls", "<5", "МВД", None) in sheets["Victims by sex and age"]
    justice = sheets["Prosecuted and convicted"]
    assert justice[3][0].startswith("For publication: figures from 1 to 4 are shown as <5")
    assert ("Persons prosecuted", "Male", 11, "Прокуратура", None) in justice
    from app.services import open_database
    from app.services.settings import update_settings

    with open_database(db) as opened:
        update_settings(opened, {"public_threshold": "12"})
    assert gpast(*args, "--out", str(out), "--public").returncode == 0
    justice = rows_of(out)["Prosecuted and convicted"]
    assert ("Persons prosecuted", "Male", "<12", "Прокуратура", None) in justice


def test_the_pack_in_russian_and_wrong_file_names(gpast, tmp_path):
    db = filled(gpast, tmp_path)
    out = tmp_path / "ru.xlsx"
    args = ("--db", db, "reporting-pack", "--from", "2025-01-01", "--to", "2025-12-31")
    assert gpast(*args, "--out", str(out), "--lang", "ru").returncode == 0
    sheets = rows_of(out)
    citizenship = next(rows for title, rows in sheets.items() if "граждан" in title)
    assert ("Выявлено жертв", "BY — Беларусь", 80, "МВД", None) in citizenship
    done = gpast(*args, "--out", str(tmp_path / "pack.pdf"))
    assert done.returncode == 1 and "choose a file name ending in .xlsx or .docx" in done.stderr


def test_pack_tables_take_each_figure_from_one_source():
    figures = [
        {"year": 2025, "indicator": "victims_identified", "value": v, "source": s,
         "sex": sex, "age_group": "", "citizenship": "", "exploitation": "", "notes": ""}
        for s, sex, v in (("A", "female", 10), ("A", "male", 5), ("B", "female", 12),
                          ("B", "male", 1))
    ]  # fmt: skip
    sex_age = pack_tables(figures, [2025])[0]
    got = [(r.breakdown, r.value, r.values[2025], r.sources[2025]) for r in sex_age.rows]
    assert got == [
        ("total", "", 15, "A"),  # the largest source's sum by sex, never A + B
        ("sex", "female", 10, "A"),
        ("sex", "male", 5, "A"),
    ]


def test_the_narrative_annex_by_pillar_in_english_and_russian(gpast, tmp_path):
    import docx

    from app.services import open_database
    from tests.factories import add_campaign, add_legislation, add_training

    db = filled(gpast, tmp_path)
    with open_database(db) as opened:
        add_legislation(
            opened, title="О противодействии торговле людьми", reference="350-З",
            status="in_force", adopted_on="2025-03-01", focus_areas=["criminalisation"],
            instruments=["Palermo Protocol"],
        )  # fmt: skip
        add_training(
            opened, code="TR-1", title="Семинар", start_date="2025-06-02",
            focus_areas=["protection"], audience=["police"],
        )  # fmt: skip
        add_campaign(opened, title="Работа за границей", start_date="2025-09-01",
                     focus_areas=["demand"], channels=["TV"], reach=120_000)  # fmt: skip
    args = ("--db", db, "reporting-pack", "--from", "2025-01-01", "--to", "2025-12-31")
    out = tmp_path / "annex.docx"
    assert gpast(*args, "--out", str(out), "--public").returncode == 0
    document = docx.Document(str(out))
    headings = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings == ["Prevention", "Protection", "Prosecution", "Partnership"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "For publication: figures from 1 to 4 are shown as <5" in text
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert ["О противодействии торговле людьми", "350-З", "01.03.2025", "In force",
            "Palermo Protocol"] in cells  # fmt: skip
    assert ["Работа за границей", "01.09.2025", "TV", "120000"] in cells
    assert ["TR-1", "Семинар", "02.06.2025", "police", "0", "0", "0"] in cells
    assert ["Persons prosecuted", "Female", "<5", "Прокуратура"] in cells
    assert ["Victims identified", "BY — Belarus", "80", "МВД"] in cells
    ru = tmp_path / "annex_ru.docx"
    assert gpast(*args, "--out", str(ru), "--lang", "ru").returncode == 0
    russian = docx.Document(str(ru))
    headings = [
        p.text for p in russian.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings == ["Предупреждение", "Защита", "Уголовное преследование", "Партнёрство"]
    cells = [[c.text for c in row.cells] for t in russian.tables for row in t.rows]
    assert ["Выявлено жертв", "BY — Беларусь", "80", "МВД"] in cells
