"""How a value of each field is checked (the fields themselves are in app.models.kinds).

One check serves the services, the spreadsheet import and bundles; the editor dialogs use it as
the user types."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from app.errors import ValidationError
from app.models import vocabulary as v
from app.models.kinds import Field, FieldType

TEXT, LONGTEXT, DATE = FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DATE
INT, FLOAT, CHOICE = FieldType.WHOLE_NUMBER, FieldType.NUMBER, FieldType.CHOICE
LIST, AREAS, ASPECTS = FieldType.FREE_LIST, FieldType.FOCUS_AREAS, FieldType.ASPECTS
COUNTRY = FieldType.COUNTRY

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
MAX_LIST_ITEMS = 100


_EMPTY_DEFAULT = {TEXT: "", LONGTEXT: "", LIST: [], ASPECTS: [], AREAS: []}
_SPACES = re.compile(r"\s+")
# characters no record may hold: control characters (but tab and line breaks, which the text
# fields turn into spaces or keep as lines), and lone surrogates; spreadsheets refuse them later
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# invisible characters that make two equal-looking names differ: zero-width space, joiners,
# word joiner, byte-order mark
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _text(field: Field, text: str) -> str:
    """Text as stored: composed (NFC) Unicode; a control character is refused, naming it."""
    found = _CONTROL.search(text)
    if found:
        raise ValidationError(
            field.name,
            "contains a control character ({code}), which cannot be stored; remove it",
            code=f"U+{ord(found.group()):04X}",
        )
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def empty_value(field: Field) -> Any:
    default = _EMPTY_DEFAULT.get(field.type)
    return list(default) if isinstance(default, list) else default


def fill_defaults(fields: Iterable[Field], clean: dict[str, Any]) -> dict[str, Any]:
    """Empty fields that have a default take it (an empty end date is the start date, empty
    hours are 0): the registry's `default` and `default_from`."""
    for fld in fields:
        if fld.name in clean and clean[fld.name] is None:
            if fld.default_from is not None:
                clean[fld.name] = clean.get(fld.default_from)
            elif fld.default is not None:
                clean[fld.name] = fld.default
    return clean


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _as_list(field: Field, value: Any) -> list[str]:
    if isinstance(value, str):
        items = value.split(";")
    elif isinstance(value, list | tuple | set):
        items = list(value)
    else:  # a spreadsheet cell holding one number, date or boolean
        items = [value.isoformat() if isinstance(value, date) else value]
    out: list[str] = []
    for item in items:
        text = _text(field, _SPACES.sub(" ", str(item)).strip())
        if text and text not in out:
            out.append(text)
    if len(out) > MAX_LIST_ITEMS:
        raise ValidationError(field.name, "at most {n} items", n=MAX_LIST_ITEMS)
    for text in out:
        if len(text) > field.max_length:
            raise ValidationError(
                field.name, "an item is longer than {n} characters", n=field.max_length
            )
    return out


def _as_date(field: Field, value: Any) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        result = value
    else:
        text = str(value).strip()
        try:
            if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
                day, month, year = (int(p) for p in text.split("."))
                result = date(year, month, day)
            else:
                result = date.fromisoformat(text)
        except ValueError:
            raise ValidationError(
                field.name, "'{value}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)", value=text
            ) from None
    if not MIN_DATE <= result <= MAX_DATE:
        raise ValidationError(field.name, "{value} is outside 1900–2199", value=result.isoformat())
    return result


def _as_number(field: Field, value: Any) -> float:
    if isinstance(value, bool):
        raise ValidationError(field.name, "must be a number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(field.name, "'{value}' is not a number", value=value) from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(field.name, "'{value}' is not a number", value=value)
    if field.type == INT and number != int(number):
        raise ValidationError(field.name, "'{value}' must be a whole number", value=value)
    if field.minimum is not None and number < field.minimum:
        if field.minimum == 0:
            raise ValidationError(field.name, "must not be negative")
        raise ValidationError(field.name, "must be at least {n}", n=f"{field.minimum:g}")
    if field.maximum is not None and number > field.maximum:
        raise ValidationError(field.name, "must be at most {n}", n=f"{field.maximum:g}")
    return number


def clean_value(field: Field, value: Any, *, area_slugs: Mapping[str, str] | None = None) -> Any:
    """The stored form of `value` for `field`; raises ValidationError naming the field."""
    if _is_empty(value):
        if field.required:
            raise ValidationError(field.name, "is required")
        return None if field.type in (DATE, INT, FLOAT, CHOICE, COUNTRY) else empty_value(field)
    if field.type in (TEXT, LONGTEXT):
        text = _text(
            field,
            str(value).strip() if field.type == LONGTEXT else _SPACES.sub(" ", str(value)).strip(),
        )
        if len(text) > field.max_length:
            raise ValidationError(field.name, "is longer than {n} characters", n=field.max_length)
        return text
    if field.type == DATE:
        return _as_date(field, value)
    if field.type in (INT, FLOAT):
        number = _as_number(field, value)
        return int(number) if field.type == INT else number
    if field.type == COUNTRY:
        from app.services.countries import country_code

        code = country_code(str(value))
        if code is None:
            raise ValidationError(
                field.name,
                "'{value}' is not an ISO 3166-1 country code (such as BY or UA) nor unknown",
                value=str(value).strip(),
            )
        return code
    if field.type == CHOICE:
        text = _text(field, str(value).strip())
        for choice in field.choices:
            if text.lower() == choice.lower():
                return choice
        if not field.choices:
            return text
        raise ValidationError(
            field.name,
            "'{value}' is not one of: {choices}",
            value=text,
            choices=", ".join(field.choices),
        )
    items = _as_list(field, value)
    if field.type == ASPECTS:
        lowered = [i.lower() for i in items]
        unknown = [i for i in lowered if i not in v.ASPECTS]
        if unknown:
            raise ValidationError(
                field.name,
                "unknown aspect '{value}' (use {choices})",
                value=unknown[0],
                choices=", ".join(v.ASPECTS),
            )
        return lowered
    if field.type == AREAS:
        lookup = area_slugs or {}
        slugs: list[str] = []
        for item in items:
            slug = lookup.get(item.lower())
            if slug is None:
                raise ValidationError(field.name, "unknown focus area '{value}'", value=item)
            if slug not in slugs:
                slugs.append(slug)
        if field.required and not slugs:
            raise ValidationError(field.name, "at least one focus area is required")
        return slugs
    return items


def clean_record(
    fields: tuple[Field, ...],
    data: Mapping[str, Any],
    *,
    area_slugs: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], list[ValidationError]]:
    """Check every field of `data`; return the cleaned values and every problem found."""
    clean: dict[str, Any] = {}
    problems: list[ValidationError] = []
    for field in fields:
        try:
            clean[field.name] = clean_value(field, data.get(field.name), area_slugs=area_slugs)
        except ValidationError as exc:
            problems.append(exc)
    problems.extend(cross_field_problems(clean))
    return clean, problems


def cross_field_problems(clean: Mapping[str, Any]) -> list[ValidationError]:
    problems: list[ValidationError] = []
    start, end = clean.get("start_date"), clean.get("end_date")
    if start and end and end < start:
        problems.append(ValidationError("end_date", "must not be before the start date"))
    if (
        clean.get("status") in ("adopted", "in_force")
        and "adopted_on" in clean
        and clean.get("adopted_on") is None
    ):
        problems.append(ValidationError("adopted_on", "is required for adopted legislation"))
    adopted, in_force = clean.get("adopted_on"), clean.get("in_force_on")
    if adopted and in_force and in_force < adopted:
        problems.append(ValidationError("in_force_on", "must not be before the adoption date"))
    return problems


def _match_text(text: str | None) -> str:
    # the same as _SPACES.sub(" ", text.strip()): str.split() and the pattern's \s agree on
    # what whitespace is (tests/unit/test_person_keys_and_uuids.py checks every such character);
    # names differing only in Unicode form (composed or not) or invisible characters are equal
    text = text or ""
    if not text.isascii():
        if _INVISIBLE.search(text):
            text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()).casefold()


def normalise_person_key(full_name: str, birth_year: int | None, organisation: str | None) -> str:
    """The product.md matching rule: name, birth year and organisation, case and spaces ignored."""
    return f"{_match_text(full_name)}|{birth_year or ''}|{_match_text(organisation)}"


def person_keys(persons: Iterable[tuple[str, int | None, str | None]]) -> dict[tuple, str]:
    """normalise_person_key of many (name, birth year, organisation) triples."""
    keys = PersonKeys()
    return {p: keys[p] for p in set(persons)}


class PersonKeys(dict[tuple, str]):
    """(name, birth year, organisation) → normalise_person_key, each triple normalised as it is
    first looked up and each distinct name and organisation once (an attendance file repeats
    both): `map(keys.__getitem__, triples)` is one pass over a file's rows."""

    def __init__(self) -> None:
        super().__init__()
        self._texts: dict[str | None, str] = {}

    def _text(self, text: str | None) -> str:
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = _match_text(text)
        return found

    def __missing__(self, person: tuple) -> str:
        name, year, organisation = person
        key = self[person] = f"{self._text(name)}|{year or ''}|{self._text(organisation)}"
        return key
