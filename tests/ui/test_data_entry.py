"""Data entry as people do it: typing, Tab, Space, Ctrl+Enter, double-click and the keyboard
shortcuts of the window (issue 16, "data entry that never lies"). Nothing here sets a widget's
value; every value is typed."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from app.services.records import editing as records
from app.services.records.targets import list_targets
from app.ui.records.list_page import RecordListPage
from app.ui.records.record_editor import RecordEditor
from app.ui.shell import unsaved
from app.ui.shell.application import make_application
from app.ui.shell.background import background_jobs
from tests.factories import add_participant, add_training
from tests.ui.modal import on_modal


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


ASK_TO_SAVE = unsaved.ask_to_save  # the real question, for the tests that answer it


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch):
    """A question left open would hang an offscreen test: Discard unless a test answers."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(unsaved, "ask_to_save", lambda *a, **k: unsaved.Answer.DISCARD)


@pytest.fixture
def opened(monkeypatch):
    """The editors the window opens (each closed at once, as Cancel would)."""
    seen: list[RecordEditor] = []

    def exec_(editor):
        seen.append(editor)
        return 0

    monkeypatch.setattr(RecordEditor, "exec", exec_)
    return seen


def shown_editor(qtbot, db, kind: str, record_id: int | None = None) -> RecordEditor:
    editor = RecordEditor(db, kind, record_id)
    # closed at the end without a question, whatever the test left typed
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "_initial", e.values()))
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    assert QTest.qWaitForWindowActive(editor)
    return editor


def tab_to(qtbot, window: QWidget, target: QWidget, limit: int = 40) -> None:
    """Press Tab until `target` has the focus, as a user walks through a form."""
    for _ in range(limit):
        focused = window.focusWidget()
        if focused is target:
            return
        QTest.keyClick(focused or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def test_ctrl_enter_in_focus_areas_saves_what_is_ticked(qtbot, db):
    editor = shown_editor(qtbot, db, "legislation")
    QTest.keyClicks(editor.focusWidget(), "Anti-trafficking law")
    areas = editor.editors["focus_areas"].list  # type: ignore[attr-defined]
    tab_to(qtbot, editor, areas)
    QTest.keyClick(areas, Qt.Key.Key_Space)
    QTest.keyClick(areas, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is not None, editor.why.text()
    saved = records.get(db, "legislation", editor.saved_record["id"])
    assert saved["title"] == "Anti-trafficking law"
    assert saved["focus_areas"] == [areas.item(0).data(Qt.ItemDataRole.UserRole)]


def test_plain_enter_in_focus_areas_ticks_and_unticks(qtbot, db):
    editor = shown_editor(qtbot, db, "legislation")
    areas = editor.editors["focus_areas"].list  # type: ignore[attr-defined]
    tab_to(qtbot, editor, areas)
    QTest.keyClick(areas, Qt.Key.Key_Return)
    assert editor.editors["focus_areas"].value() == [areas.item(0).data(Qt.ItemDataRole.UserRole)]
    QTest.keyClick(areas, Qt.Key.Key_Return)
    assert editor.editors["focus_areas"].value() == []
    assert editor.isVisible()


def test_double_click_on_a_row_opens_the_editor_once(qtbot, db, opened):
    add_training(db)
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.model.index(0, 1))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 2


@pytest.fixture
def window(qtbot, db):
    from app.ui.shell.main_window import MainWindow

    add_training(db)
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    assert QTest.qWaitForWindowActive(main)
    return main


@pytest.mark.parametrize("kind", ["legislation", "trainings", "campaigns", "participants"])
def test_ctrl_n_on_a_list_page_opens_a_new_record(qtbot, window, opened, kind, monkeypatch):
    window.show_page(kind)
    page = window.list_page(kind)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert opened[0].kind == kind and opened[0].record_id is None


def mnemonics(window) -> dict[str, list[str]]:
    """Alt+letter of every menu title and every visible label and button of the current page."""
    texts = [a.text() for a in window.menuBar().actions()]
    page = window.current_page()
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if widget.isVisibleTo(page):  # a disabled button's letter is its own once enabled
            texts.append(widget.text())
    found: dict[str, list[str]] = {}
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def _no_clash(window) -> None:
    for kind in ("legislation", "trainings", "campaigns", "participants"):
        window.show_page(kind)
        clashes = {k: v for k, v in mnemonics(window).items() if len(v) > 1}
        assert clashes == {}, kind


def test_alt_letters_are_not_taken_twice(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _no_clash(window)


def test_alt_letters_are_not_taken_twice_in_russian(qtbot, russian, db):
    from app.ui.shell.main_window import MainWindow

    main = MainWindow(db)
    qtbot.addWidget(main)
    _no_clash(main)


def test_a_new_person_has_no_sex_until_one_is_chosen(qtbot, db):
    editor = shown_editor(qtbot, db, "participants")
    QTest.keyClicks(editor.focusWidget(), "Maria Lopez")
    QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is None
    assert records.count_records(db, "participants") == 0
    assert editor.errors["sex"].isVisibleTo(editor)
    assert "Sex" in editor.why.text()
    combo = editor.editors["sex"].combo  # type: ignore[attr-defined]
    assert combo.currentText() == ""
    tab_to(qtbot, editor, combo)
    QTest.keyClick(combo, Qt.Key.Key_M)
    QTest.keyClick(combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is not None, editor.why.text()
    assert records.get(db, "participants", editor.saved_record["id"])["sex"] == "male"


def answer_question(qtbot, how: str, seen: list[list[str]]) -> None:
    """When the next modal question opens, note its buttons' texts and answer it `how`: the
    objectName of the button to click, or "escape"."""

    def act(box: QMessageBox) -> None:
        seen.append(sorted(b.text() for b in box.buttons()))
        if how == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
            return
        button = box.findChild(QAbstractButton, how)
        if button is None:
            seen.append([f"no button {how}"])
            box.reject()
        else:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    on_modal(QMessageBox, act)


def test_leaving_unsaved_edits_asks_save_dont_save_or_keep_editing(qtbot, db, monkeypatch):
    monkeypatch.setattr(unsaved, "ask_to_save", ASK_TO_SAVE)
    editor = shown_editor(qtbot, db, "legislation")
    QTest.keyClicks(editor.focusWidget(), "Draft law")
    seen: list[list[str]] = []
    answer_question(qtbot, "escape", seen)
    QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Escape)
    assert seen == [sorted(["&Save", "&Don't save", "&Keep editing"])]
    assert editor.isVisible() and editor.editors["title"].value() == "Draft law"
    editor.activateWindow()  # as the window system does when the question closes
    assert QTest.qWaitForWindowActive(editor)

    areas = editor.editors["focus_areas"].list  # type: ignore[attr-defined]
    tab_to(qtbot, editor, areas)
    QTest.keyClick(areas, Qt.Key.Key_Space)
    answer_question(qtbot, "save", seen)
    QTest.keyClick(areas, Qt.Key.Key_Escape)
    assert len(seen) == 2, editor.editors["focus_areas"].value()
    assert not editor.isVisible(), editor.why.text()
    assert editor.saved_record is not None
    assert records.get(db, "legislation", editor.saved_record["id"])["title"] == "Draft law"

    other = shown_editor(qtbot, db, "legislation")
    QTest.keyClicks(other.focusWidget(), "Not wanted")
    answer_question(qtbot, "discard", seen)
    other.close()
    assert not other.isVisible()
    assert records.count_records(db, "legislation") == 1


def test_the_russian_question_names_its_actions(qtbot, db, russian, monkeypatch):
    monkeypatch.setattr(unsaved, "ask_to_save", ASK_TO_SAVE)
    editor = shown_editor(qtbot, db, "campaigns")
    QTest.keyClicks(editor.focusWidget(), "C-1")
    seen: list[list[str]] = []
    answer_question(qtbot, "keep-editing", seen)
    QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Escape)
    assert seen == [sorted(["&Сохранить", "&Не сохранять", "&Продолжить правку"])]
    assert editor.isVisible()


def date_field(editor: RecordEditor, name: str) -> QLineEdit:
    """Where the date of field `name` is typed."""
    edit = editor.editors[name].focusProxy()
    assert isinstance(edit, QLineEdit)
    return edit


def type_into(widget: QWidget, text: str) -> None:
    """Select what the field holds and type `text` over it (ASCII), as a user does."""
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Backspace)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.06.2026", date(2026, 6, 15)),
        ("1.6.2026", date(2026, 6, 1)),
        ("31082026", date(2026, 8, 31)),
        ("2026-06-15", date(2026, 6, 15)),
        ("29.02.2028", date(2028, 2, 29)),
    ],
)
def test_a_typed_date_is_the_date_typed(qtbot, db, typed, meant):
    editor = shown_editor(qtbot, db, "trainings")
    start = date_field(editor, "start_date")
    tab_to(qtbot, editor, start)
    type_into(start, typed)
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert editor.editors["start_date"].value() == meant
    assert start.text() == meant.strftime("%d.%m.%Y")
    assert not editor.errors["start_date"].isVisibleTo(editor)


@pytest.mark.parametrize("typed", ["31.02.2026", "15.13.2026", "15.06", "tomorrow"])
def test_an_impossible_date_is_a_problem_at_the_field(qtbot, db, typed):
    add_training(db, code="T1")
    editor = shown_editor(qtbot, db, "trainings", 1)
    start = date_field(editor, "start_date")
    tab_to(qtbot, editor, start)
    type_into(start, typed)
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert editor.errors["start_date"].isVisibleTo(editor)
    assert "not a date" in editor.errors["start_date"].text()
    assert not editor.save_button.isEnabled()
    QTest.keyClick(start, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert str(records.get(db, "trainings", 1)["start_date"]) == "2025-03-03"


@pytest.mark.parametrize("pasted", ["2026-06-15", "15.06.2026"])
def test_a_pasted_date_is_the_date_pasted(qtbot, db, pasted):
    editor = shown_editor(qtbot, db, "trainings")
    field = date_field(editor, "start_date")
    tab_to(qtbot, editor, field)
    QApplication.clipboard().setText(pasted)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert editor.editors["start_date"].value() == date(2026, 6, 15)


def test_an_optional_date_is_cleared_by_clearing_it(qtbot, db):
    add_training(db, code="T1", end_date="2025-03-04")
    editor = shown_editor(qtbot, db, "trainings", 1)
    end = date_field(editor, "end_date")
    tab_to(qtbot, editor, end)
    type_into(end, "")
    QTest.keyClick(end, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is not None, editor.why.text()
    # an empty end date is the start date (one day), not some other date
    assert str(records.get(db, "trainings", 1)["end_date"]) == "2025-03-03"


def cyrillic_key(widget: QWidget, letter: str) -> None:
    """A key of the Russian layout, as the window system delivers it (QTest cannot type it)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, ord(letter.upper()), Qt.KeyboardModifier.NoModifier, letter)
        )


@pytest.mark.parametrize(
    ("letter", "status"), [("п", "present"), ("О", "late"), ("у", "excused"), ("н", "absent")]
)
def test_the_russian_grid_takes_the_russian_letters_it_shows(
    qtbot, db, russian, two_day_training, letter, status
):
    from app.services.attendance import roster
    from app.ui.attendance.roster_dialog import FIXED, RosterDialog

    person = add_participant(db)
    dialog = RosterDialog(db, two_day_training["id"])
    qtbot.addWidget(dialog)
    dialog.add_person(person["id"])
    cell = dialog.model.index(0, FIXED + 1)
    dialog.table.setCurrentIndex(cell)
    cyrillic_key(dialog.table, letter)
    statuses = roster.roster(db, two_day_training["id"])["people"][0]["statuses"]
    assert statuses[date(2025, 3, 4)] == status
    assert dialog.model.data(cell) == letter.upper()
    legend = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert f"{letter.upper()} — " in legend
    QTest.keyClick(dialog.table, Qt.Key.Key_P)  # the English letters still work
    assert (
        roster.roster(db, two_day_training["id"])["people"][0]["statuses"][date(2025, 3, 4)]
        == "present"
    )


def type_in_cell(table, row: int, column: int, text: str, activate: bool = True) -> None:
    """Click a cell and type `text` into it (the cell editor opens on the first key); with
    `activate`, the window is made the active one first."""
    window = table.window()
    if activate:
        window.activateWindow()  # as the window system does once a question has closed
        assert QTest.qWaitForWindowActive(window)
    rect = table.visualRect(table.model().index(row, column))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for char in text:
        QTest.keyClicks(window.focusWidget(), char)
    typed_in = window.focusWidget()  # the cell's editor, open and holding what was typed
    assert isinstance(typed_in, QLineEdit) and typed_in.text() == text, typed_in


def test_unsaved_targets_are_asked_about_on_leaving_the_page_and_on_quitting(
    qtbot, window, monkeypatch
):
    monkeypatch.setattr(unsaved, "ask_to_save", ASK_TO_SAVE)
    window.show_page("targets")
    page = window.page("targets")
    year = page.selected_year()
    type_in_cell(page.grid, 0, 0, "12")  # typed, not even confirmed with Enter
    seen: list[list[str]] = []
    answer_question(qtbot, "keep-editing", seen)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert window.current_page() is page
    assert list_targets(window.db, year) == []

    answer_question(qtbot, "save", seen)
    window.show_page("dashboard")
    assert len(seen) == 2
    assert window.current_page() is not page
    assert [t["target"] for t in list_targets(window.db, year)] == [12]

    window.show_page("targets")
    type_in_cell(page.grid, 1, 1, "7")
    before = {  # for the failure's message: what the close met
        "grid": page.grid.state(),
        "focus": QApplication.focusWidget(),
        "active": window.isActiveWindow(),
        "modal": QApplication.activeModalWidget(),
        "jobs": background_jobs(),
    }
    answer_question(qtbot, "keep-editing", seen)
    window.close()
    assert len(seen) == 3, (seen, window.isVisible(), before)
    assert window.isVisible()
    answer_question(qtbot, "discard", seen)
    window.close()
    assert len(seen) == 4 and not window.isVisible()
    assert [t["target"] for t in list_targets(window.db, year)] == [12]


def test_a_target_typed_while_another_program_is_active_is_asked_about_on_closing(
    qtbot, window, monkeypatch, another_program_active
):
    """The cell being typed in counts when the window is closed while it is not the active
    window (closed from the taskbar, or by Windows as the session ends)."""
    monkeypatch.setattr(unsaved, "ask_to_save", ASK_TO_SAVE)
    window.show_page("targets")
    page = window.page("targets")
    type_in_cell(page.grid, 1, 1, "7", activate=False)
    assert page.grid.state() == page.grid.State.EditingState
    assert QApplication.focusWidget() is not window.focusWidget()
    seen: list[list[str]] = []
    answer_question(qtbot, "save", seen)
    window.close()
    assert len(seen) == 1
    assert [t["target"] for t in list_targets(window.db, page.selected_year())] == [7]


def test_unsaved_targets_are_asked_about_before_another_database_opens(
    qtbot, window, monkeypatch, tmp_path
):
    monkeypatch.setattr(unsaved, "ask_to_save", ASK_TO_SAVE)
    first = window.db
    window.show_page("targets")
    page = window.page("targets")
    year = page.selected_year()
    type_in_cell(page.grid, 0, 0, "5")
    seen: list[list[str]] = []
    answer_question(qtbot, "keep-editing", seen)
    window.show_page("dashboard")  # leaving the page asks; kept for now
    assert len(seen) == 1 and window.current_page() is page

    other = tmp_path / "другая база #2.sqlite"
    answer_question(qtbot, "keep-editing", seen)
    assert window.switch_database(str(other)) is False
    assert len(seen) == 2 and window.db is first and not other.exists()

    answer_question(qtbot, "save", seen)
    assert window.switch_database(str(other)) is True
    assert len(seen) == 3 and window.db is not first
    assert list_targets(window.db, year) == []  # the new database has none
    from app.services import open_database

    with open_database(first.location) as old:
        assert [t["target"] for t in list_targets(old, year)] == [5]


def test_unsaved_targets_are_asked_about_before_a_backup_is_restored(qtbot, window, monkeypatch):
    from app.ui.server import server_backup
    from app.ui.transfer import backup_dialogs

    monkeypatch.setattr(unsaved, "ask_to_save", ASK_TO_SAVE)
    restores: list[str] = []  # the restore's own dialogs (a file's, or a server's) opened
    monkeypatch.setattr(
        backup_dialogs, "restore_with_dialog", lambda parent, path: restores.append("file")
    )
    monkeypatch.setattr(
        server_backup, "restore_server_backup", lambda *args: restores.append("server")
    )
    window.show_page("targets")
    page = window.page("targets")
    type_in_cell(page.grid, 0, 0, "5")
    seen: list[list[str]] = []
    answer_question(qtbot, "keep-editing", seen)
    window.restore_backup()
    assert len(seen) == 1 and restores == []
    assert page.has_unsaved_changes()

    answer_question(qtbot, "discard", seen)
    window.restore_backup()
    assert len(seen) == 2 and len(restores) == 1
    assert list_targets(window.db, page.selected_year()) == []


def test_the_dashboard_shows_targets_saved_on_the_targets_page(qtbot, window):
    from PySide6.QtWidgets import QProgressBar

    from app.ui.shell.background import wait_for_background

    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    card = next(iter(dashboard.cards.values()))
    assert card.findChildren(QProgressBar) == []
    window.show_page("targets")
    targets = window.page("targets")
    type_in_cell(targets.grid, 0, 0, "4")
    QTest.mouseClick(targets.save_button, Qt.MouseButton.LeftButton)
    assert "1" in targets.message.text()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is dashboard
    wait_for_background()
    qtbot.waitUntil(lambda: any(b.isVisibleTo(card) for b in card.findChildren(QProgressBar)))


def test_a_filter_set_from_a_dashboard_card_is_shown_and_can_be_cleared(qtbot, window):
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    card = dashboard.cards["demand"]
    QTest.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().bottomRight() - QPoint(4, 4))
    page = window.list_page("trainings")
    assert window.current_page() is page
    assert page.model.total() == 0  # T1 is in capacity-building, in 2025
    assert page.clear_filters_button.isVisible()
    QTest.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert page.model.total() == 1
    assert page.area.currentData() is None and page.year.currentData() is None
    assert not page.clear_filters_button.isVisible()


def test_an_empty_list_says_what_to_do(qtbot, db):
    page = RecordListPage(db, "campaigns")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty_hint.isVisible()
    assert "Ctrl+N" in page.empty_hint.text() and "Import" in page.empty_hint.text()
    add_training(db)
    trainings = RecordListPage(db, "trainings")
    qtbot.addWidget(trainings)
    trainings.show()
    assert not trainings.empty_hint.isVisible()
    QTest.keyClicks(trainings.search, "nothing like this")
    trainings.apply_filters()  # what the pause after typing does
    assert trainings.empty_hint.isVisible()
    assert "Clear filters" in trainings.empty_hint.text()
