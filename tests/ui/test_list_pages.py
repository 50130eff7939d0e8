"""The desktop window's list pages and editor dialogs, through real widgets (the table model
alone: test_record_table_model.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.ui.records.list_page import RecordListPage
from app.ui.records.record_editor import RecordEditor
from app.ui.shell import unsaved
from tests.factories import add_campaign, add_participant, add_training
from tests.helpers import answering, first_sheet
from tests.ui.modal import on_modal

NEW = {
    "legislation": {
        "title": "Закон о противодействии торговле людьми",
        "kind": "law",
        "status": "adopted",
        "adopted_on": date(2025, 4, 1),
        "focus_areas": ["criminalisation"],
    },
    "trainings": {
        "code": "TR-2025-900",
        "title": "Семинар для пограничников",
        "start_date": date(2025, 5, 5),
        "end_date": date(2025, 5, 7),
        "hours": "6,5",
        "audience": ["border guards"],
        "focus_areas": ["capacity"],
    },
    "campaigns": {
        "code": "CA-2025-900",
        "title": "Работа за границей",
        "start_date": date(2025, 6, 1),
        "reach": "1 250 000",
        "channels": ["TV", "online"],
        "focus_areas": ["root-causes"],
    },
}


def fill(editor: RecordEditor, values: dict) -> None:
    for name, value in values.items():
        editor.editors[name].set_value(value)


def when_dialog_opens(qtbot, action):
    """Run `action(dialog)` on the modal dialog that the next call opens."""
    seen = []

    def act(dialog):
        seen.append(dialog)
        action(dialog)

    on_modal(QWidget, act, every_ms=20)
    return seen


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch):
    """A modal question left open would hang an offscreen test: answer Discard unless a test
    sets its own answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(unsaved, "ask_to_save", lambda *a, **k: unsaved.Answer.DISCARD)


@pytest.mark.parametrize("kind", ["legislation", "trainings", "campaigns"])
def test_create_edit_duplicate_delete_through_the_dialogs(qtbot, db, kind, monkeypatch):
    page = RecordListPage(db, kind)
    qtbot.addWidget(page)

    def create(dialog):
        fill(dialog, NEW[kind])
        assert dialog.save_button.isEnabled(), dialog.why.text()
        dialog.save_button.click()

    when_dialog_opens(qtbot, create)
    page.new_record()
    assert page.model.total() == 1
    record_id = page.selected_id()
    assert record_id is not None
    saved = records.get(db, kind, record_id)
    assert saved["title"] == NEW[kind]["title"]
    if kind == "trainings":
        assert saved["hours"] == 6.5
    if kind == "campaigns":
        assert saved["reach"] == 1_250_000

    def rename(dialog):
        dialog.editors["title"].set_value("Renamed — переименовано")
        dialog.save_button.click()

    when_dialog_opens(qtbot, rename)
    page.edit_selected()
    assert records.get(db, kind, record_id)["title"] == "Renamed — переименовано"

    when_dialog_opens(qtbot, lambda dialog: dialog.save_button.click())
    page.duplicate_selected()
    assert page.model.total() == 2
    assert records.count_records(db, kind) == 2

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        answering(QMessageBox.StandardButton.Yes, asked, 2),
    )
    page.table.selectRow(0)
    page.delete_selected()
    assert records.count_records(db, kind) == 1
    assert page.model.total() == 1
    assert "cannot be undone" in asked[0]


def test_deleting_a_training_says_its_attendance_goes_too(qtbot, db, monkeypatch):
    t = records.create(db, "trainings", {**NEW["trainings"]})
    p = add_participant(db, full_name="Анна")
    set_attendance(db, t["id"], p["id"], "present")
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    page.table.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        answering(QMessageBox.StandardButton.Cancel, asked, 2),
    )
    page.delete_selected()
    assert "3 attendance records" in asked[0]
    assert records.count_records(db, "trainings") == 1  # cancelled: nothing deleted


def test_validation_blocks_save_and_says_why(qtbot, db):
    dialog = RecordEditor(db, "trainings")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "Code" in dialog.why.text()
    fill(dialog, NEW["trainings"])
    assert dialog.save_button.isEnabled()
    dialog.editors["end_date"].set_value(date(2025, 5, 1))
    assert not dialog.save_button.isEnabled()
    assert "before the start date" in dialog.errors["end_date"].text()
    dialog.editors["end_date"].set_value(date(2025, 5, 7))
    dialog.editors["hours"].set_value("-3")
    assert not dialog.save_button.isEnabled()
    assert "negative" in dialog.why.text()


def test_service_error_is_shown_at_the_field(qtbot, db):
    records.create(db, "trainings", NEW["trainings"])
    dialog = RecordEditor(db, "trainings")
    qtbot.addWidget(dialog)
    fill(dialog, NEW["trainings"])
    dialog.save()
    assert "already used" in dialog.errors["code"].text()
    assert not dialog.save_button.isEnabled()
    dialog.editors["code"].set_value("TR-2025-901")
    assert dialog.save_button.isEnabled()


def test_search_and_filters_narrow_the_list(qtbot, db):
    for i, (title, area, start) in enumerate(
        [
            ("Обучение пограничников", "capacity", date(2024, 5, 1)),
            ("Prosecutors seminar", "criminalisation", date(2025, 2, 1)),
            ("Shelter staff", "protection", date(2025, 9, 1)),
        ]
    ):
        records.create(
            db,
            "trainings",
            {
                **NEW["trainings"],
                "code": f"T{i}",
                "title": title,
                "start_date": start,
                "end_date": None,
                "focus_areas": [area],
            },
        )
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    assert page.model.total() == 3
    page.search.setText("ПОГРАН")
    qtbot.waitUntil(lambda: page.model.total() == 1)
    assert page.model.data(page.model.index(0, 1)) == "Обучение пограничников"
    page.search.clear()
    page.year.setCurrentIndex(page.year.findData(2025))
    assert page.model.total() == 2
    page.area.setCurrentIndex(page.area.findData("protection"))
    assert page.model.total() == 1
    page.set_filters(None, None)
    assert page.model.total() == 3


def test_legislation_status_filter(qtbot, db):
    records.create(db, "legislation", NEW["legislation"])
    records.create(
        db,
        "legislation",
        {**NEW["legislation"], "status": "draft", "adopted_on": None, "title": "Проект"},
    )
    page = RecordListPage(db, "legislation")
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert page.model.total() == 1


def test_import_dialog_lists_problems_then_imports(qtbot, db, tmp_path, monkeypatch):
    from app.ui.shell.background import wait_for_background
    from app.ui.transfer.import_dialog import ImportDialog

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code;title;start_date;focus_areas\nT1;Семинар;31.02.2025;capacity\n", encoding="cp1251"
    )
    dialog = ImportDialog(db, None, "trainings", str(bad))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0)
    wait_for_background()
    assert "Windows-1251" in dialog.info.text() and "semicolon" in dialog.info.text()
    cell = dialog.preview.item(0, 2)
    assert cell is not None and cell.text() == "Семинар"
    assert dialog.problems.item(0).text().startswith("row 2, column start_date")
    assert not dialog.import_button.isEnabled()

    good = tmp_path / "good.csv"
    good.write_text(
        "code;title;start_date;focus_areas\nT1;Семинар;28.02.2025;capacity\n", encoding="utf-8"
    )
    dialog.path.setText(str(good))
    dialog.check()
    qtbot.waitUntil(dialog.import_button.isEnabled)
    assert records.count_records(db, "trainings") == 0  # checking is a dry run
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.result_summary is not None)
    assert records.count_records(db, "trainings") == 1


def test_a_new_list_page_queries_its_rows_once_and_sorts_on_a_header_click(qtbot, db):
    from sqlalchemy import event

    for n, day in enumerate(("2024-05-01", "2025-02-01", "2023-09-01")):
        add_campaign(db, code=f"C{n}", title=f"Кампания {n}", start_date=day, reach=None)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    page = RecordListPage(db, "campaigns")
    qtbot.addWidget(page)
    pages = [s for s in statements if "FROM campaign" in s and "LIMIT" in s]
    assert len(pages) == 1, pages
    codes = [page.model.data(page.model.index(r, 0)) for r in range(3)]
    assert codes == ["C1", "C0", "C2"]  # newest first
    column = page.model.columns.index("start_date")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert [page.model.data(page.model.index(r, 0)) for r in range(3)] == ["C2", "C0", "C1"]


def test_import_dialog_drops_the_answers_about_an_earlier_file(qtbot, db, tmp_path):
    from app.ui.shell.background import wait_for_background
    from app.ui.transfer.import_dialog import ImportDialog

    header = "code;title;start_date;focus_areas\n"
    bad = tmp_path / "bad.csv"
    bad.write_text(header + "T1;Семинар;31.02.2025;capacity\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text(header + "T1;Семинар;28.02.2025;capacity\nT2;Курс;01.03.2025;capacity\n")
    dialog = ImportDialog(db, None, "trainings", str(bad))  # its check is under way
    qtbot.addWidget(dialog)
    dialog.path.setText(str(good))
    dialog.check()
    qtbot.waitUntil(dialog.import_button.isEnabled)
    wait_for_background()
    qtbot.wait(50)  # any answer about bad.csv has arrived by now
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(lines) == 1 and lines[0].startswith("No problems"), lines
    assert dialog.preview.rowCount() == 2 and "2 rows" in dialog.info.text()


def test_export_current_list_writes_what_the_list_shows_off_the_ui_thread(
    qtbot, db, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from app.ui.transfer.import_dialog import export_list

    for code, title in (("T1", "Семинар для судей"), ("T2", "=1+1")):
        add_training(db, code=code, title=title, focus_areas=["demand"])
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    page.search.setText("судей")
    page.apply_filters()
    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    export_list(page, db, "trainings", page.current_query())
    qtbot.waitUntil(lambda: bool(told))
    assert told == [f"1 rows written to {target}"]
    sheet = first_sheet(target)
    assert [c.value for c in sheet[2]][:2] == ["T1", "Семинар для судей"]
    assert sheet.max_row == 2 and not list(tmp_path.glob(".*partial"))


def test_a_failed_export_leaves_no_file_and_says_why(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.ui.transfer.import_dialog import export_list

    target = tmp_path / "missing-folder" / "list.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    export_list(page, db, "trainings", page.current_query())
    qtbot.waitUntil(lambda: bool(warned))
    assert "list.csv: cannot be written" in warned[0]
    assert not target.parent.exists()
