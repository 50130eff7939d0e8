"""A few real `python -m app` processes, as users and scripts start `gpast`: what the in-process
tests cannot see (the entry point, exit statuses as the shell gets them, a traceback reaching
stderr, the Russian messages of a process that has no Qt application yet)."""

from __future__ import annotations

import csv

from tests.helpers import run_gpast, write


def test_help_exits_0():
    done = run_gpast("--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: gpast") and "indicators" in done.stdout


def test_wrong_usage_exits_2_with_the_usage():
    done = run_gpast("no-such-command")
    assert done.returncode == 2
    assert "usage: gpast" in done.stderr and "Traceback" not in done.stderr


def test_import_then_export_round_trip(tmp_path):
    db = str(tmp_path / "x.sqlite")
    source = write(
        tmp_path / "t.csv",
        "code;title;start_date;focus_areas\nTR-1;Семинар для судей;03.03.2025;capacity\n",
        "cp1251",
    )
    done = run_gpast("--db", db, "import", "trainings", str(source))
    assert done.returncode == 0, done.stderr
    assert "1 rows read; 1 added" in done.stdout
    out = tmp_path / "out.csv"
    done = run_gpast("--db", db, "export", "trainings", str(out))
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["code"], r["title"], r["start_date"]) for r in rows] == [
        ("TR-1", "Семинар для судей", "2025-03-03")
    ]


def test_a_bad_file_is_a_message_not_a_traceback(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("this is not a database", encoding="utf-8")
    done = run_gpast("--db", str(bogus), "indicators", "--from", "2025-01-01", "--to", "2025-12-31")
    assert done.returncode == 1
    assert done.stderr.startswith("gpast:") and "Traceback" not in done.stderr
    assert bogus.read_text(encoding="utf-8") == "this is not a database"


def test_russian_message_from_a_new_process(tmp_path):
    bad = write(
        tmp_path / "bad.csv", "code;title;start_date;focus_areas\nT1;x;31.02.2025;capacity\n"
    )
    done = run_gpast(
        "--db",
        str(tmp_path / "x.sqlite"),
        "import",
        "trainings",
        str(bad),
        env={"GPAST_LANG": "ru"},
    )
    assert done.returncode == 1
    assert f"{bad}: строка 2, столбец start_date: «31.02.2025» — не дата" in done.stderr
