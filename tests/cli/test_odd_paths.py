"""Every command on folders and files whose names hold `# % ? & ' ; [ ]`, spaces and Cyrillic:
the file named is the file used, a backup holds the data, nothing is made elsewhere."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.helpers import copy_database

ODD = "Проект #1 %41 q?x & it's; [a]"


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


ODD_DB = "gpast #2 %41?.sqlite"


@pytest.fixture
def odd_db(tmp_path, demo_template):
    """The demo data in a database under an odd name in an odd folder (the first test makes
    one with `gpast demo`; the others start from a copy of the session's demo database)."""
    return copy_database(demo_template, tmp_path / ODD / ODD_DB)


def test_the_database_named_is_the_one_made_and_nothing_else_appears(gpast, tmp_path):
    (tmp_path / ODD).mkdir()
    odd_db = tmp_path / ODD / ODD_DB
    code, _, err = gpast("--db", str(odd_db), "demo")
    assert code == 0, err
    assert odd_db.stat().st_size > 100_000
    assert count(odd_db, "training_session") > 0
    strays = {p.name for p in tmp_path.iterdir()} - {ODD}
    assert strays == set()  # neither "Проект " (cut at #) nor "q" (cut at ?)
    assert not (odd_db.parent / "gpast #2 A?.sqlite").exists()  # %41 was not decoded


def test_backup_into_an_odd_folder_holds_the_data(odd_db, gpast):
    code, _, err = gpast("--db", str(odd_db), "backup")
    assert code == 0, err
    (made,) = (odd_db.parent / "backups").glob("*.sqlite")
    assert count(made, "training_session") == count(odd_db, "training_session")
    assert count(made, "attendance") == count(odd_db, "attendance") > 0
    out_file = odd_db.parent / "copy #3 [b] %41.sqlite"
    code, _, err = gpast("--db", str(odd_db), "backup", "--out", str(out_file))
    assert code == 0, err
    assert count(out_file, "attendance") == count(odd_db, "attendance")
    code, _, err = gpast("--db", str(out_file), "check")
    assert code == 0, err


def test_restore_from_and_into_odd_names_copies_the_real_data(odd_db, tmp_path, gpast):
    good = tmp_path / ODD / "good #1.sqlite"
    assert gpast("--db", str(odd_db), "backup", "--out", str(good))[0] == 0
    trainings = count(good, "training_session")
    target = tmp_path / ODD / "empty #4?.sqlite"
    assert gpast("--db", str(target), "check")[0] == 1  # no such file yet
    code, _, err = gpast(
        "--db", str(target), "indicators", "--from", "2020-01-01", "--to", "2020-12-31"
    )
    assert code == 0, err  # makes the empty database at exactly that name
    code, _, err = gpast("--db", str(target), "restore", str(good))
    assert code == 0, err
    assert count(target, "training_session") == trainings > 0
    (aside,) = (target.parent / "backups").glob("empty #4?-*before-restore.sqlite")
    assert count(aside, "alembic_version") == 1  # a real copy of what was there, not a blank file


def test_exports_reports_and_bundles_to_odd_names(odd_db, gpast):
    folder = odd_db.parent
    db = ("--db", str(odd_db))
    xlsx = folder / "trainings #1 [x].xlsx"
    assert gpast(*db, "export", "trainings", str(xlsx))[0] == 0
    assert zipfile.is_zipfile(xlsx)
    csv_file = folder / "people; it's %41.csv"
    assert gpast(*db, "export", "participants", str(csv_file))[0] == 0
    assert csv_file.read_text(encoding="utf-8-sig").count("\n") > 1
    code, _, err = gpast(*db, "import", "trainings", str(xlsx), "--dry-run")
    assert code == 0, err
    template = folder / "шаблон #1.csv"
    assert gpast(*db, "template", "campaigns", str(template))[0] == 0
    assert template.exists()
    pdf = folder / "отчёт #1 ?.pdf"
    code, _, err = gpast(
        *db, "report", "--from", "2020-01-01", "--to", "2030-12-31", "--out", str(pdf)
    )
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    conn = sqlite3.connect(odd_db)
    (code_,) = conn.execute("SELECT code FROM training_session ORDER BY code LIMIT 1").fetchone()
    conn.close()
    sheet = folder / "sheet #1.pdf"
    assert gpast(*db, "signin-sheet", code_, "--out", str(sheet))[0] == 0
    assert sheet.read_bytes().startswith(b"%PDF")
    bundle = folder / "bundle #1 &.gpast"
    code, _, err = gpast(*db, "bundle", "export", str(bundle))
    assert code == 0, err
    other = folder / "other #5 %41.sqlite"
    code, _, err = gpast("--db", str(other), "bundle", "import", str(bundle))
    assert code == 0, err
    assert count(other, "training_session") == count(odd_db, "training_session")
