"""Two people editing the same record (two handles on one real database file): the later save
is refused, saying who saved it, when and what, and nothing is overwritten silently."""

from __future__ import annotations

import pytest

from app.errors import StaleRecord
from app.services import open_database
from app.services.records import editing as records
from app.services.settings import update_settings
from tests import postgres
from tests.factories import add_legislation, add_training


def who_saved(db, name_in_settings: str) -> str:
    """Who the trail records: the name in the settings on a SQLite file, the login on a
    server."""
    return db.access[0] if postgres.ON_SERVER else name_in_settings


@pytest.fixture
def second(db):
    """Another person's handle on the same file (another window or workstation)."""
    other = open_database(db.location)
    yield other
    other.close()


def test_the_later_save_is_refused_with_who_when_and_what(db, second):
    act = add_legislation(db, title="Anti-trafficking law")
    mine = records.get(db, "legislation", act["id"])  # both editors open the act
    theirs = records.get(second, "legislation", act["id"])
    update_settings(second, {"user_name": "Айгерим"})
    records.update(
        second, "legislation", act["id"], {"status": "in_force"}, seen_version=theirs["version"]
    )

    with pytest.raises(StaleRecord) as refused:
        records.update(
            db, "legislation", act["id"], {"title": "Mine"}, seen_version=mine["version"]
        )

    problem = refused.value
    assert problem.values["who"] == who_saved(second, "Айгерим")
    assert problem.fields == ["status"]
    assert problem.current["status"] == "in_force"
    assert who_saved(second, "Айгерим") in str(problem) and "status" in str(problem)
    now = records.get(db, "legislation", act["id"])
    assert (now["title"], now["status"]) == ("Anti-trafficking law", "in_force")  # not overwritten


def test_a_save_on_the_version_it_saw_goes_through_and_moves_the_version_on(db, second):
    session = add_training(db, code="TR-1")
    seen = records.get(db, "trainings", session["id"])["version"]
    saved = records.update(db, "trainings", session["id"], {"title": "New"}, seen_version=seen)
    assert saved["version"] != seen
    with pytest.raises(StaleRecord):  # the same old version again: refused
        records.update(second, "trainings", session["id"], {"title": "Old"}, seen_version=seen)
    again = records.update(
        second, "trainings", session["id"], {"title": "Later"}, seen_version=saved["version"]
    )
    assert again["title"] == "Later"


def test_a_refused_save_writes_no_audit_entry(db, second):
    from app.services.records.audit import history

    act = add_legislation(db)
    seen = records.get(db, "legislation", act["id"])["version"]
    records.update(second, "legislation", act["id"], {"title": "Theirs"}, seen_version=seen)
    before = history(db, "legislation", act["uuid"])
    with pytest.raises(StaleRecord):
        records.update(db, "legislation", act["id"], {"title": "Mine"}, seen_version=seen)
    assert history(db, "legislation", act["uuid"]) == before
