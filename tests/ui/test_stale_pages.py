"""Pages other than the record editor when someone else saved first (two handles on one real
database): a list's Delete, the Targets page's Save and a typed statistics figure are refused
with who, when and what, and the page offers to reload what it shows. Driven by typing."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.models.vocabulary import INDICATORS as TARGET_COLUMNS
from app.services import open_database
from app.services.records import editing as records
from app.services.records.targets import list_targets, set_target
from app.services.settings import update_settings
from app.services.statistics.figures import set_figure, year_figures
from app.ui.records.list_page import RecordListPage
from app.ui.records.targets_page import TargetsPage
from app.ui.shell.application import make_application
from app.ui.statistics.statistics_page import StatisticsPage
from tests.factories import add_legislation
from tests.services.test_stale_edits import who_saved
from tests.ui.modal import on_modal
from tests.ui.test_statistics_page import cell, choose_source, type_cell

FIGURE = {"year": 2025, "indicator": "victims_identified", "value": 10, "source": "МВД"}


def text_of(grid, row: int, column: int) -> str:
    item = grid.item(row, column)
    assert item is not None
    return item.text()


def as_aigerim(db, change) -> str:
    """`change` made from Айгерим's own window; who the refusal should name."""
    with open_database(db.location) as theirs:
        update_settings(theirs, {"user_name": "Айгерим"})
        change(theirs)
        return who_saved(theirs, "Айгерим")


def answer_refusal(choice: str, said: list[str]) -> None:
    """When the refusal shows, note its text and press Reload or Cancel."""

    def press(box: QMessageBox) -> None:
        said.append(f"{box.windowTitle()}\n{box.text()}")
        wanted = "Reload" if choice == "reload" else "Cancel"
        button = next(b for b in box.buttons() if wanted in b.text().replace("&", ""))
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    on_modal(QMessageBox, press, when=lambda box: box.objectName() == "stale-refusal")


def test_deleting_an_act_someone_changed_since_the_list_showed_it_is_refused(
    qtbot, db, monkeypatch
):
    make_application()
    QSettings().clear()
    act = add_legislation(db, title="Anti-trafficking law")
    page = RecordListPage(db, "legislation")
    qtbot.addWidget(page)
    page.select_id(act["id"])
    who = as_aigerim(
        db, lambda theirs: records.update(theirs, "legislation", act["id"], {"status": "in_force"})
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    said: list[str] = []
    answer_refusal("reload", said)
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    assert len(said) == 1 and who in said[0] and "Status" in said[0], said
    assert "not deleted" in said[0] and "compare" not in said[0].lower()  # no Compare here
    assert records.get(db, "legislation", act["id"])["status"] == "in_force"  # not deleted
    page.select_id(act["id"])  # reloaded: deleting what is shown now goes through
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert records.list_records(db, "legislation") == []


def test_saving_targets_over_someone_s_newer_target_is_refused_and_reloads(qtbot, db):
    set_target(db, 2025, "criminalisation", "trainings_held", 10)
    page = TargetsPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    column = TARGET_COLUMNS.index("trainings_held")
    assert text_of(page.grid, 0, column) == "10"
    who = as_aigerim(
        db, lambda theirs: set_target(theirs, 2025, "criminalisation", "trainings_held", 20)
    )
    type_cell(page.grid, 0, column, "30")
    said: list[str] = []
    answer_refusal("cancel", said)
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert len(said) == 1 and who in said[0], said
    assert "Reload" in said[0] and "compare" not in said[0].lower()  # no Compare here
    assert [t["target"] for t in list_targets(db, 2025)] == [20]  # not overwritten
    assert text_of(page.grid, 0, column) == "30"  # what I typed stays on the page
    answer_refusal("reload", said)
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert text_of(page.grid, 0, column) == "20"  # reloaded: the saved target
    assert not page.has_unsaved_changes()


def test_a_conflict_part_way_through_the_targets_saves_none_of_them(qtbot, db):
    """The page's Save is one unit of work: a cell someone saved meanwhile, after cells that
    were fine, leaves those unsaved too; the refusal names the cell and the grid goes to it."""
    set_target(db, 2025, "criminalisation", "trainings_held", 10)
    set_target(db, 2025, "protection", "trainings_held", 5)
    page = TargetsPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    column = TARGET_COLUMNS.index("trainings_held")
    rows = [a["slug"] for a in page.areas]
    who = as_aigerim(db, lambda theirs: set_target(theirs, 2025, "protection", "trainings_held", 6))
    type_cell(page.grid, rows.index("criminalisation"), column, "30")  # saved first, before
    type_cell(page.grid, rows.index("protection"), column, "7")  # the one saved meanwhile
    page.grid.setCurrentCell(0, 0)
    said: list[str] = []
    answer_refusal("cancel", said)
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = {t["focus_area"]: t["target"] for t in list_targets(db, 2025)}
    assert saved == {"criminalisation": 10, "protection": 6}  # nothing of mine was saved
    assert len(said) == 1 and who in said[0], said
    assert "Reload" in said[0] and "compare" not in said[0].lower()  # no Compare here
    cell = "Protection and reintegration of victims, Trainings held"
    # the cell is named where the message says what changed (was "changed: Target value")
    assert said[0].startswith("Targets not saved\n"), said
    assert f"(changed: {cell})" in said[0], said
    assert f"(changed: {cell})" in page.message.text()
    assert (page.grid.currentRow(), page.grid.currentColumn()) == (rows.index("protection"), column)
    assert text_of(page.grid, rows.index("criminalisation"), column) == "30"  # still typed


def test_typing_a_figure_over_someone_s_newer_save_is_refused_and_reloads(qtbot, db):
    set_figure(db, FIGURE)
    page = StatisticsPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    choose_source(page, "МВД")
    row, column = cell("victims_identified", None)
    assert text_of(page.grid, row, column) == "10"
    who = as_aigerim(db, lambda theirs: set_figure(theirs, {**FIGURE, "value": 12}))
    said: list[str] = []
    answer_refusal("reload", said)
    type_cell(page.grid, row, column, "15")

    assert len(said) == 1 and who in said[0], said
    assert "Reload" in said[0] and "compare" not in said[0].lower()  # no Compare here
    assert "(changed: Victims identified, Total (stated))" in said[0], said  # the cell, named
    assert [f["value"] for f in year_figures(db, 2025)] == [12]  # not overwritten
    assert text_of(page.grid, row, column) == "12"  # reloaded
    type_cell(page.grid, row, column, "15")  # over what is shown now: saved
    assert [f["value"] for f in year_figures(db, 2025)] == [15]
