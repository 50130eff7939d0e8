"""Empty templates for each import kind: an .xlsx with the header row, drop-down lists for the
fixed values and an instructions sheet, or a .csv with the header row (UTF-8 with BOM)."""

from __future__ import annotations

from pathlib import Path

from app.errors import GpastError
from app.services.records import fields as f
from app.services.spreadsheets.rules import IMPORT_KINDS, RU_COLUMNS, SPECS

HINTS = {
    f.DATE: "a date: YYYY-MM-DD or DD.MM.YYYY (or a date cell)",
    f.INT: "a whole number",
    f.FLOAT: "a number; a decimal comma is fine (6,5)",
    f.LIST: "a list: separate items with ;",
    f.AREAS: "focus areas by slug or English name, separated by ; "
    "(criminalisation; demand; protection; root-causes; capacity)",
    f.ASPECTS: "aspects, separated by ; (gender; age; migration)",
    f.LONGTEXT: "text",
    f.TEXT: "text",
    f.COUNTRY: "an ISO 3166-1 country code (BY, UA, …) or unknown; empty: all",
}
EXTRA_HINTS = {
    "date": "a day of the session; empty: every day of the session",
    "training_code": "the code of an existing training session",
    "focus_area": "one focus area: slug or English name",
    "source": "the agency that supplied the figure",
}


HINTS_RU = {
    f.DATE: "дата: ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (или ячейка с датой)",
    f.INT: "целое число",
    f.FLOAT: "число; можно с десятичной запятой (6,5)",
    f.LIST: "список: элементы через ;",
    f.AREAS: "направления (slug или английское название) через ; "
    "(criminalisation; demand; protection; root-causes; capacity)",
    f.ASPECTS: "аспекты через ; (gender; age; migration)",
    f.LONGTEXT: "текст",
    f.TEXT: "текст",
    f.COUNTRY: "код страны ISO 3166-1 (BY, UA, …) или unknown; пусто — все",
}
EXTRA_HINTS_RU = {
    "date": "день занятия; пусто — все дни занятия",
    "training_code": "код существующего обучения",
    "focus_area": "одно направление: slug или английское название",
    "source": "ведомство, предоставившее показатель",
}
NOTES = {
    "en": (
        "GPAST Coordinator: how to fill this sheet",
        "One record a row under the header. Columns marked * are required. Do not rename or add "
        "columns: an unknown column stops the import.",
        "The import is all or nothing: if any row has a problem, nothing is imported and every "
        "problem is listed by row and column. Importing the same file twice changes nothing the "
        "second time.",
        ("column", "what to enter"),
        "Instructions",
    ),
    "ru": (
        "GPAST Coordinator: как заполнять этот лист",
        "Одна запись в строке под заголовком. Столбцы со * обязательны. Не переименовывайте и не "
        "добавляйте столбцы: неизвестный столбец останавливает импорт.",
        "Импорт выполняется целиком или не выполняется: если в какой-либо строке есть ошибка, "
        "ничего не импортируется, а все ошибки перечисляются по строкам и столбцам. Повторный "
        "импорт того же файла ничего не меняет.",
        ("столбец", "что вводить"),
        "Инструкция",
    ),
}


def column_title(name: str, lang: str) -> str:
    if lang == "ru":
        ru = RU_COLUMNS[name].replace("_", " ")
        return ru[:1].upper() + ru[1:]
    return name


def header(kind: str, lang: str = "en") -> list[str]:
    return [column_title(fld.name, lang) + ("*" if fld.required else "") for fld in SPECS[kind]]


def describe(kind: str, fld: f.Field, lang: str = "en") -> str:
    choices = fld.choices
    ru = lang == "ru"
    if choices:
        text = ("одно из: " if ru else "one of: ") + ", ".join(choices)
    elif ru:
        text = EXTRA_HINTS_RU.get(fld.name) or HINTS_RU[fld.type]
    else:
        text = EXTRA_HINTS.get(fld.name) or HINTS[fld.type]
    if ru:
        return ("обязательно; " if fld.required else "необязательно; ") + text
    return ("required; " if fld.required else "optional; ") + text


def write_template(kind: str, path: str | Path, lang: str = "en") -> None:
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    path = Path(path)
    try:
        if path.suffix.lower() == ".csv":
            import csv

            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerow(header(kind, lang))
            return
        if path.suffix.lower() != ".xlsx":
            raise GpastError(f"{path}: choose a file name ending in .xlsx or .csv")
        _write_xlsx(kind, path, lang)
    except OSError as exc:
        raise GpastError(f"{path}: cannot be written ({exc.strerror})") from exc


def _write_xlsx(kind: str, path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = kind
    sheet.append(header(kind, lang))
    fill = PatternFill("solid", fgColor="DDE7F3")
    for i, fld in enumerate(SPECS[kind], start=1):
        cell = sheet.cell(1, i)
        cell.font = Font(bold=True)
        cell.fill = fill
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = max(14, len(column_title(fld.name, lang)) + 4)
        choices = fld.choices
        if choices:
            rule = DataValidation(
                type="list", formula1='"' + ",".join(choices) + '"', allow_blank=not fld.required
            )
            rule.error = f"Choose one of: {', '.join(choices)}"
            rule.errorTitle = fld.name
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}5000")
        if fld.type == f.DATE:
            for row in range(2, 201):
                sheet.cell(row, i).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    title, rows, all_or_nothing, (col, what), sheet_name = NOTES[lang]
    notes = workbook.create_sheet(sheet_name)
    notes.append([title])
    notes["A1"].font = Font(bold=True, size=13)
    notes.append([rows])
    notes.append([all_or_nothing])
    notes.append([])
    notes.append([col, what])
    notes["A5"].font = Font(bold=True)
    notes["B5"].font = Font(bold=True)
    for fld in SPECS[kind]:
        notes.append([column_title(fld.name, lang), describe(kind, fld, lang)])
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["B"].width = 100
    workbook.save(path)
