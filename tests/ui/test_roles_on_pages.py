"""The Targets and Statistics pages of a person signed in to a server with a role: what the
role cannot change is read-only, its Save disabled, with the reason as the tooltip (a viewer
reads both; an editor types figures but sets no targets). On a real server."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.services.records.targets import list_targets
from app.services.statistics.figures import year_figures
from tests.ui import test_roles_in_the_window as the_window
from tests.ui.test_statistics_page import cell

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]

_app_names = the_window._app_names  # the fixtures of the window's role tests
signed_in = the_window.signed_in


def window_of(qtbot, db):
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def typing_opens_no_editor(grid, row: int, column: int) -> bool:
    grid.setFocus()
    grid.setCurrentCell(row, column)
    QTest.keyClicks(grid, "7")
    return grid.state() != grid.State.EditingState and grid.indexWidget(grid.currentIndex()) is None


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_targets_are_read_only_below_coordinator_and_save_says_why(qtbot, signed_in, role):
    _login, db = signed_in(role)
    window = window_of(qtbot, db)
    window.show_page("targets")
    page = window.page("targets")
    assert not page.save_button.isEnabled()
    assert page.save_button.toolTip().startswith("Setting targets needs the coordinator role")
    assert page.grid.toolTip() == page.save_button.toolTip()
    assert typing_opens_no_editor(page.grid, 0, 1)
    assert "Save targets" not in page.hint.text()  # the hint says why, not what to press
    assert "needs the coordinator role" in page.hint.text()
    assert list_targets(db) == []
    if os.environ.get("GPAST_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["GPAST_SCREENSHOTS"], f"{role}-targets.png"))


def test_a_viewer_reads_figures_but_cannot_type_paste_or_clear_them(qtbot, signed_in):
    _login, db = signed_in("viewer")
    window = window_of(qtbot, db)
    window.show_page("statistics")
    page = window.page("statistics")
    row, column = cell("victims_identified", None)
    assert page.grid.toolTip().startswith("Adding and changing records needs the editor role")
    assert typing_opens_no_editor(page.grid, row, column)
    QGuiApplication.clipboard().setText("5\t6\n")
    QTest.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = page.grid.item(row, column)
    assert pasted is not None and pasted.text() == ""
    assert typing_opens_no_editor(page.countries, 0, 0)
    assert year_figures(db, page.selected_year()) == []


def test_an_editor_types_figures(qtbot, signed_in):
    from tests.ui.test_statistics_page import choose_source, type_cell

    _login, db = signed_in("editor")
    window = window_of(qtbot, db)
    window.show_page("statistics")
    page = window.page("statistics")
    assert page.grid.toolTip() == ""
    choose_source(page, "МВД")
    type_cell(page.grid, *cell("victims_identified", None), "7")
    assert [f["value"] for f in year_figures(db, page.selected_year())] == [7]
