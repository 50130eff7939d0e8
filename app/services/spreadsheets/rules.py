"""The template columns of product.md (from the registry of record kinds) and the problems an
import reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import GpastError, Message, Name, Translate
from app.models.kinds import EXPORT_KINDS as EXPORT_KINDS  # re-exported: the kinds of export
from app.models.kinds import IMPORT_KINDS as IMPORT_KINDS  # and of import
from app.models.kinds import KINDS, Field

MAX_PROBLEMS = 200

SPECS: dict[str, tuple[Field, ...]] = {k.name: k.template for k in KINDS.values()}


def columns(kind: str) -> list[str]:
    return [fld.name for fld in SPECS[kind]]


def required_columns(kind: str) -> list[str]:
    return [fld.name for fld in SPECS[kind] if fld.required]


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str | None
    message: Message

    def render(self, translate: Translate = str, name: Name = str) -> str:
        """ "row N, column X: what is wrong" in the language of `translate`."""
        if self.row is not None and self.column:
            where = Message(
                "row {row}, column {column}: {message}",
                row=self.row,
                column=self.column,
                message=self.message,
            )
        elif self.row is not None:
            where = Message("row {row}: {message}", row=self.row, message=self.message)
        elif self.column:
            where = Message("column {column}: {message}", column=self.column, message=self.message)
        else:
            where = self.message
        return where.render(translate, name)

    def text(self) -> str:
        return self.render()


@dataclass
class ImportResult:
    kind: str
    file: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    people_added: int = 0
    dry_run: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    rows: int = 0

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        text = (
            f"{self.file}: {self.rows} rows read; {self.added} {self.kind} records {verb} added, "
            f"{self.updated} updated, {self.unchanged} left unchanged"
        )
        if self.kind == "attendance":
            text += f"; {self.people_added} new people {verb} added to the registry"
        return text + ("; nothing was changed (dry run)" if self.dry_run else "")


@dataclass
class ImportRefused(GpastError):
    file: str
    problems: list[Problem] = field(default_factory=list)
    truncated: bool = False

    def render(self, translate: Translate = str, name: Name = str) -> str:
        lines = [f"{self.file}: {p.render(translate, name)}" for p in self.problems]
        ending = Message(
            "{file}: {n} problem(s) (and more; only the first ones are listed); "
            "nothing was imported, the database is unchanged"
            if self.truncated
            else "{file}: {n} problem(s); nothing was imported, the database is unchanged",
            file=Path(self.file).name,
            n=len(self.problems),
        )
        lines.append(ending.render(translate, name))
        return "\n".join(lines)


class ImportCancelled(GpastError):
    pass


class ProblemList(list):
    """Problems of one file, stopping at MAX_PROBLEMS."""

    truncated = False

    def add(self, row: int | None, column: str | None, message: Message) -> None:
        if len(self) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.append(Problem(row, column, message))

    @property
    def full(self) -> bool:
        return len(self) >= MAX_PROBLEMS


# Russian column names accepted on import (and written by the Russian template), as
# normalise_header() makes them: lower case, spaces as underscores, no '*'.
RU_COLUMNS = {
    "title": "название",
    "reference": "номер",
    "kind": "вид",
    "status": "статус",
    "adopted_on": "дата_принятия",
    "in_force_on": "дата_вступления_в_силу",
    "authority": "орган",
    "focus_areas": "направления",
    "aspects": "аспекты",
    "instruments": "международные_документы",
    "summary": "краткое_содержание",
    "url": "ссылка",
    "code": "код",
    "start_date": "дата_начала",
    "end_date": "дата_окончания",
    "location": "место",
    "organiser": "организатор",
    "format": "формат",
    "audience": "аудитория",
    "hours": "часы",
    "notes": "примечания",
    "channels": "каналы",
    "target_groups": "целевые_группы",
    "regions": "регионы",
    "reach": "охват",
    "partners": "партнёры",
    "training_code": "код_обучения",
    "full_name": "фио",
    "sex": "пол",
    "organisation": "организация",
    "position": "должность",
    "country": "страна",
    "birth_year": "год_рождения",
    "email": "эл._почта",
    "phone": "телефон",
    "date": "дата",
    "year": "год",
    "focus_area": "направление",
    "indicator": "показатель",
    "target": "цель",
    "value": "значение",
    "age_group": "возрастная_группа",
    "citizenship": "гражданство",
    "exploitation": "форма_эксплуатации",
    "source": "источник",
}
FROM_RUSSIAN = {ru: en for en, ru in RU_COLUMNS.items()} | {
    "партнеры": "partners",
    "электронная_почта": "email",
    "ф.и.о.": "full_name",
    "целевое_значение": "target",
}


def template_names(headers: list[str]) -> tuple[list[str], dict[str, str]]:
    """Headers in the template's (English) names, and what each was called in the file."""
    names, shown = [], {}
    for header in headers:
        name = FROM_RUSSIAN.get(header, header)
        names.append(name)
        if name != header:
            shown[name] = header
    return names, shown
