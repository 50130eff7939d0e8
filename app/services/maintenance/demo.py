"""Realistic sample data: several years, all five areas, Cyrillic and Latin names,
multi-day trainings with per-day attendance, campaigns, legislation and targets."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select
from sqlalchemy.orm import Session

from app.errors import GpastError
from app.models import (
    Attendance,
    Campaign,
    FocusArea,
    Legislation,
    Participant,
    Statistic,
    Target,
    TrainingSession,
    campaign_focus_area,
    legislation_focus_area,
    new_uuid,
    training_focus_area,
    utcnow,
)
from app.models import vocabulary as v
from app.services.access import Action, require
from app.services.attendance.person_keys import first_free
from app.services.maintenance.demo_statistics import demo_figures
from app.services.records.fields import normalise_person_key
from app.services.settings import update_settings
from app.services.unit_of_work import Database

FIRST_F = ["Анна", "Мария", "Ольга", "Наталья", "Елена", "Ирина", "Алина", "Olga", "Maria", "Sofia"]
FIRST_M = ["Иван", "Сергей", "Андрей", "Дмитрий", "Алексей", "Павел", "Олег", "Peter", "Jan", "Ali"]
LAST = [
    ("Иванов", "Иванова"),
    ("Петров", "Петрова"),
    ("Ковалёв", "Ковалёва"),
    ("Новиков", "Новикова"),
    ("Морозов", "Морозова"),
    ("Волков", "Волкова"),
    ("Kowalski", "Kowalska"),
    ("Novak", "Novak"),
    ("Smith", "Smith"),
    ("Шевчук", "Шевчук"),
]
ORGS = [
    "МВД, Главное управление по наркоконтролю и противодействию торговле людьми",
    "Генеральная прокуратура",
    "Государственный пограничный комитет",
    "Министерство труда и социальной защиты",
    "Верховный суд",
    "IOM Minsk",
    "La Strada",
    "Красный Крест",
    "Labour inspectorate, Grodno region",
]
PLACES = ["Минск", "Брест", "Гродно", "Витебск", "Гомель", "Могилёв", "Vilnius", "Warsaw"]
TRAINING_TOPICS = [
    ("capacity", "Identifying victims of trafficking at border crossings"),
    ("criminalisation", "Расследование дел о торговле людьми: практика прокуроров"),
    ("protection", "Referral of victims to shelters and reintegration services"),
    ("demand", "Labour exploitation in supply chains: inspection techniques"),
    ("root-causes", "Безопасный выезд за границу: консультирование молодёжи"),
    ("capacity", "Специальные следственные методы для оперативных подразделений"),
    ("protection", "Child-sensitive interviewing of presumed victims"),
]
LAW_TITLES = [
    ("criminalisation", "law", "On amendments to the Criminal Code (Article 181, trafficking)"),
    ("protection", "law", "О мерах по противодействию торговле людьми"),
    ("root-causes", "programme", "State programme on countering crime and corruption"),
    ("demand", "decree", "On the regulation of activities of marriage and modelling agencies"),
    ("capacity", "regulation", "On the inter-agency referral mechanism for victims"),
    ("protection", "amendment", "Изменения в Закон о социальном обслуживании"),
    ("criminalisation", "treaty", "Agreement on cooperation in combating trafficking (CIS)"),
]
CAMPAIGN_TITLES = [
    ("root-causes", "Работа за границей: узнай перед отъездом", ["TV", "online", "hotline"]),
    ("demand", "Buying sex fuels trafficking", ["outdoor", "online"]),
    ("protection", "You are not alone: hotline 113", ["radio", "print", "hotline"]),
    ("root-causes", "Safe travel for students", ["schools", "events"]),
    ("capacity", "Неделя против торговли людьми", ["events", "TV", "print"]),
]


def _insert(session: Session, model: type[Any], row: dict[str, Any]) -> int:
    """Insert one row; its new id. (An INSERT's result is a CursorResult, typed as the
    general Result.)"""
    result = cast(CursorResult[Any], session.execute(insert(model).values(**row)))
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always has its key
    return int(key[0])


def _has_records(session) -> bool:
    for model in (Legislation, TrainingSession, Campaign, Participant, Statistic):
        if session.scalar(select(func.count()).select_from(model)):
            return True
    return False


def has_records(db: Database) -> bool:
    """False for a database with no legislation, training, campaign, person or figure yet (the
    window then opens on its welcome page)."""
    with db.reading() as session:
        return _has_records(session)


DEMO_FILENAME = "gpast-demo.sqlite"


def demo_database() -> str:
    """The sample database the window opens for a look around: a file of its own in the user's
    data folder (filled on first use), so the user's database is never touched."""
    from app.services import open_database
    from app.storage.engine import data_dir

    location = str(data_dir() / DEMO_FILENAME)
    db = open_database(location)
    try:
        if not has_records(db):
            fill_demo(db)
    finally:
        db.close()
    return location


@dataclass(frozen=True)
class DemoSize:
    years: int = 5
    people: int = 260
    laws_per_year: int = 7
    trainings_per_year: int = 14
    campaigns_per_year: int = 5
    attendees: tuple[int, int] = (8, 30)
    days: tuple[int, ...] = (1, 1, 2, 3, 5)


# A busy country's forty years (issue: speed at scale): ~4,800 trainings × 40 people
# (~192,000 attendance rows), ~20,000 people, ~1,000 laws, ~1,000 campaigns.
LARGE = DemoSize(
    years=40,
    people=20_000,
    laws_per_year=25,
    trainings_per_year=120,
    campaigns_per_year=25,
    attendees=(40, 40),
    days=(1,),
)


def fill_demo(
    db: Database, *, size: DemoSize = DemoSize(), seed: int = 2005, today: date | None = None
) -> dict[str, int]:
    """Fill an empty database with sample records; refuses a database that has records."""
    require(db, Action.DEMO)
    rng = random.Random(seed)
    today = today or date.today()
    first_year = today.year - size.years + 1
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    with db.writing() as session:
        if _has_records(session):
            raise GpastError(
                "{file}: the database already has records; "
                "demo data goes into an empty database only",
                file=db.display_name,
            )
        # every query in an order of its own: the same seed gives the same records on SQLite and
        # on a server (unordered, SQLite read people in the order of their random UUIDs)
        by_slug = select(FocusArea.slug, FocusArea.id).order_by(FocusArea.slug)
        areas: dict[str, int] = {slug: area_id for slug, area_id in session.execute(by_slug)}
        people = []
        keys: set[str] = set()
        for n in range(size.people):
            sex = rng.choices(["female", "male", "not stated"], [55, 43, 2])[0]
            last = rng.choice(LAST)[0 if sex == "male" else 1]
            first = rng.choice(FIRST_F if sex == "female" else FIRST_M)
            org = rng.choice(ORGS)
            year = rng.randint(1962, 2001)
            name = f"{first} {last}" + ("" if n < 200 else f" {n}")
            key = first_free(normalise_person_key(name, year, org), keys)
            keys.add(key)
            people.append(
                {
                    "uuid": new_uuid(),
                    "full_name": name,
                    "sex": sex,
                    "organisation": org,
                    "position": rng.choice(["инспектор", "prosecutor", "judge", "social worker"]),
                    "country": "Belarus" if rng.random() < 0.85 else "Lithuania",
                    "birth_year": year,
                    "email": "",
                    "phone": "",
                    "match_key": key,
                    **stamp,
                }
            )
        session.execute(insert(Participant), people)
        person_ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))

        counts = {"legislation": 0, "trainings": 0, "campaigns": 0, "attendance": 0}
        links_l, links_t, links_c, attendance = [], [], [], []
        for year in range(first_year, today.year + 1):
            last_day = today if year == today.year else date(year, 12, 31)
            span = (last_day - date(year, 1, 1)).days

            def day_in_year(_year=year, _span=span) -> date:
                return date(_year, 1, 1) + timedelta(days=rng.randint(0, max(_span, 0)))

            for i in range(size.laws_per_year):
                area, kind, title = LAW_TITLES[i % len(LAW_TITLES)]
                adopted = day_in_year()
                status = rng.choice(["adopted", "in_force", "in_force", "draft", "submitted"])
                row: dict[str, Any] = {
                    "uuid": new_uuid(),
                    "title": title,
                    "reference": f"{year}/{i + 1:03d}-З",
                    "kind": kind,
                    "status": status,
                    "adopted_on": adopted if status in ("adopted", "in_force") else None,
                    "in_force_on": adopted + timedelta(days=90) if status == "in_force" else None,
                    "authority": rng.choice(["Parliament", "Council of Ministers", "President"]),
                    "summary": "",
                    "instruments": rng.sample(v.INSTRUMENTS, 2),
                    "aspects": rng.sample(v.ASPECTS, rng.randint(0, 2)),
                    "url": "",
                    **stamp,
                }
                lid = _insert(session, Legislation, row)
                for slug in sorted({area, rng.choice(list(areas))}):
                    links_l.append({"record_id": lid, "focus_area_id": areas[slug]})
                counts["legislation"] += 1

            for i in range(size.trainings_per_year):
                area, title = rng.choice(TRAINING_TOPICS)
                start = day_in_year()
                days = rng.choice(size.days)
                end = start + timedelta(days=days - 1)
                row = {
                    "uuid": new_uuid(),
                    "code": f"TR-{year}-{i + 1:03d}",
                    "title": title,
                    "start_date": start,
                    "end_date": end,
                    "location": rng.choice(PLACES),
                    "organiser": rng.choice(["Academy of the MVD", "IOM", "OSCE", "La Strada"]),
                    "format": rng.choice(v.TRAINING_FORMATS),
                    "audience": rng.sample(v.AUDIENCES, 2),
                    "hours": float(days * rng.choice([4, 6, 6.5, 8])),
                    "aspects": rng.sample(v.ASPECTS, rng.randint(0, 3)),
                    "notes": "",
                    **stamp,
                }
                tid = _insert(session, TrainingSession, row)
                for slug in sorted({area, rng.choice(list(areas))}):
                    links_t.append({"record_id": tid, "focus_area_id": areas[slug]})
                counts["trainings"] += 1
                if start > today:
                    continue
                for pid in rng.sample(person_ids, rng.randint(*size.attendees)):
                    for d in range(days):
                        status = rng.choices(v.ATTENDANCE_STATUSES, [80, 8, 7, 5])[0]
                        attendance.append(
                            {
                                "uuid": new_uuid(),
                                "training_id": tid,
                                "participant_id": pid,
                                "day": start + timedelta(days=d),
                                "status": status,
                                **stamp,
                            }
                        )

            for i in range(size.campaigns_per_year):
                area, title, channels = CAMPAIGN_TITLES[i % len(CAMPAIGN_TITLES)]
                start = day_in_year()
                row = {
                    "uuid": new_uuid(),
                    "code": f"CA-{year}-{i + 1:02d}",
                    "title": title,
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randint(7, 60)),
                    "channels": channels,
                    "target_groups": rng.sample(["youth", "students", "women", "migrants"], 2),
                    "regions": rng.sample(PLACES[:6], 2),
                    "partners": rng.sample(["IOM", "UNFPA", "La Strada", "Красный Крест"], 2),
                    "reach": rng.randrange(5_000, 1_500_000, 250),
                    "aspects": rng.sample(v.ASPECTS, rng.randint(0, 2)),
                    "notes": "",
                    **stamp,
                }
                cid = _insert(session, Campaign, row)
                for slug in sorted({area, rng.choice(list(areas))}):
                    links_c.append({"record_id": cid, "focus_area_id": areas[slug]})
                counts["campaigns"] += 1

        session.execute(insert(legislation_focus_area), links_l)
        session.execute(insert(training_focus_area), links_t)
        session.execute(insert(campaign_focus_area), links_c)
        if attendance:
            session.execute(insert(Attendance), attendance)
        counts["attendance"] = len(attendance)
        counts["participants"] = len(people)
        targets = []
        for year in (today.year - 1, today.year):
            for area_id in areas.values():
                for indicator, value in (
                    ("laws_adopted", 3),
                    ("trainings_held", 6),
                    ("participations", 120),
                    ("campaigns_launched", 2),
                ):
                    targets.append(
                        {
                            "uuid": new_uuid(),
                            "year": year,
                            "focus_area_id": area_id,
                            "indicator": indicator,
                            "target": float(value),
                            **stamp,
                        }
                    )
        session.execute(insert(Target), targets)
        counts["targets"] = len(targets)
        figures = demo_figures(first_year, today.year, random.Random(seed + 1))
        if figures:
            rows = [{"uuid": new_uuid(), **f, **stamp} for f in figures]
            session.execute(insert(Statistic), rows)
        counts["statistics"] = len(figures)
    update_settings(
        db,
        {
            "country": "Belarus",
            "coordinating_body": "Inter-agency commission against trafficking in human beings",
            "country_role": "origin, transit",
        },
    )
    return counts
