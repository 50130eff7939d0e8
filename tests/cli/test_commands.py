"""`gpast` indicators, demo, check, the database option and the PDF file names, called in-process
(tests/cli/conftest.py); test_smoke.py runs a real process."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.models.vocabulary import INDICATORS
from tests.helpers import scalar


def test_demo_then_indicators_json_has_the_product_md_shape(gpast, tmp_path):
    db = str(tmp_path / "x.sqlite")
    assert gpast("--db", db, "demo").returncode == 0
    done = gpast("--db", db, "indicators", "--from", "2025-01-01", "--to", "2025-12-31", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"from", "to", "areas", "total"}
    assert result["from"] == "2025-01-01" and result["to"] == "2025-12-31"
    assert set(result["areas"]) == {
        "criminalisation",
        "demand",
        "protection",
        "root-causes",
        "capacity",
    }
    for values in [*result["areas"].values(), result["total"]]:
        assert set(values) == set(INDICATORS)
    assert result["total"]["trainings_held"] > 0
    assert result["total"]["participations"] >= result["total"]["people_trained"] > 0


def test_indicators_json_figures_follow_the_counting_rules(gpast, demo_file):
    """Recount the demo database's total with plain SQL written from product.md."""
    path = demo_file
    done = gpast(
        "--db", str(path), "indicators", "--from", "01.01.2025", "--to", "31.12.2025", "--json"
    )
    total = json.loads(done.stdout)["total"]
    period = {"a": date(2025, 1, 1), "b": date(2025, 12, 31)}
    q = lambda sql: scalar(path, sql, **period)  # noqa: E731
    assert total["laws_adopted"] == q(
        "SELECT count(*) FROM legislation WHERE adopted_on BETWEEN :a AND :b"
    )
    assert total["trainings_held"] == q(
        "SELECT count(*) FROM training_session WHERE start_date BETWEEN :a AND :b"
    )
    pairs = (
        "SELECT DISTINCT a.training_id, a.participant_id FROM attendance a JOIN "
        "training_session t ON t.id = a.training_id WHERE t.start_date BETWEEN :a AND :b "
        "AND a.status IN ('present', 'late')"
    )
    assert total["participations"] == q(f"SELECT count(*) FROM ({pairs}) AS p")
    assert total["people_trained"] == q(
        f"SELECT count(DISTINCT participant_id) FROM ({pairs}) AS p"
    )
    assert total["campaign_reach"] == q(
        "SELECT coalesce(sum(reach), 0) FROM campaign WHERE start_date BETWEEN :a AND :b"
    )


def test_indicators_readable_table(gpast, tmp_path):
    done = gpast(
        "--db",
        str(tmp_path / "x.sqlite"),
        "indicators",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
    )
    assert done.returncode == 0
    assert "Legislative acts adopted" in done.stdout
    assert "total" in done.stdout


def test_bad_date_exits_1_with_a_message_naming_the_option(gpast, tmp_path):
    done = gpast(
        "--db",
        str(tmp_path / "x.sqlite"),
        "indicators",
        "--from",
        "2025-13-01",
        "--to",
        "2025-12-31",
    )
    assert done.returncode == 1
    assert done.stderr.startswith("gpast: --from:")
    assert "Traceback" not in done.stderr


def test_wrong_usage_exits_2(gpast, tmp_path):
    assert gpast("indicators", "--from", "2025-01-01").returncode == 2
    assert gpast("no-such-command").returncode == 2


def test_demo_refuses_a_database_with_records(gpast, demo_file):
    again = gpast("--db", demo_file, "demo")
    assert again.returncode == 1
    assert "already has records" in again.stderr


def test_gpast_db_environment_variable_chooses_the_file(gpast, tmp_path):
    path = tmp_path / "env.sqlite"
    assert gpast("demo", env={"GPAST_DB": str(path)}).returncode == 0
    assert path.exists()


@pytest.mark.sqlite_only("damages the file's bytes; server: test_server_check.py")
def test_check_ok_then_damaged_copy_exits_1_and_is_left_byte_identical(gpast, tmp_path, demo_file):
    path = Path(demo_file)
    ok = gpast("--db", str(path), "check")
    assert ok.returncode == 0, ok.stderr
    assert "ok" in ok.stdout
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(path.read_bytes())
    for offset in range(8192, min(len(data), 60000), 101):
        data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = damaged.read_bytes()
    done = gpast("--db", str(damaged), "check")
    assert done.returncode == 1
    assert "damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert damaged.read_bytes() == before


def test_unopenable_database_is_a_message_not_a_traceback(gpast, tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("this is not a database", encoding="utf-8")
    done = gpast("--db", str(bogus), "indicators", "--from", "2025-01-01", "--to", "2025-12-31")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("gpast:")


def test_check_of_a_missing_file_and_a_bundle_to_a_missing_folder_say_so(
    gpast, tmp_path, demo_file
):
    missing = tmp_path / "none" / "x.sqlite"
    done = gpast("--db", str(missing), "check")
    assert done.returncode == 1 and done.stderr.strip() == f"gpast: {missing}: no such file"
    db = demo_file
    target = tmp_path / "no-folder" / "out.gpast"
    done = gpast("--db", str(db), "bundle", "export", str(target))
    assert done.returncode == 1 and "out.gpast: cannot be written" in done.stderr
    assert "unexpected" not in done.stderr and not target.parent.exists()


def test_pdf_documents_get_a_pdf_name(gpast, tmp_path, demo_file):
    db = demo_file
    period = ("--from", "2025-01-01", "--to", "2025-12-31")
    done = gpast("--db", str(db), "report", *period, "--out", str(tmp_path / "r.txt"))
    assert done.returncode == 1 and "r.txt: choose a file name ending in .pdf" in done.stderr
    assert not (tmp_path / "r.txt").exists()
    done = gpast("--db", str(db), "report", *period, "--out", str(tmp_path / "report"))
    assert done.returncode == 0 and (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    done = gpast("--db", str(db), "signin-sheet", "X", "--out", str(tmp_path / "s.docx"))
    assert done.returncode == 1 and "choose a file name ending in .pdf" in done.stderr
