"""First run and help (issue 16, items 14 and 15): an empty database opens on the welcome page
(country for the report's cover, a first record, a spreadsheet, or the demo in a file of its
own), the welcome page is reachable again, empty lists say what to do, and F1 opens the manual in
the window's language. Everything is typed or clicked."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.services import open_database
from app.services.maintenance.demo import DEMO_FILENAME, has_records
from app.services.settings import get_settings
from app.ui.records.record_editor import RecordEditor
from app.ui.shell.application import make_application
from app.ui.shell.background import wait_for_background
from app.ui.shell.welcome_page import WelcomePage
from tests.factories import add_training


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


@pytest.fixture
def opened(monkeypatch):
    """The editors the window opens (each closed at once, as Cancel would)."""
    seen: list[RecordEditor] = []

    def exec_(editor: RecordEditor) -> int:
        seen.append(editor)
        return 0

    monkeypatch.setattr(RecordEditor, "exec", exec_)
    return seen


def shown_window(qtbot, db):
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Keys as the window system delivers them, Cyrillic too (QTest cannot type Cyrillic)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
            )


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_empty_database_opens_on_the_welcome_page_whose_country_reaches_the_cover(
    qtbot, db, tmp_path
):
    from pypdf import PdfReader

    from app.reports.progress_report import build_report
    from app.services.reporting.report_data import report_data

    window = shown_window(qtbot, db)
    page = window.current_page()
    assert isinstance(page, WelcomePage)
    assert window.nav.currentRow() == -1  # no page of the navigation pretends to be shown
    QTest.mouseClick(page.country, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.country, "Belarus")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(window.focusWidget(), "National commission")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # Origin
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # Transit
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # Destination
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    click(page.save_button)
    settings = get_settings(db)
    assert settings["country"] == "Belarus"
    assert settings["coordinating_body"] == "National commission"
    assert settings["country_role"] == "origin, destination"
    assert page.saved_label.text()
    pdf = build_report(report_data(db, date(2025, 1, 1), date(2025, 12, 31)), tmp_path / "r.pdf")
    cover = PdfReader(pdf).pages[0].extract_text()
    assert "Belarus" in cover and "National commission" in cover


def test_the_russian_welcome_page_takes_cyrillic_and_speaks_russian(qtbot, db, russian):
    window = shown_window(qtbot, db)
    page = window.current_page()
    assert isinstance(page, WelcomePage)
    QTest.mouseClick(page.country, Qt.MouseButton.LeftButton)
    type_text(page.country, "Беларусь")
    QTest.keyClick(page.country, Qt.Key.Key_Return)  # Enter saves too
    assert get_settings(db)["country"] == "Беларусь"
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    texts += [box.title() for box in page.findChildren(QWidget) if hasattr(box, "title")]
    english = [t for t in texts if re.search(r"[A-Za-z]{3,}", t.replace("GPAST", ""))]
    english = [t for t in english if not re.search(r"Excel|LibreOffice|F1|Coordinator", t)]
    assert english == []
    assert [box.text() for box in page.roles.boxes.values()] == [
        "Происхождение",
        "Транзит",
        "Назначение",
    ]


@pytest.mark.parametrize("kind", ["legislation", "trainings", "campaigns"])
def test_the_welcome_page_adds_a_first_record(qtbot, db, opened, kind):
    window = shown_window(qtbot, db)
    click(window.current_page().new_buttons[kind])
    assert [(e.kind, e.record_id) for e in opened] == [(kind, None)]
    assert window.current_page() is window.list_page(kind)


def test_the_welcome_page_downloads_a_template_and_imports(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from app.ui.transfer.import_dialog import ImportDialog

    target = tmp_path / "trainings-template.xlsx"
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[1], True)
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    imports: list[str] = []

    def exec_(dialog: ImportDialog) -> int:
        imports.append(dialog.kind.currentData())
        return 0

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window = shown_window(qtbot, db)
    page = window.current_page()
    click(page.template_button)
    assert target.stat().st_size > 0
    click(page.import_button)
    assert imports == ["trainings"]


def test_the_demo_opens_in_a_database_of_its_own(qtbot, db, db_path):
    window = shown_window(qtbot, db)
    page = window.current_page()
    click(page.demo_button)
    qtbot.waitUntil(lambda: window.db is not db, timeout=60_000)
    wait_for_background()
    assert window.db.path is not None and window.db.path.name == DEMO_FILENAME
    assert window.db.path != db_path
    assert has_records(window.db)
    assert window.current_page() is window.dashboard
    assert window.demo_banner.isVisible()  # nobody mistakes it for their own database
    mine = open_database(str(db_path))
    try:
        assert not has_records(mine)  # the user's own database was not touched
    finally:
        mine.close()


def test_help_getting_started_shows_the_welcome_page_again(qtbot, db):
    add_training(db)
    window = shown_window(qtbot, db)
    assert not isinstance(window.current_page(), WelcomePage)
    (action,) = [a for a in window.help_menu.actions() if "Getting started" in a.text()]
    action.trigger()
    page = window.current_page()
    assert isinstance(page, WelcomePage)
    trainings = window.nav.visualItemRect(window.nav.item(2)).center()
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=trainings)
    assert window.current_page() is window.list_page("trainings")


def test_a_new_empty_database_opens_on_the_welcome_page(qtbot, db, tmp_path):
    add_training(db)
    window = shown_window(qtbot, db)
    assert window.switch_database(str(tmp_path / "new.sqlite"))
    assert isinstance(window.current_page(), WelcomePage)
    assert window.switch_database(db.location)  # one with records: its dashboard
    assert window.current_page() is window.dashboard
    assert not window.demo_banner.isVisible()


def _mnemonics(window) -> dict[str, list[str]]:
    texts = [a.text() for a in window.menuBar().actions()]
    page = window.current_page()
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        texts.append(widget.text())
    found: dict[str, list[str]] = {}
    for text in texts:
        if match := re.search(r"&([^&\s])", text.replace("&&", "")):
            found.setdefault(match.group(1).lower(), []).append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def test_the_welcome_page_uses_each_alt_letter_once(qtbot, db):
    assert _mnemonics(shown_window(qtbot, db)) == {}


def test_the_welcome_page_uses_each_alt_letter_once_in_russian(qtbot, db, russian):
    assert _mnemonics(shown_window(qtbot, db)) == {}


def test_f1_opens_the_manual(qtbot, db):
    window = shown_window(qtbot, db)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.manual is not None and window.manual.isVisible()
    text = window.manual.browser.toPlainText()
    assert "First steps" in text and "Keyboard" in text
    window.manual.close()


def test_f1_opens_the_russian_manual_in_the_russian_window(qtbot, db, russian):
    window = shown_window(qtbot, db)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert window.manual is not None and window.manual.isVisible()
    assert window.manual.windowTitle().startswith("Руководство")
    text = window.manual.browser.toPlainText()
    assert "Первые шаги" in text and "First steps" not in text
    window.manual.close()


def test_an_empty_roster_participants_list_and_recycle_bin_say_what_to_do(qtbot, db):
    from app.ui.attendance.participants_page import ParticipantsPage
    from app.ui.attendance.roster_dialog import RosterDialog
    from app.ui.transfer.deleted_dialog import DeletedRecordsDialog

    training = add_training(db)
    roster = RosterDialog(db, training["id"])
    qtbot.addWidget(roster)
    roster.show()
    assert roster.empty_hint.isVisible() and "New person" in roster.empty_hint.text()
    people = ParticipantsPage(db)
    qtbot.addWidget(people)
    people.show()
    assert people.empty_hint.isVisible() and "Attendance" in people.empty_hint.text()
    deleted = DeletedRecordsDialog(None, db, lambda: None)
    qtbot.addWidget(deleted)
    deleted.show()
    assert (
        deleted.empty_hint.isVisible() and "Nothing has been deleted" in deleted.empty_hint.text()
    )


def test_a_year_without_figures_says_how_to_enter_them(qtbot, db):
    from app.ui.statistics.statistics_page import StatisticsPage

    page = StatisticsPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_hint.isVisible() and "File > Import" in page.empty_hint.text()
