"""Dates and numbers in one style per language everywhere in the window (issue 16, item 11):
a date reads as the date fields read it (15.03.2026) whatever the page, and numbers are grouped
the interface language's way (1,250,000 in English, 1 250 000 in Russian), never 1000000."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings

from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.ui.formats import format_date, format_datetime, format_number, format_percent
from app.ui.shell.application import make_application
from tests.factories import add_campaign, add_participant, add_seminar, add_training

BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
NBSP = "\xa0"


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


@pytest.fixture(params=[BRITISH, AMERICAN, RUSSIAN], ids=["en-GB", "en-US", "ru"])
def language(request):
    before = QLocale()
    QLocale.setDefault(request.param)
    yield request.param
    QLocale.setDefault(before)


def grouped(n: int, chosen: QLocale) -> str:
    text = f"{n:,}"
    return text.replace(",", NBSP) if chosen.language() == QLocale.Language.Russian else text


def test_the_helper_writes_one_style_per_language(language):
    assert format_date(date(2026, 3, 15)) == "15.03.2026"
    assert format_datetime(datetime(2026, 3, 15, 9, 5, 59)) == "15.03.2026 09:05"
    assert format_number(1_250_000) == grouped(1_250_000, language)
    assert format_number(1_250_000.0) == grouped(1_250_000, language)
    half = "6,5" if language == RUSSIAN else "6.5"
    assert format_number(6.5) == half
    assert format_percent(49.6) == "50 %"


def test_dashboard_heading_and_cards(qtbot, db, language):
    from app.ui.overview.dashboard_page import DashboardPage

    add_campaign(db, start_date="2025-03-03", reach=1_250_000, focus_areas=["demand"])
    page = DashboardPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["year"] == 2025)
    assert "(01.01.2025 – 31.12.2025)" in page.heading.text()
    assert grouped(1_250_000, language) in page.cards["demand"].body.text().replace("&nbsp;", NBSP)


def test_list_pages_show_dates_as_typed(qtbot, db, language):
    from app.ui.records.list_page import RecordListPage

    add_training(db, start_date="2025-03-03", end_date="2025-03-04")
    page = RecordListPage(db, "trainings")
    qtbot.addWidget(page)
    column = page.model.columns.index("start_date")
    assert page.model.index(0, column).data() == "03.03.2025"


def test_participants_history_and_roster_summary(qtbot, db, language):
    from app.ui.attendance.participants_page import ParticipantsPage
    from app.ui.attendance.roster_dialog import RosterDialog

    training, people = add_seminar(db)
    person = next(iter(people.values()))
    set_attendance(db, training["id"], person["id"], "present", date(2025, 3, 4))
    page = ParticipantsPage(db)
    qtbot.addWidget(page)
    page.select_id(person["id"])
    start = records.get(db, "trainings", training["id"])["start_date"]
    assert page.history.item(0).text().startswith(start.strftime("%d.%m.%Y"))
    dialog = RosterDialog(db, training["id"])
    qtbot.addWidget(dialog)
    assert f"{start.strftime('%d.%m')}: 0 %" in dialog.summary.text()
    assert "04.03: 100 %" in dialog.summary.text()


def test_deleted_records_show_the_moment_in_the_same_style(qtbot, db, language):
    from app.ui.transfer.deleted_dialog import DeletedRecordsDialog

    training = add_training(db, title="Gone")
    records.delete(db, "trainings", training["id"])
    dialog = DeletedRecordsDialog(None, db, lambda: None)
    qtbot.addWidget(dialog)
    item = dialog.table.item(0, 0)
    assert item is not None
    shown = item.text()
    assert shown == format_datetime(datetime.now())[:10] + shown[10:]
    assert len(shown) == len("15.03.2026 09:05") and shown[2] == "." and shown[5] == "."


def test_record_history_shows_changed_dates_and_numbers_in_the_same_style(qtbot, db, language):
    from app.ui.records.history_widget import HistoryWidget

    campaign = add_campaign(db, start_date="2025-03-03", reach=1000)
    changes = {"start_date": "2025-06-15", "end_date": "2025-07-01", "reach": 1_250_000}
    records.update(db, "campaigns", campaign["id"], changes)
    person = add_participant(db, birth_year=1980)
    records.update(db, "participants", person["id"], {"birth_year": 1981})
    shown = HistoryWidget(db, "campaigns", campaign["uuid"])
    qtbot.addWidget(shown)
    text = shown.list.item(0).text()
    assert "03.03.2025 → 15.06.2025" in text
    assert f"{format_number(1000)} → {grouped(1_250_000, language)}" in text
    years = HistoryWidget(db, "participants", person["uuid"])
    qtbot.addWidget(years)
    assert "1980 → 1981" in years.list.item(0).text()  # a year is never grouped
