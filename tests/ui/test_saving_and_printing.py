"""Saving and printing documents (issue 16, item 12): save dialogs start in the user's Documents
folder, then in the folder used last; a saved PDF is announced with Open and Show in folder;
sign-in sheets, certificates and the report print directly. Nothing is launched and no real
printer is reached: the opener is a recorder (tests/ui/conftest.py) and the printer a PDF file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.services.attendance.recording import set_attendance
from app.ui.attendance.roster_dialog import RosterDialog
from app.ui.shell import saved_files
from app.ui.shell.application import make_application
from tests.factories import add_seminar


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


@pytest.fixture
def seminar_dialog(qtbot, db):
    training, people = add_seminar(db)
    for person in people.values():
        set_attendance(db, training["id"], person["id"], "present")
    dialog = RosterDialog(db, training["id"])
    qtbot.addWidget(dialog)
    return dialog


def button(parent, text: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def answer_box(parent, text: str, seen: list[str]) -> None:
    """Click the button `text` of the message `parent` shows with the mouse, noting what it
    said (the message does not block the window)."""
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    seen.append(boxes[0].text())
    choice = next(b for b in boxes[0].buttons() if b.text().replace("&", "") == text)
    QTest.mouseClick(choice, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_save_starts_in_documents_then_in_the_last_folder_and_offers_open(
    qtbot, seminar_dialog, tmp_path, monkeypatch, _nothing_launched
):
    asked: list[str] = []
    chosen = tmp_path / "папка" / "sign-in.pdf"
    chosen.parent.mkdir()

    def save_dialog(parent, title, start, filters):
        asked.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    seen: list[str] = []
    QTest.mouseClick(button(seminar_dialog, "Sign-in sheets…"), Qt.MouseButton.LeftButton)
    answer_box(seminar_dialog, "Open", seen)
    assert Path(asked[0]) == saved_files.documents_folder() / "sign-in-TR-7.pdf"
    assert pdf_pages(chosen) >= 1
    assert "sign-in.pdf" in seen[0] and str(chosen.parent) in seen[0]
    assert _nothing_launched == [str(chosen)]  # Open: the saved PDF in the system's viewer
    QTest.mouseClick(button(seminar_dialog, "Certificates…"), Qt.MouseButton.LeftButton)
    answer_box(seminar_dialog, "Show in folder", seen)
    assert Path(asked[1]) == chosen.parent / "certificates-TR-7.pdf"  # the folder used last
    assert _nothing_launched[-1] == str(chosen.parent)
    QTest.mouseClick(button(seminar_dialog, "Certificates…"), Qt.MouseButton.LeftButton)
    answer_box(seminar_dialog, "Close", seen)
    assert len(_nothing_launched) == 2  # Close opens nothing


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path):
    saved_files.remember_folder(tmp_path / "gone" / "x.pdf")
    assert saved_files.start_folder() == saved_files.documents_folder()
    saved_files.remember_folder(tmp_path / "x.pdf")
    assert saved_files.start_folder() == tmp_path.resolve()


def pdf_pages(path: Path) -> int:
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    document.close()
    return pages


def pdf_printer(path: Path):
    def choose(parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return choose


@pytest.mark.parametrize(
    ("label", "at_least"), [("Print sign-in sheets…", 1), ("Print certificates…", 3)]
)
def test_sign_in_sheets_and_certificates_print_directly(
    qtbot, seminar_dialog, tmp_path, monkeypatch, label, at_least
):
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(saved_files, "choose_printer", pdf_printer(printed))
    QTest.mouseClick(button(seminar_dialog, label), Qt.MouseButton.LeftButton)
    assert pdf_pages(printed) >= at_least  # one certificate per person on the roster


def test_a_cancelled_print_dialog_prints_nothing(qtbot, seminar_dialog, monkeypatch):
    monkeypatch.setattr(saved_files, "choose_printer", lambda parent: None)
    QTest.mouseClick(button(seminar_dialog, "Print certificates…"), Qt.MouseButton.LeftButton)
