"""Files holding personal data are owner-only; folders that are not ours are left alone; the
crash log names places, never people."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic import command

from app.crash_log import describe, log_exception
from app.services import open_database
from app.storage import make_engine, to_url
from app.storage.backups import backup_now
from app.storage.engine import data_dir
from app.storage.migrate import alembic_config

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_and_new_database_folders_are_owner_only(tmp_path):
    assert mode(data_dir()) == 0o700
    db = tmp_path / "new" / "deeper" / "gpast.sqlite"
    open_database(str(db)).close()
    assert mode(db.parent) == 0o700
    assert mode(db.parent.parent) == 0o700
    assert mode(db) == 0o600


def test_a_backup_into_a_shared_folder_leaves_the_folder_as_it_was(tmp_path):
    db = tmp_path / "gpast.sqlite"
    open_database(str(db)).close()
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    made = backup_now(db, out=shared / "copy.sqlite")
    assert mode(shared) == 0o755
    assert mode(made) == 0o600
    assert [p.name for p in shared.iterdir()] == ["copy.sqlite"]  # no .partial left


def test_the_copy_kept_before_an_upgrade_is_owner_only_and_whole(tmp_path):
    db = tmp_path / "old.sqlite"
    engine = make_engine(to_url(db), foreign_keys=False)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    handle = open_database(str(db))
    handle.close()
    assert handle.upgrade_copy is not None
    copy = Path(handle.upgrade_copy)
    assert mode(copy) == 0o600
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]


def _raise_with_personal_data():
    try:
        dict[str, int]()["Иван Петров|1980|МВД"]
    except KeyError as exc:
        raise RuntimeError("INSERT INTO participant VALUES ('Иван Петров', 1980)") from exc


def test_the_crash_log_holds_types_and_places_but_no_personal_data():
    try:
        _raise_with_personal_data()
    except RuntimeError as exc:
        path = log_exception(exc)
        text = path.read_text(encoding="utf-8")
        assert describe(exc) in text
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "_raise_with_personal_data" in text
    for secret in ("Иван", "1980", "МВД", "INSERT"):
        assert secret not in text
    assert mode(path) == 0o600
