"""Bundles are signed by their workstation's key; a workstation not accepted here, or a
signature that does not match, is refused (issue 15: a SHA-256 anyone can recompute)."""

from __future__ import annotations

import json
import stat
import sys
import zipfile

import pytest

from app.services import open_database
from app.services.exchange.bundles import BundleRefused, export_bundle, import_bundle
from app.services.exchange.identity import KEY_FILE, own_identity
from app.services.exchange.signing import UnknownWorkstation
from app.services.exchange.trust import accepted_workstations, revoke
from app.services.records import editing as records
from app.storage.engine import data_dir
from tests.factories import add_training
from tests.helpers import signed_bundle, snapshot


@pytest.fixture
def laptop(tmp_path):
    db = open_database(str(tmp_path / "laptop.sqlite"))
    add_training(db, code="LT-1")
    yield db
    db.close()


@pytest.fixture
def laptop_key(tmp_path):
    return own_identity(tmp_path / "laptop-data")


def test_a_key_is_made_on_first_use_owner_only_and_never_put_in_a_bundle(db, tmp_path):
    export_bundle(db, tmp_path / "b.gpast")
    key = data_dir() / KEY_FILE
    assert key.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert own_identity().public_key == own_identity().public_key  # the same key again
    secret = key.read_bytes().split(b"-----")[2].strip()
    with zipfile.ZipFile(tmp_path / "b.gpast") as archive:
        for name in archive.namelist():
            assert secret not in archive.read(name)


def test_an_unknown_workstation_is_refused_by_name_and_fingerprint_until_accepted(
    db, laptop, laptop_key, tmp_path
):
    export_bundle(laptop, tmp_path / "b.gpast", identity=laptop_key)
    before = snapshot(db)
    with pytest.raises(UnknownWorkstation) as refused:
        import_bundle(db, tmp_path / "b.gpast")
    assert refused.value.values["fingerprint"] == laptop_key.fingerprint
    assert refused.value.values["name"] == laptop_key.name
    assert laptop_key.fingerprint in str(refused.value)
    preview = import_bundle(db, tmp_path / "b.gpast", trust=True, dry_run=True)
    assert preview.added == 1 and snapshot(db) == before  # a dry run accepts nothing
    import_bundle(db, tmp_path / "b.gpast", trust=True)
    assert [w["fingerprint"] for w in accepted_workstations(db)] == [laptop_key.fingerprint]
    import_bundle(db, tmp_path / "b.gpast")  # accepted once: no question again
    revoke(db, laptop_key.fingerprint)
    with pytest.raises(UnknownWorkstation):
        import_bundle(db, tmp_path / "b.gpast")


def test_a_changed_manifest_or_a_foreign_signature_is_refused(db, laptop, laptop_key, tmp_path):
    export_bundle(laptop, tmp_path / "b.gpast", identity=laptop_key)
    import_bundle(db, tmp_path / "b.gpast", trust=True)
    with zipfile.ZipFile(tmp_path / "b.gpast") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
        signature = archive.read("signature")
    data["trainings"][0]["title"] = "Forged"
    payload = json.dumps(data).encode()
    import hashlib

    forged = dict(manifest, sha256=hashlib.sha256(payload).hexdigest())
    before = snapshot(db)
    with zipfile.ZipFile(tmp_path / "forged.gpast", "w") as archive:  # the old signature
        archive.writestr("manifest.json", json.dumps(forged))
        archive.writestr("data.json", payload)
        archive.writestr("signature", signature)
    with pytest.raises(BundleRefused, match="the signature does not match"):
        import_bundle(db, tmp_path / "forged.gpast", trust=True)
    # signed by another key while naming the accepted one's public key
    other = own_identity(tmp_path / "attacker")
    raw = json.dumps(forged).encode()
    with zipfile.ZipFile(tmp_path / "other.gpast", "w") as archive:
        archive.writestr("manifest.json", raw)
        archive.writestr("data.json", payload)
        archive.writestr("signature", signed_signature(other, raw))
    with pytest.raises(BundleRefused, match="the signature does not match"):
        import_bundle(db, tmp_path / "other.gpast", trust=True)
    assert snapshot(db) == before
    assert records.list_records(db, "trainings")[0]["title"] != "Forged"


def signed_signature(identity, raw: bytes) -> bytes:
    from app.services.exchange.signing import signature_of

    return signature_of(identity, raw)


def test_a_bundle_of_the_previous_format_is_from_an_unknown_workstation(db, laptop, tmp_path):
    export_bundle(laptop, tmp_path / "b.gpast")
    with zipfile.ZipFile(tmp_path / "b.gpast") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        payload = archive.read("data.json")
    for name in ("workstation_name", "public_key"):
        manifest.pop(name)
    with zipfile.ZipFile(tmp_path / "old.gpast", "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", payload)
    with pytest.raises(UnknownWorkstation, match="key —"):
        import_bundle(db, tmp_path / "old.gpast")
    assert import_bundle(db, tmp_path / "old.gpast", trust=True).added == 1
    assert accepted_workstations(db) == []  # nothing to remember an unsigned bundle by


def test_a_signed_bundle_made_by_hand_passes_the_signature_but_not_the_rules(db, tmp_path, laptop):
    export_bundle(laptop, tmp_path / "b.gpast")
    with zipfile.ZipFile(tmp_path / "b.gpast") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    data["trainings"][0]["hours"] = 99999
    bad = signed_bundle(tmp_path / "bad.gpast", manifest, json.dumps(data).encode())
    with pytest.raises(BundleRefused, match="hours: must be at most"):
        import_bundle(db, bad)


def test_the_command_line_names_the_workstation_and_accepts_it_with_trust(
    db_path, laptop, laptop_key, tmp_path, capsys
):
    from app.cli import main

    export_bundle(laptop, tmp_path / "b.gpast", identity=laptop_key)
    assert main(["--db", str(db_path), "bundle", "import", str(tmp_path / "b.gpast")]) == 1
    err = capsys.readouterr().err
    assert laptop_key.fingerprint in err and "--trust" in err
    code = main(["--db", str(db_path), "bundle", "import", str(tmp_path / "b.gpast"), "--trust"])
    assert code == 0 and "1 added" in capsys.readouterr().out
