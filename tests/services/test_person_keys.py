"""A person's match key (name, birth year, organisation) is unique in the database itself, so
nothing — two imports at once on a server included — can add the same person twice; two people
kept apart on purpose are told apart by "|#2"."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.models import Participant
from app.services import open_database
from app.services.attendance import participants
from app.services.records import editing as records
from app.storage import make_engine, to_url
from app.storage.migrate import alembic_config
from tests.factories import add_participant


def keys(db) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Participant.match_key).order_by(Participant.id)))


def test_the_database_refuses_a_second_row_with_the_same_key(db):
    add_participant(db, full_name="Анна Иванова", organisation="Суд", birth_year=1980)
    row = {"uuid": "x" * 36, "full_name": "Анна", "sex": "female", "match_key": keys(db)[0]}
    with pytest.raises(IntegrityError), db.writing() as session:
        session.execute(insert(Participant), [row])


def test_two_people_kept_apart_on_purpose_are_both_kept_and_both_found(db):
    first = add_participant(db, full_name="Иван Петров", organisation="МВД")
    second = add_participant(db, full_name="иван  петров", organisation="мвд")  # "a new person"
    assert keys(db) == ["иван петров||мвд", "иван петров||мвд|#2"]
    found = participants.find_matches(db, "Иван Петров", None, "МВД")
    assert [p["id"] for p in found] == [first["id"], second["id"]]
    records.update(db, "participants", second["id"], {"birth_year": 1990})  # now told apart
    assert keys(db) == ["иван петров||мвд", "иван петров|1990|мвд"]


def test_merging_two_records_of_one_person_keeps_one_key(db):
    keep = add_participant(db, full_name="Ольга", organisation="НГО")
    other = add_participant(db, full_name="Ольга", organisation="НГО", birth_year=1975)
    participants.merge(db, keep["id"], other["id"])  # keep takes the year: other's key
    assert keys(db) == ["ольга|1975|нго"]


def test_upgrading_tells_apart_people_who_already_share_a_key(db_path):
    with open_database(str(db_path)) as db:
        add_participant(db, full_name="Анна", organisation="Суд")
    engine = make_engine(to_url(db_path), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
        conn.execute(
            insert(Participant),
            [
                {
                    "uuid": "y" * 36,
                    "full_name": "АННА",
                    "sex": "female",
                    "organisation": "суд",
                    "match_key": "анна||суд",
                    "created_at": datetime(2025, 1, 1),
                    "updated_at": datetime(2025, 1, 1),
                }
            ],
        )
    engine.dispose()
    with open_database(str(db_path)) as db:
        assert keys(db) == ["анна||суд", "анна||суд|#2"]
