"""Searching folds Cyrillic case on every database: on SQLite, and on a PostgreSQL database
created with LC_CTYPE=C (template0), whose own lower() knows only ASCII."""

from __future__ import annotations

import pytest

from app.services import open_database
from app.services.attendance.participants import search_people
from app.services.records import editing as records
from app.services.records.editing import ListQuery
from app.storage.server import migrate_server
from tests import postgres
from tests.factories import add_participant, add_training


def titles(db, text: str) -> list[str]:
    return [r["title"] for r in records.list_records(db, "trainings", ListQuery(search=text))]


def searches_fold_cyrillic(db) -> None:
    add_training(db, code="T-1", title="СЕМИНАР ДЛЯ ПОГРАНИЧНИКОВ ЁЛКИ")
    add_training(db, code="T-2", title="Workshop")
    add_participant(db, full_name="АННА ЎЛАДЗІМІРАЎНА", organisation="МВД", sex="female")
    assert titles(db, "семинар") == ["СЕМИНАР ДЛЯ ПОГРАНИЧНИКОВ ЁЛКИ"]
    assert titles(db, "ёлки") == ["СЕМИНАР ДЛЯ ПОГРАНИЧНИКОВ ЁЛКИ"]
    assert titles(db, "WORKSHOP") == ["Workshop"]
    assert [p["full_name"] for p in search_people(db, "анна ў")] == ["АННА ЎЛАДЗІМІРАЎНА"]
    assert [p["full_name"] for p in search_people(db, "мвд")] == ["АННА ЎЛАДЗІМІРАЎНА"]
    with pytest.raises(Exception, match="already used"):  # codes are unique whatever the case
        add_training(db, code="t-1", title="x")


def test_search_folds_cyrillic(db):
    searches_fold_cyrillic(db)


@pytest.mark.postgres
def test_search_folds_cyrillic_on_a_server_database_with_the_c_ctype(_server_databases):
    name = postgres.create_database(ctype="C")
    try:
        url = postgres.url_of(name)
        migrate_server(url)
        with open_database(url) as db:
            searches_fold_cyrillic(db)
    finally:
        postgres.drop_database(name)
