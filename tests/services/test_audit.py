"""The audit trail: every create, update, delete, import and merge is recorded."""

from __future__ import annotations

import csv

from app.services.attendance import participants
from app.services.records import editing as records
from app.services.records.audit import export_trail, history, trail
from app.services.settings import update_settings
from app.services.spreadsheets.importing import import_file
from tests import postgres
from tests.factories import add_participant, make_training

TRAINING = make_training()


def test_create_update_delete_are_recorded_with_fields_and_user(db):
    update_settings(db, {"user_name": "Ольга Координатор"})
    t = records.create(db, "trainings", TRAINING)
    records.update(
        db,
        "trainings",
        t["id"],
        {"title": "Семинар 2", "hours": 6, "focus_areas": ["capacity", "demand"]},
    )
    entries = history(db, "training_session", t["uuid"])
    assert [e["action"] for e in entries] == ["update", "create"]
    update = entries[0]
    # on a shared server the trail records the database login, whatever the settings say
    assert update["user"] == (db.access[0] if postgres.ON_SERVER else "Ольга Координатор")
    assert update["changes"]["title"] == ["Семинар", "Семинар 2"]
    assert update["changes"]["hours"] == [0.0, 6.0]
    assert update["changes"]["focus_areas"] == [["capacity"], ["capacity", "demand"]]
    assert entries[1]["changes"]["code"] == [None, "T1"]
    records.delete(db, "trainings", t["id"])
    assert history(db, "training_session", t["uuid"])[0]["action"] == "delete"


def test_an_unchanged_save_records_nothing(db):
    t = records.create(db, "trainings", TRAINING)
    records.update(db, "trainings", t["id"], {"title": "Семинар"})
    assert len(history(db, "training_session", t["uuid"])) == 1


def test_imports_and_merges_are_recorded(db, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("code,title,start_date,focus_areas\nT9,x,2025-01-01,demand\n", encoding="utf-8")
    import_file(db, "trainings", path)
    entry = next(e for e in trail(db) if e["action"] == "import")
    assert entry["changes"]["added"] == 1 and entry["changes"]["file"] == "t.csv"
    a = add_participant(db, full_name="Анна")
    b = add_participant(db, full_name="Анна И.")
    participants.merge(db, a["id"], b["id"])
    merge = history(db, "participant", a["uuid"])[0]
    assert merge["action"] == "merge" and merge["changes"]["removed_name"] == "Анна И."


def test_anonymise_removes_personal_data_from_the_trail(db, tmp_path):
    p = add_participant(db, full_name="Секретная Персона", email="s@x.by")
    participants.anonymise(db, p["id"])
    export_trail(db, tmp_path / "trail.csv")
    text = (tmp_path / "trail.csv").read_text(encoding="utf-8-sig")
    assert "Секретная" not in text and "s@x.by" not in text
    assert "anonymise" in text


def test_export_of_the_trail(db, tmp_path):
    records.create(db, "trainings", TRAINING)
    assert export_trail(db, tmp_path / "a.csv") >= 1
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["when (UTC)", "who", "action"]
    assert rows[1][2] == "create" and rows[1][4] == "Семинар"


def test_the_trail_has_one_row_per_changed_field_with_kind_and_uuid(db, tmp_path):
    from datetime import date

    created = records.create(db, "trainings", TRAINING)
    records.update(db, "trainings", created["id"], {"title": "Новый семинар", "hours": 7})
    export_trail(db, tmp_path / "a.csv", since=date(2000, 1, 1))
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    changed = [r for r in rows if r["action"] == "update"]
    assert sorted((r["field"], r["old value"], r["new value"]) for r in changed) == [
        ("hours", "0.0", "7.0"),
        ("title", "Семинар", "Новый семинар"),
    ]
    assert {(r["kind"], r["uuid"]) for r in changed} == {("trainings", created["uuid"])}
    export_trail(db, tmp_path / "later.csv", since=date(2999, 1, 1))
    assert (tmp_path / "later.csv").read_text(encoding="utf-8-sig").count("\n") == 1
