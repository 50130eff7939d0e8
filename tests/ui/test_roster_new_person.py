"""The roster's "new person" editor offers a person already in the registry before it saves a
duplicate, whether saved with the Save button or with Ctrl+Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.attendance import roster
from app.services.records import editing as records
from app.ui.attendance import roster_dialog
from app.ui.attendance.roster_dialog import RosterDialog
from tests.factories import add_participant


@pytest.fixture
def dialog(qtbot, db, two_day_training):
    add_participant(db, full_name="Иван Петров", sex="male")
    shown = RosterDialog(db, two_day_training["id"])
    qtbot.addWidget(shown)
    shown.search.setText("Иван Петров")
    return shown


def _save_new_person(qtbot, monkeypatch, answer, how: str) -> list[str]:
    """Open the new-person editor, choose the sex and save it `how` ("save" or "ctrl+enter");
    the duplicate question is answered with `answer`. Returns the questions asked."""
    asked: list[str] = []

    def question(parent, title: str, *rest, **kwargs):
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)

    def exec_(editor) -> int:
        editor.show()
        editor.editors["sex"].set_value("male")
        if how == "save":
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return editor.result()

    monkeypatch.setattr(roster_dialog._NewPersonEditor, "exec", exec_)
    return asked


@pytest.mark.parametrize("how", ["save", "ctrl+enter"])
def test_the_person_already_registered_is_added_instead_of_a_duplicate(
    qtbot, db, dialog, monkeypatch, how
):
    asked = _save_new_person(qtbot, monkeypatch, QMessageBox.StandardButton.Yes, how)
    dialog.add_new_person()
    assert asked == ["Possible duplicate"]
    assert records.count_records(db, "participants") == 1
    assert [p["full_name"] for p in roster.roster(db, dialog.training_id)["people"]] == [
        "Иван Петров"
    ]


@pytest.mark.parametrize("how", ["save", "ctrl+enter"])
def test_a_namesake_can_still_be_created(qtbot, db, dialog, monkeypatch, how):
    asked = _save_new_person(qtbot, monkeypatch, QMessageBox.StandardButton.No, how)
    dialog.add_new_person()
    assert asked == ["Possible duplicate"]
    assert records.count_records(db, "participants") == 2
    assert len(roster.roster(db, dialog.training_id)["people"]) == 1


def test_cancel_saves_nothing(qtbot, db, dialog, monkeypatch):
    asked = _save_new_person(qtbot, monkeypatch, QMessageBox.StandardButton.Cancel, "ctrl+enter")
    dialog.add_new_person()
    assert asked == ["Possible duplicate"]
    assert records.count_records(db, "participants") == 1
    assert roster.roster(db, dialog.training_id)["people"] == []
