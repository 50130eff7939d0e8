"""A NUL or other control character is refused at every door (typing, import), naming the
field (and the row and column), so an export never fails on it later."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services.spreadsheets.exporting import export_file
from tests.factories import add_training, make_training
from tests.helpers import refused, write


def test_typed_text_with_a_control_character_is_refused(db):
    from app.services.records import editing as records

    with pytest.raises(ValidationError) as exc:
        records.create(db, "trainings", make_training(title="Семинар\x00"))
    assert exc.value.field == "title"


def test_an_imported_cell_with_a_control_character_is_named_by_row_and_column(db, tmp_path):
    text = (
        "code;title;start_date;focus_areas\n"
        "T1;ok;2025-03-03;capacity\n"
        "T2;bad\x1b;2025-03-03;capacity\n"
    )
    problems = refused(db, "trainings", write(tmp_path / "t.csv", text))
    assert problems == [
        "row 3, column title: contains a control character (U+001B), which cannot be stored; "
        "remove it"
    ]


def test_what_was_accepted_exports(db, tmp_path):
    add_training(db, title="Семинар\tпо\nстрокам")
    assert export_file(db, "trainings", tmp_path / "t.xlsx") == 1
