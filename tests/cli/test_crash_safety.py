"""A killed import leaves an intact file with all or nothing; a busy database says so: real
processes, killed or kept waiting by another program."""

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
from app.services.spreadsheets.importing import import_file
from app.storage import check_database
from tests.helpers import ROOT, copy_database, run_gpast, settled


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """Made once: a source database with ~8,000 attendance rows, its attendance CSV, and a
    target holding the same training sessions (imported), ready to copy per test."""
    folder = tmp_path_factory.mktemp("crash")
    source = open_database(str(folder / "source.sqlite"))
    fill_demo(
        source,
        size=DemoSize(years=2, people=2000, trainings_per_year=100, attendees=(40, 40), days=(1,)),
    )
    export_file(source, "attendance", folder / "attendance.csv")
    export_file(source, "trainings", folder / "trainings.csv")
    source.close()
    with open_database(str(folder / "target.sqlite")) as target:
        import_file(target, "trainings", folder / "trainings.csv")
    settled(folder / "target.sqlite")
    return folder


def attendance_rows(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM attendance").fetchone()[0]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("delay", [0.2, 0.5, 0.9, 1.4])
def test_killed_import_leaves_all_or_nothing(prepared, tmp_path, delay):
    db = copy_database(prepared / "target.sqlite", tmp_path / "target.sqlite")
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


def test_a_second_program_is_told_the_database_is_busy(tmp_path, gpast):
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
    assert gpast("--db", str(db), "import", "trainings", str(csv)).returncode == 0  # released
