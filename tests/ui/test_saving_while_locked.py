"""Saving while someone else holds the database: the window never freezes. Another connection
holds a write lock (SQLite: BEGIN IMMEDIATE on the real file; PostgreSQL: the record's row)
while the user types and saves. The event loop keeps running during the save (a timer ticks,
the busy window comes up), the save lands once the other side commits, and a lock held past
the wait gives the clean message with what was typed kept. Driven by typing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from app.models.vocabulary import INDICATORS as TARGET_COLUMNS
from app.services import open_database
from app.services.attendance import roster
from app.services.records import editing as records
from app.services.records.audit import history
from app.services.records.targets import list_targets, set_target
from app.storage import engine as sqlite_engine
from app.ui.attendance.roster_dialog import RosterDialog
from app.ui.attendance.roster_grid import FIXED
from app.ui.records.targets_page import TargetsPage
from app.ui.shell.application import make_application
from tests.factories import add_legislation, add_seminar
from tests.ui.test_stale_edit import open_editor, type_title_and_save
from tests.ui.test_statistics_page import type_cell

TICK_MS = 10
TICKS = 5  # the event loop ran this often during the save before the lock is let go


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


class SqliteWriter:
    """Another program's connection to the same file, holding the write lock until released."""

    def __init__(self, db):
        self.connection = sqlite3.connect(str(db.path), isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.connection.execute("COMMIT")
            self.held = False

    def close(self) -> None:
        self.release()
        self.connection.close()


class Watch:
    """A timer that ticks while the save runs: counts the ticks while the lock is held, lets the
    lock go after TICKS of them (when `release_after` is set), notes the busy window and the
    messages shown (and closes them, so a frozen window's message cannot hang the test)."""

    def __init__(self, lock, release_after: bool):
        self.lock, self.release_after = lock, release_after
        self.ticks = 0
        self.busy_seen = False
        self.messages: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QProgressDialog) and modal.isVisible():
            self.busy_seen = True
        if isinstance(modal, QMessageBox):
            self.messages.append(modal.text())
            modal.close()
            return
        if self.lock.held:
            self.ticks += 1
            if self.release_after and self.ticks >= TICKS:
                self.lock.release()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def short_wait(monkeypatch, db):
    """How long a save waits for another writer, shortened: set(ms)."""

    def set_wait(ms: int) -> None:
        monkeypatch.setattr(sqlite_engine, "BUSY_TIMEOUT_MS", ms)
        db.engine.dispose()  # connections made from now on wait this long

    return set_wait


@pytest.fixture
def writer(db):
    holders: list[SqliteWriter] = []

    def hold() -> SqliteWriter:
        holders.append(SqliteWriter(db))
        return holders[-1]

    yield hold
    for holder in holders:
        holder.close()


# -- the record editor -----------------------------------------------------------------------
@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_the_editor_saves_once_the_other_writer_commits_and_the_window_keeps_running(
    qtbot, db, writer, short_wait
):
    short_wait(5_000)
    act = add_legislation(db, title="Anti-trafficking law")
    editor = open_editor(qtbot, db, act["id"])
    lock = writer()
    watch = Watch(lock, release_after=True)
    type_title_and_save(editor, "Law of 2026")  # Ctrl+Enter
    watch.stop()

    assert watch.ticks >= TICKS and not lock.held  # the event loop ran while the save waited
    assert watch.messages == []
    assert editor.result() == QDialog.DialogCode.Accepted
    assert records.get(db, "legislation", act["id"])["title"] == "Law of 2026"


@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_a_lock_held_past_the_wait_says_so_keeps_the_typing_and_saves_later(
    qtbot, db, writer, short_wait
):
    short_wait(1_500)
    act = add_legislation(db, title="Anti-trafficking law")
    editor = open_editor(qtbot, db, act["id"])
    lock = writer()
    watch = Watch(lock, release_after=False)
    type_title_and_save(editor, "Law of 2026")
    watch.stop()

    assert watch.ticks >= 2 and watch.busy_seen  # not frozen: the busy window was up
    assert len(watch.messages) == 1 and "busy" in watch.messages[0], watch.messages
    assert "another GPAST Coordinator window" in watch.messages[0]
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.editors["title"].value() == "Law of 2026"  # what was typed is kept
    assert records.get(db, "legislation", act["id"])["title"] == "Anti-trafficking law"

    lock.release()
    QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert records.get(db, "legislation", act["id"])["title"] == "Law of 2026"


@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_while_a_save_runs_the_editor_takes_no_second_save_and_no_typing(
    qtbot, db, writer, short_wait
):
    short_wait(5_000)
    act = add_legislation(db, title="Anti-trafficking law")
    editor = open_editor(qtbot, db, act["id"])
    lock = writer()
    field = editor.focusWidget()
    pressed: list[Callable[[], None]] = [
        lambda: QTest.keyClicks(field, "XYZ"),
        lambda: QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        lambda: QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton),
        lambda: QTest.keyClick(field, Qt.Key.Key_Escape),
    ]
    tried: list[str] = []

    def meanwhile() -> None:  # during the save: type, save again, cancel; then let go
        if not lock.held:
            return
        if pressed:
            pressed.pop(0)()
            tried.append(editor.editors["title"].value())
            QTimer.singleShot(TICK_MS, meanwhile)
        else:
            lock.release()

    QTimer.singleShot(TICK_MS, meanwhile)
    watch = Watch(lock, release_after=False)  # closes any message (none expected)
    type_title_and_save(editor, "Law of 2026")
    watch.stop()
    assert watch.messages == []
    assert tried == ["Law of 2026"] * 4  # nothing typed while saving reached the field
    changes = [e["action"] for e in history(db, "legislation", act["uuid"])]
    assert changes.count("update") == 1, changes  # one save, not two
    assert editor.result() == QDialog.DialogCode.Accepted
    assert records.get(db, "legislation", act["id"])["title"] == "Law of 2026"


# -- the attendance grid ---------------------------------------------------------------------
@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_ticking_attendance_waits_for_the_other_writer_without_freezing(
    qtbot, db, writer, short_wait
):
    short_wait(5_000)
    training, people = add_seminar(db)
    for person in people.values():
        roster.add_to_roster(db, training["id"], person["id"])
    dialog = RosterDialog(db, training["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, FIXED + 1))
    lock = writer()
    watch = Watch(lock, release_after=True)
    QTest.keyClick(table, Qt.Key.Key_P)
    watch.stop()

    assert watch.ticks >= TICKS and not lock.held and watch.messages == []
    first = roster.roster(db, training["id"])["people"][0]
    assert first["statuses"][date(2025, 3, 4)] == "present"
    assert dialog.model.data(dialog.model.index(0, FIXED + 1)) == "P"


@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_attendance_held_past_the_wait_is_not_shown_as_saved(qtbot, db, writer, short_wait):
    short_wait(1_000)
    training, people = add_seminar(db)
    for person in people.values():
        roster.add_to_roster(db, training["id"], person["id"])
    dialog = RosterDialog(db, training["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, FIXED + 1))
    lock = writer()
    watch = Watch(lock, release_after=False)
    QTest.keyClick(table, Qt.Key.Key_P)
    watch.stop()

    assert watch.ticks >= 2
    assert len(watch.messages) == 1 and "busy" in watch.messages[0], watch.messages
    assert dialog.model.data(dialog.model.index(0, FIXED + 1)) == "A"  # as saved: absent
    lock.release()
    QTest.keyClick(table, Qt.Key.Key_P)
    assert dialog.model.data(dialog.model.index(0, FIXED + 1)) == "P"
    assert roster.roster(db, training["id"])["people"][0]["statuses"][date(2025, 3, 4)] == (
        "present"
    )


# -- the Targets page ------------------------------------------------------------------------
def _targets_page(qtbot, db) -> TargetsPage:
    page = TargetsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.year.setCurrentIndex(page.year.findData(2025))
    return page


@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_saving_targets_waits_for_the_other_writer_without_freezing(qtbot, db, writer, short_wait):
    short_wait(5_000)
    page = _targets_page(qtbot, db)
    column = TARGET_COLUMNS.index("trainings_held")
    type_cell(page.grid, 0, column, "12")
    lock = writer()
    watch = Watch(lock, release_after=True)
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    watch.stop()

    assert watch.ticks >= TICKS and not lock.held and watch.messages == []
    assert [(t["indicator"], t["target"]) for t in list_targets(db, 2025)] == [
        ("trainings_held", 12.0)
    ]
    assert not page.has_unsaved_changes()


@pytest.mark.sqlite_only("a second connection holds the SQLite file's write lock")
def test_targets_held_past_the_wait_keep_what_was_typed(qtbot, db, writer, short_wait):
    short_wait(1_000)
    page = _targets_page(qtbot, db)
    column = TARGET_COLUMNS.index("trainings_held")
    type_cell(page.grid, 0, column, "12")
    lock = writer()
    watch = Watch(lock, release_after=False)
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    watch.stop()

    assert watch.ticks >= 2
    assert len(watch.messages) == 1 and "busy" in watch.messages[0], watch.messages
    assert list_targets(db, 2025) == []
    cell = page.grid.item(0, column)
    assert cell is not None and cell.text() == "12" and page.has_unsaved_changes()
    lock.release()
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [t["target"] for t in list_targets(db, 2025)] == [12.0]


# -- on a PostgreSQL server: a row lock ------------------------------------------------------
class RowLock:
    """Another session on the server holding the record's row (SELECT … FOR UPDATE)."""

    def __init__(self, url: str, table: str, record_id: int):
        import psycopg

        self.connection = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
        self.connection.execute(f"SELECT id FROM {table} WHERE id = %s FOR UPDATE", (record_id,))
        self.held = True

    def release(self) -> None:
        if self.held:
            self.connection.commit()
            self.held = False

    def close(self) -> None:
        self.release()
        self.connection.close()


@pytest.mark.postgres
@pytest.mark.parametrize("outcome", ["released", "held past the wait"])
def test_on_a_server_the_editor_waits_for_a_row_lock_without_freezing(
    qtbot, server_database, monkeypatch, outcome
):
    url = server_database("empty")
    monkeypatch.setenv("GPAST_PG_LOCK_TIMEOUT_MS", "1500")
    with open_database(url) as db:
        act = add_legislation(db, title="Anti-trafficking law")
        editor = open_editor(qtbot, db, act["id"])
        lock = RowLock(url, "legislation", act["id"])
        try:
            watch = Watch(lock, release_after=outcome == "released")
            type_title_and_save(editor, "Law of 2026")
            watch.stop()
            if outcome == "released":
                assert watch.ticks >= TICKS and not lock.held and watch.messages == []
                assert editor.result() == QDialog.DialogCode.Accepted
                assert records.get(db, "legislation", act["id"])["title"] == "Law of 2026"
            else:
                assert watch.ticks >= 2 and watch.busy_seen
                assert len(watch.messages) == 1, watch.messages
                assert "another person is changing the same data" in watch.messages[0]
                assert "password" not in watch.messages[0].lower()
                assert editor.editors["title"].value() == "Law of 2026"
                assert records.get(db, "legislation", act["id"])["title"] == (
                    "Anti-trafficking law"
                )
                lock.release()
                QTest.keyClick(
                    editor.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
                )
                assert records.get(db, "legislation", act["id"])["title"] == "Law of 2026"
        finally:
            lock.close()


@pytest.mark.postgres
def test_on_a_server_saving_targets_waits_for_a_row_lock_without_freezing(
    qtbot, server_database, monkeypatch
):
    url = server_database("empty")
    monkeypatch.setenv("GPAST_PG_LOCK_TIMEOUT_MS", "5000")
    with open_database(url) as db:
        set_target(db, 2025, "criminalisation", "trainings_held", 10)
        page = _targets_page(qtbot, db)
        column = TARGET_COLUMNS.index("trainings_held")
        type_cell(page.grid, 0, column, "12")
        target_id = list_targets(db, 2025)[0]["id"]
        lock = RowLock(url, "target", target_id)
        try:
            watch = Watch(lock, release_after=True)
            QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
            watch.stop()
        finally:
            lock.close()
        assert watch.ticks >= TICKS and watch.messages == []
        assert [t["target"] for t in list_targets(db, 2025)] == [12.0]
