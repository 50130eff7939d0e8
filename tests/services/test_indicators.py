"""The counting rules of product.md, on real SQLite files."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models.vocabulary import INDICATORS
from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.services.reporting.indicators import indicators
from tests.counting import indicators_by_hand
from tests.factories import add_legislation

Y_FROM, Y_TO = date(2025, 1, 1), date(2025, 12, 31)


def law(db, adopted, areas=("criminalisation",), **extra):
    data = {
        "title": "Law",
        "kind": "law",
        "status": "adopted",
        "adopted_on": adopted,
        "focus_areas": list(areas),
        **extra,
    }
    return records.create(db, "legislation", data)


def training(db, code, start, end=None, areas=("capacity",), hours=8):
    data = {
        "code": code,
        "title": f"Training {code}",
        "start_date": start,
        "end_date": end,
        "hours": hours,
        "focus_areas": list(areas),
    }
    return records.create(db, "trainings", data)


def campaign(db, code, start, reach, areas=("root-causes",)):
    data = {
        "code": code,
        "title": "Campaign",
        "start_date": start,
        "reach": reach,
        "focus_areas": list(areas),
    }
    return records.create(db, "campaigns", data)


def person(db, name, sex="female", year=1980, org="МВД"):
    data = {"full_name": name, "sex": sex, "birth_year": year, "organisation": org}
    return records.create(db, "participants", data)


def total(db, name, date_from=Y_FROM, date_to=Y_TO):
    return indicators(db, date_from, date_to)["total"][name]


def area(db, slug, name):
    return indicators(db, Y_FROM, Y_TO)["areas"][slug][name]


def test_empty_database_gives_zeros_for_every_area_and_indicator(db):
    result = indicators(db, Y_FROM, Y_TO)
    assert result["from"] == "2025-01-01" and result["to"] == "2025-12-31"
    assert list(result["areas"]) == [
        "criminalisation",
        "demand",
        "protection",
        "root-causes",
        "capacity",
    ]
    for values in [*result["areas"].values(), result["total"]]:
        assert set(values) == set(INDICATORS)
        assert all(v == 0 for v in values.values())


def test_laws_count_on_adoption_date_with_both_boundary_days_included(db):
    law(db, "2024-12-31")
    law(db, "2025-01-01")
    law(db, "2025-12-31")
    law(db, "2026-01-01")
    add_legislation(db, title="Draft", status="draft", adopted_on=None, focus_areas=["demand"])
    assert total(db, "laws_adopted") == 2


def test_a_record_in_three_areas_counts_in_each_area_and_once_in_total(db):
    law(db, "2025-05-05", areas=("criminalisation", "demand", "protection"))
    result = indicators(db, Y_FROM, Y_TO)
    assert [result["areas"][s]["laws_adopted"] for s in result["areas"]] == [1, 1, 1, 0, 0]
    assert result["total"]["laws_adopted"] == 1


def test_trainings_count_on_start_date_and_sum_hours(db):
    training(db, "A", "2024-12-30", "2025-01-02", hours=20)  # starts before: not counted
    training(db, "B", "2025-01-01", hours=6.5)
    training(db, "C", "2025-12-31", "2026-01-02", hours=12, areas=("capacity", "protection"))
    assert total(db, "trainings_held") == 2
    assert total(db, "training_hours") == pytest.approx(18.5)
    assert area(db, "protection", "training_hours") == pytest.approx(12)
    assert area(db, "capacity", "trainings_held") == 2


def test_present_on_one_day_of_three_counts_once(db):
    t = training(db, "T", "2025-03-03", "2025-03-05")
    p = person(db, "Анна Иванова")
    set_attendance(db, t["id"], p["id"], "absent")
    set_attendance(db, t["id"], p["id"], "present", date(2025, 3, 4))
    assert total(db, "participations") == 1
    assert total(db, "people_trained") == 1


def test_late_counts_and_excused_or_absent_never_count(db):
    t = training(db, "T", "2025-03-03", "2025-03-04")
    late = person(db, "Late", "male")
    excused = person(db, "Excused")
    absent = person(db, "Absent")
    set_attendance(db, t["id"], late["id"], "late", date(2025, 3, 3))
    set_attendance(db, t["id"], excused["id"], "excused")
    set_attendance(db, t["id"], absent["id"], "absent")
    assert total(db, "participations") == 1
    assert total(db, "participations_male") == 1
    assert total(db, "participations_female") == 0


def test_people_trained_counts_a_person_once_participations_per_session(db):
    t1 = training(db, "T1", "2025-02-01", areas=("capacity",))
    t2 = training(db, "T2", "2025-06-01", areas=("capacity", "protection"))
    olga = person(db, "Ольга", "female")
    ivan = person(db, "Иван", "male")
    other = person(db, "Alex", "other")
    for t in (t1, t2):
        set_attendance(db, t["id"], olga["id"], "present")
    set_attendance(db, t2["id"], ivan["id"], "present")
    set_attendance(db, t2["id"], other["id"], "late")
    result = indicators(db, Y_FROM, Y_TO)
    assert result["total"]["participations"] == 4
    assert result["total"]["people_trained"] == 3
    assert result["total"]["participations_female"] == 2
    assert result["total"]["participations_male"] == 1
    assert result["areas"]["capacity"]["participations"] == 4
    assert result["areas"]["protection"]["participations"] == 3
    assert result["areas"]["protection"]["people_trained"] == 3


def test_attendance_of_a_training_outside_the_period_does_not_count(db):
    t = training(db, "OLD", "2024-12-30", "2025-01-02")
    p = person(db, "P")
    set_attendance(db, t["id"], p["id"], "present")
    assert total(db, "participations") == 0
    assert total(db, "participations", date(2024, 1, 1), date(2024, 12, 31)) == 1


def test_campaigns_count_on_start_date_and_sum_reach(db):
    campaign(db, "C1", "2025-01-01", 1_250_000, areas=("root-causes", "demand"))
    campaign(db, "C2", "2025-12-31", 500)
    campaign(db, "C3", "2026-01-01", 99)
    result = indicators(db, Y_FROM, Y_TO)
    assert result["total"]["campaigns_launched"] == 2
    assert result["total"]["campaign_reach"] == 1_250_500
    assert result["areas"]["demand"]["campaign_reach"] == 1_250_000


def test_a_single_day_period(db):
    law(db, "2025-07-07")
    assert total(db, "laws_adopted", date(2025, 7, 7), date(2025, 7, 7)) == 1


def test_period_end_before_start_is_refused(db):
    with pytest.raises(ValidationError) as exc:
        indicators(db, date(2025, 2, 1), date(2025, 1, 1))
    assert exc.value.field == "to"


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(1990, 1, 1), date(2030, 12, 31)),
        (date(2024, 7, 1), date(2025, 6, 30)),
        (date(2025, 3, 1), date(2025, 3, 31)),
        (date(1900, 1, 1), date(1900, 12, 31)),
    ],
)
def test_every_figure_equals_the_rules_counted_by_hand_over_every_row(demo_db, date_from, date_to):
    """The one statement that counts everything (laws, sessions, hours, campaigns, reach,
    participations, people, by sex; in total and per area) against the rules applied in
    Python to every row of the demo database, on SQLite and on the server."""
    hand = indicators_by_hand(demo_db, date_from, date_to)
    result = indicators(demo_db, date_from, date_to)
    assert result["total"] == pytest.approx(hand[None])
    assert result["areas"] == {slug: pytest.approx(v) for slug, v in hand.items() if slug}
    assert list(result["areas"]) == [
        "criminalisation",
        "demand",
        "protection",
        "root-causes",
        "capacity",
    ]
    if date_from.year == 1990:  # the whole demo: every rule had something to count
        assert all(hand[None][name] for name in INDICATORS), hand[None]
