"""Which edit wins is decided by what each workstation had seen, not by clocks (issue 15: a
laptop whose clock is wrong, or a correction reverted by importing the same bundle again)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services import open_database
from app.services.exchange.bundles import export_bundle, import_bundle
from app.services.records import editing as records
from app.services.records.audit import trail
from tests.factories import add_training


@pytest.fixture
def laptop(tmp_path):
    db = open_database(str(tmp_path / "laptop.sqlite"))
    yield db
    db.close()


def clock(db, when: str) -> None:
    """Date every training's last edit at `when`, as a wrong clock would have."""
    with db.writing() as session:
        session.execute(text("UPDATE training_session SET updated_at = :when"), {"when": when})


def title(db) -> str:
    return records.list_records(db, "trainings")[0]["title"]


def synced(db, laptop, tmp_path):
    """The laptop's training, received here."""
    t = add_training(laptop, title="Original")
    export_bundle(laptop, tmp_path / "first.gpast")
    import_bundle(db, tmp_path / "first.gpast")
    return t


def test_a_later_edit_on_a_laptop_whose_clock_is_behind_wins(db, laptop, tmp_path):
    t = synced(db, laptop, tmp_path)
    records.update(laptop, "trainings", t["id"], {"title": "Corrected on the laptop"})
    clock(laptop, "2001-01-01 00:00:00")  # its clock is years behind
    export_bundle(laptop, tmp_path / "second.gpast")
    result = import_bundle(db, tmp_path / "second.gpast")
    assert (result.updated, result.conflicts) == (1, [])
    assert title(db) == "Corrected on the laptop"


def test_a_correction_here_survives_the_same_bundle_imported_again(db, laptop, tmp_path):
    t = synced(db, laptop, tmp_path)
    records.update(laptop, "trainings", t["id"], {"title": "Typo on the laptop"})
    with laptop.writing() as session:  # its clock is hours ahead (within the day allowed)
        session.execute(
            text("UPDATE training_session SET updated_at = datetime('now', '+20 hours')")
        )
    export_bundle(laptop, tmp_path / "second.gpast")
    import_bundle(db, tmp_path / "second.gpast")
    mine = records.list_records(db, "trainings")[0]
    records.update(db, "trainings", mine["id"], {"title": "Corrected by the coordinator"})
    again = import_bundle(db, tmp_path / "second.gpast")
    assert title(db) == "Corrected by the coordinator"
    assert (again.updated, again.conflicts) == (0, [])


def test_edits_on_both_sides_are_a_conflict_that_keeps_ours_and_theirs(db, laptop, tmp_path):
    t = synced(db, laptop, tmp_path)
    mine = records.list_records(db, "trainings")[0]
    records.update(db, "trainings", mine["id"], {"title": "Ours"})
    records.update(laptop, "trainings", t["id"], {"title": "Theirs"})
    with laptop.writing() as session:  # the laptop's edit is the later one by its clock
        session.execute(
            text("UPDATE training_session SET updated_at = datetime('now', '+20 hours')")
        )
    export_bundle(laptop, tmp_path / "second.gpast")
    result = import_bundle(db, tmp_path / "second.gpast")
    assert len(result.conflicts) == 1 and "kept ours" in str(result.conflicts[0])
    assert title(db) == "Ours"
    conflict = next(e for e in trail(db) if e["action"] == "conflict")
    assert (conflict["changes"]["ours"]["title"], conflict["changes"]["theirs"]["title"]) == (
        "Ours",
        "Theirs",
    )
    # the laptop then takes ours: it has now been seen by both
    export_bundle(db, tmp_path / "back.gpast")
    back = import_bundle(laptop, tmp_path / "back.gpast")
    assert title(laptop) == "Ours" and back.conflicts == []


def test_a_deletion_that_did_not_see_our_edit_deletes_nothing(db, laptop, tmp_path):
    t = synced(db, laptop, tmp_path)
    mine = records.list_records(db, "trainings")[0]
    records.update(db, "trainings", mine["id"], {"title": "Edited here"})
    clock(db, "2001-01-01 00:00:00")  # our clock is behind: the deletion looks later
    records.delete(laptop, "trainings", t["id"])
    export_bundle(laptop, tmp_path / "deleted.gpast")
    result = import_bundle(db, tmp_path / "deleted.gpast")
    assert result.deleted == 0 and len(result.conflicts) == 1
    assert title(db) == "Edited here"


def test_a_deletion_that_saw_our_last_edit_deletes(db, laptop, tmp_path):
    t = synced(db, laptop, tmp_path)
    records.delete(laptop, "trainings", t["id"])
    export_bundle(laptop, tmp_path / "deleted.gpast")
    assert import_bundle(db, tmp_path / "deleted.gpast").deleted == 1


def test_a_conflict_lists_both_versions_and_the_coordinator_may_take_theirs(db, laptop, tmp_path):
    t = synced(db, laptop, tmp_path)
    mine = records.list_records(db, "trainings")[0]
    records.update(db, "trainings", mine["id"], {"title": "Ours", "hours": 6})
    records.update(laptop, "trainings", t["id"], {"title": "Theirs", "hours": 6})
    export_bundle(laptop, tmp_path / "second.gpast")
    preview = import_bundle(db, tmp_path / "second.gpast", dry_run=True)
    [conflict] = preview.choices
    assert (conflict.uuid, conflict.label, conflict.took_theirs) == (t["uuid"], "Theirs", False)
    assert (conflict.ours, conflict.theirs) == ({"title": "Ours"}, {"title": "Theirs"})
    result = import_bundle(db, tmp_path / "second.gpast", theirs={t["uuid"]})
    assert title(db) == "Theirs" and result.updated == 1
    assert "took theirs" in str(result.conflicts[0])
    kept = [e for e in trail(db) if e["action"] == "conflict"][-1]["changes"]
    assert (kept["ours"]["title"], kept["kept"]) == ("Ours", "theirs")
    # both workstations have now seen both edits: the laptop takes it without a conflict
    export_bundle(db, tmp_path / "back.gpast")
    back = import_bundle(laptop, tmp_path / "back.gpast")
    assert title(laptop) == "Theirs" and back.conflicts == []


def test_a_deletion_there_of_a_record_edited_here_deletes_only_when_chosen(db, laptop, tmp_path):
    from app.services.recycle_bin.restoring import deleted_records

    t = synced(db, laptop, tmp_path)
    mine = records.list_records(db, "trainings")[0]
    records.update(db, "trainings", mine["id"], {"title": "Edited here"})
    records.delete(laptop, "trainings", t["id"])
    export_bundle(laptop, tmp_path / "deleted.gpast")
    [conflict] = import_bundle(db, tmp_path / "deleted.gpast", dry_run=True).choices
    assert conflict.deleted and conflict.label == "Edited here"
    assert import_bundle(db, tmp_path / "deleted.gpast").deleted == 0
    assert title(db) == "Edited here"
    chosen = import_bundle(db, tmp_path / "deleted.gpast", theirs={t["uuid"]})
    assert chosen.deleted == 1 and records.count_records(db, "trainings") == 0
    assert [r["uuid"] for r in deleted_records(db)] == [t["uuid"]]
