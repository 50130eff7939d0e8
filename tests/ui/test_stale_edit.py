"""An editor left open while someone else saves the same record (two handles on one real
file): typing and saving is refused with who, when and what, and the editor offers to reload,
compare or keep mine. Everything typed."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtTest import QTest

from app.services import open_database
from app.services.records import editing as records
from app.services.settings import update_settings
from app.ui.records.record_editor import RecordEditor
from app.ui.records.stale_edit import StaleEditDialog
from app.ui.shell.application import make_application
from tests.factories import add_legislation
from tests.services.test_stale_edits import who_saved
from tests.ui.modal import on_modal


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


@pytest.fixture
def act_changed_meanwhile(db):
    """An act open in an editor here, then saved by Айгерим from her own window."""
    act = add_legislation(db, title="Anti-trafficking law")

    def change():
        with open_database(db.location) as theirs:
            update_settings(theirs, {"user_name": "Айгерим"})
            seen = records.get(theirs, "legislation", act["id"])["version"]
            records.update(
                theirs, "legislation", act["id"], {"status": "in_force"}, seen_version=seen
            )

    return act, change


def open_editor(qtbot, db, record_id: int) -> RecordEditor:
    editor = RecordEditor(db, "legislation", record_id)
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "_initial", e.values()))
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    assert QTest.qWaitForWindowActive(editor)
    return editor


def type_title_and_save(editor: RecordEditor, text: str) -> None:
    field = editor.focusWidget()
    assert editor.editors["title"].isAncestorOf(field) or field is editor.editors["title"]
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def when_stale_dialog(act, seen: list[StaleEditDialog]) -> None:
    """Once the dialog shows and is the active window (a shortcut such as Alt+K reaches only
    the active window), `act` on it. A dialog that is not active within seconds, or still open
    seconds after `act`, is closed and noted twice: the test's `len(seen) == 1` then fails
    instead of waiting for ever."""
    waited = QElapsedTimer()  # from when the dialog first shows

    def ready(dialog: StaleEditDialog) -> bool:
        if not waited.isValid():
            waited.start()
        return dialog.isActiveWindow() or waited.elapsed() >= 5000

    def step(dialog: StaleEditDialog) -> None:
        seen.append(dialog)
        if not dialog.isActiveWindow():
            close(dialog)
            return
        QTimer.singleShot(5000, dialog, lambda: close(dialog))
        act(dialog)

    def close(dialog: StaleEditDialog) -> None:
        if dialog.isVisible():
            seen.append(dialog)
            dialog.reject()

    on_modal(StaleEditDialog, step, when=ready)


def test_reload_shows_the_other_persons_save_and_drops_mine(qtbot, db, act_changed_meanwhile):
    act, change = act_changed_meanwhile
    editor = open_editor(qtbot, db, act["id"])
    change()
    seen: list[StaleEditDialog] = []
    compared: list[str] = []

    def compare_then_reload(dialog: StaleEditDialog) -> None:
        QTest.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
        assert dialog.table.isVisible()
        cells = (dialog.table.item(r, c) for r in range(2) for c in range(3))
        compared.extend(cell.text() if cell else "" for cell in cells)
        if os.environ.get("GPAST_SCREENSHOTS"):
            dialog.grab().save(os.path.join(os.environ["GPAST_SCREENSHOTS"], "stale-edit.png"))
        QTest.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)

    when_stale_dialog(compare_then_reload, seen)
    type_title_and_save(editor, "Mine")

    assert len(seen) == 1
    message = seen[0].message.text()
    assert who_saved(db, "Айгерим") in message and "Status" in message
    assert compared[:3] == ["Title", "Anti-trafficking law", "Mine"]  # what differs comes first
    assert editor.saved_record is None  # nothing of mine was written
    assert editor.editors["title"].value() == "Anti-trafficking law"  # reloaded
    assert editor.editors["status"].value() == "in_force"
    saved = records.get(db, "legislation", act["id"])
    assert (saved["title"], saved["status"]) == ("Anti-trafficking law", "in_force")


def test_keep_mine_saves_what_i_typed_and_keeps_the_rest(qtbot, db, act_changed_meanwhile):
    act, change = act_changed_meanwhile
    editor = open_editor(qtbot, db, act["id"])
    change()
    seen: list[StaleEditDialog] = []
    # Alt+K, as its underlined letter says
    when_stale_dialog(
        lambda d: QTest.keyClick(d, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier), seen
    )
    type_title_and_save(editor, "Mine")

    assert len(seen) == 1
    assert editor.saved_record is not None
    saved = records.get(db, "legislation", act["id"])
    assert saved["title"] == "Mine"
    assert saved["status"] == "in_force"  # theirs: I did not touch it


def test_an_editor_saving_what_it_read_is_not_asked(qtbot, db):
    act = add_legislation(db, title="Law")
    editor = open_editor(qtbot, db, act["id"])
    type_title_and_save(editor, "Law 2")
    assert editor.saved_record is not None
    assert records.get(db, "legislation", act["id"])["title"] == "Law 2"


def test_the_refusal_reads_in_russian(qtbot, db, act_changed_meanwhile, russian):
    act, change = act_changed_meanwhile
    editor = open_editor(qtbot, db, act["id"])
    change()
    seen: list[StaleEditDialog] = []

    widths: list[int] = []

    def look_then_cancel(dialog: StaleEditDialog) -> None:
        widths.append(dialog.width())
        QTest.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
        widths.append(dialog.width())
        table = dialog.table
        widths.append(int(table.horizontalScrollBar().isVisible()))
        if os.environ.get("GPAST_SCREENSHOTS"):
            dialog.grab().save(os.path.join(os.environ["GPAST_SCREENSHOTS"], "stale-edit-ru.png"))
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    when_stale_dialog(look_then_cancel, seen)
    type_title_and_save(editor, "Mine")

    assert len(seen) == 1
    # a window kept at half of a 1366-pixel screen holds it; the values wrap, never scroll sideways
    assert widths[0] <= 683 and widths[1] <= 683 and widths[2] == 0
    assert seen[0].keep_button.text() == "&Оставить мои изменения"
    message = seen[0].message.text()
    assert message.startswith(f"{who_saved(db, 'Айгерим')} сохранил(а) эту запись ")
    assert "Статус" in message and "сравните со своими или оставьте свои изменения" in message
    assert editor.editors["title"].value() == "Mine"  # Cancel: back to my typing, unsaved
    assert records.get(db, "legislation", act["id"])["title"] == "Anti-trafficking law"
