"""The window asks before accepting an unknown workstation, showing its key's fingerprint;
File > Accepted workstations… lists them and revokes one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import open_database
from app.services.exchange.bundles import export_bundle
from app.services.exchange.identity import own_identity
from app.services.exchange.trust import accepted_workstations
from app.services.records import editing as records
from app.ui.transfer.bundle_dialogs import receive_bundle
from app.ui.transfer.workstations_dialog import WorkstationsDialog
from tests.factories import add_training
from tests.helpers import answering


def test_an_unknown_workstation_is_asked_about_with_its_fingerprint(
    qtbot, db, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QWidget

    laptop = open_database(str(tmp_path / "laptop.sqlite"))
    add_training(laptop, code="LT-1")
    key = own_identity(tmp_path / "laptop-data")
    export_bundle(laptop, tmp_path / "b.gpast", identity=key)
    laptop.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "b.gpast"), "")
    )
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", answering(QMessageBox.StandardButton.Ok, told, 2)
    )
    asked: list[str] = []
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answering(no, asked, 2))
    receive_bundle(parent, db, lambda: None)
    qtbot.waitUntil(lambda: bool(asked))
    assert key.fingerprint in asked[0] and key.name in asked[0]
    assert records.count_records(db, "trainings") == 0 and accepted_workstations(db) == []
    received: list[bool] = []
    monkeypatch.setattr(QMessageBox, "question", answering(yes, asked, 2))
    receive_bundle(parent, db, lambda: received.append(True))
    qtbot.waitUntil(lambda: bool(received))
    assert "It would add 1" in asked[-1]  # the preview, after the fingerprint question
    assert records.count_records(db, "trainings") == 1
    assert [w["fingerprint"] for w in accepted_workstations(db)] == [key.fingerprint]

    dialog = WorkstationsDialog(None, db)
    qtbot.addWidget(dialog)
    assert own_identity().fingerprint in dialog.own_label.text()
    item = dialog.table.item(0, 1)
    assert item is not None and item.text() == key.fingerprint
    when = dialog.table.item(0, 2)  # in the window's one date style (was 2026-11-24 06:20:00)
    assert when is not None and re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when.text())
    QTest.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert accepted_workstations(db) == [] and dialog.table.rowCount() == 0
