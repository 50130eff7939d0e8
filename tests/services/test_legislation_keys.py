"""Legislation's natural key (reference, else title and adoption date; case ignored) is unique
in the database itself, so nothing can add the same act twice; two acts kept apart on purpose
(typed twice) are told apart by "|#2". A database that already holds such acts keeps them all
when it is upgraded (SQLite here; a server in tests/cli/test_server_migrate.py)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.models import Legislation
from app.services import open_database
from app.services.records import editing as records
from app.services.spreadsheets.importing import import_file
from app.storage import make_engine, to_url
from app.storage.migrate import alembic_config
from tests.factories import add_legislation


def acts(db) -> list[tuple[str, str | None, str]]:
    with db.reading() as session:
        stmt = select(Legislation.title, Legislation.reference, Legislation.match_key)
        return [tuple(r) for r in session.execute(stmt.order_by(Legislation.id))]


def add_twice_each(db) -> None:
    """Acts sharing a natural key, as the program has always let people type them."""
    add_legislation(db, title="Закон А", reference="12/З")
    add_legislation(db, title="Закон Б", reference="12/з")  # the same reference, case ignored
    add_legislation(db, title="Указ", reference=None, adopted_on="2024-05-01")
    add_legislation(db, title="УКАЗ", reference="", adopted_on="2024-05-01")


KEPT_APART = [
    ("Закон А", "12/З", "ref:12/з"),
    ("Закон Б", "12/з", "ref:12/з|#2"),
    ("Указ", "", "title:указ|2024-05-01"),
    ("УКАЗ", "", "title:указ|2024-05-01|#2"),
]


def test_the_database_refuses_a_second_act_with_the_same_key(db):
    add_legislation(db, reference="7/З")
    row = {"uuid": "x" * 36, "title": "Другой", "kind": "law", "status": "draft",
           "match_key": "ref:7/з"}  # fmt: skip
    with pytest.raises(IntegrityError), db.writing() as session:
        session.execute(insert(Legislation), [row])


def test_acts_typed_twice_are_both_kept_and_an_import_matches_the_first(db, tmp_path):
    add_twice_each(db)
    assert acts(db) == KEPT_APART
    sheet = tmp_path / "законы.csv"
    sheet.write_text(
        "title,reference,kind,status,adopted_on,focus_areas\n"
        "Закон А (новая редакция),12/З,law,in_force,2025-03-01,criminalisation\n",
        encoding="utf-8",
    )
    result = import_file(db, "legislation", sheet)
    assert (result.added, result.updated) == (0, 1)
    assert [a[0] for a in acts(db)][:2] == ["Закон А (новая редакция)", "Закон Б"]
    second = records.list_records(db, "legislation")
    act_b = next(r for r in second if r["title"] == "Закон Б")
    records.update(db, "legislation", act_b["id"], {"reference": "13/З"})  # now told apart
    assert acts(db)[1] == ("Закон Б", "13/З", "ref:13/з")


def test_upgrading_keeps_every_act_that_already_shares_a_key(db_path):
    with open_database(str(db_path)) as db:
        add_twice_each(db)
    engine = make_engine(to_url(db_path), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")  # no key column: duplicates allowed
    engine.dispose()
    with open_database(str(db_path)) as db:  # upgraded to the newest schema
        assert acts(db) == KEPT_APART


def test_a_bundle_matches_acts_as_an_import_does(db, tmp_path):
    """A bundle matches legislation by UUID, else as an import does (reference with its case
    ignored, else title and adoption date): an act typed there that shares the key with one
    here is that act (updated), not a second one."""
    from app.services.exchange.bundles import export_bundle, import_bundle

    add_legislation(db, title="Закон А", reference="12/З")
    add_legislation(db, title="Указ", reference="", adopted_on="2024-05-01")
    with open_database(str(tmp_path / "laptop.sqlite")) as laptop:
        add_legislation(laptop, title="Закон Б", reference="12/з")
        add_legislation(laptop, title="УКАЗ", reference="", adopted_on="2024-05-01")
        export_bundle(laptop, tmp_path / "b.gpast")
    result = import_bundle(db, tmp_path / "b.gpast", trust=True)
    assert (result.added, result.updated, result.conflicts) == (0, 2, [])
    assert sorted((t, k) for t, _r, k in acts(db)) == [
        ("Закон Б", "ref:12/з"),
        ("УКАЗ", "title:указ|2024-05-01"),
    ]
    again = import_bundle(db, tmp_path / "b.gpast", trust=True)
    assert (again.added, again.updated) == (0, 0)
