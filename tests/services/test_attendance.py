"""The participants registry (merge, anonymise) and the sign-in sheets and certificates made
from a roster."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest

from app.reports.attendance_documents import build_signin_sheets
from app.reports.certificates import build_certificates
from app.services.attendance import participants, roster
from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.services.reporting.indicators import indicators
from tests.factories import add_participant, add_seminar, add_training

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def seminar(db):
    return add_seminar(db)


def test_merge_keeps_all_attendance_and_the_counts(db, seminar):
    t, people = seminar
    anna = people["Анна Иванова"]
    dup = add_participant(db, full_name="Иванова Анна", organisation="Суд", email="a@x.by")
    set_attendance(db, t["id"], anna["id"], "absent")
    set_attendance(db, t["id"], dup["id"], "present", date(2025, 3, 4))
    other = add_training(
        db, code="TR-8", title="x", start_date="2025-05-05", focus_areas=["demand"]
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


def test_signin_sheet_and_certificates_in_russian(db, seminar, tmp_path):
    t, people = seminar
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "present")
    data = roster.roster(db, t["id"])
    sheets = pdf_pages(build_signin_sheets(data, tmp_path / "s.pdf", "ru"))
    assert "Подпись" in sheets[0] and "день 1 из 3" in sheets[0]
    certificates = pdf_pages(build_certificates(data, tmp_path / "c.pdf", "ru"))
    assert "Сертификат участника" in certificates[0] and "Анна Иванова" in certificates[0]
