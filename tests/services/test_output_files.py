"""Documents, exports and templates are owner-only, whole or not at all: a full disk leaves the
older file as it was and says so; a symbolic link at the target is replaced, never followed."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date

import pytest

from app.errors import GpastError
from app.reports.progress_report import build_report
from app.services.reporting.report_data import report_data
from app.services.spreadsheets.exporting import export_file
from app.services.spreadsheets.templates import write_template

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


def writers(db, tmp_path):
    data = report_data(db, date(2025, 1, 1), date(2025, 12, 31))
    return {
        "report.pdf": lambda path: build_report(data, path),
        "trainings.xlsx": lambda path: export_file(db, "trainings", path),
        "people.csv": lambda path: export_file(db, "participants", path),
        "template.xlsx": lambda path: write_template("campaigns", path),
        "template.csv": lambda path: write_template("campaigns", path, "ru"),
    }


def test_every_output_is_owner_only(demo_db, tmp_path):
    for name, write in writers(demo_db, tmp_path).items():
        path = tmp_path / name
        write(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
        assert path.stat().st_size > 0


def test_a_link_at_the_target_is_replaced_not_followed(demo_db, tmp_path):
    for name, write in writers(demo_db, tmp_path).items():
        elsewhere = tmp_path / f"someone else's {name}"
        elsewhere.write_text("keep me")
        link = tmp_path / name
        link.symlink_to(elsewhere)
        write(link)
        assert elsewhere.read_text() == "keep me", name
        assert not link.is_symlink(), name


def test_a_full_disk_keeps_the_older_file_and_says_so(demo_db, tmp_path, monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    for name, write in writers(demo_db, tmp_path).items():
        path = tmp_path / name
        path.write_bytes(b"the older file")
        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(GpastError) as exc:
            write(path)
        monkeypatch.undo()
        assert exc.value.message_id == "{file}: not enough space on the disk; nothing was written"
        assert path.read_bytes() == b"the older file", name
        assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
