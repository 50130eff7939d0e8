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


def status(db) -> str:
    from app.services.attendance.recording import attendance_for_training

    training = records.list_records(db, "trainings")[0]
    return attendance_for_training(db, training["id"])[0]["status"]


def test_a_correction_of_attendance_here_survives_a_stale_bundle_received_again(
    db, laptop, tmp_path
):
    from app.services.attendance.recording import set_attendance
    from tests.factories import add_participant

    t = add_training(laptop, code="ATT-1", start_date="2025-03-03", end_date="2025-03-03")
    p = add_participant(laptop, full_name="Анна")
    set_attendance(laptop, t["id"], p["id"], "present")
    with laptop.writing() as session:  # the laptop's clock is hours ahead (within the day)
        session.execute(text("UPDATE attendance SET updated_at = datetime('now', '+20 hours')"))
    export_bundle(laptop, tmp_path / "laptop.gpast")
    import_bundle(db, tmp_path / "laptop.gpast")
    training = records.list_records(db, "trainings")[0]
    person = records.list_records(db, "participants")[0]
    set_attendance(db, training["id"], person["id"], "absent")  # corrected here
    again = import_bundle(db, tmp_path / "laptop.gpast")
    assert status(db) == "absent" and again.updated == 0
    # a later edit on the laptop (which saw ours) still wins, whatever the clocks say
    export_bundle(db, tmp_path / "back.gpast")
    import_bundle(laptop, tmp_path / "back.gpast")
    assert status(laptop) == "absent"
    set_attendance(laptop, t["id"], p["id"], "excused")
    with laptop.writing() as session:  # now the laptop's clock is years behind
        session.execute(text("UPDATE attendance SET updated_at = '2001-01-01 00:00:00'"))
    export_bundle(laptop, tmp_path / "later.gpast")
    assert import_bundle(db, tmp_path / "later.gpast").updated == 1
    assert status(db) == "excused"


def test_attendance_changed_on_both_sides_is_a_conflict_that_keeps_ours(db, laptop, tmp_path):
    from app.services.attendance.recording import set_attendance
    from tests.factories import add_participant

    t = add_training(laptop, code="ATT-2", start_date="2025-03-03", end_date="2025-03-03")
    p = add_participant(laptop, full_name="Борис")
    set_attendance(laptop, t["id"], p["id"], "present")
    export_bundle(laptop, tmp_path / "first.gpast")
    import_bundle(db, tmp_path / "first.gpast")
    training = records.list_records(db, "trainings")[0]
    person = records.list_records(db, "participants")[0]
    set_attendance(db, training["id"], person["id"], "absent")
    set_attendance(laptop, t["id"], p["id"], "excused")
    with laptop.writing() as session:
        session.execute(text("UPDATE attendance SET updated_at = datetime('now', '+20 hours')"))
    export_bundle(laptop, tmp_path / "second.gpast")
    result = import_bundle(db, tmp_path / "second.gpast")
    assert status(db) == "absent" and len(result.conflicts) == 1
    assert "kept ours" in str(result.conflicts[0])


def test_a_target_corrected_here_survives_a_stale_bundle_received_again(db, laptop, tmp_path):
    from app.services.records.targets import list_targets, set_target

    set_target(laptop, 2025, "protection", "people_trained", 40)
    with laptop.writing() as session:
        session.execute(text("UPDATE target SET updated_at = datetime('now', '+20 hours')"))
    export_bundle(laptop, tmp_path / "laptop.gpast")
    import_bundle(db, tmp_path / "laptop.gpast")
    set_target(db, 2025, "protection", "people_trained", 55)  # corrected here
    again = import_bundle(db, tmp_path / "laptop.gpast")
    assert [t["target"] for t in list_targets(db)] == [55] and again.updated == 0
