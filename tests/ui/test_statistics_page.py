"""The Statistics page, driven by typing: a year's figures of one source at a time, saved as
each cell is left; totals and mismatches follow at once; figures by citizenship with the
country's name; paste from Excel; the history of a figure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidgetSelectionRange

from app.services.statistics.figures import year_figures
from app.ui.statistics.statistics_page import COLUMNS, INDICATORS, StatisticsPage


def type_text(widget, text: str) -> None:
    """Keys as a keyboard sends them: ASCII through QTest, other letters as QKeyEvents with
    their text (QTest.keyClicks with non-ASCII aborts the process)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def type_cell(grid, row: int, column: int, text: str) -> None:
    """Go to the cell, type (the first key opens the editor), Enter to leave it."""
    grid.setFocus()
    grid.setCurrentCell(row, column)
    QTest.keyClicks(grid, text[0])
    editor = grid.indexWidget(grid.currentIndex())
    assert editor is not None, "typing did not open the cell's editor"
    type_text(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the item delegate commits on Enter through a queued call
    assert grid.state() != grid.State.EditingState


def cell(indicator: str, column) -> tuple[int, int]:
    return INDICATORS.index(indicator), COLUMNS.index(column)


def saved(db, year=2025) -> dict:
    return {
        (f["source"], f["indicator"], f["sex"], f["age_group"], f["citizenship"],
         f["exploitation"]): f["value"]
        for f in year_figures(db, year)
    }  # fmt: skip


@pytest.fixture
def page(qtbot, db):
    page = StatisticsPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    return page


def choose_source(page, name: str) -> None:
    line = page.source.lineEdit()
    line.selectAll()
    QTest.keyClick(line, Qt.Key.Key_Delete)
    type_text(line, name)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_typed_figures_are_saved_and_totals_and_mismatches_follow(page, db):
    choose_source(page, "МВД")
    assert page.current_source == "МВД"
    type_cell(page.grid, *cell("victims_identified", None), "120")
    type_cell(page.grid, *cell("victims_identified", ("sex", "female")), "70")
    type_cell(page.grid, *cell("victims_identified", ("sex", "male")), "45")
    assert saved(db) == {
        ("МВД", "victims_identified", "", "", "", ""): 120,
        ("МВД", "victims_identified", "female", "", "", ""): 70,
        ("МВД", "victims_identified", "male", "", "", ""): 45,
    }
    assert page.totals.table.item(0, 1).text() == "120"
    assert page.totals.mismatch_lines() == ["Victims identified (МВД): stated 120, by sex 115"]
    type_cell(page.grid, *cell("victims_identified", ("sex", "male")), "50")  # replaced
    assert saved(db)[("МВД", "victims_identified", "male", "", "", "")] == 50
    assert page.totals.mismatch_lines() == ["No stated total disagrees with its breakdown."]

    choose_source(page, "NGO")  # another agency: never added to the first
    type_cell(page.grid, *cell("victims_identified", None), "130")
    table = page.totals.table
    assert [table.item(0, c).text() for c in range(5)] == [
        "Victims identified", "130", "NGO", "stated", "МВД: 120",
    ]  # fmt: skip


def test_a_bad_figure_is_named_and_nothing_is_saved(page, db):
    choose_source(page, "Courts")
    row, column = cell("persons_convicted", ("sex", "male"))
    type_cell(page.grid, row, column, "-3")
    assert "must not be negative" in page.message.text()
    assert page.grid.item(row, column).text() == ""
    type_cell(page.grid, row, column, "2.5")
    assert "must be a whole number" in page.message.text()
    assert saved(db) == {}


def test_figures_by_citizenship_show_the_country_s_name(page, db):
    choose_source(page, "МВД")
    type_cell(page.countries, 0, 0, "Belarus")
    assert "is not an ISO 3166-1 country code" in page.message.text()
    type_cell(page.countries, 0, 0, "by")
    assert page.countries.item(0, 0).text() == "BY"
    assert page.countries.verticalHeaderItem(0).text() == "Belarus"
    type_cell(page.countries, 0, 1 + INDICATORS.index("victims_identified"), "30")
    assert saved(db) == {("МВД", "victims_identified", "", "", "BY", ""): 30}
    assert page.countries.rowCount() == 2  # an empty row for the next country
    QLocale.setDefault(QLocale(QLocale.Language.Russian))
    try:
        page.refresh()
        assert page.countries.verticalHeaderItem(0).text() == "Беларусь"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_paste_from_excel_delete_and_history(page, db, qtbot):
    choose_source(page, "Prosecutors")
    row, column = cell("persons_prosecuted", ("sex", "female"))
    page.grid.setFocus()
    page.grid.setCurrentCell(row, column)
    QGuiApplication.clipboard().setText("3\t9\t0\r\n")
    QTest.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert saved(db) == {
        ("Prosecutors", "persons_prosecuted", "female", "", "", ""): 3,
        ("Prosecutors", "persons_prosecuted", "male", "", "", ""): 9,
        ("Prosecutors", "persons_prosecuted", "other", "", "", ""): 0,
    }
    page.grid.setRangeSelected(QTableWidgetSelectionRange(row, column, row, column + 1), True)
    QTest.keyClick(page.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "3\t9\n"  # copied as Excel takes it
    type_cell(page.grid, row, column, "4")
    page.grid.setCurrentCell(row, column)
    page.show_history()
    lines = [
        page.history_dialog.findChild(type(page.totals.mismatches)).item(i).text() for i in range(2)
    ]
    assert "Value: 3 → 4" in lines[0] and "created" in lines[1]
    page.history_dialog.close()
    page.grid.setCurrentCell(row, column + 2)
    QTest.keyClick(page.grid, Qt.Key.Key_Delete)
    assert ("Prosecutors", "persons_prosecuted", "other", "", "", "") not in saved(db)


def test_the_page_in_russian(qtbot, db):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.i18n import COMPILED

    translator = QTranslator()
    assert translator.load(str(COMPILED / "gpast_ru.qm"))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Russian))
    try:
        page = StatisticsPage(db)
        qtbot.addWidget(page)
        page.year.setCurrentIndex(page.year.findData(2025))
        choose_source(page, "Суд")
        type_cell(page.grid, *cell("persons_convicted", None), "9")
        type_cell(page.grid, *cell("persons_convicted", ("sex", "male")), "7")
        type_cell(page.grid, *cell("persons_convicted", ("sex", "female")), "-1")
        header = page.grid.horizontalHeaderItem(0)
        assert header is not None and header.text() == "Итого (указано)"
        assert page.message.text() == "Осуждённые лица: не может быть отрицательным"
        assert page.totals.mismatch_lines() == ["Осуждённые лица (Суд): указано 9, по полу 7"]
        type_cell(page.countries, 0, 0, "ua")
        assert page.countries.verticalHeaderItem(0).text() == "Украина"
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_the_window_has_a_statistics_page_after_the_older_pages(qtbot, db):
    from app.ui.shell.main_window import PAGE_KEYS, MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert PAGE_KEYS[-2:] == ("reports", "statistics")  # Ctrl+1…7 open the pages they did
    window.show_page("statistics")
    page = window.current_page()
    assert isinstance(page, StatisticsPage)
    refreshed = []
    window.pages["dashboard"] = type("Stub", (), {"refresh": lambda self: refreshed.append(1)})()
    page.year.setCurrentIndex(page.year.findData(2025))
    choose_source(page, "МВД")
    type_cell(page.grid, *cell("investigations", None), "31")
    QApplication.processEvents()  # the database's notice that data changed
    window.show_page("dashboard")
    assert refreshed  # the dashboard counts again, once shown, after a figure is typed
    assert window.nav.item(len(PAGE_KEYS) - 1).text() == "Statistics"


def test_the_reports_page_writes_the_reporting_pack_for_publication(
    qtbot, db, tmp_path, monkeypatch
):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from app.services.statistics.figures import set_figure
    from app.ui.overview.reports_page import ReportsPage
    from app.ui.shell import saved_files

    for sex, value in (("female", 3), ("male", 11)):
        set_figure(db, {"year": 2025, "indicator": "persons_convicted", "value": value,
                        "sex": sex, "source": "Суды"})  # fmt: skip
    page = ReportsPage(db)
    qtbot.addWidget(page)
    for field, text in ((page.date_from, "01.01.2025"), (page.date_to, "31.12.2025")):
        field.edit.selectAll()
        QTest.keyClicks(field.edit, text)
    page.language.setCurrentIndex(page.language.findData("en"))
    target = tmp_path / "pack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    announced: list[str] = []
    monkeypatch.setattr(saved_files, "announce_saved", lambda _parent, path: announced.append(path))
    page.public.setChecked(True)
    QTest.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pack_path is not None, timeout=30_000)
    assert page.pack_path == str(target) + ".xlsx"
    sheet = openpyxl.load_workbook(page.pack_path)["Prosecuted and convicted"]
    rows = list(sheet.iter_rows(values_only=True))
    assert ("Persons convicted", "Female", "<5", "Суды", None) in rows
    assert ("Persons convicted", "Male", 11, "Суды", None) in rows
    annex = tmp_path / "annex.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(annex), ""))
    page.pack_path = None
    QTest.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pack_path is not None, timeout=30_000)
    import docx

    cells = [[c.text for c in r.cells] for t in docx.Document(str(annex)).tables for r in t.rows]
    assert ["Persons convicted", "Female", "<5", "Суды"] in cells
    assert announced == [str(target) + ".xlsx", str(annex)]  # told where, offered Open


def test_the_dashboard_cards_show_the_figures_from_other_agencies(qtbot, db):
    from app.services.statistics.figures import set_figure
    from app.ui.overview.dashboard_page import DashboardPage

    for year, indicator, value in (
        (2025, "victims_identified", 130),
        (2024, "victims_identified", 98),
        (2025, "persons_convicted", 9),
    ):
        set_figure(db, {"year": year, "indicator": indicator, "value": value, "source": "МВД"})
    page = DashboardPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["year"] == 2025)
    protection = page.cards["protection"].body.text()
    assert "Victims identified" in protection and "130 (year before: 98)" in protection
    criminalisation = page.cards["criminalisation"].body.text()
    assert "Persons convicted" in criminalisation and "Victims" not in criminalisation
    assert "Persons convicted" not in page.cards["demand"].body.text()


def test_a_figure_typed_while_another_program_is_active_is_saved_on_closing(
    qtbot, db, another_program_active
):
    """A figure still being typed in its cell (no Enter) is saved when the window is closed
    while another program is active (from the taskbar, or as Windows ends the session)."""
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("statistics")
    page = window.page("statistics")
    assert isinstance(page, StatisticsPage)
    page.year.setCurrentIndex(page.year.findData(2025))
    choose_source(page, "МВД")
    grid = page.grid
    grid.setCurrentCell(*cell("victims_identified", None))
    QTest.keyClicks(grid, "1")
    QTest.keyClicks(grid.indexWidget(grid.currentIndex()), "20")
    assert grid.state() == grid.State.EditingState
    window.close()
    assert not window.isVisible()
    assert saved(db) == {("МВД", "victims_identified", "", "", "", ""): 120}
