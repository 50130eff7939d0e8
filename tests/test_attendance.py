"""Rosters, the participants registry, sign-in sheets and certificates."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.reports.attendance_documents import build_certificates, build_signin_sheets
from app.services.attendance import participants, roster
from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.services.reporting.indicators import indicators
from app.ui.attendance.roster_dialog import FIXED, RosterDialog
from tests.helpers import run_gpast

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def seminar(db):
    t = records.create(
        db,
        "trainings",
        {
            "code": "TR-7",
            "title": "Семинар для судей",
            "start_date": "2025-03-03",
            "end_date": "2025-03-05",
            "location": "Минск",
            "organiser": "Академия",
            "hours": 18,
            "focus_areas": ["capacity"],
        },
    )
    people = {}
    for name, sex, org in (
        ("Анна Иванова", "female", "Суд"),
        ("Иван Петров", "male", "МВД"),
        ("Ольга Сидорова", "female", "НГО"),
    ):
        people[name] = records.create(
            db, "participants", {"full_name": name, "sex": sex, "organisation": org}
        )
    return t, people


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


def test_merge_keeps_all_attendance_and_the_counts(db, seminar):
    t, people = seminar
    anna = people["Анна Иванова"]
    dup = records.create(
        db,
        "participants",
        {"full_name": "Иванова Анна", "sex": "female", "organisation": "Суд", "email": "a@x.by"},
    )
    set_attendance(db, t["id"], anna["id"], "absent")
    set_attendance(db, t["id"], dup["id"], "present", date(2025, 3, 4))
    other = records.create(
        db,
        "trainings",
        {"code": "TR-8", "title": "x", "start_date": "2025-05-05", "focus_areas": ["demand"]},
    )
    set_attendance(db, other["id"], dup["id"], "late")
    before = indicators(db, *YEAR)["total"]
    assert before["people_trained"] == 1 and before["participations"] == 2
    result = participants.merge(db, anna["id"], dup["id"])
    assert result == {"moved": 1, "combined": 1}
    after = indicators(db, *YEAR)["total"]
    assert after["participations"] == 2 and after["people_trained"] == 1
    history = participants.history(db, anna["id"])
    assert [h["code"] for h in history] == ["TR-8", "TR-7"]
    assert history[1]["days"][date(2025, 3, 4)] == "present"
    assert records.get(db, "participants", anna["id"])["email"] == "a@x.by"
    assert records.count_records(db, "participants") == 3


def test_anonymise_keeps_the_indicators(db, seminar):
    t, people = seminar
    for person in people.values():
        set_attendance(db, t["id"], person["id"], "present")
    before = indicators(db, *YEAR)
    anonymous = participants.anonymise(db, people["Анна Иванова"]["id"])
    assert "Анна" not in anonymous["full_name"]
    assert (anonymous["sex"], anonymous["organisation"]) == ("female", "Суд")
    assert indicators(db, *YEAR) == before


def pdf_pages(path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


def test_signin_sheet_lists_exactly_the_registered_people(db, seminar, tmp_path):
    t, people = seminar
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "absent")
    set_attendance(db, t["id"], people["Иван Петров"]["id"], "present", date(2025, 3, 3))
    pages = pdf_pages(build_signin_sheets(roster.roster(db, t["id"]), tmp_path / "s.pdf"))
    assert len(pages) == 3  # one per day
    for page in pages:
        assert "Анна Иванова" in page and "Семинар для судей" in page and "TR-7" in page
        assert "Ольга Сидорова" not in page
        assert "Signature" in page
    assert "Иван Петров" in pages[0]
    assert "Page 1 of 3" in pages[0]


def test_certificates_one_page_per_attendee(db, seminar, tmp_path):
    t, people = seminar
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "late", date(2025, 3, 5))
    set_attendance(db, t["id"], people["Иван Петров"]["id"], "excused")
    set_attendance(db, t["id"], people["Ольга Сидорова"]["id"], "absent")
    data = roster.roster(db, t["id"])
    pages = pdf_pages(build_certificates(data, tmp_path / "c.pdf"))
    assert len(pages) == 1
    assert "Анна Иванова" in pages[0] and "Семинар для судей" in pages[0]
    number = roster.certificate_number(data["training"], data["people"][0])
    assert number in pages[0]
    again = pdf_pages(build_certificates(roster.roster(db, t["id"]), tmp_path / "c2.pdf"))
    assert number in again[0]  # the same number when the file is made again


def test_cli_documents(tmp_path):
    db = str(tmp_path / "x.sqlite")
    run_gpast("--db", db, "demo")
    out = tmp_path / "s.pdf"
    done = run_gpast("--db", db, "signin-sheet", "TR-2025-001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists()
    done = run_gpast("--db", db, "certificates", "NOPE", "--out", str(out))
    assert done.returncode == 1 and "no training session with the code 'NOPE'" in done.stderr


def test_participants_page_merges_and_anonymises(qtbot, db, seminar, monkeypatch):
    from app.ui.attendance.participants_page import ParticipantsPage

    t, people = seminar
    dup = records.create(
        db, "participants", {"full_name": "Анна  Иванова", "sex": "female", "organisation": "суд"}
    )
    set_attendance(db, t["id"], dup["id"], "present")
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.search.setText("иванова")
    page.apply_filters()
    assert page.model.total() == 2
    page.table.selectAll()
    assert page.merge_button.isEnabled()

    def choose_first(box):
        box.clickedButton = lambda: box.buttons()[0]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_first)
    page.merge_selected()
    assert page.model.total() == 1
    kept = page.model.record_id(0)
    assert len(participants.history(db, kept)) == 1
    page.table.selectRow(0)
    assert "TR-7" in page.history.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.anonymise_selected()
    assert records.get(db, "participants", kept)["full_name"].startswith("Anonymised")


def test_signin_sheet_and_certificates_in_russian(db, seminar, tmp_path):
    t, people = seminar
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "present")
    data = roster.roster(db, t["id"])
    sheets = pdf_pages(build_signin_sheets(data, tmp_path / "s.pdf", "ru"))
    assert "Подпись" in sheets[0] and "день 1 из 3" in sheets[0]
    certificates = pdf_pages(build_certificates(data, tmp_path / "c.pdf", "ru"))
    assert "Сертификат участника" in certificates[0] and "Анна Иванова" in certificates[0]
