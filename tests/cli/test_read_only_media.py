"""A database on read-only media (a CD, a write-protected stick, a folder without write
permission) is read, printed, exported and backed up elsewhere; a change is refused saying it
is read-only; nothing is written there. The media is a read-only bind mount (tests/conftest.py), so
this runs where the tests may mount (as root on Linux) and is skipped elsewhere."""

from __future__ import annotations

import hashlib
import zipfile


def run(gpast, *args: str, **env: str) -> tuple[int, str]:
    """Exit status and everything the command printed."""
    done = gpast(*args, env=env)
    return done.returncode, done.stdout + done.stderr


def digest(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_reading_printing_exporting_and_backing_up_work(on_read_only_media, tmp_path, gpast):
    db = ("--db", str(on_read_only_media))
    before = digest(on_read_only_media.parent)
    code, text = run(gpast, *db, "indicators", "--from", "2020-01-01", "--to", "2030-12-31")
    assert code == 0, text
    assert "GPAST indicators" in text
    pdf = tmp_path / "report.pdf"
    code, text = run(
        gpast, *db, "report", "--from", "2020-01-01", "--to", "2030-12-31", "--out", str(pdf)
    )
    assert code == 0, text
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "trainings.xlsx"
    assert gpast(*db, "export", "trainings", str(xlsx))[0] == 0
    assert zipfile.is_zipfile(xlsx)
    copy = tmp_path / "copy.sqlite"
    code, text = run(gpast, *db, "backup", "--out", str(copy))
    assert code == 0, text
    assert gpast("--db", str(copy), "check")[0] == 0
    assert gpast(*db, "check")[0] == 0
    assert digest(on_read_only_media.parent) == before


def test_a_change_is_refused_saying_it_is_read_only(on_read_only_media, tmp_path, gpast):
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("code,title,start_date,focus_areas\nZZ-1,x,2025-01-01,capacity\n")
    code, text = run(gpast, "--db", str(on_read_only_media), "import", "trainings", str(csv_file))
    assert code == 1
    assert "read-only" in text and "damaged" not in text


def test_the_refusal_reads_in_russian(on_read_only_media, tmp_path, gpast):
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("code,title,start_date,focus_areas\nZZ-1,x,2025-01-01,capacity\n")
    code, text = run(
        gpast,
        "--db",
        str(on_read_only_media),
        "import",
        "trainings",
        str(csv_file),
        GPAST_LANG="ru",
    )
    assert code == 1
    assert "только для чтения" in text
