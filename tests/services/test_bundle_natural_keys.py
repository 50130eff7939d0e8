"""Bundles against the unique natural keys (a person's match key, legislation's reference, else
title and adoption date): whatever the other workstation renamed, added or kept apart there, the
bundle is received without a refusal, nothing is lost, two records the other workstation kept
apart stay apart here ("|#2"), and the preview counts what the import then writes. The receiving
database is `db`: a SQLite file, or a PostgreSQL server with GPAST_TEST_BACKEND=postgresql."""

from __future__ import annotations

import json
import zipfile
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Attendance, Legislation, Participant
from app.services import open_database
from app.services.attendance.recording import set_attendance
from app.services.exchange.bundles import BundleResult, export_bundle, import_bundle
from app.services.records import editing as records
from app.services.spreadsheets.importing import import_file
from tests.factories import add_legislation, add_participant, add_training
from tests.helpers import signed_bundle

SEALED = {"sha256", "signature", "public_key", "fingerprint"}


@pytest.fixture
def laptop(tmp_path):
    db = open_database(str(tmp_path / "laptop.sqlite"))
    yield db
    db.close()


def send(source, target, path, *, backwards: bool = False) -> BundleResult:
    """A bundle of everything `source` holds, previewed and then received by `target`; the
    preview's counts are those of the import. `backwards`: each part's records in the reverse
    order (a server lists rows in no set order)."""
    export_bundle(source, path)
    if backwards:
        rewritten(path, lambda data: {part: rows[::-1] for part, rows in data.items()})
    preview = import_bundle(target, path, trust=True, dry_run=True)
    result = import_bundle(target, path, trust=True)
    counts = ("added", "updated", "unchanged", "deleted", "kinds")
    assert [getattr(preview, c) for c in counts] == [getattr(result, c) for c in counts]
    assert [str(c) for c in preview.conflicts] == [str(c) for c in result.conflicts]
    return result


def rewritten(path, change) -> None:
    """The bundle at `path` with its data changed by `change(data)`, signed again (by the
    test's own key: received with trust)."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    unsigned = {k: v for k, v in manifest.items() if k not in SEALED}
    signed_bundle(path, unsigned, json.dumps(change(data)).encode())


def people(db) -> list[tuple[str, str]]:
    with db.reading() as session:
        stmt = select(Participant.full_name, Participant.match_key).order_by(Participant.match_key)
        return [tuple(r) for r in session.execute(stmt)]


def acts(db) -> list[tuple[str, str]]:
    with db.reading() as session:
        stmt = select(Legislation.title, Legislation.match_key).order_by(Legislation.match_key)
        return [tuple(r) for r in session.execute(stmt)]


def by_name(db, kind: str, field: str, value: str) -> int:
    return next(r["id"] for r in records.list_records(db, kind) if r[field] == value)


def test_a_person_renamed_there_to_the_key_of_another_here_is_kept_apart(db, laptop, tmp_path):
    add_participant(db, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    add_participant(db, full_name="Борис Петров", birth_year=1985, organisation="МВД")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    anna = by_name(laptop, "participants", "full_name", "Анна Иванова")
    records.update(laptop, "participants", anna, {"full_name": "Борис Петров", "birth_year": 1985})
    result = send(laptop, db, tmp_path / "back.gpast")
    assert (result.updated, result.conflicts) == (1, [])
    assert (
        people(db)
        == people(laptop)
        == [
            ("Борис Петров", "борис петров|1985|мвд"),
            ("Борис Петров", "борис петров|1985|мвд|#2"),
        ]
    )


@pytest.mark.parametrize("backwards", [False, True])
def test_renamed_there_one_after_the_other_the_keys_are_those_there(
    db, laptop, tmp_path, backwards
):
    """Борис renamed there first, then Анна given his old name: Анна holds his plain key there,
    and here too, so that an attendance sheet naming him finds her, not a new person."""
    add_participant(db, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    add_participant(db, full_name="Борис Петров", birth_year=1980, organisation="МВД")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    boris = by_name(laptop, "participants", "full_name", "Борис Петров")
    anna = by_name(laptop, "participants", "full_name", "Анна Иванова")
    records.update(laptop, "participants", boris, {"full_name": "Борис Сидоров"})
    records.update(laptop, "participants", anna, {"full_name": "Борис Петров"})
    result = send(laptop, db, tmp_path / "back.gpast", backwards=backwards)
    assert (result.updated, result.conflicts) == (2, [])
    assert (
        people(db)
        == people(laptop)
        == [
            ("Борис Петров", "борис петров|1980|мвд"),
            ("Борис Сидоров", "борис сидоров|1980|мвд"),
        ]
    )
    add_training(db, code="TR-1", start_date="2025-03-03")
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        "training_code,full_name,sex,organisation,birth_year,status\n"
        "TR-1,Борис Петров,male,МВД,1980,present\n",
        encoding="utf-8",
    )
    assert import_file(db, "attendance", sheet).people_added == 0


@pytest.mark.parametrize("backwards", [False, True])
def test_two_people_kept_apart_there_stay_apart_here_with_their_attendance(
    db, laptop, tmp_path, backwards
):
    """Two people the laptop keeps apart on purpose (same name, birth year and organisation),
    into a database that has a third with that key under another UUID: the first matches the
    one here (as an import would), the second stays apart, and every attendance row is kept."""
    add_participant(db, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    training = add_training(laptop, code="TR-1", start_date="2025-03-03")
    first = add_participant(laptop, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    second = add_participant(laptop, full_name="анна  иванова", birth_year=1980, organisation="мвд")
    set_attendance(laptop, training["id"], first["id"], "present")
    set_attendance(laptop, training["id"], second["id"], "absent")
    result = send(laptop, db, tmp_path / "b.gpast", backwards=backwards)
    assert result.kinds["participants"]["added"] == 1
    assert [key for _name, key in people(db)] == [
        "анна иванова|1980|мвд",
        "анна иванова|1980|мвд|#2",
    ]
    assert result.kinds["attendance"]["added"] == 2
    again = send(laptop, db, tmp_path / "b.gpast")
    assert (again.added, again.updated) == (0, 0)


def test_a_person_added_there_beside_one_received_from_here_stays_apart(db, laptop, tmp_path):
    add_participant(db, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    add_participant(laptop, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    result = send(laptop, db, tmp_path / "back.gpast")
    assert result.kinds["participants"]["added"] == 1
    assert people(db) == people(laptop)
    assert len(people(db)) == 2


def test_a_person_changed_here_and_there_differently_is_a_conflict_not_a_refusal(
    db, laptop, tmp_path
):
    add_participant(db, full_name="Анна Иванова", birth_year=1980, organisation="МВД")
    add_participant(db, full_name="Борис Петров", birth_year=1985, organisation="МВД")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    anna_there = by_name(laptop, "participants", "full_name", "Анна Иванова")
    records.update(
        laptop, "participants", anna_there, {"full_name": "Борис Петров", "birth_year": 1985}
    )
    anna_here = by_name(db, "participants", "full_name", "Анна Иванова")
    records.update(db, "participants", anna_here, {"organisation": "Прокуратура"})
    result = send(laptop, db, tmp_path / "back.gpast")
    assert len(result.conflicts) == 1
    assert len(people(db)) == 2


@pytest.mark.parametrize("backwards", [False, True])
def test_acts_renamed_there_one_after_the_other_are_received(db, laptop, tmp_path, backwards):
    """The laptop gave act Б a new reference, then gave act А Б's old one: here the two
    changes are written together and must not meet on the unique key."""
    add_legislation(db, title="Закон А", reference="1/З")
    add_legislation(db, title="Закон Б", reference="2/З")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    act_b = by_name(laptop, "legislation", "title", "Закон Б")
    act_a = by_name(laptop, "legislation", "title", "Закон А")
    records.update(laptop, "legislation", act_b, {"reference": "3/З"})
    records.update(laptop, "legislation", act_a, {"reference": "2/З"})
    result = send(laptop, db, tmp_path / "back.gpast", backwards=backwards)
    assert (result.updated, result.conflicts) == (2, [])
    assert acts(db) == acts(laptop) == [("Закон А", "ref:2/з"), ("Закон Б", "ref:3/з")]


@pytest.mark.parametrize("backwards", [False, True])
def test_acts_swapping_references_there_are_received(db, laptop, tmp_path, backwards):
    add_legislation(db, title="Закон А", reference="1/З")
    add_legislation(db, title="Закон Б", reference="2/З")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    act_b = by_name(laptop, "legislation", "title", "Закон Б")
    act_a = by_name(laptop, "legislation", "title", "Закон А")
    records.update(laptop, "legislation", act_b, {"reference": "9/З"})
    records.update(laptop, "legislation", act_a, {"reference": "2/З"})
    records.update(laptop, "legislation", act_b, {"reference": "1/З"})
    result = send(laptop, db, tmp_path / "back.gpast", backwards=backwards)
    assert (result.updated, result.conflicts) == (2, [])
    assert acts(db) == acts(laptop) == [("Закон Б", "ref:1/з"), ("Закон А", "ref:2/з")]


def test_an_act_changed_there_to_the_key_of_another_here_is_kept_apart(db, laptop, tmp_path):
    add_legislation(db, title="Закон А", reference="1/З")
    add_legislation(db, title="Указ", reference="", adopted_on="2024-05-01")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    act_a = by_name(laptop, "legislation", "title", "Закон А")
    records.update(laptop, "legislation", act_a, {"reference": "1/з"})  # case only: the same
    result = send(laptop, db, tmp_path / "back.gpast")
    assert (result.updated, result.conflicts) == (1, [])
    records.update(
        laptop, "legislation", act_a, {"reference": "", "title": "УКАЗ", "adopted_on": "2024-05-01"}
    )
    result = send(laptop, db, tmp_path / "back2.gpast")
    assert (result.updated, result.conflicts) == (1, [])
    assert (
        acts(db)
        == acts(laptop)
        == [
            ("Указ", "title:указ|2024-05-01"),
            ("УКАЗ", "title:указ|2024-05-01|#2"),
        ]
    )


def test_an_act_without_a_reference_received_back_is_unchanged(db, laptop, tmp_path):
    """The editor keeps a missing reference as "", a bundle as nothing (NULL): the same act."""
    add_legislation(db, title="Указ", reference="", adopted_on="2024-05-01")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    result = send(laptop, db, tmp_path / "back.gpast")
    assert (result.added, result.updated, result.conflicts) == (0, 0, [])
    act = by_name(laptop, "legislation", "title", "Указ")
    records.update(laptop, "legislation", act, {"summary": "Изменён"})
    here = by_name(db, "legislation", "title", "Указ")
    records.update(db, "legislation", here, {"url": "https://example.org/указ"})
    result = send(laptop, db, tmp_path / "back2.gpast")
    assert [c.ours.keys() for c in result.choices] == [{"summary", "url"}]


def test_two_acts_with_one_reference_there_stay_two_here(db, laptop, tmp_path):
    add_legislation(db, title="Закон", reference="5/З")
    add_legislation(laptop, title="Закон (первый)", reference="5/З")
    add_legislation(laptop, title="Закон (второй)", reference="5/З")  # typed twice there
    result = send(laptop, db, tmp_path / "b.gpast")
    assert result.kinds["legislation"]["added"] == 1  # the first matches the one here
    assert acts(db) == [("Закон (первый)", "ref:5/з"), ("Закон (второй)", "ref:5/з|#2")]
    again = send(laptop, db, tmp_path / "b.gpast")
    assert (again.added, again.updated) == (0, 0)


@pytest.mark.parametrize("backwards", [False, True])
def test_a_session_code_taken_over_there_by_a_new_session_is_received(
    db, laptop, tmp_path, backwards
):
    """TR-1 renamed TR-9 there, and a new session given the code TR-1: a different session
    under a new UUID, not one taking over TR-1 here."""
    add_training(db, code="TR-1", title="Первый", start_date="2025-03-03")
    send(db, laptop, tmp_path / "to_laptop.gpast")
    first = by_name(laptop, "trainings", "code", "TR-1")
    records.update(laptop, "trainings", first, {"code": "TR-9"})
    add_training(laptop, code="TR-1", title="Новый", start_date="2025-04-04")
    result = send(laptop, db, tmp_path / "back.gpast", backwards=backwards)
    assert (result.added, result.updated, result.conflicts) == (1, 1, [])
    codes = sorted((r["code"], r["title"]) for r in records.list_records(db, "trainings"))
    assert codes == [("TR-1", "Новый"), ("TR-9", "Первый")]


def test_a_session_code_taken_over_here_by_a_new_session_is_sent(db, laptop, tmp_path):
    """The same, renamed on `db` (on a server, the bundle may list the new session first)."""
    add_training(laptop, code="TR-1", title="Первый", start_date="2025-03-03")
    send(laptop, db, tmp_path / "to_db.gpast")
    first = by_name(db, "trainings", "code", "TR-1")
    records.update(db, "trainings", first, {"code": "TR-9"})
    add_training(db, code="TR-1", title="Новый", start_date="2025-04-04")
    result = send(db, laptop, tmp_path / "back.gpast")
    assert (result.added, result.updated, result.conflicts) == (1, 1, [])
    codes = sorted((r["code"], r["title"]) for r in records.list_records(laptop, "trainings"))
    assert codes == [("TR-1", "Новый"), ("TR-9", "Первый")]


def test_an_act_typed_on_both_is_matched_as_an_import_matches_it(db, laptop, tmp_path):
    """Legislation is matched as imports match it (product.md): by reference with its case
    ignored, else by title (case ignored) and adoption date — one act here, not two."""
    add_legislation(db, title="Закон о труде", reference="No. 12-ФЗ")
    add_legislation(db, title="Указ о мерах", reference="", adopted_on="2024-05-01")
    add_legislation(laptop, title="Закон о труде", reference="NO. 12-фз")
    add_legislation(laptop, title="УКАЗ О МЕРАХ", reference="", adopted_on="2024-05-01")
    result = send(laptop, db, tmp_path / "b.gpast")
    assert result.kinds["legislation"]["added"] == 0, result.kinds
    assert [key for _title, key in acts(db)] == ["ref:no. 12-фз", "title:указ о мерах|2024-05-01"]
    again = send(laptop, db, tmp_path / "b.gpast")
    assert (again.added, again.updated) == (0, 0)


def send_some(source, target, path, keep) -> BundleResult:
    """A bundle of what `source` holds but only the records `keep(part, row)` keeps (as a
    bundle made with --since holds only what changed), received by `target`."""
    export_bundle(source, path)
    rewritten(path, lambda data: {p: [r for r in rows if keep(p, r)] for p, rows in data.items()})
    return import_bundle(target, path, trust=True)


ANNA = {"full_name": "Анна Иванова", "birth_year": 1980, "organisation": "МВД"}
APART: dict[str, tuple[Any, ...]] = {  # kind: (add, two records, listed, listed as)
    "participants": (
        add_participant,
        [ANNA, ANNA],
        people,
        [("Анна Иванова", "анна иванова|1980|мвд"), ("Анна Иванова", "анна иванова|1980|мвд|#2")],
    ),
    "legislation": (
        add_legislation,
        [
            {"title": "Закон (первый)", "reference": "5/З"},
            {"title": "Закон (второй)", "reference": "5/З"},
        ],
        acts,
        [("Закон (первый)", "ref:5/з"), ("Закон (второй)", "ref:5/з|#2")],
    ),
}


@pytest.mark.parametrize("kind", sorted(APART))
def test_a_record_kept_apart_there_is_never_merged_here_when_sent_alone(db, laptop, tmp_path, kind):
    """The laptop keeps a second person (act) apart from the first, which this database has
    already: a bundle holding the second alone (made with --since: only it changed) adds it,
    apart, with the attendance the laptop gives it."""
    add, (first, second), listed, expected = APART[kind]
    training = add_training(laptop, code="TR-1", start_date="2025-03-03")
    add(laptop, **first)
    send(laptop, db, tmp_path / "first.gpast")
    made = add(laptop, **second)
    if kind == "participants":
        set_attendance(laptop, training["id"], made["id"], "present")
    result = send_some(
        laptop,
        db,
        tmp_path / "second.gpast",
        lambda part, row: part != kind or row["uuid"] == made["uuid"],
    )
    assert result.kinds[kind]["added"] == 1
    assert listed(db) == listed(laptop) == expected
    with db.reading() as session:
        attended = session.scalars(
            select(Participant.uuid).join(Attendance, Attendance.participant_id == Participant.id)
        ).all()
    assert attended == ([made["uuid"]] if kind == "participants" else [])


def test_the_second_of_two_people_sent_alone_first_keeps_the_first_apart_later(laptop, tmp_path):
    """A database receiving the one kept apart there first, alone, then the first alone: it
    never gave the second the plain key, so the first is not taken for her."""
    first = add_participant(laptop, **ANNA)
    second = add_participant(laptop, **ANNA)
    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        for uuid in (second["uuid"], first["uuid"]):
            send_some(
                laptop,
                other,
                tmp_path / f"{uuid}.gpast",
                lambda part, row, uuid=uuid: part == "participants" and row["uuid"] == uuid,
            )
        assert [key for _name, key in people(other)] == [
            "анна иванова|1980|мвд",
            "анна иванова|1980|мвд|#2",
        ]
    finally:
        other.close()


def test_a_bundle_saying_apart_other_than_true_or_false_is_refused(db, laptop, tmp_path):
    add_participant(laptop, **ANNA)
    path = tmp_path / "b.gpast"
    export_bundle(laptop, path)

    def said_yes(data):
        data["participants"][0]["apart"] = "yes"
        return data

    rewritten(path, said_yes)
    from app.services.exchange.bundles import BundleRefused

    with pytest.raises(BundleRefused, match="'apart' must be true or false"):
        import_bundle(db, path, trust=True)
    assert people(db) == []
