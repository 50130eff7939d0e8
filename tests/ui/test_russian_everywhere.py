"""No English left in the Russian window (issue 16, item 18): Qt's own dialogs (the file
chooser's "Look in:" and "Files of type:", standard buttons) and the fixed values of lists the
user may extend (campaign channels, audiences, formats) are Russian; the user's own words and
what is stored stay as they are."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
)

from app.services.records import editing as records
from app.ui.records.field_widgets import TagListEditor
from app.ui.records.record_editor import RecordEditor
from app.ui.shell.application import make_application
from tests.factories import add_campaign, add_training
from tests.ui.modal import on_modal


@pytest.fixture
def russian_program(qapp):
    """The Russian window as the program starts it: Qt's translations and ours, in its order."""
    from app.i18n import install_translators

    make_application()
    QSettings().clear()
    before = set(qapp.findChildren(QTranslator))
    assert install_translators(qapp, "ru")
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def latin_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", text.replace("&", ""))


def texts_of(dialog: QDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible() and combo.objectName() == "fileTypeCombo":
            texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def while_open(action, inspect) -> None:
    """Run `action`, which opens a modal dialog; `inspect` it once shown, then close it."""
    seen: list[QDialog] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog)
        inspect(dialog)
        dialog.reject()

    on_modal(QDialog, look, every_ms=20)
    action()
    assert seen


def test_the_file_chooser_and_standard_buttons_are_russian(qtbot, db, russian_program):
    from app.ui.shell.main_window import MainWindow

    add_training(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[str]] = {}

    def inspect(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        found["open"] = texts_of(dialog)

    while_open(window.choose_database, inspect)
    text = " ".join(found["open"])
    assert "Папка" in text and "Тип файлов" in text and "Базы данных GPAST" in text
    english = [w for t in found["open"] for w in latin_words(t) if w not in {"GPAST", "db"}]
    assert [w for w in english if w not in {"sqlite"}] == []
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        window,
    )
    assert [latin_words(b.text()) for b in box.buttons()] == [[], []]


def russian_key(widget, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
        )


def test_fixed_values_are_shown_and_typed_in_russian_and_stored_as_they_are(qtbot, db, russian):
    campaign = add_campaign(db, channels=["events", "самиздат"])
    editor = RecordEditor(db, "campaigns", campaign["id"])
    qtbot.addWidget(editor, before_close_func=lambda e: setattr(e, "_initial", e.values()))
    editor.show()
    channels = editor.editors["channels"]
    assert isinstance(channels, TagListEditor)
    chips = [b.text() for b in channels.findChildren(QAbstractButton) if b.isVisibleTo(editor)]
    assert [c.split()[0] for c in chips] == ["Мероприятия", "самиздат"]
    QTest.mouseClick(channels.edit, Qt.MouseButton.LeftButton)
    for char in "тв":
        russian_key(channels.edit, char)
    QTest.keyClick(channels.edit, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert records.get(db, "campaigns", campaign["id"])["channels"] == [
        "events",
        "самиздат",
        "TV",
    ]


def test_the_country_role_is_ticked_in_russian_and_stored_as_its_fixed_words(qtbot, db, russian):
    from app.services.settings import get_settings, update_settings
    from app.ui.shell.settings_dialog import SettingsDialog

    update_settings(db, {"country_role": "origin, transit"})
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    boxes = dialog.roles.boxes
    assert [(b.text(), b.isChecked()) for b in boxes.values()] == [
        ("Происхождение", True),
        ("Транзит", True),
        ("Назначение", False),
    ]
    boxes["destination"].setFocus()
    QTest.keyClick(boxes["destination"], Qt.Key.Key_Space)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Save is the default button
    assert get_settings(db)["country_role"] == "origin, transit, destination"
