"""Deleted records keep their content and attendance, are audited with their values, and can
be brought back (issue 15: before, the audit held `{}` and only a backup brought them back)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import GpastError, NotFound
from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.services.records.audit import trail
from app.services.recycle_bin.restoring import deleted_records, restore_deleted
from app.services.reporting.indicators import indicators
from tests.factories import add_participant, add_training

ALL = (date(1990, 1, 1), date(2100, 1, 1))


def seminar(db):
    t = add_training(
        db, code="SEM-1", title="Семинар", start_date="2025-03-03", end_date="2025-03-04"
    )
    anna = add_participant(db, full_name="Анна", sex="female")
    petr = add_participant(db, full_name="Пётр", sex="male")
    set_attendance(db, t["id"], anna["id"], "present")
    set_attendance(db, t["id"], petr["id"], "late", date(2025, 3, 4))
    return t, anna


def test_a_deleted_training_is_audited_with_its_values_and_its_attendance(db):
    t, _anna = seminar(db)
    records.delete(db, "trainings", t["id"])
    entries = trail(db)
    gone = next(e for e in entries if e["action"] == "delete" and e["table"] == "training_session")
    assert gone["changes"]["code"] == ["SEM-1", None]
    assert gone["changes"]["title"] == ["Семинар", None]
    with_it = [e for e in entries if e["action"] == "delete" and e["table"] == "attendance"]
    assert len(with_it) == 3
    assert {e["changes"]["status"][0] for e in with_it} == {"present", "late"}


def test_a_deleted_training_comes_back_with_its_attendance(db):
    t, _anna = seminar(db)
    figures = indicators(db, *ALL)
    records.delete(db, "trainings", t["id"])
    listed = deleted_records(db)
    assert [(r["kind"], r["label"], r["attendance"]) for r in listed] == [
        ("trainings", "Семинар", 3)
    ]
    done = restore_deleted(db, listed[0]["uuid"])
    assert (done["attendance"], done["skipped"]) == (3, 0)
    assert indicators(db, *ALL) == figures
    assert records.list_records(db, "trainings")[0]["uuid"] == t["uuid"]
    assert deleted_records(db) == []
    assert any(e["action"] == "restore" for e in trail(db))
    with pytest.raises(NotFound, match="no deleted record"):
        restore_deleted(db, t["uuid"])


def test_a_deleted_person_comes_back_with_her_attendance(db):
    t, anna = seminar(db)
    records.delete(db, "participants", anna["id"])
    assert indicators(db, *ALL)["total"]["participations_female"] == 0
    restore_deleted(db, anna["uuid"])
    assert indicators(db, *ALL)["total"]["participations_female"] == 1


def test_a_deletion_here_is_not_undone_by_an_older_copy_from_elsewhere(db, tmp_path):
    from app.services import open_database
    from app.services.exchange.bundles import export_bundle, import_bundle

    t, _anna = seminar(db)
    export_bundle(db, tmp_path / "before.gpast")
    other = open_database(str(tmp_path / "other.sqlite"))
    import_bundle(other, tmp_path / "before.gpast")
    records.delete(db, "trainings", t["id"])
    export_bundle(other, tmp_path / "older.gpast")  # the copy the deletion saw
    assert import_bundle(db, tmp_path / "older.gpast").conflicts == []
    assert records.count_records(db, "trainings") == 0
    mine = records.list_records(other, "trainings")[0]  # then changed there: it comes back
    records.update(other, "trainings", mine["id"], {"title": "Changed there"})
    export_bundle(other, tmp_path / "changed.gpast")
    other.close()
    result = import_bundle(db, tmp_path / "changed.gpast")
    assert "was deleted here but changed there since" in str(result.conflicts[0])
    assert records.count_records(db, "trainings") == 1
    with pytest.raises(GpastError, match="it is back already"):
        restore_deleted(db, t["uuid"])
