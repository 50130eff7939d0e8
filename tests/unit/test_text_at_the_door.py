"""Text that would break later is refused where it comes in; names that only look different
are one person."""

from __future__ import annotations

import unicodedata

import pytest

from app.errors import ValidationError
from app.models.kinds import Field, FieldType
from app.services.records.fields import clean_value, normalise_person_key, person_keys

CONTROL = ["\x00", "\x01", "\x08", "\x1b", "\x7f", "\x9f", "\ud800"]


@pytest.mark.parametrize("char", CONTROL)
@pytest.mark.parametrize(
    "field",
    [
        Field("title"),
        Field("summary", FieldType.LONG_TEXT),
        Field("format", FieldType.CHOICE),
        Field("audience", FieldType.FREE_LIST),
    ],
    ids=lambda f: f.type.value,
)
def test_a_control_character_is_refused_naming_it(field, char):
    with pytest.raises(ValidationError) as exc:
        clean_value(field, f"Семинар{char}2025")
    assert exc.value.field == field.name
    assert exc.value.values["code"] == f"U+{ord(char):04X}"


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x85"])
def test_control_characters_that_are_spaces_become_spaces_on_one_line(char):
    assert clean_value(Field("title"), f"a{char}b") == "a b"
    with pytest.raises(ValidationError):
        clean_value(Field("summary", FieldType.LONG_TEXT), f"a{char}b")


def test_line_breaks_and_tabs_are_text():
    assert clean_value(Field("summary", FieldType.LONG_TEXT), "a\r\nb\tc") == "a\r\nb\tc"
    assert clean_value(Field("title"), "a\r\nb\tc") == "a b c"


def test_text_is_stored_composed():
    decomposed = unicodedata.normalize("NFD", "Йошкар-Ола, Café")
    assert clean_value(Field("title"), decomposed) == "Йошкар-Ола, Café"


@pytest.mark.parametrize(
    "variant",
    [
        unicodedata.normalize("NFD", "Иван Йогуртов"),
        "Иван\u200b Йогуртов",
        "Иван Йогу\u200dртов\ufeff",
        "  иван   йогуртов ",
    ],
)
def test_names_that_only_look_different_are_one_person(variant):
    key = normalise_person_key("Иван Йогуртов", 1980, "МВД")
    assert normalise_person_key(variant, 1980, "мвд") == key
    assert person_keys([(variant, 1980, "МВД")])[(variant, 1980, "МВД")] == key
