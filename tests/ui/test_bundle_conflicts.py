"""Receiving a bundle whose records were also changed here: the window lists each conflict with
both versions side by side, keeps ours unless the coordinator ticks "Take theirs" for it, and
changes nothing before Receive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import open_database
from app.services.exchange.bundles import export_bundle, import_bundle
from app.services.records import editing as records
from app.ui.transfer.bundle_dialogs import receive_bundle
from app.ui.transfer.bundle_preview import BundlePreviewDialog
from tests.factories import add_training
from tests.helpers import answering


@pytest.fixture
def two_conflicts(db, tmp_path):
    """A bundle from a laptop that changed two trainings this database changed too."""
    laptop = open_database(str(tmp_path / "laptop.sqlite"))
    first = add_training(laptop, code="A-1", title="Alpha")
    second = add_training(laptop, code="B-2", title="Beta")
    export_bundle(laptop, tmp_path / "first.gpast")
    import_bundle(db, tmp_path / "first.gpast")
    for t in (first, second):
        records.update(laptop, "trainings", t["id"], {"location": "Laptop town"})
    for here in records.list_records(db, "trainings"):
        records.update(db, "trainings", here["id"], {"location": "Our town"})
    export_bundle(laptop, tmp_path / "second.gpast")
    laptop.close()
    return tmp_path / "second.gpast", first, second


def locations(db) -> dict[str, str]:
    return {r["code"]: r["location"] for r in records.list_records(db, "trainings")}


def test_each_conflict_shows_both_versions_and_takes_theirs_only_when_ticked(
    qtbot, db, two_conflicts, monkeypatch
):
    path, first, _second = two_conflicts
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown: list[BundlePreviewDialog] = []

    def choose(dialog: BundlePreviewDialog) -> int:
        shown.append(dialog)
        tree = dialog.tree
        conflict = tree.topLevelItem(0)
        assert conflict is not None and "Alpha" in conflict.text(0)
        side_by_side = conflict.child(0)
        assert side_by_side is not None
        assert [side_by_side.text(c) for c in range(3)][1:] == ["Our town", "Laptop town"]
        assert locations(db) == {"A-1": "Our town", "B-2": "Our town"}  # nothing yet
        tree.setFocus()
        QTest.keyClick(tree, Qt.Key.Key_Space)  # the first conflict (Alpha): take theirs
        QTest.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(BundlePreviewDialog, "exec", choose)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", answering(QMessageBox.StandardButton.Ok, told, 2)
    )
    received: list[bool] = []
    receive_bundle(parent, db, lambda: received.append(True))
    qtbot.waitUntil(lambda: bool(received))
    assert shown and shown[0].chosen() == {first["uuid"]}
    assert locations(db) == {"A-1": "Laptop town", "B-2": "Our town"}
    assert "took theirs" in told[-1] and "kept ours" in told[-1]


def test_cancelling_the_preview_changes_nothing(qtbot, db, two_conflicts, monkeypatch):
    path, _first, _second = two_conflicts
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked: list[BundlePreviewDialog] = []

    def cancel(dialog: BundlePreviewDialog) -> int:
        asked.append(dialog)
        dialog.tree.setFocus()
        QTest.keyClick(dialog.tree, Qt.Key.Key_Space)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(BundlePreviewDialog, "exec", cancel)
    receive_bundle(parent, db, lambda: None)
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.wait(200)
    assert locations(db) == {"A-1": "Our town", "B-2": "Our town"}
