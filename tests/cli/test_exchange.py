"""`gpast import`, `export`, `bundle`, `backup` and `restore`: what they print and their exit
statuses; the services' own tests check the data."""

from __future__ import annotations

import pytest

from tests.helpers import write

TRAININGS_HEADER = "code;title;start_date;end_date;hours;focus_areas;audience\n"


def test_cli_import_errors_exit_1_with_file_row_column(gpast, tmp_path):
    db = str(tmp_path / "x.sqlite")
    path = write(tmp_path / "t.csv", TRAININGS_HEADER + "T1;x;2025-03-05;2025-03-01;;capacity;\n")
    done = gpast("--db", db, "import", "trainings", str(path))
    assert done.returncode == 1
    assert f"{path}: row 2, column end_date:" in done.stderr
    assert "Traceback" not in done.stderr
    ok = write(tmp_path / "ok.csv", TRAININGS_HEADER + "T1;x;2025-03-05;;;capacity;\n")
    done = gpast("--db", db, "import", "trainings", str(ok), "--dry-run")
    assert done.returncode == 0 and "would be added" in done.stdout
    done = gpast("--db", db, "import", "trainings", str(ok))
    assert "1 rows read; 1 added" in done.stdout
    out = tmp_path / "out.xlsx"
    assert gpast("--db", db, "export", "participants", str(out)).returncode == 0
    assert gpast("--db", db, "import", "people", str(ok)).returncode == 2


def test_cli_bundle(gpast, tmp_path, demo_file):
    a, b = demo_file, str(tmp_path / "b.sqlite")
    out = tmp_path / "x.gpast"
    assert gpast("--db", a, "bundle", "export", str(out)).returncode == 0
    done = gpast("--db", b, "bundle", "import", str(out))
    assert done.returncode == 0 and "added" in done.stdout
    (tmp_path / "bad.gpast").write_bytes(b"nope")
    bad = gpast("--db", b, "bundle", "import", str(tmp_path / "bad.gpast"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr


@pytest.mark.sqlite_only("copies of SQLite files; server: test_server_backups.py")
def test_cli_backup_and_restore(gpast, tmp_path, demo_file):
    db = demo_file
    out = tmp_path / "copy.sqlite"
    done = gpast("--db", db, "backup", "--out", str(out))
    assert done.returncode == 0 and out.exists()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage")
    refused = gpast("--db", db, "restore", str(bad))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert gpast("--db", db, "restore", str(out)).returncode == 0
    assert gpast("--db", db, "check").returncode == 0


def test_cli_bundle_dry_run_previews_per_kind_and_changes_nothing(gpast, tmp_path, demo_file):
    from tests.helpers import snapshot

    a, b = demo_file, tmp_path / "b.sqlite"
    out = tmp_path / "x.gpast"
    assert gpast("--db", a, "bundle", "export", str(out)).returncode == 0
    assert gpast("--db", str(b), "bundle", "import", str(out), "--dry-run").returncode == 0
    before = snapshot(b)  # the first dry run made the (empty) database file
    done = gpast("--db", str(b), "bundle", "import", str(out), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "would add" in done.stdout and "nothing was changed" in done.stdout
    assert "  trainings: " in done.stdout and "  attendance: " in done.stdout
    assert snapshot(b) == before
    real = gpast("--db", str(b), "bundle", "import", str(out))
    added = int(done.stdout.split("would add ")[1].split(",")[0])
    assert f": {added} added" in real.stdout
