"""A database on read-only media (a CD, a write-protected stick, a folder without write
permission) is read, printed, exported and backed up elsewhere; a change is refused saying it
is read-only; nothing is written there. The media is a read-only bind mount, so this runs where
the tests may mount (as root on Linux) and is skipped elsewhere."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import zipfile

import pytest

from app.cli import main


def gpast(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def on_read_only_media(tmp_path, capsys):
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount")
    source, media = tmp_path / "source", tmp_path / "media"
    source.mkdir()
    media.mkdir()
    assert gpast(capsys, "--db", str(source / "gpast.sqlite"), "demo")[0] == 0
    for leftover in source.glob("gpast.sqlite-*"):
        leftover.unlink()
    for command in (
        ["mount", "--bind", str(source), str(media)],
        ["mount", "-o", "remount,bind,ro", str(media)],
    ):
        if subprocess.run(command, capture_output=True).returncode != 0:
            subprocess.run(["umount", str(media)], capture_output=True)
            pytest.skip("cannot make a read-only mount here")
    yield media / "gpast.sqlite"
    subprocess.run(["umount", str(media)], check=True)


def digest(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_reading_printing_exporting_and_backing_up_work(on_read_only_media, tmp_path, capsys):
    db = ("--db", str(on_read_only_media))
    before = digest(on_read_only_media.parent)
    code, text = gpast(capsys, *db, "indicators", "--from", "2020-01-01", "--to", "2030-12-31")
    assert code == 0, text
    assert "GPAST indicators" in text
    pdf = tmp_path / "report.pdf"
    code, text = gpast(
        capsys, *db, "report", "--from", "2020-01-01", "--to", "2030-12-31", "--out", str(pdf)
    )
    assert code == 0, text
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "trainings.xlsx"
    assert gpast(capsys, *db, "export", "trainings", str(xlsx))[0] == 0
    assert zipfile.is_zipfile(xlsx)
    copy = tmp_path / "copy.sqlite"
    code, text = gpast(capsys, *db, "backup", "--out", str(copy))
    assert code == 0, text
    assert gpast(capsys, "--db", str(copy), "check")[0] == 0
    assert gpast(capsys, *db, "check")[0] == 0
    assert digest(on_read_only_media.parent) == before


def test_a_change_is_refused_saying_it_is_read_only(on_read_only_media, tmp_path, capsys):
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("code,title,start_date,focus_areas\nZZ-1,x,2025-01-01,capacity\n")
    code, text = gpast(
        capsys, "--db", str(on_read_only_media), "import", "trainings", str(csv_file)
    )
    assert code == 1
    assert "read-only" in text and "damaged" not in text


def test_the_refusal_reads_in_russian(on_read_only_media, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GPAST_LANG", "ru")
    csv_file = tmp_path / "t.csv"
    csv_file.write_text("code,title,start_date,focus_areas\nZZ-1,x,2025-01-01,capacity\n")
    code, text = gpast(
        capsys, "--db", str(on_read_only_media), "import", "trainings", str(csv_file)
    )
    assert code == 1
    assert "только для чтения" in text


def test_the_window_shows_a_read_only_banner(on_read_only_media, qtbot):
    from app.services import open_database
    from app.ui.shell.main_window import MainWindow

    db = open_database(str(on_read_only_media))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text()
    window.close()
    db.close()
