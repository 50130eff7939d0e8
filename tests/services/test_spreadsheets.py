"""Spreadsheet import and export: the templates of product.md, all or nothing."""

from __future__ import annotations

import csv
from datetime import date, datetime

import openpyxl
import pytest

from app.services.records import editing as records
from app.services.records.targets import list_targets
from app.services.reporting.indicators import indicators
from app.services.spreadsheets.exporting import export_file
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.reader import SpreadsheetError
from app.services.spreadsheets.rules import ImportRefused
from app.services.spreadsheets.templates import write_template
from tests.factories import add_training
from tests.helpers import first_sheet, new_workbook, refused, snapshot, write

TRAININGS_HEADER = "code;title;start_date;end_date;hours;focus_areas;audience\n"


def strip(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("id", "uuid", "created_at", "updated_at")}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_of_every_kind_reproduces_the_records(demo_db, tmp_path, suffix):
    from app.services import open_database

    db = demo_db
    other = open_database(str(tmp_path / "other.sqlite"))
    for kind in ("legislation", "trainings", "campaigns", "attendance", "targets"):
        path = tmp_path / f"{kind}{suffix}"
        export_file(db, kind, path)
        import_file(other, kind, path)
    for kind in ("legislation", "trainings", "campaigns", "participants"):
        key = "full_name" if kind == "participants" else "title"
        mine = sorted((strip(r) for r in records.list_records(db, kind)), key=lambda r: repr(r))
        theirs = sorted(
            (strip(r) for r in records.list_records(other, kind)), key=lambda r: repr(r)
        )
        assert mine == theirs, kind
        assert key in mine[0]
    period = (date(2000, 1, 1), date(2100, 1, 1))
    assert indicators(db, *period) == indicators(other, *period)
    assert [
        (t["year"], t["focus_area"], t["indicator"], t["target"]) for t in list_targets(db)
    ] == [(t["year"], t["focus_area"], t["indicator"], t["target"]) for t in list_targets(other)]
    other.close()


def test_second_import_of_a_file_changes_nothing(db, tmp_path):
    path = write(tmp_path / "t.csv", TRAININGS_HEADER + "T1;Семинар;2025-03-03;;6,5;capacity;\n")
    first = import_file(db, "trainings", path)
    assert (first.added, first.updated, first.unchanged) == (1, 0, 0)
    before = snapshot(db)
    second = import_file(db, "trainings", path)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 1)
    assert snapshot(db) == before


def test_cp1251_semicolon_csv_with_russian_dates_and_decimal_comma(db, tmp_path):
    text = (
        TRAININGS_HEADER + "TR-1;Обучение сотрудников пограничной службы;03.03.2025;"
        '05.03.2025;6,5;National capacity-building;"пограничники; полиция"\n'
    )
    path = write(tmp_path / "cp1251.csv", text, "cp1251")
    result = import_file(db, "trainings", path)
    assert result.encoding == "Windows-1251" and result.delimiter == ";"
    t = records.list_records(db, "trainings")[0]
    assert t["title"] == "Обучение сотрудников пограничной службы"
    assert (t["start_date"], t["end_date"], t["hours"]) == (date(2025, 3, 3), date(2025, 3, 5), 6.5)
    assert t["audience"] == ["пограничники", "полиция"]
    assert t["focus_areas"] == ["capacity"]


def test_utf8_bom_comma_csv_with_nbsp_thousands(db, tmp_path):
    text = (
        "\ufeffcode,title,start_date,reach,focus_areas\n"
        "C1,Работа за границей,2025-06-01,1\u00a0250\u00a0000,Eradicating root causes\n"
    )
    path = write(tmp_path / "bom.csv", text)
    result = import_file(db, "campaigns", path)
    assert result.encoding == "UTF-8 (BOM)"
    assert records.list_records(db, "campaigns")[0]["reach"] == 1_250_000


def test_xlsx_with_real_date_cells(db, tmp_path):
    wb, ws = new_workbook()
    ws.append(["title*", "kind*", "status*", "adopted_on", "focus_areas*"])
    ws.append(["Закон о торговле людьми", "law", "adopted", datetime(2025, 2, 3), "demand"])
    wb.save(tmp_path / "laws.xlsx")
    import_file(db, "legislation", tmp_path / "laws.xlsx")
    assert records.list_records(db, "legislation")[0]["adopted_on"] == date(2025, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("code;title;focus_areas\nT1;x;capacity\n", "row 1, column start_date: required column"),
        (
            TRAININGS_HEADER.strip() + ";colour\nT1;x;2025-01-01;;;capacity;;red\n",
            "row 1, column colour: unknown column",
        ),
        (
            TRAININGS_HEADER + "T1;x;2025-01-01;;;slavery;\n",
            "row 2, column focus_areas: unknown focus area 'slavery'",
        ),
        (TRAININGS_HEADER + "T1;x;31.02.2025;;;capacity;\n", "row 2, column start_date:"),
        (
            TRAININGS_HEADER + "T1;x;2025-03-05;2025-03-01;;capacity;\n",
            "row 2, column end_date: must not be before",
        ),
        (
            TRAININGS_HEADER + "T1;x;2025-03-05;;-2;capacity;\n",
            "row 2, column hours: must not be negative",
        ),
        (
            TRAININGS_HEADER + "T1;x;2025-03-05;;six;capacity;\n",
            "row 2, column hours: 'six' is not a number",
        ),
        (
            TRAININGS_HEADER + "T1;x;2025-03-05;;;capacity;\nt1;y;2025-03-06;;;capacity;\n",
            "row 3, column code: the same code as row 2",
        ),
    ],
)
def test_each_problem_names_row_and_column_and_changes_nothing(db, tmp_path, text, expected):
    add_training(db, code="OLD", title="kept", start_date="2024-01-01", focus_areas=["demand"])
    problems = refused(db, "trainings", write(tmp_path / "t.csv", text))
    assert any(expected in p for p in problems), problems


def test_every_problem_of_a_file_is_reported_at_once(db, tmp_path):
    text = TRAININGS_HEADER + "".join(f"T{i};x;2025-13-0{i};;;capacity;\n" for i in range(1, 6))
    problems = refused(db, "trainings", write(tmp_path / "t.csv", text))
    assert [p.split(":")[0] for p in problems] == [
        f"row {i}, column start_date" for i in range(2, 7)
    ]


def test_attendance_problems(db, tmp_path, two_day_training):
    head = "training_code,full_name,sex,status,date\n"
    cases = {
        "NOPE,Анна,female,present,": "column training_code: no training session with the code",
        "T1,Анна,f,present,": "column sex: 'f' is not one of",
        "T1,Анна,female,here,": "column status: 'here' is not one of",
        "T1,Анна,female,present,2025-03-09": "column date: 2025-03-09 is not a day of T1",
    }
    for line, expected in cases.items():
        problems = refused(db, "attendance", write(tmp_path / "a.csv", head + line))
        assert any(expected in p for p in problems), problems


def test_attendance_empty_date_means_every_day_and_people_are_matched(db, tmp_path):
    t = add_training(db, title="x", end_date="2025-03-05")
    head = "training_code,full_name,sex,organisation,birth_year,status,date\n"
    text = head + (
        "T1,Анна  Иванова,female,МВД,1980,absent,\n"
        "T1,анна иванова,female,мвд ,1980,present,2025-03-04\n"
    )
    path = write(tmp_path / "a.csv", text)
    with pytest.raises(ImportRefused):  # the same person and day twice in one file
        import_file(db, "attendance", path)
    path = write(tmp_path / "a.csv", head + "T1,Анна  Иванова,female,МВД,1980,absent,\n")
    result = import_file(db, "attendance", path)
    assert (result.added, result.people_added) == (3, 1)
    path = write(tmp_path / "b.csv", head + "T1,анна иванова,female,мвд ,1980,present,04.03.2025\n")
    result = import_file(db, "attendance", path)
    assert (result.added, result.updated, result.people_added) == (0, 1, 0)
    assert records.count_records(db, "participants") == 1
    total = indicators(db, date(2025, 1, 1), date(2025, 12, 31))["total"]
    assert total["participations"] == 1
    assert t["id"]


def test_empty_file_and_not_a_spreadsheet(db, tmp_path):
    before = snapshot(db)
    for name, data in (
        ("empty.csv", b""),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
        ("broken.xlsx", b"PK\x03\x04not really a zip"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(SpreadsheetError):
            import_file(db, "trainings", path)
    assert snapshot(db) == before


def test_dry_run_reports_and_changes_nothing(db, tmp_path):
    path = write(tmp_path / "t.csv", TRAININGS_HEADER + "T1;x;2025-03-03;;;capacity;\n")
    before = snapshot(db)
    result = import_file(db, "trainings", path, dry_run=True)
    assert result.added == 1 and "dry run" in result.summary()
    assert snapshot(db) == before


def test_formula_injection_is_neutralised_in_both_formats(db, tmp_path):
    evil = '=HYPERLINK("http://x","click")'
    add_training(
        db, code="+T1", title=evil, start_date="2025-01-01", location="@home", notes="-minus"
    )
    export_file(db, "trainings", tmp_path / "t.csv")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = list(csv.DictReader(fh))[0]
    assert row["title"] == "'" + evil and row["code"] == "'+T1" and row["location"] == "'@home"
    export_file(db, "trainings", tmp_path / "t.xlsx")
    sheet = first_sheet(tmp_path / "t.xlsx")
    cell = sheet.cell(2, 2)
    assert cell.value == evil and cell.data_type == "s"
    assert isinstance(sheet.cell(2, 3).value, datetime)  # dates are date cells
    from app.services import open_database

    other = open_database(str(tmp_path / "o.sqlite"))
    import_file(other, "trainings", tmp_path / "t.csv")
    assert records.list_records(other, "trainings")[0]["title"] == evil
    other.close()


def test_templates(tmp_path):
    write_template("attendance", tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert [c.value for c in wb.worksheets[0][1]][:3] == ["training_code*", "full_name*", "sex*"]
    assert wb.worksheets[0].data_validations.dataValidation
    assert wb.sheetnames == ["attendance", "Instructions"]
    write_template("targets", tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").startswith("year*,focus_area*")


def test_russian_headers_are_accepted_and_problems_use_them(db, tmp_path):
    text = "Код;Название*;Дата начала;Часы;Направления\nTR-1;Семинар;03.03.2025;6,5;capacity\n"
    result = import_file(db, "trainings", write(tmp_path / "ru.csv", text, "cp1251"))
    assert result.added == 1
    bad = write(
        tmp_path / "bad.csv", "Код;Название;Дата начала;Направления\nT2;x;2025-13-01;demand\n"
    )
    problems = refused(db, "trainings", bad)
    assert problems[0].startswith("row 2, column дата_начала: '2025-13-01' is not a date")


def test_russian_template_round_trip(db, tmp_path):
    write_template("attendance", tmp_path / "ru.xlsx", "ru")
    wb = openpyxl.load_workbook(tmp_path / "ru.xlsx")
    header = [c.value for c in wb.worksheets[0][1]]
    assert header[:3] == ["Код обучения*", "Фио*", "Пол*"]
    assert wb.sheetnames[1] == "Инструкция"
    add_training(db, title="x", start_date="2025-01-01", focus_areas=["demand"])
    ws = wb.worksheets[0]
    ws.append(["T1", "Анна Иванова", "female", None, None, None, None, None, None, "present", None])
    wb.save(tmp_path / "filled.xlsx")
    assert import_file(db, "attendance", tmp_path / "filled.xlsx").added == 1
