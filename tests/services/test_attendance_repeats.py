"""The same person twice for one training is one clear problem, whatever the dates say (an empty
date stands for every day), never an unexpected error."""

from __future__ import annotations

import pytest

from tests.helpers import refused, write

HEAD = "training_code,full_name,sex,birth_year,organisation,status,date\n"


@pytest.mark.parametrize(
    ("second_date", "first_date"),
    [("", ""), ("2025-03-04", ""), ("", "2025-03-03")],
)
def test_a_person_repeated_with_an_empty_date_is_named_by_row(
    db, tmp_path, two_day_training, first_date, second_date
):
    text = (
        HEAD
        + f"T1,Иван Петров,male,1980,МВД,present,{first_date}\n"
        + f"T1,иван  петров,male,1980,мвд,absent,{second_date}\n"
    )
    problems = refused(db, "attendance", write(tmp_path / "a.csv", text))
    assert problems == ["row 3, column full_name: the same person, training and day as row 2"]


def test_a_wrong_code_and_day_are_problems_with_message_ids(db, tmp_path, two_day_training):
    """Ids, so that the window and the Russian command line can translate them."""
    text = HEAD + "NOPE,Анна,female,,,present,\nT1,Анна,female,,,present,2025-03-09\n"
    from app.services.spreadsheets.importing import import_file
    from app.services.spreadsheets.rules import ImportRefused

    with pytest.raises(ImportRefused) as exc:
        import_file(db, "attendance", write(tmp_path / "a.csv", text))
    ids = [p.message.message_id for p in exc.value.problems]
    assert "no training session with the code '{value}'" in ids
    assert "{value} is not a day of {what} ({start} – {end})" in ids
