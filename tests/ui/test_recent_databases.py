"""File > Recent databases (issue 16, item 15): the last five databases opened, the newest
first; a click opens one; a file that is gone is greyed out with "(not found)" and Remove
missing takes it off the list. The menu is driven with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from app.ui.shell.application import make_application
from app.ui.shell.main_window import MainWindow
from tests.conftest import copy_database


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


def entries(menu: QMenu) -> list[QAction]:
    menu.aboutToShow.emit()  # as when the user opens it
    return [a for a in menu.actions() if not a.isSeparator()]


def click(menu: QMenu, text: str) -> None:
    """Open the menu and click the entry `text` with the mouse."""
    owner = menu.parentWidget()
    assert owner is not None
    menu.popup(owner.mapToGlobal(owner.rect().center()))
    QTest.qWaitForWindowExposed(menu)
    action = next(a for a in menu.actions() if a.text() == text)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


@pytest.mark.sqlite_only("recent SQLite files, one of them moved away")
def test_recent_databases_open_with_a_click_and_missing_ones_are_said(
    qtbot, db, db_path, tmp_path, _empty_template
):
    files = []
    for name in ("второй.sqlite", "third.sqlite"):
        copy_database(_empty_template, tmp_path / name)
        files.append(tmp_path / name)
    window = MainWindow(db)
    qtbot.addWidget(window)
    for path in files:
        assert window.switch_database(str(path))
    recent = window.recent.menu
    shown = entries(recent)
    assert [a.text() for a in shown] == ["&1 third.sqlite", "&2 второй.sqlite", "&3 gpast.sqlite"]
    assert shown[0].isChecked()  # the database in use
    click(recent, "&3 gpast.sqlite")
    assert window.db.location == str(db_path)
    assert [a.text() for a in entries(recent)][0] == "&1 gpast.sqlite"
    files[0].unlink()  # "второй" moved away
    shown = entries(recent)
    gone = next(a for a in shown if "второй" in a.text())
    assert gone.text().endswith("(not found)") and not gone.isEnabled()
    click(recent, "&Remove missing")
    assert [a.text() for a in entries(recent)] == ["&1 gpast.sqlite", "&2 third.sqlite"]


def test_only_the_last_five_are_kept(qtbot, db, tmp_path, _empty_template):
    window = MainWindow(db)
    qtbot.addWidget(window)
    for n in range(6):
        path = tmp_path / f"db{n}.sqlite"
        copy_database(_empty_template, path)
        assert window.switch_database(str(path))
    texts = [a.text() for a in entries(window.recent.menu)]
    assert texts == [f"&{6 - n} db{n}.sqlite" for n in range(5, 0, -1)]
