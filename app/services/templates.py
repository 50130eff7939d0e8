"""Empty templates for each import kind: an .xlsx with the header row, drop-down lists for the
fixed values and an instructions sheet, or a .csv with the header row (UTF-8 with BOM)."""

from __future__ import annotations

from pathlib import Path

from app.errors import GpastError
from app.models.vocabulary import INDICATORS
from app.services import fields as f
from app.services.import_rules import IMPORT_KINDS, SPECS

AREA_SLUGS = ("criminalisation", "demand", "protection", "root-causes", "capacity")
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
}
EXTRA_HINTS = {
    "date": "a day of the session; empty: every day of the session",
    "training_code": "the code of an existing training session",
    "focus_area": "one focus area: slug or English name",
}


def header(kind: str) -> list[str]:
    return [fld.name + ("*" if fld.required else "") for fld in SPECS[kind]]


def _choices(kind: str, fld: f.Field) -> tuple[str, ...]:
    if fld.name == "focus_area":
        return AREA_SLUGS
    if fld.name == "indicator":
        return INDICATORS
    return fld.choices


def describe(kind: str, fld: f.Field) -> str:
    choices = _choices(kind, fld)
    if choices:
        text = "one of: " + ", ".join(choices)
    else:
        text = EXTRA_HINTS.get(fld.name) or HINTS[fld.type]
    return ("required; " if fld.required else "optional; ") + text


def write_template(kind: str, path: str | Path) -> None:
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    path = Path(path)
    try:
        if path.suffix.lower() == ".csv":
            import csv

            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerow(header(kind))
            return
        if path.suffix.lower() != ".xlsx":
            raise GpastError(f"{path}: choose a file name ending in .xlsx or .csv")
        _write_xlsx(kind, path)
    except OSError as exc:
        raise GpastError(f"{path}: cannot be written ({exc.strerror})") from exc


def _write_xlsx(kind: str, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = kind
    sheet.append(header(kind))
    fill = PatternFill("solid", fgColor="DDE7F3")
    for i, fld in enumerate(SPECS[kind], start=1):
        cell = sheet.cell(1, i)
        cell.font = Font(bold=True)
        cell.fill = fill
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = max(14, len(fld.name) + 4)
        choices = _choices(kind, fld)
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
    notes = workbook.create_sheet("Instructions")
    notes.append(["GPAST Coordinator: how to fill this sheet"])
    notes["A1"].font = Font(bold=True, size=13)
    notes.append(
        [
            "One record a row under the header. Columns marked * are required. Do not "
            "rename or add columns: an unknown column stops the import."
        ]
    )
    notes.append(
        [
            "The import is all or nothing: if any row has a problem, nothing is imported "
            "and every problem is listed by row and column. Importing the same file twice "
            "changes nothing the second time."
        ]
    )
    notes.append([])
    notes.append(["column", "what to enter"])
    notes["A5"].font = Font(bold=True)
    notes["B5"].font = Font(bold=True)
    for fld in SPECS[kind]:
        notes.append([fld.name, describe(kind, fld)])
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["B"].width = 100
    workbook.save(path)
