"""Valid records of every kind, with any field overridden: tests say only what matters to them.

make_training(code="T2", end_date="2025-03-04")   # a dict for records.create or an editor
add_training(db, title="Семинар 2")                # the same, created in `db`
"""

from __future__ import annotations

from collections.abc import Iterable


def make_training(**overrides) -> dict:
    """T1 «Семинар», one day on 3 March 2025, in capacity-building."""
    return {
        "code": "T1",
        "title": "Семинар",
        "start_date": "2025-03-03",
        "focus_areas": ["capacity"],
        **overrides,
    }


def make_legislation(**overrides) -> dict:
    """An adopted law of 1 March 2025 in criminalisation."""
    return {
        "title": "Закон",
        "kind": "law",
        "status": "adopted",
        "adopted_on": "2025-03-01",
        "focus_areas": ["criminalisation"],
        **overrides,
    }


def make_campaign(**overrides) -> dict:
    """C1 «Кампания» of 1 May 2025 in countering demand, reaching 1,000 people."""
    return {
        "code": "C1",
        "title": "Кампания",
        "start_date": "2025-05-01",
        "reach": 1000,
        "focus_areas": ["demand"],
        **overrides,
    }


def make_participant(**overrides) -> dict:
    return {"full_name": "Анна Иванова", "sex": "female", **overrides}


MAKERS = {
    "trainings": make_training,
    "legislation": make_legislation,
    "campaigns": make_campaign,
    "participants": make_participant,
}


def add(db, kind: str, /, **overrides) -> dict:
    """A record of `kind` created in `db` through the service (as the window would)."""
    from app.services.records import editing as records

    return records.create(db, kind, MAKERS[kind](**overrides))


def add_training(db, **overrides) -> dict:
    return add(db, "trainings", **overrides)


def add_legislation(db, **overrides) -> dict:
    return add(db, "legislation", **overrides)


def add_campaign(db, **overrides) -> dict:
    return add(db, "campaigns", **overrides)


def add_participant(db, **overrides) -> dict:
    return add(db, "participants", **overrides)


ATTENDANCE_HEAD = (
    "training_code",
    "full_name",
    "sex",
    "organisation",
    "birth_year",
    "status",
    "date",
)


def make_attendance_rows(rows: Iterable[Iterable[object]], head=ATTENDANCE_HEAD) -> str:
    """The text of an attendance CSV: the header line, then one line per row (values as typed,
    None for an empty cell)."""
    lines = [",".join(head)]
    lines += [",".join("" if v is None else str(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


SEMINAR_PEOPLE = (
    ("Анна Иванова", "female", "Суд"),
    ("Иван Петров", "male", "МВД"),
    ("Ольга Сидорова", "female", "НГО"),
)


def add_seminar(db) -> tuple[dict, dict[str, dict]]:
    """TR-7 «Семинар для судей», 3-5 March 2025 in Минск, and three registered people (not yet
    on its roster): the training and the people by name."""
    training = add_training(
        db,
        code="TR-7",
        title="Семинар для судей",
        end_date="2025-03-05",
        location="Минск",
        organiser="Академия",
        hours=18,
    )
    people = {
        name: add_participant(db, full_name=name, sex=sex, organisation=org)
        for name, sex, org in SEMINAR_PEOPLE
    }
    return training, people


def add_known_year(db) -> None:
    """A year (2025) whose figures are known by hand: one law in criminalisation and protection;
    T1 in protection on 1-2 April with Анна, Иван and Ольга present on the second day; a
    campaign in demand reaching 1,000; a target of 6 participations in protection."""
    from datetime import date

    from app.services.attendance.recording import set_attendance
    from app.services.records.targets import set_target

    add_legislation(db, focus_areas=["criminalisation", "protection"])
    training = add_training(
        db, start_date="2025-04-01", end_date="2025-04-02", focus_areas=["protection"]
    )
    for name, sex in (("Анна", "female"), ("Иван", "male"), ("Ольга", "female")):
        person = add_participant(db, full_name=name, sex=sex)
        set_attendance(db, training["id"], person["id"], "present", date(2025, 4, 2))
    add_campaign(db)
    set_target(db, 2025, "protection", "participations", 6)
