"""`gpast statistics --year Y [--json]` (product.md): totals by the counting rules, SDG 16.2.2
and the mismatches, as JSON in product.md's shape or as a table in the user's language."""

from __future__ import annotations

import json

from tests.helpers import write

FIGURES = (
    "year;indicator;value;sex;age_group;citizenship;exploitation;source\n"
    "2025;victims_identified;120;;;;;МВД\n"
    "2025;victims_identified;70;female;;;;МВД\n"
    "2025;victims_identified;45;male;;;;МВД\n"
    "2025;victims_identified;130;;;;;НГО\n"
    "2025;persons_convicted;4;male;;;;Суд\n"
    "2025;persons_convicted;1;female;;;;Суд\n"
    "2025;population;9200000;;;;;Белстат\n"
    "2024;victims_identified;99;;;;;МВД\n"
)


def filled(gpast, tmp_path) -> str:
    db = str(tmp_path / "stats.sqlite")
    path = write(tmp_path / "figures.csv", FIGURES, "cp1251")
    assert gpast("--db", db, "import", "statistics", str(path)).returncode == 0
    return db


def test_statistics_json_has_product_md_s_shape(gpast, tmp_path):
    db = filled(gpast, tmp_path)
    done = gpast("--db", db, "statistics", "--year", "2025", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "year": 2025,
        "totals": {"victims_identified": 130, "persons_convicted": 5, "population": 9_200_000},
        "victims_per_100k": 1.41,
        "mismatches": [
            {"indicator": "victims_identified", "stated": 120, "breakdown": "sex", "sum": 115}
        ],
    }
    empty = json.loads(gpast("--db", db, "statistics", "--year", "2023", "--json").stdout)
    assert empty == {"year": 2023, "totals": {}, "victims_per_100k": None, "mismatches": []}


def test_statistics_table_in_english_and_in_russian(gpast, tmp_path):
    db = filled(gpast, tmp_path)
    english = gpast("--db", db, "statistics", "--year", "2025").stdout
    assert "Victims identified        130  НГО" in english
    assert "МВД: 120" in english  # the other source beside the total, never added to it
    assert "per 100,000 of population: 1.41" in english
    assert "Victims identified (МВД): stated 120, by sex 115" in english
    russian = gpast("--db", db, "statistics", "--year", "2025", env={"GPAST_LANG": "ru"}).stdout
    assert "Статистика других ведомств, 2025 год" in russian
    assert "на 100 000 населения: 1,41" in russian
    assert "Выявлено жертв (МВД): указано 120, по полу 115" in russian


def test_a_year_that_is_not_a_year_exits_1_naming_the_option(gpast, tmp_path):
    db = str(tmp_path / "x.sqlite")
    done = gpast("--db", db, "statistics", "--year", "20x5")
    assert done.returncode == 1 and done.stderr.startswith("gpast: --year:")
    assert gpast("--db", db, "statistics").returncode == 2


def test_refused_figures_are_named_in_russian_too(gpast, tmp_path):
    bad = write(
        tmp_path / "bad.csv",
        "год;показатель;значение;гражданство\n"
        "2025;investigations;3;Беларусь\n2025;investigations;3;by\n2025;investigations;4;BY\n",
        "cp1251",
    )
    args = ("--db", str(tmp_path / "x.sqlite"), "import", "statistics", str(bad))
    done = gpast(*args, env={"GPAST_LANG": "ru"})
    assert done.returncode == 1
    assert "строка 2, столбец гражданство: «Беларусь» — не код страны ISO 3166-1" in done.stderr
    assert "строка 4, столбец значение: тот же показатель, что в строке 3, с другим" in done.stderr
    assert "row 2, column гражданство: 'Беларусь' is not an ISO 3166-1" in gpast(*args).stderr
