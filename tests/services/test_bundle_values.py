"""A bundle's values obey the same rules as typed-in ones, or the bundle is refused whole;
a malformed bundle ends in a clear refusal (issue 15: the attacks a careless or hostile laptop
could make)."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services import open_database
from app.services.attendance.recording import set_attendance
from app.services.exchange.bundles import BundleRefused, export_bundle, import_bundle
from app.services.records import editing as records
from tests.factories import add_participant, add_training
from tests.helpers import signed_bundle, snapshot


@pytest.fixture
def laptop(tmp_path):
    db = open_database(str(tmp_path / "laptop.sqlite"))
    yield db
    db.close()


def contents(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json")), json.loads(archive.read("data.json"))


def sealed(path: Path, manifest: dict[str, Any], payload: bytes, raw_manifest=None) -> Path:
    """A bundle holding `payload`, checksum and signature matching (a key holder can)."""
    return signed_bundle(path, manifest, payload, raw_manifest)


@pytest.fixture
def seminar_bundle(laptop, tmp_path):
    """A bundle of one two-day training, one person and her attendance, and a target."""
    from app.services.records.targets import set_target

    t = add_training(laptop, code="SEM-1", start_date="2025-03-03", end_date="2025-03-04")
    p = add_participant(laptop, full_name="Анна Иванова", sex="female")
    set_attendance(laptop, t["id"], p["id"], "present")
    set_target(laptop, 2025, "protection", "people_trained", 40)
    path = tmp_path / "good.gpast"
    export_bundle(laptop, path)
    return path


def spoil(tmp_path: Path, good: Path, name: str, change) -> Path:
    manifest, data = contents(good)
    change(data)
    return sealed(tmp_path / name, manifest, json.dumps(data, ensure_ascii=False).encode())


CASES = [
    ("targets .*: year: 'abc' is not a number", lambda d: d["targets"][0].update(year="abc")),
    (
        "targets .*: indicator: 'bogus' is not one of",
        lambda d: d["targets"][0].update(indicator="bogus"),
    ),
    ("targets .*: target: must not be negative", lambda d: d["targets"][0].update(target=-5)),
    (
        "attendance .*: status: 'HACKED' is not one of",
        lambda d: d["attendance"][0].update(status="HACKED"),
    ),
    (
        "attendance .*: day: 1850-01-01 is outside",
        lambda d: d["attendance"][0].update(day="1850-01-01"),
    ),
    (
        "attendance .*: day: 2025-03-09 is not a day of SEM-1",
        lambda d: d["attendance"][0].update(day="2025-03-09"),
    ),
    (
        "participants .*: sex: 'ALIEN' is not one of",
        lambda d: d["participants"][0].update(sex="ALIEN"),
    ),
    (
        "participants .*: organisation: is longer than 300 characters",
        lambda d: d["participants"][0].update(organisation="x" * 2_000_000),
    ),
    (
        "participants: 'aaaa.*' is not a record identifier",
        lambda d: d["participants"][0].update(uuid="a" * 10_000_000),
    ),
    ("trainings .*: hours: must be at most 10000", lambda d: d["trainings"][0].update(hours=99999)),
    (
        "tombstones: 'x' is not a record identifier",
        lambda d: d.update(
            tombstones=[{"table": "participant", "uuid": "x", "deleted_at": "2025-01-01T00:00:00"}]
        ),
    ),
    (
        "trainings .*: updated_at: 9999-01-01 00:00 is in the future",
        lambda d: d["trainings"][0].update(updated_at="9999-01-01T00:00:00"),
    ),
    (
        "tombstones .*: deleted_at: 9999-12-31 00:00 is in the future",
        lambda d: d.update(
            tombstones=[
                {
                    "table": "training_session",
                    "uuid": d["trainings"][0]["uuid"],
                    "deleted_at": "9999-12-31T00:00:00",
                }
            ]
        ),
    ),
]


@pytest.mark.parametrize("expected,change", CASES, ids=[c[0].split(":")[1] for c in CASES])
def test_a_value_that_breaks_a_rule_refuses_the_whole_bundle(
    db, seminar_bundle, tmp_path, expected, change
):
    before = snapshot(db)
    with pytest.raises(BundleRefused, match=f"^{expected}"):
        import_bundle(db, spoil(tmp_path, seminar_bundle, "bad.gpast", change))
    assert snapshot(db) == before
    import_bundle(db, seminar_bundle)  # the untouched bundle is received


def test_values_are_stored_as_the_editor_stores_them(db, seminar_bundle, tmp_path):
    def loose(d):
        d["participants"][0].update(sex="FEMALE", full_name="  Анна   Иванова ")
        d["attendance"][0].update(status="Present")
        d["targets"][0].update(year="2025", target="40")

    import_bundle(db, spoil(tmp_path, seminar_bundle, "loose.gpast", loose))
    person = records.list_records(db, "participants")[0]
    assert (person["sex"], person["full_name"]) == ("female", "Анна Иванова")
    from app.services.reporting.indicators import indicators

    figures = indicators(db, date(2020, 1, 1), date(2030, 1, 1))
    assert figures["total"]["participations_female"] == 1  # counted as a woman
    again = tmp_path / "again.gpast"
    export_bundle(db, again)  # what was received exports and re-imports cleanly
    import_bundle(open_database(str(tmp_path / "third.sqlite")), again)


def test_a_training_with_a_new_uuid_cannot_take_over_a_local_code(db, tmp_path, laptop):
    mine = add_training(db, code="SEM-1", start_date="2025-03-03", end_date="2025-03-04", hours=12)
    p = add_participant(db, full_name="Пётр")
    set_attendance(db, mine["id"], p["id"], "present")
    add_training(laptop, code="sem-1", start_date="2025-05-01", end_date="2025-05-01", hours=9999)
    export_bundle(laptop, tmp_path / "b.gpast")
    before = snapshot(db)
    with pytest.raises(BundleRefused, match="the code 'sem-1' belongs to another record here"):
        import_bundle(db, tmp_path / "b.gpast")
    assert snapshot(db) == before


def test_new_dates_that_would_orphan_attendance_are_a_conflict(db, tmp_path, laptop):
    t = add_training(laptop, code="SEM-1", start_date="2025-03-03", end_date="2025-03-04")
    export_bundle(laptop, tmp_path / "a.gpast")
    import_bundle(db, tmp_path / "a.gpast")
    here = records.list_records(db, "trainings")[0]
    p = add_participant(db, full_name="Пётр")
    set_attendance(db, here["id"], p["id"], "present", date(2025, 3, 4))
    with db.writing() as session:  # the laptop's edit is the later one by the clock
        from sqlalchemy import text

        session.execute(text("UPDATE training_session SET updated_at = '2000-01-01'"))
    records.update(laptop, "trainings", t["id"], {"end_date": "2025-03-03"})
    export_bundle(laptop, tmp_path / "b.gpast")
    result = import_bundle(db, tmp_path / "b.gpast")
    assert any("leave out attendance on 2025-03-04" in str(c) for c in result.conflicts)
    assert records.list_records(db, "trainings")[0]["end_date"] == date(2025, 3, 4)


MALFORMED = [
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("bad utf-8", b'{"participants": ["\xff\xfe"]}', "is not UTF-8 text"),
    ("a list", b"[1, 2, 3]", "the bundle: not as this program writes a bundle"),
    ("a number part", b'{"trainings": 5}', "trainings: not as this program writes a bundle"),
    ("records not objects", b'{"trainings": [1]}', "trainings: not as this program writes"),
]


@pytest.mark.parametrize(
    "payload,expected", [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_data_is_refused_clearly(db, seminar_bundle, tmp_path, payload, expected):
    manifest, _data = contents(seminar_bundle)
    with pytest.raises(BundleRefused, match=expected):
        import_bundle(db, sealed(tmp_path / "m.gpast", manifest, payload))


@pytest.mark.parametrize(
    "raw,expected",
    [
        (b"[]", "damaged or truncated"),
        (b'"text"', "damaged or truncated"),
        (b"\xff{}", "is not UTF-8 text"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"format": 1, "schema": {"a": 1}}', "made by a newer version"),
    ],
)
def test_a_malformed_manifest_is_refused_clearly(db, seminar_bundle, tmp_path, raw, expected):
    manifest, data = contents(seminar_bundle)
    payload = json.dumps(data).encode()
    with pytest.raises(BundleRefused, match=expected):
        import_bundle(db, sealed(tmp_path / "m.gpast", manifest, payload, raw_manifest=raw))


def test_the_command_line_says_why_not_unexpected_error(seminar_bundle, tmp_path, db_path, capsys):
    from app.cli import main

    manifest, _ = contents(seminar_bundle)
    bad = sealed(tmp_path / "deep.gpast", manifest, b"[" * 100_000 + b"]" * 100_000)
    code = main(["--db", str(db_path), "bundle", "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 1 and "nested too deeply" in err and "unexpected" not in err


def test_a_dry_run_counts_per_kind_and_a_deletion_counts_its_attendance(
    db, laptop, seminar_bundle, tmp_path
):
    import_bundle(db, seminar_bundle)
    training = records.list_records(laptop, "trainings")[0]
    records.delete(laptop, "trainings", training["id"])
    export_bundle(laptop, tmp_path / "deleted.gpast")
    before = snapshot(db)
    preview = import_bundle(db, tmp_path / "deleted.gpast", dry_run=True)
    assert snapshot(db) == before
    assert preview.kinds["trainings"]["deleted"] == 1
    assert preview.cascaded == 2 and preview.kinds["attendance"]["deleted"] == 2
    result = import_bundle(db, tmp_path / "deleted.gpast")
    assert (result.deleted, result.cascaded) == (1, 2)
