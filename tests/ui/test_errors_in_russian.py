"""Every error path of the window, in Russian: what the user is shown contains no English
sentence (a Latin file name, code or column name inside is fine)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import DatabaseBusy
from app.services.records import editing as records
from app.translation_sources import problem_ids
from tests.factories import add_participant, add_training

# Not words of a sentence: names of the product and of file formats, kept as they are.
NAMES = {"gpast", "coordinator", "sqlite", "csv", "xlsx", "utf", "pdf", "yyyy", "mm", "dd"}


def _english_words() -> set[str]:
    """Every word of every English message id (without its {values})."""
    words = set()
    for message_id in problem_ids():
        text = re.sub(r"\{\w+\}", " ", message_id)
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return words - NAMES


ENGLISH = _english_words()


def english_in(text: str, *values: str) -> set[str]:
    """The English words of `text` once the `values` it names (file names, codes) are taken out."""
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, " ")
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & ENGLISH


@pytest.fixture
def shown(monkeypatch):
    """The texts of every message box the window shows (none of them blocks)."""
    texts: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: texts.append(text))

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return texts


def test_the_detector_finds_an_english_sentence():
    assert english_in("bad.csv: the file is empty", "bad.csv") == {"the", "file", "is", "empty"}
    assert english_in("bad.csv: файл пуст", "bad.csv") == set()
    assert english_in("строка 2, столбец start_date: нет", "start_date") == set()


def _training(db, code="T1"):
    return add_training(db, code=code, focus_areas=["demand"])


def test_record_editor_problems_are_russian(qtbot, db, russian, shown):
    from app.ui.records.record_editor import RecordEditor

    _training(db, "T1")
    editor = RecordEditor(db, "trainings")
    qtbot.addWidget(editor)
    values = {"code": "T1", "title": "Курс", "start_date": "2025-03-05", "hours": "abc"}
    for name, value in values.items():
        editor.editors[name].set_value(value)
    editor.editors["focus_areas"].set_value(["demand"])
    assert not editor.save_button.isEnabled()
    assert editor.why.text() and english_in(editor.why.text(), "abc") == set()
    assert english_in(editor.errors["hours"].text(), "abc") == set()
    editor.editors["hours"].set_value("")
    editor.save()  # T1 is taken: the service says so at the field
    assert editor.errors["code"].isVisible() or editor.errors["code"].text()
    assert "T1" in editor.errors["code"].text()
    assert english_in(editor.errors["code"].text(), "T1") == set()

    record = _training(db, "T2")
    editor = RecordEditor(db, "trainings", record["id"])
    qtbot.addWidget(editor)
    records.delete(db, "trainings", record["id"])  # by another window, meanwhile
    editor.editors["title"].set_value("Другой")
    editor.save()
    assert len(shown) == 1 and english_in(shown[0]) == set(), shown


def test_list_pages_say_why_in_russian(qtbot, db, russian, shown, monkeypatch):
    from app.ui.records.list_page import RecordListPage

    record = _training(db)
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    page.select_id(record["id"])
    records.delete(db, "trainings", record["id"])  # by another window
    page.duplicate_selected()
    again = _training(db, "T3")
    page.refresh()
    page.select_id(again["id"])

    def delete_first(*args, **kwargs):
        records.delete(db, "trainings", again["id"])  # between the question and the answer
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", delete_first)
    page.delete_selected()
    assert len(shown) == 2, shown
    assert [english_in(text) for text in shown] == [set(), set()], shown


def test_participants_merge_says_why_in_russian(qtbot, db, russian, shown, monkeypatch):
    from app.ui.attendance.participants_page import ParticipantsPage

    a = add_participant(db, full_name="Анна")
    b = add_participant(db, full_name="Анна Ч.")
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "selected_ids", lambda: [a["id"], b["id"]])

    from app.ui.attendance.merge_dialog import MergeDialog

    def keep_the_first(dialog):
        dialog.choice.button(0).click()
        records.delete(db, "participants", b["id"])  # by another window, meanwhile
        return 1

    monkeypatch.setattr(MergeDialog, "exec", keep_the_first)
    page.merge_selected()
    assert len(shown) == 1 and english_in(shown[0]) == set(), shown


def test_settings_and_targets_say_why_in_russian(qtbot, db, russian, shown):
    from app.ui.records.targets_page import TargetsPage
    from app.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.edits["coordinating_body"].setText("x" * 301)
    dialog.save()
    targets = TargetsPage(db)
    qtbot.addWidget(targets)
    cell = targets.grid.item(0, 0)
    assert cell is not None
    cell.setText("много")
    targets.save()
    assert len(shown) == 2, shown
    assert [english_in(text, "много") for text in shown] == [set(), set()], shown
    assert "coordinating_body" not in shown[0]  # the field as the dialog names it


def test_backups_say_why_in_russian(qtbot, db, db_path, tmp_path, russian, shown, monkeypatch):
    from app.ui.transfer import backup_dialogs

    parent = QWidget()
    qtbot.addWidget(parent)
    missing = tmp_path / "нет.sqlite"
    backup_dialogs.back_up_now(parent, missing)
    damaged = tmp_path / "копия.sqlite"
    damaged.write_bytes(b"not a database at all" * 10)

    def choose_damaged(dialog):
        dialog.chosen = damaged
        return 1

    monkeypatch.setattr(backup_dialogs.RestoreDialog, "exec", choose_damaged)
    backup_dialogs.restore_with_dialog(parent, db_path)
    db.close()
    db_path.write_bytes(b"garbage" * 100)
    backup_dialogs.check_before_open(parent, str(db_path))
    assert len(shown) == 3, shown
    names = (str(missing), str(damaged), damaged.name, str(db_path), db_path.name)
    assert [english_in(text, *names) for text in shown] == [set(), set(), set()], shown


def test_bundles_and_the_error_dialog_say_why_in_russian(
    qtbot, db, tmp_path, russian, shown, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from app.ui.shell.background import wait_for_background
    from app.ui.shell.error_dialog import show_error
    from app.ui.transfer.bundle_dialogs import receive_bundle

    bundle = tmp_path / "пакет.gpast"
    bundle.write_bytes(b"not a bundle")
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    receive_bundle(parent, db, lambda: None)
    qtbot.waitUntil(lambda: bool(shown))
    wait_for_background()
    show_error(
        QApplication.activeWindow(),
        DatabaseBusy(
            "{file}: the database is busy (another GPAST Coordinator window or "
            "command is writing to it); try again in a moment",
            file="gpast.sqlite",
        ),
    )
    assert len(shown) == 2, shown
    assert [english_in(text, str(bundle), "gpast.sqlite") for text in shown] == [set(), set()]


def test_import_dialog_lists_problems_in_russian(qtbot, db, tmp_path, russian):
    from app.services.spreadsheets import rules as import_rules
    from app.ui.shell.background import wait_for_background
    from app.ui.transfer.import_dialog import ImportDialog

    bad = tmp_path / "обучение.csv"
    bad.write_text("code;title;start_date;focus\nT1;x;31.02.2025;capacity\n", encoding="utf-8")
    dialog = ImportDialog(db, None, "trainings", str(bad))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0)
    wait_for_background()
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines[0].startswith("строка 1, столбец focus")
    columns = ["focus", *import_rules.columns("trainings")]
    assert [english_in(line, *columns) for line in lines] == [set()] * len(lines), lines
    empty = tmp_path / "пусто.csv"
    empty.write_bytes(b"")
    dialog.path.setText(str(empty))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.problems.count() > 0)
    wait_for_background()
    assert english_in(dialog.problems.item(0).text(), empty.name) == set()


def test_a_database_that_cannot_be_opened_at_start_is_named_in_russian(
    qtbot, tmp_path, russian, shown
):
    from app.ui.shell.application import _open

    blocker = tmp_path / "файл"
    blocker.write_text("", encoding="utf-8")  # a file where the database's folder should be
    location = str(blocker / "gpast.sqlite")
    window = QWidget()
    qtbot.addWidget(window)
    assert _open(QApplication.instance(), window, location) is None
    assert len(shown) == 1 and english_in(shown[0], location) == set(), shown
