"""Texts of Qt's own dialogs (file chooser, message boxes, print) that Qt's Russian translation
(qtbase_ru.qm) lacks for this Qt version, so that they do not stay English in the Russian
window. Our catalogue carries them in Qt's own contexts and is installed after Qt's
(app.i18n.install_translators), so a text Qt translates differently is ours too ("OK" is "ОК")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_texts() -> list[str]:
    """The texts, in the interface language (written out for lupdate to find them)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File Folder"),
        translate("QPrintSettingsOutput", "Page &Set:"),
        translate("QPlatformTheme", "OK"),
        translate("QDialogButtonBox", "OK"),
    ]
