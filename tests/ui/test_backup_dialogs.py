"""Opening a damaged database in the window: refused, and the latest backup offered."""

from __future__ import annotations

import pytest

from app.services import open_database
from app.services.records import editing as records
from app.storage.backups import backup_now
from tests.factories import add_training


@pytest.mark.sqlite_only("damages the file's bytes")
def test_window_check_refuses_a_damaged_file_and_offers_the_backup(qtbot, db, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.transfer.backup_dialogs import check_before_open

    add_training(db)
    backup_now(db_path)
    db.close()
    data = bytearray(db_path.read_bytes())
    data[:16] = b"garbage garbage!"
    db_path.write_bytes(bytes(data))
    damaged = db_path.read_bytes()
    offered = []

    def refuse(box):
        offered.append([b.text() for b in box.buttons()])
        box.clickedButton = lambda: None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    assert not check_before_open(None, str(db_path))
    assert db_path.read_bytes() == damaged
    assert any("Restore the backup" in t for t in offered[0])

    def accept(box):
        box.clickedButton = lambda: (
            box.buttons()[-1] if "Restore" in box.buttons()[-1].text() else box.buttons()[0]
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    assert check_before_open(None, str(db_path))
    with open_database(str(db_path)) as again:
        assert records.count_records(again, "trainings") == 1


@pytest.mark.sqlite_only("a SQLite file from a newer version and its file backup")
def test_a_file_from_a_newer_version_is_not_called_damaged_and_no_backup_is_offered(
    qtbot, db, db_path, monkeypatch
):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from app.ui.transfer.backup_dialogs import check_before_open
    from tests.helpers import answering

    add_training(db)
    backup_now(db_path)
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    newer = db_path.read_bytes()
    shown: list = []
    monkeypatch.setattr(QMessageBox, "warning", answering(QMessageBox.StandardButton.Ok, shown, 2))

    def show(box):
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    assert not check_before_open(None, str(db_path))
    assert len(shown) == 1
    assert "newer version" in shown[0] and "damaged" not in shown[0]
    assert db_path.read_bytes() == newer
