"""The roster dialog (typed status keys, search, duplicates) and the participants page
(merge, anonymise), through real widgets on real SQLite files."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.services.attendance import participants, roster
from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.services.reporting.indicators import indicators
from app.ui.attendance.roster_dialog import FIXED, RosterDialog
from tests.factories import add_participant, add_seminar
from tests.ui.modal import on_modal

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def seminar(db):
    return add_seminar(db)


def test_roster_edits_through_the_widget(qtbot, db, seminar, monkeypatch):
    t, people = seminar
    dialog = RosterDialog(db, t["id"])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and dialog.model.columnCount() == FIXED + 3
    for person in people.values():
        dialog.add_person(person["id"])
    assert dialog.model.rowCount() == 3
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, FIXED + 1))  # Anna, day 2
    qtbot.keyClick(table, Qt.Key.Key_P)
    table.setCurrentIndex(dialog.model.index(1, FIXED))  # Ivan, day 1
    qtbot.keyClick(table, Qt.Key.Key_L)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # late → excused
    data = roster.roster(db, t["id"])
    by_name = {p["full_name"]: p["statuses"] for p in data["people"]}
    assert by_name["Анна Иванова"] == {
        date(2025, 3, 3): "absent",
        date(2025, 3, 4): "present",
        date(2025, 3, 5): "absent",
    }
    assert by_name["Иван Петров"][date(2025, 3, 3)] == "excused"
    table.setCurrentIndex(dialog.model.index(0, FIXED + 2))
    dialog.mark_column_present()
    data = roster.roster(db, t["id"])
    assert all(p["statuses"][date(2025, 3, 5)] == "present" for p in data["people"])
    total = indicators(db, *YEAR)["total"]
    assert (total["participations"], total["participations_female"]) == (3, 2)
    assert "3 attended" in dialog.summary.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    table.selectRow(2)
    dialog.remove_selected()
    assert len(roster.roster(db, t["id"])["people"]) == 2


def test_add_existing_person_by_search_and_warn_before_a_duplicate(qtbot, db, seminar, monkeypatch):
    t, people = seminar
    dialog = RosterDialog(db, t["id"])
    qtbot.addWidget(dialog)
    dialog.search.setText("иван")
    qtbot.waitUntil(lambda: dialog.matches.count() > 0)
    assert any(
        "Анна Иванова" in dialog.matches.item(i).text() for i in range(dialog.matches.count())
    )
    dialog.add_match(dialog.matches.item(0))
    assert dialog.model.rowCount() == 1
    assert participants.find_matches(db, "  анна   ИВАНОВА ", None, "суд")


def in_merge_dialog(keep: int | None) -> dict:
    """When the merge dialog opens: note what it shows, click "Keep record N" (None: Cancel)
    and Merge with the mouse."""
    from PySide6.QtWidgets import QRadioButton

    from app.ui.attendance.merge_dialog import MergeDialog

    seen: dict = {}

    def act(dialog: MergeDialog) -> None:
        seen["differing"] = dialog.differing
        seen["merge_enabled_before"] = dialog.merge_button.isEnabled()
        seen["cells"] = [
            [dialog.table.item(r, c).text() for c in range(2)]  # type: ignore[union-attr]
            for r in range(dialog.table.rowCount())
        ]
        if keep is None:
            dialog.reject()
            return
        radio = [b for b in dialog.findChildren(QRadioButton)][keep - 1]
        QTest.mouseClick(radio, Qt.MouseButton.LeftButton)
        seen["after"] = [
            dialog.table.item(r, 2).text()  # type: ignore[union-attr]
            for r in range(dialog.table.rowCount())
        ]
        QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    on_modal(MergeDialog, act)
    return seen


def test_participants_page_merges_and_anonymises(qtbot, db, seminar, monkeypatch):
    from app.ui.attendance.participants_page import ParticipantsPage

    t, people = seminar
    dup = add_participant(db, full_name="Анна  Иванова", organisation="суд")
    set_attendance(db, t["id"], dup["id"], "present")
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.search.setText("иванова")
    page.apply_filters()
    assert page.model.total() == 2
    page.table.selectAll()
    assert page.merge_button.isEnabled()
    seen = in_merge_dialog(keep=1)
    QTest.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert seen["differing"] == ["organisation"]  # highlighted side by side
    assert ["Суд", "суд"] in seen["cells"] and ["Female", "Female"] in seen["cells"]
    assert not seen["merge_enabled_before"]  # Merge waits until a record is chosen
    assert "Суд" in seen["after"]
    assert page.model.total() == 1
    kept = page.model.record_id(0)
    assert kept is not None
    assert len(participants.history(db, kept)) == 1
    page.table.selectRow(0)
    assert "TR-7" in page.history.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.anonymise_selected()
    assert records.get(db, "participants", kept)["full_name"].startswith("Anonymised")


def test_cancelling_the_merge_comparison_merges_nothing(qtbot, db, seminar):
    from app.ui.attendance.participants_page import ParticipantsPage

    add_participant(db, full_name="Анна Иванова", organisation="суд", birth_year=1980)
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.search.setText("иванова")
    page.apply_filters()
    page.table.selectAll()
    seen = in_merge_dialog(keep=None)
    QTest.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert seen["differing"] == ["organisation", "birth_year"]
    assert ["—", "1980"] in seen["cells"]
    assert page.model.total() == 2
