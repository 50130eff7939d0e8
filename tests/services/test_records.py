"""Create, update, delete, get and list, with validation naming the field."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, ValidationError
from app.services.records import editing as records
from app.services.records.editing import ListQuery
from tests.factories import add_participant

TRAINING = {
    "code": "TR-2025-001",
    "title": "Border guards",
    "start_date": "2025-03-03",
    "end_date": "2025-03-05",
    "hours": "6,5",
    "focus_areas": ["capacity"],
    "audience": "police; border guards",
    "aspects": ["gender"],
}


def problem(db, kind, data):
    with pytest.raises(ValidationError) as exc:
        records.create(db, kind, data)
    return exc.value


def test_create_and_get_a_training_with_cleaned_values(db):
    created = records.create(db, "trainings", TRAINING)
    got = records.get(db, "trainings", created["id"])
    assert got["start_date"] == date(2025, 3, 3)
    assert got["hours"] == 6.5
    assert got["audience"] == ["police", "border guards"]
    assert got["focus_areas"] == ["capacity"]
    assert len(got["uuid"]) == 36


def test_focus_areas_by_english_name_case_ignored(db):
    data = {**TRAINING, "focus_areas": ["countering DEMAND", "capacity"]}
    assert records.create(db, "trainings", data)["focus_areas"] == ["demand", "capacity"]


def test_end_date_defaults_to_start_date(db):
    data = {**TRAINING, "end_date": None}
    assert records.create(db, "trainings", data)["end_date"] == date(2025, 3, 3)


@pytest.mark.parametrize(
    ("kind", "change", "field", "words"),
    [
        ("trainings", {"title": " "}, "title", "required"),
        ("trainings", {"code": ""}, "code", "required"),
        ("trainings", {"end_date": "2025-03-01"}, "end_date", "before"),
        ("trainings", {"start_date": "31.02.2025"}, "start_date", "not a date"),
        ("trainings", {"hours": "-1"}, "hours", "negative"),
        ("trainings", {"hours": "many"}, "hours", "not a number"),
        ("trainings", {"focus_areas": ["slavery"]}, "focus_areas", "unknown focus area"),
        ("trainings", {"focus_areas": []}, "focus_areas", "required"),
        ("trainings", {"aspects": ["income"]}, "aspects", "unknown aspect"),
        ("trainings", {"title": "x" * 501}, "title", "longer than 500"),
    ],
)
def test_validation_names_the_field(db, kind, change, field, words):
    exc = problem(db, kind, {**TRAINING, **change})
    assert exc.field == field
    assert words in exc.message


def test_legislation_rules(db):
    base = {
        "title": "Law",
        "kind": "law",
        "status": "adopted",
        "adopted_on": "2025-01-10",
        "focus_areas": ["criminalisation"],
    }
    assert problem(db, "legislation", {**base, "kind": "edict"}).field == "kind"
    assert problem(db, "legislation", {**base, "status": "done"}).field == "status"
    assert problem(db, "legislation", {**base, "adopted_on": None}).field == "adopted_on"
    late = {**base, "in_force_on": "2025-01-01"}
    assert problem(db, "legislation", late).field == "in_force_on"
    assert records.create(db, "legislation", {**base, "status": "Draft", "adopted_on": None})


def test_campaign_reach_must_be_a_whole_non_negative_number(db):
    base = {"code": "C1", "title": "T", "start_date": "2025-01-01", "focus_areas": ["demand"]}
    assert problem(db, "campaigns", {**base, "reach": "-5"}).field == "reach"
    assert problem(db, "campaigns", {**base, "reach": "2.5"}).field == "reach"
    assert records.create(db, "campaigns", {**base, "reach": "1\u00a0250\u00a0000"})["reach"] == (
        1_250_000
    )


def test_participant_sex_and_birth_year(db):
    base = {"full_name": "Анна", "sex": "female"}
    assert problem(db, "participants", {**base, "sex": "f"}).field == "sex"
    assert problem(db, "participants", {**base, "birth_year": "1850"}).field == "birth_year"
    assert problem(db, "participants", {**base, "full_name": ""}).field == "full_name"


def test_codes_are_unique_ignoring_case(db):
    records.create(db, "trainings", TRAINING)
    exc = problem(db, "trainings", {**TRAINING, "code": "tr-2025-001"})
    assert exc.field == "code" and "already used" in exc.message


def test_update_changes_only_given_fields_and_validates(db):
    t = records.create(db, "trainings", TRAINING)
    updated = records.update(db, "trainings", t["id"], {"title": "Новое название"})
    assert updated["title"] == "Новое название"
    assert updated["code"] == "TR-2025-001"
    with pytest.raises(ValidationError):
        records.update(db, "trainings", t["id"], {"end_date": "2020-01-01"})
    assert records.get(db, "trainings", t["id"])["title"] == "Новое название"


def test_duplicate_gets_a_free_code_and_delete_removes(db):
    t = records.create(db, "trainings", TRAINING)
    copy = records.duplicate(db, "trainings", t["id"])
    assert copy["code"] == "TR-2025-001-copy" and copy["focus_areas"] == ["capacity"]
    assert records.duplicate(db, "trainings", t["id"])["code"] == "TR-2025-001-copy2"
    records.delete(db, "trainings", copy["id"])
    with pytest.raises(NotFound):
        records.get(db, "trainings", copy["id"])


def test_list_search_filters_order_and_window(db):
    for i, (title, area, start) in enumerate(
        [
            ("Обучение пограничников", "capacity", "2024-05-01"),
            ("Prosecutors seminar", "criminalisation", "2025-02-01"),
            ("Shelter staff", "protection", "2025-09-01"),
        ]
    ):
        records.create(
            db,
            "trainings",
            {
                **TRAINING,
                "code": f"T{i}",
                "title": title,
                "start_date": start,
                "end_date": None,
                "focus_areas": [area],
            },
        )
    titles = [r["title"] for r in records.list_records(db, "trainings", ListQuery(search="SEMIN"))]
    assert titles == ["Prosecutors seminar"]
    assert [r["code"] for r in records.list_records(db, "trainings", ListQuery(year=2025))] == [
        "T1",
        "T2",
    ]
    assert records.count_records(db, "trainings", ListQuery(area="protection")) == 1
    desc = records.list_records(db, "trainings", ListQuery(order_by="title", descending=True))
    assert desc[0]["title"] == "Обучение пограничников"
    window = records.list_records(db, "trainings", ListQuery(offset=1, limit=1))
    assert [r["code"] for r in window] == ["T1"]
    assert records.record_years(db, "trainings") == [2025, 2024]


def test_search_ignores_case_in_cyrillic(db):
    add_participant(db, full_name="Анна ИВАНОВА")
    found = records.list_records(db, "participants", ListQuery(search="иванова"))
    assert [p["full_name"] for p in found] == ["Анна ИВАНОВА"]
