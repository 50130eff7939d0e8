"""Statistics from other agencies (product.md): the `statistics` kind's import, export and
template; its key; a new value replacing the old one, audited; bad input refused whole."""

from __future__ import annotations

import openpyxl
import pytest

from app.services.records.audit import history
from app.services.spreadsheets.exporting import export_file
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.templates import header, write_template
from app.services.statistics.figures import year_figures
from tests.helpers import first_sheet, refused, snapshot, write

HEAD = "year;indicator;value;sex;age_group;citizenship;exploitation;source;notes\n"
ROWS = (
    "2025;victims_identified;120;;;;;МВД;\n"
    "2025;victims_identified;70;female;;;;МВД;\n"
    "2025;victims_identified;45;male;;;;МВД;\n"
    "2025;victims_identified;30;;;by;labour;МВД;перекрёстная\n"
    "2025;victims_identified;130;;;;;НГО «Ла Страда»;\n"
    "2025;population;9200000;;;;;Белстат;\n"
)


def figures(db, year=2025):
    return {
        (f["indicator"], f["sex"], f["age_group"], f["citizenship"], f["exploitation"],
         f["source"]): f["value"]
        for f in year_figures(db, year)
    }  # fmt: skip


def test_a_cp1251_file_of_figures_is_imported_and_a_second_time_changes_nothing(db, tmp_path):
    path = write(tmp_path / "stats.csv", HEAD + ROWS, "cp1251")
    first = import_file(db, "statistics", path)
    assert (first.added, first.updated, first.unchanged) == (6, 0, 0)
    assert first.encoding == "Windows-1251"
    got = figures(db)
    assert got[("victims_identified", "", "", "", "", "МВД")] == 120
    assert got[("victims_identified", "", "", "BY", "labour", "МВД")] == 30  # the code, capitals
    assert got[("population", "", "", "", "", "Белстат")] == 9_200_000
    before = snapshot(db)
    second = import_file(db, "statistics", path)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 6)
    assert snapshot(db) == before


def test_a_new_value_for_the_same_key_replaces_the_old_one_and_the_trail_keeps_both(db, tmp_path):
    import_file(db, "statistics", write(tmp_path / "a.csv", HEAD + ROWS))
    changed = HEAD + "2025;victims_identified;125;;;;;МВД;\n"
    result = import_file(db, "statistics", write(tmp_path / "b.csv", changed))
    assert (result.added, result.updated) == (0, 1)
    got = figures(db)
    assert got[("victims_identified", "", "", "", "", "МВД")] == 125
    assert len(got) == 6  # replaced, not added beside it
    figure = next(f for f in year_figures(db, 2025) if f["source"] == "МВД" and f["value"] == 125)
    update = history(db, "statistic", figure["uuid"])[0]
    assert update["action"] == "update"
    assert update["changes"]["value"] == [120, 125]


def test_russian_headers_are_read_and_the_russian_template_writes_them(db, tmp_path):
    ru = "Год;Показатель;Значение;Пол;Возрастная группа;Гражданство;Форма эксплуатации;Источник\n"
    path = write(tmp_path / "ru.csv", ru + "2024;investigations;17;;;;;Прокуратура\n", "cp1251")
    assert import_file(db, "statistics", path).added == 1
    assert figures(db, 2024) == {("investigations", "", "", "", "", "Прокуратура"): 17}
    assert header("statistics", "ru")[:3] == ["Год*", "Показатель*", "Значение*"]
    template = tmp_path / "template.xlsx"
    write_template("statistics", template, "ru")
    sheet = first_sheet(template)
    assert [c.value for c in sheet[1]] == header("statistics", "ru")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_and_import_again_reproduces_the_figures(db, tmp_path, suffix):
    from app.services import open_database

    import_file(db, "statistics", write(tmp_path / "a.csv", HEAD + ROWS))
    path = tmp_path / f"out{suffix}"
    assert export_file(db, "statistics", path) == 6
    other = open_database(str(tmp_path / "other.sqlite"))
    assert import_file(other, "statistics", path).added == 6
    assert figures(other) == figures(db)
    assert {f["notes"] for f in year_figures(other, 2025)} == {"", "перекрёстная"}
    other.close()


@pytest.mark.parametrize(
    ("row", "column", "says"),
    [
        ("2025;victims_identified;-3;;;;;A;", "value", "must not be negative"),
        ("2025;victims_identified;2,5;;;;;A;", "value", "must be a whole number"),
        ("2025;victims_rescued;3;;;;;A;", "indicator", "is not one of"),
        ("2025;victims_identified;3;;;Belarus;;A;", "citizenship", "not an ISO 3166-1"),
        ("2025;victims_identified;3;;;XX;;A;", "citizenship", "not an ISO 3166-1"),
        ("2025;victims_identified;3;;;;slavery;A;", "exploitation", "is not one of"),
        ("двадцать;victims_identified;3;;;;;A;", "year", "is not a number"),
        ("1825;victims_identified;3;;;;;A;", "year", "must be at least 1900"),
        ("2025;victims_identified;3;;teen;;;A;", "age_group", "is not one of"),
    ],
)
def test_bad_figures_are_refused_whole_naming_row_and_column(db, tmp_path, row, column, says):
    text = HEAD + "2025;investigations;4;;;;;A;\n" + row + "\n"
    problems = refused(db, "statistics", write(tmp_path / "bad.csv", text))
    assert len(problems) == 1
    assert problems[0].startswith(f"row 3, column {column}: ") and says in problems[0]


def test_the_same_key_twice_with_two_values_and_an_unknown_column_are_refused(db, tmp_path):
    twice = HEAD + "2025;investigations;4;;;;;A;\n2025;investigations;5;;;;;A;\n"
    problems = refused(db, "statistics", write(tmp_path / "twice.csv", twice))
    assert problems == ["row 3, column value: the same figure as row 2 with another value (4)"]
    same = HEAD + "2025;investigations;4;;;;;A;\n2025;investigations;4;;;;;A;\n"
    assert import_file(db, "statistics", write(tmp_path / "same.csv", same)).added == 1
    unknown = "year;indicator;value;victim_name\n2025;investigations;4;Иванова\n"
    problems = refused(db, "statistics", write(tmp_path / "unknown.csv", unknown))
    assert problems[0].startswith("row 1, column victim_name: unknown column")


def test_every_template_s_lists_of_choices_open_in_excel(tmp_path):
    """Excel refuses a list rule longer than 255 characters: a longer list (the targets'
    indicators, now with the figures from other agencies) is read from a hidden sheet."""
    from app.models.kinds import IMPORT_KINDS
    from app.models.vocabulary import TARGET_INDICATORS

    for kind in IMPORT_KINDS:
        path = tmp_path / f"{kind}.xlsx"
        write_template(kind, path)
        workbook = openpyxl.load_workbook(path)
        rules = workbook.worksheets[0].data_validations.dataValidation
        assert all(len(rule.formula1) <= 255 for rule in rules), kind
        if kind == "targets":
            lists = workbook["lists"]
            assert lists.sheet_state == "hidden"
            assert [c.value for c in lists["C"]] == list(TARGET_INDICATORS)
            assert any(rule.formula1 == "lists!$C$1:$C$16" for rule in rules)


def test_a_removed_figure_goes_to_the_recycle_bin_named_and_comes_back(db):
    from app.services.recycle_bin.restoring import deleted_records, restore_deleted
    from app.services.statistics.figures import delete_figure, set_figure

    data = {"year": 2025, "indicator": "victims_identified", "value": 7, "sex": "female"}
    figure = set_figure(db, {**data, "source": "МВД"})
    delete_figure(db, figure["id"])
    assert [r["label"] for r in deleted_records(db)] == ["2025 victims_identified female МВД"]
    restore_deleted(db, figure["uuid"])
    assert figures(db) == {("victims_identified", "female", "", "", "", "МВД"): 7}
