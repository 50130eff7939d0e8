"""Empty templates for each import kind: an .xlsx with the header row, drop-down lists for the
fixed values and an instructions sheet, or a .csv with the header row (UTF-8 with BOM)."""

from __future__ import annotations

from pathlib import Path

from app.errors import GpastError
from app.files import written_whole
from app.i18n import DOCUMENTS, catalogue, translatable
from app.services.records import fields as f
from app.services.spreadsheets.rules import IMPORT_KINDS, RU_COLUMNS, SPECS

# What to enter in a column, in English; the Russian is in the catalogue (context Documents).
HINTS = {
    f.DATE: translatable("a date: YYYY-MM-DD or DD.MM.YYYY (or a date cell)"),
    f.INT: translatable("a whole number"),
    f.FLOAT: translatable("a number; a decimal comma is fine (6,5)"),
    f.LIST: translatable("a list: separate items with ;"),
    f.AREAS: translatable(
        "focus areas by slug or English name, separated by ; "
        "(criminalisation; demand; protection; root-causes; capacity)"
    ),
    f.ASPECTS: translatable("aspects, separated by ; (gender; age; migration)"),
    f.LONGTEXT: translatable("text"),
    f.TEXT: translatable("text"),
    f.COUNTRY: translatable("an ISO 3166-1 country code (BY, UA, …) or unknown; empty: all"),
}
EXTRA_HINTS = {
    "date": translatable("a day of the session; empty: every day of the session"),
    "training_code": translatable("the code of an existing training session"),
    "focus_area": translatable("one focus area: slug or English name"),
    "source": translatable("the agency that supplied the figure"),
}
NOTES = (
    translatable("GPAST Coordinator: how to fill this sheet"),
    translatable(
        "One record a row under the header. Columns marked * are required. Do not rename or add "
        "columns: an unknown column stops the import."
    ),
    translatable(
        "The import is all or nothing: if any row has a problem, nothing is imported and every "
        "problem is listed by row and column. Importing the same file twice changes nothing the "
        "second time."
    ),
    (translatable("column"), translatable("what to enter")),
    translatable("Instructions"),
)


def _translator(lang: str):
    """The template's texts in `lang`, from the catalogue."""
    translate = catalogue(lang, DOCUMENTS) if lang != "en" else None
    return translate or (lambda text: text)


def column_title(name: str, lang: str) -> str:
    if lang == "ru":
        ru = RU_COLUMNS[name].replace("_", " ")
        return ru[:1].upper() + ru[1:]
    return name


def header(kind: str, lang: str = "en") -> list[str]:
    return [column_title(fld.name, lang) + ("*" if fld.required else "") for fld in SPECS[kind]]


def describe(kind: str, fld: f.Field, lang: str = "en") -> str:
    tr = _translator(lang)
    choices = fld.choices
    if choices:
        text = tr("one of: {choices}").format(choices=", ".join(choices))
    else:
        text = tr(EXTRA_HINTS.get(fld.name) or HINTS[fld.type])
    if fld.required:
        return tr("required; {what}").format(what=text)
    return tr("optional; {what}").format(what=text)


MAX_LIST_FORMULA = 255  # Excel's limit for a list of choices written into the rule itself


def write_template(kind: str, path: str | Path, lang: str = "en") -> None:
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise GpastError("{file}: choose a file name ending in .xlsx or .csv", file=path)
    with written_whole(path) as partial:
        if suffix == ".csv":
            import csv

            with partial.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerow(header(kind, lang))
        else:
            _write_xlsx(kind, partial, lang)


def _write_xlsx(kind: str, path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook has one sheet, and it is active
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
            formula = '"' + ",".join(choices) + '"'
            if len(formula) > MAX_LIST_FORMULA:  # Excel refuses a longer list: a hidden sheet
                lists = workbook["lists"] if "lists" in workbook else workbook.create_sheet("lists")
                lists.sheet_state = "hidden"
                for row, choice in enumerate(choices, start=1):
                    lists.cell(row, i, choice)
                formula = f"lists!${letter}$1:${letter}${len(choices)}"
            rule = DataValidation(type="list", formula1=formula, allow_blank=not fld.required)
            rule.error = f"Choose one of: {', '.join(choices)}"
            rule.errorTitle = fld.name
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}5000")
        if fld.type == f.DATE:
            for row in range(2, 201):
                sheet.cell(row, i).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    tr = _translator(lang)
    title, rows, all_or_nothing, (col, what), sheet_name = (
        tr(NOTES[0]),
        tr(NOTES[1]),
        tr(NOTES[2]),
        (tr(NOTES[3][0]), tr(NOTES[3][1])),
        tr(NOTES[4]),
    )
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
