"""Exchange bundles between offline workstations."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from datetime import date

import pytest

from app.services import open_database
from app.services.attendance.recording import set_attendance
from app.services.exchange.bundles import BundleRefused, export_bundle, import_bundle
from app.services.maintenance.demo import fill_demo
from app.services.records import editing as records
from app.services.records.audit import trail
from app.services.reporting.indicators import indicators
from tests.factories import add_participant, add_training
from tests.helpers import copy_database, signed_bundle, snapshot

ALL = (date(1990, 1, 1), date(2100, 1, 1))


def edited_later(db, hours: int) -> None:
    """Date every training's last edit `hours` after it was made, as if edited then."""
    from datetime import timedelta

    from sqlalchemy import select

    from app.models import TrainingSession

    with db.writing() as session:
        for training in session.scalars(select(TrainingSession)):
            training.updated_at = training.created_at + timedelta(hours=hours)


@pytest.fixture
def laptop(tmp_path):
    db = open_database(str(tmp_path / "laptop.sqlite"))
    yield db
    db.close()


@pytest.fixture
def demo_laptop(tmp_path, demo_template):
    """Another workstation holding the demo data."""
    db = open_database(str(copy_database(demo_template, tmp_path / "laptop.sqlite")))
    yield db
    db.close()


def test_bundle_into_an_empty_database_reproduces_the_figures(db, demo_laptop, tmp_path):
    laptop = demo_laptop
    export_bundle(laptop, tmp_path / "b.gpast")
    result = import_bundle(db, tmp_path / "b.gpast")
    assert result.added > 0 and not result.conflicts
    assert indicators(db, *ALL) == indicators(laptop, *ALL)
    again = import_bundle(db, tmp_path / "b.gpast")
    assert (again.added, again.updated, again.deleted) == (0, 0, 0)


def test_importing_twice_changes_nothing(db, laptop, tmp_path):
    t = add_training(laptop, end_date="2025-03-04")
    p = add_participant(laptop, full_name="Анна")
    set_attendance(laptop, t["id"], p["id"], "present")
    export_bundle(laptop, tmp_path / "b.gpast")
    import_bundle(db, tmp_path / "b.gpast")
    before = snapshot(db)
    result = import_bundle(db, tmp_path / "b.gpast")
    assert result.added == result.updated == result.deleted == 0
    assert snapshot(db) == before


def test_two_workstations_end_with_both_sets_and_people_matched(db, laptop, tmp_path):
    add_training(
        db, code="PC-1", title="At the ministry", start_date="2025-02-02", focus_areas=["demand"]
    )
    add_participant(db, organisation="МВД", birth_year=1980)
    t = add_training(laptop, code="LT-1", title="At the venue", start_date="2025-06-06")
    anna = add_participant(laptop, full_name="анна  иванова", organisation="мвд", birth_year=1980)
    set_attendance(laptop, t["id"], anna["id"], "present")
    export_bundle(laptop, tmp_path / "to-pc.gpast")
    export_bundle(db, tmp_path / "to-laptop.gpast")
    import_bundle(db, tmp_path / "to-pc.gpast")
    import_bundle(laptop, tmp_path / "to-laptop.gpast")
    for side in (db, laptop):
        codes = sorted(r["code"] for r in records.list_records(side, "trainings"))
        assert codes == ["LT-1", "PC-1"]
    assert records.count_records(db, "participants") == 1  # matched, not duplicated
    assert indicators(db, *ALL)["total"]["participations"] == 1


def test_a_conflict_keeps_both_versions_in_the_trail(db, laptop, tmp_path):
    t = add_training(laptop, title="Original")
    export_bundle(laptop, tmp_path / "first.gpast")
    import_bundle(db, tmp_path / "first.gpast")
    mine = records.list_records(db, "trainings")[0]
    records.update(db, "trainings", mine["id"], {"title": "Edited at the ministry"})
    edited_later(db, hours=1)  # the clock, not a sleep, says which edit came later
    records.update(laptop, "trainings", t["id"], {"title": "Edited at the venue"})
    edited_later(laptop, hours=2)
    export_bundle(laptop, tmp_path / "second.gpast")
    result = import_bundle(db, tmp_path / "second.gpast")
    # neither edit saw the other: whatever the clocks say, nothing here is lost
    assert len(result.conflicts) == 1 and "kept ours" in str(result.conflicts[0])
    assert records.list_records(db, "trainings")[0]["title"] == "Edited at the ministry"
    conflict = next(e for e in trail(db) if e["action"] == "conflict")
    assert conflict["changes"]["ours"]["title"] == "Edited at the ministry"
    assert conflict["changes"]["theirs"]["title"] == "Edited at the venue"


def test_deletions_travel_as_tombstones(db, laptop, tmp_path):
    t = add_training(laptop, title="x")
    export_bundle(laptop, tmp_path / "a.gpast")
    import_bundle(db, tmp_path / "a.gpast")
    time.sleep(0.01)
    records.delete(laptop, "trainings", t["id"])
    export_bundle(laptop, tmp_path / "b.gpast")
    assert import_bundle(db, tmp_path / "b.gpast").deleted == 1
    assert records.count_records(db, "trainings") == 0


def test_tampered_truncated_and_newer_bundles_are_refused(db, demo_laptop, tmp_path):
    laptop = demo_laptop
    good = tmp_path / "b.gpast"
    export_bundle(laptop, good)
    truncated = tmp_path / "truncated.gpast"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(BundleRefused, match="damaged or truncated"):
        import_bundle(db, truncated)
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data = json.loads(zf.read("data.json"))
    data["trainings"][0]["title"] = "tampered"
    tampered = tmp_path / "tampered.gpast"
    with zipfile.ZipFile(tampered, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("data.json", json.dumps(data))
    with pytest.raises(BundleRefused, match="checksum"):
        import_bundle(db, tampered)
    payload = json.dumps(data).encode()
    newer = tmp_path / "newer.gpast"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr(
            "manifest.json",
            json.dumps(
                {**manifest, "schema": "9999", "sha256": hashlib.sha256(payload).hexdigest()}
            ),
        )
        zf.writestr("data.json", payload)
    with pytest.raises(BundleRefused, match="newer version"):
        import_bundle(db, newer)
    assert records.count_records(db, "trainings") == 0


def test_a_large_bundle_needs_few_statements_and_changed_attendance_is_audited(
    db, laptop, tmp_path
):
    from sqlalchemy import event

    from app.services.attendance.roster import roster
    from app.services.maintenance.demo import DemoSize

    fill_demo(laptop, size=DemoSize(years=2, people=150, trainings_per_year=15, attendees=(10, 20)))
    export_bundle(laptop, tmp_path / "b.gpast")
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.write_engine, "before_cursor_execute", seen)
    first = import_bundle(db, tmp_path / "b.gpast")
    rows = first.added
    assert rows > 700 and len(statements) < rows / 4, (rows, len(statements))
    statements.clear()
    again = import_bundle(db, tmp_path / "b.gpast")
    assert again.added == again.updated == 0 and len(statements) < 40, len(statements)
    assert indicators(db, *ALL) == indicators(laptop, *ALL)

    training = records.list_records(laptop, "trainings")[0]
    person = roster(laptop, training["id"])["people"][0]
    time.sleep(0.01)
    set_attendance(laptop, training["id"], person["id"], "absent")
    export_bundle(laptop, tmp_path / "c.gpast")
    result = import_bundle(db, tmp_path / "c.gpast")
    assert result.updated >= 1 and result.added == 0
    changed = [e for e in trail(db) if e["action"] == "update" and e["table"] == "attendance"]
    assert changed and changed[0]["changes"]["status"][1] == "absent"


def test_a_bundle_with_the_right_checksum_but_wrong_data_is_refused_whole(db, laptop, tmp_path):
    from app.services.maintenance.demo import DemoSize

    fill_demo(laptop, size=DemoSize(years=1, people=10, trainings_per_year=2, attendees=(2, 3)))
    export_bundle(laptop, tmp_path / "good.gpast")
    with zipfile.ZipFile(tmp_path / "good.gpast") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))

    def spoiled(name: str, change) -> str:
        copy = json.loads(json.dumps(data))
        change(copy)
        payload = json.dumps(copy, ensure_ascii=False).encode("utf-8")
        return str(signed_bundle(tmp_path / name, manifest, payload))

    malformed = "not as this program writes a bundle"
    cases = [
        (
            "attendance .*: day: '31.02.2025' is not a date",
            lambda d: d["attendance"][0].update(day="31.02.2025"),
        ),
        (
            "trainings .*: updated_at: 'None' is not a time",
            lambda d: d["trainings"][0].pop("updated_at"),
        ),
        ("attendance: " + malformed, lambda d: d.update(attendance=7)),
        ("attendance .*: day: is required", lambda d: d["attendance"][-1].update(day=None)),
        (
            "participants .*: full_name: is required",
            lambda d: d["participants"][0].update(full_name=None),
        ),
        (
            "participants .*: birth_year: 'abc' is not a number",
            lambda d: d["participants"][0].update(birth_year="abc"),
        ),
    ]
    before = snapshot(db)
    for n, (expected, change) in enumerate(cases):
        with pytest.raises(BundleRefused, match=f"^{expected}"):
            import_bundle(db, spoiled(f"{n}.gpast", change))
        assert snapshot(db) == before


def test_a_bundle_inflating_beyond_the_limit_or_not_a_file_is_refused_unread(
    db, laptop, tmp_path, monkeypatch
):
    import os

    from app.services.exchange import bundles

    add_training(laptop, title="x")
    export_bundle(laptop, tmp_path / "b.gpast")
    monkeypatch.setattr(bundles, "MAX_DATA", 100)  # checked before reading
    with pytest.raises(BundleRefused, match="larger than a bundle may be"):
        import_bundle(db, tmp_path / "b.gpast")
    if os.name == "posix":
        fifo = tmp_path / "pipe.gpast"
        os.mkfifo(fifo)  # opening it would wait for a writer for ever
        with pytest.raises(BundleRefused, match="not a regular file"):
            import_bundle(db, fifo)
    assert records.count_records(db, "trainings") == 0


def test_a_bundle_is_read_a_record_at_a_time_not_whole(db, demo_laptop, tmp_path, monkeypatch):
    """Issue 15: a large bundle took 1 GB. Reading and checking data.json now holds the
    checked records and one chunk of the file (64 KB here), never the whole file and a parsed
    copy of it (6× the file before)."""
    import tracemalloc

    from app.services.exchange import bundle_reading
    from app.services.exchange.identity import own_identity

    export_bundle(demo_laptop, tmp_path / "b.gpast")
    with zipfile.ZipFile(tmp_path / "b.gpast") as archive:
        size = archive.getinfo("data.json").file_size
    monkeypatch.setattr(bundle_reading, "CHUNK", 1 << 16)
    manifest, _who = bundle_reading.read_manifest(tmp_path / "b.gpast", own_identity())
    from sqlalchemy import select

    from app.models import FocusArea

    with db.reading() as session:
        slugs = {slug: slug for slug in session.scalars(select(FocusArea.slug))}
    tracemalloc.start()
    try:
        parts = bundle_reading.read_data(tmp_path / "b.gpast", manifest, slugs)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(parts["attendance"]) > 3000
    assert peak < 3 * size  # the checked records are about 2× the file


def test_a_record_larger_than_a_record_may_be_is_refused(db, tmp_path, monkeypatch):
    from app.services.exchange import bundle_reading

    laptop = open_database(str(tmp_path / "laptop.sqlite"))
    add_training(laptop, title="x" * 400)
    export_bundle(laptop, tmp_path / "b.gpast")
    laptop.close()
    monkeypatch.setattr(bundle_reading, "MAX_RECORD", 100)
    monkeypatch.setattr(bundle_reading, "CHUNK", 64)
    with pytest.raises(BundleRefused, match="larger than a record may be"):
        import_bundle(db, tmp_path / "b.gpast")
    assert records.count_records(db, "trainings") == 0


def test_what_is_held_here_already_is_found_before_the_write_lock(
    db, demo_laptop, tmp_path, monkeypatch
):
    """Issue 15: a large bundle held the write lock for a minute. Receiving it again now
    compares in a read transaction and never takes the lock; a bundle with one change more
    takes it only to merge that change."""
    export_bundle(demo_laptop, tmp_path / "b.gpast")
    first = import_bundle(db, tmp_path / "b.gpast")
    locked: list[bool] = []
    writing = db.writing

    def watched(*args, **kwargs):
        locked.append(True)
        return writing(*args, **kwargs)

    monkeypatch.setattr(db, "writing", watched)
    again = import_bundle(db, tmp_path / "b.gpast")
    assert locked == [] and again.unchanged == first.added
    assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, [])
    t = records.list_records(demo_laptop, "trainings")[0]
    records.update(demo_laptop, "trainings", t["id"], {"title": "Renamed on the laptop"})
    export_bundle(demo_laptop, tmp_path / "c.gpast")
    changed = import_bundle(db, tmp_path / "c.gpast")
    assert locked == [True] and changed.updated == 1
    assert changed.unchanged == first.added - 1
    assert {r["title"] for r in records.list_records(db, "trainings")} >= {"Renamed on the laptop"}
