"""The server sign-in dialog speaks the window's language on every button (its Cancel was
Qt's own English word in the Russian window)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app.ui.server.sign_in_dialog import SignInDialog


def test_the_russian_sign_in_dialog_has_no_english_button(qtbot, russian):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.buttons.buttons()]
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Отмена", texts
    assert not any(t.replace("&", "").isascii() for t in texts), texts
