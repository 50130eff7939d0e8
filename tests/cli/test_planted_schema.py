"""A database carrying a trigger (or any object this program never makes) is refused by check,
restore and every command that would open it, naming what it found; nothing is changed."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from tests.helpers import snapshot


def gpast(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def planted(tmp_path, capsys):
    path = tmp_path / "planted.sqlite"
    assert gpast(capsys, "--db", str(path), "demo")[0] == 0
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM legislation; END"
    )
    conn.commit()
    conn.close()
    return path


def test_check_names_the_trigger(planted, capsys):
    code, text = gpast(capsys, "--db", str(planted), "check")
    assert code == 1
    assert "unexpected trigger wipe" in text


def test_restore_refuses_it_and_keeps_the_live_database(planted, tmp_path, capsys):
    live = tmp_path / "live.sqlite"
    assert gpast(capsys, "--db", str(live), "demo")[0] == 0
    before = snapshot(live)
    code, text = gpast(capsys, "--db", str(live), "restore", str(planted))
    assert code == 1
    assert "unexpected trigger wipe" in text
    assert snapshot(live) == before


def test_commands_refuse_to_open_it_and_change_nothing(planted, tmp_path, capsys):
    before = snapshot(planted)
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("code,title,start_date,focus_areas\nZZ,x,2025-01-01,capacity\n")
    code, text = gpast(capsys, "--db", str(planted), "import", "trainings", str(csv_file))
    assert code == 1
    assert "unexpected trigger wipe" in text and "not changed" in text
    assert snapshot(planted) == before


def test_the_refusal_reads_in_russian(planted, capsys, monkeypatch):
    monkeypatch.setenv("GPAST_LANG", "ru")
    code, text = gpast(capsys, "--db", str(planted), "check")
    assert code == 1
    assert "лишний триггер wipe" in text
