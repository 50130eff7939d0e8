"""A backup onto a full disk says so, names the backup (not the database) and leaves nothing
half-written. The small disk is a tmpfs mount, so this runs where the tests may mount (as root
on Linux) and is skipped elsewhere."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from app.errors import GpastError
from app.storage.backups import backup_now

pytestmark = pytest.mark.sqlite_only("a SQLite file's backup onto a full disk")


@pytest.fixture
def small_disk(tmp_path):
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount")
    folder = tmp_path / "small"
    folder.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small disk here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_a_backup_onto_a_full_disk_says_so(demo_db, db_path, small_disk):
    demo_db.close()
    with pytest.raises(GpastError) as exc:
        backup_now(db_path, out=small_disk / "copy.sqlite")
    assert exc.value.message_id == "{file}: not enough space on the disk; nothing was written"
    assert exc.value.values["file"] == small_disk / "copy.sqlite"
    assert list(small_disk.iterdir()) == []
