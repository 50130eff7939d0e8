"""A killed import leaves an intact file with all or nothing; a busy database says so."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from app.services import open_database
from app.services.maintenance.demo import DemoSize, fill_demo
from app.services.spreadsheets.exporting import export_file
from app.storage import check_database
from tests.helpers import ROOT, run_gpast


@pytest.fixture
def prepared(tmp_path):
    """A source database with ~8,000 attendance rows, its CSV, and a target with the sessions."""
    source = open_database(str(tmp_path / "source.sqlite"))
    fill_demo(
        source,
        size=DemoSize(years=2, people=2000, trainings_per_year=100, attendees=(40, 40), days=(1,)),
    )
    export_file(source, "attendance", tmp_path / "attendance.csv")
    export_file(source, "trainings", tmp_path / "trainings.csv")
    source.close()
    return tmp_path


def attendance_rows(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM attendance").fetchone()[0]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("delay", [0.2, 0.5, 0.9, 1.4])
def test_killed_import_leaves_all_or_nothing(prepared, delay):
    db = prepared / f"target-{delay}.sqlite"
    assert (
        run_gpast(
            "--db", str(db), "import", "trainings", str(prepared / "trainings.csv")
        ).returncode
        == 0
    )
    expected = sum(1 for _ in (prepared / "attendance.csv").open(encoding="utf-8-sig")) - 1
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(db),
            "import",
            "attendance",
            str(prepared / "attendance.csv"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = check_database(str(db))
    assert result.ok, result.problems
    assert attendance_rows(db) in (0, expected)


def test_a_second_program_is_told_the_database_is_busy(tmp_path):
    db = tmp_path / "x.sqlite"
    open_database(str(db)).close()
    csv = tmp_path / "t.csv"
    csv.write_text("code,title,start_date,focus_areas\nT1,x,2025-01-01,demand\n", encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        done = run_gpast(
            "--db", str(db), "import", "trainings", str(csv), env={"GPAST_BUSY_TIMEOUT_MS": "300"}
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    assert "busy" in done.stderr and "Traceback" not in done.stderr
    assert run_gpast("--db", str(db), "import", "trainings", str(csv)).returncode == 0
