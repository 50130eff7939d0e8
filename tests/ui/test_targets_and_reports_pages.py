"""The Targets and Reports pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem

from app.models.vocabulary import INDICATORS
from app.services.maintenance.demo import fill_demo
from app.services.records.targets import list_targets
from app.ui.overview.reports_page import ReportsPage, preset_period
from app.ui.records.targets_page import TargetsPage
from app.ui.shell import saved_files
from tests.ui.test_saving_and_printing import pdf_pages, pdf_printer


def _cell(page, row: int, column: int) -> QTableWidgetItem:
    item = page.grid.item(row, column)
    assert item is not None
    return item


def test_targets_grid_sets_changes_and_removes(qtbot, db, monkeypatch):
    page = TargetsPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    column = INDICATORS.index("trainings_held")
    _cell(page, 0, column).setText("12")
    _cell(page, 2, INDICATORS.index("campaign_reach")).setText("1 250 000")
    page.save()
    saved = {(t["focus_area"], t["indicator"]): t["target"] for t in list_targets(db, 2025)}
    assert saved == {
        ("criminalisation", "trainings_held"): 12.0,
        ("protection", "campaign_reach"): 1_250_000.0,
    }
    _cell(page, 0, column).setText("")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    _cell(page, 1, column).setText("-4")
    page.save()
    assert warned and "must not be negative" in warned[0]
    _cell(page, 1, column).setText("")
    page.save()
    assert [(t["focus_area"], t["indicator"]) for t in list_targets(db, 2025)] == [
        ("protection", "campaign_reach")
    ]


def test_reports_page_generates_previews_and_prints(
    qtbot, db, tmp_path, monkeypatch, _nothing_launched
):
    fill_demo(db)
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.preset.setCurrentIndex(page.preset.findData("last-year"))
    assert page.period() == preset_period("last-year", date.today())
    page.generate()
    qtbot.waitUntil(lambda: page.pdf_path is not None, timeout=30_000)
    assert page.document.pageCount() > 3
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(saved_files, "choose_printer", pdf_printer(printed))
    QTest.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert pdf_pages(printed) == page.document.pageCount()  # printed without saving first
    QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert _nothing_launched == [page.pdf_path]


def _type_date(qtbot, field, text: str) -> None:
    """Select what the field holds and type `text` over it, then Tab away."""
    qtbot.mouseDClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def test_reports_page_dates_are_typed_as_in_the_editors(qtbot, db):
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    _type_date(qtbot, page.date_from, "15.06.2026")
    _type_date(qtbot, page.date_to, "1.9.2026")
    assert page.period() == (date(2026, 6, 15), date(2026, 9, 1))
    assert page.preset.currentData() == "custom"
    assert page.date_from.edit.text() == "15.06.2026" and page.date_to.edit.text() == "01.09.2026"
    assert page.generate_button.isEnabled() and page.date_problem.isHidden()
    qtbot.keyClick(page.date_to.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText("2026-12-31")
    qtbot.keyClick(page.date_to.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.period() == (date(2026, 6, 15), date(2026, 12, 31))
    _type_date(qtbot, page.date_to, "31.02.2026")  # no such day: never another date
    assert page.date_to.edit.text() == "31.02.2026"
    assert not page.date_problem.isHidden() and "31.02.2026" in page.date_problem.text()
    assert not page.generate_button.isEnabled() and not page.pack_button.isEnabled()
    _type_date(qtbot, page.date_to, "01.01.2026")  # before From
    assert "before" in page.date_problem.text() and not page.generate_button.isEnabled()
    page.preset.setCurrentIndex(page.preset.findData("last-year"))
    assert page.period() == preset_period("last-year", date.today())
    assert page.generate_button.isEnabled() and page.date_problem.isHidden()
