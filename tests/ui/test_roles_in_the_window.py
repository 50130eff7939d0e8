"""The window of a person signed in to a server with a role: what the role cannot do is
disabled and says why (and stays so when rows are selected); a viewer's editor shows the
record with Save disabled and the reason. On a real server."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from app.services import open_database
from app.ui.records.record_editor import RecordEditor
from app.ui.shell.application import make_application
from tests.factories import add_training

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


@pytest.fixture
def signed_in(postgres_url, new_login):
    """Open the database as a new login of `role` (the admin made one training first)."""
    opened = []
    with open_database(postgres_url) as admin:
        add_training(admin, code="TR-1", title="Семинар")

    def sign_in(role: str):
        login, url = new_login(role)
        opened.append(open_database(url))
        return login, opened[-1]

    yield sign_in
    for db in opened:
        db.close()


def window_action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_an_editors_window_disables_delete_settings_and_backups_with_the_reason(qtbot, signed_in):
    from app.ui.shell.main_window import MainWindow

    login, db = signed_in("editor")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    role_label = window.findChild(QLabel, "role-label")
    assert role_label is not None and role_label.text() == f"Signed in as {login} (editor)"
    assert window_action(window, "new_record").isEnabled()
    assert window_action(window, "import_spreadsheet").isEnabled()
    settings = window_action(window, "edit_settings")
    assert not settings.isEnabled()
    assert settings.toolTip().startswith("Changing settings needs the coordinator role")
    assert not window_action(window, "back_up").isEnabled()
    window.show_page("trainings")
    page = window.list_page("trainings")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)  # a row selected: Delete would light up
    assert page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert "needs the coordinator role" in page.delete_button.toolTip()
    if os.environ.get("GPAST_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["GPAST_SCREENSHOTS"], "editor-window.png"))


def test_a_viewer_opens_a_record_and_save_says_why_it_is_disabled(qtbot, signed_in):
    _login, db = signed_in("viewer")
    training = db_first_training(db)
    editor = RecordEditor(db, "trainings", training)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "_initial", e.values()))
    editor.show()
    qtbot.waitExposed(editor)
    QTest.keyClicks(editor.focusWidget(), " 2")
    assert not editor.save_button.isEnabled()
    assert editor.why.text().startswith("Adding and changing records needs the editor role")
    if os.environ.get("GPAST_SCREENSHOTS"):
        editor.grab().save(os.path.join(os.environ["GPAST_SCREENSHOTS"], "viewer-editor.png"))


def db_first_training(db) -> int:
    from app.services.records import editing as records

    return records.list_records(db, "trainings")[0]["id"]
