"""File > Deleted records…: the recycle bin in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.ui.transfer.deleted_dialog import DeletedRecordsDialog
from tests.factories import add_participant, add_training
from tests.helpers import answering


def test_a_deleted_training_is_listed_and_restored_with_its_attendance(qtbot, db, monkeypatch):
    t = add_training(
        db, code="SEM-1", title="Семинар", start_date="2025-03-03", end_date="2025-03-04"
    )
    p = add_participant(db, full_name="Анна")
    set_attendance(db, t["id"], p["id"], "present")
    records.delete(db, "trainings", t["id"])
    refreshed: list[bool] = []
    dialog = DeletedRecordsDialog(None, db, lambda: refreshed.append(True))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c) for c in (1, 2, 3)]
    assert [c.text() if c else None for c in cells] == ["Trainings", "Семинар", "2"]
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", answering(QMessageBox.StandardButton.Ok, told, 2)
    )
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert told == ["Семинар is back, with 2 attendance rows."] and refreshed
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert records.list_records(db, "trainings")[0]["uuid"] == t["uuid"]


def test_the_file_menu_opens_it(qtbot, db, monkeypatch):
    from app.ui.shell.main_window import MainWindow

    opened: list[object] = []

    def exec_(dialog: DeletedRecordsDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(DeletedRecordsDialog, "exec", exec_)
    window = MainWindow(db)
    qtbot.addWidget(window)
    action = next(a for a in window.file_menu.actions() if a.text() == "&Deleted records…")
    action.trigger()
    assert len(opened) == 1


def test_the_file_menu_opens_the_accepted_workstations(qtbot, db, monkeypatch):
    from app.ui.shell.main_window import MainWindow
    from app.ui.transfer.workstations_dialog import WorkstationsDialog

    opened: list[object] = []

    def exec_(dialog: WorkstationsDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(WorkstationsDialog, "exec", exec_)
    window = MainWindow(db)
    qtbot.addWidget(window)
    action = next(a for a in window.file_menu.actions() if a.text() == "Accepted &workstations…")
    action.trigger()
    assert len(opened) == 1
