"""A whole number in a record's editor (a campaign's reach) reads as the lists show it, in the
window's number style, while it is typed: 301 750 in Russian, 301,750 in English (never 301750),
and typing digits, Backspace and Delete next to a group's space, and pasting 301 750 or
301,750 all give the number meant. Typed, never set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services.records import editing as records
from app.ui.formats import format_number
from app.ui.shell.application import make_application
from tests.factories import add_campaign
from tests.ui.test_data_entry import shown_editor

RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
NBSP = "\xa0"


@pytest.fixture(params=[RUSSIAN, BRITISH], ids=["ru", "en"])
def language(request, qapp):
    make_application()
    QSettings().clear()
    before = QLocale()
    QLocale.setDefault(request.param)
    yield request.param
    QLocale.setDefault(before)


def grouped(n: int, language: QLocale) -> str:
    return f"{n:,}".replace(",", NBSP if language == RUSSIAN else ",")


def reach_field(qtbot, db, language):
    campaign = add_campaign(db, reach=301_750)
    editor = shown_editor(qtbot, db, "campaigns", campaign["id"])
    edit = editor.editors["reach"].edit  # type: ignore[attr-defined]
    return campaign, editor, edit


def retype(edit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)


def test_the_reach_reads_as_the_list_shows_it_and_stays_grouped_while_typed(qtbot, db, language):
    campaign, editor, edit = reach_field(qtbot, db, language)
    assert edit.text() == format_number(301_750) == grouped(301_750, language)
    retype(edit, "1250000")
    assert edit.text() == grouped(1_250_000, language)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)  # the last digit
    assert edit.text() == grouped(125_000, language)
    QTest.keyClick(edit, Qt.Key.Key_End)
    for _ in range(3):
        QTest.keyClick(edit, Qt.Key.Key_Left)  # just after the group's space: 125 |000
    QTest.keyClick(edit, Qt.Key.Key_Backspace)  # takes the 5, not the space
    assert edit.text() == grouped(12_000, language)
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClick(edit, Qt.Key.Key_Right)
    QTest.keyClicks(edit, "7")  # a digit typed in the middle: 172 000
    assert edit.text() == grouped(172_000, language)
    assert edit.cursorPosition() == 2  # after the 7, where it was typed
    QTest.keyClick(edit, Qt.Key.Key_Right)  # 17 2|000 → Delete takes the 0 after the space
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == grouped(17_200, language)
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is not None, editor.why.text()
    assert records.get(db, "campaigns", campaign["id"])["reach"] == 17_200


@pytest.mark.parametrize("pasted", ["301 750", "301,750", f"301{NBSP}750", "301750"])
def test_pasting_a_reach_grouped_any_way_gives_the_number(qtbot, db, language, pasted):
    campaign, editor, edit = reach_field(qtbot, db, language)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QApplication.clipboard().setText(pasted)
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == grouped(301_750, language)
    QTest.keyClicks(edit, "1")
    assert edit.text() == grouped(3_017_501, language)
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is not None, editor.why.text()
    assert records.get(db, "campaigns", campaign["id"])["reach"] == 3_017_501


def test_a_year_is_never_grouped_and_a_fraction_keeps_its_comma(qtbot, db, language):
    from tests.factories import add_participant, add_training

    training = add_training(db)
    editor = shown_editor(qtbot, db, "trainings", training["id"])
    hours = editor.editors["hours"].edit  # type: ignore[attr-defined]
    retype(hours, "6,5")
    assert hours.text() == "6,5"
    QTest.keyClick(hours, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_record is not None, editor.why.text()
    assert records.get(db, "trainings", training["id"])["hours"] == 6.5
    person = add_participant(db, birth_year=1985)
    editor = shown_editor(qtbot, db, "participants", person["id"])
    year = editor.editors["birth_year"].edit  # type: ignore[attr-defined]
    assert year.text() == "1985"
    retype(year, "1990")
    assert year.text() == "1990"
