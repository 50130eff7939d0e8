"""The international reporting pack as an .xlsx workbook: one sheet per table in the shape the
UN, Council of Europe and donor questionnaires use (app.services.statistics.pack), a column per
year, the source of each figure and a notes column. English or Russian; for publication, figures
from 1 below the threshold print as "<N" and the sheets say so."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.files import written_whole
from app.i18n import translatable
from app.reports.report_text import current, language, tr
from app.services.countries import country_name
from app.services.statistics.pack import PackRow, PackTable

SHEETS = {
    "sex_age": translatable("Victims by sex and age"),
    "citizenship": translatable("Victims by citizenship"),
    "exploitation": translatable("Victims by exploitation"),
    "justice": translatable("Prosecuted and convicted"),
}
TITLES = {
    "sex_age": translatable("Victims by sex and age group"),
    "citizenship": translatable("Victims by citizenship"),
    "exploitation": translatable("Victims by form of exploitation"),
    "justice": translatable("Investigations, persons prosecuted and persons convicted, by sex"),
}
INDICATORS = {
    "victims_identified": translatable("Victims identified"),
    "victims_assisted": translatable("Victims assisted"),
    "victims_referred": translatable("Victims referred"),
    "victims_repatriated": translatable("Victims repatriated"),
    "investigations": translatable("Investigations"),
    "persons_prosecuted": translatable("Persons prosecuted"),
    "persons_convicted": translatable("Persons convicted"),
}
VALUES = {
    ("total", ""): translatable("Total"),
    ("sex", "female"): translatable("Female"),
    ("sex", "male"): translatable("Male"),
    ("sex", "other"): translatable("Other sex"),
    ("sex", "not stated"): translatable("Sex not stated"),
    ("age_group", "child"): translatable("Children (under 18)"),
    ("age_group", "adult"): translatable("Adults"),
    ("age_group", "unknown"): translatable("Age unknown"),
    ("sex×age", "female|child"): translatable("Girls"),
    ("sex×age", "male|child"): translatable("Boys"),
    ("sex×age", "female|adult"): translatable("Women"),
    ("sex×age", "male|adult"): translatable("Men"),
    ("exploitation", "sexual"): translatable("Sexual exploitation"),
    ("exploitation", "labour"): translatable("Forced labour"),
    ("exploitation", "criminal_activities"): translatable("Forced criminal activities"),
    ("exploitation", "begging"): translatable("Forced begging"),
    ("exploitation", "organ_removal"): translatable("Organ removal"),
    ("exploitation", "forced_marriage"): translatable("Forced marriage"),
    ("exploitation", "other"): translatable("Other forms"),
    ("exploitation", "unknown"): translatable("Form unknown"),
    ("citizenship", "unknown"): translatable("Citizenship unknown"),
}
BREAKDOWNS = {
    "sex": translatable("by sex"),
    "age_group": translatable("by age group"),
    "exploitation": translatable("by form of exploitation"),
    "citizenship": translatable("by citizenship"),
}


def cell_value(value: int | None, public: int) -> int | str | None:
    """A figure as the pack prints it: small counts as "<N" for publication."""
    if value is None:
        return None
    if public and 0 < value < public:
        return f"<{public}"
    return value


def row_label(row: PackRow) -> str:
    if row.breakdown == "citizenship" and row.value != "unknown":
        return f"{row.value} — {country_name(row.value, current())}"
    return tr(VALUES.get((row.breakdown, row.value), row.value))


def _sources(row: PackRow) -> str:
    names = [row.sources[y] or tr("(no source)") for y in sorted(row.sources)]
    if len(set(names)) <= 1:
        return names[0] if names else ""
    return "; ".join(f"{y}: {row.sources[y] or tr('(no source)')}" for y in sorted(row.sources))


def _notes(row: PackRow, public: int) -> str:
    parts = [
        tr("{year}: stated {stated} ({source}), {breakdown} {sum}").format(
            year=y,
            stated=cell_value(stated, public),
            source=source or tr("(no source)"),
            breakdown=tr(BREAKDOWNS.get(breakdown, breakdown)),
            sum=cell_value(total, public),
        )
        for y, source, stated, breakdown, total in row.mismatches
    ]
    parts += [f"{y}: {text}" for y, text in row.notes]
    return "; ".join(parts)


def write_pack_xlsx(
    tables: list[PackTable],
    path: str | Path,
    *,
    date_from: date,
    date_to: date,
    settings: dict[str, str],
    lang: str = "en",
    public: int = 0,
) -> Path:
    """Write the workbook beside `path` and rename it at the end (no half-written file)."""
    path = Path(path)
    with written_whole(path) as partial, language(lang):
        _write(tables, partial, date_from, date_to, settings, public)
    return path


def _write(tables, path: Path, date_from, date_to, settings, public: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F3")
    where = " · ".join(
        x for x in (settings.get("country", ""), settings.get("coordinating_body", "")) if x
    )
    period = f"{date_from.strftime('%d.%m.%Y')} – {date_to.strftime('%d.%m.%Y')}"
    for table in tables:
        sheet = workbook.create_sheet(tr(SHEETS[table.name])[:31])
        sheet.append([tr(TITLES[table.name])])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([" · ".join(x for x in (where, period) if x)])
        sheet.append(
            [
                tr(
                    "Aggregate figures supplied by other agencies; each comes from the source "
                    "named, figures from different sources are never added together."
                )
            ]
        )
        if public:
            sheet.append(
                [
                    tr(
                        "For publication: figures from 1 to {n} are shown as <{threshold} "
                        "(small counts can identify people); no person is named."
                    ).format(n=public - 1, threshold=public)
                ]
            )
        sheet.append([])
        head = [tr("Indicator"), tr("Breakdown"), *map(str, table.years)]
        head += [tr("Source"), tr("Notes")]
        sheet.append(head)
        head_row = sheet.max_row
        for cell in sheet[head_row]:
            cell.font = bold
            cell.fill = fill
        if not table.rows:
            sheet.append([tr("No figures for this period.")])
        for row in table.rows:
            values: list[Any] = [tr(INDICATORS[row.indicator]), row_label(row)]
            values += [cell_value(row.values.get(y), public) for y in table.years]
            values += [_sources(row), _notes(row, public)]
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # an agency's name or notes never become a formula
            if row.breakdown == "total":
                for cell in sheet[sheet.max_row][:2]:
                    cell.font = bold
        for cell in sheet[head_row][2 : 2 + len(table.years)]:
            cell.alignment = Alignment(horizontal="right")
        for letter, width in zip("AB", (30, 28), strict=True):
            sheet.column_dimensions[letter].width = width
        last = 3 + len(table.years)
        sheet.column_dimensions[get_column_letter(last)].width = 30
        sheet.column_dimensions[get_column_letter(last + 1)].width = 60
        sheet.freeze_panes = sheet.cell(head_row + 1, 3)
    workbook.save(path)
