"""A database carrying a trigger (or any object this program never makes) is refused by check,
restore and every command that would open it, naming what it found; nothing is changed."""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import copy_database, snapshot


def said(done) -> str:
    return done.stdout + done.stderr


@pytest.fixture
def planted(tmp_path, demo_template):
    """The demo database with a trigger this program never makes."""
    path = copy_database(demo_template, tmp_path / "planted.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM legislation; END"
    )
    conn.commit()
    conn.close()
    return path


def test_check_names_the_trigger(planted, gpast):
    done = gpast("--db", str(planted), "check")
    assert done.returncode == 1
    assert "unexpected trigger wipe" in said(done)


@pytest.mark.sqlite_only("restores a planted SQLite file over a SQLite file")
def test_restore_refuses_it_and_keeps_the_live_database(planted, tmp_path, gpast, demo_file):
    live = demo_file
    before = snapshot(live)
    done = gpast("--db", live, "restore", str(planted))
    assert done.returncode == 1
    assert "unexpected trigger wipe" in said(done)
    assert snapshot(live) == before


def test_commands_refuse_to_open_it_and_change_nothing(planted, tmp_path, gpast):
    before = snapshot(planted)
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("code,title,start_date,focus_areas\nZZ,x,2025-01-01,capacity\n")
    done = gpast("--db", str(planted), "import", "trainings", str(csv_file))
    assert done.returncode == 1
    assert "unexpected trigger wipe" in said(done) and "not changed" in said(done)
    assert snapshot(planted) == before


def test_the_refusal_reads_in_russian(planted, gpast):
    done = gpast("--db", str(planted), "check", env={"GPAST_LANG": "ru"})
    assert done.returncode == 1
    assert "лишний триггер wipe" in said(done)
