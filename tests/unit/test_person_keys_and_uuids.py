"""The bulk paths' own pieces: the person keys of many rows agree with the single key, whatever
the spaces, and bulk uuids are unique, time-ordered version 7."""

from __future__ import annotations

import uuid

from app.models import new_uuids


def test_bulk_uuids_are_unique_time_ordered_version_7():
    first, second = new_uuids(1000), new_uuids(1000)
    assert first == sorted(first) and len(set(first + second)) == 2000
    parsed = uuid.UUID(first[0])
    assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)
    assert new_uuids(0) == []


def test_person_keys_agree_with_the_single_key():
    from app.services.records.fields import normalise_person_key, person_keys

    persons = [("Анна  Иванова ", 1980, " МВД"), ("анна иванова", None, ""), ("Ёж", 0, None)]
    assert person_keys(persons) == {p: normalise_person_key(*p) for p in persons}


def test_person_keys_treat_every_unicode_space_as_the_patterns_do():
    import re
    import sys

    from app.services.records.fields import normalise_person_key

    pattern = re.compile(r"\s")
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if pattern.fullmatch(chr(c))]
    assert "\xa0" in spaces and "\u2003" in spaces
    for space in spaces:
        name = f"{space}Анна{space * 2}ИВАНОВА{space}"
        assert normalise_person_key(name, 1980, f"МВД{space}РБ") == "анна иванова|1980|мвд рб"
